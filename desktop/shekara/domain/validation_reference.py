"""The reference walk of a record through the data dictionary: every field checked by
`FieldChecker`, every problem collected with its path, in the order a reader meets the fields.

`validation.validate_record` is the gate; it runs this walk for every record the fast walk of
`validation_fast` does not vouch for (any problem, anything rare), so the issues a refused record
gets are this module's. Change what is checked here and in `validation_fast` together:
tests/domain/test_validation_fast.py proves both give the same result.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from shekara.domain.codes import ART6_KINDS, CODE_LISTS
from shekara.domain.field_checks import (
    DOCUMENT_NUMBER_CAP,
    FIELD_MESSAGES,
    MRZ_CAP,
    NAME_CAP,
    NARRATIVE_CAP,
    FieldChecker,
    join,
)
from shekara.domain.mrz import fill_person_from_mrz
from shekara.domain.records import (
    COMMON_FIELDS,
    DOCUMENT_FIELDS,
    KIND_FIELDS,
    OPTIONAL_FIELDS,
    PERSON_FIELDS,
    READ_ONLY_FIELDS,
    record_fields,
)
from shekara.domain.reference import ReferenceData
from shekara.domain.translations import normalise as normalise_translations
from shekara.errors import ValidationError
from shekara.messages import Issue, Message

__all__ = ["validate_record_reference"]

DRUG_CATEGORIES = ("narcotic_drug", "psychotropic", "precursor")
NAME_FIELDS = ("surname", "given_names", "patronymic", "latin_name")
DEFAULT_HANDLING = {"confidential": True, "third_party": "consent_required",
                    "legal_hold": False, "note": ""}
_ANY_KIND_FIELDS = frozenset(name for fields in KIND_FIELDS.values() for name in fields)


def validate_record_reference(data: Mapping[str, Any], ref: ReferenceData, *,
                              now: datetime, on_add: bool = True) -> dict[str, Any]:
    """The normalised interchange form of `data`, or ValidationError listing every problem.

    `now` must be timezone-aware; pass local time (`datetime.now().astimezone()`) so that a
    date-only `occurred_at` of today is today where the officer is. With `on_add` the read-only
    fields (`records.READ_ONLY_FIELDS`) are refused; without it (amending from
    `record show --json` output) they are dropped.
    """
    if not isinstance(data, Mapping):
        raise ValidationError([Issue("", Message("validation.not_a_record",
                                                 FIELD_MESSAGES["validation.not_a_record"]))])
    check = FieldChecker(ref, now)
    kind = check.code(data.get("kind"), "kind", "kind", required=True)
    known_kind = kind if kind in KIND_FIELDS else None
    allowed = {*(record_fields(known_kind) if known_kind else COMMON_FIELDS), *OPTIONAL_FIELDS}
    for key in data:
        if key in READ_ONLY_FIELDS:
            if on_add:
                check.report(key, "validation.read_only")
        elif key not in allowed and (known_kind or key not in _ANY_KIND_FIELDS):
            check.report(str(key), "validation.unknown_field")

    record: dict[str, Any] = {"kind": kind}
    record["occurred_at"] = check.moment(data.get("occurred_at"), "occurred_at")
    record["place"] = _place(check, data.get("place"))
    record["narrative"] = check.text(data.get("narrative"), "narrative", cap=NARRATIVE_CAP,
                                     prose=True)
    record["persons"] = [_person(check, value, join("persons", i))
                         for i, value in enumerate(check.entries(data.get("persons"), "persons"))]
    if known_kind in ART6_KINDS and not record["persons"]:
        check.report("persons", "validation.no_person")
    if known_kind:
        record.update(_KIND_VALIDATORS[known_kind](check, data))
    record["handling"] = _handling(check, data.get("handling"))
    record["links"] = check.no_repeats(
        [check.record_id(value, join("links", i))
         for i, value in enumerate(check.entries(data.get("links"), "links"))], "links")
    record["attachments"] = [
        _attachment(check, value, join("attachments", i))
        for i, value in enumerate(check.entries(data.get("attachments"), "attachments"))]
    translations = normalise_translations(
        data.get("translations"), record,
        lambda value, path, cap: check.text(value, path, cap=cap, prose=True), check.report,
        {"narrative": NARRATIVE_CAP, "channel": NARRATIVE_CAP, "equipment": NARRATIVE_CAP})
    if check.issues:
        raise ValidationError(check.issues)
    assert known_kind is not None  # an unknown kind is an issue, so we raised above
    normalised = {name: record[name] for name in record_fields(known_kind)}
    if translations:
        normalised["translations"] = translations
    return normalised


# --- parts every kind has ---------------------------------------------------------------------
def _place(check: FieldChecker, value: Any) -> dict[str, Any]:
    raw = check.mapping(value, "place", ("checkpoint", "description", "lat", "lon")) or {}
    checkpoint = raw.get("checkpoint")
    if checkpoint is not None and not isinstance(checkpoint, str):
        check.wrong_type("place.checkpoint", str)
        checkpoint = None
    elif isinstance(checkpoint, str):
        checkpoint = checkpoint.strip() or None
        if checkpoint is not None and checkpoint not in check.ref.checkpoints:
            check.report("place.checkpoint", "validation.unknown_checkpoint")
    lat = check.number(raw.get("lat"), "place.lat", low=-90, high=90)
    lon = check.number(raw.get("lon"), "place.lon", low=-180, high=180)
    if (raw.get("lat") is None) != (raw.get("lon") is None):
        check.report("place", "validation.lat_lon_pair")
    return {"checkpoint": checkpoint,
            "description": check.text(raw.get("description"), "place.description", prose=True),
            "lat": lat, "lon": lon}


def _handling(check: FieldChecker, value: Any) -> dict[str, Any]:
    raw = check.mapping(value, "handling", DEFAULT_HANDLING) or {}
    return {
        "confidential": check.boolean(raw.get("confidential"), "handling.confidential", True),
        "third_party": check.code(raw.get("third_party"), "handling.third_party", "third_party",
                                  default="consent_required"),
        "legal_hold": check.boolean(raw.get("legal_hold"), "handling.legal_hold", False),
        "note": check.text(raw.get("note"), "handling.note", prose=True),
    }


def _attachment(check: FieldChecker, value: Any, path: str) -> dict[str, Any]:
    raw = _required_mapping(check, value, path, ("name", "media_type", "sha256", "size"))
    return {
        "name": check.file_name(raw.get("name"), join(path, "name")),
        "media_type": check.media_type(raw.get("media_type"), join(path, "media_type")),
        "sha256": check.sha256(raw.get("sha256"), join(path, "sha256")),
        "size": check.whole_number(raw.get("size"), join(path, "size")),
    }


def _required_mapping(check: FieldChecker, value: Any, path: str,
                      fields: tuple[str, ...]) -> dict[str, Any]:
    if value is None:
        check.report(path, "validation.required")
    return check.mapping(value, path, fields) or {}


# --- persons and documents --------------------------------------------------------------------
def _person(check: FieldChecker, value: Any, path: str) -> dict[str, Any]:
    raw = _required_mapping(check, value, path, PERSON_FIELDS)
    # First the text, so that an MRZ fill sees "" for every empty name.
    person: dict[str, Any] = {name: raw.get(name) for name in PERSON_FIELDS}
    for name in NAME_FIELDS:
        person[name] = check.text(raw.get(name), join(path, name), cap=NAME_CAP)
    person["birth_place"] = check.text(raw.get("birth_place"), join(path, "birth_place"))
    person["mrz"] = check.text(raw.get("mrz"), join(path, "mrz"), cap=MRZ_CAP, prose=True)
    person["citizenship"] = check.entries(raw.get("citizenship"), join(path, "citizenship"))
    person["documents"] = check.entries(raw.get("documents"), join(path, "documents"))
    if person["mrz"]:
        return _checked_person(check, _filled_from_mrz(check, person, path), path)
    return _checked_person(check, person, path, texts_checked=True)


def _filled_from_mrz(check: FieldChecker, person: dict[str, Any], path: str) -> dict[str, Any]:
    try:
        filled = fill_person_from_mrz(dict(person), today=check.now.date())
    except ValidationError as err:
        for sub_path, message in err.issues:
            check.issues.append(Issue(f"{path}.{sub_path}" if sub_path else path, message))
        return person
    return {name: filled.get(name) for name in PERSON_FIELDS}


def _checked_person(check: FieldChecker, person: dict[str, Any], path: str, *,
                    texts_checked: bool = False) -> dict[str, Any]:
    """`texts_checked`: the names, birth place and MRZ are `check.text`'s output already (no
    MRZ filled them in), so checking them again would only repeat the same result."""
    if texts_checked:
        names = {name: person[name] for name in NAME_FIELDS}
        mrz = person["mrz"]
    else:
        names = {name: check.text(person.get(name), join(path, name), cap=NAME_CAP)
                 for name in NAME_FIELDS}
        mrz = check.text(person.get("mrz"), join(path, "mrz"), cap=MRZ_CAP, prose=True)
    if not (names["surname"] or names["given_names"] or names["latin_name"] or mrz):
        check.report(path, "validation.no_name")
    citizenship_path = join(path, "citizenship")
    citizenship = [check.country(code, join(citizenship_path, i), required=True)
                   for i, code in enumerate(check.entries(person.get("citizenship"),
                                                          citizenship_path))]
    if not citizenship:
        check.report(citizenship_path, "validation.required")
    documents_path = join(path, "documents")
    return {
        "role": check.code(person.get("role"), join(path, "role"), "role", required=True),
        **names,
        "birth_date": check.birth_date(person.get("birth_date"), join(path, "birth_date")),
        "sex": check.code(person.get("sex"), join(path, "sex"), "sex", default="unknown"),
        "citizenship": check.no_repeats(citizenship, citizenship_path),
        "birth_place": (person["birth_place"] if texts_checked else
                        check.text(person.get("birth_place"), join(path, "birth_place"))),
        "documents": [_document(check, value, join(documents_path, i))
                      for i, value in enumerate(check.entries(person.get("documents"),
                                                              documents_path))],
        "mrz": mrz,
    }


def _document(check: FieldChecker, value: Any, path: str) -> dict[str, Any]:
    raw = _required_mapping(check, value, path, DOCUMENT_FIELDS)
    issued_on = check.day(raw.get("issued_on"), join(path, "issued_on"), not_future=True)
    expires_on = check.day(raw.get("expires_on"), join(path, "expires_on"))
    if issued_on and expires_on and expires_on < issued_on:
        check.report(join(path, "expires_on"), "validation.expires_before_issued")
    return {
        "type": check.code(raw.get("type"), join(path, "type"), "document_type", required=True),
        "number": check.text(raw.get("number"), join(path, "number"), cap=DOCUMENT_NUMBER_CAP),
        "issuing_state": check.country(raw.get("issuing_state"), join(path, "issuing_state")),
        "issued_on": issued_on,
        "expires_on": expires_on,
    }


# --- the kinds --------------------------------------------------------------------------------
def _outcome_and_case(check: FieldChecker, data: Mapping[str, Any]) -> dict[str, Any]:
    return {"outcome": check.code(data.get("outcome"), "outcome", "outcome"),
            "case_number": check.text(data.get("case_number"), "case_number")}


def _border_violation(check: FieldChecker, data: Mapping[str, Any]) -> dict[str, Any]:
    return {name: check.code(data.get(name), name, name)
            for name in ("direction", "section", "method", "detected_by")} \
        | _outcome_and_case(check, data)


def _forged_document(check: FieldChecker, data: Mapping[str, Any]) -> dict[str, Any]:
    document = data.get("document")
    return {
        "act": check.code(data.get("act"), "act", "act"),
        "document": _document(check, document, "document"),
        "forgery": check.code(data.get("forgery"), "forgery", "forgery"),
        "detected_by": check.code(data.get("detected_by"), "detected_by", "document_detected_by"),
    } | _outcome_and_case(check, data)


def _contraband_detention(check: FieldChecker, data: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "items": [_item(check, value, join("items", i))
                  for i, value in enumerate(check.entries(data.get("items"), "items"))],
        "concealment": _concealment(check, data.get("concealment")),
        "detection": check.code(data.get("detection"), "detection", "detection"),
        "conveyance": _conveyance(check, data.get("conveyance")),
        "route": _route(check, data.get("route")),
    } | _outcome_and_case(check, data)


def _drug_intel(check: FieldChecker, data: Mapping[str, Any]) -> dict[str, Any]:
    topics = [check.code(value, join("topics", i), "topic", required=True)
              for i, value in enumerate(check.entries(data.get("topics"), "topics"))]
    if not topics:
        check.report("topics", "validation.no_topic")
    evaluation = check.mapping(data.get("evaluation"), "evaluation",
                               ("source", "information")) or {}
    return {
        "topics": check.no_repeats(topics, "topics"),
        "substances": [_intel_substance(check, value, join("substances", i))
                       for i, value in enumerate(check.entries(data.get("substances"),
                                                               "substances"))],
        "route": _route(check, data.get("route")),
        "channel": check.text(data.get("channel"), "channel", cap=NARRATIVE_CAP, prose=True),
        "concealment": _concealment(check, data.get("concealment")),
        "detection": check.code(data.get("detection"), "detection", "detection"),
        "equipment": check.text(data.get("equipment"), "equipment", cap=NARRATIVE_CAP,
                                prose=True),
        "evaluation": {
            "source": check.code(evaluation.get("source"), "evaluation.source",
                                 "evaluation_source"),
            "information": check.code(evaluation.get("information"), "evaluation.information",
                                      "evaluation_information"),
        },
    }


_KIND_VALIDATORS = {
    "border_violation": _border_violation,
    "contraband_detention": _contraband_detention,
    "forged_document": _forged_document,
    "drug_intel": _drug_intel,
}
assert set(_KIND_VALIDATORS) == set(CODE_LISTS["kind"]) == set(KIND_FIELDS)


# --- parts of contraband_detention and drug_intel ---------------------------------------------
def _substance(check: FieldChecker, value: Any, path: str) -> str:
    """A reference-data code (matched ignoring case), else the free text of a new substance."""
    text = check.text(value, path)
    if text in check.ref.substances:
        return text
    folded = text.casefold()
    for code in check.ref.substances:
        if code.casefold() == folded:
            return code
    return text


def _item(check: FieldChecker, value: Any, path: str) -> dict[str, Any]:
    raw = _required_mapping(check, value, path, ("category", "substance", "description",
                                                 "quantity", "unit", "serial_number",
                                                 "markings"))
    category = check.code(raw.get("category"), join(path, "category"), "item_category",
                          required=True)
    substance = _substance(check, raw.get("substance"), join(path, "substance"))
    if category in DRUG_CATEGORIES and not substance:
        check.report(join(path, "substance"), "validation.required")
    return {
        "category": category,
        "substance": substance,
        "description": check.text(raw.get("description"), join(path, "description"), prose=True),
        "quantity": check.number(raw.get("quantity"), join(path, "quantity"), required=True,
                                 positive=True),
        "unit": check.code(raw.get("unit"), join(path, "unit"), "unit", required=True),
        "serial_number": check.text(raw.get("serial_number"), join(path, "serial_number")),
        "markings": check.text(raw.get("markings"), join(path, "markings")),
    }


def _intel_substance(check: FieldChecker, value: Any, path: str) -> dict[str, Any]:
    raw = _required_mapping(check, value, path, ("substance", "form", "quantity", "unit",
                                                 "purity_percent", "markings", "properties"))
    substance = _substance(check, raw.get("substance"), join(path, "substance"))
    if not substance:
        check.report(join(path, "substance"), "validation.required")
    quantity = check.number(raw.get("quantity"), join(path, "quantity"), positive=True)
    return {
        "substance": substance,
        "form": check.code(raw.get("form"), join(path, "form"), "substance_form"),
        "quantity": quantity,
        "unit": check.code(raw.get("unit"), join(path, "unit"), "unit",
                           required=raw.get("quantity") is not None),
        "purity_percent": check.number(raw.get("purity_percent"), join(path, "purity_percent"),
                                       low=0, high=100, low_open=True),
        "markings": check.text(raw.get("markings"), join(path, "markings")),
        "properties": check.text(raw.get("properties"), join(path, "properties"), prose=True),
    }


def _concealment(check: FieldChecker, value: Any) -> dict[str, Any]:
    raw = check.mapping(value, "concealment", ("method", "description")) or {}
    return {"method": check.code(raw.get("method"), "concealment.method", "concealment_method"),
            "description": check.text(raw.get("description"), "concealment.description",
                                      prose=True)}


def _conveyance(check: FieldChecker, value: Any) -> dict[str, Any]:
    raw = check.mapping(value, "conveyance", ("mode", "identifier", "country")) or {}
    return {"mode": check.code(raw.get("mode"), "conveyance.mode", "conveyance_mode"),
            "identifier": check.text(raw.get("identifier"), "conveyance.identifier"),
            "country": check.country(raw.get("country"), "conveyance.country")}


def _route(check: FieldChecker, value: Any) -> list[dict[str, Any]]:
    legs = []
    for i, leg in enumerate(check.entries(value, "route")):
        path = join("route", i)
        raw = _required_mapping(check, leg, path, ("country", "place", "mode", "date"))
        legs.append({
            "country": check.country(raw.get("country"), join(path, "country"), required=True),
            "place": check.text(raw.get("place"), join(path, "place")),
            "mode": check.code(raw.get("mode"), join(path, "mode"), "conveyance_mode"),
            "date": check.day(raw.get("date"), join(path, "date")),
        })
    return legs
