"""Who signs and for whom (issue 11): documents print names, ranks, positions and the
installation's names — never logins — read back from the PDFs."""

from __future__ import annotations

from datetime import date

from shekara.domain.reference import load_default
from shekara.reports import catalog
from shekara.reports.incident import render_incident
from shekara.reports.requests import render_request
from shekara.reports.summary import render_summary
from tests.reports.conftest import make_context, make_record
from tests.reports.documents import sample_request
from tests.reports.pdfcheck import flat, page_texts, text

REF = load_default()


def test_the_letterhead_names_the_authority_and_the_unit() -> None:
    for render in (lambda ctx: render_incident(make_record(), REF, ctx),
                   lambda ctx: render_summary([make_record()], REF, ctx,
                                              start=date(2026, 11, 1), end=date(2026, 11, 30))):
        words = flat(text(render(make_context("kk"))))
        assert flat("ҚР ҰҚК Шекара қызметі") in words  # the state language
        assert flat("Пограничная служба КНБ РК") in words  # its Russian form
        assert flat("«Нұр жолы» өткізу пункті") in words  # one form serves both
    bare = flat(text(render_incident(make_record(), REF, make_context("kk", installation={}))))
    assert flat("Шекара қызметі") not in bare


def test_an_officer_without_a_printed_name_leaves_a_blank_line_not_a_login() -> None:
    pages = page_texts(render_incident(make_record(), REF, make_context("ru", profiles={})))
    whole = "".join(pages)
    assert "supervisor1" not in whole and "officer1" not in whole
    # The version's rows say the name is missing, rather than leave the time in its place.
    words = flat(whole)
    assert words.count(flat(catalog.text("f.no_printed_name", "ru"))) == 2  # made, approved
    named = flat(text(render_incident(make_record(), REF, make_context("ru"))))
    assert flat(catalog.text("f.no_printed_name", "ru")) not in named


def test_the_summary_is_signed_by_who_compiled_it() -> None:
    pdf = render_summary([make_record()], REF, make_context("ru"), start=date(2026, 11, 1),
                         end=date(2026, 11, 30))
    words = flat(text(pdf))
    assert flat(catalog.text("sig.compiled_by", "ru")) in words
    assert flat("начальник отдела, подполковник Ахметова Гульнар Сакеновна") in words


def test_requests_are_signed_by_a_responsible_official_not_by_the_head() -> None:
    words = flat(text(render_request(sample_request(REF), REF, make_context("kk"))))
    assert flat("Должностное лицо запрашивающего органа") in words
    assert flat("Сұрау салушы органның лауазымды адамы") in words
    assert flat("Руководитель") not in words and flat("басшысы") not in words
