"""The record's history in the main window: from the record list (Ctrl+Shift+H, the window's
record action) and from an opened record's tab; gone when the vault locks; no letter repeated
and nothing clipped in any language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QKeySequence

from shekara.services.session import Session
from shekara.ui import i18n
from shekara.ui.app import AppController
from shekara.ui.context import UiContext
from shekara.ui.editors import RecordEditorPage
from shekara.ui.main.window import MainWindow
from shekara.ui.review.history import RecordHistoryDialog
from tests.cli.conftest import border_record
from tests.ui.conftest import OFFICER, SUPERVISOR, SUPERVISOR_PASS, VaultFixture
from tests.ui.test_accelerators import _repeated, _shown_letters
from tests.ui.test_catalogs import clipped, too_wide

REASON = "Іс нөмірі жазылды"


def corrected_record(vault: VaultFixture) -> str:
    """Written by the officer, approved, then corrected by the supervisor: two versions."""
    officer = vault.session(OFFICER)
    [record_id] = officer.records.add([border_record("Petrov", "Ivan", "LTU")])
    supervisor = vault.session(SUPERVISOR)
    supervisor.records.approve(record_id)
    supervisor.records.amend(record_id, border_record("Petrov", "Ivan", "LTU",
                                                      case_number="2026-77"), REASON)
    return record_id


def open_window(qtbot: Any, session: Session, ui_context: UiContext) -> MainWindow:
    window = MainWindow(session, ui_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10000)
    window.view.setCurrentIndex(window.model.index(0, 0))
    return window


def test_from_the_list_and_from_the_tab_and_gone_at_the_lock(
        qtbot: Any, qapp: Any, ui_context: UiContext, vault: VaultFixture) -> None:
    record_id = corrected_record(vault)
    controller = AppController(qapp, ui_context)
    qtbot.addWidget(controller.unlock_window)
    controller.start()
    controller.unlock_window.login_edit.setText(SUPERVISOR)
    controller.unlock_window.pass_edit.setText(SUPERVISOR_PASS)
    with qtbot.waitSignal(controller.unlocked, timeout=10000):
        controller.unlock_window.unlock_button.click()
    window = controller.main_window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10000)
    window.view.setCurrentIndex(window.model.index(0, 0))
    actions = window.record_actions
    assert actions.act_history.shortcut() == QKeySequence("Ctrl+Shift+H")
    assert actions.act_history.isEnabled()
    # The row selected in the list: a window of its own, one per record.
    actions.act_history.trigger()
    [listed] = actions.histories
    assert isinstance(listed, RecordHistoryDialog) and listed.isVisible()
    assert listed.record_id == record_id and listed.model.rowCount() == 2
    assert actions.show_history() is listed
    # The record opened in its tab: the tab's own History… window, the action's too.
    window.open_selected()
    qtbot.waitUntil(lambda: window.tabs.count() == 2, timeout=5000)
    page = window.tabs.currentWidget()
    assert isinstance(page, RecordEditorPage) and page.history_button.isVisible()
    page.history_button.click()
    from_tab = page.history_button.history
    assert from_tab is not None and from_tab.isVisible() and from_tab is not listed
    assert actions.show_history() is from_tab
    assert from_tab.diff.reason.text() == f"Reason for version 2: {REASON}"
    with qtbot.waitSignal(controller.locked, timeout=5000):
        window.act_lock.trigger()
    assert not listed.isVisible() and not from_tab.isVisible()
    assert actions.histories == []
    controller.shutdown()


def test_the_action_needs_one_record(qtbot: Any, ui_context: UiContext,
                                     vault: VaultFixture) -> None:
    corrected_record(vault)
    window = open_window(qtbot, vault.session(OFFICER), ui_context)
    window.view.clearSelection()
    window.view.setCurrentIndex(window.model.index(-1, -1))
    window.record_actions.update_enabled()
    assert not window.record_actions.act_history.isEnabled()
    assert window.record_actions.show_history() is None


@pytest.mark.parametrize("lang", ["en", "kk", "lt", "ru"])
def test_an_opened_record_repeats_no_letter_with_its_history_button(
        lang: str, qtbot: Any, ui_context: UiContext, catalogs: Path,
        vault: VaultFixture) -> None:
    """Alt+letter of the History… button is not the menu bar's (&Help is H in English)."""
    corrected_record(vault)
    ui_context.translations.set_language(lang)
    window = open_window(qtbot, vault.session(SUPERVISOR), ui_context)
    window.open_selected()
    qtbot.waitUntil(lambda: window.tabs.count() == 2, timeout=5000)
    page = window.tabs.currentWidget()
    assert isinstance(page, RecordEditorPage) and page.history_button.isVisible()
    assert _repeated(_shown_letters(window)) == {}
    dialog = page.history_button.open_history()
    assert dialog is not None
    assert _repeated(_shown_letters(dialog)) == {}


@pytest.mark.parametrize("lang", [i18n.PSEUDO, "kk", "lt", "ru"])
def test_the_history_and_its_button_clip_nothing(lang: str, qtbot: Any, ui_context: UiContext,
                                                 catalogs: Path, vault: VaultFixture) -> None:
    record_id = corrected_record(vault)
    ui_context.translations.set_language(lang)
    session = vault.session(SUPERVISOR)
    page = RecordEditorPage(session, record_id, None)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    dialog = page.history_button.open_history()
    assert dialog is not None
    dialog.select_version(2)
    qtbot.wait(50)
    # The editor's line with the button (its form's labels are the editor tests' own).
    beside = clipped(page.info) + clipped(page.history_button)
    problems = {name: found for name, found in (("info line", beside),
                                                ("history", clipped(dialog))) if found}
    if wide := too_wide(dialog):
        problems["history width"] = wide
    assert not problems, problems
