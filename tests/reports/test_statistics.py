"""Statistics without names: the counting, the CSV and the printed page — and no personal data
in either output, whatever the records hold."""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any

import pytest

from shekara.domain.reference import load_default
from shekara.reports import catalog
from shekara.reports.statistics import (
    CSV_COLUMNS,
    count_statistics,
    render_statistics,
    statistics_csv,
)
from tests.reports.conftest import make_context, make_record
from tests.reports.pdfcheck import flat, text

YEAR = (date(2026, 1, 1), date(2026, 12, 31))
REF = load_default()
# What make_record's persons and places hold: none of it may reach a statistics output.
PERSONAL = ("Žukauskas", "Жукаускас", "Сүлейменов", "Tomas", "Асқар", "12345678",
            "lane 3", "героин табылды", "tiger stamp", "1988")


def _records() -> list[dict[str, Any]]:
    march = make_record("border_violation", occurred_at="2026-03-04T10:00:00+05:00")
    inland = make_record("drug_intel", occurred_at="2026-03-20",
                         place={"checkpoint": None, "description": "Алматы", "lat": None,
                                "lon": None})
    kaz_only = make_record("contraband_detention", occurred_at="2026-07-01", persons=[
        {**make_record()["persons"][2], "role": "courier"}])
    draft = make_record(status="draft")
    withdrawn = make_record(status="withdrawn")
    last_year = make_record(occurred_at="2025-12-31")
    return [make_record(), march, inland, kaz_only, draft, withdrawn, last_year]


def test_counts_by_kind_month_checkpoint_citizenship_substance_and_outcome() -> None:
    stats = count_statistics(_records(), *YEAR, party="KZ")
    assert (stats.counted, stats.drafts, stats.withdrawn) == (4, 1, 1)
    assert stats.by_kind == {"contraband_detention": 2, "border_violation": 1,
                             "drug_intel": 1}
    # A KZ installation: Lithuanian couriers qualify, a Kazakh-only detention does not.
    assert stats.qualifying == {"contraband_detention": 1, "border_violation": 1,
                                "drug_intel": 1}
    assert stats.by_month == {("2026-11", "contraband_detention"): 1,
                              ("2026-03", "border_violation"): 1,
                              ("2026-03", "drug_intel"): 1,
                              ("2026-07", "contraband_detention"): 1}
    assert stats.by_checkpoint[("KZ-NUR-ZHOLY-ROAD", "contraband_detention")] == 2
    assert stats.by_checkpoint[("", "drug_intel")] == 1
    # persons, each counted once per citizenship: 3 records x (2 LTU + 1 KAZ) + 1 KAZ
    assert stats.by_citizenship == {"LTU": 6, "KAZ": 4}
    assert stats.seized == {("heroin", "kg"): [2, 3.7]}
    assert stats.by_outcome == {"criminal_case": 2, "detained": 1, "": 1}


def test_csv_has_one_row_per_number_and_no_personal_data() -> None:
    stats = count_statistics(_records(), *YEAR, party="KZ")
    body = statistics_csv(stats, REF, "ru")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert tuple(rows[0]) == CSV_COLUMNS
    by = {(r["table"], r["key"], r["kind"]): r for r in rows}
    assert by[("period", "2026-01-01/2026-12-31", "")]["count"] == "4"
    assert by[("qualifying", "contraband_detention", "contraband_detention")]["count"] == "1"
    assert by[("month", "2026-03", "drug_intel")]["count"] == "1"
    assert by[("checkpoint", "KZ-NUR-ZHOLY-ROAD", "contraband_detention")]["count"] == "2"
    assert by[("citizenship", "LTU", "")]["label"] == REF.country_name("LTU", "ru")
    heroin = by[("seized", "heroin", "")]
    assert (heroin["count"], heroin["quantity"], heroin["unit"]) == ("2", "3.7", "kg")
    for value in PERSONAL:
        assert value not in body


@pytest.mark.parametrize("lang", ["kk", "lt", "ru", "en"])
def test_the_printed_statistics_in_every_language(lang: str) -> None:
    stats = count_statistics(_records(), *YEAR, party="KZ" if lang != "lt" else "LT")
    pdf = render_statistics(stats, REF, make_context(lang))
    words = flat(text(pdf))
    for each in (lang, "ru") if lang in ("kk", "lt") else (lang,):
        assert flat(catalog.text("stats.title", each)) in words
        assert flat(catalog.text("stats.by_month", each)) in words
        assert flat(catalog.text("stats.no_personal_data", each)) in words
    assert flat(REF.checkpoint_name("KZ-NUR-ZHOLY-ROAD", lang)) in words
    for value in PERSONAL:
        assert flat(value) not in words


def test_an_empty_period_prints_no_data() -> None:
    stats = count_statistics([], date(2020, 1, 1), date(2020, 1, 31), party="KZ")
    words = flat(text(render_statistics(stats, REF, make_context("en"))))
    assert flat(catalog.text("summary.no_data", "en")) in words
