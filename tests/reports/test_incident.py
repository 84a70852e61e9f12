"""The incident report, read back from the PDF: languages, every field, flow, markings, QR."""

from __future__ import annotations

from pathlib import Path

import pytest

from shekara.domain.records import content_hash
from shekara.domain.reference import ReferenceData
from shekara.reports.catalog import CATALOG
from shekara.reports.incident import record_qr_text, render_incident
from shekara.reports.qr import VersionRef, parse_qr_text
from tests.reports.conftest import make_context, make_record
from tests.reports.pdfcheck import (
    decode_qr,
    flat,
    fonts,
    page_count,
    page_texts,
    reader,
    text,
    unembedded_fonts,
)

NAMES = ["Žukauskas", "Жукаускас", "Сүлейменов", "Асқар", "Бекұлы", "ZUKAUSKAS TOMAS"]


def has(pdf_text: str, value: str) -> bool:
    return flat(value) in flat(pdf_text)


def labels(key: str, lang: str) -> str:
    return CATALOG[key][lang]


@pytest.mark.parametrize("lang", ["kk", "lt"])
def test_state_language_report_carries_the_russian_translation(ref: ReferenceData,
                                                               lang: str) -> None:
    out = text(render_incident(make_record(), ref, make_context(lang)))
    for key in ("incident.title", "f.occurred_at", "sec.persons", "col.citizenship",
                "sec.route", "sec.signatures", "marking.consent_text"):
        assert has(out, labels(key, lang)), (key, lang)
        assert has(out, labels(key, "ru")), (key, "ru")
    # Code values and country names in both languages too, from reference data.
    assert has(out, ref.label("kind", "contraband_detention", lang))
    assert has(out, ref.label("kind", "contraband_detention", "ru"))
    assert has(out, ref.country_name("AFG", lang)) and has(out, ref.country_name("AFG", "ru"))
    assert has(out, labels("sig.seal", "ru")) is False  # no seal on an incident report
    other = "lt" if lang == "kk" else "kk"
    assert not has(out, labels("f.occurred_at", other))
    assert not has(out, labels("f.occurred_at", "en"))


@pytest.mark.parametrize(("lang", "absent"), [("ru", ("kk", "lt", "en")),
                                              ("en", ("kk", "lt", "ru"))])
def test_russian_and_english_reports_are_in_one_language(ref: ReferenceData, lang: str,
                                                         absent: tuple[str, ...]) -> None:
    out = text(render_incident(make_record(), ref, make_context(lang)))
    assert has(out, labels("f.occurred_at", lang))
    for other in absent:
        assert not has(out, labels("f.occurred_at", other)), other
        assert not has(out, labels("incident.title", other)), other


@pytest.mark.parametrize("lang", ["kk", "lt", "ru", "en"])
def test_names_are_printed_exactly_as_recorded(ref: ReferenceData, lang: str) -> None:
    out = text(render_incident(make_record(), ref, make_context(lang)))
    for name in NAMES:
        assert has(out, name), name


@pytest.mark.parametrize(("kind", "values"), [
    ("contraband_detention", ["2026-0117", "ABC123", "tiger stamp", "4 packages", "Vilnius",
                              "spare tyre", "1,85", "44.2, 80.3", "Жолақ 3 / lane 3",
                              "12345678"]),
    ("border_violation", ["12345678"]),
    ("forged_document", ["LT0099887"]),
    ("drug_intel", ["Couriers with cover loads.", "71,5", "482"]),
])
def test_every_field_of_the_kind_is_printed(ref: ReferenceData, kind: str,
                                            values: list[str]) -> None:
    record = make_record(kind)
    out = text(render_incident(record, ref, make_context("ru")))
    for value in values:
        assert has(out, value), value
    coded = {
        "border_violation": [("direction", "direction"), ("section", "section"),
                             ("method", "method"), ("detected_by", "detected_by"),
                             ("outcome", "outcome")],
        "contraband_detention": [("detection", "detection"), ("outcome", "outcome")],
        "forged_document": [("act", "act"), ("forgery", "forgery"),
                            ("detected_by", "document_detected_by"), ("outcome", "outcome")],
        "drug_intel": [("detection", "detection")],
    }[kind]
    for field, code_list in coded:
        assert has(out, ref.label(code_list, record[field], "ru")), field
    assert has(out, ref.checkpoint_name(record["place"]["checkpoint"], "ru"))
    assert has(out, record["id"]) and has(out, content_hash(record))
    # Who approved and who created it, by position, rank and name: never by login.
    assert has(out, "начальник отдела, подполковник Ахметова Гульнар Сакеновна")
    assert has(out, "инспектор, лейтенант Жанпейісова Дана")
    assert not has(out, "supervisor1") and not has(out, "officer1")


def test_drug_intel_prints_topics_and_evaluation(ref: ReferenceData) -> None:
    record = make_record("drug_intel")
    out = text(render_incident(record, ref, make_context("en")))
    for topic in record["topics"]:
        assert has(out, ref.label("topic", topic, "en"))
    assert has(out, "B2")
    assert has(out, ref.substance_name("mephedrone", "en"))


def test_many_persons_and_a_long_narrative_flow_onto_more_pages(ref: ReferenceData) -> None:
    ctx = make_context("kk")
    base = make_record()
    person = base["persons"][2]
    few = make_record(persons=[dict(person, surname=f"Сүлейменов{i}") for i in range(10)])
    many = make_record(persons=[dict(person, surname=f"Сүлейменов{i}") for i in range(200)])
    long_story = make_record(narrative="\n".join(
        f"{i}. Рентгенмен тексеру кезінде қосалқы дөңгелектен героин табылды." for i in
        range(300))[:20_000])
    few_pages = page_count(render_incident(few, ref, ctx))
    many_pdf = render_incident(many, ref, ctx)
    assert page_count(many_pdf) >= few_pages + 5
    # Every person made it onto paper, in order: nothing overflowed off a page.
    out = text(many_pdf)
    assert all(f"Сүлейменов{i} " in out or f"Сүлейменов{i}\n" in out for i in range(200))
    assert page_count(render_incident(long_story, ref, ctx)) >= page_count(
        render_incident(base, ref, ctx)) + 3


def test_one_very_long_paragraph_flows_too(ref: ReferenceData) -> None:
    record = make_record(narrative=("Жукаускас " * 2000).strip())
    pdf = render_incident(record, ref, make_context("lt"))
    assert page_count(pdf) >= 4
    assert text(pdf).count("Жукаускас") >= 2000


def test_every_page_says_page_n_of_m_in_both_languages(ref: ReferenceData) -> None:
    record = make_record(persons=[make_record()["persons"][0]] * 120)
    pdf = render_incident(record, ref, make_context("kk"))
    pages = page_texts(pdf)
    total = len(pages)
    assert total >= 3
    for number, page in enumerate(pages, start=1):
        assert has(page, f"{total} беттің {number}-беті"), number
        assert has(page, f"Страница {number} из {total}"), number


def test_fonts_are_embedded_and_only_ours(ref: ReferenceData) -> None:
    pdf = render_incident(make_record(), ref, make_context("lt"))
    assert unembedded_fonts(pdf) == []
    base_fonts = {str(f.get("/BaseFont")) for f in fonts(pdf).values()}
    assert base_fonts and all("NotoSans" in name for name in base_fonts), base_fonts


def test_qr_code_holds_id_version_and_content_hash(ref: ReferenceData, tmp_path: Path) -> None:
    record = make_record()
    pdf = render_incident(record, ref, make_context("kk"))
    decoded = decode_qr(pdf, tmp_path)
    assert decoded == [record_qr_text(record)]
    assert parse_qr_text(decoded[0]) == VersionRef("record", record["id"], record["version"],
                                                   content_hash(record))
    # The text under the code says the same, for people without a scanner.
    assert has(text(pdf), decoded[0])


def test_a_changed_record_gets_a_different_qr_text() -> None:
    record = make_record()
    amended = make_record(narrative=record["narrative"] + " Толықтырылды.")
    assert record_qr_text(record) != record_qr_text(amended)
    assert record_qr_text(record) != record_qr_text(make_record(version=3))


def test_confidential_marking_is_on_every_page_only_when_the_record_says_so(
        ref: ReferenceData) -> None:
    persons = [make_record()["persons"][0]] * 60
    secret = render_incident(make_record(persons=persons), ref, make_context("ru"))
    stamp = ref.marking("KZ", "ru")  # the installation's Party's stamp (reference data)
    assert stamp == "ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ (ст. 10 Соглашения)"
    for page in page_texts(secret):
        assert flat(stamp) in flat(page)
    open_record = make_record(persons=persons, handling={
        "confidential": False, "third_party": "allowed", "legal_hold": True, "note": "x"})
    out = text(render_incident(open_record, ref, make_context("ru")))
    assert flat(stamp) not in flat(out)
    assert not has(out, labels("marking.consent_text", "ru"))
    assert has(out, labels("marking.legal_hold_text", "ru"))
    assert has(out, labels("marking.personal_data_text", "ru"))


def test_consent_marking_follows_third_party_handling(ref: ReferenceData) -> None:
    record = make_record(handling={"confidential": False, "third_party": "consent_required",
                                   "legal_hold": False, "note": ""})
    out = text(render_incident(record, ref, make_context("lt")))
    assert has(out, labels("marking.consent_text", "lt"))
    assert has(out, labels("marking.consent_text", "ru"))
    assert not has(out, labels("marking.confidential_text", "lt"))


def test_text_that_looks_like_markup_prints_literally(ref: ReferenceData) -> None:
    person = dict(make_record()["persons"][0], surname="O'Brien & <Sons>", given_names="<b>x")
    record = make_record(persons=[person], narrative="a < b & c > d <br/> &amp;")
    out = text(render_incident(record, ref, make_context("en")))
    assert "O'Brien & <Sons>" in out and "<b>x" in out
    assert "a < b & c > d <br/> &amp;" in out


def test_an_unapproved_draft_says_so(ref: ReferenceData) -> None:
    draft = make_record(status="draft", approved_by=None, approved_at=None)
    out = text(render_incident(draft, ref, make_context("kk")))
    assert has(out, labels("f.not_approved", "kk")) and has(out, labels("f.not_approved", "ru"))
    assert has(out, ref.label("status", "draft", "kk"))


def test_pdf_metadata_names_no_person(ref: ReferenceData) -> None:
    pdf = render_incident(make_record(), ref, make_context("kk"))
    metadata = " ".join(str(v) for v in (reader(pdf).metadata or {}).values())
    assert "Тіркелген факт" in metadata
    for name in NAMES:
        assert name not in metadata


def test_rendering_is_repeatable(ref: ReferenceData) -> None:
    # Same data, same bytes: no timestamps or random ids of reportlab's own in the file.
    ctx = make_context("lt")
    assert render_incident(make_record(), ref, ctx) == render_incident(make_record(), ref, ctx)


def test_every_record_kind_has_an_incident_layout() -> None:
    """Dispatch by kind is a table: a kind without an entry would print no particulars."""
    from shekara.domain.codes import CODE_LISTS
    from shekara.reports.incident import _KIND_LAYOUT

    assert set(_KIND_LAYOUT) == set(CODE_LISTS["kind"])
    assert [k for k, layout in _KIND_LAYOUT.items() if not layout.outcome] == ["drug_intel"]
