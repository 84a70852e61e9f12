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
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QMenu, QWidget

from shekara.cli import build_parser
from shekara.services.session import Session
from shekara.ui.backup.dialogs import RestoreDialog
from shekara.ui.context import UiContext
from shekara.ui.export.wizard import ExportWizard
from shekara.ui.main.window import MainWindow
from tests.ui.conftest import close_under_lock
from tests.ui.export.world import make_vault

ROOT = Path(__file__).resolve().parents[2]
CATALOG = ROOT / "i18n" / "message_catalog.py"

# The command a message names (as in "run 'shekara keys import-hq FILE'") → the screen of the
# window that does the same: (the window's vault mode, menu object name, action object name).
SCREENS: dict[str, tuple[str, str, str]] = {
    "ack import": ("post", "postMenu", "actImportAck"),
    "export": ("post", "postMenu", "actExport"),
    "keys import-hq": ("post", "adminMenu", "actKeys"),
    "keys rotate": ("post", "adminMenu", "actKeys"),  # its Write the files again… button
    "hq keys rotate": ("hq", "adminMenu", "actKeys"),  # its Write the files again… button
    "partner enroll": ("hq", "exchangeMenu", "actPartnerKeys"),
    "share show": ("hq", "exchangeMenu", "actShare"),
    "share approve": ("hq", "exchangeMenu", "actShare"),
    "share candidates": ("hq", "exchangeMenu", "actShare"),
    "share add": ("hq", "exchangeMenu", "actShare"),
    "officer edit": ("hq", "adminMenu", "actOfficers"),  # its Printed name… button
    "check": ("post", "adminMenu", "actCheckVault"),  # an HQ's Admin menu has it too
    "hq held list": ("hq", "postMenu", "actHqHeld"),
    "partner status": ("hq", "exchangeMenu", "actPartnerHeld"),  # its held and forked letters
}
# Commands a message names that no screen does, and why that stands. A new message naming a
# command lands in SCREENS, or here with its reason.
NO_SCREEN: dict[str, str] = {
    "keys create": "no screen makes the keys of a vault made without them (every vault the "
                   "setup wizard or 'init' makes has them)",
    "restore": "the unlock screen's button, not a menu: tests/ui/test_backup_screens.py checks "
               "that the message names it in every language",
}
SHEKARA_COMMAND = re.compile(r"shekara((?: [a-z][a-z-]*)+)")



def _export_wizard(directory: Path) -> QWidget:
    """The export wizard of a new post vault (its contents page holds the after-restore tick,
    hidden until a restored vault needs it); the test closes the vault after it."""
    return ExportWizard(Session(make_vault(directory / "post", "post", "KZ-NUR-ZHOLY")),
                        list_drives=list)


# A message that names a command-line option (such as --replace) says what does the same in the
# window too, in the words of the window's own control; or it says why the window never shows
# that message. Keyed by the start of the message's English template.
OPTION_CONTROLS: dict[str, tuple[str, Callable[[Path], QWidget], str]] = {
    # (the option, the screen that shows the message, the control's object name)
    "a vault already exists at": ("--replace", RestoreDialog, "replaceVault"),
    "this vault was restored from a backup made after packet": (
        "--after-restore", _export_wizard, "exportAfterRestore"),
}
OPTION_NOT_IN_WINDOW: dict[str, str] = {
    "HQ key {fingerprint} is already pinned": "the window shows the new key against the pinned "
                                              "one and replaces it when confirmed "
                                              "(ui/keys/post_keys.py)",
    "partner key {fingerprint} is already trusted": "the window shows the new key against the "
                                                    "trusted one and replaces it when confirmed "
                                                    "(ui/exchange/partner_keys.py)",
    "give the fingerprint compared with": "the window always gives the fingerprint it showed "
                                          "(ui/exchange/partner_keys.py)",
    "say why the packet is discarded": "the window's Discard… form refuses an empty reason "
                                       "itself and takes no more than the limit "
                                       "(ui/widgets/kept_packets.py)",
    "say why person {index} must be sent": "the window's Include a person dialog sends no "
                                           "empty reason (ui/exchange/share.py)",
}
OPTION = re.compile(r"(?<![\w-])--[a-z][a-z-]*")
PLACEHOLDER = re.compile(r"\{\w+\}")


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
        close_under_lock(session)


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
        qtbot.waitUntil(lambda w=window: w.menu_post.title() not in ("&Post", "H&Q"),
                        timeout=3000)
    assert screen_path(windows["post"], "postMenu", "actExport") != english
    assert not missing_screens(windows)


# --- options a message names ------------------------------------------------------------------
QUOTED_COMMAND = re.compile(r"'shekara [^']*'")


def option_templates() -> list[tuple[str, str]]:
    """(context, template) of every message that names a command-line option on its own (an
    option inside a quoted 'shekara …' command goes with the command's screen, above)."""
    return [(context, template) for context, template in catalog_templates()
            if OPTION.search(QUOTED_COMMAND.sub("", template))]


def _listed(template: str) -> str | None:
    starts = [start for start in (*OPTION_CONTROLS, *OPTION_NOT_IN_WINDOW)
              if template.startswith(start)]
    assert len(starts) <= 1, (template, starts)
    return starts[0] if starts else None


def test_every_option_a_message_names_has_its_control_or_a_reason() -> None:
    found = option_templates()
    assert len(found) >= 5 and OPTION.findall("use --replace (or --after-restore)") == [
        "--replace", "--after-restore"] and not OPTION.search("shekara-…-ack-….shk")
    assert not QUOTED_COMMAND.sub("", "run 'shekara partner enroll FILE --fingerprint FP' first")\
        .count("--")
    unknown = [template for _, template in found if _listed(template) is None]
    assert not unknown, ("add to OPTION_CONTROLS (or OPTION_NOT_IN_WINDOW with a reason): "
                         f"{unknown}")
    named = {_listed(template) for _, template in found}
    stale = sorted((set(OPTION_CONTROLS) | set(OPTION_NOT_IN_WINDOW)) - named)
    assert not stale, f"no message starts so any more: {stale}"


@pytest.mark.parametrize("lang", ["en", "kk", "lt", "ru"])
def test_a_message_naming_an_option_names_the_windows_control(
        lang: str, qtbot: Any, ui_context: UiContext, catalogs: Path, tmp_path: Path) -> None:
    """The control's own text (as the translated screen shows it) is in the message, and the
    option stays for command-line users."""
    ui_context.translations.set_language(lang)
    checked = 0
    for context, template in option_templates():
        start = _listed(template)
        if start not in OPTION_CONTROLS:
            continue
        option, screen, control_name = OPTION_CONTROLS[start]
        widget = screen(tmp_path)
        qtbot.addWidget(widget)
        control = widget.findChild(QAbstractButton, control_name)
        assert control is not None, control_name
        text = QCoreApplication.translate(context, template)
        assert clean(control.text()) in text, (clean(control.text()), text)
        assert option in text
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(template))
        session = getattr(widget, "session", None)
        if isinstance(session, Session):
            close_under_lock(session)
        checked += 1
    assert checked == len(OPTION_CONTROLS)
