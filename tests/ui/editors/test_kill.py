"""Killing the app mid-typing loses at most a few seconds of it: the autosave is in the vault
when it is opened again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from shekara.services.drafts import DraftService
from shekara.ui.editors.page import AUTOSAVE_MS
from tests.ui.editors.conftest import OFFICER, open_as
from tests.ui.editors.kill_child import KEY_INTERVAL_MS, TEXT

ROOT = Path(__file__).resolve().parents[3]


def test_sigkill_mid_typing_keeps_the_autosaved_draft(vault_dir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SHEKARA_TEST_FAST_KDF": "1",
           "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "desktop")])}
    child = subprocess.Popen([sys.executable, "-m", "tests.ui.editors.kill_child",
                              str(vault_dir)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True)
    try:
        assert child.stdout is not None
        ready = False
        reports: list[int] = []
        deadline = time.monotonic() + 60
        while len(reports) < 2 and time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            if line.startswith("READY"):
                ready = True
            elif line.startswith("AUTOSAVED"):
                reports.append(int(line.split()[1]))
        assert ready and len(reports) == 2, "the child never autosaved twice"
        os.kill(child.pid, signal.SIGKILL)  # mid-typing: keys keep coming every 40 ms
        child.wait(timeout=10)
        # The timer alone saves every few seconds while the officer types on: between two
        # autosaves about AUTOSAVE_MS of typing, counted in keys rather than by a clock (a busy
        # machine slows keys and timer alike). An autosave waiting for a pause would never come.
        assert reports[1] - reports[0] <= 2 * AUTOSAVE_MS // KEY_INTERVAL_MS, reports
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    session = open_as(vault_dir, OFFICER)
    try:
        [draft] = DraftService(session.vault, session.records).pending()
    finally:
        session.close()
    assert draft.kind == "border_violation"
    typed = draft.data["narrative"]
    assert typed == TEXT[:reports[-1]] and len(typed) > reports[0] > 0
