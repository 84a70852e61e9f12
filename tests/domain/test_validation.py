"""validate_record: every refusal with its exact path, normalisation, defaults, caps."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest

from shekara.domain.field_checks import (
    DOCUMENT_NUMBER_CAP,
    FIELD_MESSAGES,
    LIST_CAP,
    NAME_CAP,
    NARRATIVE_CAP,
    OTHER_TEXT_CAP,
)
from shekara.domain.mrz import MRZ_MESSAGES
from shekara.domain.records import READ_ONLY_FIELDS, record_fields
from shekara.domain.reference import ReferenceData
from shekara.domain.validation import MESSAGES, validate_record
from shekara.errors import ValidationError

from .conftest import NOW, records_md_example

Record = dict[str, Any]
UUID = "3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b"
SHA = "ab" * 32


def border_violation() -> Record:
    return {"kind": "border_violation", "occurred_at": "2026-11-19",
            "persons": [{"role": "violator", "surname": "Сүлейменов", "citizenship": ["KAZ"]}]}


def forged_document() -> Record:
    return {"kind": "forged_document", "occurred_at": "2026-11-19T08:00:00Z",
            "persons": [{"role": "holder", "latin_name": "IVANOV IVAN", "citizenship": ["RUS"]}],
            "act": "use", "forgery": "photo_substitution", "detected_by": "uv",
            "document": {"type": "passport", "number": "AB123", "issuing_state": "LTU"}}


def drug_intel() -> Record:
    return {"kind": "drug_intel", "occurred_at": "2026-11-01",
            "topics": ["route", "new_substance"],
            "substances": [{"substance": "mephedrone-like", "form": "powder", "quantity": 3,
                            "unit": "g", "purity_percent": 40.5}],
            "route": [{"country": "AFG", "mode": "road"}, {"country": "LTU", "date": "2026-12-01"}],
            "evaluation": {"source": "B", "information": "2"}}


def refused(record: Record, ref: ReferenceData, **kwargs: Any) -> list[tuple[str, str]]:
    """The (path, msgid) of every issue; each message is its MESSAGES template, filled in."""
    with pytest.raises(ValidationError) as caught:
        validate_record(record, ref, now=NOW, **kwargs)
    for issue in caught.value.issues:
        assert issue.message.template == MESSAGES[issue.msgid]
        assert "{" not in str(issue.message)
    return [(issue.path, issue.msgid) for issue in caught.value.issues]


def edit(base: Callable[[], Record], change: Callable[[Record], object]) -> Record:
    record = base()
    change(record)
    return record


def person(record: Record) -> Record:
    result: Record = record["persons"][0]
    return result


# Each case: a record, and the (path, msgid) it must be refused with (among possibly others).
REFUSALS: list[tuple[str, Record, str, str]] = [
    ("translation into English", edit(records_md_example, lambda r: r.update(
        translations={"en": {"narrative": "x"}})), "translations",
     "validation.translation_language"),
    ("translation of a name", edit(records_md_example, lambda r: r.update(
        translations={"ru": {"persons": [{"surname": "x"}]}})), "translations.ru.persons",
     "validation.translation_field"),
    ("translation of another kind's field", edit(records_md_example, lambda r: r.update(
        translations={"ru": {"channel": "x"}})), "translations.ru.channel",
     "validation.translation_field"),
    ("translation with an entry too many", edit(records_md_example, lambda r: r.update(
        translations={"ru": {"items": [{"description": "a"}, {"description": "b"}]}})),
     "translations.ru.items", "validation.translation_entries"),
    ("translation not an object",  # issue 13's fuzzing: this raised KeyError, not an issue
     edit(border_violation, lambda r: r.update(translations={"ru": 5})), "translations.ru",
     "validation.not_an_object"),
    ("translation with a bidi control", edit(records_md_example, lambda r: r.update(
        translations={"ru": {"narrative": "Текст\u202e"}})), "translations.ru.narrative",
     "validation.bidi_control"),
    ("kind missing", edit(border_violation, lambda r: r.pop("kind")), "kind",
     "validation.required"),
    ("unknown kind", edit(border_violation, lambda r: r.update(kind="smuggling")), "kind",
     "validation.unknown_code"),
    ("kind not text", edit(border_violation, lambda r: r.update(kind=3)), "kind",
     "validation.wrong_type"),
    ("unknown field", edit(border_violation, lambda r: r.update(colour="red")), "colour",
     "validation.unknown_field"),
    ("other kind's field", edit(border_violation, lambda r: r.update(items=[])), "items",
     "validation.unknown_field"),
    ("unknown nested field", edit(border_violation, lambda r: person(r).update(age=30)),
     "persons[0].age", "validation.unknown_field"),
    ("id on add", edit(border_violation, lambda r: r.update(id=UUID)), "id",
     "validation.read_only"),
    ("status on add", edit(border_violation, lambda r: r.update(status="approved")), "status",
     "validation.read_only"),
    ("occurred_at missing", edit(border_violation, lambda r: r.pop("occurred_at")),
     "occurred_at", "validation.required"),
    ("occurred_at garbage", edit(border_violation, lambda r: r.update(occurred_at="yesterday")),
     "occurred_at", "validation.bad_date"),
    ("occurred_at 30 Feb", edit(border_violation, lambda r: r.update(occurred_at="2026-02-30")),
     "occurred_at", "validation.bad_date"),
    ("occurred_at without offset",
     edit(border_violation, lambda r: r.update(occurred_at="2026-11-20T14:30:00")),
     "occurred_at", "validation.no_utc_offset"),
    ("occurred_at tomorrow", edit(border_violation, lambda r: r.update(occurred_at="2026-11-22")),
     "occurred_at", "validation.future_date"),
    ("occurred_at in an hour",
     edit(border_violation, lambda r: r.update(occurred_at="2026-11-21T13:00:00+05:00")),
     "occurred_at", "validation.future_date"),
    ("occurred_at year 26", edit(border_violation, lambda r: r.update(occurred_at="0026-11-20")),
     "occurred_at", "validation.date_too_early"),
    ("place not an object", edit(border_violation, lambda r: r.update(place="lane 3")), "place",
     "validation.wrong_type"),
    ("unknown checkpoint",
     edit(border_violation, lambda r: r.update(place={"checkpoint": "KZ-NOWHERE"})),
     "place.checkpoint", "validation.unknown_checkpoint"),
    ("checkpoint not text", edit(border_violation, lambda r: r.update(place={"checkpoint": 7})),
     "place.checkpoint", "validation.wrong_type"),
    ("lat out of range", edit(border_violation, lambda r: r.update(place={"lat": 90.5, "lon": 0})),
     "place.lat", "validation.out_of_range"),
    ("lon out of range",
     edit(border_violation, lambda r: r.update(place={"lat": 0, "lon": -180.01})),
     "place.lon", "validation.out_of_range"),
    ("lat without lon", edit(border_violation, lambda r: r.update(place={"lat": 43.2})), "place",
     "validation.lat_lon_pair"),
    ("lat is a bool", edit(border_violation, lambda r: r.update(place={"lat": True, "lon": 1})),
     "place.lat", "validation.wrong_type"),
    ("lat is text", edit(border_violation, lambda r: r.update(place={"lat": "43", "lon": 1})),
     "place.lat", "validation.wrong_type"),
    ("lat is NaN", edit(border_violation,
                        lambda r: r.update(place={"lat": float("nan"), "lon": 1})),
     "place.lat", "validation.not_finite"),
    ("narrative with a bell",
     edit(border_violation, lambda r: r.update(narrative="ran\x07away")), "narrative",
     "validation.control_char"),
    ("narrative with U+2028",
     edit(border_violation, lambda r: r.update(narrative="ran\u2028away")), "narrative",
     "validation.control_char"),
    ("narrative too long",
     edit(border_violation, lambda r: r.update(narrative="x" * (NARRATIVE_CAP + 1))),
     "narrative", "validation.too_long"),
    ("narrative not text", edit(border_violation, lambda r: r.update(narrative=["a"])),
     "narrative", "validation.wrong_type"),
    ("no person", edit(border_violation, lambda r: r.update(persons=[])), "persons",
     "validation.no_person"),
    ("persons missing", edit(forged_document, lambda r: r.pop("persons")), "persons",
     "validation.no_person"),
    ("persons not a list", edit(border_violation, lambda r: r.update(persons={"role": "x"})),
     "persons", "validation.wrong_type"),
    ("person null", edit(border_violation, lambda r: r.update(persons=[None])), "persons[0]",
     "validation.required"),
    ("person not an object", edit(border_violation, lambda r: r.update(persons=["Ivanov"])),
     "persons[0]", "validation.wrong_type"),
    ("too many persons", edit(border_violation,
                              lambda r: r.update(persons=r["persons"] * (LIST_CAP + 1))),
     "persons", "validation.too_many"),
    ("role missing", edit(border_violation, lambda r: person(r).pop("role")), "persons[0].role",
     "validation.required"),
    ("unknown role", edit(border_violation, lambda r: person(r).update(role="smuggler")),
     "persons[0].role", "validation.unknown_code"),
    ("unknown sex", edit(border_violation, lambda r: person(r).update(sex="male")),
     "persons[0].sex", "validation.unknown_code"),
    ("no name", edit(border_violation, lambda r: person(r).update(surname=" ", patronymic="X")),
     "persons[0]", "validation.no_name"),
    ("newline in a name", edit(border_violation, lambda r: person(r).update(surname="A\nB")),
     "persons[0].surname", "validation.control_char"),
    ("tab in a name", edit(border_violation, lambda r: person(r).update(given_names="A\tB")),
     "persons[0].given_names", "validation.control_char"),
    ("name too long",
     edit(border_violation, lambda r: person(r).update(patronymic="Ж" * (NAME_CAP + 1))),
     "persons[0].patronymic", "validation.too_long"),
    ("latin name not text", edit(border_violation, lambda r: person(r).update(latin_name=1)),
     "persons[0].latin_name", "validation.wrong_type"),
    ("citizenship missing", edit(border_violation, lambda r: person(r).pop("citizenship")),
     "persons[0].citizenship", "validation.required"),
    ("citizenship empty", edit(border_violation, lambda r: person(r).update(citizenship=[])),
     "persons[0].citizenship", "validation.required"),
    ("citizenship a string", edit(border_violation,
                                  lambda r: person(r).update(citizenship="KAZ")),
     "persons[0].citizenship", "validation.wrong_type"),
    ("citizenship alpha-2",
     edit(border_violation, lambda r: person(r).update(citizenship=["KAZ", "LT"])),
     "persons[0].citizenship[1]", "validation.not_alpha3"),
    ("citizenship unknown",
     edit(border_violation, lambda r: person(r).update(citizenship=["KAZ", "LTU", "ZZZ"])),
     "persons[0].citizenship[2]", "validation.unknown_country"),
    ("citizenship null entry",
     edit(border_violation, lambda r: person(r).update(citizenship=[None])),
     "persons[0].citizenship[0]", "validation.required"),
    ("citizenship twice",
     edit(border_violation, lambda r: person(r).update(citizenship=["KAZ", "kaz"])),
     "persons[0].citizenship[1]", "validation.duplicate"),
    ("birth date garbage", edit(border_violation, lambda r: person(r).update(birth_date="1/2/88")),
     "persons[0].birth_date", "validation.bad_date"),
    ("birth date 30 Feb",
     edit(border_violation, lambda r: person(r).update(birth_date="1988-02-30")),
     "persons[0].birth_date", "validation.bad_date"),
    ("birth month 13", edit(border_violation, lambda r: person(r).update(birth_date="1988-13")),
     "persons[0].birth_date", "validation.bad_date"),
    ("birth next year", edit(border_violation, lambda r: person(r).update(birth_date="2027")),
     "persons[0].birth_date", "validation.future_date"),
    ("birth next month",
     edit(border_violation, lambda r: person(r).update(birth_date="2026-12")),
     "persons[0].birth_date", "validation.future_date"),
    ("birth tomorrow",
     edit(border_violation, lambda r: person(r).update(birth_date="2026-11-22")),
     "persons[0].birth_date", "validation.future_date"),
    ("birth 1899", edit(border_violation, lambda r: person(r).update(birth_date="1899-12-31")),
     "persons[0].birth_date", "validation.date_too_early"),
    ("birth date a number", edit(border_violation, lambda r: person(r).update(birth_date=1988)),
     "persons[0].birth_date", "validation.wrong_type"),
    ("birth place with a newline",
     edit(border_violation, lambda r: person(r).update(birth_place="Almaty\nKZ")),
     "persons[0].birth_place", "validation.control_char"),
    ("documents not a list",
     edit(border_violation, lambda r: person(r).update(documents={"type": "passport"})),
     "persons[0].documents", "validation.wrong_type"),
    ("document type missing",
     edit(border_violation, lambda r: person(r).update(documents=[{"number": "1"}])),
     "persons[0].documents[0].type", "validation.required"),
    ("document type unknown",
     edit(border_violation, lambda r: person(r).update(documents=[{"type": "ticket"}])),
     "persons[0].documents[0].type", "validation.unknown_code"),
    ("document number too long",
     edit(border_violation, lambda r: person(r).update(
         documents=[{"type": "passport", "number": "1" * (DOCUMENT_NUMBER_CAP + 1)}])),
     "persons[0].documents[0].number", "validation.too_long"),
    ("issuing state unknown",
     edit(border_violation, lambda r: person(r).update(
         documents=[{"type": "passport", "issuing_state": "UTO"}])),
     "persons[0].documents[0].issuing_state", "validation.unknown_country"),
    ("issued in the future",
     edit(border_violation, lambda r: person(r).update(
         documents=[{"type": "passport", "issued_on": "2026-11-22"}])),
     "persons[0].documents[0].issued_on", "validation.future_date"),
    ("issued on a partial date",
     edit(border_violation, lambda r: person(r).update(
         documents=[{"type": "passport", "issued_on": "2020-05"}])),
     "persons[0].documents[0].issued_on", "validation.bad_date"),
    ("expires before issued",
     edit(border_violation, lambda r: person(r).update(
         documents=[{"type": "passport", "issued_on": "2020-05-01",
                     "expires_on": "2020-04-30"}])),
     "persons[0].documents[0].expires_on", "validation.expires_before_issued"),
    ("expiry not a date",
     edit(border_violation, lambda r: person(r).update(
         documents=[{"type": "passport", "expires_on": "2031-02-29"}])),
     "persons[0].documents[0].expires_on", "validation.bad_date"),
    ("handling not an object", edit(border_violation, lambda r: r.update(handling=True)),
     "handling", "validation.wrong_type"),
    ("confidential not a bool",
     edit(border_violation, lambda r: r.update(handling={"confidential": "yes"})),
     "handling.confidential", "validation.wrong_type"),
    ("legal hold as 1",
     edit(border_violation, lambda r: r.update(handling={"legal_hold": 1})),
     "handling.legal_hold", "validation.wrong_type"),
    ("third party unknown",
     edit(border_violation, lambda r: r.update(handling={"third_party": "never"})),
     "handling.third_party", "validation.unknown_code"),
    ("handling note with a bell",
     edit(border_violation, lambda r: r.update(handling={"note": "\x1b[31m"})),
     "handling.note", "validation.control_char"),
    ("link not a UUID", edit(border_violation, lambda r: r.update(links=[UUID, "record-7"])),
     "links[1]", "validation.not_uuid"),
    ("link without hyphens",
     edit(border_violation, lambda r: r.update(links=[UUID.replace("-", "")])),
     "links[0]", "validation.not_uuid"),
    ("link twice", edit(border_violation, lambda r: r.update(links=[UUID, UUID.upper()])),
     "links[1]", "validation.duplicate"),
    ("link a number", edit(border_violation, lambda r: r.update(links=[7])), "links[0]",
     "validation.wrong_type"),
    ("attachment with a folder",
     edit(border_violation, lambda r: r.update(attachments=[
         {"name": "../etc/passwd", "media_type": "text/plain", "sha256": SHA, "size": 1}])),
     "attachments[0].name", "validation.not_file_name"),
    ("attachment with a backslash",
     edit(border_violation, lambda r: r.update(attachments=[
         {"name": "C:\\x.jpg", "media_type": "image/jpeg", "sha256": SHA, "size": 1}])),
     "attachments[0].name", "validation.not_file_name"),
    ("attachment without name",
     edit(border_violation, lambda r: r.update(attachments=[
         {"media_type": "image/jpeg", "sha256": SHA, "size": 1}])),
     "attachments[0].name", "validation.required"),
    ("attachment bad sha",
     edit(border_violation, lambda r: r.update(attachments=[
         {"name": "a.jpg", "media_type": "image/jpeg", "sha256": "ab" * 31, "size": 1}])),
     "attachments[0].sha256", "validation.not_sha256"),
    ("attachment bad media type",
     edit(border_violation, lambda r: r.update(attachments=[
         {"name": "a.jpg", "media_type": "jpeg", "sha256": SHA, "size": 1}])),
     "attachments[0].media_type", "validation.bad_media_type"),
    ("attachment negative size",
     edit(border_violation, lambda r: r.update(attachments=[
         {"name": "a.jpg", "media_type": "image/jpeg", "sha256": SHA, "size": -1}])),
     "attachments[0].size", "validation.out_of_range"),
    ("attachment size a float",
     edit(border_violation, lambda r: r.update(attachments=[
         {"name": "a.jpg", "media_type": "image/jpeg", "sha256": SHA, "size": 1.5}])),
     "attachments[0].size", "validation.wrong_type"),
    # border_violation
    ("unknown direction", edit(border_violation, lambda r: r.update(direction="in")), "direction",
     "validation.unknown_code"),
    ("unknown section", edit(border_violation, lambda r: r.update(section="red")), "section",
     "validation.unknown_code"),
    ("unknown method", edit(border_violation, lambda r: r.update(method="flying")), "method",
     "validation.unknown_code"),
    ("document detector on a border violation",
     edit(border_violation, lambda r: r.update(detected_by="uv")), "detected_by",
     "validation.unknown_code"),
    ("unknown outcome", edit(border_violation, lambda r: r.update(outcome="fined")), "outcome",
     "validation.unknown_code"),
    ("case number too long",
     edit(border_violation, lambda r: r.update(case_number="9" * (OTHER_TEXT_CAP + 1))),
     "case_number", "validation.too_long"),
    # contraband_detention
    ("item without quantity", edit(records_md_example, lambda r: r["items"][0].pop("quantity")),
     "items[0].quantity", "validation.required"),
    ("item quantity zero", edit(records_md_example, lambda r: r["items"][0].update(quantity=0)),
     "items[0].quantity", "validation.not_positive"),
    ("item quantity a bool",
     edit(records_md_example, lambda r: r["items"][0].update(quantity=True)),
     "items[0].quantity", "validation.wrong_type"),
    ("item quantity infinite",
     edit(records_md_example, lambda r: r["items"][0].update(quantity=float("inf"))),
     "items[0].quantity", "validation.not_finite"),
    ("item unit unknown", edit(records_md_example, lambda r: r["items"][0].update(unit="lbs")),
     "items[0].unit", "validation.unknown_code"),
    ("item unit missing", edit(records_md_example, lambda r: r["items"][0].update(unit=None)),
     "items[0].unit", "validation.required"),
    ("item category missing",
     edit(records_md_example, lambda r: r["items"][0].pop("category")),
     "items[0].category", "validation.required"),
    ("item category unknown",
     edit(records_md_example, lambda r: r["items"][0].update(category="cigarettes")),
     "items[0].category", "validation.unknown_code"),
    ("drug item without substance",
     edit(records_md_example, lambda r: r["items"][0].update(substance="  ")),
     "items[0].substance", "validation.required"),
    ("precursor without substance",
     edit(records_md_example, lambda r: r["items"][0].update(category="precursor",
                                                            substance=None)),
     "items[0].substance", "validation.required"),
    ("unknown concealment",
     edit(records_md_example, lambda r: r["concealment"].update(method="in_a_cake")),
     "concealment.method", "validation.unknown_code"),
    ("unknown detection", edit(records_md_example, lambda r: r.update(detection="luck")),
     "detection", "validation.unknown_code"),
    ("unknown conveyance mode",
     edit(records_md_example, lambda r: r["conveyance"].update(mode="horse")),
     "conveyance.mode", "validation.unknown_code"),
    ("conveyance country lower-case garbage",
     edit(records_md_example, lambda r: r["conveyance"].update(country="lt")),
     "conveyance.country", "validation.not_alpha3"),
    ("leg without country",
     edit(records_md_example, lambda r: r["route"][1].update(country="")),
     "route[1].country", "validation.required"),
    ("leg country unknown",
     edit(records_md_example, lambda r: r["route"][2].update(country="QQQ")),
     "route[2].country", "validation.unknown_country"),
    ("leg date not ISO",
     edit(records_md_example, lambda r: r["route"][0].update(date="20.11.2026")),
     "route[0].date", "validation.bad_date"),
    ("leg mode unknown",
     edit(records_md_example, lambda r: r["route"][0].update(mode="camel")),
     "route[0].mode", "validation.unknown_code"),
    ("too many items",
     edit(records_md_example, lambda r: r.update(items=r["items"] * (LIST_CAP + 1))),
     "items", "validation.too_many"),
    ("too many legs",
     edit(records_md_example, lambda r: r.update(route=r["route"][:1] * (LIST_CAP + 1))),
     "route", "validation.too_many"),
    ("too many documents",
     edit(records_md_example, lambda r: person(r).update(
         documents=person(r)["documents"] * (LIST_CAP + 1))),
     "persons[0].documents", "validation.too_many"),
    # forged_document
    ("forged document missing", edit(forged_document, lambda r: r.pop("document")), "document",
     "validation.required"),
    ("forged document type missing",
     edit(forged_document, lambda r: r["document"].pop("type")), "document.type",
     "validation.required"),
    ("unknown act", edit(forged_document, lambda r: r.update(act="sale")), "act",
     "validation.unknown_code"),
    ("unknown forgery", edit(forged_document, lambda r: r.update(forgery="bad")), "forgery",
     "validation.unknown_code"),
    ("border detector on a forged document",
     edit(forged_document, lambda r: r.update(detected_by="patrol")), "detected_by",
     "validation.unknown_code"),
    # drug_intel
    ("no topic", edit(drug_intel, lambda r: r.update(topics=[])), "topics", "validation.no_topic"),
    ("topic unknown", edit(drug_intel, lambda r: r.update(topics=["route", "gossip"])),
     "topics[1]", "validation.unknown_code"),
    ("topic twice", edit(drug_intel, lambda r: r.update(topics=["route", "route"])),
     "topics[1]", "validation.duplicate"),
    ("intel substance empty",
     edit(drug_intel, lambda r: r["substances"][0].update(substance="")),
     "substances[0].substance", "validation.required"),
    ("intel form unknown", edit(drug_intel, lambda r: r["substances"][0].update(form="gas")),
     "substances[0].form", "validation.unknown_code"),
    ("intel quantity without unit",
     edit(drug_intel, lambda r: r["substances"][0].pop("unit")),
     "substances[0].unit", "validation.required"),
    ("intel quantity negative",
     edit(drug_intel, lambda r: r["substances"][0].update(quantity=-2)),
     "substances[0].quantity", "validation.not_positive"),
    ("purity zero", edit(drug_intel, lambda r: r["substances"][0].update(purity_percent=0)),
     "substances[0].purity_percent", "validation.out_of_range"),
    ("purity over 100",
     edit(drug_intel, lambda r: r["substances"][0].update(purity_percent=100.01)),
     "substances[0].purity_percent", "validation.out_of_range"),
    ("channel with a NUL", edit(drug_intel, lambda r: r.update(channel="a\x00b")), "channel",
     "validation.control_char"),
    ("equipment too long",
     edit(drug_intel, lambda r: r.update(equipment="e" * (NARRATIVE_CAP + 1))), "equipment",
     "validation.too_long"),
    ("evaluation source unknown",
     edit(drug_intel, lambda r: r["evaluation"].update(source="E")), "evaluation.source",
     "validation.unknown_code"),
    ("evaluation information a number",
     edit(drug_intel, lambda r: r["evaluation"].update(information=2)),
     "evaluation.information", "validation.wrong_type"),
    # --- the character, date and number rules (docs/record-format.md) ---
    ("surname of zero-width spaces",
     edit(border_violation, lambda r: person(r).update(surname="\u200b\u200b")),
     "persons[0].surname", "validation.invisible_char"),
    ("surname of a Hangul filler",
     edit(border_violation, lambda r: person(r).update(surname="\u3164")),
     "persons[0].surname", "validation.invisible_char"),
    ("surname of a soft hyphen inside",
     edit(border_violation, lambda r: person(r).update(surname="Сүлей\u00admenov")),
     "persons[0].surname", "validation.invisible_char"),
    ("surname of combining marks only",
     edit(border_violation, lambda r: person(r).update(surname="\u0301\u0301")),
     "persons[0].surname", "validation.no_visible_char"),
    ("surname with a right-to-left override",
     edit(border_violation, lambda r: person(r).update(surname="\u202eвонемйелүС")),
     "persons[0].surname", "validation.bidi_control"),
    ("narrative with a right-to-left isolate",
     edit(border_violation, lambda r: r.update(narrative="paid \u2067100\u2069 USD")),
     "narrative", "validation.bidi_control"),
    ("document number with a left-to-right mark",
     edit(forged_document, lambda r: r["document"].update(number="AB\u200e123")),
     "document.number", "validation.bidi_control"),
    ("narrative with a word joiner",
     edit(border_violation, lambda r: r.update(narrative="ran\u2060away")), "narrative",
     "validation.invisible_char"),
    ("document issued in 1899",
     edit(forged_document, lambda r: r["document"].update(issued_on="1899-12-31")),
     "document.issued_on", "validation.date_too_early"),
    ("document expiring in 1899",
     edit(forged_document, lambda r: r["document"].update(expires_on="1899-12-31")),
     "document.expires_on", "validation.date_too_early"),
    ("document expiring in 2077",
     edit(forged_document, lambda r: r["document"].update(expires_on="2077-01-01")),
     "document.expires_on", "validation.date_too_late"),
    ("route leg in 1850",
     edit(drug_intel, lambda r: r["route"][0].update(date="1850-06-01")),
     "route[0].date", "validation.date_too_early"),
    ("occurred_at in year 1 east of Greenwich",  # could not even be turned into UTC
     edit(border_violation, lambda r: r.update(occurred_at="0001-01-01T00:00:00+05:00")),
     "occurred_at", "validation.date_too_early"),
    ("occurred_at in year 9999 west of Greenwich",
     edit(border_violation, lambda r: r.update(occurred_at="9999-12-31T23:00:00-05:00")),
     "occurred_at", "validation.future_date"),
    ("intel quantity of 400 digits",
     edit(drug_intel, lambda r: r["substances"][0].update(quantity=10**400)),
     "substances[0].quantity", "validation.number_too_large"),
    ("intel quantity just over 2**53",
     edit(drug_intel, lambda r: r["substances"][0].update(quantity=2**53 + 1)),
     "substances[0].quantity", "validation.number_too_large"),
    ("item quantity of 400 digits",
     edit(records_md_example, lambda r: r["items"][0].update(quantity=10**400)),
     "items[0].quantity", "validation.number_too_large"),
    ("attachment size over 2**53",
     edit(border_violation, lambda r: r.update(attachments=[
         {"name": "a.jpg", "media_type": "image/jpeg", "sha256": SHA, "size": 2**53 + 1}])),
     "attachments[0].size", "validation.out_of_range"),
    ("intel quantity a huge float",
     edit(drug_intel, lambda r: r["substances"][0].update(quantity=1e300)),
     "substances[0].quantity", "validation.number_too_large"),
]


@pytest.mark.parametrize(("record", "path", "msgid"),
                         [case[1:] for case in REFUSALS], ids=[case[0] for case in REFUSALS])
def test_refusal(record: Record, path: str, msgid: str, ref: ReferenceData) -> None:
    assert (path, msgid) in refused(copy.deepcopy(record), ref)


def test_every_message_is_exercised() -> None:
    exercised = {case[3] for case in REFUSALS} | {"validation.not_a_record"}
    assert exercised == set(FIELD_MESSAGES)  # the MRZ's own are tested in test_mrz.py


def test_the_catalog_has_every_validation_message() -> None:
    assert set(FIELD_MESSAGES) | set(MRZ_MESSAGES) == set(MESSAGES)
    assert all(msgid.startswith("validation.") for msgid in MESSAGES)


def test_the_bases_are_valid(ref: ReferenceData) -> None:
    for base in (border_violation, forged_document, drug_intel, records_md_example):
        validate_record(base(), ref, now=NOW)


def test_not_a_mapping(ref: ReferenceData) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_record(["kind"], ref, now=NOW)  # type: ignore[arg-type]
    assert [(i.path, i.msgid) for i in caught.value.issues] == [("", "validation.not_a_record")]


def test_all_issues_are_collected(ref: ReferenceData) -> None:
    record = records_md_example()
    record["id"] = UUID
    person(record)["citizenship"] = ["LT", "ZZZ", 3]
    record["items"][0]["quantity"] = -1
    record["place"]["lat"] = 91
    with pytest.raises(ValidationError) as caught:
        validate_record(record, ref, now=NOW)
    assert [(i.path, i.msgid) for i in caught.value.issues] == [
        ("id", "validation.read_only"),
        ("place.lat", "validation.out_of_range"),
        ("place", "validation.lat_lon_pair"),
        ("persons[0].citizenship[0]", "validation.not_alpha3"),
        ("persons[0].citizenship[1]", "validation.unknown_country"),
        ("persons[0].citizenship[2]", "validation.wrong_type"),
        ("items[0].quantity", "validation.not_positive"),
    ]
    assert str(caught.value) == ("id: is set by the vault and cannot be given when adding a "
                                 "record (and 6 more)")


def test_messages_never_quote_the_value(ref: ReferenceData) -> None:
    record = border_violation()
    person(record).update(surname="Жукаускас\x00", citizenship=["Жукаускас"],
                          birth_date="Жукаускас")
    with pytest.raises(ValidationError) as caught:
        validate_record(record, ref, now=NOW)
    assert len(caught.value.issues) == 3
    assert all("Жукаускас" not in i.text() for i in caught.value.issues)


# --- the records.md example and normalisation ---------------------------------------------------
def test_records_md_example_validates_to_its_normal_form(ref: ReferenceData) -> None:
    result = validate_record(records_md_example(), ref, now=NOW)
    expected = records_md_example()
    expected["persons"][0].update(latin_name="", birth_place="", mrz="")
    expected["items"][0]["serial_number"] = ""  # null free text is ""
    expected["handling"]["legal_hold"] = False
    assert result == expected
    assert list(result) == list(record_fields("contraband_detention"))


def test_records_md_example_validates_against_shipped_reference_data() -> None:
    from shekara.domain import reference
    from shekara.paths import resources_dir

    folder = resources_dir() / "reference"
    if not all((folder / f"{name}.json").exists() for name in reference.FILES):
        pytest.skip("resources/reference/ not complete yet")
    validate_record(records_md_example(), reference.load_default(), now=NOW)


def test_missing_fields_get_their_defaults(ref: ReferenceData) -> None:
    result = validate_record(border_violation(), ref, now=NOW)
    assert result == {
        "kind": "border_violation",
        "occurred_at": "2026-11-19",
        "place": {"checkpoint": None, "description": "", "lat": None, "lon": None},
        "narrative": "",
        "persons": [{"role": "violator", "surname": "Сүлейменов", "given_names": "",
                     "patronymic": "", "latin_name": "", "birth_date": None, "sex": "unknown",
                     "citizenship": ["KAZ"], "birth_place": "", "documents": [], "mrz": ""}],
        "direction": None, "section": None, "method": None, "detected_by": None,
        "outcome": None, "case_number": "",
        "handling": {"confidential": True, "third_party": "consent_required",
                     "legal_hold": False, "note": ""},
        "links": [],
        "attachments": [],
    }


def test_drug_intel_defaults(ref: ReferenceData) -> None:
    result = validate_record({"kind": "drug_intel", "occurred_at": "2026-01-01",
                              "topics": ["diversion"]}, ref, now=NOW)
    assert result["persons"] == [] and result["substances"] == [] and result["route"] == []
    assert result["concealment"] == {"method": None, "description": ""}
    assert result["evaluation"] == {"source": None, "information": None}
    assert result["channel"] == result["equipment"] == ""
    assert list(result) == list(record_fields("drug_intel"))


def test_text_is_nfc_normalised_and_stripped(ref: ReferenceData) -> None:
    record = border_violation()
    person(record).update(surname="  Z\u030cukauskas\u00a0", given_names="\tTomas ")
    record["narrative"] = "\n  line one\r\nline two\rline three\t \n"
    result = validate_record(record, ref, now=NOW)
    assert person(result)["surname"] == "Žukauskas"
    assert len(person(result)["surname"]) == 9
    assert person(result)["given_names"] == "Tomas"
    assert result["narrative"] == "line one\nline two\nline three"


def test_prose_keeps_newlines_and_tabs(ref: ReferenceData) -> None:
    record = drug_intel()
    record.update(channel="couriers:\n\t- by bus", equipment="press\tmixer")
    record["substances"][0]["properties"] = "white\npowder"
    result = validate_record(record, ref, now=NOW)
    assert result["channel"] == "couriers:\n\t- by bus"
    assert result["equipment"] == "press\tmixer"
    assert result["substances"][0]["properties"] == "white\npowder"


def test_codes_and_identifiers_are_normalised(ref: ReferenceData) -> None:
    record = records_md_example()
    person(record)["citizenship"] = [" ltu", "Kaz"]
    record["items"][0]["substance"] = "Heroin"
    record["items"][0]["quantity"] = 2.0
    record["links"] = [UUID.upper()]
    record["attachments"] = [{"name": " photo 1.jpg", "media_type": "Image/JPEG",
                              "sha256": SHA.upper(), "size": 0}]
    record["occurred_at"] = "2026-11-20T09:30Z"
    result = validate_record(record, ref, now=NOW)
    assert person(result)["citizenship"] == ["LTU", "KAZ"]
    assert result["items"][0]["substance"] == "heroin"
    assert result["items"][0]["quantity"] == 2 and isinstance(result["items"][0]["quantity"], int)
    assert result["links"] == [UUID]
    assert result["attachments"] == [{"name": "photo 1.jpg", "media_type": "image/jpeg",
                                      "sha256": SHA, "size": 0}]
    assert result["occurred_at"] == "2026-11-20T09:30:00+00:00"


def test_new_substance_is_kept_as_typed(ref: ReferenceData) -> None:
    record = records_md_example()
    record["items"][0]["substance"] = "α-PVP «flakka»"
    assert validate_record(record, ref, now=NOW)["items"][0]["substance"] == "α-PVP «flakka»"


def test_weapons_need_no_substance(ref: ReferenceData) -> None:
    record = records_md_example()
    record["items"] = [{"category": "firearm", "quantity": 1, "unit": "pcs",
                        "serial_number": "AK-1234"}]
    assert validate_record(record, ref, now=NOW)["items"][0]["substance"] == ""


def test_known_checkpoint_and_coordinates(ref: ReferenceData) -> None:
    record = border_violation()
    record["place"] = {"checkpoint": "KZ-KORDAI", "lat": -90, "lon": 180.0}
    assert validate_record(record, ref, now=NOW)["place"] == {
        "checkpoint": "KZ-KORDAI", "description": "", "lat": -90, "lon": 180}


def test_stateless_and_unknown_citizenship_are_countries(ref: ReferenceData) -> None:
    record = border_violation()
    person(record)["citizenship"] = ["XXA", "XXX"]
    assert person(validate_record(record, ref, now=NOW))["citizenship"] == ["XXA", "XXX"]


def test_latin_name_alone_is_a_name(ref: ReferenceData) -> None:
    record = border_violation()
    person(record).update(surname="", latin_name="SULEIMENOV")
    validate_record(record, ref, now=NOW)


def test_partial_birth_dates(ref: ReferenceData) -> None:
    for value in ("1988", "1988-04", "1988-04-02", "2026", "2026-11", "2026-11-21", "1900"):
        record = border_violation()
        person(record)["birth_date"] = value
        assert person(validate_record(record, ref, now=NOW))["birth_date"] == value


def test_documents_may_expire_in_the_future(ref: ReferenceData) -> None:
    record = border_violation()
    person(record)["documents"] = [{"type": "id_card", "issued_on": "2026-11-21",
                                    "expires_on": "2036-11-20"}]
    validate_record(record, ref, now=NOW)


def test_today_and_within_clock_skew_are_not_future(ref: ReferenceData) -> None:
    for value in ("2026-11-21", "2026-11-21T12:04:00+05:00", "2026-11-21T07:00:00Z"):
        record = border_violation()
        record["occurred_at"] = value
        validate_record(record, ref, now=NOW)


def test_date_only_is_judged_in_nows_time_zone(ref: ReferenceData) -> None:
    record = border_violation()
    record["occurred_at"] = "2026-11-21"
    # 01:00 in Almaty is still 20 November in UTC: the officer's today must be accepted.
    almaty_night = datetime(2026, 11, 21, 1, 0, tzinfo=NOW.tzinfo)
    validate_record(record, ref, now=almaty_night)
    with pytest.raises(ValidationError):
        validate_record(record, ref, now=almaty_night - timedelta(hours=2))


def test_now_must_be_aware(ref: ReferenceData) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        validate_record(border_violation(), ref, now=datetime(2026, 11, 21, 12, 0))


def test_caps_are_inclusive(ref: ReferenceData) -> None:
    record = border_violation()
    record["narrative"] = "n" * NARRATIVE_CAP
    record["case_number"] = "c" * OTHER_TEXT_CAP
    person(record).update(surname="Ж" * NAME_CAP, documents=[
        {"type": "passport", "number": "9" * DOCUMENT_NUMBER_CAP}])
    record["persons"] = record["persons"] * LIST_CAP
    result = validate_record(record, ref, now=NOW)
    assert len(result["persons"]) == LIST_CAP


def test_read_only_fields_are_dropped_when_amending(ref: ReferenceData) -> None:
    shown = validate_record(border_violation(), ref, now=NOW)
    shown.update({name: "whatever" for name in READ_ONLY_FIELDS})
    assert validate_record(shown, ref, now=NOW, on_add=False) == validate_record(
        border_violation(), ref, now=NOW)
    issues = refused(shown, ref)
    assert [p for p, m in issues if m == "validation.read_only"] == list(READ_ONLY_FIELDS)


def test_unknown_fields_are_refused_when_amending_too(ref: ReferenceData) -> None:
    record = border_violation()
    record["colour"] = "red"
    assert refused(record, ref, on_add=False) == [("colour", "validation.unknown_field")]


def test_validation_is_idempotent(ref: ReferenceData) -> None:
    for base in (border_violation, forged_document, drug_intel, records_md_example):
        once = validate_record(base(), ref, now=NOW)
        assert validate_record(copy.deepcopy(once), ref, now=NOW) == once


def test_input_is_not_modified(ref: ReferenceData) -> None:
    record = records_md_example()
    person(record)["surname"] = " Žukauskas "
    before = copy.deepcopy(record)
    validate_record(record, ref, now=NOW)
    assert record == before


# --- MRZ ----------------------------------------------------------------------------------------
# ICAO Doc 9303 part 4 specimen passport (Utopia, "UTO"); UTO is added to the fixture's countries.
SPECIMEN_MRZ = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                "L898902C36UTO7408122F1204159ZE184226B<<<<<10")


@pytest.fixture
def ref_with_utopia(ref: ReferenceData) -> ReferenceData:
    sources = dict(ref.sources)
    sources["countries"] = {**sources["countries"],
                            "UTO": {"alpha2": "", "names": {"en": "Utopia"}}}
    return ReferenceData(sources)


def test_mrz_fills_the_person(ref_with_utopia: ReferenceData) -> None:
    record = border_violation()
    record["persons"] = [{"role": "holder", "mrz": SPECIMEN_MRZ}]
    filled = person(validate_record(record, ref_with_utopia, now=NOW))
    assert filled["surname"] == "ERIKSSON"
    assert filled["birth_date"] == "1974-08-12"
    assert filled["sex"] == "F"
    assert filled["citizenship"] == ["UTO"]
    assert filled["documents"][0]["number"] == "L898902C3"
    assert filled["mrz"] == SPECIMEN_MRZ


def test_mrz_issues_are_prefixed_with_the_person(ref_with_utopia: ReferenceData) -> None:
    record = border_violation()
    bad_check = SPECIMEN_MRZ[:-1] + "9"
    record["persons"] = [person(record), {"role": "holder", "mrz": bad_check}]
    issues = refused(record, ref_with_utopia)
    # The refused MRZ fills nothing, so the person also lacks a citizenship.
    assert [p for p, _ in issues] == ["persons[1].mrz", "persons[1].citizenship"]
    assert issues[0][1].startswith("validation.mrz_")


def test_mrz_conflict_names_the_field(ref_with_utopia: ReferenceData) -> None:
    record = border_violation()
    record["persons"] = [{"role": "holder", "mrz": SPECIMEN_MRZ, "sex": "M"}]
    assert ("persons[0].sex", "validation.mrz_conflict") in refused(record, ref_with_utopia)
