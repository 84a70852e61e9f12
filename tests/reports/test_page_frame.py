"""Nothing on a page is drawn over anything else or past the paper's edge, read back from the
PDF as words with their boxes (`pdftotext -bbox`), for every document in every language; and
a heading never stays behind at the foot of a page without what it heads.

Found by looking at a demo document: the header's "printed … · rank name" of an officer with a
printed profile in two languages is as wide as the page, and was drawn over the post's name on
every page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from reportlab.platypus import KeepTogether, Paragraph

from shekara.domain.officials import OfficialProfile
from shekara.domain.reference import ReferenceData, load_default
from shekara.reports import catalog, layout
from shekara.reports.context import ReportContext
from shekara.reports.incident import render_incident
from shekara.reports.statistics import count_statistics, render_statistics
from tests.reports.conftest import PROFILES, make_context, make_record
from tests.reports.documents import DOCUMENTS
from tests.reports.pdfcheck import Word, collisions, flat, outside, page_texts, word_boxes
from tests.reports.test_statistics import _records as statistics_records

REF = load_default()
# A printer whose rank and name fill the header's line in two languages.
LONG_PROFILES = {**PROFILES, "supervisor1": OfficialProfile("supervisor1", {
    "full_name": "Сүлейменова-Жанпейісова Айгерім-Гүлнар Бекқызы",
    "full_name_ru": "Сулейменова-Жанпеисова Айгерим-Гульнар Бековна",
    "rank": "әділет кеңесшісі, полиция подполковнигі", "rank_ru": "подполковник полиции",
    "position": "бөлім бастығы", "position_ru": "начальник отдела"})}
LANGS = ("kk", "lt", "ru", "en")
def _statistics(ref: ReferenceData, ctx: ReportContext) -> bytes:
    stats = count_statistics(statistics_records(), date(2026, 1, 1), date(2026, 12, 31),
                             party="KZ")
    return render_statistics(stats, ref, ctx)


RENDERERS: dict[str, Callable[[ReferenceData, ReportContext], bytes]] = {
    **{name: render for name, (render, _) in DOCUMENTS.items()}, "statistics": _statistics}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_no_word_is_drawn_over_another_or_off_the_page(name: str, lang: str,
                                                       tmp_path: Path) -> None:
    pdf = RENDERERS[name](REF, make_context(lang, profiles=LONG_PROFILES))
    for number, (width, height, words) in enumerate(word_boxes(pdf, tmp_path), start=1):
        assert words, (name, lang, number)
        assert not collisions(words), (name, lang, number, collisions(words)[:5])
        assert not outside(words, width, height), (name, lang, number)


def test_the_check_sees_words_drawn_over_each_other(tmp_path: Path) -> None:
    # A printed name as long as the page used to be drawn over the post's name.
    record = make_record()
    record["handling"] = {**record.get("handling", {}), "confidential": True}
    pdf = render_incident(record, REF, make_context("lt", profiles=LONG_PROFILES))
    _, _, words = word_boxes(pdf, tmp_path)[0]
    assert collisions(words) == []
    overlapping = [*words, Word("planted", words[0].left, words[0].top, words[0].right + 5,
                                words[0].bottom)]
    assert collisions(overlapping)
    assert outside([Word("far", 590, 10, 600, 20)], 595, 842) == ["far"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_the_signatures_heading_stays_with_the_signatures(name: str, lang: str) -> None:
    """A heading followed by a block kept together (the signature lines, and the QR code kept
    with them) used to stay behind at the foot of a page: a refusal notice's "Signatures" ended
    page 1 and its lines began page 2."""
    heading = flat(catalog.text("sec.signatures", lang))
    line = flat(catalog.text("sig.caption", lang))
    pages = [flat(page) for page in page_texts(RENDERERS[name](REF, make_context(lang)))]
    with_heading = [n for n, page in enumerate(pages) if heading in page]
    for n in with_heading:
        assert line in pages[n], (name, lang, n + 1)


def test_a_heading_moves_into_the_block_it_heads() -> None:
    styles = layout.make_styles()
    head = layout.heading(styles, ["Signatures", "Подписи"])
    block = KeepTogether([Paragraph("the lines", styles.body)])
    before = Paragraph("text", styles.body)
    story = layout.headings_kept_with_blocks([before, *head, block, *head])
    assert story[0] is before and isinstance(story[1], KeepTogether)
    assert story[1]._content[:2] == head and len(story[1]._content) == 3
    assert story[2:] == head  # a heading with nothing after it is left as it was


@pytest.mark.parametrize("lang", LANGS)
def test_the_signatures_follow_the_text_when_the_page_has_room(lang: str) -> None:
    """The signature block with its QR code (a block kept together holding blocks kept
    together) reported an endless height and always began a new page: a refusal notice of
    half a page took two, its signatures alone on the second."""
    render, _ = DOCUMENTS["refusal"]
    pages = page_texts(render(REF, make_context(lang)))
    assert len(pages) == 1, lang
    assert flat(catalog.text("sig.caption", lang)) in flat(pages[0])


def test_blocks_inside_a_block_are_laid_out_flat() -> None:
    styles = layout.make_styles()
    inner = [Paragraph("a", styles.body), Paragraph("b", styles.body)]
    qr = Paragraph("qr", styles.body)
    (block,) = layout.ending_with_qr([KeepTogether([KeepTogether(inner)])], KeepTogether([qr]))
    assert isinstance(block, KeepTogether)
    assert not any(isinstance(f, KeepTogether) for f in block._content)
    assert block._content[:2] == inner and block._content[-1] is qr
