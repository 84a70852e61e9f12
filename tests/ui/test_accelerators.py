"""Keyboard accelerators (the "&X" letters) are not repeated where their strings appear together.

Two labels or buttons with the same Alt+letter on one screen make the second unreachable by
keyboard (Qt cycles focus between them instead of acting), and two menu items with the same
letter in one menu the same. Translations chose their letters one string at a time, so
repeats crept into the kk, lt and ru forms.

A catalog context is one screen (a dialog, a wizard page, a widget placed on one screen) in this
program, so the catalogs are checked context by context, with the exceptions written down here:
strings of a context that show somewhere else (`APART`: a confirmation box, another tab, one of
two texts of the same button), contexts whose letters no key reaches (`TOOLBAR_ONLY`), and the
contexts of the main windows (`MENU_CONTEXTS`), whose strings are spread over the menu bar,
several menus and the tabs: those are checked on real post and HQ windows, menu by menu. Screens
made of several contexts (a wizard page with the wizard's buttons, the passphrase pair inside a
dialog) are checked as real widgets too.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QToolBar,
    QWidget,
)

from shekara.ui.context import UiContext
from shekara.ui.main.window import MainWindow
from tests.ui.conftest import close_under_lock

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("en", "kk", "lt", "ru")  # English: the catalogs' sources
ACCELERATOR = re.compile(r"&([^&\s])")

# Strings of a context that are never on screen with the rest of it: source → where they show
# instead. They are checked only against the strings listed at the same place.
APART: dict[str, dict[str, str]] = {
    "HqKeysDialog": {"&Revoke": "the box confirming the revocation"},
    "PartnerKeysDialog": {"&Revoke": "the box confirming the revocation"},
    "NewRequestDialog": {"It asks for neither: &save": "the Art. 1.2 confirmation box",
                         # One label, one of two texts: our request, or theirs from paper.
                         "Their &reference:": "the form of a request received on paper"},
    "RequestRegisterDialog": {"&Ours, to the partner…": "the New request button's menu",
                              "The partner's, received on &paper…":
                                  "the New request button's menu"},
    # One button, one of two texts: a first letter or one written again.
    "LetterDestinationDialog": {"&Write again": "the OK button when a letter is written again"},
    # One button, one of two texts: one packet's sheet, or the sheets of several written.
    "RewritePanel": {"Print the &transmittal sheets…":
                         "the Print button once several packets were written again"},
    "CheckVaultDialog": {"&Close": "the Cancel button once no check runs"},
    # Cancel while the passphrase is asked, Close once the key shows: never both.
    "NewRecoveryKeyDialog": {"&Close": "the key's page, where Cancel is gone"},
    "RetentionDialog": {"&Purge": "the box confirming the purge"},
    "DiscardPacketDialog": {"&Discard": "the box confirming the discard"},
    # One label, one of two texts: why ours is withdrawn, or a follow-up question.
    "NoteDialog": {"&Question (kept in the request's thread):": "the follow-up question's form"},
    # The second tab, "Letters sent".
    "ShareDialog": {"&Write again…": "the Letters sent tab",
                    "&Print the covering letter…": "the Letters sent tab"},
    # The custom button shows on the first page only, the commit button on the supervisor page.
    "SetupWizard": {"&Restore from a backup…": "the wizard's first page"},
    "QWizard": {"&Help": "nowhere: no wizard of ours has a Help button"},
}
# Contexts whose strings with "&" sit on a toolbar only: a toolbar's button shows no
# accelerator (Qt strips the "&" from an action's icon text); their Ctrl shortcuts act instead.
TOOLBAR_ONLY = {
    "ReportPreviewDialog": "print, save, zoom and close: the report preview's toolbar",
}
# Checked on real windows (test_each_menu_of_the_main_windows_has_no_repeated_letter): the menu
# bar's titles, each menu's items and the window's own labels and buttons.
MENU_CONTEXTS = {
    "MainWindow": "the menu bar's titles, the items of every menu and the list's context menu",
    "Review": "the review tab's buttons, beside the menu bar",
    "ReviewQueue": "the review tab's buttons, beside the menu bar",
    "RecordActions": "items of the Records and Documents menus and the list's context menu",
    "ExchangeMenu": "the Exchange menu's title (on the menu bar) and its items",
}


def accelerated(lang: str) -> dict[str, list[tuple[str, str]]]:
    """context → (source, translation) of every current translation with an accelerator."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    # English is the program's own text: the sources, read from any one catalog.
    root = ET.parse(ROOT / "i18n" / f"shekara_{'kk' if lang == 'en' else lang}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            source = message.findtext("source") or ""
            if lang == "en":
                texts = [source]
            elif message.get("numerus") == "yes":  # a button saying how many ("Purge 2…")
                texts = [form.text or "" for form in translation.findall("numerusform")]
            else:
                texts = [translation.text or ""]
            seen: set[str] = set()  # the forms of one string are one string on screen
            for text in texts:
                found = ACCELERATOR.search(text.replace("&&", ""))
                if found and found.group(1).lower() not in seen:
                    seen.add(found.group(1).lower())
                    out[name].append((source, text))
    return out


def letter(text: str) -> str:
    """The accelerator's letter as Qt matches it (case-insensitive)."""
    found = ACCELERATOR.search(text.replace("&&", ""))
    assert found is not None, text
    return found.group(1).lower()


def repeats(strings: list[tuple[str, str]]) -> dict[str, list[str]]:
    """letter → the sources sharing it, for letters used more than once."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for source, text in strings:
        by_letter[letter(text)].append(source)
    return {key: sources for key, sources in by_letter.items() if len(sources) > 1}


def screens(context: str, strings: list[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    """The strings of `context` by the screen they show on (the context's own, or APART's)."""
    apart = APART.get(context, {})
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for source, text in strings:
        out[apart.get(source, context)].append((source, text))
    return out


def test_the_check_finds_a_repeat_and_keeps_what_is_apart() -> None:
    assert repeats([("&From:", "&Из:"), ("&To:", "&иначе"), ("&Show", "&Показать")]) == {
        "и": ["&From:", "&To:"]}
    assert letter("Rock && &roll") == "r"
    split = screens("HqKeysDialog", [("&Revoke", "&Отозвать"),
                                     ("&Revoke the post's keys…", "&Отозвать ключи поста…")])
    assert all(not repeats(group) for group in split.values())
    assert accelerated("ru")["AuditDialog"], "the catalogs have accelerated strings"


def test_every_exception_names_strings_the_catalogs_have() -> None:
    """An exception for a string that no longer exists hides nothing, but misleads."""
    sources = {context: {source for source, _ in strings}
               for context, strings in accelerated("ru").items()}
    stale = [(context, source) for context, apart in APART.items() for source in apart
             if source not in sources.get(context, set())]
    stale += [(context, "") for context in (*MENU_CONTEXTS, *TOOLBAR_ONLY)
              if context not in sources]
    assert not stale, stale


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_screen_repeats_an_accelerator(lang: str) -> None:
    found = []
    for context, strings in sorted(accelerated(lang).items()):
        if context in MENU_CONTEXTS or context in TOOLBAR_ONLY:
            continue
        for screen, group in screens(context, strings).items():
            for key, sources in repeats(group).items():
                found.append(f"{context} ({screen}): &{key} in {sources}")
    assert not found, f"{lang}: " + "; ".join(found)


# --- on real windows: the main windows' menus, and screens made of several contexts ----------
def _shown_letters(top: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every accelerator the keyboard reaches in `top` as it is shown: the
    menu bar's titles, labels with a buddy, buttons (a toolbar's show none), group boxes and
    tabs. Widgets of another window (a dialog the window owns) are not counted."""
    found: list[tuple[str, str]] = []

    def add(text: str) -> None:
        if ACCELERATOR.search(text.replace("&&", "")):
            found.append((letter(text), text))

    for bar in top.findChildren(QMenuBar):
        for action in bar.actions():
            if action.isVisible() and bar.window() is top:
                add(action.text())
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top:
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text())
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parent(), QToolBar):
            add(widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget.tabText(index))
    return found


def _menu_letters(menu: QMenu) -> list[tuple[str, str]]:
    return [(letter(action.text()), action.text()) for action in menu.actions()
            if action.isVisible() and not action.isSeparator()
            and ACCELERATOR.search(action.text().replace("&&", ""))]


def _repeated(found: list[tuple[str, str]]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for key, text in found:
        by_letter[key].append(text)
    return {key: texts for key, texts in by_letter.items() if len(texts) > 1}


def test_the_window_check_reads_labels_buttons_and_menus(qtbot: Any) -> None:
    from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    label, edit, bare = QLabel("&Name:"), QLineEdit(), QLabel("&no buddy: not a key")
    label.setBuddy(edit)
    toolbar = QToolBar()
    toolbar.addAction("&Nothing: a toolbar's button shows no accelerator")
    for widget in (label, edit, bare, QPushButton("&New"), toolbar):
        layout.addWidget(widget)
    dialog.show()
    assert _repeated(_shown_letters(dialog)) == {"n": ["&Name:", "&New"]}
    menu = QMenu()
    menu.addAction("&Open")
    menu.addAction("&Other").setVisible(False)
    assert _repeated(_menu_letters(menu)) == {}


@pytest.fixture
def main_windows(qtbot: Any, ui_context: UiContext, vault: Any,
                 tmp_path: Path) -> Iterator[dict[str, MainWindow]]:
    """A post's window (a supervisor's, with a record in its list) and an HQ's."""
    from shekara.services.session import Session
    from tests.ui.export.world import make_vault

    vault.add_samples(1)
    hq = Session(make_vault(tmp_path / "hq", "hq", "HQ-KZ"))
    made = {"post": MainWindow(vault.session(), ui_context), "hq": MainWindow(hq, ui_context)}
    for window in made.values():
        qtbot.addWidget(window)
        window.show()
    yield made
    close_under_lock(hq)  # its window may still read a list page (a CI run crashed here)


def _list_menu(qtbot: Any, window: MainWindow) -> QMenu:
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10000)
    window.view.setCurrentIndex(window.view.model().index(0, 0))
    window._list_menu(QPoint(5, 5))
    menus = [m for m in window.view.findChildren(QMenu) if m.isVisible()]
    assert len(menus) == 1
    return menus[0]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_menu_of_the_main_windows_has_no_repeated_letter(
        lang: str, qtbot: Any, ui_context: UiContext, catalogs: Path,
        main_windows: dict[str, MainWindow]) -> None:
    ui_context.translations.set_language(lang)
    found: dict[str, dict[str, list[str]]] = {}
    for mode, window in main_windows.items():
        if lang != "en":  # the window retranslates itself when the language changes
            qtbot.waitUntil(lambda w=window: w.menu_file.title() != "&File", timeout=3000)
        # The menu bar with the window's own labels and buttons (Alt+letter for all), and the
        # Demo menu's title too: a demo post's window shows it beside the others.
        shown = _shown_letters(window)
        shown.append((letter(window.menu_demo.title()), window.menu_demo.title()))
        found[f"{mode} window"] = _repeated(shown)
        for action in window.menuBar().actions():
            if action.menu() is not None:
                found[f"{mode} {action.text()}"] = _repeated(_menu_letters(action.menu()))
        found[f"{mode} Demo"] = _repeated(_menu_letters(window.menu_demo))
    post = main_windows["post"]
    found["post list's context menu"] = _repeated(_menu_letters(_list_menu(qtbot, post)))
    # The review tab: the queue's and the review's buttons beside the menu bar.
    queue = post.open_review_queue(post.selected_record().id)  # type: ignore[union-attr]
    assert queue is not None
    qtbot.waitUntil(lambda: queue.review is not None and queue.review.isVisible(),
                    timeout=10000)
    found["post review tab"] = _repeated(_shown_letters(post))
    found = {where: letters for where, letters in found.items() if letters}
    assert not found, f"{lang}: {found}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_screen_made_of_several_contexts_repeats_a_letter(
        lang: str, qtbot: Any, ui_context: UiContext, catalogs: Path, vault: Any) -> None:
    """Widgets shared by screens (the passphrase pair, the wizard's buttons beside a page) and
    a page with its wizard, as the officer sees them."""
    from PySide6.QtWidgets import QWizard

    from shekara.ui.setup.wizard import PAGE_HQ_KEYS, PAGE_SUPERVISOR
    from tests.ui.test_catalogs import _screens

    ui_context.translations.set_language(lang)
    found: dict[str, dict[str, list[str]]] = {}
    for name, widget in _screens(qtbot, ui_context, vault).items():
        widget.show()
        found[name] = _repeated(_shown_letters(widget))
        if name == "wizard":
            wizard: Any = widget
            # A later page started on its own: Back shows as it does when the officer gets
            # there. The recovery page would make a vault: its letters are its own context's.
            wizard.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, False)
            for page_id in (PAGE_SUPERVISOR, PAGE_HQ_KEYS):
                wizard.setStartId(page_id)
                wizard.restart()
                found[f"wizard page {page_id}"] = _repeated(_shown_letters(wizard))
    found = {where: letters for where, letters in found.items() if letters}
    assert not found, f"{lang}: {found}"
