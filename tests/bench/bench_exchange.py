#!/usr/bin/env python3
"""The round trip to the other Party (run by hand, not by pytest): post → HQ-KZ → share →
HQ-LT, with medians and the ratio to HQ's import of the post's packet, measured in the same run.

    .venv/bin/python tests/bench/bench_exchange.py [--runs 3] [--records 1000]

1. baseline: HQ import of a post's packet of N records (bench_packets.bench_import);
2. at HQ-KZ (a fresh copy per run): share candidates, add every candidate, show (minimize),
   approve, send (seal, register, write, read back);
3. at HQ-LT (a fresh copy per run): partner import of that letter.
About two thirds of bench_packets' records qualify (an LTU courier or violator). Vaults use the
test-only fast key derivation, so unlocking is not what is measured.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.bench_exchange_receive import make_partners
from tests.bench.bench_packets import (
    PASS,
    REF,
    add_records,
    approve_all,
    bench_import,
    make_hq,
    make_post,
    timed,
)

from shekara.services import exchange_receive, export, hq, keys
from shekara.services.exchange_send import ShareService
from shekara.vault import officials
from shekara.vault.vault import Vault, now_utc


def prepared(root: Path, records: int) -> tuple[Path, Path, Path]:
    """A post's packet, HQ-KZ (its HQ, not holding it yet) and HQ-LT, enrolled as partners."""
    post = make_post(root)
    make_hq(root, post).lock()
    add_records(post, records)
    approve_all(post)
    packet = export.export(post, root).path
    post.lock()
    kz, lt = make_partners(root)
    central = Vault.open(root / "hq", "bench.sup", PASS)
    # HQ-KZ is the HQ that imported the post's packet: give it HQ-KZ-B's partner trust.
    partner_keys = keys.own_keys(lt).public
    from shekara.packets import enrollment
    from shekara.services import partner

    partner.enroll_partner(central, enrollment.make_hq_keys(keys.own_keys(lt)),
                           partner_keys.fingerprint())
    partner.enroll_partner(lt, enrollment.make_hq_keys(keys.own_keys(central)),
                           keys.own_keys(central).public.fingerprint(), replace=True)
    central.set_setting("four_eyes", "0")
    with central.transaction() as conn:
        officials.set_profile(conn, "bench.sup", {"full_name": "Bench Supervisor",
                                                  "position": "Head"}, now_utc())
    central.lock()
    kz.lock()
    lt.lock()
    return packet, root / "hq", root / "HQ-LT-B"


def fresh(root: Path, source: Path, name: str) -> Vault:
    copy = root / name
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(source, copy)
    return Vault.open(copy, "bench.sup", PASS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--records", type=int, default=1000)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="shekara-bench-share-"))
    steps: dict[str, list[float]] = {}
    shared = 0
    try:
        packet, kz_dir, lt_dir = prepared(root, args.records)
        baseline = bench_import(root, packet, args.runs, args.records)
        central = Vault.open(kz_dir, "bench.sup", PASS)
        hq.import_packet(central, REF, packet.read_bytes())
        central.lock()
        for run in range(args.runs):
            kz = fresh(root, kz_dir, f"kz-{run}")
            share = ShareService(kz, REF)
            stick = root / f"stick-{run}"
            stick.mkdir()
            plan: list[tuple[str, Callable[[], object]]] = [
                ("candidates", share.candidates),
                ("add", lambda share=share: share.add([c.record_id
                                                       for c in share.candidates()])),
                ("show (minimize)", share.preview),
                ("approve", share.approve),
                ("send", lambda share=share, stick=stick: share.send(stick)),
            ]
            for name, action in plan:
                seconds, _ = timed(action)
                steps.setdefault(name, []).append(seconds)
            shared = len(share.letters()) and share.letters()[0].counts["facts"]
            kz.lock()
            lt = fresh(root, lt_dir, f"lt-{run}")
            letter = next(stick.iterdir()).read_bytes()
            seconds, outcome = timed(lambda lt=lt, letter=letter:
                                     exchange_receive.import_packet(lt, REF, letter))
            assert isinstance(outcome, exchange_receive.ExchangeOutcome)
            assert outcome.status == "imported", outcome.line()
            steps.setdefault("partner import", []).append(seconds)
            lt.lock()
        base = statistics.median(baseline)
        print(f"\nmedian of {args.runs} run(s); {args.records} records at HQ, {shared} shared;"
              f" {sys.platform}, Python {sys.version.split()[0]}")
        print(f"| {'step':<22} | {'median s':>8} | ratio to HQ import of the post's packet")
        print(f"| {'hq import (baseline)':<22} | {base:>8.2f} | 1.00x")
        total = 0.0
        for name, times in steps.items():
            median = statistics.median(times)
            total += median
            print(f"| {name:<22} | {median:>8.2f} | {median / base:.2f}x")
        print(f"| {'round trip (sum)':<22} | {total:>8.2f} | {total / base:.2f}x")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
