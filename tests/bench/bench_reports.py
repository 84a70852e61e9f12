"""Benchmark: incident report (goal ≤ 300 ms) and a summary of 10,000 records (goal ≤ 5 s).

Not run by pytest (tests/bench is excluded). Run from the checkout root:

    .venv/bin/python tests/bench/bench_reports.py [--runs N]

Prints the median, minimum and maximum of N runs of each, after one warm-up run (the first
render also loads the fonts and reference data, which a running program has done already).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "desktop"))

from tests.reports.conftest import make_context, make_record

from shekara.domain.reference import load_default
from shekara.reports.incident import render_incident
from shekara.reports.summary import render_summary

COUNTRIES = ["AFG", "KAZ", "LTU", "RUS", "BLR", "UZB", "KGZ", "CHN", "POL", "TJK", "TKM", "IRN"]


def ten_thousand_records() -> list[dict[str, Any]]:
    templates = [make_record(kind) for kind in ("contraband_detention", "border_violation",
                                                "forged_document", "drug_intel")]
    records = []
    for i in range(10_000):
        record = dict(templates[i % 4], id=f"00000000-0000-4000-8000-{i:012d}",
                      occurred_at=f"2026-11-{1 + i % 30:02d}",
                      status="draft" if i % 50 == 0 else "approved")
        if "route" in record:
            record["route"] = [{"country": COUNTRIES[(i * 7 + k) % len(COUNTRIES)],
                                "place": "", "mode": "road", "date": None} for k in range(3)]
        records.append(record)
    return records


def measure(name: str, goal: float, runs: int, work: Callable[[], bytes]) -> bool:
    work()  # warm-up
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        size = len(work())
        times.append(time.perf_counter() - started)
    median = statistics.median(times)
    verdict = "ok" if median <= goal else "OVER GOAL"
    print(f"{name:<32} median {median * 1000:8.1f} ms  min {min(times) * 1000:8.1f}  "
          f"max {max(times) * 1000:8.1f}  goal {goal * 1000:.0f} ms  {size:>8} bytes  {verdict}")
    return median <= goal


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    ref = load_default()
    record = make_record()
    records = ten_thousand_records()
    ok = measure("incident report (kk+ru)", 0.300, runs,
                 lambda: render_incident(record, ref, make_context("kk")))
    ok &= measure("summary, 10,000 records (lt+ru)", 5.0, runs,
                  lambda: render_summary(records, ref, make_context("lt"),
                                         start=date(2026, 11, 1), end=date(2026, 11, 30)))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
