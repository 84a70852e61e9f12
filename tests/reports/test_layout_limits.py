"""Layout at the limits (issue 11): every free-text field at its cap prints, in every language;
no word of the documents' own wording is broken mid-word in a table cell; the QR code never
stands alone on a page; initials stay with the surname."""

from __future__ import annotations

import re
from typing import Any

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from shekara.domain.field_checks import NAME_CAP, NARRATIVE_CAP, OTHER_TEXT_CAP
from shekara.domain.reference import load_default
from shekara.reports import catalog, layout, sheets
from shekara.reports.incident import render_incident
from shekara.reports.requests import render_refusal, render_request
from shekara.reports.statistics import count_statistics, render_statistics
from tests.reports.conftest import make_context, make_record
from tests.reports.documents import DOCUMENTS, sample_refusal, sample_request
from tests.reports.pdfcheck import flat, page_texts, text

REF = load_default()
LANGS = ("kk", "lt", "ru", "en")
KINDS = ("border_violation", "contraband_detention", "forged_document", "drug_intel")
WORDS = ("Шекара", "өткізу", "пункті", "Žukauskas", "контрабанда", "героин", "X-ray",
         "Нұр-Сұлтан", "автомобиль", "жасырылған", "šaudmenys")


def filled(cap: int, marker: str) -> str:
    """Text of ordinary words exactly `cap` characters long, ending with a marker word."""
    words: list[str] = []
    i = 0
    while len(" ".join(words)) < cap:
        words.append(WORDS[i % len(WORDS)])
        i += 1
    body = " ".join(words)[:cap - len(marker) - 1].rstrip()
    return f"{body} {marker}"


def at_caps(kind: str) -> dict[str, Any]:
    r = make_record(kind)
    r["narrative"] = filled(NARRATIVE_CAP, "NARRATIVEEND")
    r["place"]["description"] = filled(OTHER_TEXT_CAP, "PLACEEND")
    r["handling"]["note"] = filled(OTHER_TEXT_CAP, "NOTEEND")
    for p in r["persons"]:
        for key in ("surname", "given_names", "patronymic"):
            p[key] = filled(NAME_CAP, f"{key.upper()}END")
        p["birth_place"] = filled(OTHER_TEXT_CAP, "BIRTHPLACEEND")
    if "case_number" in r:
        r["case_number"] = filled(OTHER_TEXT_CAP, "CASEEND")
    for item in r.get("items") or []:
        item.update(description=filled(OTHER_TEXT_CAP, "DESCEND"),
                    markings=filled(OTHER_TEXT_CAP, "MARKEND"),
                    serial_number=filled(OTHER_TEXT_CAP, "SERIALEND"))
    if "concealment" in r:
        r["concealment"]["description"] = filled(OTHER_TEXT_CAP, "CONCEALEND")
    for leg in r.get("route") or []:
        leg["place"] = filled(OTHER_TEXT_CAP, "LEGEND")
    for s in r.get("substances") or []:
        s.update(markings=filled(OTHER_TEXT_CAP, "SMARKEND"),
                 properties=filled(OTHER_TEXT_CAP, "PROPEND"))
    if kind == "drug_intel":
        r["channel"] = filled(NARRATIVE_CAP, "CHANNELEND")
        r["equipment"] = filled(NARRATIVE_CAP, "EQUIPEND")
    return r


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("lang", LANGS)
def test_every_field_at_its_cap_prints(kind: str, lang: str) -> None:
    record = at_caps(kind)
    words = flat(text(render_incident(record, REF, make_context(lang))))
    markers = re.findall(r"[A-Z]+END", str(record))
    assert markers
    for marker in set(markers):
        assert marker in words, marker  # every capped field is on paper, all of it


def test_a_request_and_its_refusal_at_their_caps_print() -> None:
    request = sample_request(REF, subject=filled(2000, "SUBJECTEND"),
                             facts=filled(20_000, "FACTSEND"),
                             procedure=filled(20_000, "PROCEND"),
                             persons=[{"record_id": None,
                                       "description": filled(2000, "PERSONEND")}] * 50)
    words = flat(text(render_request(request, REF, make_context("lt"))))
    for marker in ("SUBJECTEND", "FACTSEND", "PROCEND", "PERSONEND"):
        assert marker in words
    refusal = {**sample_refusal(), "explanation": filled(20_000, "WHYEND")}
    assert "WHYEND" in flat(text(render_refusal(request, refusal, REF, make_context("kk"))))


def _paragraphs(cell: Any) -> list[Paragraph]:
    if isinstance(cell, Paragraph):
        return [cell]
    if isinstance(cell, list | tuple):
        return [p for c in cell for p in _paragraphs(c)]
    inner = getattr(cell, "_content", None)
    return _paragraphs(inner) if isinstance(inner, list) else []


@pytest.fixture
def broken_words(monkeypatch: pytest.MonkeyPatch) -> dict[str, float]:
    """Every word wider than its table column (reportlab would break it mid-word)."""
    found: dict[str, float] = {}
    real = layout.make_table

    def checking(data: Any, widths: Any, commands: Any = (), **options: Any) -> Flowable:
        for row in data:
            for cell, width in zip(row, widths, strict=False):
                for p in _paragraphs(cell):
                    plain = re.sub(r"<[^>]+>", " ", p.text).replace("&nbsp;", "\u00a0")
                    for word in plain.split():
                        if stringWidth(word, p.style.fontName, p.style.fontSize) > width - 6:
                            found[word] = width
        return real(data, widths, commands, **options)

    monkeypatch.setattr(layout, "make_table", checking)
    monkeypatch.setattr(sheets, "make_table", checking)
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_no_word_of_the_documents_is_broken_in_a_table_cell(
        lang: str, broken_words: dict[str, float]) -> None:
    ctx = make_context(lang)
    for render, _ in DOCUMENTS.values():
        render(REF, ctx)
    for kind in KINDS:
        render_incident(make_record(kind), REF, ctx)
    from tests.reports.test_statistics import YEAR, _records
    render_statistics(count_statistics(_records(), *YEAR, party="KZ"), REF, ctx)
    # QR texts are codes typed from paper, not words: they may wrap anywhere.
    words = {w: width for w, width in broken_words.items() if not w.startswith("SHK1:")}
    assert words == {}


def test_the_checker_sees_a_word_too_wide(broken_words: dict[str, float]) -> None:
    layout.data_table(layout.make_styles(), [["Header"]],
                      [["Levenshteindistanzberechnungsverfahren"]], [10, 164])
    assert "Levenshteindistanzberechnungsverfahren" in broken_words


def test_the_qr_code_never_stands_alone_on_the_last_page() -> None:
    date_label = flat(catalog.text("sig.date", "ru"))
    for paragraphs in range(1, 60, 3):
        record = make_record(narrative="\n\n".join(["Абзац текста для проверки вёрстки."] *
                                                   paragraphs))
        last = flat(page_texts(render_incident(record, REF, make_context("ru")))[-1])
        assert date_label in last, paragraphs  # the signatures share the QR code's page


def test_initials_stay_with_the_surname() -> None:
    assert layout.keep_initials("А. Б. Сүлейменов") == "А.\u00a0Б.\u00a0Сүлейменов"
    assert layout.keep_initials("R. Jankauskas, Direktorius") == "R.\u00a0Jankauskas, Direktorius"
    assert layout.keep_initials("Нурланов Н.") == "Нурланов Н."  # nothing after: unchanged
    words = text(render_request(sample_request(REF), REF, make_context("kk")))
    assert "А.\nСүлейменов" not in words
