"""The layer rule: an inner layer never imports an outer one, and only ui/ touches Qt."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "desktop" / "shekara"

# Inner to outer. A module may import its own layer and any inner one.
# demo/ (sample records, the demo vault, the self-test) drives the services to fill vaults, and
# only the front ends start it: what users do never depends on it.
RANKS = {"errors": 0, "messages": 0, "languages": 0, "paths": 0, "targets": 0, "fileio": 0,
         "__init__": 0, "__main__": 8,
         "domain": 1,
         "vault": 2, "packets": 3, "reports": 4, "services": 5, "demo": 6, "cli": 7, "ui": 7}
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


def test_services_never_depend_on_the_demo() -> None:
    assert RANKS[layer_of("shekara.demo.samples") or ""] > RANKS["services"]
    assert RANKS["cli"] > RANKS["demo"] and RANKS["ui"] > RANKS["demo"]
    assert not [path for layer, path in modules() if layer == "services"
                and any(name.startswith("shekara.demo") for name in imports_of(path))]


# --- inside ui/ -------------------------------------------------------------------------------
# ui/ has ranks of its own. base: the modules directly in ui/ (i18n, theme, ops, errors…);
# widgets: ui/widgets, shared by several screens; screens: every other sub-package; shell: the
# main window and the application that opens the screens. A module imports its own rank and
# inner ones: a widget never imports a screen, a screen never imports the shell.
UI = PACKAGE / "ui"
UI_RANKS = {"base": 0, "widgets": 1, "screens": 2, "shell": 3}
# (importing module, imported ui module) -> why this crossing is allowed.
UI_ALLOWED = {
    ("ui/context.py", "shekara.ui.settings.store"):
        "the UI context carries the preferences store it is built from",
}


def ui_rank(module: str) -> str:
    """The rank of `shekara.ui…` (a dotted name) or of a path below ui/ ("main/window.py")."""
    parts = module.removeprefix("shekara.ui").strip(".").replace("/", ".").split(".")
    head = parts[0].removesuffix(".py") if parts and parts[0] else "__init__"
    if head in ("app", "__init__", "main"):
        return "shell"
    if head == "widgets":
        return "widgets"
    if (UI / f"{head}.py").exists() or (len(parts) == 2 and parts[1] == "py"):
        return "base"
    return "screens"


def ui_rank_violations(paths: list[Path], root: Path = UI) -> list[str]:
    found = []
    for path in paths:
        rel = path.relative_to(root).as_posix()
        mine = ui_rank(rel)
        for name in imports_of(path):
            if not name.startswith("shekara.ui") or name == "shekara.ui":
                continue
            if UI_RANKS[ui_rank(name)] > UI_RANKS[mine] and (f"ui/{rel}", name) not in UI_ALLOWED:
                found.append(f"ui/{rel} ({mine}) imports {name} ({ui_rank(name)})")
    return found


def test_ui_ranks_hold() -> None:
    violations = ui_rank_violations(sorted(UI.rglob("*.py")))
    assert not violations, "\n".join(violations)
    used = {(f"ui/{path.relative_to(UI).as_posix()}", name)
            for path in sorted(UI.rglob("*.py")) for name in imports_of(path)}
    stale = set(UI_ALLOWED) - used
    assert not stale, f"allowed but no longer there (remove from UI_ALLOWED): {stale}"


def test_ui_widgets_import_no_screen_package() -> None:
    """Stated on its own: ui/widgets may use services and below, and ui's base modules."""
    offenders = [f"{path.relative_to(UI)} imports {name}"
                 for path in sorted((UI / "widgets").rglob("*.py"))
                 for name in imports_of(path)
                 if name.startswith("shekara.ui.") and ui_rank(name) not in ("base", "widgets")]
    assert not offenders, "\n".join(offenders)


# No "may not be in the build": ui/ imports its modules directly and calls methods it knows,
# so a broken import fails a test instead of greying out a menu. (module, name) -> why a
# dynamic look-up is still right there.
DYNAMIC_ALLOWED = {
    ("ui/about/dialog.py", "importlib.metadata"):
        "reads the installed packages' version numbers, imports nothing",
    ("ui/i18n.py", "frozen"): "sys.frozen exists only in a PyInstaller bundle",
    ("ui/app.py", "vault"): "an argparse Namespace from the command line",
    ("ui/app.py", "demo"): "an argparse Namespace from the command line",
    ("ui/export/writing.py", "posix_fadvise"): "os has it on POSIX systems only",
    ("ui/unlock/locking.py", "path"): "D-Bus hands a QDBusObjectPath or a plain string",
    ("ui/ops.py", "_LOCK_ATTR"):
        "the per-session lock rides on the Session object (services know nothing of Qt)",
    ("ui/ops.py", "_OPS_ATTR"):
        "the session's running operations ride on the Session object, as its lock does",
}


def dynamic_lookups(path: Path, root: Path = UI) -> list[tuple[str, str]]:
    """(module, what) for each importlib / __import__ use and each getattr / hasattr whose
    attribute is named by a string or a constant, in one module."""
    rel = f"ui/{path.relative_to(root).as_posix()}"
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(rel, a.name) for a in node.names if a.name.split(".")[0] == "importlib"]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "importlib":
            found += [(rel, f"{node.module}.{a.name}") for a in node.names]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id == "__import__":
                found.append((rel, "__import__"))
            elif node.func.id in ("getattr", "hasattr") and len(node.args) >= 2:
                what = node.args[1]
                if isinstance(what, ast.Constant) and isinstance(what.value, str):
                    found.append((rel, what.value))
                elif isinstance(what, ast.Name):
                    found.append((rel, what.id))
    return found


def test_ui_has_no_dynamic_imports_or_method_lookups_by_name() -> None:
    found = [hit for path in sorted(UI.rglob("*.py")) for hit in dynamic_lookups(path)]
    unexplained = [f"{module}: {what}" for module, what in found
                   if (module, what) not in DYNAMIC_ALLOWED]
    assert not unexplained, "\n".join(unexplained)
    stale = set(DYNAMIC_ALLOWED) - set(found)
    assert not stale, f"allowed but no longer there (remove from DYNAMIC_ALLOWED): {stale}"


def test_the_ui_checks_catch_planted_violations(tmp_path: Path) -> None:
    """The checkers themselves work: each kind of violation is reported."""
    root = tmp_path / "ui"
    (root / "widgets").mkdir(parents=True)
    (root / "main").mkdir()
    widget = root / "widgets" / "meter.py"
    widget.write_text("from shekara.ui.export.pages import DestinationPage\n")
    screen = root / "main" / "window.py"
    screen.write_text(
        "import importlib\nfrom importlib import import_module\n"
        "STOP = 'stop'\n"
        "def f(page, sys):\n"
        "    importlib.import_module('shekara.ui.export')\n"
        "    getattr(page, 'request_close', None)()\n"
        "    if hasattr(page, STOP): __import__('x')\n"
        "    getattr(sys, 'frozen', False)\n")
    assert ui_rank_violations([widget], root) == [
        "ui/widgets/meter.py (widgets) imports shekara.ui.export.pages (screens)"]
    hits = {what for _module, what in dynamic_lookups(screen, root)}
    assert hits == {"importlib", "importlib.import_module", "request_close", "STOP",
                    "__import__", "frozen"}
    assert ("ui/main/window.py", "frozen") not in DYNAMIC_ALLOWED  # the whitelist is per module
    assert ui_rank("shekara.ui.widgets.destination") == "widgets"
    assert ui_rank("shekara.ui.i18n") == "base" and ui_rank("errors.py") == "base"
    assert ui_rank("shekara.ui.hq.overview") == "screens"
    assert ui_rank("shekara.ui.main.window") == "shell" and ui_rank("app.py") == "shell"


# Messages travel as (msgid, template, params) and are put into words once (shekara.messages,
# ui/messages.py): the modules that show them never parse English back.
SHOWS_MESSAGES = ("ui/messages.py", "ui/errors.py", "ui/editors/issues.py",
                  "ui/editors/mrz_box.py", "ui/hq/outcome_model.py", "ui/audit/dialog.py")


def test_messages_are_never_parsed_back() -> None:
    parsing = [rel for rel in SHOWS_MESSAGES if "re" in imports_of(PACKAGE / rel)]
    assert not parsing, f"a message is translated from its parameters, not its English: {parsing}"


def unguarded_timers(path: Path, root: Path = UI) -> list[str]:
    """Each `QTimer.singleShot(ms, self.method)` in one module: without the object as the
    call's context, the timer still fires after Qt deleted the widget and the method raises
    "Internal C++ object already deleted" (CI caught the export wizard's height fit so)."""
    rel = f"ui/{path.relative_to(root).as_posix()}"
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "singleShot" and len(node.args) == 2):
            target = node.args[1]
            if (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)
                    and target.value.id == "self"):
                found.append(f"{rel}:{node.lineno}: singleShot(…, self.{target.attr})")
    return found


# ui/ops.py's operation holds a strong reference to itself until its own deleteLater.
TIMERS_ALLOWED = {"ui/ops.py": "_release"}


def test_timers_on_widget_methods_name_the_widget_as_context() -> None:
    found = [hit for path in sorted(UI.rglob("*.py")) for hit in unguarded_timers(path)]
    unexplained = [hit for hit in found
                   if not any(hit.startswith(f"{module}:") and hit.endswith(f"self.{attr})")
                              for module, attr in TIMERS_ALLOWED.items())]
    assert not unexplained, "write QTimer.singleShot(ms, self, self.method):\n" + "\n".join(
        unexplained)


def test_the_timer_check_catches_a_planted_timer(tmp_path: Path) -> None:
    root = tmp_path / "ui"
    root.mkdir()
    screen = root / "page.py"
    screen.write_text("class P:\n"
                      "    def f(self):\n"
                      "        QTimer.singleShot(0, self._fit)\n"
                      "        QTimer.singleShot(0, self, self._fit)\n"
                      "        QTimer.singleShot(0, lambda: None)\n")
    assert unguarded_timers(screen, root) == ["ui/page.py:3: singleShot(…, self._fit)"]
