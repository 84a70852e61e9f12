"""The layer rule: an inner layer never imports an outer one, and only ui/ touches Qt."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "desktop" / "shekara"

# Inner to outer. A module may import its own layer and any inner one.
RANKS = {"errors": 0, "paths": 0, "fileio": 0, "__init__": 0, "__main__": 7, "domain": 1,
         "vault": 2, "packets": 3, "reports": 4, "services": 5, "cli": 6, "ui": 6}
# cli/gui.py is the door from the command to the desktop application, opened lazily.
ALLOWED_EXTRA = {("cli", "ui"): {"gui.py"}}


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "shekara":
        return None
    return parts[1] if len(parts) > 1 else "__init__"


def imports_of(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
    return found


def modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        layer = rel.parts[0] if len(rel.parts) > 1 else rel.stem
        out.append((layer, path))
    return out


def test_every_module_has_a_known_layer() -> None:
    unknown = {layer for layer, _ in modules()} - set(RANKS)
    assert not unknown, f"modules outside the known layers: {unknown}"


def test_inner_layers_never_import_outer_ones() -> None:
    violations = []
    for layer, path in modules():
        for name in imports_of(path):
            target = layer_of(name)
            if target is None or target not in RANKS:
                continue
            if path.name in ALLOWED_EXTRA.get((layer, target), set()):
                continue
            sideways = layer != target and {layer, target} == {"cli", "ui"}
            if RANKS[target] > RANKS[layer] or sideways:
                violations.append(f"{path.relative_to(PACKAGE)} ({layer}) imports {name}")
    assert not violations, "\n".join(violations)


def test_only_ui_imports_qt() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for layer, path in modules() if layer != "ui"
        for name in imports_of(path) if name.split(".")[0] in ("PySide6", "shiboken6")
    ]
    assert not offenders, "\n".join(offenders)


def test_the_rule_catches_a_violation(tmp_path: Path) -> None:
    """The checker itself works: a domain module importing the vault is reported."""
    bad = tmp_path / "bad.py"
    bad.write_text("from shekara.vault.vault import Vault\nimport PySide6.QtWidgets\n")
    names = imports_of(bad)
    assert "shekara.vault.vault" in names and "PySide6.QtWidgets" in names
    assert RANKS[layer_of("shekara.vault.vault") or ""] > RANKS["domain"]
