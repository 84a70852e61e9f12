"""Build the desktop application's translations.

    python tools/build_translations.py              # refresh i18n/*.ts, then compile .qm
    python tools/build_translations.py --compile    # compile only (CI, packaging from a tag)
    python tools/build_translations.py --check      # exit 1 if i18n/message_catalog.py is stale

Steps:
1. `i18n/message_catalog.py` is regenerated: lupdate input, never imported by the program. It
   lists what lupdate cannot find in the UI's code because the inner layers say it, as
   `Message`s (`shekara.messages`) the UI translates by their English template: every
   `ShekaraError` subclass raised with a literal template anywhere in the package except the
   command line (context "errors"), every literal `Message(msgid, template)` /
   `message(msgid, template)` and every entry of the message tables (`MESSAGE_TABLES`), each
   in the context its msgid gives (`shekara.ui.messages.context_of`), and Qt's own words our
   catalogs carry (`QT_OWN`).
2. `pyside6-lupdate` scans every .py under desktop/shekara/ui and the generated catalog into
   i18n/shekara_{kk,lt,ru}.ts and i18n/shekara_en.ts (English holds only plural forms:
   `-pluralonly`). Local aliases of translate (`t = translate`, `_tr`) are told to it with
   `-tr-function-alias`.
3. `pyside6-lrelease` compiles them into desktop/shekara/ui/translations/*.qm (not committed).
"""

from __future__ import annotations

import argparse
import ast
import importlib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop" / "shekara"
UI = PACKAGE / "ui"
TS_DIR = ROOT / "i18n"
CATALOG = TS_DIR / "message_catalog.py"
ERROR_CLASSES = {"ShekaraError", "InputError", "AuthError", "PermissionDenied", "NotFound",
                 "StateError", "VaultError", "PacketError"}
MESSAGE_CALLS = {"Message", "message"}
SKIPPED = ("cli",)  # command-line usage messages never reach the desktop application

sys.path.insert(0, str(ROOT / "desktop"))

from shekara.languages import CODES  # noqa: E402 - found through the path above

LANGUAGES = tuple(code for code in CODES if code != "en")  # English is the source language


def literal_templates(callables: set[str], *, any_msgid: bool = False
                      ) -> list[tuple[str, str, str]]:
    """(msgid, template, where) for every call of one of `callables` with a literal template
    in the package (outside the command line) and a literal msgid, or any msgid when
    `any_msgid` (an error's context does not depend on it; "*" stands for it then)."""
    found: dict[tuple[str, str], str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] in SKIPPED:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else (
                node.func.attr if isinstance(node.func, ast.Attribute) else "")
            if name not in callables or len(node.args) < 2:
                continue
            msgid, template = node.args[0], node.args[1]
            if not (isinstance(template, ast.Constant) and isinstance(template.value, str)):
                continue
            if isinstance(msgid, ast.Constant) and isinstance(msgid.value, str):
                found.setdefault((msgid.value, template.value), str(rel))  # no line: edits move it
            elif any_msgid:
                found.setdefault(("*", template.value), str(rel))
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
ALIASES = ("t", "_tr")  # local names for QCoreApplication.translate in the UI
LUPDATE_ALIASES = ["-tr-function-alias", ",".join(f"translate+={a}" for a in ALIASES)]


# The message tables of the inner layers ("module:NAME"): msgid → English template, or a part
# of one, for messages built as `Message(msgid, TABLE[msgid], ...)`. A new table is added here;
# tests/ui/test_message_tables.py finds every table in the package and fails on one whose
# templates the catalog lacks.
MESSAGE_TABLES = (
    "shekara.domain.field_checks:FIELD_MESSAGES",
    "shekara.domain.field_checks:FIELD_PARTS",
    "shekara.domain.mrz:MRZ_MESSAGES",
    "shekara.domain.mrz:MRZ_PARTS",
    "shekara.domain.request:MESSAGES",
    "shekara.domain.request:TYPE_PARTS",
    "shekara.services.requests:MESSAGES",
    "shekara.services.fork_reasons:FORK_REASONS",
    "shekara.services.audit_breaks:AUDIT_BREAKS",
)


def message_table(name: str) -> dict[str, str]:
    """The table "module:NAME" names."""
    module, attribute = name.split(":")
    table = getattr(importlib.import_module(module), attribute)
    if not isinstance(table, dict):
        raise SystemExit(f"{name} is not a table of messages")
    return table


def table_templates() -> list[tuple[str, str]]:
    """(msgid, template) of the message tables the inner layers keep."""
    return sorted({item for name in MESSAGE_TABLES for item in message_table(name).items()})


def lupdate_sources() -> list[str]:
    """What lupdate reads: the UI's code and the generated catalog."""
    return [*sorted(str(p) for p in UI.rglob("*.py")), str(CATALOG)]


def render_catalog() -> str:
    lines = [
        "# ruff: noqa: E501 - generated: one message per line",
        '"""Generated by tools/build_translations.py: lupdate input, never imported.',
        "",
        "The templates of the messages the inner layers send to the desktop application (errors,",
        "validation issues and their MRZ parts, import outcomes), each in the context the",
        "application translates it in, and Qt's own words. Do not edit; run the tool again",
        "(tests/ui/test_catalogs.py checks this file is current).",
        '"""',
        "",
        "from PySide6.QtCore import QCoreApplication",
        "",
        "",
        "def _for_lupdate() -> None:  # never called: lupdate reads the literals",
        "    translate = QCoreApplication.translate",
    ]
    from shekara.ui.messages import context_of

    entries: list[tuple[str, str, str]] = []  # (context, template, comment)
    entries += [("errors", template, f"{msgid} ({where})")
                for msgid, template, where in literal_templates(ERROR_CLASSES, any_msgid=True)]
    entries += [(context_of(msgid), template, f"{msgid} ({where})")
                for msgid, template, where in literal_templates(MESSAGE_CALLS)]
    entries += [(context_of(msgid), template, msgid) for msgid, template in table_templates()]
    seen: set[tuple[str, str]] = set()
    for context, template, comment in entries:
        if (context, template) in seen:
            continue
        seen.add((context, template))
        lines.append(f"    # {comment}")
        lines.append(f"    translate({context!r}, {template!r})")
    for context, texts in QT_OWN:
        for text in texts:
            lines.append(f"    translate({context!r}, {text!r})")
    lines.append("")
    return "\n".join(lines)


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def update_sources() -> None:
    sources = lupdate_sources()
    TS_DIR.mkdir(exist_ok=True)
    for lang in (*LANGUAGES, "en"):
        ts = TS_DIR / f"shekara_{lang}.ts"
        extra = ["-pluralonly"] if lang == "en" else []
        subprocess.run([tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                        "-target-language", lang, *extra, *LUPDATE_ALIASES, *sources,
                        "-ts", str(ts)], check=True)


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
            print("i18n/message_catalog.py is stale: run tools/build_translations.py",
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
