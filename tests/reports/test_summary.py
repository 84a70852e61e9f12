"""The period summary: the counting, and the printed page."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from shekara.domain.reference import ReferenceData
from shekara.reports.catalog import CATALOG
from shekara.reports.qr import SummaryRef, parse_qr_text
from shekara.reports.summary import records_digest, render_summary, summarize, summary_qr_text
from tests.reports.conftest import make_context, make_record
from tests.reports.pdfcheck import flat, text

NOV = (date(2026, 11, 1), date(2026, 11, 30))


def _with(record: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {**record, **changes}


def test_counts_by_kind_outcome_and_citizenship() -> None:
    detention, violation, intel = (make_record("contraband_detention"),
                                   make_record("border_violation"), make_record("drug_intel"))
    summary = summarize([detention, violation, intel, detention], *NOV)
    assert summary.counted == 4 and summary.qualifying == 4
    assert summary.by_kind == {"contraband_detention": 2, "border_violation": 1,
                               "drug_intel": 1}
    assert summary.by_outcome == {"criminal_case": 2, "detained": 1, "": 1}
    # Persons are counted by each citizenship they hold (3 persons per sample record).
    assert summary.by_citizenship == {"LTU": 8, "KAZ": 4}


def test_seizures_are_totalled_per_substance_and_unit() -> None:
    def detention(items: list[dict[str, Any]]) -> dict[str, Any]:
        return make_record(items=items)

    heroin_kg = {"category": "narcotic_drug", "substance": "heroin", "quantity": 1.85,
                 "unit": "kg"}
    summary = summarize([
        detention([heroin_kg, dict(heroin_kg, quantity=0.15)]),
        detention([dict(heroin_kg, quantity=250, unit="g")]),
        detention([{"category": "firearm", "quantity": 2, "unit": "pcs",
                    "serial_number": "X1"}]),
    ], *NOV)
    totals = {key: (t.cases, round(t.total, 6)) for key, t in summary.seizures.items()}
    assert totals == {("substance", "heroin", "kg"): (2, 2.0),
                      ("substance", "heroin", "g"): (1, 250.0),
                      ("category", "firearm", "pcs"): (1, 2.0)}


def test_routes_are_country_sequences_with_repeats_collapsed() -> None:
    leg = {"place": "", "mode": "road", "date": None}
    route = [dict(leg, country=c) for c in ("AFG", "KAZ", "KAZ", "LTU")]
    summary = summarize([make_record(route=route), make_record(), make_record("drug_intel"),
                         make_record("border_violation")], *NOV)
    assert summary.routes == {("AFG", "KAZ", "LTU"): 2, ("AFG", "LTU"): 1}


def test_period_is_inclusive_and_uses_the_local_date_as_recorded() -> None:
    record = make_record()
    on_first = _with(record, occurred_at="2026-11-01T00:30:00+05:00")  # 31 Oct in UTC
    on_last = _with(record, occurred_at="2026-11-30")
    before = _with(record, occurred_at="2026-10-31T23:59:00+05:00")
    after = _with(record, occurred_at="2026-12-01T00:00:00+05:00")
    assert summarize([on_first, on_last, before, after], *NOV).counted == 2


def test_checkpoint_filter() -> None:
    here = make_record()
    elsewhere = _with(here, place={**here["place"], "checkpoint": "KZ-DOSTYK-ROAD"})
    nowhere = _with(here, place={**here["place"], "checkpoint": None})
    summary = summarize([here, elsewhere, nowhere], *NOV, checkpoint="KZ-DOSTYK-ROAD")
    assert summary.counted == 1 and summary.checkpoint == "KZ-DOSTYK-ROAD"


def test_drafts_and_withdrawn_records_are_left_out_but_reported(ref: ReferenceData) -> None:
    record = make_record()
    summary = summarize([record, _with(record, status="draft"),
                         _with(record, status="withdrawn"), _with(record, status="draft"),
                         _with(record, status="exported"),
                         _with(record, status="acknowledged")], *NOV)
    assert (summary.counted, summary.drafts, summary.withdrawn) == (3, 2, 1)
    out = text(render_summary([record, _with(record, status="draft")], ref, make_context("ru"),
                              start=NOV[0], end=NOV[1]))
    assert flat(CATALOG["summary.excluded"]["ru"].format(drafts=1, withdrawn=0)) in flat(out)


def test_qr_names_the_period_and_the_record_versions_counted() -> None:
    a = make_record()
    b = make_record(version=3)
    summary = summarize([a, b], *NOV, checkpoint="KZ-NUR-ZHOLY-ROAD")
    payload = parse_qr_text(summary_qr_text(summary))
    assert payload == SummaryRef(NOV[0], NOV[1], "KZ-NUR-ZHOLY-ROAD", 2,
                                 records_digest([f"{a['id']}:2", f"{a['id']}:3"]))
    # The digest does not depend on the order records arrive in.
    assert summarize([b, a], *NOV).digest == summarize([a, b], *NOV).digest
    assert summarize([a], *NOV).digest != summary.digest


@pytest.mark.parametrize("lang", ["kk", "lt"])
def test_printed_summary(ref: ReferenceData, lang: str) -> None:
    records = [make_record(), make_record("border_violation"), make_record("drug_intel")]
    out = flat(text(render_summary(records, ref, make_context(lang), start=NOV[0],
                                   end=NOV[1])))
    for key in ("summary.title", "summary.by_kind", "summary.by_outcome",
                "summary.by_citizenship", "summary.seizures", "summary.routes",
                "summary.chart_kind", "summary.all_checkpoints"):
        assert flat(CATALOG[key][lang]) in out and flat(CATALOG[key]["ru"]) in out, key
    assert flat(ref.substance_name("heroin", lang)) in out
    route = " – ".join(ref.country_name(c, "ru") for c in ("AFG", "KAZ", "LTU"))
    assert flat(route) in out
    assert flat(ref.label("kind", "drug_intel", lang)) in out


def test_empty_period_prints_no_data(ref: ReferenceData) -> None:
    out = flat(text(render_summary([], ref, make_context("en"), start=NOV[0], end=NOV[1])))
    assert flat(CATALOG["summary.no_data"]["en"]) in out


def test_ten_thousand_records_are_counted(ref: ReferenceData) -> None:
    # How fast is tests/bench/bench_reports.py's question (goal ≤ 5 s), not a test's.
    templates = [make_record(kind) for kind in ("contraband_detention", "border_violation",
                                                "forged_document", "drug_intel")]
    countries = ["AFG", "KAZ", "LTU", "RUS", "BLR", "UZB", "KGZ", "CHN", "POL", "TJK"]
    records = []
    for i in range(10_000):
        record = dict(templates[i % 4], id=f"00000000-0000-4000-8000-{i:012d}",
                      occurred_at=f"2026-11-{1 + i % 30:02d}")
        if "route" in record:
            record["route"] = [{"country": countries[(i + k) % 10], "place": "",
                                "mode": "road", "date": None} for k in range(3)]
        records.append(record)
    pdf = render_summary(records, ref, make_context("kk"), start=NOV[0], end=NOV[1])
    assert flat("10 000") in flat(text(pdf)) or "10000" in flat(text(pdf))
