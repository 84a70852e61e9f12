"""Legal language as a lawyer of either Party reads it: article citations, plural forms of
counted units, the terms of issue 11's table — checked in the catalog and read back from PDFs."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from shekara.domain.reference import ReferenceData, load_default
from shekara.reports import catalog
from shekara.reports.bilingual import Wording
from shekara.reports.incident import render_incident
from shekara.reports.requests import render_refusal
from tests.reports.conftest import make_context, make_record
from tests.reports.pdfcheck import flat, text

REF = load_default()


@pytest.mark.parametrize(("article", "lang", "cited"), [
    ("6.1.2", "kk", "Келісімнің 6-бабының 1.2-тармақшасы"),
    ("6.1.2", "ru", "подп. 1.2 ст. 6 Соглашения"),
    ("6.1.2", "lt", "Susitarimo 6 straipsnio 1.2 papunktis"),
    ("10.1", "kk", "Келісімнің 10-бабының 1-тармағы"),
    ("10.1", "ru", "п. 1 ст. 10 Соглашения"),
    ("10.1", "lt", "Susitarimo 10 straipsnio 1 dalis"),
    ("4", "kk", "Келісімнің 4-бабы"),
    ("4", "ru", "ст. 4 Соглашения"),
    ("4", "lt", "Susitarimo 4 straipsnis"),
    ("6.1.3", "en", "Agreement, Art. 6.1.3"),
])
def test_articles_are_cited_as_legal_texts_cite_them(article: str, lang: str,
                                                      cited: str) -> None:
    assert catalog.text("agreement_article", lang, article=article) == cited


# (value, ru, lt, kk, en) for 16 rounds / 200 tablets style quantities
ROUNDS = [
    (1, "1 патрон", "1 šovinys", "1 патрон", "1 round"),
    (2, "2 патрона", "2 šoviniai", "2 патрон", "2 rounds"),
    (5, "5 патронов", "5 šoviniai", "5 патрон", "5 rounds"),
    (16, "16 патронов", "16 šovinių", "16 патрон", "16 rounds"),
    (21, "21 патрон", "21 šovinys", "21 патрон", "21 rounds"),
    (Decimal("1.5"), "1,5 патрона", "1,5 šovinio", "1,5 патрон", "1.5 rounds"),
]
TABLETS = [
    (1, "1 таблетка", "1 tabletė", "1 tablet"),
    (2, "2 таблетки", "2 tabletės", "2 tablets"),
    (5, "5 таблеток", "5 tabletės", "5 tablets"),
    (21, "21 таблетка", "21 tabletė", "21 tablets"),
    (200, "200 таблеток", "200 tablečių", "200 tablets"),
    (Decimal("1.5"), "1,5 таблетки", "1,5 tabletės", "1.5 tablets"),
]


@pytest.mark.parametrize("row", ROUNDS, ids=lambda r: str(r[0]))
def test_rounds_take_the_plural_form_of_their_number(row: tuple[Any, ...]) -> None:
    value, ru, lt, kk, en = row
    for lang, expected in (("ru", ru), ("lt", lt), ("kk", kk), ("en", en)):
        # kk and lt documents print the Russian translation after " / "
        assert Wording(lang, REF).quantity(value, "rounds").split(" / ")[0] == expected


@pytest.mark.parametrize("row", TABLETS, ids=lambda r: str(r[0]))
def test_tablets_take_the_plural_form_of_their_number(row: tuple[Any, ...]) -> None:
    value, ru, lt, en = row
    for lang, expected in (("ru", ru), ("lt", lt), ("en", en)):
        assert Wording(lang, REF).quantity(value, "tablets").split(" / ")[0] == expected


def test_measured_units_do_not_inflect_and_both_languages_print() -> None:
    assert Wording("kk", REF).quantity(1.85, "kg") == "1,85 кг"
    assert Wording("ru", REF).quantity(3, "pcs") == "3 шт."
    assert Wording("lt", REF).quantity(16, "rounds") == "16 šovinių / 16 патронов"


def _report(record: dict[str, Any], lang: str, ref: ReferenceData = REF) -> str:
    return flat(text(render_incident(record, ref, make_context(lang))))


def test_the_incident_report_prints_plurals_and_the_citation() -> None:
    items = [{"category": "ammunition", "substance": "", "description": "9 mm",
              "quantity": 16, "unit": "rounds", "serial_number": "", "markings": ""},
             {"category": "narcotic_drug", "substance": "heroin", "description": "",
              "quantity": 200, "unit": "tablets", "serial_number": "", "markings": ""}]
    record = make_record("contraband_detention", items=items)
    words = _report(record, "lt")
    for expected in ("16 šovinių", "16 патронов", "200 tablečių", "200 таблеток",
                     "Susitarimo 6 straipsnio 1.2 papunktis", "подп. 1.2 ст. 6 Соглашения",
                     "Paimti daiktai", "narkotines medžiagas, ginklus, šaudmenis"):
        assert flat(expected) in words, expected
    assert flat("16 šoviniai") not in words and flat("16 патроны") not in words
    assert flat("Sulaikyti daiktai") not in words


def test_forged_documents_are_forged_in_russian() -> None:
    words = _report(make_record("forged_document"), "ru")
    assert flat("Поддельные документы") in words
    assert flat("Фальшив") not in words


def test_destruction_prohibited_is_one_term_everywhere() -> None:
    record = make_record("contraband_detention", handling={
        "confidential": True, "third_party": "consent_required", "legal_hold": True,
        "note": ""})
    for lang, term in (("kk", "Жоюға тыйым салынған"), ("lt", "Draudžiama sunaikinti"),
                       ("ru", "Запрет на уничтожение")):
        words = _report(record, lang)
        assert flat(term) in words, (lang, term)
    for wrong in ("Заңды ұстап тұру", "Teisinis sulaikymas", "Teisinis saugojimas",
                  "Юридическое удержание"):
        assert all(wrong not in entry[lang] for entry in catalog.CATALOG.values()
                   for lang in entry)


def test_the_kazakh_refusal_says_the_execution_is_refused() -> None:
    request = {"id": "0b6f2d7e-1c1a-4c51-9a0e-5f2b8c3d4e5f", "version": 1, "status": "sent",
               "to_authority": "LT-VSAT", "from_authority": "KZ-KNB-PS", "reference": "",
               "dated_on": "2026-11-01", "subject": "Маршрут", "persons": [],
               "facts": "…", "objects_and_documents": "", "reasons": "…", "procedure": "…",
               "deadline": None, "attachments_list": [], "urgent": False,
               "signed_by": {"name": "А. Б.", "position": "бастық"},
               "created_by": "x", "created_at": "2026-11-01T10:00:00+05:00"}
    refusal = {"reason_code": "national_law", "scope": "whole", "explanation": "Себебі",
               "decided_on": "2026-11-20", "signed_by": {"name": "В. Г.", "position": "бастық"}}
    words = flat(text(render_refusal(request, refusal, REF, make_context("kk"))))
    assert flat("өтінішті орындаудан бас тартылғаны туралы жазбаша хабарлаймыз") in words
    assert flat("өтініш бойынша бас тарту туралы") not in words
