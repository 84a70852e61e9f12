#!/usr/bin/env python3
"""Packet benchmark (run by hand, not by pytest): prints medians and ratios.

    .venv/bin/python tests/bench/bench_packets.py [--runs 3] [--records 10000] [--mb 100]

1. export of N approved records at the post (build, sign, encrypt, write, fsync, read back,
   verify, both transactions), median of --runs;
2. export of one record with 100 MB of attachments, against the `age` command encrypting the
   same bytes to the same two recipients in the same run (ratio = export / age);
3. HQ import of the N-record packet into a fresh HQ vault, in records per second (goal 20,000,
   issue 13).
Vaults use the test-only fast key derivation, so unlocking is not what is measured.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.cli.conftest import border_record, example_record
from tests.support.fast_kdf import install

from shekara.domain.reference import load_default
from shekara.packets import enrollment
from shekara.services import attachments, export, hq, keys
from shekara.services.records import RecordService
from shekara.vault import chain_store, outbox_store, packet_store
from shekara.vault import records as repo
from shekara.vault.vault import Vault, now_utc

install()  # the benchmark's vaults unlock cheaply: unlocking is not what is measured

PASS = "benchmark-passphrase"
REF = load_default()
SURNAMES = [("Сүлейменов", "Нұрлан", "LTU"), ("Jankauskaitė", "Rūta", "KAZ"),
            ("Žukauskas", "Tomas", "LTU"), ("Әбдірахманов", "Ерлан", "LTU")]


def make_post(root: Path) -> Vault:
    post, _ = Vault.create(root / "post", mode="post", party="KZ", post_code="KZ-BENCH",
                           officer="bench.sup", passphrase=PASS)
    post.set_setting("four_eyes", "0")
    keys.create_own_keys(post)
    return post


def make_hq(root: Path, post: Vault) -> Vault:
    central, _ = Vault.create(root / "hq", mode="hq", party="KZ", post_code="HQ-KZ",
                              officer="bench.sup", passphrase=PASS)
    keys.create_own_keys(central)
    keys.import_hq_keys(post, enrollment.make_hq_keys(keys.own_keys(central)))
    keys.enroll(central, enrollment.make_enrollment(keys.own_keys(post)))
    return central


def approve_all(post: Vault) -> None:
    """Approve every draft in one transaction (setup, not measured)."""
    with post.transaction() as conn:
        for row in repo.list_records(conn, limit=10**6):
            if row.status == "draft":
                repo.approve_version(conn, row.id, row.version, officer="bench.sup",
                                     at=now_utc(), retain_until="2036-01-01",
                                     review_on="2027-01-01")
                repo.refresh_status(conn, row.id)


def add_records(post: Vault, count: int) -> None:
    service = RecordService(post, REF)
    batch = []
    for i in range(count):
        surname, given, citizenship = SURNAMES[i % len(SURNAMES)]
        record = (border_record(f"{surname}{i}", given, citizenship) if i % 3
                  else example_record(case_number=f"2026-{i:05d}"))
        batch.append(record)
        if len(batch) == 1000:
            service.add(batch)
            batch = []
    if batch:
        service.add(batch)
    approve_all(post)


def reset_export(post: Vault, seq: int) -> None:
    """Undo export `seq` so the same versions can be exported again (benchmark only)."""
    with post.transaction() as conn:
        outbox_store.delete_outbox(conn, seq)
        packet_store.unmark_exported(conn, seq)
        chain_store.set_chain(conn, "records", 0, None)


def timed(action: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def bench_export(post: Vault, root: Path, runs: int) -> tuple[list[float], Path]:
    times: list[float] = []
    path = root
    for run in range(runs):
        stick = root / f"stick-export-{run}"
        stick.mkdir()
        seconds, result = timed(lambda stick=stick: export.export(post, stick))
        assert isinstance(result, export.ExportResult)
        times.append(seconds)
        path = result.path
        if run < runs - 1:
            reset_export(post, result.seq)
    return times, path


def bench_import(root: Path, packet: Path, runs: int, records: int) -> list[float]:
    data = packet.read_bytes()
    times: list[float] = []
    for run in range(runs):
        copy = root / f"hq-import-{run}"
        shutil.copytree(root / "hq", copy)  # the same HQ, fresh each run
        central = Vault.open(copy, "bench.sup", PASS)
        seconds, outcome = timed(lambda central=central: hq.import_packet(central, REF, data))
        assert isinstance(outcome, hq.ImportOutcome) and outcome.records == records, outcome
        times.append(seconds)
        central.lock()
        shutil.rmtree(root / f"hq-import-{run}")
    return times


def bench_attachments(root: Path, megabytes: int, runs: int) -> tuple[list[float], list[float]]:
    post = make_post(root / "att")
    central = make_hq(root / "att", post)
    service = RecordService(post, REF)
    (record_id,) = service.add([example_record()])
    pieces = 10
    files = root / "att-files"
    files.mkdir()
    for i in range(pieces):
        path = files / f"scan-{i}.jpg"
        path.write_bytes(os.urandom(megabytes * 1024 * 1024 // pieces))
        attachments.attach(post, REF, record_id, path)
    approve_all(post)
    blob = root / "att-plain.bin"
    with open(blob, "wb") as out:
        for i in range(pieces):
            out.write((files / f"scan-{i}.jpg").read_bytes())
    own, pinned = keys.own_keys(post), keys.pinned_hq(post)
    ours, theirs = [], []
    for run in range(runs):
        stick = root / f"stick-att-{run}"
        stick.mkdir()
        seconds, result = timed(lambda stick=stick: export.export(post, stick))
        assert isinstance(result, export.ExportResult)
        ours.append(seconds)
        if run < runs - 1:
            reset_export(post, result.seq)
        target = root / f"age-{run}.age"
        seconds, _ = timed(lambda target=target: subprocess.run(
            ["age", "-r", pinned.age_recipient, "-r", own.public.age_recipient, "-o",
             str(target), str(blob)], check=True))
        theirs.append(seconds)
        target.unlink()
    post.lock()
    central.lock()
    return ours, theirs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--mb", type=int, default=100)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="shekara-bench-"))
    try:
        post = make_post(root)
        make_hq(root, post).lock()
        setup, _ = timed(lambda: add_records(post, args.records))
        print(f"setup: {args.records} records added and approved in {setup:.1f} s")
        export_times, packet = bench_export(post, root, args.runs)
        size = packet.stat().st_size
        import_times = bench_import(root, packet, args.runs, args.records)
        post.lock()
        rows = [("export", f"{args.records} records ({size / 2**20:.1f} MiB packet)",
                 statistics.median(export_times), "")]
        rate = args.records / statistics.median(import_times)
        rows.append(("HQ import", f"{args.records} records",
                     statistics.median(import_times),
                     f"{rate:,.0f} records/s (goal 20,000: "
                     f"{'met' if rate >= 20_000 else 'MISSED'})"))
        if shutil.which("age"):
            ours, theirs = bench_attachments(root, args.mb, args.runs)
            ratio = statistics.median(ours) / statistics.median(theirs)
            rows.append(("export", f"1 record + {args.mb} MB attachments",
                         statistics.median(ours), f"{ratio:.1f}x the age command"))
            rows.append(("age -r -r", f"the same {args.mb} MB", statistics.median(theirs),
                         "1.0x"))
        else:
            print("the age command is missing: attachment comparison skipped")
        print(f"\nmedian of {args.runs} run(s); {sys.platform}, Python "
              f"{sys.version.split()[0]}\n")
        print(f"| {'what':<10} | {'size':<38} | {'median s':>8} | ratio / rate")
        print(f"|{'-' * 12}|{'-' * 40}|{'-' * 10}|{'-' * 40}")
        for what, size_text, seconds, note in rows:
            print(f"| {what:<10} | {size_text:<38} | {seconds:>8.2f} | {note}")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
