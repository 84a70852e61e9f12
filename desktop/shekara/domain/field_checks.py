"""Checks for single fields of a record, collecting every problem instead of stopping at one.

`FieldChecker` normalises one value at a time (text NFC-normalised and stripped, codes and
country codes checked against their lists, dates parsed and written back canonically, integral
floats written as ints) and records an `Issue` (path, `Message`) for each refusal.
`validation.py` walks a record with it. Messages never quote the value: it may be personal.

Caps on free text, in characters after NFC normalisation:
- names (surname, given names, patronymic, Latin name): NAME_CAP = 200;
- document numbers: DOCUMENT_NUMBER_CAP = 50;
- narrative, channel, equipment (the prose fields): NARRATIVE_CAP = 20,000;
- a typed MRZ: MRZ_CAP = 200 (three lines of 30, or two of 44, with some slack);
- everything else: OTHER_TEXT_CAP = 2,000.
Lists (persons, items, legs, documents, citizenships, …) hold at most LIST_CAP = 200 entries.

Which characters text may hold is `text_rules`' (controls, bidi controls, invisible characters
refused; odd spaces in one-line fields made ordinary). Every date lies in EARLIEST_YEAR … and
either not in the future or at most YEARS_AHEAD_CAP years ahead (a document's expiry, a planned
route leg). Every number, nested ones included, is at most NUMBER_CAP = 2**53 in magnitude: the
packet format's bound on integers, and the largest a double holds exactly.
"""

from __future__ import annotations

import math
import re
import unicodedata
import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

from shekara.domain.codes import CODE_LISTS
from shekara.domain.reference import ReferenceData
from shekara.domain.text_rules import (
    BIDI,
    CONTROL,
    CONTROL_IN_PROSE,
    INVISIBLE,
    INVISIBLE_IN_PROSE,
    NEEDS_RULES,
    has_visible,
    one_line_spaces,
)
from shekara.messages import Issue, Message

NAME_CAP = 200
DOCUMENT_NUMBER_CAP = 50
NARRATIVE_CAP = 20_000
MRZ_CAP = 200
OTHER_TEXT_CAP = 2_000
LIST_CAP = 200
EARLIEST_YEAR = 1900
YEARS_AHEAD_CAP = 50
NUMBER_CAP = 2**53
# A laptop clock a few minutes slow must not refuse "it happened just now".
CLOCK_SKEW = timedelta(minutes=5)

FIELD_MESSAGES: dict[str, str] = {
    "validation.wrong_type": "must be {expected}",
    "validation.required": "is required",
    "validation.unknown_field": "is not a field of this record",
    "validation.translation_language": "holds only the Russian translation (key ru)",
    "validation.translation_field": "is not a free-text field of this record to translate",
    "validation.translation_entries": "needs one entry per entry of the record's list",
    "validation.not_an_object": "must be an object",
    "validation.read_only": "is set by the vault and cannot be given when adding a record",
    "validation.unknown_code": "is not one of the choices: choose one from the list",
    # In words an officer uses (issue 10): the form offers lists; the command line takes codes.
    "validation.not_alpha3": "is not a country: choose one from the list (or type its "
                             "three-letter code, such as KAZ)",
    "validation.unknown_country": "is not a country Shekara knows: choose one from the list",
    "validation.unknown_checkpoint": "is not a crossing point Shekara knows: choose one from "
                                     "the list",
    "validation.bad_date": "must be a real date written {form}",
    "validation.no_utc_offset": "must give a UTC offset (such as +05:00) or be a date only",
    "validation.future_date": "is in the future",
    "validation.date_too_early": "is before {year}",
    "validation.date_too_late": "is after {year}",
    "validation.expires_before_issued": "is before the date of issue",
    "validation.not_finite": "must be a finite number",
    "validation.not_positive": "must be greater than zero",
    "validation.out_of_range": "must be between {low} and {high}",
    "validation.number_too_large": "must not be larger than {limit}",
    "validation.lat_lon_pair": "needs both latitude and longitude, or neither",
    "validation.control_char": "contains a control character",
    "validation.bidi_control": "contains a character that reverses the direction of text",
    "validation.invisible_char": "contains an invisible character (such as a zero-width space)",
    "validation.no_visible_char": "has no visible character",
    "validation.too_long": "is longer than {limit} characters",
    "validation.too_many": "has more than {limit} entries",
    "validation.duplicate": "repeats an earlier entry",
    "validation.no_person": "needs at least one person for this kind of record",
    "validation.no_topic": "needs at least one topic",
    "validation.no_name": "needs a surname, given names or Latin name (or an MRZ)",
    "validation.not_uuid": "is not a record id: one looks like "
                           "1b4e28ba-2fa1-41d2-883f-0016d3cca427",
    "validation.not_sha256": "must be a SHA-256 digest (64 hexadecimal characters)",
    "validation.not_file_name": "must be a plain file name, without folders",
    "validation.bad_media_type": "must be a media type such as image/jpeg",
    "validation.not_a_record": "must be a JSON object (one record)",
}

_ALPHA3 = re.compile(r"[A-Z]{3}")
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_MEDIA_TYPE = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*")
_EXACT_FLOAT_INTS = 2**53  # beyond this a float no longer holds every integer exactly

# What `validation.wrong_type` and `validation.bad_date` say a value must be: parts of those
# messages, translated on their own.
FIELD_PARTS: dict[str, str] = {
    "validation.type.text": "text",
    "validation.type.list": "a list",
    "validation.type.object": "an object",
    "validation.type.boolean": "true or false",
    "validation.type.number": "a number",
    "validation.type.whole_number": "a whole number",
    "validation.form.partial_date": "YYYY-MM-DD, YYYY-MM or YYYY",
}
_TYPE_NAMES = {str: "validation.type.text", list: "validation.type.list",
               dict: "validation.type.object", bool: "validation.type.boolean"}


def join(path: str, key: str | int) -> str:
    """`persons` + 0 → `persons[0]`; `persons[0]` + `mrz` → `persons[0].mrz`."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


class FieldChecker:
    """Normalises field values for one record and collects its issues."""

    def __init__(self, ref: ReferenceData, now: datetime) -> None:
        if now.tzinfo is None:
            raise ValueError("now must be timezone-aware (pass datetime.now().astimezone())")
        self.ref = ref
        self.now = now
        self.issues: list[Issue] = []
        self._seen: set[tuple[str, str]] = set()

    # --- issues -----------------------------------------------------------------------------
    def report(self, path: str, msgid: str, **params: Any) -> None:
        if (path, msgid) in self._seen:  # a field checked twice (after an MRZ fill) says it once
            return
        self._seen.add((path, msgid))
        self.issues.append(Issue(path, Message(msgid, FIELD_MESSAGES[msgid], params)))

    def wrong_type(self, path: str, expected: type | str) -> None:
        """`expected`: a Python type, or the id of a part ("validation.type.number")."""
        part = expected if isinstance(expected, str) else _TYPE_NAMES[expected]
        self.report(path, "validation.wrong_type", expected=Message(part, FIELD_PARTS[part]))

    # --- structure --------------------------------------------------------------------------
    def mapping(self, value: Any, path: str, fields: Iterable[str]) -> dict[str, Any] | None:
        """The object's keys, unknown ones reported. None (not reported) for null/missing."""
        if value is None:
            return None
        if type(value) is not dict and not isinstance(value, Mapping):  # dict: the fast check
            self.wrong_type(path, dict)
            return None
        known = set(fields)
        for key in value:
            if key not in known:
                self.report(join(path, str(key)), "validation.unknown_field")
        return dict(value)

    def entries(self, value: Any, path: str) -> list[Any]:
        """A list (null or missing: empty), cut at LIST_CAP after reporting the excess."""
        if value is None:
            return []
        if not isinstance(value, list):
            self.wrong_type(path, list)
            return []
        if len(value) > LIST_CAP:
            self.report(path, "validation.too_many", limit=LIST_CAP)
            return list(value[:LIST_CAP])
        return list(value)

    def no_repeats(self, values: list[Any], path: str) -> list[Any]:
        seen: set[Any] = set()
        for index, value in enumerate(values):
            if value is not None and value in seen:
                self.report(join(path, index), "validation.duplicate")
            seen.add(value)
        return values

    # --- scalars ----------------------------------------------------------------------------
    def text(self, value: Any, path: str, *, cap: int = OTHER_TEXT_CAP,
             prose: bool = False) -> str:
        """Free text: null is "", NFC, stripped; the characters `text_rules` refuses are
        reported (prose keeps tab and newline; its CR LF and CR become LF)."""
        if value is None:
            return ""
        if not isinstance(value, str):
            self.wrong_type(path, str)
            return ""
        if not NEEDS_RULES.search(value) and unicodedata.is_normalized("NFC", value):
            text = value.strip()  # the common case (text_rules.NEEDS_RULES)
            if text and not has_visible(text):
                self.report(path, "validation.no_visible_char")
            if len(text) > cap:
                self.report(path, "validation.too_long", limit=cap)
            return text
        text = unicodedata.normalize("NFC", value)
        if prose:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        else:
            text = one_line_spaces(text)
        text = text.strip()
        if (CONTROL_IN_PROSE if prose else CONTROL).search(text):
            self.report(path, "validation.control_char")
        if BIDI.search(text):
            self.report(path, "validation.bidi_control")
        if (INVISIBLE_IN_PROSE if prose else INVISIBLE).search(text):
            self.report(path, "validation.invisible_char")
        elif text and not has_visible(text):
            self.report(path, "validation.no_visible_char")
        if len(text) > cap:
            self.report(path, "validation.too_long", limit=cap)
        return text

    def code(self, value: Any, path: str, code_list: str, *, required: bool = False,
             default: str | None = None) -> str | None:
        if value is None:
            if required and default is None:
                self.report(path, "validation.required")
            return default
        if not isinstance(value, str):
            self.wrong_type(path, str)
            return default
        code = value.strip()
        if code not in CODE_LISTS[code_list]:
            self.report(path, "validation.unknown_code", code_list=code_list)
        return code

    def country(self, value: Any, path: str, *, required: bool = False) -> str | None:
        """An alpha-3 code the reference data knows (upper-cased; XXA and XXX included)."""
        if value is None or value == "":
            if required:
                self.report(path, "validation.required")
            return None
        if not isinstance(value, str):
            self.wrong_type(path, str)
            return None
        code = value.strip().upper()
        if not _ALPHA3.fullmatch(code):
            self.report(path, "validation.not_alpha3")
        elif not self.ref.is_country(code):
            self.report(path, "validation.unknown_country")
        return code

    def boolean(self, value: Any, path: str, default: bool) -> bool:
        if value is None:
            return default
        if not isinstance(value, bool):
            self.wrong_type(path, bool)
            return default
        return value

    def number(self, value: Any, path: str, *, required: bool = False, positive: bool = False,
               low: float | None = None, high: float | None = None,
               low_open: bool = False) -> int | float | None:
        """A finite number (never a bool); integral floats become ints so hashes agree."""
        if value is None:
            if required:
                self.report(path, "validation.required")
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.wrong_type(path, "validation.type.number")
            return None
        number: int | float = int(value) if isinstance(value, int) else float(value)
        if isinstance(number, float):
            if not math.isfinite(number):
                self.report(path, "validation.not_finite")
                return None
            if number.is_integer() and abs(number) < _EXACT_FLOAT_INTS:
                number = int(number)
        if abs(number) > NUMBER_CAP:
            self.report(path, "validation.number_too_large", limit=NUMBER_CAP)
        elif positive and number <= 0:
            self.report(path, "validation.not_positive")
        elif low is not None and high is not None and (
                number > high or number < low or (low_open and number == low)):
            self.report(path, "validation.out_of_range", low=_show(low), high=_show(high))
        return number

    def whole_number(self, value: Any, path: str) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int):
            if value is None:
                self.report(path, "validation.required")
            else:
                self.wrong_type(path, "validation.type.whole_number")
            return None
        if value < 0 or value > NUMBER_CAP:
            self.report(path, "validation.out_of_range", low=0, high=NUMBER_CAP)
        return value

    # --- dates ------------------------------------------------------------------------------
    def day(self, value: Any, path: str, *, not_future: bool = False,
            required: bool = False) -> str | None:
        """A full date YYYY-MM-DD, or None (also when refused, so no comparison trips on it).

        Not before EARLIEST_YEAR; not in the future with `not_future`, else at most
        YEARS_AHEAD_CAP years ahead."""
        if value is None or value == "":
            if required:
                self.report(path, "validation.required")
            return None
        if not isinstance(value, str):
            self.wrong_type(path, str)
            return None
        text = value.strip()
        parsed = parse_full_day(text)
        if parsed is None:
            self.report(path, "validation.bad_date", form="YYYY-MM-DD")
            return None
        if not_future and parsed > self.now.date():
            self.report(path, "validation.future_date")
        elif parsed.year > self.now.year + YEARS_AHEAD_CAP:
            self.report(path, "validation.date_too_late", year=self.now.year + YEARS_AHEAD_CAP)
        self._not_too_early(parsed.year, path)
        return parsed.isoformat()

    def birth_date(self, value: Any, path: str) -> str | None:
        """YYYY-MM-DD, YYYY-MM or YYYY: a real date, not future, not before EARLIEST_YEAR."""
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            self.wrong_type(path, str)
            return None
        text = value.strip()
        match = _PARTIAL_DATE.fullmatch(text)
        parts = [int(p) for p in match.groups() if p is not None] if match else []
        if not parts or not _real_partial_date(parts):
            self.report(path, "validation.bad_date",
                        form=Message("validation.form.partial_date",
                                     FIELD_PARTS["validation.form.partial_date"]))
            return text
        today = self.now.date()
        if tuple(parts) > (today.year, today.month, today.day)[:len(parts)]:
            self.report(path, "validation.future_date")
        elif parts[0] < EARLIEST_YEAR:
            self.report(path, "validation.date_too_early", year=EARLIEST_YEAR)
        return text

    def moment(self, value: Any, path: str) -> str | None:
        """When something happened: ISO 8601 with a UTC offset, or a date only; not future.

        Written back canonically (`2026-11-20T14:30:00+05:00`; `Z` becomes `+00:00`), keeping
        the local offset that reports print. A date only is in the future when it is after the
        date of `now` in `now`'s own time zone.
        """
        if value is None or value == "":
            self.report(path, "validation.required")
            return None
        if not isinstance(value, str):
            self.wrong_type(path, str)
            return None
        text = value.strip()
        if _FULL_DATE.fullmatch(text):
            day = parse_full_day(text)
            if day is None:
                self.report(path, "validation.bad_date", form="YYYY-MM-DD")
                return text
            self._not_too_early(day.year, path)
            if day > self.now.date():
                self.report(path, "validation.future_date")
            return day.isoformat()
        try:
            when = datetime.fromisoformat(text)
        except ValueError:
            self.report(path, "validation.bad_date", form="YYYY-MM-DDThh:mm:ss+hh:mm")
            return text
        if when.tzinfo is None:
            self.report(path, "validation.no_utc_offset")
            return text
        if when.year < EARLIEST_YEAR:  # year 1 with a +05:00 offset cannot even be made UTC
            self._not_too_early(when.year, path)
        elif when.year > self.now.year + 1 or \
                when.astimezone(UTC) > self.now.astimezone(UTC) + CLOCK_SKEW:
            self.report(path, "validation.future_date")  # year 9999 cannot be made UTC either
        return when.isoformat()

    def _not_too_early(self, year: int, path: str) -> None:
        if year < EARLIEST_YEAR:
            self.report(path, "validation.date_too_early", year=EARLIEST_YEAR)

    # --- identifiers ------------------------------------------------------------------------
    def record_id(self, value: Any, path: str) -> str | None:
        """A UUID in canonical form (lower case, hyphenated); upper case input is lowered."""
        if not isinstance(value, str):
            self.wrong_type(path, str)
            return None
        text = value.strip().lower()
        if not _UUID.fullmatch(text):
            self.report(path, "validation.not_uuid")
            return text
        return str(uuid.UUID(text))

    def sha256(self, value: Any, path: str) -> str | None:
        if value is None or value == "":
            self.report(path, "validation.required")
            return None
        if not isinstance(value, str):
            self.wrong_type(path, str)
            return None
        text = value.strip().lower()
        if not _SHA256.fullmatch(text):
            self.report(path, "validation.not_sha256")
        return text

    def media_type(self, value: Any, path: str) -> str:
        text = self.text(value, path, cap=255).lower()
        if not text:
            self.report(path, "validation.required")
        elif not _MEDIA_TYPE.fullmatch(text):
            self.report(path, "validation.bad_media_type")
        return text

    def file_name(self, value: Any, path: str) -> str:
        """A plain file name: attachments travel beside a packet, never into a folder of it."""
        text = self.text(value, path, cap=255)
        if not text:
            self.report(path, "validation.required")
        elif any(sep in text for sep in "/\\:") or text in (".", ".."):
            self.report(path, "validation.not_file_name")
        return text


def parse_full_day(text: str) -> date | None:
    """A YYYY-MM-DD day that exists (both validation walks), else None."""
    if not _FULL_DATE.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _real_partial_date(parts: list[int]) -> bool:
    year, month, day = [*parts, 1, 1][:3]
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _show(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)
