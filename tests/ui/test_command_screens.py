"""A message that names a `shekara …` command also names the window's screen that does the same
(issue 10): the officer in the window is not sent to a terminal. The command stays in the
text for command-line users.

`SCREENS` is the one table of command → screen; the screen's path is built from the real menu
and action texts of a post's and an HQ's main window, in English and in every translation, so
a renamed menu item fails here instead of leaving messages pointing nowhere.
"""

from __future__ import annotations

import argparse
import ast
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from shekara.cli import build_parser
from shekara.services.session import Session
from shekara.ui.context import UiContext
from shekara.ui.main.window import MainWindow
from tests.ui.export.world import make_vault

ROOT = Path(__file__).resolve().parents[2]
CATALOG = ROOT / "i18n" / "message_catalog.py"

# The command a message names (as in "run 'shekara keys import-hq FILE'") → the screen of the
# window that does the same: (the window's vault mode, menu object name, action object name).
SCREENS: dict[str, tuple[str, str, str]] = {
    "ack import": ("post", "postMenu", "actImportAck"),
    "export": ("post", "postMenu", "actExport"),
    "keys import-hq": ("post", "adminMenu", "actKeys"),
    "partner enroll": ("hq", "exchangeMenu", "actPartnerKeys"),
    "share show": ("hq", "exchangeMenu", "actShare"),
    "share approve": ("hq", "exchangeMenu", "actShare"),
    "share candidates": ("hq", "exchangeMenu", "actShare"),
    "share add": ("hq", "exchangeMenu", "actShare"),
    "officer edit": ("hq", "adminMenu", "actOfficers"),  # its Printed name… button
}
# Commands a message names that no screen does, and why that stands. A new message naming a
# command lands in SCREENS, or here with its reason.
NO_SCREEN: dict[str, str] = {
    "hq held list": "answers an id typed into 'shekara hq held discard': command line only",
    "partner status": "answers an id typed into 'shekara partner discard': command line only",
    "keys create": "no screen makes the keys of a vault made without them (every vault the "
                   "setup wizard or 'init' makes has them)",
    "restore": "the unlock screen's button, not a menu: tests/ui/test_backup_screens.py checks "
               "that the message names it in every language",
}
SHEKARA_COMMAND = re.compile(r"shekara((?: [a-z][a-z-]*)+)")


def command_paths() -> set[str]:
    """Every `shekara` command and subcommand, as "keys import-hq"."""
    found: set[str] = set()

    def walk(parser: argparse.ArgumentParser, prefix: str) -> None:
        for action in parser._actions:  # argparse keeps its subcommands here, nowhere public
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    path = f"{prefix} {name}".strip()
                    found.add(path)
                    walk(sub, path)

    walk(build_parser(), "")
    return found


def catalog_templates() -> list[tuple[str, str]]:
    """(context, template) of every message the inner layers send (i18n/message_catalog.py,
    kept current by tests/ui/test_catalogs.py)."""
    tree = ast.parse(CATALOG.read_text(encoding="utf-8"))
    return [(node.args[0].value, node.args[1].value) for node in ast.walk(tree)
            if isinstance(node, ast.Call) and len(node.args) == 2
            and all(isinstance(a, ast.Constant) for a in node.args)]


def named_commands(template: str, known: set[str]) -> list[str]:
    """The commands `template` names: the longest known command each mention starts with."""
    out: list[str] = []
    for mention in SHEKARA_COMMAND.finditer(template):
        words = mention.group(1).split()
        for length in range(len(words), 0, -1):
            if " ".join(words[:length]) in known:
                out.append(" ".join(words[:length]))
                break
    return out


def naming_templates() -> list[tuple[str, str, list[str]]]:
    known = command_paths()
    return [(context, template, named) for context, template in catalog_templates()
            if (named := named_commands(template, known))]


def test_the_scan_finds_the_messages_that_name_commands() -> None:
    """The scan is not empty and reads commands right (a test that cannot fail is a defect)."""
    known = command_paths()
    assert {"export", "keys import-hq", "hq held list", "ack import"} <= known
    assert named_commands("run 'shekara keys import-hq FILE' with", known) == ["keys import-hq"]
    assert named_commands("('shekara share candidates', 'shekara share add ID')", known) == [
        "share candidates", "share add"]
    assert named_commands("shekara-…-ack-….shk", known) == []
    assert len(naming_templates()) >= 10


def test_every_command_a_message_names_has_its_screen_or_a_reason() -> None:
    named = {command for _, _, commands in naming_templates() for command in commands}
    unknown = sorted(named - SCREENS.keys() - NO_SCREEN.keys())
    assert not unknown, f"add these commands to SCREENS (or NO_SCREEN with a reason): {unknown}"
    stale = sorted((SCREENS.keys() | NO_SCREEN.keys()) - named)
    assert not stale, f"no message names these any more: {stale}"


# --- the screens, from real windows ----------------------------------------------------------
def clean(text: str) -> str:
    """A menu's or an action's text as a message names it: no accelerator, no ellipsis."""
    return text.replace("&", "").rstrip("…").strip()


@pytest.fixture
def windows(qtbot: Any, ui_context: UiContext, tmp_path: Path) -> Iterator[dict[str, MainWindow]]:
    sessions = {mode: Session(make_vault(tmp_path / mode, mode, code))
                for mode, code in (("post", "KZ-NUR-ZHOLY"), ("hq", "HQ-KZ"))}
    made = {mode: MainWindow(session, ui_context) for mode, session in sessions.items()}
    for window in made.values():
        qtbot.addWidget(window)
        window.show()
    yield made
    for session in sessions.values():
        session.close()


def screen_path(window: MainWindow, menu_name: str, action_name: str) -> str:
    menu = window.findChild(QMenu, menu_name)
    action = window.findChild(QAction, action_name)
    assert menu is not None and action is not None, (menu_name, action_name)
    assert action in menu.actions(), f"{action_name} is not in {menu_name}"
    assert menu.menuAction() in window.menuBar().actions(), f"{menu_name} is not on the bar"
    return f"{clean(menu.title())} > {clean(action.text())}"


def missing_screens(windows: dict[str, MainWindow]) -> list[tuple[str, str]]:
    """(template, path) pairs where a message naming a command lacks its screen's path, in
    the language the application speaks now."""
    missing = []
    for context, template, commands in naming_templates():
        text = QCoreApplication.translate(context, template)
        for command in commands:
            if command in SCREENS:
                mode, menu, action = SCREENS[command]
                path = screen_path(windows[mode], menu, action)
                if path not in text:
                    missing.append((text, path))
    return missing


def test_each_message_names_the_screen_by_its_menu_texts(windows: dict[str, MainWindow]) -> None:
    assert screen_path(windows["post"], "adminMenu", "actKeys") == "Admin > Keys and fingerprints"
    assert not missing_screens(windows)


@pytest.mark.parametrize("lang", ["kk", "lt", "ru"])
def test_the_translations_name_the_screens_as_the_translated_menus_do(
        lang: str, qtbot: Any, windows: dict[str, MainWindow], ui_context: UiContext,
        catalogs: Path) -> None:
    english = screen_path(windows["post"], "postMenu", "actExport")
    ui_context.translations.set_language(lang)
    for window in windows.values():  # the menus did switch language
        qtbot.waitUntil(lambda w=window: w.menu_post.title() not in ("&Post", "&HQ"),
                        timeout=3000)
    assert screen_path(windows["post"], "postMenu", "actExport") != english
    assert not missing_screens(windows)
