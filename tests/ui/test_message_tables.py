"""Every message table of the inner layers reaches the translation catalog.

A message table maps message ids to English templates (or parts of them) and builds messages as
`Message(msgid, TABLE[msgid], ...)`; lupdate cannot see those templates, so
tools/build_translations.py collects the tables it lists in `MESSAGE_TABLES`. Request
refusals once reached the window in English because `domain/request.py`'s table was not
listed: here every table in the package is found by reading the code, and each of its
templates must be in i18n/message_catalog.py in the context the window translates it in.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from shekara.domain.request import MESSAGES as REQUEST_MESSAGES
from shekara.domain.request import validate_request
from shekara.errors import ValidationError
from shekara.ui.context import UiContext
from shekara.ui.messages import context_of, translated
from tests.support.tools import load_tool

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desktop" / "shekara"
CATALOG = ROOT / "i18n" / "message_catalog.py"
# The layers whose words the window shows through `ui.messages.translated`.
INNER = ("domain", "services", "vault", "packets", "reports", "demo")
MESSAGE_BUILDERS = {"Message", "message", "ShekaraError", "InputError", "AuthError",
                    "PermissionDenied", "NotFound", "StateError", "VaultError", "PacketError"}
MSGID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+\Z")


def _tool() -> Any:
    return load_tool(ROOT / "tools" / "build_translations.py")


def _is_table(node: ast.expr) -> bool:
    """A dict display whose literal keys are all message ids and whose literal values are
    text (`**other` spreads aside)."""
    if not isinstance(node, ast.Dict):
        return False
    pairs = [(k, v) for k, v in zip(node.keys, node.values, strict=True) if k is not None]
    return bool(pairs) and all(
        isinstance(k, ast.Constant) and isinstance(k.value, str) and MSGID.match(k.value)
        and isinstance(v, ast.Constant) and isinstance(v.value, str) for k, v in pairs)


def found_tables(package: Path = PACKAGE) -> set[str]:
    """"module:NAME" of every message table in the inner layers: a module-level dict of
    msgid → text, or a module-level name a message is built from as `NAME[msgid]`."""
    tables: set[str] = set()
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package)
        if rel.parts[0] not in INNER:
            continue
        module = ".".join(("shekara", *rel.with_suffix("").parts))
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top: dict[str, ast.expr] = {}
        imported: dict[str, str] = {}  # local name → "module:NAME" it comes from
        for stmt in tree.body:
            if isinstance(stmt, ast.ImportFrom) and stmt.module and stmt.level == 0:
                imported |= {alias.asname or alias.name: f"{stmt.module}:{alias.name}"
                             for alias in stmt.names}
            elif isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and \
                    isinstance(stmt.targets[0], ast.Name):
                top[stmt.targets[0].id] = stmt.value
            elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and \
                    stmt.value is not None:
                top[stmt.target.id] = stmt.value
        tables |= {f"{module}:{name}" for name, value in top.items() if _is_table(value)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            called = func.id if isinstance(func, ast.Name) else (
                func.attr if isinstance(func, ast.Attribute) else "")
            template = node.args[1]
            if called in MESSAGE_BUILDERS and isinstance(template, ast.Subscript) and \
                    isinstance(template.value, ast.Name):
                name = template.value.id
                assert name in top or name in imported, \
                    f"{module}: a message's template comes from {name}, not a module's table"
                tables.add(f"{module}:{name}" if name in top else imported[name])
    return tables


def catalog_entries() -> set[tuple[str, str]]:
    """(context, template) of every entry of i18n/message_catalog.py."""
    tree = ast.parse(CATALOG.read_text(encoding="utf-8"))
    return {(node.args[0].value, node.args[1].value) for node in ast.walk(tree)
            if isinstance(node, ast.Call) and len(node.args) == 2
            and all(isinstance(a, ast.Constant) for a in node.args)}


def table_of(name: str) -> dict[str, Any]:
    module, attribute = name.split(":")
    table = getattr(importlib.import_module(module), attribute)
    assert isinstance(table, dict), name
    return table


def test_the_scan_finds_the_tables_and_both_kinds_of_them(tmp_path: Path) -> None:
    """Not empty, and each way of spotting a table works on its own (a test that cannot fail
    is a defect)."""
    found = found_tables()
    assert {"shekara.domain.request:MESSAGES", "shekara.services.requests:MESSAGES",
            "shekara.domain.mrz:MRZ_PARTS", "shekara.domain.field_checks:FIELD_MESSAGES"} <= found
    domain = tmp_path / "domain"
    domain.mkdir()
    (domain / "listed.py").write_text('WORDS: dict[str, str] = {"x.one": "one", **OTHER}\n')
    (domain / "used.py").write_text('T = build()\n\ndef f(m):\n    return Message(m, T[m])\n')
    (domain / "not_one.py").write_text('LIMITS = {"x.one": 3}\nNAMES = {"one": "two"}\n')
    assert found_tables(tmp_path) == {"shekara.domain.listed:WORDS", "shekara.domain.used:T"}


def test_every_message_table_is_in_the_catalog() -> None:
    catalog = catalog_entries()
    missing = {name: sorted(msgid for msgid, template in table_of(name).items()
                            if (context_of(msgid), template) not in catalog)
               for name in sorted(found_tables())}
    missing = {name: msgids for name, msgids in missing.items() if msgids}
    assert not missing, ("add these tables to MESSAGE_TABLES in tools/build_translations.py, "
                         f"then run it: {missing}")


def test_the_tool_lists_only_tables_that_exist() -> None:
    listed = set(_tool().MESSAGE_TABLES)
    assert listed <= found_tables(), sorted(listed - found_tables())


def _request_issues() -> list[Any]:
    """Real refusals of a request as the domain gives them: a subject missing, urgency not a
    yes or no, a date that is not one."""
    from shekara.domain.reference import load_default

    with pytest.raises(ValidationError) as caught:
        validate_request({"urgent": "yes", "dated_on": "2026-02-30", "persons": []},
                         load_default(), "KZ", datetime(2026, 3, 1, 12, tzinfo=UTC))
    return list(caught.value.issues)


def test_a_request_refusal_is_in_russian_in_the_window(ui_context: UiContext,
                                                       catalogs: Path) -> None:
    issues = {issue.path: issue.message for issue in _request_issues()}
    assert {issues["subject"].msgid, issues["urgent"].msgid, issues["dated_on"].msgid} == {
        "request.required", "request.wrong_type", "request.bad_date"}
    english = {path: translated(message) for path, message in issues.items()}
    assert english["urgent"] == "must be true or false"
    ui_context.translations.set_language("ru")
    russian = {path: translated(message) for path, message in issues.items()}
    assert russian["subject"] == "обязательно"
    assert russian["urgent"] == "должно быть true или false"
    assert russian["dated_on"] == "должно быть настоящей датой в виде YYYY-MM-DD"
    for path, text in russian.items():
        assert text != english[path] and re.search("[а-я]", text), (path, text)


def test_every_request_message_has_its_russian(ui_context: UiContext, catalogs: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    ui_context.translations.set_language("ru")
    english = sorted(template for template in REQUEST_MESSAGES.values()
                     if QCoreApplication.translate("validation", template) == template)
    assert not english, english
