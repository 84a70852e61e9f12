"""Art. 14 on paper: a state-language document prints each free text with its Russian
translation; a Russian one prints the translation; a missing one says so."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from shekara.domain import translations
from shekara.domain.reference import load_default
from shekara.domain.validation import validate_record
from shekara.reports import catalog
from shekara.reports.incident import render_incident
from tests.reports.conftest import make_context, make_record
from tests.reports.pdfcheck import flat, text

REF = load_default()
NOW = datetime.now().astimezone()
RU = {"narrative": "При рентгеновском досмотре в запасном колесе найден героин.",
      "place": {"description": "Полоса 3"},
      "items": [{"description": "четыре пакета"}],
      "concealment": {"description": "запасное колесо"},
      "handling": {"note": "Передано следователю."}}


def translated_record(**changes: Any) -> dict[str, Any]:
    record = make_record(handling={"confidential": True, "third_party": "consent_required",
                                   "legal_hold": False, "note": "Тергеушіге берілді."},
                         translations={"ru": RU}, **changes)
    return record


def test_the_record_keeps_its_translation_and_says_what_is_missing() -> None:
    record = translated_record()
    assert translations.missing(record) == []
    assert translations.translated(record, "items[0].description") == "четыре пакета"
    partial = make_record(translations={"ru": {"narrative": "Текст"}})
    assert translations.missing(partial) == ["place.description", "items[0].description",
                                             "concealment.description"]
    plain = validate_record({k: v for k, v in make_record().items()
                             if k in ("kind", "occurred_at", "place", "narrative", "persons",
                                      "items", "concealment", "detection", "conveyance",
                                      "route", "outcome", "case_number", "handling", "links",
                                      "attachments")}, REF, now=NOW)
    assert "translations" not in plain  # no translation: no key, the content hash unchanged


def test_a_kazakh_document_prints_both_texts_side_by_side() -> None:
    words = flat(text(render_incident(translated_record(), REF, make_context("kk"))))
    for expected in ("Рентгенмен тексеру кезінде", RU["narrative"], "Полоса 3",
                     "четыре пакета", "запасное колесо", "Тергеушіге берілді.",
                     "Передано следователю.", catalog.text("translation_heading", "ru")):
        assert flat(expected) in words, expected
    assert flat(catalog.text("free_text_note", "ru")) not in words


def test_a_russian_document_prints_the_russian_text() -> None:
    words = flat(text(render_incident(translated_record(), REF, make_context("ru"))))
    assert flat(RU["narrative"]) in words
    assert flat("Рентгенмен тексеру кезінде") not in words


def test_without_a_translation_the_document_says_so() -> None:
    words = flat(text(render_incident(make_record(), REF, make_context("lt"))))
    assert flat(catalog.text("free_text_note", "ru")) in words
    assert flat(catalog.text("translation_heading", "ru")) not in words


def test_a_request_and_a_refusal_print_their_russian_translation() -> None:
    from shekara.domain.request import (
        REQUEST_TRANSLATED,
        missing_translations,
        request_content_hash,
        validate_refusal,
        validate_request,
    )
    from shekara.reports.requests import render_refusal, render_request
    from tests.reports.documents import sample_refusal, sample_request

    base = {k: v for k, v in sample_request(REF).items()
            if k not in ("id", "version", "status", "created_by", "created_at",
                         "content_hash")}
    data = {**base, "translations": {"ru": {"subject": "Канал контрабанды героина",
                                            "facts": "Задержан курьер."}}}
    request = validate_request(data, REF, "KZ", NOW)
    assert missing_translations(request, REQUEST_TRANSLATED) == [
        "objects_and_documents", "reasons", "procedure"]
    stored = {**request, "id": "9b1d2c3e-4f50-4a6b-8c7d-0e1f2a3b4c5d", "version": 1}
    plain = {**validate_request(base, REF, "KZ", NOW), "id": stored["id"], "version": 1}
    assert request_content_hash(stored) != request_content_hash(plain)  # the paper's hash
    words = flat(text(render_request(stored, REF, make_context("kk"))))
    assert flat("Канал контрабанды героина") in words and flat("Задержан курьер.") in words
    refusal = validate_refusal({**{k: v for k, v in sample_refusal().items()},
                                "translations": {"ru": {"explanation": "Противоречит закону."}}})
    words = flat(text(render_refusal(stored, refusal, REF, make_context("lt"))))
    assert flat("Противоречит закону.") in words
    assert flat(catalog.text("free_text_note", "ru")) not in words
