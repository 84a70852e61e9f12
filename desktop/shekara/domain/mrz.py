"""Reading the machine-readable zone (MRZ) of a travel document, ICAO Doc 9303 parts 3–7.

Officers type or scan the MRZ; Shekara verifies its check digits and can fill a person's empty
fields from it. Nothing is "corrected": a scanner's O-for-0 is refused with the line and position
so the officer sees the real problem. The only changes made to the text are stripping whitespace
around lines, dropping blank lines and upper-casing the ASCII letters a-z.

Layouts (positions are 1-based, as in the standard, and as every message quotes them):

- TD1 (ID cards, 3×30): number 1/6-14, check 1/15, optional 1/16-30; birth 2/1-6, check 2/7,
  sex 2/8, expiry 2/9-14, check 2/15, nationality 2/16-18, optional 2/19-29, composite 2/30 over
  1/6-30 + 2/1-7 + 2/9-15 + 2/19-29; name on line 3.
- TD2 (2×36) and TD3 (passports, 2×44): name on line 1 from position 6; line 2: number 1-9,
  check 10, nationality 11-13, birth 14-19, check 20, sex 21, expiry 22-27, check 28, optional
  data, then (TD3 only) the personal-number check 43, then the composite check over 1-10 + 14-20
  + 22-(end-1).
- Visas (Part 7) start with ``V``: MRV-A has the TD3 layout, MRV-B the TD2 layout, but neither
  has a composite nor a personal-number check digit: the optional data runs to the end of line 2.
  ``MrzData.format`` says ``TD3``/``TD2`` for them, and ``document_code`` starts with ``V``.
- A document number longer than 9 characters (TD1 and TD2, Parts 5 and 6): the check position
  holds ``<``, and the rest of the number, its check digit and a ``<`` open the optional data.

A check digit may be ``<`` when the field it checks is all ``<`` (its value is 0 anyway): ICAO
allows this for an unused personal number, and it covers unknown expiry and birth dates too.

Dates: the MRZ has two-digit years. A birth date is put in the latest century that does not make
it future; an expiry date within 50 years either side of today. A birth date may have ``<<`` for
an unknown day, or month and day (``YYYY-MM``, ``YYYY``), or be wholly unknown (``None``); an
expiry date may be wholly unknown (``None``).

Codes: ``D<<`` is the ICAO code for Germany and becomes ``DEU``; every other code (``XXA``
stateless, ``XXB``/``XXC`` refugees, ``XXX`` unspecified, ``UNO``/``UNA``/``UNK`` for the UN) is
kept as written.

Messages never quote personal data: they name the field, the line and the positions only (and,
for a check digit that does not match, the digit expected). Their parts ("line 2, positions
1-9", "document number") are `Message`s too, so the desktop application translates each.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from shekara.errors import ValidationError
from shekara.messages import Issue, Message, message

MRZ_MESSAGES: dict[str, str] = {
    "validation.mrz_format": "Not an MRZ as documents print it: {where}: expected {expected},"
                             " found {found}",
    "validation.mrz_check_digit": "MRZ check digit of the {field} should be {expected} "
                                  "({where})",
    "validation.mrz_date": "MRZ {field} is not a possible date ({where})",
    "validation.mrz_conflict": "The record's {field} differs from the MRZ",
}
# The parts of those messages: which field, where, what was expected.
MRZ_PARTS: dict[str, str] = {
    "mrz.line": "line {line}",
    "mrz.position": "line {line}, position {position}",
    "mrz.positions": "line {line}, positions {start}-{end}",
    "mrz.where_field": "{where} ({field})",
    "mrz.line_count": "line count",
    "mrz.the_field": "the mrz field",
    "mrz.length": "{length} characters ({format})",
    "mrz.either": "{first} or {second}",
    "mrz.two_or_three": "2 or 3",
    "mrz.mrz_characters": "A-Z, 0-9 or <",
    "mrz.a_space": "a space",
    "mrz.character": "{char} (U+{code})",
    "mrz.code_shape": "a letter, then a letter or <",
    "mrz.other_characters": "other characters",
    "mrz.country_letters": "a country code of letters",
    "mrz.name_letters": "letters and <",
    "mrz.a_digit": "a digit",
    "mrz.birth_shape": "YYMMDD digits, with << for an unknown day or month",
    "mrz.expiry_shape": "YYMMDD digits, or <<<<<< when there is none",
    "mrz.sex_codes": "M, F, X or <",
    "mrz.another_character": "another character",
    "mrz.a_number": "a document number",
    "mrz.only_fillers": "only fillers",
    "mrz.text": "text",
    "mrz.field.document_number": "document number",
    "mrz.field.birth_date": "birth date",
    "mrz.field.expiry_date": "expiry date",
    "mrz.field.personal_number": "personal number",
    "mrz.field.composite": "composite",
    "mrz.field.citizenship": "citizenship",
    "mrz.field.sex": "sex",
    "mrz.field.issuing_state": "issuing state",
    "mrz.field.document_expiry_date": "document expiry date",
    "mrz.field.name": "name",
    "mrz.field.document_code": "document code",
    "mrz.field.nationality": "nationality",
}


def _part(msgid: str, **params: Any) -> Message:
    return Message(msgid, MRZ_PARTS[msgid], params)


def _field(name: str) -> Message:
    """"birth date" → the part "mrz.field.birth_date"."""
    return _part("mrz.field." + name.replace(" ", "_"))


_CHAR_VALUES = {c: i for i, c in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")} | {"<": 0}
_WEIGHTS = (7, 3, 1)
_STATE_CODE = re.compile(r"[A-Z]{1,3}<*")
_DATE_SHAPE = re.compile(r"(\d\d|<<){3}")
_ICAO_ONLY_CODES = {"D": "DEU"}
# Nationality codes that say what a person is not a citizen of, or that it is unknown: a record's
# citizenship list never conflicts with them.
_NOT_A_CITIZENSHIP = frozenset({"XXB", "XXC", "XXX", "UNO", "UNA", "UNK"})
_DOCUMENT_TYPES = {"P": "passport", "I": "id_card", "A": "id_card", "C": "id_card", "V": "visa"}


def compute_check_digit(s: str) -> str:
    """The ICAO 9303 check digit of ``s`` (weights 7, 3, 1; ``<`` = 0, A = 10 … Z = 35).

    Raises ValueError if ``s`` holds anything but A-Z, 0-9 and ``<``.
    """
    total = 0
    for i, char in enumerate(s):
        if char not in _CHAR_VALUES:
            raise ValueError(f"not an MRZ character at index {i}")
        total += _CHAR_VALUES[char] * _WEIGHTS[i % 3]
    return str(total % 10)


@dataclass(frozen=True)
class MrzData:
    """What an MRZ says, after its check digits were verified."""

    format: str  # "TD1" | "TD2" | "TD3" (visas: TD3 for MRV-A, TD2 for MRV-B)
    document_code: str  # "P", "ID", "I", "V", … without filler
    issuing_state: str
    surname: str  # Latin capitals as in the MRZ, fillers turned into spaces
    given_names: str
    document_number: str
    nationality: str
    birth_date: str | None  # YYYY-MM-DD, YYYY-MM or YYYY; None when wholly unknown
    sex: str  # "M" | "F" | "X"
    expiry_date: str | None  # YYYY-MM-DD; None when the document gives none
    optional_data: str  # trailing fillers removed; TD1: the line-1 optional field
    optional_data_2: str = ""  # TD1 only: the line-2 optional field

    @property
    def is_visa(self) -> bool:
        return self.document_code.startswith("V")


@dataclass(frozen=True)
class _Span:
    """Positions ``start``..``end`` (1-based, inclusive) of one line."""

    line: int
    start: int
    end: int

    def take(self, lines: list[str]) -> str:
        return lines[self.line - 1][self.start - 1:self.end]

    def where(self) -> Message:
        if self.start == self.end:
            return _part("mrz.position", line=self.line, position=self.start)
        return _part("mrz.positions", line=self.line, start=self.start, end=self.end)


@dataclass(frozen=True)
class _Layout:
    format: str
    length: int
    name: _Span
    number: _Span
    number_check: _Span
    nationality: _Span
    birth: _Span
    birth_check: _Span
    sex: _Span
    expiry: _Span
    expiry_check: _Span
    optional: _Span
    optional_2: _Span | None  # TD1's second optional field
    personal_check: _Span | None  # TD3 passports: the check digit of the optional data
    composite: _Span | None  # visas have none
    composite_data: tuple[_Span, ...]
    long_number: bool  # the number may overflow into ``optional``


def _two_line_layout(fmt: str, length: int, visa: bool) -> _Layout:
    end = length if visa else length - (2 if fmt == "TD3" else 1)
    return _Layout(
        format=fmt, length=length, name=_Span(1, 6, length),
        number=_Span(2, 1, 9), number_check=_Span(2, 10, 10), nationality=_Span(2, 11, 13),
        birth=_Span(2, 14, 19), birth_check=_Span(2, 20, 20), sex=_Span(2, 21, 21),
        expiry=_Span(2, 22, 27), expiry_check=_Span(2, 28, 28), optional=_Span(2, 29, end),
        optional_2=None,
        personal_check=_Span(2, length - 1, length - 1) if fmt == "TD3" and not visa else None,
        composite=None if visa else _Span(2, length, length),
        composite_data=(_Span(2, 1, 10), _Span(2, 14, 20), _Span(2, 22, length - 1)),
        long_number=fmt == "TD2" and not visa,
    )


_TD1 = _Layout(
    format="TD1", length=30, name=_Span(3, 1, 30),
    number=_Span(1, 6, 14), number_check=_Span(1, 15, 15), nationality=_Span(2, 16, 18),
    birth=_Span(2, 1, 6), birth_check=_Span(2, 7, 7), sex=_Span(2, 8, 8),
    expiry=_Span(2, 9, 14), expiry_check=_Span(2, 15, 15), optional=_Span(1, 16, 30),
    optional_2=_Span(2, 19, 29), personal_check=None, composite=_Span(2, 30, 30),
    composite_data=(_Span(1, 6, 30), _Span(2, 1, 7), _Span(2, 9, 15), _Span(2, 19, 29)),
    long_number=True,
)
_CODE = _Span(1, 1, 2)
_ISSUING_STATE = _Span(1, 3, 5)


def _issue(msgid: str, **params: Any) -> Issue:
    return Issue("mrz", message(msgid, MRZ_MESSAGES[msgid], **params))


def _format_issue(where: Message, expected: Message, found: Message | int | str) -> Issue:
    return _issue("validation.mrz_format", where=where, expected=expected, found=found)


def _split_lines(text: str) -> list[str]:
    # Only ASCII a-z are upper-cased: str.upper() would turn "ß" into "SS" and shift positions.
    upper = text.translate({c: c - 32 for c in range(ord("a"), ord("z") + 1)})
    return [line.strip() for line in upper.splitlines() if line.strip()]


def _layout_for(lines: list[str]) -> _Layout:
    if len(lines) not in (2, 3):
        raise ValidationError([_format_issue(_part("mrz.line_count"), _part("mrz.two_or_three"),
                                                len(lines))])
    if len(lines) == 3:
        lengths = {30: _TD1}
    else:
        visa = lines[0].startswith("V")
        lengths = {36: _two_line_layout("TD2", 36, visa), 44: _two_line_layout("TD3", 44, visa)}
    first = len(lines[0])
    if first not in lengths:
        shapes = [_part("mrz.length", length=n, format=lengths[n].format) for n in lengths]
        expected = shapes[0] if len(shapes) == 1 else _part("mrz.either", first=shapes[0],
                                                             second=shapes[1])
        raise ValidationError([_format_issue(_part("mrz.line", line=1), expected, first)])
    layout = lengths[first]
    issues = [
        _format_issue(_part("mrz.line", line=n),
                      _part("mrz.length", length=layout.length, format=layout.format), len(line))
        for n, line in enumerate(lines, start=1) if len(line) != layout.length
    ]
    if issues:
        raise ValidationError(issues)
    return layout


def _describe(char: str) -> Message:
    if char == " ":
        return _part("mrz.a_space")
    return _part("mrz.character", char=repr(char), code=f"{ord(char):04X}")


def character_issue(line: int, position: int, char: str) -> Issue:
    """`char` at `line`/`position` (1-based) is not an MRZ character."""
    return _format_issue(_part("mrz.position", line=line, position=position),
                         _part("mrz.mrz_characters"), _describe(char))


def _character_issues(lines: list[str]) -> list[Issue]:
    issues = []
    for n, line in enumerate(lines, start=1):
        bad = next((i for i, c in enumerate(line) if c not in _CHAR_VALUES), None)
        if bad is not None:
            issues.append(character_issue(n, bad + 1, line[bad]))
    return issues


def _shape_issues(lines: list[str], layout: _Layout) -> list[Issue]:
    """Fields whose characters cannot be what the field holds (digits in a name, …)."""
    issues = []

    def expect(span: _Span, label: str, ok: bool, expected: str, found: str) -> None:
        if not ok:
            issues.append(_format_issue(
                _part("mrz.where_field", where=span.where(), field=_field(label)),
                _part(expected), _part(found)))

    code = _CODE.take(lines)
    expect(_CODE, "document code", code[0].isalpha() and (code[1] == "<" or code[1].isalpha()),
           "mrz.code_shape", "mrz.other_characters")
    for span, label in ((_ISSUING_STATE, "issuing state"), (layout.nationality, "nationality")):
        expect(span, label, _STATE_CODE.fullmatch(span.take(lines)) is not None,
               "mrz.country_letters", "mrz.other_characters")
    name = layout.name.take(lines)
    expect(layout.name, "name", not any(c.isdigit() for c in name), "mrz.name_letters",
           "mrz.a_digit")
    birth = layout.birth.take(lines)
    expect(layout.birth, "birth date", _DATE_SHAPE.fullmatch(birth) is not None,
           "mrz.birth_shape", "mrz.other_characters")
    expiry = layout.expiry.take(lines)
    expect(layout.expiry, "expiry date", expiry.isdigit() or expiry == "<<<<<<",
           "mrz.expiry_shape", "mrz.other_characters")
    expect(layout.sex, "sex", layout.sex.take(lines) in ("M", "F", "X", "<"), "mrz.sex_codes",
           "mrz.another_character")
    number = layout.number.take(lines).rstrip("<")
    expect(layout.number, "document number", bool(number), "mrz.a_number",
           "mrz.only_fillers")
    return issues


def _digit_matches(data: str, digit: str) -> bool:
    return digit == compute_check_digit(data) or (digit == "<" and set(data) <= {"<"})


def _check_issue(field: str, span: _Span, data: str) -> Issue:
    """The check digit at `span` does not match `data`: say which digit it should be."""
    return _issue("validation.mrz_check_digit", field=_field(field),
                  expected=compute_check_digit(data), where=span.where())


def _document_number(lines: list[str], layout: _Layout) -> tuple[str, str, list[Issue]]:
    """The document number and the optional data left after it, with check-digit issues."""
    principal = layout.number.take(lines)
    digit = layout.number_check.take(lines)
    optional = layout.optional.take(lines)
    if not (layout.long_number and digit == "<"):
        issues = [] if _digit_matches(principal, digit) else [
            _check_issue("document number", layout.number_check, principal)]
        return principal.rstrip("<"), optional, issues
    # The rest of the number and its check digit open the optional data, ended by a filler.
    tail = optional.split("<", 1)[0]
    number = principal + tail[:-1]
    matches = len(tail) >= 2 and _digit_matches(number, tail[-1])
    issues = [] if matches else [_check_issue("document number", layout.optional, number)]
    return number, optional[len(tail) + 1:], issues


def _century_year(yy: int, on_or_before: tuple[int, ...], today: date) -> int:
    """The latest year ending in ``yy`` whose (year, month, day) prefix is not after today."""
    year = today.year // 100 * 100 + yy
    today_prefix = (today.year, today.month, today.day)[:len(on_or_before) + 1]
    return year - 100 if (year, *on_or_before) > today_prefix else year


def _birth_date(raw: str, today: date) -> str | None:
    """``raw`` has the shape YYMMDD with ``<<`` pairs; raises ValueError if impossible."""
    yy, mm, dd = raw[0:2], raw[2:4], raw[4:6]
    if yy == "<<":
        if raw != "<<<<<<":
            raise ValueError("a known month or day in an unknown year")
        return None
    if mm == "<<":
        if dd != "<<":
            raise ValueError("a known day in an unknown month")
        return f"{_century_year(int(yy), (), today):04d}"
    month = int(mm)
    if not 1 <= month <= 12:
        raise ValueError("no such month")
    if dd == "<<":
        return f"{_century_year(int(yy), (month,), today):04d}-{month:02d}"
    year = _century_year(int(yy), (month, int(dd)), today)
    return date(year, month, int(dd)).isoformat()


def _expiry_date(raw: str, today: date) -> str | None:
    if raw == "<<<<<<":
        return None
    year = today.year // 100 * 100 + int(raw[0:2])
    if year > today.year + 50:
        year -= 100
    elif year <= today.year - 50:
        year += 100
    return date(year, int(raw[2:4]), int(raw[4:6])).isoformat()


def _state(raw: str) -> str:
    code = raw.rstrip("<")
    return _ICAO_ONLY_CODES.get(code, code)


def _name_words(raw: str) -> str:
    return " ".join(raw.replace("<", " ").split())


def parse_mrz(text: str, *, today: date | None = None) -> MrzData:
    """Read and verify an MRZ of 2 or 3 lines; raises ValidationError (path "mrz") if refused."""
    today = today or date.today()
    lines = _split_lines(text)
    layout = _layout_for(lines)
    issues = _character_issues(lines) or _shape_issues(lines, layout)
    if issues:
        raise ValidationError(issues)

    number, optional, issues = _document_number(lines, layout)
    for label, data_span, check_span in (
            ("birth date", layout.birth, layout.birth_check),
            ("expiry date", layout.expiry, layout.expiry_check),
            ("personal number", layout.optional, layout.personal_check)):
        if check_span and not _digit_matches(data_span.take(lines), check_span.take(lines)):
            issues.append(_check_issue(label, check_span, data_span.take(lines)))
    # The composite covers the fields above: when one of them is already named, the composite
    # fails for the same typo, and the officer is told about it once.
    if layout.composite and not issues:
        composite_data = "".join(span.take(lines) for span in layout.composite_data)
        if compute_check_digit(composite_data) != layout.composite.take(lines):
            issues.append(_check_issue("composite", layout.composite, composite_data))

    dates: dict[str, str | None] = {}
    for label, span, read in (("birth date", layout.birth, _birth_date),
                              ("expiry date", layout.expiry, _expiry_date)):
        try:
            dates[label] = read(span.take(lines), today)
        except ValueError:
            issues.append(_issue("validation.mrz_date", field=_field(label), where=span.where()))
    if issues:
        raise ValidationError(issues)

    surname, _, given_names = layout.name.take(lines).partition("<<")
    sex = layout.sex.take(lines)
    return MrzData(
        format=layout.format,
        document_code=_CODE.take(lines).rstrip("<"),
        issuing_state=_state(_ISSUING_STATE.take(lines)),
        surname=_name_words(surname),
        given_names=_name_words(given_names),
        document_number=number,
        nationality=_state(layout.nationality.take(lines)),
        birth_date=dates["birth date"],
        sex="X" if sex == "<" else sex,
        expiry_date=dates["expiry date"],
        optional_data=optional.rstrip("<"),
        optional_data_2=layout.optional_2.take(lines).rstrip("<") if layout.optional_2 else "",
    )


# --- Filling a person (records.md, Person) from the MRZ -------------------------------------
#
# Decisions, so that a person's record never silently changes meaning:
# - Only empty fields are filled (None, "", whitespace, []); `sex` "unknown" and citizenship
#   ["XXX"] count as empty, since both say "not known".
# - Names are filled in the document's Latin capitals, exactly as the MRZ has them (not title
#   case): "ERIKSSON" is what the document says, and any re-casing would be a guess (McDONALD).
#   The surname is filled only when empty, and the given names only when both are empty, so a
#   Cyrillic name is never mixed with a Latin one; `latin_name` ("SURNAME GIVEN NAMES") is filled
#   whenever it is empty.
# - Names never "conflict": the MRZ truncates and transliterates (Ž→Z, Ü→UE), so a difference
#   says nothing. Birth date, sex, citizenship and the issuing state and expiry of the same
#   document do conflict: a difference there is a finding the officer must resolve.
# - A birth date known less precisely on either side (1974 vs 1974-08-12) is not a conflict.
# - A document with the same number (compared without spaces, dashes and case) is the same
#   document: its empty fields are filled, no second entry is appended. Its type is not compared
#   (the MRZ's document code is coarser than the record's types, e.g. a residence permit "IR").
# Conflict paths are relative to the person ("birth_date", "documents[0].expires_on").


def _is_empty(value: Any) -> bool:
    return value is None or value == [] or (isinstance(value, str) and not value.strip())


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _same_number(a: Any, b: str) -> bool:
    return re.sub(r"[\s\-<]", "", str(a)).upper() == b.upper()


def _dates_agree(recorded: str, read: str | None) -> bool:
    return read is None or recorded.startswith(read) or read.startswith(recorded)


def _conflict(path: str, field: str) -> Issue:
    return Issue(path, message("validation.mrz_conflict", MRZ_MESSAGES["validation.mrz_conflict"],
                               field=_field(field)))


def _fill_document(documents: list[Any], mrz: MrzData) -> list[Issue]:
    for index, document in enumerate(documents):
        if not isinstance(document, dict) or not _same_number(document.get("number", ""),
                                                              mrz.document_number):
            continue
        issues = []
        for key, value, label in (("issuing_state", mrz.issuing_state, "issuing state"),
                                  ("expires_on", mrz.expiry_date, "document expiry date")):
            if _is_empty(document.get(key)):
                document[key] = value
            elif value is not None and str(document[key]).upper() != value.upper():
                issues.append(_conflict(f"documents[{index}].{key}", label))
        if _is_empty(document.get("type")):
            document["type"] = _DOCUMENT_TYPES.get(mrz.document_code[0], "other")
        return issues
    documents.append({
        "type": _DOCUMENT_TYPES.get(mrz.document_code[0], "other"),
        "number": mrz.document_number,
        "issuing_state": mrz.issuing_state,
        "issued_on": None,
        "expires_on": mrz.expiry_date,
    })
    return []


def fill_person_from_mrz(person: dict[str, Any], *, today: date | None = None) -> dict[str, Any]:
    """A copy of ``person`` with its empty fields filled from ``person["mrz"]``.

    Raises ValidationError: path "mrz" when the MRZ is refused, the field's path with
    `validation.mrz_conflict` when a filled-in field disagrees with the MRZ.
    """
    text = person.get("mrz")
    if not isinstance(text, str):
        raise ValidationError([_format_issue(_part("mrz.the_field"), _part("mrz.text"),
                                                     type(text).__name__)])
    mrz = parse_mrz(text, today=today)
    filled = copy.deepcopy(person)
    issues: list[Issue] = []

    latin_name = " ".join(part for part in (mrz.surname, mrz.given_names) if part)
    if _is_empty(filled.get("latin_name")):
        filled["latin_name"] = latin_name
    if _is_empty(filled.get("surname")):
        if _is_empty(filled.get("given_names")):
            filled["given_names"] = mrz.given_names
        filled["surname"] = mrz.surname

    birth_date = filled.get("birth_date")
    if _is_empty(birth_date):
        if mrz.birth_date is not None:  # a wholly unknown MRZ date leaves the field as it was
            filled["birth_date"] = mrz.birth_date
    elif not _dates_agree(str(birth_date), mrz.birth_date):
        issues.append(_conflict("birth_date", "birth date"))

    sex = filled.get("sex")
    if _is_empty(sex) or sex == "unknown":
        filled["sex"] = mrz.sex
    elif sex != mrz.sex:
        issues.append(_conflict("sex", "sex"))

    citizenship = filled.get("citizenship")
    if _is_empty(citizenship) or citizenship == ["XXX"]:
        filled["citizenship"] = [mrz.nationality]
    elif mrz.nationality not in _NOT_A_CITIZENSHIP and mrz.nationality not in [
            str(code).upper() for code in _as_list(citizenship)]:
        issues.append(_conflict("citizenship", "citizenship"))

    if _is_empty(filled.get("documents")):
        filled["documents"] = []
    if isinstance(filled["documents"], list):  # anything else is the record validator's to refuse
        issues += _fill_document(filled["documents"], mrz)
    if issues:
        raise ValidationError(issues)
    return filled
