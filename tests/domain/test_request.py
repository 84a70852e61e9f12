"""Art. 8 requests and Art. 9 refusals: the normalised form and every refusal path."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from shekara.domain.reference import ReferenceData
from shekara.domain.request import (
    REFUSAL_FIELDS,
    REQUEST_FIELDS,
    refusal_content_hash,
    request_content_hash,
    validate_refusal,
    validate_request,
)
from shekara.errors import ValidationError
from tests.domain.conftest import NOW

RECORD_ID = "5f0c6a8e-2b1d-4c3e-9a7f-0123456789ab"


def request_input(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "to_authority": "LT-VSAT", "from_authority": "KZ-BS", "reference": " 18-2/417 ",
        "dated_on": "2026-11-21", "subject": "Контрабанда героина\r\nчерез Нур Жолы",
        "persons": [{"record_id": RECORD_ID.upper()}, {"description": "водитель, около 40 лет"},
                    {"record_id": "9b1d2c3e-4f50-4a6b-8c7d-0e1f2a3b4c5d",
                     "description": "Жукаускас"}],
        "facts": "20.11.2026 задержан курьер.", "objects_and_documents": "",
        "reasons": "Установить канал.", "procedure": "Проверить по учётам.",
        "deadline": "2026-12-31",
        "attachments_list": [{"title": "Копия протокола", "pages": 3}],
        "urgent": True, "signed_by": {"name": "А. Сүлейменов", "position": "Начальник"},
    }
    data.update(changes)
    return data


def issues(data: Any, ref: ReferenceData, party: str = "KZ") -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        validate_request(data, ref, party, NOW)
    return [(issue.path, issue.msgid) for issue in caught.value.issues]


def test_a_full_request_is_normalised(ref: ReferenceData) -> None:
    request = validate_request(request_input(), ref, "KZ", NOW)
    assert tuple(request) == REQUEST_FIELDS
    assert request["reference"] == "18-2/417"
    assert request["subject"] == "Контрабанда героина\nчерез Нур Жолы"
    assert request["persons"][0] == {"record_id": RECORD_ID, "description": ""}
    assert request["persons"][1] == {"record_id": None, "description": "водитель, около 40 лет"}
    assert request["urgent"] is True
    assert request["attachments_list"] == [{"title": "Копия протокола", "pages": 3}]


def test_minimal_request_gets_its_defaults(ref: ReferenceData) -> None:
    data = request_input()
    for optional in ("reference", "dated_on", "persons", "objects_and_documents", "deadline",
                     "attachments_list", "urgent"):
        del data[optional]
    request = validate_request(data, ref, "KZ", NOW)
    assert request["dated_on"] == "2026-11-21"  # today where the officer is
    assert request["persons"] == [] and request["attachments_list"] == []
    assert request["deadline"] is None and request["urgent"] is False


def test_an_lt_post_writes_to_a_kz_authority(ref: ReferenceData) -> None:
    request = validate_request(request_input(to_authority="KZ-BS", from_authority="LT-VSAT"),
                               ref, "LT", NOW)
    assert request["to_authority"] == "KZ-BS"


def test_not_an_object(ref: ReferenceData) -> None:
    assert issues(["x"], ref) == [("", "request.not_an_object")]


@pytest.mark.parametrize("field", ["to_authority", "from_authority", "subject", "facts",
                                   "reasons", "procedure", "signed_by"])
def test_required_fields(ref: ReferenceData, field: str) -> None:
    data = request_input()
    del data[field]
    assert (field, "request.required") in issues(data, ref)
    assert (field, "request.required") in issues(request_input(**{field: None}), ref)


@pytest.mark.parametrize("field", ["subject", "facts", "reasons", "procedure"])
def test_blank_prose_is_missing_prose(ref: ReferenceData, field: str) -> None:
    assert issues(request_input(**{field: "  \n "}), ref) == [(field, "request.required")]


def test_authorities_must_exist_and_belong_to_the_right_party(ref: ReferenceData) -> None:
    assert issues(request_input(to_authority="LT-NOPE"), ref) == [
        ("to_authority", "request.unknown_authority")]
    # Written to one's own Party, or from the other Party's authority: both refused.
    assert issues(request_input(to_authority="KZ-BS"), ref) == [
        ("to_authority", "request.wrong_party")]
    assert issues(request_input(from_authority="LT-VSAT"), ref) == [
        ("from_authority", "request.wrong_party")]
    assert issues(request_input(), ref, party="LT") == [
        ("to_authority", "request.wrong_party"), ("from_authority", "request.wrong_party")]


def test_unknown_and_read_only_fields(ref: ReferenceData) -> None:
    found = issues(request_input(colour="red", id=RECORD_ID, version=1), ref)
    assert ("colour", "request.unknown_field") in found
    assert ("id", "request.read_only") in found and ("version", "request.read_only") in found


def test_dates(ref: ReferenceData) -> None:
    assert issues(request_input(dated_on="2026-02-30"), ref) == [("dated_on", "request.bad_date")]
    assert issues(request_input(dated_on="21.11.2026"), ref) == [("dated_on", "request.bad_date")]
    assert issues(request_input(dated_on=20261121), ref) == [("dated_on", "request.wrong_type")]
    assert issues(request_input(dated_on="2026-11-22"), ref) == [
        ("dated_on", "request.future_date")]
    assert issues(request_input(deadline="2026-11-20"), ref) == [
        ("deadline", "request.deadline_before_request")]
    assert issues(request_input(dated_on="2026-11-01", deadline="2026-10-31"), ref) == [
        ("deadline", "request.deadline_before_request")]
    assert issues(request_input(deadline="soon"), ref) == [("deadline", "request.bad_date")]


def test_persons(ref: ReferenceData) -> None:
    assert issues(request_input(persons=[{}]), ref) == [("persons[0]", "request.empty_person")]
    assert issues(request_input(persons=[{"record_id": "nope"}]), ref) == [
        ("persons[0].record_id", "request.not_uuid")]
    assert issues(request_input(persons=[{"record_id": RECORD_ID}, {"record_id": RECORD_ID}]),
                  ref) == [("persons[1].record_id", "request.duplicate")]
    assert issues(request_input(persons=[{"name": "x"}]), ref) == [
        ("persons[0].name", "request.unknown_field"), ("persons[0]", "request.empty_person")]
    assert issues(request_input(persons="Жукаускас"), ref) == [
        ("persons", "request.wrong_type")]
    assert issues(request_input(persons=["Жукаускас"]), ref) == [
        ("persons[0]", "request.wrong_type")]
    assert issues(request_input(persons=[{"description": "x"}] * 201), ref) == [
        ("persons", "request.too_many")]


def test_attachments_list(ref: ReferenceData) -> None:
    assert issues(request_input(attachments_list=[{"title": "x"}]), ref) == [
        ("attachments_list[0].pages", "request.required")]
    for pages in (0, -1, 1.5, True, "3"):
        assert issues(request_input(attachments_list=[{"title": "x", "pages": pages}]),
                      ref) == [("attachments_list[0].pages", "request.not_positive")], pages
    assert issues(request_input(attachments_list=[{"title": " ", "pages": 1}]), ref) == [
        ("attachments_list[0].title", "request.required")]


def test_text_caps_types_and_control_characters(ref: ReferenceData) -> None:
    assert issues(request_input(reference="x" * 101), ref) == [("reference", "request.too_long")]
    assert issues(request_input(facts="x" * 20_001), ref) == [("facts", "request.too_long")]
    assert issues(request_input(facts=["x"]), ref) == [("facts", "request.wrong_type")]
    assert issues(request_input(reference="a\tb"), ref) == [("reference", "request.control_char")]
    assert issues(request_input(facts="a\x00b"), ref) == [("facts", "request.control_char")]
    # Prose keeps tabs and line breaks.
    assert validate_request(request_input(facts="a\tb\nc"), ref, "KZ", NOW)["facts"] == "a\tb\nc"
    assert issues(request_input(urgent="yes"), ref) == [("urgent", "request.wrong_type")]


def test_signer_needs_name_and_position(ref: ReferenceData) -> None:
    assert issues(request_input(signed_by={"name": "А. Сүлейменов"}), ref) == [
        ("signed_by.position", "request.required")]
    assert issues(request_input(signed_by="А. Сүлейменов"), ref) == [
        ("signed_by", "request.wrong_type")]


def test_every_problem_is_listed_at_once_without_quoting_values(ref: ReferenceData) -> None:
    secret = "Жукаускас Томас"
    with pytest.raises(ValidationError) as caught:
        validate_request(request_input(subject="", facts="", reference=secret * 10,
                                       persons=[{"record_id": secret}]), ref, "KZ", NOW)
    assert len(caught.value.issues) == 4
    assert all(secret not in issue.text() and "Жукаускас" not in issue.text()
               for issue in caught.value.issues)
    assert "Жукаускас" not in str(caught.value)


def test_request_hash_covers_content_and_identity(ref: ReferenceData) -> None:
    request = validate_request(request_input(), ref, "KZ", NOW)
    stored = {**request, "id": RECORD_ID, "version": 1, "status": "sent"}
    digest = request_content_hash(stored)
    assert len(digest) == 64
    assert request_content_hash({**stored, "status": "refused"}) == digest  # lifecycle: no
    assert request_content_hash({**stored, "version": 2}) != digest
    assert request_content_hash({**stored, "facts": "другое"}) != digest
    with pytest.raises(ValueError):
        request_content_hash(request)  # no id or version: never a hash


# --- refusals -------------------------------------------------------------------------------
def refusal_input(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"reason_code": "national_law", "scope": "part",
                            "explanation": "Противоречит закону.", "decided_on": "2026-11-21",
                            "signed_by": {"name": "Jonas Petraitis", "position": "Vadovas"}}
    data.update(changes)
    return data


def refusal_issues(data: Any) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        validate_refusal(data, now=NOW)
    return [(issue.path, issue.msgid) for issue in caught.value.issues]


def test_a_refusal_is_normalised() -> None:
    refusal = validate_refusal(refusal_input(), now=NOW)
    assert tuple(refusal) == REFUSAL_FIELDS
    assert refusal["scope"] == "part"
    minimal = validate_refusal({"reason_code": "security", "explanation": "x",
                                "decided_on": "2026-11-01"})
    assert minimal["scope"] == "whole" and minimal["signed_by"] is None


def test_refusal_refusals() -> None:
    assert refusal_issues("no") == [("", "request.not_an_object")]
    data = refusal_input()
    del data["reason_code"]
    assert refusal_issues(data) == [("reason_code", "request.required")]
    assert refusal_issues(refusal_input(reason_code="politics")) == [
        ("reason_code", "request.unknown_reason")]
    assert refusal_issues(refusal_input(scope="most")) == [("scope", "request.unknown_scope")]
    assert refusal_issues(refusal_input(explanation="")) == [
        ("explanation", "request.required")]
    assert refusal_issues(refusal_input(decided_on=None)) == [
        ("decided_on", "request.required")]
    assert refusal_issues(refusal_input(decided_on="2026-12-01")) == [
        ("decided_on", "request.future_date")]
    assert refusal_issues(refusal_input(signed_by={"name": "x"})) == [
        ("signed_by.position", "request.required")]
    assert refusal_issues(refusal_input(extra=1)) == [("extra", "request.unknown_field")]


def test_refusal_hash_ties_the_refusal_to_one_request_version(ref: ReferenceData) -> None:
    request = {**validate_request(request_input(), ref, "KZ", NOW), "id": RECORD_ID,
               "version": 1}
    refusal = validate_refusal(refusal_input(), now=NOW)
    digest = refusal_content_hash(request, refusal)
    assert refusal_content_hash({**request, "version": 2}, refusal) != digest
    changed = copy.deepcopy(refusal)
    changed["explanation"] = "Иное."
    assert refusal_content_hash(request, changed) != digest
    with pytest.raises(ValueError):
        refusal_content_hash(request, {"reason_code": "security"})


def test_the_records_character_rules_apply_to_requests(ref: ReferenceData) -> None:
    assert issues(request_input(facts="paid \u202e001\u202c USD"), ref) == [
        ("facts", "request.bidi_control")]
    assert issues(request_input(reference="\u200b"), ref) == [
        ("reference", "request.invisible_char")]
    assert issues(request_input(signed_by={"name": "\u0301", "position": "head"}), ref) == [
        ("signed_by.name", "request.no_visible_char")]
    stored = validate_request(request_input(reference="№\u00a012"), ref, "KZ", NOW)
    assert stored["reference"] == "№ 12"


def test_request_dates_and_pages_are_bounded(ref: ReferenceData) -> None:
    assert issues(request_input(dated_on="1899-12-31"), ref) == [
        ("dated_on", "request.date_too_early")]
    assert issues(request_input(deadline=f"{NOW.year + 51}-01-01"), ref) == [
        ("deadline", "request.date_too_late")]
    assert issues(request_input(attachments_list=[{"title": "x", "pages": 2**53 + 1}]), ref) == [
        ("attachments_list[0].pages", "request.too_large")]
