#!/usr/bin/env python3
"""Issue 13's floors: what the add, the HQ import and the export cannot go below, measured.

    PYTHONPATH=desktop .venv/bin/python tests/bench/bench_floor.py \
        [--add 20000] [--import 5000] [--mb 50] [--runs 3]

The goals of issue 13 are ratios (add ≤ 3× a bare SQLCipher insert, HQ import ≥ 20,000
records/s, export ≤ 1.25× the `age` command). This benchmark measures, in one run beside each
baseline, the parts of each that no implementation of the present design can drop:

1. **SQL alone.** Every statement the real add (or import) executed, with its parameters, is
   recorded and then replayed on a copy of the vault as it was before: the same pages written,
   the same indexes and triggers, the same commits, and no Python at all between them. That is
   the floor of the schema — what the add would cost if validation, hashing, search keys and
   JSON encoding took no time. It is printed per statement kind, so the table says which index
   or table the time goes to.
2. **The Python stages** of an add, each alone over the same records: validation, the id and
   content hash, the summary (search keys, report facts, the relevance rule).
3. **Export**: reading the attachments out of the vault, and `pyrage.encrypt` of the same bytes,
   each alone, against the `age` command on those bytes.

Medians of --runs; compare ratios, not seconds across runs (the machine is noisy).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import pyrage
from pyrage import x25519
from tests.bench import bench_packets, hq_scale
from tests.bench.bench_vault import bare_sqlcipher_insert
from tests.bench.vault_builder import generate_records

from shekara.domain.records import content_hash
from shekara.domain.validation import validate_record
from shekara.packets import enrollment
from shekara.services import attachments, export, hq, keys
from shekara.services.records import RecordService
from shekara.services.session import Session
from shekara.vault import attachment_store
from shekara.vault.vault import Vault

PASS = bench_packets.PASS
REF = bench_packets.REF


@dataclass
class Call:
    sql: str
    params: Any
    many: bool


@dataclass
class TracingConnection:
    """Forwards to the real connection and keeps every statement with its parameters."""

    conn: Any
    calls: list[Call] = field(default_factory=list)

    def execute(self, sql: str, params: Any = ()) -> Any:
        self.calls.append(Call(sql, params, many=False))
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Any]) -> Any:
        rows = list(rows)  # a generator would be spent by the first run
        self.calls.append(Call(sql, rows, many=True))
        return self.conn.executemany(sql, rows)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.conn, name)


def traced(vault: Vault) -> TracingConnection:
    tracer = TracingConnection(vault.conn)
    vault._conn = tracer  # a benchmark's probe, never the program's way
    return tracer


def statement_kind(sql: str) -> str:
    """'INSERT INTO records', 'SELECT … FROM audit', 'COMMIT': what a statement writes or reads."""
    words = " ".join(sql.split())
    head = words.split(" ", 1)[0].upper()
    if head in ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE"):
        return head
    target = re.search(r"\b(?:INTO|UPDATE|FROM)\s+([A-Za-z_][A-Za-z_0-9]*)", words,
                       flags=re.IGNORECASE)
    return f"{head} {target.group(1) if target else '?'}"


def replay(conn: Any, calls: list[Call]) -> tuple[float, dict[str, float]]:
    """Run the recorded statements again on `conn`; total seconds and seconds per kind."""
    by_kind: dict[str, float] = defaultdict(float)
    total = 0.0
    for call in calls:
        started = time.perf_counter()
        if call.many:
            conn.executemany(call.sql, call.params)
        else:
            conn.execute(call.sql, call.params).fetchall()
        spent = time.perf_counter() - started
        by_kind[statement_kind(call.sql)] += spent
        total += spent
    return total, by_kind


def drop_list_indexes(conn: Any) -> list[str]:
    """Drop every index the list, its filters and the reports read (the records table's own
    ones; its primary key and unique id stay): the counterfactual of a schema without them."""
    names = [str(row[0]) for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'records'"
        " AND sql IS NOT NULL")]
    for name in names:
        conn.execute(f'DROP INDEX "{name}"')
    return names


def copy_closed(vault: Vault, target: Path) -> None:
    """The vault's folder as it is now, copied while no connection holds it."""
    source = vault.directory
    vault.lock()
    shutil.copytree(source, target)


def line(what: str, figure: str, baseline: str, verdict: str = "") -> None:
    print(f"| {what:<52} | {figure:>14} | {baseline:>28} | {verdict}")


# --- 1 and 2: the add -----------------------------------------------------------------------
def add_floor(count: int, runs: int, root: Path) -> None:
    records = list(generate_records(count, seed=7, party="KZ"))
    bare, ours, sql, without, stages = [], [], [], [], defaultdict(list)
    dropped: list[str] = []
    kinds: dict[str, list[float]] = defaultdict(list)
    for run in range(runs):
        folder = root / f"add-{run}"
        folder.mkdir()
        bare.append(bare_sqlcipher_insert(records, folder) / count)
        for stage, seconds in python_stages(records, folder / "stages").items():
            stages[stage].append(seconds / count)
        vault, _ = Vault.create(folder / "vault", mode="post", party="KZ",
                                post_code="KZ-BENCH", officer="bench.sup", passphrase=PASS)
        copy_closed(vault, folder / "before")
        vault = Vault.open(folder / "vault", "bench.sup", PASS)
        session = Session(vault)
        tracer = traced(vault)
        started = time.perf_counter()
        for i in range(0, count, 1000):
            session.records.add(records[i:i + 1000])
        ours.append((time.perf_counter() - started) / count)
        session.close()
        shutil.copytree(folder / "before", folder / "bare-indexes")
        again = Vault.open(folder / "before", "bench.sup", PASS)
        total, by_kind = replay(again.conn, tracer.calls)
        again.lock()
        sql.append(total / count)
        for kind, seconds in by_kind.items():
            kinds[kind].append(seconds / count)
        stripped = Vault.open(folder / "bare-indexes", "bench.sup", PASS)
        dropped = drop_list_indexes(stripped.conn)
        without.append(replay(stripped.conn, [c for c in tracer.calls
                                              if statement_kind(c.sql) != "INSERT search"])[0]
                       / count)
        stripped.lock()
        shutil.rmtree(folder)
    b = statistics.median(bare)
    print(f"\nAdd of {count:,} records in batches of 1,000 (µs a record, medians of {runs})")
    line("bare SQLCipher insert of the same JSON (baseline)", f"{b * 1e6:.1f}", "1.0×")
    line("RecordService.add, whole", f"{statistics.median(ours) * 1e6:.1f}",
         f"{statistics.median(ours) / b:.1f}× bare", "goal ≤ 3×")
    floor = statistics.median(sql)
    line("  its SQL alone, replayed (no Python)", f"{floor * 1e6:.1f}",
         f"{floor / b:.1f}× bare", "MET" if floor / b <= 3 else "over 3× by itself")
    for kind, seconds in sorted(kinds.items(), key=lambda kv: -statistics.median(kv[1])):
        line(f"    {kind}", f"{statistics.median(seconds) * 1e6:.1f}", "")
    w = statistics.median(without)
    line(f"  SQL without the search index and {len(dropped)} list indexes", f"{w * 1e6:.1f}",
         f"{w / b:.1f}× bare", "what list, filters, search lose")
    python_floor = 0.0
    for stage, seconds in stages.items():
        python_floor += statistics.median(seconds)
        line(f"  {stage}, alone", f"{statistics.median(seconds) * 1e6:.1f}",
             f"{statistics.median(seconds) / b:.1f}× bare")
    line("  SQL + those stages (the floor)", f"{(floor + python_floor) * 1e6:.1f}",
         f"{(floor + python_floor) / b:.1f}× bare")


def python_stages(records: list[dict[str, Any]], folder: Path) -> dict[str, float]:
    """Seconds of each Python stage of an add over `records`, each alone (a fresh vault, so
    the search keys' memo starts empty, as in the add measured after it)."""
    vault, _ = Vault.create(folder, mode="post", party="KZ", post_code="KZ-BENCH",
                            officer="bench.sup", passphrase=PASS)
    service = RecordService(vault, REF)
    now = datetime.now(UTC)
    seconds: dict[str, float] = {}
    normalised = timed_stage(seconds, "validation",
                             lambda: [validate_record(r, REF, now=now, on_add=True)
                                      for r in records])
    timed_stage(seconds, "record id and content hash",
                lambda: [content_hash({**d, "id": str(uuid.uuid4()), "version": 1})
                         for d in normalised])
    timed_stage(seconds, "summary: search keys, report facts, relevance",
                lambda: [service._summary(d) for d in normalised])
    vault.lock()
    return seconds


def timed_stage(seconds: dict[str, float], name: str, action: Callable[[], Any]) -> Any:
    started = time.perf_counter()
    result = action()
    seconds[name] = time.perf_counter() - started
    return result


# --- 1: the HQ import -----------------------------------------------------------------------
def import_floor(count: int, runs: int, root: Path, held: int = 0) -> None:
    """`held`: records the HQ already holds (from hq_scale's eight posts) before the packet."""
    root.mkdir()
    post = bench_packets.make_post(root)
    login, passphrase = "bench.sup", PASS
    if held:
        started = time.perf_counter()
        hq_scale.build_hq(root / "hq", held)
        print(f"(an HQ of {held:,} records built in {time.perf_counter() - started:.0f} s)")
        login, passphrase = hq_scale.OFFICER, hq_scale.PASS
        central = Vault.open(root / "hq", login, passphrase)
        keys.import_hq_keys(post, enrollment.make_hq_keys(keys.own_keys(central)))
        keys.enroll(central, enrollment.make_enrollment(keys.own_keys(post)))
        central.lock()
    else:
        bench_packets.make_hq(root, post).lock()
    bench_packets.add_records(post, count)
    _, packet = bench_packets.bench_export(post, root, 1)
    post.lock()
    data = packet.read_bytes()
    ours, sql = [], []
    kinds: dict[str, list[float]] = defaultdict(list)
    for run in range(runs):
        copy, before = root / f"hq-{run}", root / f"hq-before-{run}"
        shutil.copytree(root / "hq", copy)
        shutil.copytree(root / "hq", before)
        central = Vault.open(copy, login, passphrase)
        tracer = traced(central)
        started = time.perf_counter()
        outcome = hq.import_packet(central, REF, data)
        ours.append(time.perf_counter() - started)
        assert isinstance(outcome, hq.ImportOutcome) and outcome.records == count, outcome
        central.lock()
        again = Vault.open(before, login, passphrase)
        total, by_kind = replay(again.conn, tracer.calls)
        again.lock()
        sql.append(total)
        for kind, seconds in by_kind.items():
            kinds[kind].append(seconds)
        shutil.rmtree(copy)
        shutil.rmtree(before)
    print(f"\nHQ import of one packet of {count:,} records into an HQ holding {held:,} "
          f"(medians of {runs})")
    whole, floor = statistics.median(ours), statistics.median(sql)
    line("import, whole (records/s)", f"{count / whole:,.0f}", "goal ≥ 20,000/s",
         "met" if count / whole >= 20_000 else "MISSED")
    line("  its SQL alone, replayed (records/s)", f"{count / floor:,.0f}",
         f"{floor / count * 1e6:.1f} µs a record",
         "" if count / floor >= 20_000 else "under 20,000/s by itself")
    for kind, seconds in sorted(kinds.items(), key=lambda kv: -statistics.median(kv[1])):
        line(f"    {kind} (µs a record)", f"{statistics.median(seconds) / count * 1e6:.1f}", "")


# --- 3: the export --------------------------------------------------------------------------
def export_floor(megabytes: int, runs: int, root: Path) -> None:
    if not shutil.which("age"):
        print("\nexport: the age command is missing; skipped")
        return
    root.mkdir()
    post = bench_packets.make_post(root / "att")
    bench_packets.make_hq(root / "att", post)
    record_id = RecordService(post, REF).add([bench_packets.example_record()])[0]
    files = root / "files"
    files.mkdir()
    blob = root / "plain.bin"
    with open(blob, "wb") as out:
        for i in range(10):
            piece = files / f"scan-{i}.jpg"
            piece.write_bytes(os.urandom(megabytes * 2**20 // 10))
            attachments.attach(post, REF, record_id, piece)
            out.write(piece.read_bytes())
    bench_packets.approve_all(post)
    wanted = [row[0] for row in post.conn.execute("SELECT sha256 FROM attachments")]
    identity = x25519.Identity.generate()
    recipient = identity.to_public()
    key_file = root / "bench-identity.txt"  # a throw-away key of this benchmark
    key_file.write_text(str(identity) + "\n")
    plain = blob.read_bytes()
    times: dict[str, list[float]] = defaultdict(list)
    for run in range(runs):
        target = root / f"age-{run}.age"
        started = time.perf_counter()
        subprocess.run(["age", "-r", str(recipient), "-o", str(target), str(blob)], check=True)
        times["age"].append(time.perf_counter() - started)
        # The same job with the age tools: encrypt, make it durable, read it back and check.
        with open(target, "rb") as written:
            os.fsync(written.fileno())
        back = subprocess.run(["age", "-d", "-i", str(key_file), str(target)], check=True,
                              capture_output=True).stdout
        times["pipeline"].append(time.perf_counter() - started)
        assert back == plain
        target.unlink()
        stick = root / f"stick-{run}"
        stick.mkdir()
        started = time.perf_counter()
        result = export.export(post, stick)
        times["export"].append(time.perf_counter() - started)
        assert isinstance(result, export.ExportResult)
        bench_packets.reset_export(post, result.seq)
        started = time.perf_counter()
        stored = attachment_store.attachments(post.conn, wanted)
        times["read"].append(time.perf_counter() - started)
        assert sum(len(a.data) for a in stored) == len(plain)
        started = time.perf_counter()
        pyrage.encrypt(plain, [recipient])
        times["encrypt"].append(time.perf_counter() - started)
    post.lock()
    a = statistics.median(times["age"])
    print(f"\nExport of {megabytes} MB of attachments (medians of {runs})")
    line("`age -r … -o FILE` on the same bytes (baseline)", f"{a:.3f} s", "1.0×",
         f"goal ≤ 1.25× = {1.25 * a:.3f} s")
    ours = statistics.median(times["export"])
    line("shekara export, whole", f"{ours:.3f} s", f"{ours / a:.1f}× age",
         "met" if ours <= 1.25 * a else "MISSED")
    for what, key in (("  the parts no export can drop: reading them out of the vault", "read"),
                      ("    and pyrage.encrypt of the same bytes, in memory", "encrypt")):
        m = statistics.median(times[key])
        line(what, f"{m:.3f} s", f"{m / a:.2f}× age",
             "over 1.25× by itself" if m > 1.25 * a else "")
    p = statistics.median(times["pipeline"])
    line("the age tools doing the export's job: encrypt,", f"{p:.3f} s", f"{p / a:.1f}× age",
         f"export = {ours / p:.1f}× this")
    line("  fsync, decrypt the file back and compare", "", "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--add", type=int, default=20_000)
    parser.add_argument("--import", dest="imported", type=int, default=5_000)
    parser.add_argument("--mb", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--hq-records", type=int, default=0,
                        help="records the HQ holds before the imported packet (built first "
                             "through real packets from eight posts: ~2 min for 200,000)")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="shekara-bench-floor-"))
    try:
        if args.add:
            add_floor(args.add, args.runs, root)
        if args.imported:
            import_floor(args.imported, args.runs, root / "import", args.hq_records)
        if args.mb:
            export_floor(args.mb, args.runs, root / "export")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
