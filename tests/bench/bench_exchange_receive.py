#!/usr/bin/env python3
"""Partner-import benchmark (run by hand, not by pytest): prints medians and the ratio to HQ's
import of a post's records packet of the same size, measured in the same run.

    .venv/bin/python tests/bench/bench_exchange_receive.py [--runs 3] [--facts 2000]

1. baseline: HQ import of a post's packet of N records into a fresh HQ vault (bench_packets);
2. partner import of one LT letter carrying N facts into a fresh KZ HQ vault (verify, decrypt,
   validate every fact, store with its search entry, one transaction), in facts per second;
3. the same letter again (a duplicate: verified, then recognised, nothing parsed).
Vaults use the test-only fast key derivation, so unlocking is not what is measured.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import uuid
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.bench_packets import (
    PASS,
    REF,
    SURNAMES,
    add_records,
    bench_import,
    make_hq,
    make_post,
    timed,
)
from tests.cli.conftest import border_record

from shekara.packets import enrollment
from shekara.packets.container import seal
from shekara.packets.exchange import ExchangePayload, Letter, SharedFact, Signatory, encode_exchange
from shekara.services import exchange_receive, export, keys, partner
from shekara.vault.vault import Vault


def make_partners(root: Path) -> tuple[Vault, Vault]:
    made = []
    for party, code in (("KZ", "HQ-KZ-B"), ("LT", "HQ-LT-B")):
        vault, _ = Vault.create(root / code, mode="hq", party=party, post_code=code,
                                officer="bench.sup", passphrase=PASS)
        keys.create_own_keys(vault)
        made.append(vault)
    kz, lt = made
    for receiver, sender in ((kz, lt), (lt, kz)):
        key = keys.own_keys(sender).public
        partner.enroll_partner(receiver, enrollment.make_hq_keys(keys.own_keys(sender)),
                               key.fingerprint())
    return kz, lt


def letter(kz: Vault, lt: Vault, count: int) -> bytes:
    facts = []
    for i in range(count):
        surname, given, _ = SURNAMES[i % len(SURNAMES)]
        ident = str(uuid.uuid4())
        record = {**border_record(surname, given, "KAZ"), "id": ident, "version": 1,
                  "handling": {"confidential": True, "third_party": "consent_required",
                               "legal_hold": False, "note": ""}}
        facts.append(SharedFact(ident, 1, "6.1.1", f"HQ-LT-B/2026/{i + 1:06d}", record, 0))
    payload = ExchangePayload("LT", "KZ", Letter("HQ-LT-B/2026/900001",
                                                 date.today().isoformat(),
                                                 Signatory("R. J.", "Direktorė", "")), facts)
    return seal("exchange", encode_exchange(payload), signer=keys.own_keys(lt),
                recipients=[keys.own_keys(kz).public.age_recipient], recipient_id="HQ-KZ-B",
                seq=1, prev_hash=None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--facts", type=int, default=2000)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="shekara-bench-exchange-"))
    try:
        post = make_post(root)
        make_hq(root, post).lock()
        add_records(post, args.facts)
        packet = export.export(post, root).path
        post.lock()
        baseline = bench_import(root, packet, args.runs, args.facts)
        kz, lt = make_partners(root)
        data = letter(kz, lt, args.facts)
        kz.lock()
        lt.lock()
        times, again = [], []
        for run in range(args.runs):
            copy = root / f"kz-{run}"
            shutil.copytree(root / "HQ-KZ-B", copy)
            vault = Vault.open(copy, "bench.sup", PASS)
            seconds, outcome = timed(lambda v=vault: exchange_receive.import_packet(
                v, REF, data))
            assert isinstance(outcome, exchange_receive.ExchangeOutcome)
            assert outcome.counts.get("facts") == args.facts, outcome
            times.append(seconds)
            seconds, _ = timed(lambda v=vault: exchange_receive.import_packet(v, REF, data))
            again.append(seconds)
            vault.lock()
            shutil.rmtree(copy)
        base, ours = statistics.median(baseline), statistics.median(times)
        print(f"\nmedian of {args.runs} run(s); {sys.platform}, Python {sys.version.split()[0]}")
        print(f"| {'what':<26} | {'median s':>8} | rate / ratio")
        print(f"| {'hq import (baseline)':<26} | {base:>8.2f} | "
              f"{args.facts / base:,.0f} records/s, 1.0x")
        print(f"| {'partner import':<26} | {ours:>8.2f} | {args.facts / ours:,.0f} facts/s, "
              f"{ours / base:.2f}x the baseline")
        print(f"| {'partner import, duplicate':<26} | {statistics.median(again):>8.3f} |")
        print(f"({len(data) / 2**20:.1f} MiB letter of {args.facts} facts)")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
