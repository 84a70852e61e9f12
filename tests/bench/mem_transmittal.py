#!/usr/bin/env python3
"""Memory of the transmittal sheet and the sheet check for a big packet (run by hand, not by
pytest): the peak traced by tracemalloc and the resident maximum, each in a fresh process.

    PYTHONPATH=desktop .venv/bin/python tests/bench/mem_transmittal.py [--mb 200] \
        [--code OTHER_CHECKOUT/desktop]

A post and its HQ (test-only fast key derivation, so unlocking costs nothing) and a real records
packet of one record and one attachment of --mb MiB (tests/support/big_packet.py), then, each in
its own process with tracemalloc started once the modules are imported:
  - `shekara report transmittal FILE --out SHEET.pdf` at the post (the CLI, end to end);
  - `digest_packet_file(FILE)`, what HQ's Check against the transmittal sheets… runs per file.
--code runs the children on another checkout's package (e.g. /work/main/desktop, to measure
the code before a change) with this checkout's tests/ for the test policy.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "desktop")]

from tests.support.big_packet import write_big_records_packet  # noqa: E402
from tests.support.fast_kdf import install  # noqa: E402
from tests.support.post_and_hq import make_post_and_hq  # noqa: E402

from shekara.services.keys import own_keys  # noqa: E402

OFFICER, PASSPHRASE = "mem.sup", "memory-bench-pass"

CHILD = """
import json, resource, sys, tracemalloc
sys.path[:0] = [{root!r}, {code!r}]
from tests.support.fast_kdf import install
install()
{prepare}
tracemalloc.start()  # after the imports: what the work itself holds
{work}
current, peak = tracemalloc.get_traced_memory()
print(json.dumps({{"peak_mib": peak / 2**20,
                   "maxrss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""

SHEET_IMPORTS = """
from shekara.cli import main
import shekara.cli.reports, shekara.services.reports, shekara.reports.sheets
"""
SHEET = """
code = main(["report", "transmittal", {packet!r}, "--out", {out!r}, "--vault", {vault!r}])
assert code == 0, code
"""

DIGEST_IMPORTS = """
from pathlib import Path
from shekara.services.packet_receipt import digest_packet_file
"""
DIGEST = """
digest = digest_packet_file(Path({packet!r}))
assert digest.kind == "records", digest
"""


def child(code: str, prepare: str, work: str) -> dict[str, float]:
    env = {**os.environ, "SHEKARA_OFFICER": OFFICER, "SHEKARA_PASSPHRASE": PASSPHRASE}
    env.pop("PYTHONPATH", None)
    script = CHILD.format(root=str(ROOT), code=code, prepare=prepare, work=work)
    done = subprocess.run([sys.executable, "-c", script], env=env, check=True,
                          capture_output=True, text=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=200, help="attachment size in MiB")
    parser.add_argument("--code", default=str(ROOT / "desktop"),
                        help="the package root the children import shekara from")
    args = parser.parse_args()
    install()
    with tempfile.TemporaryDirectory(prefix="shekara-mem-") as tmp:
        root = Path(tmp)
        post, central = make_post_and_hq(root, post_code="KZ-MEM", officer=OFFICER,
                                         passphrase=PASSPHRASE)
        signer, hq_keys = own_keys(post), own_keys(central).public
        post.lock()
        central.lock()
        packet = write_big_records_packet(root / "shekara-KZ-MEM-records-000001.shk", signer,
                                          hq_keys, args.mb * 2**20)
        size = packet.stat().st_size
        sheet = child(args.code, SHEET_IMPORTS,
                      SHEET.format(packet=str(packet), out=str(root / "sheet.pdf"),
                                   vault=str(root / "post")))
        digest = child(args.code, DIGEST_IMPORTS, DIGEST.format(packet=str(packet)))
    print(f"packet: {size / 2**20:.1f} MiB; code: {args.code}")
    for name, figures in (("report transmittal", sheet), ("sheet check digest", digest)):
        print(f"{name:20} traced peak {figures['peak_mib']:7.1f} MiB   "
              f"maxrss {figures['maxrss_mib']:7.1f} MiB")


if __name__ == "__main__":
    main()
