"""Benchmark of schema step 17 (issue 13): the period reports read the report index, and what
that costs an add. Each figure beside its baseline measured in the same run. Not run by pytest.

    PYTHONPATH=desktop .venv/bin/python tests/bench/bench_report_facts.py --vault DIR [--runs 3]
        reports of the busiest year of a kept HQ vault (bench_scale.py --keep DIR), against the
        counting over the versions themselves as before the step (the vault is migrated, and
        its facts filled, when it opens: ~95 s at 1,000,000 records, once)
    PYTHONPATH=desktop .venv/bin/python tests/bench/bench_report_facts.py --add 20000 [--runs 3]
        CPU time and disk per record of RecordService.add with the report facts, against the
        same add with the report index dropped and no facts written, alternately

Prints medians (the machine is noisy).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "desktop"))

from tests.bench.hq_scale import OFFICER, PASS, busiest_year

import shekara.services.records as record_service
from shekara.demo.samples import generate_records
from shekara.domain.reference import load_default
from shekara.reports.summary import summarize
from shekara.services.records import RecordService
from shekara.services.session import Session
from shekara.vault import report_sources
from shekara.vault.vault import Vault


def _median_s(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def reports(directory: Path, runs: int) -> None:
    session = Session(Vault.open(directory, OFFICER, PASS))
    year = busiest_year(session)
    start, end = date(year, 1, 1), date(year, 12, 31)
    first, last = start.isoformat(), end.isoformat()
    conn = session.vault.conn
    counted = summarize(report_sources.versions_in_force(conn, first, last), start, end).counted
    print(f"busiest year {year}: {counted:,} records counted")
    before = _median_s(lambda: summarize(report_sources._from_versions(conn, first, last),
                                         start, end), runs)
    print(f"counting over the versions (before step 17): {before:.2f} s")
    after = _median_s(lambda: summarize(report_sources.versions_in_force(conn, first, last),
                                        start, end), runs)
    print(f"counting over the report index:              {after:.2f} s"
          f" ({before / after:.1f}x faster)")
    for name, make in (("summary", session.reports.summary),
                       ("statistics", session.reports.statistics)):
        figure = _median_s(lambda make=make: make(start, end), runs)
        print(f"{name} report (PDF): {figure:.2f} s (goal <= 5 s:"
              f" {'met' if figure <= 5 else 'MISSED'})")
    session.close()


def _add(records: list[dict[str, Any]], with_facts: bool) -> tuple[float, float]:
    """(CPU µs a record, bytes on disk a record) of adding `records` in batches of 1,000."""
    original = record_service.report_facts_json
    with tempfile.TemporaryDirectory() as folder:
        vault, _ = Vault.create(Path(folder) / "v", mode="post", party="KZ",
                                post_code="KZ-BENCH", officer="b.sup", passphrase=PASS)
        if not with_facts:
            vault.conn.execute("DROP INDEX records_report")
            record_service.report_facts_json = lambda data: None  # type: ignore[assignment,return-value]
        try:
            service = RecordService(vault, load_default())
            cpu = time.process_time()
            for at in range(0, len(records), 1000):
                service.add(records[at:at + 1000])
            cpu = time.process_time() - cpu
        finally:
            record_service.report_facts_json = original
        vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = (Path(folder) / "v" / "vault.db").stat().st_size
        vault.lock()
    return cpu / len(records) * 1e6, size / len(records)


def add_cost(count: int, runs: int) -> None:
    records = list(generate_records(count, seed=11, party="KZ"))
    with_facts, without = [], []
    for _ in range(runs):
        without.append(_add(records, False))
        with_facts.append(_add(records, True))
    cpu_with = statistics.median(c for c, _ in with_facts)
    cpu_without = statistics.median(c for c, _ in without)
    size_with = statistics.median(s for _, s in with_facts)
    size_without = statistics.median(s for _, s in without)
    print(f"add, CPU a record: {cpu_with:.0f} µs with the report facts, {cpu_without:.0f} µs"
          f" without (+{cpu_with - cpu_without:.0f} µs, {cpu_with / cpu_without - 1:+.0%})")
    print(f"disk a record: {size_with:,.0f} bytes with, {size_without:,.0f} without"
          f" (+{size_with - size_without:,.0f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--vault", type=Path, help="a kept HQ vault (bench_scale.py --keep)")
    parser.add_argument("--add", type=int, default=0, metavar="N", help="records to add")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if args.vault:
        reports(args.vault, args.runs)
    if args.add:
        add_cost(args.add, args.runs)
    if not (args.vault or args.add):
        parser.error("give --vault DIR and/or --add N")


if __name__ == "__main__":
    main()
