"""The fast walk of a record: the normalised form of a record with no problem, in one pass.

Issue 13: the reference walk (`validation_reference`) spends most of a record's time on what
only a refusal needs — building each field's path (`persons[0].documents[1].number`), keyword
arguments, the repeat filter of reported issues — and on one checker call per field. This walk
builds no path and reports nothing: each field is checked by the same rule as
`field_checks.FieldChecker` and the first thing that rule would report, or anything rare (an
MRZ to read, text the character rules must rewrite, attachments, translations, a value of an
unusual type), raises `_Slow`. `normalised` then returns None and the caller runs the reference
walk, which finds every problem with its path and message. So a refused record gets exactly the
reference's issues, and an accepted one the same normalised form (the same dict, the same key
order, the same bytes once encoded): tests/domain/test_validation_fast.py compares both on the
sample generator's records and on thousands of mutated ones.

Rare parts are delegated to the reference's own functions with a scratch `FieldChecker`; a
problem reported there also raises `_Slow`.

Every rule below mirrors one of `field_checks.FieldChecker` or `validation_reference`: change
them together.
"""

from __future__ import annotations

import math
import unicodedata
import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from shekara.domain import validation_reference as reference
from shekara.domain.codes import ART6_KINDS, CODE_LISTS
from shekara.domain.field_checks import (
    _ALPHA3,
    _EXACT_FLOAT_INTS,
    _FULL_DATE,
    _PARTIAL_DATE,
    _UUID,
    CLOCK_SKEW,
    DOCUMENT_NUMBER_CAP,
    EARLIEST_YEAR,
    LIST_CAP,
    MRZ_CAP,
    NAME_CAP,
    NARRATIVE_CAP,
    NUMBER_CAP,
    OTHER_TEXT_CAP,
    YEARS_AHEAD_CAP,
    FieldChecker,
    parse_full_day,
)
from shekara.domain.records import (
    DOCUMENT_FIELDS,
    KIND_FIELDS,
    OPTIONAL_FIELDS,
    PERSON_FIELDS,
    READ_ONLY_FIELDS,
    record_fields,
)
from shekara.domain.reference import ReferenceData
from shekara.domain.text_rules import NEEDS_RULES, has_visible
from shekara.domain.translations import normalise as normalise_translations

__all__ = ["normalised"]

_T = TypeVar("_T")


class _Slow(Exception):
    """The record needs the reference walk: a problem to report, or a part this walk leaves
    to it."""


# Code lists as sets (membership is all a check asks).
_CODES = {name: frozenset(codes) for name, codes in CODE_LISTS.items()}
_KINDS = _CODES["kind"]
_ROLES, _SEXES, _DOCUMENT_TYPES = _CODES["role"], _CODES["sex"], _CODES["document_type"]
_OUTCOMES = _CODES["outcome"]
_CONCEALMENT_METHODS, _DETECTIONS = _CODES["concealment_method"], _CODES["detection"]
_CONVEYANCE_MODES, _UNITS = _CODES["conveyance_mode"], _CODES["unit"]
# Keys each object may hold (FieldChecker.mapping reports any other).
_PLACE_KEYS = frozenset(("checkpoint", "description", "lat", "lon"))
_HANDLING_KEYS = frozenset(reference.DEFAULT_HANDLING)
_PERSON_KEYS = frozenset(PERSON_FIELDS)
_DOCUMENT_KEYS = frozenset(DOCUMENT_FIELDS)
_ITEM_KEYS = frozenset(("category", "substance", "description", "quantity", "unit",
                        "serial_number", "markings"))
_INTEL_SUBSTANCE_KEYS = frozenset(("substance", "form", "quantity", "unit", "purity_percent",
                                   "markings", "properties"))
_CONCEALMENT_KEYS = frozenset(("method", "description"))
_CONVEYANCE_KEYS = frozenset(("mode", "identifier", "country"))
_LEG_KEYS = frozenset(("country", "place", "mode", "date"))
_EVALUATION_KEYS = frozenset(("source", "information"))
# Top-level keys a record of each kind may hold: on add, and when read-only fields are dropped.
_ALLOWED_ON_ADD = {kind: frozenset((*record_fields(kind), *OPTIONAL_FIELDS))
                   for kind in KIND_FIELDS}
_ALLOWED_ON_AMEND = {kind: allowed | frozenset(READ_ONLY_FIELDS)
                     for kind, allowed in _ALLOWED_ON_ADD.items()}
_FIELDS = {kind: record_fields(kind) for kind in KIND_FIELDS}


def normalised(data: Any, ref: ReferenceData, now: datetime, on_add: bool) -> dict[str, Any] | None:
    """`validate_record_reference(data, …)` when it accepts `data`, else None (then run it).

    None does not mean the record is refused: only that this walk leaves it to the reference."""
    if type(data) is not dict:
        return None
    try:
        return _Walk(ref, now).record(data, on_add)
    except _Slow:
        return None


class _Walk:
    """One record's fast walk: FieldChecker's rules without paths and issues."""

    __slots__ = ("_scratch", "latest_moment", "latest_year", "next_year", "now", "ref", "today")

    def __init__(self, ref: ReferenceData, now: datetime) -> None:
        self.ref = ref
        self.now = now
        self.today = now.date()
        self.latest_year = now.year + YEARS_AHEAD_CAP
        self.next_year = now.year + 1
        self.latest_moment = now.astimezone(UTC) + CLOCK_SKEW
        self._scratch: FieldChecker | None = None

    def scratch(self) -> FieldChecker:
        """A reference checker for a delegated part; its first issue means _Slow."""
        if self._scratch is None:
            self._scratch = FieldChecker(self.ref, self.now)
        return self._scratch

    def delegated(self, value: _T) -> _T:
        """`value` as a delegated reference call returned it, or _Slow if it reported."""
        if self._scratch is not None and self._scratch.issues:
            raise _Slow
        return value

    # --- the record ---------------------------------------------------------------------------
    def record(self, data: dict[str, Any], on_add: bool) -> dict[str, Any]:
        kind = data.get("kind")
        if type(kind) is not str:
            raise _Slow
        kind = kind.strip()
        if kind not in _KINDS:
            raise _Slow
        allowed = (_ALLOWED_ON_ADD if on_add else _ALLOWED_ON_AMEND)[kind]
        for key in data:
            if key not in allowed:
                raise _Slow
        get = data.get
        record: dict[str, Any] = {"kind": kind}
        record["occurred_at"] = self.moment(get("occurred_at"))
        record["place"] = self.place(get("place"))
        record["narrative"] = self.text(get("narrative"), NARRATIVE_CAP, True)
        record["persons"] = [self.person(value) for value in self.entries(get("persons"))]
        if kind in ART6_KINDS and not record["persons"]:
            raise _Slow
        record.update(_KINDS_WALKS[kind](self, data))
        record["handling"] = self.handling(get("handling"))
        record["links"] = self.no_repeats([self.record_id(value)
                                           for value in self.entries(get("links"))])
        attachments = self.entries(get("attachments"))
        if attachments:  # rare at a post's desk: the reference's own walk, checked
            scratch = self.scratch()
            record["attachments"] = self.delegated(
                [reference._attachment(scratch, value, "attachments") for value in attachments])
        else:
            record["attachments"] = []
        translations = get("translations")
        if translations is not None and translations != {}:
            scratch = self.scratch()
            translations = self.delegated(normalise_translations(
                translations, record,
                lambda value, path, cap: scratch.text(value, path, cap=cap, prose=True),
                scratch.report,
                {"narrative": NARRATIVE_CAP, "channel": NARRATIVE_CAP,
                 "equipment": NARRATIVE_CAP}))
        out = {name: record[name] for name in _FIELDS[kind]}
        if translations:
            out["translations"] = translations
        return out

    # --- structure ----------------------------------------------------------------------------
    @staticmethod
    def entries(value: Any) -> list[Any]:
        if value is None:
            return []
        if type(value) is not list or len(value) > LIST_CAP:
            raise _Slow
        return value

    @staticmethod
    def mapping(value: Any, keys: frozenset[str]) -> dict[str, Any]:
        """An optional object's keys (None: {}); required objects check None first."""
        if value is None:
            return {}
        return _Walk.required(value, keys)

    @staticmethod
    def no_repeats(values: list[Any]) -> list[Any]:
        seen: set[Any] = set()
        for value in values:
            if value is not None and value in seen:
                raise _Slow
            seen.add(value)
        return values

    # --- scalars ------------------------------------------------------------------------------
    def text(self, value: Any, cap: int = OTHER_TEXT_CAP, prose: bool = False) -> str:
        if value is None:
            return ""
        if type(value) is not str:
            raise _Slow
        if NEEDS_RULES.search(value) or not unicodedata.is_normalized("NFC", value):
            # Text the rules rewrite (a tab, CR LF, a no-break space, NFD…): FieldChecker's.
            return self.delegated(self.scratch().text(value, "", cap=cap, prose=prose))
        text = value.strip()
        if (text and not has_visible(text)) or len(text) > cap:
            raise _Slow
        return text

    @staticmethod
    def code(value: Any, codes: frozenset[str], required: bool = False,
             default: str | None = None) -> str | None:
        if value is None:
            if required and default is None:
                raise _Slow
            return default
        if type(value) is not str:
            raise _Slow
        code = value.strip()
        if code not in codes:
            raise _Slow
        return code

    def country(self, value: Any, required: bool = False) -> str | None:
        if value is None or value == "":
            if required:
                raise _Slow
            return None
        if type(value) is not str:
            raise _Slow
        code = value.strip().upper()
        if not _ALPHA3.fullmatch(code) or not self.ref.is_country(code):
            raise _Slow
        return code

    @staticmethod
    def boolean(value: Any, default: bool) -> bool:
        if value is None:
            return default
        if type(value) is not bool:
            raise _Slow
        return value

    @staticmethod
    def number(value: Any, required: bool = False, positive: bool = False,
               low: float | None = None, high: float | None = None,
               low_open: bool = False) -> int | float | None:
        if value is None:
            if required:
                raise _Slow
            return None
        number: int | float
        if type(value) is int:
            number = value
        elif type(value) is float:
            if not math.isfinite(value):
                raise _Slow
            number = int(value) if value.is_integer() and abs(value) < _EXACT_FLOAT_INTS \
                else value
        else:
            raise _Slow  # bools, other number types: the reference decides
        if abs(number) > NUMBER_CAP or (positive and number <= 0) or (
                low is not None and high is not None and (
                    number > high or number < low or (low_open and number == low))):
            raise _Slow
        return number

    # --- dates --------------------------------------------------------------------------------
    def day(self, value: Any, not_future: bool = False) -> str | None:
        if value is None or value == "":
            return None
        if type(value) is not str:
            raise _Slow
        parsed = parse_full_day(value.strip())
        if parsed is None or (not_future and parsed > self.today) \
                or parsed.year > self.latest_year or parsed.year < EARLIEST_YEAR:
            raise _Slow
        return parsed.isoformat()

    def birth_date(self, value: Any) -> str | None:
        if value is None or value == "":
            return None
        if type(value) is not str:
            raise _Slow
        text = value.strip()
        match = _PARTIAL_DATE.fullmatch(text)
        if match is None:
            raise _Slow
        parts = [int(p) for p in match.groups() if p is not None]
        year, month, day_of_month = [*parts, 1, 1][:3]
        try:
            date(year, month, day_of_month)
        except ValueError:
            raise _Slow from None
        today = self.today
        if tuple(parts) > (today.year, today.month, today.day)[:len(parts)] \
                or parts[0] < EARLIEST_YEAR:
            raise _Slow
        return text

    def moment(self, value: Any) -> str:
        if type(value) is not str:
            raise _Slow
        text = value.strip()
        if _FULL_DATE.fullmatch(text):
            day = parse_full_day(text)
            if day is None or day.year < EARLIEST_YEAR or day > self.today:
                raise _Slow
            return day.isoformat()
        try:
            when = datetime.fromisoformat(text)
        except ValueError:
            raise _Slow from None
        if when.tzinfo is None or when.year < EARLIEST_YEAR or when.year > self.next_year \
                or when.astimezone(UTC) > self.latest_moment:
            raise _Slow
        return when.isoformat()

    # --- identifiers --------------------------------------------------------------------------
    @staticmethod
    def record_id(value: Any) -> str:
        if type(value) is not str:
            raise _Slow
        text = value.strip().lower()
        if not _UUID.fullmatch(text):
            raise _Slow
        return str(uuid.UUID(text))

    # --- parts every kind has -----------------------------------------------------------------
    def place(self, value: Any) -> dict[str, Any]:
        raw = self.mapping(value, _PLACE_KEYS)
        checkpoint = raw.get("checkpoint")
        if checkpoint is not None:
            if type(checkpoint) is not str:
                raise _Slow
            checkpoint = checkpoint.strip() or None
            if checkpoint is not None and checkpoint not in self.ref.checkpoints:
                raise _Slow
        raw_lat, raw_lon = raw.get("lat"), raw.get("lon")
        if (raw_lat is None) != (raw_lon is None):
            raise _Slow
        lat = self.number(raw_lat, low=-90, high=90)
        lon = self.number(raw_lon, low=-180, high=180)
        return {"checkpoint": checkpoint,
                "description": self.text(raw.get("description"), OTHER_TEXT_CAP, True),
                "lat": lat, "lon": lon}

    def handling(self, value: Any) -> dict[str, Any]:
        raw = self.mapping(value, _HANDLING_KEYS)
        return {
            "confidential": self.boolean(raw.get("confidential"), True),
            "third_party": self.code(raw.get("third_party"), _CODES["third_party"],
                                     default="consent_required"),
            "legal_hold": self.boolean(raw.get("legal_hold"), False),
            "note": self.text(raw.get("note"), OTHER_TEXT_CAP, True),
        }

    @staticmethod
    def required(value: Any, keys: frozenset[str]) -> dict[str, Any]:
        """An entry of a list, or a required object: null is the reference's to report."""
        if type(value) is not dict:
            raise _Slow
        for key in value:
            if key not in keys:
                raise _Slow
        return value

    # --- persons and documents ----------------------------------------------------------------
    def person(self, value: Any) -> dict[str, Any]:
        raw = self.required(value, _PERSON_KEYS)
        text = self.text
        get = raw.get
        mrz = text(get("mrz"), MRZ_CAP, True)
        if mrz:  # an MRZ fills in and cross-checks fields: the reference reads it
            return self.delegated(reference._person(self.scratch(), value, "persons"))
        surname = text(get("surname"), NAME_CAP)
        given_names = text(get("given_names"), NAME_CAP)
        patronymic = text(get("patronymic"), NAME_CAP)
        latin_name = text(get("latin_name"), NAME_CAP)
        birth_place = text(get("birth_place"))
        if not (surname or given_names or latin_name):
            raise _Slow
        country = self.country
        citizenship = [country(code, True) for code in self.entries(get("citizenship"))]
        if not citizenship:
            raise _Slow
        documents = self.entries(get("documents"))
        return {
            "role": self.code(get("role"), _ROLES, True),
            "surname": surname, "given_names": given_names, "patronymic": patronymic,
            "latin_name": latin_name,
            "birth_date": self.birth_date(get("birth_date")),
            "sex": self.code(get("sex"), _SEXES, default="unknown"),
            "citizenship": self.no_repeats(citizenship),
            "birth_place": birth_place,
            "documents": [self.document(document) for document in documents],
            "mrz": mrz,
        }

    def document(self, value: Any) -> dict[str, Any]:
        raw = self.required(value, _DOCUMENT_KEYS)
        issued_on = self.day(raw.get("issued_on"), not_future=True)
        expires_on = self.day(raw.get("expires_on"))
        if issued_on and expires_on and expires_on < issued_on:
            raise _Slow
        return {
            "type": self.code(raw.get("type"), _DOCUMENT_TYPES, True),
            "number": self.text(raw.get("number"), DOCUMENT_NUMBER_CAP),
            "issuing_state": self.country(raw.get("issuing_state")),
            "issued_on": issued_on,
            "expires_on": expires_on,
        }

    # --- parts of contraband_detention and drug_intel -----------------------------------------
    def substance(self, value: Any) -> str:
        text = self.text(value)
        substances = self.ref.substances
        if text in substances:
            return text
        folded = text.casefold()
        for code in substances:
            if code.casefold() == folded:
                return code
        return text

    def item(self, value: Any) -> dict[str, Any]:
        raw = self.required(value, _ITEM_KEYS)
        category = self.code(raw.get("category"), _CODES["item_category"], True)
        substance = self.substance(raw.get("substance"))
        if category in reference.DRUG_CATEGORIES and not substance:
            raise _Slow
        return {
            "category": category,
            "substance": substance,
            "description": self.text(raw.get("description"), OTHER_TEXT_CAP, True),
            "quantity": self.number(raw.get("quantity"), required=True, positive=True),
            "unit": self.code(raw.get("unit"), _UNITS, True),
            "serial_number": self.text(raw.get("serial_number")),
            "markings": self.text(raw.get("markings")),
        }

    def intel_substance(self, value: Any) -> dict[str, Any]:
        raw = self.required(value, _INTEL_SUBSTANCE_KEYS)
        substance = self.substance(raw.get("substance"))
        if not substance:
            raise _Slow
        quantity = self.number(raw.get("quantity"), positive=True)
        return {
            "substance": substance,
            "form": self.code(raw.get("form"), _CODES["substance_form"]),
            "quantity": quantity,
            "unit": self.code(raw.get("unit"), _UNITS, raw.get("quantity") is not None),
            "purity_percent": self.number(raw.get("purity_percent"), low=0, high=100,
                                          low_open=True),
            "markings": self.text(raw.get("markings")),
            "properties": self.text(raw.get("properties"), OTHER_TEXT_CAP, True),
        }

    def concealment(self, value: Any) -> dict[str, Any]:
        raw = self.mapping(value, _CONCEALMENT_KEYS)
        return {"method": self.code(raw.get("method"), _CONCEALMENT_METHODS),
                "description": self.text(raw.get("description"), OTHER_TEXT_CAP, True)}

    def conveyance(self, value: Any) -> dict[str, Any]:
        raw = self.mapping(value, _CONVEYANCE_KEYS)
        return {"mode": self.code(raw.get("mode"), _CONVEYANCE_MODES),
                "identifier": self.text(raw.get("identifier")),
                "country": self.country(raw.get("country"))}

    def route(self, value: Any) -> list[dict[str, Any]]:
        legs = []
        for leg in self.entries(value):
            raw = self.required(leg, _LEG_KEYS)
            legs.append({
                "country": self.country(raw.get("country"), True),
                "place": self.text(raw.get("place")),
                "mode": self.code(raw.get("mode"), _CONVEYANCE_MODES),
                "date": self.day(raw.get("date")),
            })
        return legs

    # --- the kinds ----------------------------------------------------------------------------
    def outcome_and_case(self, data: Mapping[str, Any]) -> dict[str, Any]:
        return {"outcome": self.code(data.get("outcome"), _OUTCOMES),
                "case_number": self.text(data.get("case_number"))}

    def border_violation(self, data: Mapping[str, Any]) -> dict[str, Any]:
        code = self.code
        return {"direction": code(data.get("direction"), _CODES["direction"]),
                "section": code(data.get("section"), _CODES["section"]),
                "method": code(data.get("method"), _CODES["method"]),
                "detected_by": code(data.get("detected_by"), _CODES["detected_by"]),
                **self.outcome_and_case(data)}

    def forged_document(self, data: Mapping[str, Any]) -> dict[str, Any]:
        return {"act": self.code(data.get("act"), _CODES["act"]),
                "document": self.document(data.get("document")),
                "forgery": self.code(data.get("forgery"), _CODES["forgery"]),
                "detected_by": self.code(data.get("detected_by"),
                                         _CODES["document_detected_by"]),
                **self.outcome_and_case(data)}

    def contraband_detention(self, data: Mapping[str, Any]) -> dict[str, Any]:
        return {"items": [self.item(value) for value in self.entries(data.get("items"))],
                "concealment": self.concealment(data.get("concealment")),
                "detection": self.code(data.get("detection"), _DETECTIONS),
                "conveyance": self.conveyance(data.get("conveyance")),
                "route": self.route(data.get("route")),
                **self.outcome_and_case(data)}

    def drug_intel(self, data: Mapping[str, Any]) -> dict[str, Any]:
        topics = [self.code(value, _CODES["topic"], True)
                  for value in self.entries(data.get("topics"))]
        if not topics:
            raise _Slow
        evaluation = self.mapping(data.get("evaluation"), _EVALUATION_KEYS)
        return {
            "topics": self.no_repeats(topics),
            "substances": [self.intel_substance(value)
                           for value in self.entries(data.get("substances"))],
            "route": self.route(data.get("route")),
            "channel": self.text(data.get("channel"), NARRATIVE_CAP, True),
            "concealment": self.concealment(data.get("concealment")),
            "detection": self.code(data.get("detection"), _DETECTIONS),
            "equipment": self.text(data.get("equipment"), NARRATIVE_CAP, True),
            "evaluation": {
                "source": self.code(evaluation.get("source"), _CODES["evaluation_source"]),
                "information": self.code(evaluation.get("information"),
                                         _CODES["evaluation_information"]),
            },
        }


_KINDS_WALKS = {
    "border_violation": _Walk.border_violation,
    "contraband_detention": _Walk.contraband_detention,
    "forged_document": _Walk.forged_document,
    "drug_intel": _Walk.drug_intel,
}
assert set(_KINDS_WALKS) == set(KIND_FIELDS)


