"""An HQ vault with hundreds of thousands of records from several posts, built through the real
import path (issue 13), and the interactions measured on it.

Building: each post's records are generated (the sample generator, via vault_builder: its
import stays in one place), validated and hashed as the post would, packed into real signed and
encrypted records packets of PACKET records, and imported with `hq.import_packet`. The posts
have keys but no vaults: what a post does before export is measured by `bench_scale.py`'s
add figure, not here. Rate = records / (generation + packing + import).
"""

from __future__ import annotations

import hashlib
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from tests.bench.vault_builder import generate_records
from tests.support.fast_kdf import install

from shekara.domain.records import content_hash
from shekara.domain.reference import ReferenceData, load_default
from shekara.domain.validation import validate_record
from shekara.packets import enrollment
from shekara.packets.container import AuditHead, seal
from shekara.packets.keys import PrivateKeys
from shekara.packets.payload import encode_records
from shekara.services import hq, keys
from shekara.services.session import Session
from shekara.vault import backup, maintenance
from shekara.vault import records as repo
from shekara.vault.records import RecordFilter
from shekara.vault.vault import Vault

PASS = "bench-hq-passphrase"
OFFICER = "bench.hq"
POSTS = ("KZ-POST-A", "KZ-POST-B", "KZ-POST-C", "KZ-POST-D", "KZ-POST-E", "KZ-POST-F",
         "KZ-POST-G", "KZ-POST-H")
PACKET = 5000  # records per packet: a large post's month
TODAY = date(2026, 11, 1)


@dataclass
class Built:
    directory: Path
    count: int
    seconds: float
    queries: list[str] = field(default_factory=list)  # surnames and numbers of sampled records
    ids: list[str] = field(default_factory=list)  # sampled record ids, to open


def _post_version(raw: dict[str, object], ref: ReferenceData, now: datetime, post: str,
                  n: int) -> dict[str, object]:
    data = validate_record(raw, ref, now=now, on_add=False)
    record_id = f"{hashlib.sha256(f'{post}-{n}'.encode()).hexdigest()[:32]}"
    record_id = (f"{record_id[:8]}-{record_id[8:12]}-4{record_id[13:16]}-8{record_id[17:20]}-"
                 f"{record_id[20:32]}")
    digest = content_hash({**data, "id": record_id, "version": 1})
    stamp = now.isoformat(timespec="seconds")
    version = repo.StoredVersion(
        id=record_id, version=1, kind=str(data["kind"]), state="approved", data=data,
        content_hash=digest, created_by="officer.one", created_at=stamp, updated_at=stamp,
        approved_by="supervisor.two", approved_at=stamp, reason=None, legal_hold=False,
        retain_until="2036-01-01", review_on="2029-01-01", pending_send=True,
        exported_seq=None, exported_at=None, acknowledged_at=None)
    return version.to_json()


def build_hq(directory: Path, count: int, *, seed: int = 7,
             progress: Callable[[int, float], None] | None = None) -> Built:
    """An HQ vault of `count` records spread over len(POSTS) posts (fast test KDF)."""
    install()
    ref = load_default()
    central, _ = Vault.create(directory, mode="hq", party="KZ", post_code="HQ-KZ",
                              officer=OFFICER, passphrase=PASS)
    keys.create_own_keys(central)
    hq_public = keys.own_keys(central).public
    posts = {code: PrivateKeys.generate(code, "KZ", "post") for code in POSTS}
    for post_keys in posts.values():
        keys.enroll(central, enrollment.make_enrollment(post_keys))
    chains: dict[str, tuple[int, str | None, int]] = {code: (0, None, 0) for code in POSTS}
    rng = random.Random(seed)
    built = Built(directory, count, 0.0)
    now = datetime.now(UTC)
    started = time.perf_counter()
    done = 0
    per_post = -(-count // len(POSTS))
    for index, code in enumerate(POSTS):
        batch: list[dict[str, object]] = []
        wanted = min(per_post, count - done)
        for n, raw in enumerate(generate_records(wanted, seed=seed + index, party="KZ",
                                                 today=TODAY)):
            version = _post_version(raw, ref, now, code, n)
            batch.append(version)
            if rng.random() < 0.002:
                _sample_queries(built, version)
            if len(batch) == PACKET or n == wanted - 1:
                seq, prev, audit_seq = chains[code]
                packet = seal("records", encode_records(batch, [], []), signer=posts[code],
                              recipients=[hq_public.age_recipient],
                              recipient_id=hq_public.code, seq=seq + 1, prev_hash=prev,
                              audit_head=AuditHead(audit_seq + len(batch), "0" * 64))
                outcome = hq.import_packet(central, ref, packet)
                assert outcome.status == "imported", outcome
                chains[code] = (seq + 1, hashlib.sha256(packet).hexdigest(),
                                audit_seq + len(batch))
                done += len(batch)
                batch = []
                if progress:
                    progress(done, time.perf_counter() - started)
    built.seconds = time.perf_counter() - started
    central.lock()
    return built


def _sample_queries(built: Built, version: dict[str, object]) -> None:
    built.ids.append(str(version["id"]))
    for person in version.get("persons") or []:  # type: ignore[union-attr]
        surname = str(person.get("latin_name") or person.get("surname") or "").split()
        if surname:
            built.queries.append(surname[0])
        for document in person.get("documents") or []:
            built.queries.append(str(document["number"]))


def existing(directory: Path, samples: int = 300, seed: int = 7) -> Built:
    """A vault `build_hq` made earlier (kept with bench_scale.py --keep), with sampled ids and
    queries, to measure again without building."""
    install()
    session = Session(Vault.open(directory, OFFICER, PASS))
    conn = session.vault.conn
    count = int(conn.execute("SELECT count(*) FROM records").fetchone()[0])
    ids = [str(r[0]) for r in conn.execute("SELECT id FROM records")]
    built = Built(directory, count, 0.0)
    for record_id in random.Random(seed).sample(ids, min(samples, len(ids))):
        _sample_queries(built, session.records.show(record_id).current.to_json())
    session.close()
    return built


def size_on_disk(directory: Path) -> int:
    return sum(p.stat().st_size for p in directory.rglob("*") if p.is_file())


def _timed_ms(action: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return times


def p95(values: list[float]) -> float:
    return sorted(values)[int(0.95 * (len(values) - 1))]


def busiest_year(session: Session) -> int:
    row = session.vault.conn.execute(
        "SELECT substr(occurred_on, 1, 4) AS y, count(*) FROM records GROUP BY y"
        " ORDER BY 2 DESC LIMIT 1").fetchone()
    return int(row[0])


def measure(built: Built, runs: int = 5) -> list[tuple[str, float, str]]:
    """(what, figure, goal) rows, each a median (ms) unless the name says otherwise."""
    install()
    rows: list[tuple[str, float, str]] = []
    session = Session(Vault.open(built.directory, OFFICER, PASS))
    conn = session.vault.conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    rows.append(("size on disk per 100,000 records (MB)",
                 size_on_disk(built.directory) / built.count * 100_000 / 1e6, ""))
    records = session.records
    rows.append(("list, first page (ms)",
                 statistics.median(_timed_ms(lambda: records.list_records(limit=100), runs)),
                 "≤ 100"))
    year = busiest_year(session)
    some_checkpoint = conn.execute("SELECT checkpoint FROM records WHERE checkpoint IS NOT NULL"
                                   " LIMIT 1").fetchone()[0]
    filters = {
        "kind": RecordFilter(kinds=["contraband_detention"]),
        "status": RecordFilter(statuses=["approved"]),
        "month": RecordFilter(occurred_from=f"{year}-03-01", occurred_to=f"{year}-03-31"),
        "citizenship": RecordFilter(citizenship="LTU"),
        "qualifies": RecordFilter(qualifies=True),
        "checkpoint": RecordFilter(checkpoint=some_checkpoint),
        "kind+month+citizenship": RecordFilter(kinds=["border_violation"],
                                               occurred_from=f"{year}-06-01",
                                               occurred_to=f"{year}-06-30",
                                               citizenship="UZB"),
    }
    for name, flt in filters.items():
        rows.append((f"filter {name}, first page (ms)", statistics.median(
            _timed_ms(lambda flt=flt: records.list_records(flt, limit=100), runs)), "≤ 100"))
    for name, flt in (("all", None), ("kind", filters["kind"]),
                      ("citizenship", filters["citizenship"]), ("month", filters["month"])):
        rows.append((f"count, {name} (ms)", statistics.median(
            _timed_ms(lambda flt=flt: records.count(flt), runs)), "≤ 100"))
    timings = [t for q in built.queries[:300]
               for t in _timed_ms(lambda q=q: records.search(q, limit=50), 1)]
    rows.append((f"search p95, {len(timings)} queries (ms)", p95(timings), "≤ 100"))
    rows.append(("posts overview (ms)", statistics.median(
        _timed_ms(lambda: hq.status(session.vault), runs)), "≤ 100"))
    opened = [t for record_id in built.ids[:50]
              for t in _timed_ms(lambda r=record_id: records.show(r), 1)]
    rows.append(("open a record, median (ms)", statistics.median(opened), "≤ 100"))
    from tests.bench.hq_scale_gui import measure_gui

    rows += measure_gui(session, year, runs)
    start, end = date(year, 1, 1), date(year, 12, 31)
    rows.append((f"summary report of {year} (s)", statistics.median(
        _timed_ms(lambda: session.reports.summary(start, end), 1)) / 1000, "≤ 5"))
    rows.append((f"statistics report of {year} (s)", statistics.median(
        _timed_ms(lambda: session.reports.statistics(start, end), 1)) / 1000, "≤ 5"))
    rows.append(("shekara check (s)", statistics.median(
        _timed_ms(lambda: maintenance.check(conn), 1)) / 1000, ""))
    target = Path(tempfile.mkdtemp(prefix="shekara-bench-backup-"))
    try:
        rows.append(("backup (s)", statistics.median(
            _timed_ms(lambda: backup.write_backup(session.vault, target), 1)) / 1000, ""))
    finally:
        shutil.rmtree(target, ignore_errors=True)
    session.close()
    return rows
