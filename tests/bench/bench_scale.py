#!/usr/bin/env python3
"""Issue 13 in one run: each figure beside its baseline (measured in the same run) and its goal.

    PYTHONPATH=desktop .venv/bin/python tests/bench/bench_scale.py \
        [--add 20000] [--import 5000] [--mb 50] [--hq 200000] [--runs 3]

1. add through RecordService.add (batches of 1,000) vs a bare SQLCipher insert of the same JSON
   (goal: ≤ 3× the bare time);
2. HQ import of one packet of --import records (goal ≥ 20,000 records/s), beside the bare
   insert rate;
3. export of one record with --mb MB of attachments vs the `age` command on the same bytes
   (goal ≤ 1.25×);
4. an HQ vault of --hq records from 8 posts built through real packets (hq_scale.py), and on
   it: size per 100,000, list, every filter, counts, search p95, posts overview, opening a
   record, a year's summary and statistics reports, `shekara check`, backup.
--hq 0 skips 4. Medians; the machine is noisy, so compare ratios, not seconds across runs.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench import bench_packets, hq_scale
from tests.bench.bench_vault import bare_sqlcipher_insert
from tests.bench.vault_builder import generate_records

from shekara.services.session import Session
from shekara.vault.vault import Vault


def line(what: str, figure: str, baseline: str, goal: str, verdict: str = "") -> None:
    print(f"| {what:<46} | {figure:>14} | {baseline:>22} | {goal:>12} | {verdict}")


def add_vs_bare(count: int, root: Path) -> float:
    records = list(generate_records(count, seed=7, party="KZ"))
    bare = bare_sqlcipher_insert(records, root)
    vault, _ = Vault.create(root / "add", mode="post", party="KZ", post_code="KZ-BENCH",
                            officer="bench.sup", passphrase="bench-passphrase")
    session = Session(vault)
    started = time.perf_counter()
    for i in range(0, count, 1000):
        session.records.add(records[i:i + 1000])
    ours = time.perf_counter() - started
    session.close()
    ratio = ours / bare
    line("add (records/s)", f"{count / ours:,.0f}", f"bare {count / bare:,.0f}/s",
         "≤ 3× bare", f"{ratio:.1f}× bare {'met' if ratio <= 3 else 'MISSED'}")
    return count / bare


def hq_import(count: int, runs: int, root: Path, bare_rate: float) -> None:
    root.mkdir()
    post = bench_packets.make_post(root)
    bench_packets.make_hq(root, post).lock()
    bench_packets.add_records(post, count)
    times, packet = bench_packets.bench_export(post, root, 1)
    post.lock()
    times = bench_packets.bench_import(root, packet, runs, count)
    rate = count / statistics.median(times)
    line(f"HQ import of {count:,} (records/s)", f"{rate:,.0f}", f"bare {bare_rate:,.0f}/s",
         "≥ 20,000", "met" if rate >= 20_000 else "MISSED")


def export_vs_age(megabytes: int, runs: int, root: Path) -> None:
    if not shutil.which("age"):
        line("export vs age", "-", "age missing", "≤ 1.25×")
        return
    root.mkdir()
    ours, theirs = bench_packets.bench_attachments(root, megabytes, runs)
    ratio = statistics.median(ours) / statistics.median(theirs)
    line(f"export, {megabytes} MB attachments (s)", f"{statistics.median(ours):.2f}",
         f"age {statistics.median(theirs):.2f} s", "≤ 1.25× age",
         f"{ratio:.1f}× age {'met' if ratio <= 1.25 else 'MISSED'}")


def hq_vault(count: int, runs: int, root: Path, keep: Path | None = None,
             vault: Path | None = None) -> None:
    def progress(done: int, seconds: float) -> None:
        print(f"  … {done:,} records in {seconds:.0f} s", file=sys.stderr, flush=True)

    if vault is not None:
        built = hq_scale.existing(vault)
        line(f"HQ vault of {built.count:,} (kept earlier)", "-", str(vault), "")
    else:
        built = hq_scale.build_hq(keep or root / "hq-scale", count, progress=progress)
        line(f"HQ vault of {count:,}: built (records/s)", f"{count / built.seconds:,.0f}",
             f"{built.seconds:.0f} s", "")
    for what, figure, goal in hq_scale.measure(built, runs):
        verdict = ""
        if goal:
            limit = float(goal.split()[-1])
            verdict = "met" if figure <= limit else "MISSED"
        line(what, f"{figure:,.1f}", "", goal, verdict)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--add", type=int, default=20_000)
    parser.add_argument("--import", dest="imported", type=int, default=5_000)
    parser.add_argument("--mb", type=int, default=50)
    parser.add_argument("--hq", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, default=None, metavar="DIR",
                        help="build the HQ vault in DIR (a new folder) and keep it")
    parser.add_argument("--vault", type=Path, default=None, metavar="DIR",
                        help="measure the HQ vault kept earlier in DIR instead of building one")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="shekara-bench-scale-"))
    print(f"| {'what':<46} | {'figure':>14} | {'baseline (same run)':>22} | {'goal':>12} |")
    print(f"|{'-' * 48}|{'-' * 16}|{'-' * 24}|{'-' * 14}|---")
    try:
        bare_rate = add_vs_bare(args.add, root) if args.add else 15_000.0
        if args.imported:
            hq_import(args.imported, args.runs, root / "import", bare_rate)
        if args.mb:
            export_vs_age(args.mb, args.runs, root / "export")
        if args.hq or args.vault:
            hq_vault(args.hq, args.runs, root, args.keep, args.vault)
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
