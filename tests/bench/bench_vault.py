#!/usr/bin/env python3
"""Vault benchmark (issue 2): not a test, run by hand; prints medians and ratios.

    .venv/bin/python tests/bench/bench_vault.py [--records 100000]

Measured in one run, on this machine:
- add throughput through RecordService.add (validation, hashing, search keys, audit chain, all
  in the encrypted vault), and its ratio to inserting the same JSON into a bare SQLCipher table
  with the same raw-key and WAL settings (the baseline);
- search p95 over a few hundred name/number/substance queries in other scripts (goal ≤ 20 ms),
  and over a hundred names with one letter off (the approximate fallback, same goal);
- how many distinct people 1,000 random surname queries match (no new false positives when
  the keys change: compare the figure before and after);
- first page of the list (goal ≤ 50 ms);
- unlock at full Argon2id strength (goal ≤ 1 s).
"""

from __future__ import annotations

import argparse
import json
import random
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def median(xs: list[float]) -> float:
    return statistics.median(xs)


def p95(xs: list[float]) -> float:
    return sorted(xs)[int(0.95 * (len(xs) - 1))]


def bare_sqlcipher_insert(records: list[dict], folder: Path) -> float:
    import sqlcipher3

    conn = sqlcipher3.connect(str(folder / "bare.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{secrets.token_hex(32)}'\"")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE r (id TEXT PRIMARY KEY, data TEXT NOT NULL)")
    start = time.perf_counter()
    for i in range(0, len(records), 1000):
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO r VALUES (?, ?)",
                         [(secrets.token_hex(16), json.dumps(r, ensure_ascii=False))
                          for r in records[i:i + 1000]])
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _surname_spellings(person: dict) -> list[str]:
    """The surname as the record writes it, and its Latin (passport) spelling."""
    spellings = [str(person.get("surname") or "").split(" ")[0]]
    latin = str(person.get("latin_name") or "").split()
    if latin:
        spellings.append(latin[0])
    return [s for s in spellings if s]


def distinct_people(session, records: list[dict], by_id: dict) -> tuple[int, int]:
    """1,000 random surnames (as written or as in the passport): the number of distinct people
    (surname, given names, birth date) in the records each one finds, summed over the queries."""
    rng = random.Random(3)
    total = queries = 0
    while queries < 1000:
        persons = rng.choice(records).get("persons") or []
        if not persons:
            continue
        spellings = _surname_spellings(rng.choice(persons))
        if not spellings:
            continue
        queries += 1
        people = set()
        for hit in session.records.search(rng.choice(spellings), limit=100_000):
            for p in by_id[hit.id].get("persons") or []:
                people.add((p.get("surname"), p.get("given_names"), p.get("birth_date")))
        total += len(people)
    return total, queries


def one_letter_off(session, records: list[dict], by_id: dict) -> tuple[list[float], int]:
    """A hundred surnames of seven letters or more with one letter replaced: the search time,
    and how often a hit names a person with that surname (a sample surname is shared by
    thousands of records, so the one it came from is seldom on the first page)."""
    rng = random.Random(4)
    timings: list[float] = []
    found = 0
    while len(timings) < 100:
        index = rng.randrange(len(records))
        persons = records[index].get("persons") or []
        words = [w for p in persons for w in _surname_spellings(p) if len(w) >= 7]
        if not words:
            continue
        word = rng.choice(words)
        at = rng.randrange(1, len(word))
        letter = rng.choice("аеиоуклмнрст" if not word.isascii() else "aeioustrnlkm")
        typo = word[:at] + letter + word[at + 1:]
        t = time.perf_counter()
        hits = session.records.search(typo, limit=50)
        timings.append((time.perf_counter() - t) * 1000)
        found += any(word in _surname_spellings(p) for h in hits
                     for p in by_id[h.id].get("persons") or [])
    return timings, found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    args = parser.parse_args()
    from tests.support.fast_kdf import install

    from shekara.vault import keyslots

    install()  # the bulk vault's slots; unlock is measured separately at full strength
    from shekara.demo.samples import generate_records
    from shekara.services.session import Session
    from shekara.vault.records import RecordFilter
    from shekara.vault.vault import Vault

    records = list(generate_records(args.records, seed=7, party="KZ"))
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        bare = bare_sqlcipher_insert(records, folder)

        vault, _ = Vault.create(folder / "v", mode="post", party="KZ", post_code="KZ-BENCH",
                                officer="bench.sup", passphrase="bench-passphrase")
        session = Session(vault)
        start = time.perf_counter()
        ids: list[str] = []
        for i in range(0, len(records), 1000):
            ids += session.records.add(records[i:i + 1000])
        shekara = time.perf_counter() - start
        by_id = dict(zip(ids, records, strict=True))

        rng = random.Random(1)
        queries: list[str] = []
        for rec in rng.sample(records, 300):
            person = (rec.get("persons") or [{}])[0]
            name = person.get("latin_name") or person.get("surname") or ""
            if name:
                queries.append(name.split()[0])
            docs = person.get("documents") or []
            if docs:
                queries.append(docs[0]["number"])
        queries += ["героин", "heroinas", "Zhukauskas", "Сүлейменов", "Jankauskaite"]
        timings = []
        for q in queries:
            t = time.perf_counter()
            session.records.search(q, limit=50)
            timings.append((time.perf_counter() - t) * 1000)

        typo_timings, typo_found = one_letter_off(session, records, by_id)
        people_total, people_queries = distinct_people(session, records, by_id)

        pages = []
        for _ in range(50):
            t = time.perf_counter()
            session.records.list_records(limit=100)
            pages.append((time.perf_counter() - t) * 1000)
        filtered = []
        for _ in range(20):
            t = time.perf_counter()
            session.records.list_records(RecordFilter(kinds=["contraband_detention"],
                                                      qualifies=True), limit=100)
            filtered.append((time.perf_counter() - t) * 1000)
        session.close()

        # Unlock at full strength: a separate vault made without the test-only fast KDF.
        keyslots.use_kdf_policy(keyslots.PRODUCTION)
        full, _ = Vault.create(folder / "full", mode="post", party="KZ", post_code="KZ-FULL",
                               officer="bench.sup", passphrase="bench-passphrase")
        full.lock()
        unlocks = []
        for _ in range(5):
            t = time.perf_counter()
            Vault.open(folder / "full", "bench.sup", "bench-passphrase").lock()
            unlocks.append(time.perf_counter() - t)
        params = keyslots.SlotFile.read(folder / "full")
        kdf = next(s.kdf for s in params.slots.values() if s.kdf)

    n = len(records)
    print(f"records: {n:,}")
    print(f"{'measure':<44}{'figure':>14}{'goal':>12}")
    print(f"{'add through Shekara (records/s)':<44}{n / shekara:>14,.0f}")
    print(f"{'bare SQLCipher insert of same JSON (rec/s)':<44}{n / bare:>14,.0f}")
    print(f"{'ratio Shekara / bare (time)':<44}{shekara / bare:>14.1f}")
    label = f"search p95 (ms), {len(timings)} queries"
    print(f"{label:<44}{p95(timings):>14.1f}{'≤ 20':>12}")
    print(f"{'search median (ms)':<44}{median(timings):>14.1f}")
    label = f"one letter off p95 (ms), {len(typo_timings)} queries"
    print(f"{label:<44}{p95(typo_timings):>14.1f}{'≤ 20':>12}")
    print(f"{'one letter off: the name found (of 100)':<44}{typo_found:>14}")
    label = f"distinct people, {people_queries} surname queries"
    print(f"{label:<44}{people_total:>14,}")
    print(f"{'  mean per query':<44}{people_total / max(people_queries, 1):>14.2f}")
    print(f"{'first page of list, median (ms)':<44}{median(pages):>14.1f}{'≤ 50':>12}")
    print(f"{'filtered first page, median (ms)':<44}{median(filtered):>14.1f}")
    print(f"{'unlock, median of 5 (s)':<44}{median(unlocks):>14.2f}{'≤ 1':>12}")
    print(f"  (Argon2id t={kdf.time_cost} m={kdf.memory_kib // 1024} MiB p={kdf.parallelism})")


if __name__ == "__main__":
    main()
