"""Build the desktop application's translations.

    python tools/build_translations.py              # refresh i18n/*.ts, then compile .qm
    python tools/build_translations.py --compile    # compile only (CI, packaging from a tag)
    python tools/build_translations.py --check      # exit 1 if message_catalog.py is stale

Steps:
1. `desktop/shekara/ui/message_catalog.py` is regenerated, so lupdate sees what it cannot find
   itself: every `ShekaraError` subclass raised with literal (msgid, template) anywhere in the
   package except the command line (context "errors"), every validation message template
   (`shekara.domain.validation.MESSAGES`, context "validation"), and every call of a local
   alias of translate (`t("Context", "text")`, `_tr("Context", "text")`) in the UI.
2. `pyside6-lupdate` scans every .py under desktop/shekara/ui into i18n/shekara_{kk,lt,ru}.ts and
   i18n/shekara_en.ts (English holds only plural forms: `-pluralonly`).
3. `pyside6-lrelease` compiles them into desktop/shekara/ui/translations/*.qm (not committed).
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop" / "shekara"
UI = PACKAGE / "ui"
TS_DIR = ROOT / "i18n"
CATALOG = UI / "message_catalog.py"
LANGUAGES = ("kk", "lt", "ru")
ERROR_CLASSES = {"ShekaraError", "InputError", "AuthError", "PermissionDenied", "NotFound",
                 "StateError", "VaultError", "PacketError"}
SKIPPED = ("cli",)  # command-line usage messages never reach the desktop application

sys.path.insert(0, str(ROOT / "desktop"))


def error_templates() -> list[tuple[str, str, str]]:
    """(msgid, template, where) for every literal error raised in the package."""
    found: dict[tuple[str, str], str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] in SKIPPED or (rel.parts[0] == "ui" and rel.name == CATALOG.name):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else (
                node.func.attr if isinstance(node.func, ast.Attribute) else "")
            if name not in ERROR_CLASSES or len(node.args) < 2:
                continue
            msgid, template = node.args[0], node.args[1]
            if isinstance(msgid, ast.Constant) and isinstance(template, ast.Constant) and \
                    isinstance(msgid.value, str) and isinstance(template.value, str):
                found.setdefault((msgid.value, template.value), str(rel))  # no line: edits move it
    return sorted((m, t, w) for (m, t), w in found.items())


# Qt's own words on standard buttons, wizards and edit menus. Qt ships qtbase_kk and qtbase_ru
# but no Lithuanian: our catalogs carry these too (kk and ru as Qt has them), so Lithuanian
# screens do not show English buttons.
QT_OWN = (
    ("QPlatformTheme", ("OK", "Cancel", "Close", "&Yes", "&No", "Save", "Discard", "Apply",
                        "Help", "Reset", "Open", "Retry", "Abort", "Ignore", "Restore Defaults")),
    ("QWizard", ("< &Back", "&Next >", "&Finish", "Cancel", "Commit", "&Help")),
    ("QProgressDialog", ("Cancel",)),
    ("QLineEdit", ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All")),
    ("QMessageBox", ("Show Details...", "Hide Details...")),
)
ALIASES = {"t", "_tr"}  # local names for QCoreApplication.translate that lupdate does not know


def alias_calls() -> list[tuple[str, str, str | None, bool]]:
    """(context, text, disambiguation, plural) of aliased translate calls in the UI."""
    found: set[tuple[str, str, str | None, bool]] = set()
    for path in sorted(UI.rglob("*.py")):
        if path == CATALOG:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ALIASES and len(node.args) >= 2):
                continue
            literal = [a.value if isinstance(a, ast.Constant) else None for a in node.args]
            if not (isinstance(literal[0], str) and isinstance(literal[1], str)):
                continue
            disambiguation = literal[2] if len(literal) > 2 and isinstance(literal[2], str) \
                else None
            plural = len(node.args) > 3 or any(k.arg == "n" for k in node.keywords)
            found.add((literal[0], literal[1], disambiguation or None, plural))
    return sorted(found, key=lambda e: (e[0], e[1], e[2] or "", e[3]))


def validation_templates() -> list[tuple[str, str]]:
    from shekara.domain.validation import MESSAGES

    return sorted(MESSAGES.items())


def render_catalog() -> str:
    lines = [
        "# ruff: noqa: E501 - generated: one message per line",
        '"""Generated by tools/build_translations.py: messages lupdate cannot find by itself',
        "(error and validation templates, aliased translate calls), so they reach the catalogs.",
        "Do not edit; run the tool again (tests/ui/test_catalogs.py checks this file is current).",
        '"""',
        "",
        "from PySide6.QtCore import QCoreApplication",
        "",
        "",
        "def _for_lupdate() -> None:  # never called: lupdate reads the literals",
        "    translate = QCoreApplication.translate",
    ]
    seen: set[str] = set()
    for msgid, template, where in error_templates():
        if template in seen:
            continue
        seen.add(template)
        lines.append(f"    # {msgid} ({where})")
        lines.append(f'    translate("errors", {template!r})')
    for msgid, template in validation_templates():
        lines.append(f"    # {msgid}")
        lines.append(f'    translate("validation", {template!r})')
    for context, texts in QT_OWN:
        for text in texts:
            lines.append(f"    translate({context!r}, {text!r})")
    for context, text, disambiguation, plural in alias_calls():
        args = [repr(context), repr(text)]
        if disambiguation or plural:
            args.append(repr(disambiguation))
        if plural:
            args.append("1")
        lines.append(f"    translate({', '.join(args)})")
    lines.append("")
    return "\n".join(lines)


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def update_sources() -> None:
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    TS_DIR.mkdir(exist_ok=True)
    for lang in (*LANGUAGES, "en"):
        ts = TS_DIR / f"shekara_{lang}.ts"
        extra = ["-pluralonly"] if lang == "en" else []
        subprocess.run([tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                        "-target-language", lang, *extra, *sources, "-ts", str(ts)],
                       check=True)


def compile_all() -> list[Path]:
    from shekara.ui.i18n import compile_catalogs

    written = compile_catalogs(TS_DIR)
    sources = list(TS_DIR.glob("shekara_*.ts"))
    if len(written) != len(sources):
        raise SystemExit(f"compiled {len(written)} catalogs from {len(sources)} sources")
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--compile", action="store_true", help="only compile the .ts files")
    parser.add_argument("--check", action="store_true",
                        help="fail if message_catalog.py is not current")
    args = parser.parse_args()
    if args.check:
        current = CATALOG.read_text(encoding="utf-8") if CATALOG.exists() else ""
        if current != render_catalog():
            print("message_catalog.py is stale: run tools/build_translations.py",
                  file=sys.stderr)
            return 1
        return 0
    if not args.compile:
        CATALOG.write_text(render_catalog(), encoding="utf-8")
        update_sources()
    for qm in compile_all():
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
