"""The maintainers' scripts in tools/ still import against the package they drive.

They are not run by the test suite (screenshots take minutes, the font and vector builders
rewrite checked-in files), so a moved module or a renamed function used to rot them silently:
tools/screenshots.py broke that way when the UI kit moved. Importing each one catches it.
"""

from __future__ import annotations

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
