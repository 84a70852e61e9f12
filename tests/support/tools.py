"""The scripts of tools/ loaded as modules, for tests of what they make."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def load_tool(script: Path) -> ModuleType:
    """Run `script`'s module code (its `main` is not called). It is in sys.modules while it
    loads — dataclasses look their module up there — and not after."""
    spec = importlib.util.spec_from_file_location(f"shekara_tool_{script.stem}", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        sys.modules.pop(spec.name, None)
    return module
