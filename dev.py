#!/usr/bin/env python3
"""The project's two commands, for a fresh machine with Python 3.11+.

    python3 dev.py run     set up .venv and start Shekara on a demo vault
    python3 dev.py test    set up .venv and run the tests, ruff and mypy

Setting up means: create .venv beside this file if missing and install the project into it
(editable) with its test extras. Re-running is cheap: pip skips what is there.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")


def setup() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - says why on an older Python, not a traceback
        sys.exit("Shekara needs Python 3.11 or newer")
    if not PY.exists():
        print("creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / ".installed"
    pyproject = ROOT / "pyproject.toml"
    if not stamp.exists() or stamp.stat().st_mtime < pyproject.stat().st_mtime:
        print("installing dependencies …", flush=True)
        subprocess.check_call([str(PY), "-m", "pip", "install", "-q", "--upgrade", "pip"])
        subprocess.check_call([str(PY), "-m", "pip", "install", "-q", "-e", ".[test,pdf]"],
                              cwd=ROOT)
        stamp.touch()


def run(extra: list[str]) -> int:
    setup()
    return subprocess.call([str(PY), "-m", "shekara", "--demo", *extra], cwd=ROOT)


def test(extra: list[str]) -> int:
    setup()
    steps = [
        [str(PY), "-m", "ruff", "check", "desktop", "tests", "tools", "dev.py"],
        [str(PY), "-m", "mypy"],
        # One test process per core: a single process took 11 minutes on a 2-core machine,
        # two take under 7 (pass `-n 0` to run in one process, e.g. to use a debugger).
        [str(PY), "-m", "pytest", "-n", "auto", *extra],
    ]
    for step in steps:
        print("$", " ".join(Path(step[0]).name if i == 0 else a for i, a in enumerate(step)),
              flush=True)
        code = subprocess.call(step, cwd=ROOT)
        if code != 0:
            return code
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in ("run", "test"):
        sys.exit(__doc__)
    command, rest = sys.argv[1], sys.argv[2:]
    sys.exit(run(rest) if command == "run" else test(rest))
