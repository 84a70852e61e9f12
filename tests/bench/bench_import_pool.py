#!/usr/bin/env python3
"""Issue 13's open option, measured: worker processes for the HQ import's per-record work.

    PYTHONPATH=desktop .venv/bin/python tests/bench/bench_import_pool.py \
        [--import 5000] [--workers 1 2 3] [--runs 3]

Issue 13 asks HQ to import ≥ 20,000 records/s and names "a worker process for HQ import's index
building" as one way; `bench_floor.py` shows the import's SQL alone runs at ~27,000 records/s and
the Python is the rest. The per-record Python that needs no vault — strict validation, the
content hash, the summary (search keys, report facts, the relevance rule) and the JSON the
vault stores — is a pure function of the record and the reference data, so it is the part a
pool could take. This benchmark gives that pool its best case and measures it:

- the records are decoded once in this process and the workers are forked after, so they
  inherit them (no pickling on the way in; `fork`, not `spawn`, so no re-import either);
- each worker returns plain strings and numbers for its share (the cheapest results to pickle);
- fork and the workers' start are inside the measured time, as they would be in an import.

Printed: the import whole; the pure work done here, serially; the same work in N workers
(results back in this process); and the import rate a pool would give at best: the import's
time with its serial pure work replaced by the pool's wall time. Medians of --runs; the
machine has as many cores as `os.cpu_count()` says, printed beside the figures.

This is a probe, not the program's code: it forks a process that holds an open vault, which the
program never does (docs/scale.md, "A worker pool for the import").
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench import bench_packets

from shekara.domain import search_key
from shekara.domain.records import content_hash
from shekara.domain.validation import validate_record
from shekara.packets.container import decrypt_body, verify_only
from shekara.packets.payload import decode_records
from shekara.services.keys import hq_keyring, identities
from shekara.services.records import RecordService
from shekara.vault.vault import Vault

PASS = bench_packets.PASS
REF = bench_packets.REF
Result = tuple[str, str, str, str, str, str, str, str, str, bool, str]


def pure_work(service: RecordService, raws: Sequence[dict[str, Any]],
              now: datetime) -> list[Result]:
    """What an import computes per record without the vault, as strings: the stored JSON, the
    content hash, the list row's columns and the search columns."""
    out: list[Result] = []
    for raw in raws:
        data = validate_record(raw, REF, now=now, on_add=False)
        digest = content_hash({**data, "id": raw["id"], "version": raw["version"]})
        if digest != raw.get("content_hash"):
            raise ValueError("content hash differs")  # the import refuses the packet here
        s = service._summary(data)
        cols = s.search_columns
        out.append((json.dumps(data, ensure_ascii=False, sort_keys=True), digest,
                    cols.get("names", ""), cols.get("documents", ""), cols.get("places", ""),
                    cols.get("things", ""), cols.get("text", ""), s.title,
                    " ".join(s.citizenships), s.qualifies, s.report_facts))
    return out


def in_workers(workers: int, work: Callable[[int, int], list[Result]], count: int) -> float:
    """Fork `workers` processes, each doing records [start, stop) and piping its results back
    pickled; seconds until this process holds every result."""
    started = time.perf_counter()
    share = -(-count // workers)
    children: list[tuple[int, int]] = []
    for start in range(0, count, share):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the worker
            os.close(read_end)
            try:
                with os.fdopen(write_end, "wb") as pipe:
                    pickle.dump(work(start, min(count, start + share)), pipe,
                                protocol=pickle.HIGHEST_PROTOCOL)
            finally:
                os._exit(0)
        os.close(write_end)
        children.append((pid, read_end))
    results: list[Result] = []
    for pid, read_end in children:
        with os.fdopen(read_end, "rb") as pipe:
            results += pickle.load(pipe)
        os.waitpid(pid, 0)
    elapsed = time.perf_counter() - started
    assert len(results) == count, len(results)
    return elapsed


def line(what: str, figure: str, note: str = "") -> None:
    print(f"| {what:<58} | {figure:>16} | {note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--import", dest="count", type=int, default=5_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    count: int = args.count
    root = Path(tempfile.mkdtemp(prefix="shekara-bench-pool-"))
    try:
        post = bench_packets.make_post(root)
        bench_packets.make_hq(root, post).lock()
        bench_packets.add_records(post, count)
        _, packet = bench_packets.bench_export(post, root, 1)
        post.lock()
        data = packet.read_bytes()
        whole = statistics.median(bench_packets.bench_import(root, packet, args.runs, count))
        central = Vault.open(root / "hq", "bench.sup", PASS)
        verified = verify_only(data, hq_keyring(central), expect_kind="records",
                               expect_recipient_id=central.post_code)
        raws = list(decode_records(decrypt_body(data[verified.body_offset:],
                                                identities(central))).records)
        service = RecordService(central, REF)
        now = datetime.now(UTC)

        def work(start: int, stop: int) -> list[Result]:
            return pure_work(service, raws[start:stop], now)

        def cold() -> None:  # each run starts as an import in a freshly unlocked HQ does
            search_key.forget_cached_keys()

        serial: list[float] = []
        for _ in range(args.runs):
            cold()
            started = time.perf_counter()
            work(0, count)
            serial.append(time.perf_counter() - started)
        pooled: dict[int, float] = {}
        for n in args.workers:
            times = []
            for _ in range(args.runs):
                cold()
                times.append(in_workers(n, work, count))
            pooled[n] = statistics.median(times)
        central.lock()
    finally:
        shutil.rmtree(root, ignore_errors=True)

    s = statistics.median(serial)
    print(f"\nHQ import of {count:,} records: its per-record pure work in worker processes "
          f"(medians of {args.runs}; {os.cpu_count()} cores; load {os.getloadavg()[0]:.2f})")
    line("import, whole (hq.import_packet)", f"{count / whole:,.0f} rec/s",
         f"{whole / count * 1e6:.0f} µs a record; goal ≥ 20,000 rec/s")
    line("  its pure per-record work, serially, here", f"{s / count * 1e6:.0f} µs/rec",
         f"{s / whole:.0%} of the import")
    for n, seconds in pooled.items():
        best = whole - s + seconds
        line(f"  the same in {n} forked worker(s), results back here",
             f"{seconds / count * 1e6:.0f} µs/rec",
             f"{s / seconds:.2f}× serial → import at best {count / best:,.0f} rec/s "
             f"({'met' if count / best >= 20_000 else 'MISSED'})")


if __name__ == "__main__":
    main()
