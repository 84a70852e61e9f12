"""Benchmark of the desktop application over a vault of 100,000 records.

    .venv/bin/python tests/bench/bench_ui.py [--records 100000] [--runs 5]

Goals (issue 4): launch to the unlock window ≤ 1.5 s; unlock to a main window showing the list
≤ 1.5 s; filter and search response ≤ 100 ms. The vault is built through the services once and
cached (tests/bench/vault_builder.py; ~4 minutes for 100,000 records). The benchmark officer's
key slot uses the production Argon2id parameters, so "unlock" includes the real key derivation.
Offscreen Qt; figures are medians of `--runs`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "desktop")]

REAL_OFFICER = "bench.real"
REAL_PASS = "bench real argon2 passphrase"

LAUNCH_CHILD = r"""
import time, sys
start = float(sys.argv[1])
from pathlib import Path
from shekara.ui import app as shell
from PySide6.QtCore import QTimer
application = shell.create_application(["shekara"])
context = shell.build_context(application, Path(sys.argv[2]))
controller = shell.AppController(application, context)
controller.start()
def shown():
    print(f"{time.time() - start:.4f}", flush=True)
    application.quit()
QTimer.singleShot(0, shown)
application.exec()
controller.shutdown()
"""


def ensure_real_officer(directory: Path) -> None:
    """An officer whose key slot has the calibrated (~0.5 s) Argon2id parameters."""
    from tests.bench.vault_builder import PASSPHRASE, SUPERVISOR

    from shekara.errors import AuthError
    from shekara.services.session import open_session

    try:
        open_session(directory, REAL_OFFICER, REAL_PASS).close()
        return
    except AuthError:
        pass
    from tests.support.fast_kdf import TEST_POLICY

    from shekara.vault import keyslots

    with open_session(directory, SUPERVISOR, PASSPHRASE) as session:
        keyslots.use_kdf_policy(keyslots.PRODUCTION)  # the real officer's slot: full strength
        try:
            session.vault.add_officer(REAL_OFFICER, "supervisor", REAL_PASS)
        finally:
            keyslots.use_kdf_policy(TEST_POLICY)


def launch_times(directory: Path, runs: int) -> list[float]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "desktop")  # the program itself: its own KDF policy
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", LAUNCH_CHILD, repr(time.time()),
                              str(directory)], capture_output=True, text=True, env=env,
                             timeout=120, check=True)
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return times


def wait_until(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.perf_counter() + timeout
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: (condition() or time.perf_counter() > deadline) and loop.quit())
    timer.start()
    loop.exec()
    timer.stop()
    if not condition():
        raise TimeoutError("the condition did not come true")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from tests.bench.vault_builder import cached_vault
    from tests.support.fast_kdf import install

    install()  # the cached vault's officers; the measured unlock uses a full-strength slot

    started = time.perf_counter()
    built = cached_vault(args.records)
    print(f"vault of {built.count:,} records ready in {time.perf_counter() - started:.1f} s "
          f"({built.directory})")
    ensure_real_officer(built.directory)

    rows: list[tuple[str, float, str]] = []
    launch = launch_times(built.directory, args.runs)
    rows.append(("launch to unlock window (process start, s)", statistics.median(launch),
                 "≤ 1.5"))

    import shekara.ui  # noqa: F401 - the refcount guard first
    from shekara.ui import app as shell
    from shekara.ui.settings.store import UiPreferences
    from shekara.vault.records import RecordFilter

    application = shell.create_application(["shekara"])
    prefs = UiPreferences(Path(os.environ.get("TMPDIR", "/tmp")) / "shekara-bench-ui.ini")
    context = shell.build_context(application, built.directory, prefs)
    unlock_times: list[float] = []
    filter_times: dict[str, list[float]] = {}
    count_times: dict[str, list[float]] = {}
    search_times: dict[str, list[float]] = {}
    scroll_times: list[float] = []
    filters = {
        "kind": RecordFilter(kinds=("drug_intel",)),
        "status": RecordFilter(statuses=("approved",)),
        "citizenship": RecordFilter(citizenship="LTU"),
        "qualifies": RecordFilter(qualifies=True),
        "date range (one quarter)": RecordFilter(occurred_from="2025-01-01",
                                                 occurred_to="2025-03-31"),
        "kind + citizenship": RecordFilter(kinds=("forged_document",), citizenship="LTU"),
    }
    searches = ["Жукаускас", "zhukauskas", "Нұрлан", "героин", "абд", "12345"]
    for _ in range(args.runs):
        controller = shell.AppController(application, context)
        controller.start()
        window = controller.unlock_window
        window.login_edit.setText(REAL_OFFICER)
        window.pass_edit.setText(REAL_PASS)
        t0 = time.perf_counter()
        window.attempt()
        wait_until(lambda c=controller: c.main_window is not None
                   and c.main_window.model.rowCount() > 0)
        unlock_times.append(time.perf_counter() - t0)
        main_window = controller.main_window
        model = main_window.model
        wait_until(lambda m=model: m.total is not None)
        for name, flt in filters.items():
            t0 = time.perf_counter()
            model.set_filter(flt)
            wait_until(lambda m=model: not m.busy)
            filter_times.setdefault(name, []).append((time.perf_counter() - t0) * 1000)
            wait_until(lambda m=model: m.total is not None)
            count_times.setdefault(name, []).append((time.perf_counter() - t0) * 1000)
        model.set_filter(RecordFilter())
        wait_until(lambda m=model: not m.busy)
        for _page in range(3):
            t0 = time.perf_counter()
            model.fetchMore()
            wait_until(lambda m=model: not m.busy)
            scroll_times.append((time.perf_counter() - t0) * 1000)
        for text in searches:
            main_window.search_edit.blockSignals(True)
            main_window.search_edit.setText(text)
            main_window.search_edit.blockSignals(False)
            t0 = time.perf_counter()
            main_window.run_search()
            wait_until(lambda m=model, t=text: m.searching and m._search_text == t)
            search_times.setdefault(text, []).append((time.perf_counter() - t0) * 1000)
        controller.lock("shortcut")
        controller.shutdown()
        controller.unlock_window.close()

    rows.append(("unlock to main window with the list (s)", statistics.median(unlock_times),
                 "≤ 1.5"))
    for name, times in filter_times.items():
        rows.append((f"filter {name}: first page (ms)", statistics.median(times), "≤ 100"))
    for name, times in count_times.items():
        rows.append((f"filter {name}: total counted (ms, background)",
                     statistics.median(times), "—"))
    rows.append(("scrolling: next page of 200 (ms)", statistics.median(scroll_times), "≤ 100"))
    for text, times in search_times.items():
        rows.append((f"search '{text}' (ms, without the 150 ms typing pause)",
                     statistics.median(times), "≤ 100"))
    print(f"\n{'measure':<62}{'median':>10}{'goal':>9}")
    for name, value, goal in rows:
        print(f"{name:<62}{value:>10.3f}{goal:>9}" if value < 10 else
              f"{name:<62}{value:>10.1f}{goal:>9}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
