"""Admin > New recovery key… on real vaults, through a real main window's Admin menu: a wrong
passphrase, a No and Cancel change nothing (the old key still opens); Yes replaces the key —
shown once as the rekey shows it, opening the vault while the old one no longer does, every
officer still unlocking, audited — the print-only sheet is offered from the window's session;
Close waits for the tick and leaves the window unlocked; a lock meanwhile (idle time, the
desktop) closes the dialog and forgets the key. An officer sees the item disabled. The rekey's
note for a lock before its key is on paper names this screen, in every language."""

from __future__ import annotations

import hashlib
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMenu, QMessageBox
from shiboken6 import isValid

from shekara.errors import AuthError
from shekara.services.reports import check_recovery_key
from shekara.services.session import Session, open_session
from shekara.ui.app import AppController
from shekara.ui.context import UiContext
from shekara.ui.main.window import MainWindow
from shekara.ui.maintenance.recovery_key_dialog import ASK, DONE, NewRecoveryKeyDialog
from shekara.ui.maintenance.rekey_dialog import RekeyDialog
from shekara.ui.reports.preview import ReportPreviewDialog
from shekara.vault import audit, keyslots
from shekara.vault.vault import Vault
from tests.ui.conftest import (
    OFFICER,
    PASSWORDS,
    SECOND,
    SUPERVISOR,
    SUPERVISOR_PASS,
    VaultFixture,
    close_under_lock,
    shown_error_box,
)
from tests.ui.export.world import PASSPHRASE as HQ_PASS
from tests.ui.export.world import make_vault

WAIT = 30_000


def slot_file(directory: Path) -> str:
    return hashlib.sha256((directory / keyslots.SLOT_FILE).read_bytes()).hexdigest()


def opens_with(directory: Path, recovery_key: str) -> bool:
    try:
        Vault.open_with_recovery(directory, recovery_key).lock()
    except AuthError:
        return False
    return True


@pytest.fixture
def window(qtbot: Any, ui_context: UiContext, vault: VaultFixture) -> MainWindow:
    made = MainWindow(vault.session(SUPERVISOR), ui_context)
    qtbot.addWidget(made)
    made.show()
    return made


def open_from_menu(window: MainWindow) -> NewRecoveryKeyDialog:
    """Admin > New recovery key…, right after New master key…."""
    menu = window.findChild(QMenu, "adminMenu")
    assert menu is not None
    actions = menu.actions()
    assert actions.index(window.act_recovery_key) == actions.index(window.act_rekey) + 1
    assert window.act_recovery_key.objectName() == "actNewRecoveryKey"
    assert window.act_recovery_key.isEnabled()
    window.act_recovery_key.trigger()
    [dialog] = [d for d in window.open_dialogs() if isinstance(d, NewRecoveryKeyDialog)]
    assert dialog.isVisible() and dialog.parent() is window
    assert window.open_new_recovery_key() is dialog  # one at a time
    return dialog


def answer(dialog: NewRecoveryKeyDialog, passphrase: str,
           button: QMessageBox.StandardButton) -> None:
    dialog.passphrase.setText(passphrase)
    assert dialog.make_button.isEnabled()
    dialog.make_button.click()
    box = dialog.confirm_box
    assert box is not None and box.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    if box.windowTitle() == "New recovery key":  # in English
        assert box.text() == "Make a new recovery key now?"
        assert box.informativeText() == ("The recovery key on the old sheet stops opening the "
                                         "vault at once. This cannot be undone.")
    box.button(button).click()


def make_key(qtbot: Any, dialog: NewRecoveryKeyDialog, passphrase: str = SUPERVISOR_PASS) -> str:
    answer(dialog, passphrase, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=WAIT)
    assert dialog.stage == DONE and dialog.recovery_key is not None
    return dialog.recovery_key


def test_the_menu_item_and_a_wrong_passphrase_that_changes_nothing(
        qtbot: Any, window: MainWindow, vault: VaultFixture) -> None:
    assert window.act_recovery_key.text() == "New &recovery key…"
    dialog = open_from_menu(window)
    assert dialog.windowTitle() == "New recovery key"
    explain = dialog.explain.text()
    assert "stop opening the vault at once" in explain and "keeps their passphrase" in explain
    assert not dialog.make_button.isEnabled()  # nothing typed yet
    assert dialog.key_panel.isHidden() and not dialog.close_button.isVisible()
    slots = slot_file(vault.directory)

    answer(dialog, "not-the-passphrase-at-all", QMessageBox.StandardButton.Yes)
    assert dialog.busy.isVisible() and not dialog.passphrase.isEnabled()
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=WAIT)
    assert dialog.stage == ASK
    assert dialog.message.text() == "That is not your passphrase. Nothing was changed."
    assert "B00020" in dialog.message.styleSheet()  # in red
    assert dialog.passphrase.text() == "" and dialog.focusWidget() is dialog.passphrase
    assert dialog.key_panel.isHidden()
    assert slot_file(vault.directory) == slots and opens_with(vault.directory,
                                                               vault.recovery_key)
    assert audit.entries(window.vault.conn, action="vault.recovery_key") == []
    dialog.passphrase.setText("x")
    assert dialog.message.text() == ""  # the refusal was about what is being corrected
    # Another supervisor's passphrase is not this supervisor's either.
    dialog.passphrase.clear()
    answer(dialog, PASSWORDS[SECOND], QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=WAIT)
    assert dialog.stage == ASK and slot_file(vault.directory) == slots


def test_the_third_wrong_passphrase_makes_it_wait_as_the_unlock_screen_does(
        qtbot: Any, window: MainWindow, vault: VaultFixture) -> None:
    """Counted with the failed unlocks (Vault.confirm_passphrase): after the third, the wait is
    said in an error box, not as another wrong passphrase, and the right one waits too."""
    dialog = open_from_menu(window)
    slots = slot_file(vault.directory)
    for _ in range(3):
        answer(dialog, "not-the-passphrase-at-all", QMessageBox.StandardButton.Yes)
        qtbot.waitUntil(lambda: dialog.operation is None, timeout=WAIT)
        assert dialog.message.text() == "That is not your passphrase. Nothing was changed."
    answer(dialog, SUPERVISOR_PASS, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=WAIT)
    box = shown_error_box(qtbot, dialog)
    assert box.text().startswith("Too many failed unlocks: try again in ")
    box.close()
    assert dialog.stage == ASK and dialog.message.text() == ""
    assert slot_file(vault.directory) == slots


def test_no_and_cancel_change_nothing(qtbot: Any, window: MainWindow,
                                      vault: VaultFixture) -> None:
    dialog = open_from_menu(window)
    slots = slot_file(vault.directory)
    answer(dialog, SUPERVISOR_PASS, QMessageBox.StandardButton.No)
    qtbot.wait(100)
    assert dialog.operation is None and dialog.stage == ASK
    assert dialog.passphrase.text() == SUPERVISOR_PASS  # asked again with Yes, it goes on
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not window.open_dialogs(), timeout=5000)
    assert slot_file(vault.directory) == slots and opens_with(vault.directory,
                                                               vault.recovery_key)
    assert audit.entries(window.vault.conn, action="vault.recovery_key") == []
    assert not window.vault.is_locked


def test_yes_shows_the_new_key_once_and_only_it_opens_the_vault(
        qtbot: Any, window: MainWindow, vault: VaultFixture) -> None:
    dialog = open_from_menu(window)
    new_key = make_key(qtbot, dialog)
    assert dialog.message.text() == ("The vault has a new recovery key; the old one opens "
                                     "nothing any more. This is the new key:")
    # Shown as the rekey and the setup wizard show a key (ui/widgets/recovery_key.py).
    label = dialog.key_panel.key_label
    assert label.objectName() == "newRecoveryKey"
    assert label.text().replace("\n", "-") == new_key and label.text().count("\n") == 2
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert label.font().pointSizeF() >= 15
    assert "make a new recovery key again" in dialog.key_panel.note.text()
    assert dialog.passphrase.text() == "" and dialog.explain.isHidden()

    assert not opens_with(vault.directory, vault.recovery_key)
    assert opens_with(vault.directory, new_key)
    for login in (SUPERVISOR, SECOND, OFFICER):  # nothing was encrypted again
        open_session(vault.directory, login, PASSWORDS[login]).close()
    [entry] = audit.entries(window.vault.conn, action="vault.recovery_key")
    assert entry.officer == SUPERVISOR and entry.detail == {}
    assert check_recovery_key(window.vault, new_key) == new_key

    # Close waits for the tick; Escape and the title bar's close do not throw the key away.
    assert dialog.close_button.isVisible() and not dialog.close_button.isEnabled()
    assert not dialog.cancel_button.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible() and dialog.key_panel.shown_key() == new_key
    dialog.key_panel.saved_check.setChecked(True)
    assert dialog.close_button.isEnabled() and dialog.close_button.isDefault()
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.close_button.click()
    assert dialog.key_panel.shown_key() == "" and dialog.recovery_key is None
    assert not window.open_dialogs()
    assert not window.vault.is_locked  # the window goes on: nothing to unlock again


def test_the_sheet_is_offered_for_paper_only(qtbot: Any, window: MainWindow,
                                             tmp_path: Path) -> None:
    dialog = open_from_menu(window)
    new_key = make_key(qtbot, dialog)
    assert dialog.print_button.isVisible() and dialog.print_button.isEnabled()
    dialog.print_button.click()
    qtbot.waitUntil(lambda: dialog.findChild(ReportPreviewDialog) is not None, timeout=WAIT)
    preview = dialog.findChild(ReportPreviewDialog)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready)
    assert preview.windowTitle() == "Recovery sheet" and preview.page_count() == 1
    text = "".join(page.extract_text() for page in
                   PdfReader(BytesIO(bytes(preview._data.data()))).pages)
    assert all(group in text for group in new_key.split("-"))
    assert preview.secret and not preview.save_action.isVisible()  # no Save as PDF
    assert preview.save_to(tmp_path / "sheet.pdf") is None
    assert not (tmp_path / "sheet.pdf").exists()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer) == 1
    [printed] = audit.entries(window.vault.conn, action="print")
    assert printed.officer == SUPERVISOR and printed.detail["document"] == "recovery"
    dialog.reject()  # as a lock of the window does: the preview goes with the dialog
    assert not preview.isVisible() and dialog.key_panel.shown_key() == ""


def test_an_officer_sees_it_disabled(qtbot: Any, ui_context: UiContext,
                                     vault: VaultFixture) -> None:
    window = MainWindow(vault.session(OFFICER), ui_context)
    qtbot.addWidget(window)
    menu = window.findChild(QMenu, "adminMenu")
    assert menu is not None and window.act_recovery_key in menu.actions()
    assert not window.act_recovery_key.isEnabled()
    assert window.act_recovery_key.statusTip() == "Only a supervisor can open this"
    assert window.open_new_recovery_key() is None and not window.open_dialogs()


def test_an_hq_supervisor_makes_one_too(qtbot: Any, ui_context: UiContext,
                                        tmp_path: Path) -> None:
    session = Session(make_vault(tmp_path / "hq", "hq", "HQ-KZ"))
    window = MainWindow(session, ui_context)
    qtbot.addWidget(window)
    window.show()
    try:
        new_key = make_key(qtbot, open_from_menu(window), HQ_PASS)
        assert opens_with(tmp_path / "hq", new_key)
    finally:
        close_under_lock(session)


def closed_and_forgotten(dialog: NewRecoveryKeyDialog) -> bool:
    """Closed, with no key in it: deleted already (the window's screens go at the lock), or
    hidden with its key forgotten."""
    if not isValid(dialog):
        return True
    return (not dialog.isVisible() and dialog.recovery_key is None
            and dialog.key_panel.shown_key() == "")


@pytest.fixture
def controller(qtbot: Any, qapp: Any, ui_context: UiContext,
               vault: VaultFixture) -> Any:
    """The application as `shekara` runs it, unlocked by the supervisor."""
    made = AppController(qapp, ui_context)
    qtbot.addWidget(made.unlock_window)
    made.start()
    unlock = made.unlock_window
    unlock.login_edit.setText(SUPERVISOR)
    unlock.pass_edit.setText(SUPERVISOR_PASS)
    with qtbot.waitSignal(made.unlocked, timeout=WAIT):
        unlock.unlock_button.click()
    qtbot.addWidget(made.main_window)
    yield made
    made.shutdown()


@pytest.mark.parametrize("reason", ["idle", "desktop"])
def test_a_lock_while_the_key_shows_closes_it_and_forgets_the_key(
        qtbot: Any, controller: Any, vault: VaultFixture, reason: str) -> None:
    dialog = open_from_menu(controller.main_window)
    new_key = make_key(qtbot, dialog)
    assert not dialog.key_panel.is_saved()  # not yet on paper
    signal = controller.idle.idle if reason == "idle" else controller.desktop.desktop_locked
    with qtbot.waitSignal(controller.locked, timeout=5000) as blocker:
        signal.emit()
    assert blocker.args == [reason] and controller.session is None
    assert closed_and_forgotten(dialog)
    # The key was replaced all the same: the supervisor unlocks and makes another.
    assert opens_with(vault.directory, new_key) and not opens_with(vault.directory,
                                                                   vault.recovery_key)


def test_a_lock_while_it_runs_shows_no_key(qtbot: Any, controller: Any) -> None:
    dialog = open_from_menu(controller.main_window)
    shown: list[str] = []
    dialog.key_panel.show_key = shown.append  # type: ignore[method-assign]
    answer(dialog, SUPERVISOR_PASS, QMessageBox.StandardButton.Yes)
    assert dialog.operation is not None
    with qtbot.waitSignal(controller.locked, timeout=WAIT):
        controller.lock("idle")  # waits for the replacement under the session lock
    qtbot.wait(200)  # the worker's answer, if any, has arrived
    assert shown == [] and closed_and_forgotten(dialog)


def test_the_rekey_says_to_make_only_a_new_recovery_key_after_a_lock(
        qtbot: Any, ui_context: UiContext, catalogs: Path, window: MainWindow) -> None:
    """Its note for a lock before the key is on paper names this screen by the window's own
    menu words, in every language."""
    for lang in ("en", "kk", "lt", "ru"):
        ui_context.set_language(lang)
        admin = QCoreApplication.translate("MainWindow", "&Admin")
        qtbot.waitUntil(lambda a=admin: window.menu_admin.title() == a, timeout=3000)
        path = " > ".join(words.replace("&", "").rstrip("…") for words in (
            window.menu_admin.title(), window.act_recovery_key.text()))
        rekey = RekeyDialog(window.session, window)
        note = rekey.key_panel.note.text()
        assert path in note, (lang, note)
        if lang == "en":
            assert note.endswith("unlock it and make only a new recovery key (Admin > New "
                                 "recovery key): the master key is new already.")
        rekey.reject()
        rekey.deleteLater()
    ui_context.set_language("en")


@pytest.mark.parametrize("lang", ["kk", "lt", "ru"])
def test_both_pages_clip_nothing(qtbot: Any, ui_context: UiContext, catalogs: Path,
                                 window: MainWindow, lang: str) -> None:
    from tests.ui.test_catalogs import clipped

    ui_context.translations.set_language(lang)
    dialog = open_from_menu(window)
    assert dialog.windowTitle() != "New recovery key"
    qtbot.wait(50)
    assert clipped(dialog) == []
    make_key(qtbot, dialog)
    qtbot.wait(50)
    assert clipped(dialog) == []
    dialog.key_panel.saved_check.setChecked(True)
    dialog.close_button.click()
