"""The Art. 8 request and the Art. 9 refusal notice, read back from the PDF."""

from __future__ import annotations

from shekara.domain.reference import ReferenceData
from shekara.reports.catalog import CATALOG
from shekara.reports.requests import render_refusal, render_request
from tests.reports.conftest import make_context, make_record
from tests.reports.documents import sample_refusal, sample_request
from tests.reports.pdfcheck import flat, page_count, text


def has(pdf_text: str, value: str) -> bool:
    return flat(value) in flat(pdf_text)


def test_kk_request_has_every_article_8_part_in_kazakh_and_russian(ref: ReferenceData) -> None:
    request = sample_request(ref)
    out = text(render_request(request, ref, make_context("kk")))
    for key in ("request.title", "request.to", "request.from", "request.subject",
                "request.persons", "request.facts", "request.objects", "request.reasons",
                "request.procedure", "request.deadline", "request.attachments",
                "request.signed_by", "request.urgent"):
        for lang in ("kk", "ru"):
            assert has(out, CATALOG[key][lang]), (key, lang)
    # Addressed to the other Party's authority, named from reference data in both languages.
    to = ref.authorities["LT-VSAT"]
    assert has(out, to.names["kk"]) and has(out, to.names["ru"])
    for value in ("18-2/417", "Автомобиль ABC123 (LTU)", "Копия протокола",
                  "А. Сүлейменов", "Департамент бастығы", "Неизвестный водитель"):
        assert has(out, value), value
    assert has(out, "М.О. / М.П.")  # place of the seal (Art. 8.4)


def test_lt_request_has_lithuanian_and_russian_and_the_av_seal(ref: ReferenceData) -> None:
    request = sample_request(ref)
    out = text(render_request(request, ref, make_context("lt", party="LT")))
    assert has(out, CATALOG["request.procedure"]["lt"])
    assert has(out, CATALOG["request.procedure"]["ru"])
    assert has(out, "A.V. / М.П.")
    assert not has(out, CATALOG["request.procedure"]["kk"])


def test_linked_records_print_their_persons_names(ref: ReferenceData) -> None:
    record = make_record()
    request = sample_request(ref)
    with_names = text(render_request(request, ref, make_context("ru"),
                                     linked_records={record["id"]: record}))
    for name in ("Žukauskas", "Жукаускас", "Сүлейменов"):
        assert name in with_names
    assert record["id"] in with_names
    without = text(render_request(request, ref, make_context("ru")))
    assert record["id"] in without and "Žukauskas" not in without


def test_missing_deadline_and_attachments_say_so(ref: ReferenceData) -> None:
    request = sample_request(ref, deadline=None, attachments_list=[], urgent=False,
                             objects_and_documents="")
    out = text(render_request(request, ref, make_context("en")))
    assert has(out, CATALOG["not_given"]["en"])
    assert not has(out, CATALOG["request.urgent"]["en"])
    assert not has(out, CATALOG["request.objects"]["en"])


def test_long_request_text_flows_onto_more_pages(ref: ReferenceData) -> None:
    short = render_request(sample_request(ref), ref, make_context("kk"))
    long_facts = "\n".join(f"{i}. Факт / fact." for i in range(600))
    long = render_request(sample_request(ref, facts=long_facts), ref, make_context("kk"))
    assert page_count(long) >= page_count(short) + 3
    assert "599. Факт / fact." in text(long)


def test_refusal_notice_goes_back_with_its_ground_and_reasons(ref: ReferenceData) -> None:
    request, refusal = sample_request(ref), sample_refusal()
    out = text(render_refusal(request, refusal, ref, make_context("lt", party="LT")))
    for key in ("refusal.title", "refusal.ground", "refusal.scope", "refusal.explanation",
                "refusal.reason.national_law", "refusal.scope.part", "refusal.signed_by"):
        for lang in ("lt", "ru"):
            assert has(out, CATALOG[key][lang]), (key, lang)
    assert has(out, "Противоречит закону.") and has(out, "Jonas Petraitis")
    assert has(out, "18-2/417") and has(out, "A.V. / М.П.")
    # From the requested authority back to the requesting one.
    lines = flat(out)
    to_at = lines.index(flat(CATALOG["request.to"]["lt"]))
    assert lines.index(flat(ref.authorities["KZ-KNB-PS"].names["lt"])) > to_at
