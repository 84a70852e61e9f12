#!/usr/bin/env python3
"""Issue 13: what compiling the per-record Python gives, measured rather than argued.

    PYTHONPATH=desktop .venv/bin/python tests/bench/bench_compiled.py [--records 5000] [--runs 3]

The notes of sessions 12–14 said the ingest goals (add ≤ 3× a bare insert, HQ import ≥ 20,000
records/s) need "the per-record work in compiled code". The one way to compile it without a
second implementation to keep in step is mypyc, which compiles the package's own type-checked
modules (the project is strict-mypy clean) into C extensions with the same names. This
benchmark copies `desktop/shekara` into a temporary folder, compiles the hot modules there with
mypyc (those that it accepts; it prints the ones it refuses), and measures in child processes,
alternately, the pure and the compiled tree on the same generated records:

- the Python stages of an add, each alone (`bench_floor.python_stages`): validation, record id
  and content hash, the summary (search keys, report facts, relevance);
- a whole `RecordService.add` of the records, in batches of 1,000;
- a whole HQ import of one packet of those records;
- and, in the pure tree, the bare SQLCipher insert of the same JSON (the add goal's baseline).

Every figure is CPU time of the child (`time.process_time`), so other work on the machine
moves them less than wall time would; medians of --runs. It needs mypy (the test extra), a C
compiler and the Python headers; nothing is installed or left behind.

`--versus DIR` compiles nothing: it measures an older version's pure tree (its `desktop`
folder, e.g. from `git archive REV desktop | tar -x -C /tmp/old`) against this one the same
way, alternately — the before/after of a change to the ingest paths:

    PYTHONPATH=desktop .venv/bin/python tests/bench/bench_compiled.py --versus /tmp/old/desktop
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
# The per-record work of an add and an import: the fast validation walk and the field checks it
# calls, search keys, report facts, the relevance rule, the content hash, the strict JSON parser.
HOT_MODULES = ("domain/validation_fast.py", "domain/field_checks.py", "domain/search_key.py",
               "domain/report_facts.py", "domain/relevance.py", "domain/records.py",
               "domain/strictjson.py")
ADD = "RecordService.add, whole, batches of 1,000"


def compiled_tree(folder: Path) -> tuple[Path, list[str]]:
    """A copy of the package with HOT_MODULES compiled by mypyc; the modules refused."""
    tree = folder / "desktop"
    shutil.copytree(ROOT / "desktop" / "shekara", tree / "shekara",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "resources").symlink_to(ROOT / "resources")  # paths.resources_dir: parents[2]
    refused: list[str] = []
    modules = list(HOT_MODULES)
    while modules:
        run = subprocess.run([sys.executable, "-m", "mypyc", *[f"shekara/{m}" for m in modules]],
                             cwd=tree, capture_output=True, text=True)
        if run.returncode == 0:
            break
        bad = [m for m in modules if f"shekara/{m}:" in run.stdout + run.stderr
               and ": error:" in run.stdout + run.stderr]
        if not bad:
            raise SystemExit("mypyc failed:\n" + run.stdout[-2000:] + run.stderr[-2000:])
        refused += bad
        modules = [m for m in modules if m not in bad]
    return tree, refused


def child(records: int) -> None:
    """Measure one tree (the one on PYTHONPATH) and print its figures as JSON."""
    sys.path.insert(0, str(ROOT))
    from tests.bench import bench_floor, bench_packets
    from tests.bench.bench_vault import bare_sqlcipher_insert
    from tests.bench.vault_builder import generate_records

    from shekara.domain import search_key
    from shekara.services import hq

    bench_floor.time.perf_counter = time.process_time  # type: ignore[attr-defined]
    generated = list(generate_records(records, seed=7, party="KZ"))
    figures: dict[str, Any] = {"compiled": not search_key.__file__.endswith(".py")}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for stage, seconds in bench_floor.python_stages(generated, folder / "s").items():
            figures[stage] = seconds / records
        (folder / "bare").mkdir()
        started = time.process_time()
        bare_sqlcipher_insert(generated, folder / "bare")
        figures["bare SQLCipher insert"] = (time.process_time() - started) / records
        vault, _ = bench_floor.Vault.create(folder / "add", mode="post", party="KZ",
                                            post_code="KZ-BENCH", officer="bench.sup",
                                            passphrase=bench_floor.PASS)
        session = bench_floor.Session(vault)
        started = time.process_time()
        for i in range(0, records, 1000):
            session.records.add(generated[i:i + 1000])
        figures[ADD] = (time.process_time() - started) / records
        session.close()
        post = bench_packets.make_post(folder)
        bench_packets.make_hq(folder, post).lock()
        bench_packets.add_records(post, records)
        _, packet = bench_packets.bench_export(post, folder, 1)
        post.lock()
        data = packet.read_bytes()
        central = bench_floor.Vault.open(folder / "hq", "bench.sup", bench_floor.PASS)
        started = time.process_time()
        outcome = hq.import_packet(central, bench_floor.REF, data)
        figures["HQ import, whole"] = (time.process_time() - started) / records
        assert isinstance(outcome, hq.ImportOutcome) and outcome.records == records, outcome
        central.lock()
    print(json.dumps(figures))


def measure(tree: Path, records: int) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    run = subprocess.run([sys.executable, __file__, "--child", "--records", str(records)],
                         env=env, capture_output=True, text=True, check=False)
    if run.returncode != 0:
        raise SystemExit(f"the child on {tree} failed:\n{run.stderr[-3000:]}")
    figures: dict[str, Any] = json.loads(run.stdout.strip().splitlines()[-1])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--versus", type=Path, default=None, metavar="DIR",
                        help="an older version's desktop folder to compare with; no mypyc")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.records)
        return
    if args.versus is not None:
        versus(args.versus.resolve(), args.records, args.runs)
        return
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        tree, refused = compiled_tree(Path(tmp))
        print(f"mypyc compiled {len(HOT_MODULES) - len(refused)} modules in "
              f"{time.perf_counter() - started:.0f} s"
              + (f"; refused: {', '.join(refused)}" if refused else ""))
        pure_runs, compiled_runs = [], []
        for _ in range(args.runs):  # alternately, so that the machine's load hits both alike
            pure_runs.append(measure(ROOT / "desktop", args.records))
            compiled_runs.append(measure(tree, args.records))
    assert not any(r["compiled"] for r in pure_runs) and all(r["compiled"] for r in compiled_runs)
    median = {name: {key: statistics.median(r[key] for r in runs) * 1e6
                     for key in runs[0] if key != "compiled"}
              for name, runs in (("pure", pure_runs), ("compiled", compiled_runs))}
    print(f"\n{args.records:,} records, CPU µs a record, medians of {args.runs}")
    print(f"| {'':<46} | {'pure':>8} | {'mypyc':>8} | {'pure/mypyc':>10} |")
    for key, pure in median["pure"].items():
        compiled = median["compiled"][key]
        print(f"| {key:<46} | {pure:8.1f} | {compiled:8.1f} | {pure / compiled:9.2f}× |")
    bare = median["pure"]["bare SQLCipher insert"]
    add = ADD
    print(f"\nadd against the bare insert (goal ≤ 3×): pure {median['pure'][add] / bare:.1f}×, "
          f"mypyc {median['compiled'][add] / bare:.1f}×")
    for name in ("pure", "compiled"):
        print(f"HQ import, {name}: {1e6 / median[name]['HQ import, whole']:,.0f} records/s of "
              "CPU (goal ≥ 20,000/s)")


def versus(older: Path, records: int, runs: int) -> None:
    resources = older.parent / "resources"  # paths.resources_dir: the checkout's root
    if not resources.exists():
        resources.symlink_to(ROOT / "resources")
    before, after = [], []
    for _ in range(runs):  # alternately
        before.append(measure(older, records))
        after.append(measure(ROOT / "desktop", records))
    print(f"\n{records:,} records, CPU µs a record, medians of {runs}")
    print(f"| {'':<46} | {'before':>8} | {'now':>8} | {'now/before':>10} |")
    for key in before[0]:
        if key == "compiled":
            continue
        old = statistics.median(r[key] for r in before) * 1e6
        new = statistics.median(r[key] for r in after) * 1e6
        print(f"| {key:<46} | {old:8.1f} | {new:8.1f} | {new / old:9.2f}× |")


if __name__ == "__main__":
    main()
