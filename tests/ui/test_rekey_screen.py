"""Admin > New master key… on real vaults, through a real main window's Admin menu: a wrong
passphrase and a No change nothing (the old recovery key still opens); Yes re-keys the vault —
the new recovery key is shown and opens it, the old one and the other officers' passphrases no
longer do, the supervisor's still does — the recovery sheet is previewed from the vault opened
again (its PDF holds the key), Close waits for the tick and locks the window with the reason
"rekey", which the unlock screen explains. An officer sees the item disabled."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMenu, QMessageBox

from shekara.errors import AuthError
from shekara.services.backups import Restored
from shekara.services.session import Session, open_session
from shekara.ui.app import AppController
from shekara.ui.backup.dialogs import restored_text
from shekara.ui.context import UiContext
from shekara.ui.main.window import MainWindow
from shekara.ui.maintenance.rekey_dialog import BROKEN, DONE, RekeyDialog
from shekara.ui.reports.preview import ReportPreviewDialog
from shekara.vault import audit, keyslots, rekey_swap
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
from tests.ui.export.world import OFFICER as HQ_OFFICER
from tests.ui.export.world import PASSPHRASE as HQ_PASS
from tests.ui.export.world import SUPERVISOR as HQ_SUPERVISOR
from tests.ui.export.world import make_vault

WAIT = 30_000


def slot_file(directory: Path) -> str:
    return hashlib.sha256((directory / keyslots.SLOT_FILE).read_bytes()).hexdigest()


@pytest.fixture
def window(qtbot: Any, ui_context: UiContext, vault: VaultFixture) -> MainWindow:
    made = MainWindow(vault.session(SUPERVISOR), ui_context)
    qtbot.addWidget(made)
    made.show()
    return made


def open_from_menu(window: MainWindow) -> RekeyDialog:
    assert window.act_rekey.text() == "New &master key…"
    return open_from_menu_in(window)


def open_from_menu_in(window: MainWindow) -> RekeyDialog:
    """Admin > New master key…, in the window's language."""
    menu = window.findChild(QMenu, "adminMenu")
    assert menu is not None and window.act_rekey in menu.actions()
    assert window.act_rekey.isEnabled()
    window.act_rekey.trigger()
    [dialog] = [d for d in window.open_dialogs() if isinstance(d, RekeyDialog)]
    assert dialog.isVisible() and dialog.parent() is window
    assert window.open_rekey() is dialog  # one at a time
    return dialog


def answer(qtbot: Any, dialog: RekeyDialog, passphrase: str,
           button: QMessageBox.StandardButton) -> None:
    dialog.passphrase.setText(passphrase)
    assert dialog.make_button.isEnabled()
    dialog.make_button.click()
    box = dialog.confirm_box
    assert box is not None and box.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    if box.windowTitle() == "New master key":  # in English
        assert box.text() == "Make a new master key now?"
        assert "cannot be undone" in box.informativeText()
    box.button(button).click()


def rekey_in(qtbot: Any, dialog: RekeyDialog, passphrase: str) -> str:
    answer(qtbot, dialog, passphrase, QMessageBox.StandardButton.Yes)
    assert dialog.busy.isVisible() and not dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=WAIT)
    assert dialog.stage == DONE and dialog.outcome is not None
    return dialog.outcome.result.recovery_key


def refused(directory: Path, login: str, passphrase: str) -> str:
    with pytest.raises(AuthError) as caught:
        Vault.open(directory, login, passphrase)
    return caught.value.msgid


def test_it_names_who_will_need_a_new_passphrase_and_a_wrong_one_changes_nothing(
        qtbot: Any, window: MainWindow, vault: VaultFixture) -> None:
    dialog = open_from_menu(window)
    explain = dialog.explain.text()
    assert f"{SECOND} (Shift supervisor)" in explain and f"{OFFICER} (Officer)" in explain
    assert SUPERVISOR not in explain  # their passphrase stays
    assert "(\"Recovery key\" on the unlock screen)" in explain and "locks at the end" in explain
    assert not dialog.make_button.isEnabled()  # nothing typed yet
    slots = slot_file(vault.directory)

    answer(qtbot, dialog, "not-the-passphrase-at-all", QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=WAIT)
    assert dialog.message.text() == "That is not your passphrase. Nothing was changed."
    assert "B00020" in dialog.message.styleSheet()  # in red
    assert dialog.passphrase.text() == "" and dialog.focusWidget() is dialog.passphrase
    assert not dialog.key_label.isVisible() and dialog.explain.isVisible()
    assert not window.vault.is_locked and slot_file(vault.directory) == slots
    assert audit.entries(window.vault.conn, action="vault.rekey") == []
    Vault.open_with_recovery(vault.directory, vault.recovery_key).lock()  # still opens
    dialog.passphrase.setText("x")
    assert dialog.message.text() == ""  # the refusal was about what is being corrected


def test_no_changes_nothing(qtbot: Any, window: MainWindow, vault: VaultFixture) -> None:
    dialog = open_from_menu(window)
    slots = slot_file(vault.directory)
    answer(qtbot, dialog, SUPERVISOR_PASS, QMessageBox.StandardButton.No)
    qtbot.wait(100)
    assert dialog.operation is None and dialog.stage == "ask"
    assert dialog.passphrase.text() == SUPERVISOR_PASS  # asked again with Yes, it goes on
    assert not window.vault.is_locked and slot_file(vault.directory) == slots
    Vault.open_with_recovery(vault.directory, vault.recovery_key).lock()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not window.open_dialogs(), timeout=5000)


def test_yes_makes_a_new_master_key(qtbot: Any, window: MainWindow,
                                    vault: VaultFixture) -> None:
    dialog = open_from_menu(window)
    new_key = rekey_in(qtbot, dialog, SUPERVISOR_PASS)
    assert window.vault.is_locked  # the rekey locked the window's session
    assert dialog.message.text() == ("The vault has a new master key. This is its new "
                                     "recovery key:")
    shown = dialog.key_label.text()
    assert shown.replace("\n", "-") == new_key and shown.count("\n") == 2  # 13 groups, 5 a line
    assert dialog.key_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert dialog.key_label.font().pointSizeF() >= 15
    after = dialog.officers_after.text()
    assert f"{SECOND} (Shift supervisor)" in after and f"{OFFICER} (Officer)" in after
    assert "on the unlock screen, \"Recovery key\" sets each" in after
    assert dialog.outcome is not None
    assert dialog.outcome.result.officers_to_reset == sorted([SECOND, OFFICER])

    with pytest.raises(AuthError):
        Vault.open_with_recovery(vault.directory, vault.recovery_key)
    Vault.open_with_recovery(vault.directory, new_key).lock()
    open_session(vault.directory, SUPERVISOR, SUPERVISOR_PASS).close()
    assert refused(vault.directory, SECOND, PASSWORDS[SECOND]) == "auth.login_failed"
    assert refused(vault.directory, OFFICER, PASSWORDS[OFFICER]) == "auth.login_failed"

    # Close waits for the tick; Escape and the window's close do not throw the key away.
    assert dialog.close_button.isVisible() and not dialog.close_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible() and dialog.key_label.text() == shown
    dialog.saved_check.setChecked(True)
    assert dialog.close_button.isEnabled()
    sheet = dialog.sheet_session
    assert sheet is not None and not sheet.vault.is_locked
    with qtbot.waitSignal(window.lock_requested, timeout=5000) as blocker:
        dialog.close_button.click()
    assert blocker.args == ["rekey"]
    assert sheet.vault.is_locked and dialog.key_label.text() == ""
    assert not window.open_dialogs()


def test_the_recovery_sheet_is_previewed_from_the_vault_opened_again(
        qtbot: Any, window: MainWindow, vault: VaultFixture, tmp_path: Path) -> None:
    dialog = open_from_menu(window)
    new_key = rekey_in(qtbot, dialog, SUPERVISOR_PASS)
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
    # For paper only: no Save as PDF (ui/reports/preview.py).
    assert preview.secret and not preview.save_action.isVisible()
    assert preview.save_to(tmp_path / "sheet.pdf") is None
    assert not (tmp_path / "sheet.pdf").exists()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer) == 1
    sheet = dialog.sheet_session
    assert sheet is not None
    [printed] = audit.entries(sheet.vault.conn, action="print")
    assert printed.officer == SUPERVISOR and printed.detail["document"] == "recovery"
    dialog.reject()  # as a lock of the window does: the sheet's session closes with it
    assert sheet.vault.is_locked and not preview.isVisible()


def test_an_officer_sees_it_disabled(qtbot: Any, ui_context: UiContext,
                                     vault: VaultFixture) -> None:
    window = MainWindow(vault.session(OFFICER), ui_context)
    qtbot.addWidget(window)
    menu = window.findChild(QMenu, "adminMenu")
    assert menu is not None and window.act_rekey in menu.actions()
    assert not window.act_rekey.isEnabled()
    assert window.act_rekey.statusTip() == "Only a supervisor can open this"
    assert window.open_rekey() is None and not window.open_dialogs()


@pytest.fixture
def hq_window(qtbot: Any, ui_context: UiContext, tmp_path: Path) -> Iterator[MainWindow]:
    session = Session(make_vault(tmp_path / "hq", "hq", "HQ-KZ"))
    made = MainWindow(session, ui_context)
    qtbot.addWidget(made)
    made.show()
    yield made
    close_under_lock(session)


def test_an_hq_supervisor_makes_one_too(qtbot: Any, hq_window: MainWindow,
                                        tmp_path: Path) -> None:
    dialog = open_from_menu(hq_window)
    assert f"{HQ_OFFICER} (Officer)" in dialog.explain.text()
    new_key = rekey_in(qtbot, dialog, HQ_PASS)
    Vault.open_with_recovery(tmp_path / "hq", new_key).lock()
    open_session(tmp_path / "hq", HQ_SUPERVISOR, HQ_PASS).close()
    assert refused(tmp_path / "hq", HQ_OFFICER, HQ_PASS) == "auth.login_failed"


def test_a_failure_part_way_locks_and_the_passphrase_still_opens(
        qtbot: Any, window: MainWindow, vault: VaultFixture,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(_directory: Path) -> None:
        raise OSError("the disk went away")

    dialog = open_from_menu(window)
    monkeypatch.setattr(rekey_swap, "finish", crash)
    answer(qtbot, dialog, SUPERVISOR_PASS, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=WAIT)
    monkeypatch.undo()
    assert dialog.stage == BROKEN and window.vault.is_locked
    assert dialog.message.text().startswith("The new master key was not completed. The vault "
                                            "is locked")
    qtbot.waitUntil(lambda: any(b.isVisible() for b in
                                dialog.findChildren(QMessageBox, "errorBox")), timeout=5000)
    for box in dialog.findChildren(QMessageBox, "errorBox"):
        box.close()
    assert dialog.close_button.isEnabled()  # nothing to write down: the window locks
    with qtbot.waitSignal(window.lock_requested, timeout=5000) as blocker:
        dialog.close_button.click()
    assert blocker.args == ["shortcut"]
    open_session(vault.directory, SUPERVISOR, SUPERVISOR_PASS).close()  # the swap is finished


def test_a_vault_open_in_another_window_is_not_rekeyed(
        qtbot: Any, window: MainWindow, vault: VaultFixture) -> None:
    """Its work would have gone to the old file after the swap (vault/in_use.py): refused
    before anything changes, in words that say what to close; the dialog asks again."""
    elsewhere = vault.session(OFFICER)
    slots = slot_file(vault.directory)
    dialog = open_from_menu(window)
    answer(qtbot, dialog, SUPERVISOR_PASS, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=WAIT)
    box = shown_error_box(qtbot, dialog)
    assert box.text().startswith("The vault is open in another window or command: lock it")
    box.close()
    assert dialog.stage == "ask" and not window.vault.is_locked
    assert slot_file(vault.directory) == slots
    Vault.open_with_recovery(vault.directory, vault.recovery_key).lock()  # the old key opens
    elsewhere.close()
    assert rekey_in(qtbot, dialog, SUPERVISOR_PASS)  # once it is closed, the same dialog goes on


def test_the_unlock_screen_says_why_it_locked(qtbot: Any, qapp: Any, ui_context: UiContext,
                                              vault: VaultFixture) -> None:
    controller = AppController(qapp, ui_context)
    qtbot.addWidget(controller.unlock_window)
    controller.start()
    unlock = controller.unlock_window
    unlock.login_edit.setText(SUPERVISOR)
    unlock.pass_edit.setText(SUPERVISOR_PASS)
    with qtbot.waitSignal(controller.unlocked, timeout=WAIT):
        unlock.unlock_button.click()
    main = controller.main_window
    qtbot.addWidget(main)
    dialog = open_from_menu(main)
    rekey_in(qtbot, dialog, SUPERVISOR_PASS)
    dialog.saved_check.setChecked(True)
    with qtbot.waitSignal(controller.locked, timeout=5000) as blocker:
        dialog.close_button.click()
    assert blocker.args == ["rekey"] and controller.session is None
    assert unlock.isVisible() and unlock.login_edit.text() == SUPERVISOR
    assert unlock.wait_label.text() == (
        "The vault has a new master key: unlock it with your passphrase. Each officer listed "
        "on the new-key screen needs a new passphrase: set it with \"Recovery key\" and the new "
        "recovery key.")
    unlock.pass_edit.setText(SUPERVISOR_PASS)
    with qtbot.waitSignal(controller.unlocked, timeout=WAIT):
        unlock.unlock_button.click()
    qtbot.addWidget(controller.main_window)
    controller.shutdown()


def test_the_restore_message_names_the_menu_item_and_the_command(
        qtbot: Any, ui_context: UiContext, catalogs: Path, window: MainWindow) -> None:
    text = restored_text(Restored(Path("/tmp/vault"), False, 0))
    assert "a supervisor makes a new master key (Admin > New master key, or 'shekara " \
           "rekey')" in text
    for lang in ("kk", "lt", "ru"):  # the window's own words for the menu item, in each
        ui_context.set_language(lang)
        qtbot.waitUntil(lambda: window.menu_admin.title() != "&Admin", timeout=3000)
        path = " > ".join(words.replace("&", "").rstrip("…") for words in (
            window.menu_admin.title(), window.act_rekey.text()))
        translated = restored_text(Restored(Path("/tmp/vault"), False, 0))
        assert path in translated and "'shekara rekey'" in translated, (lang, translated)
        ui_context.set_language("en")
        qtbot.waitUntil(lambda: window.menu_admin.title() == "&Admin", timeout=3000)


@pytest.mark.parametrize("lang", ["kk", "lt", "ru"])
def test_the_new_key_page_clips_nothing(qtbot: Any, ui_context: UiContext, catalogs: Path,
                                        window: MainWindow, lang: str) -> None:
    from tests.ui.test_catalogs import clipped

    ui_context.translations.set_language(lang)
    dialog = open_from_menu_in(window)
    answer(qtbot, dialog, SUPERVISOR_PASS, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=WAIT)
    assert dialog.stage == DONE and dialog.windowTitle() != "New master key"
    qtbot.wait(50)
    assert clipped(dialog) == []
    dialog.saved_check.setChecked(True)
    dialog.close_button.click()
