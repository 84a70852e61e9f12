"""What holds for every document, in both state-language settings: fonts, numbering, QR."""

from __future__ import annotations

from pathlib import Path

import pytest

from shekara.domain.reference import ReferenceData
from shekara.reports.catalog import CATALOG
from tests.reports.conftest import make_context
from tests.reports.documents import DOCUMENTS
from tests.reports.pdfcheck import decode_qr, flat, fonts, page_texts, unembedded_fonts

CASES = [(name, lang) for name in DOCUMENTS for lang in ("kk", "lt")]


@pytest.mark.parametrize(("name", "lang"), CASES)
def test_every_font_is_embedded(ref: ReferenceData, name: str, lang: str) -> None:
    pdf = DOCUMENTS[name][0](ref, make_context(lang))
    assert unembedded_fonts(pdf) == []
    assert all("NotoSans" in str(f.get("/BaseFont")) for f in fonts(pdf).values())


@pytest.mark.parametrize(("name", "lang"), CASES)
def test_header_and_page_n_of_m_on_every_page(ref: ReferenceData, name: str,
                                              lang: str) -> None:
    ctx = make_context(lang)
    pages = page_texts(DOCUMENTS[name][0](ref, ctx))
    for number, page in enumerate(pages, start=1):
        for language in (lang, "ru"):
            expected = CATALOG["page_n_of_m"][language].format(n=number, m=len(pages))
            assert flat(expected) in flat(page), (number, language)
        assert ctx.post_code in page
        # The officer printing by name (and rank), never by login.
        assert flat("Гульнар" if lang in ("ru", "en") else "Гүлнар") in flat(page)
        assert ctx.officer not in page


@pytest.mark.parametrize(("name", "lang"), CASES)
def test_title_is_in_the_state_language_and_russian(ref: ReferenceData, name: str,
                                                    lang: str) -> None:
    key = {"incident": "incident.title"}.get(name, f"{name}.title")
    out = flat("".join(page_texts(DOCUMENTS[name][0](ref, make_context(lang)))))
    assert flat(CATALOG[key][lang]) in out and flat(CATALOG[key]["ru"]) in out


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_qr_code_decodes_to_the_documents_text(ref: ReferenceData, name: str,
                                               tmp_path: Path) -> None:
    render, expected = DOCUMENTS[name]
    pdf = render(ref, make_context("kk"))
    assert decode_qr(pdf, tmp_path) == [expected(ref)]
