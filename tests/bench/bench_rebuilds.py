#!/usr/bin/env python3
"""The rebuilds a schema step flags (services/rebuilds.py): not a test, run by hand.

    PYTHONPATH=desktop .venv/bin/python tests/bench/bench_rebuilds.py [--records 50000]

Builds a post vault of generated records (RecordService.add, batches of 1,000), flags every
rebuild and runs them with a progress callback, then once more without: per rebuild, the
seconds, records a second, how many progress reports, the longest wait between two reports
(how long the officer's bar can stand still) and the cost of reporting (with against without).
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=50_000)
    args = parser.parse_args()

    from tests.support.fast_kdf import install

    from shekara.demo.samples import generate_records
    from shekara.services.rebuilds import REBUILDS
    from shekara.services.session import Session
    from shekara.vault.vault import Vault

    install()  # unlocking is not what is measured
    folder = Path(tempfile.mkdtemp(prefix="shekara-bench-rebuilds-"))
    vault, _ = Vault.create(folder / "v", mode="post", party="KZ", post_code="KZ-1",
                            officer="bench.s", passphrase="bench-pass-phrase")
    session = Session(vault, rebuild_on_open=False)
    start = time.perf_counter()
    records = list(generate_records(args.records, seed=13, party="KZ"))
    for first in range(0, len(records), 1000):
        session.records.add(records[first:first + 1000])
    print(f"built {args.records:,} records in {time.perf_counter() - start:.1f} s")

    for with_progress in (True, False):
        for kind in REBUILDS:
            vault.set_setting(kind.flag, "1")
        vault.conn.execute("UPDATE records SET facts = NULL")  # else nothing to fill
        for pending in session.rebuilds.pending():
            times: list[tuple[float, int]] = []
            began = time.perf_counter()
            session.rebuilds.run(pending, (lambda done, total, seen=times: seen.append(
                (time.perf_counter(), done))) if with_progress else None)
            took = time.perf_counter() - began
            print(f"{pending.flag:22} {'with' if with_progress else 'without'} progress: "
                  f"{took:6.2f} s, {pending.total / took:8,.0f} records/s")
            if with_progress:
                gaps = sorted(((b[0] - a[0], b[1]) for a, b in itertools.pairwise(times)),
                              reverse=True)
                print(f"    {len(times)} reports; longest waits: " + ", ".join(
                    f"{gap * 1000:.0f} ms before {done:,}" for gap, done in gaps[:4]))
    session.close()
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
