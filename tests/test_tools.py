"""The maintainers' scripts in tools/ still import against the package they drive.

They are not run by the test suite (screenshots take minutes, the font and vector builders
rewrite checked-in files), so a moved module or a renamed function used to rot them silently:
tools/screenshots.py broke that way when the UI kit moved. Importing each one catches it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.tools import load_tool

TOOLS = Path(__file__).resolve().parents[1] / "tools"
SCRIPTS = sorted(TOOLS.glob("*.py"))


def test_there_are_tools_to_check() -> None:
    assert len(SCRIPTS) >= 5


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_a_tool_imports_and_has_a_main(script: Path) -> None:
    module = load_tool(script)
    assert callable(getattr(module, "main", None)), f"{script.name} has no main()"


WRITTEN = ("docs", "i18n", "resources", "tests/golden")  # what a tool run may rewrite


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_a_tools_help_explains_and_writes_nothing(script: Path, tmp_path: Path) -> None:
    """`--help` used to run tools/screenshots.py (every screenshot in docs/ rewritten) and
    tools/make_golden_vault.py (a vault written into tests/golden/). Run in a copy of the
    checkout (the folders a tool writes copied, the rest linked), so a broken --help writes
    only there, where the test sees it."""
    checkout = TOOLS.parent
    copy = tmp_path / "checkout"
    shutil.copytree(TOOLS, copy / "tools")
    (copy / "tests").mkdir()
    for folder in WRITTEN:
        shutil.copytree(checkout / folder, copy / folder)
    for entry in [checkout / "desktop", *(checkout / "tests").iterdir()]:
        target = copy / entry.relative_to(checkout)
        if not target.exists():
            target.symlink_to(entry)
    before = snapshot(copy)
    run = subprocess.run([sys.executable, str(copy / "tools" / script.name), "--help"],
                         capture_output=True, text=True, timeout=120, check=False,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr
    assert len(run.stdout.strip()) > 40, run.stdout  # it explains itself
    assert snapshot(copy) == before


def snapshot(root: Path) -> dict[str, float]:
    """Every file under the folders a tool may write, with its modification time."""
    return {str(p): p.stat().st_mtime for name in WRITTEN
            for p in (root / name).rglob("*") if p.is_file()}
