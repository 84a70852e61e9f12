"""Backups in the window (issue 10: a message naming 'shekara restore' names a screen): Admin >
Back up the vault… writes a verified backup to a folder, and the unlock window's Restore from a
backup… brings it back — on real vaults and real backup files, refusals included."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from shekara.services.session import open_session
from shekara.ui.backup.dialogs import BackupDialog, RestoreDialog
from shekara.ui.context import UiContext
from shekara.ui.main.window import MainWindow
from shekara.ui.unlock.window import UnlockWindow
from shekara.vault.backup import SUFFIX
from tests.ui.conftest import OFFICER, SUPERVISOR, SUPERVISOR_PASS, VaultFixture

WAIT = 20000


def error_shown(qtbot: Any, parent: Any) -> QMessageBox:
    qtbot.waitUntil(lambda: any(b.isVisible() for b in parent.findChildren(
        QMessageBox, "errorBox")), timeout=WAIT)
    return next(b for b in parent.findChildren(QMessageBox, "errorBox") if b.isVisible())


def write_backup_in_window(qtbot: Any, ui_context: UiContext, vault: VaultFixture,
                           folder: Path) -> Path:
    window = MainWindow(vault.session(OFFICER), ui_context)
    qtbot.addWidget(window)
    assert window.act_backup in window.menu_admin.actions()
    window.act_backup.trigger()
    dialog = window._find_dialog(BackupDialog)
    assert isinstance(dialog, BackupDialog)
    assert not dialog.write_button.isEnabled()  # no folder yet
    dialog.folder.setText(str(folder))
    dialog.write_button.click()
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=WAIT)
    assert dialog.result_info is not None
    assert "checked" in dialog.outcome.text() and str(dialog.result_info.path) in \
        dialog.outcome.text()
    return dialog.result_info.path


def test_back_up_from_the_admin_menu(qtbot: Any, ui_context: UiContext, vault: VaultFixture,
                                     tmp_path: Path) -> None:
    vault.add_samples(3)
    stick = tmp_path / "stick"
    stick.mkdir()
    path = write_backup_in_window(qtbot, ui_context, vault, stick)
    assert path.parent == stick and path.name.endswith(SUFFIX)
    restored = tmp_path / "elsewhere"
    from shekara.services.backups import restore

    restore(path, restored, SUPERVISOR, SUPERVISOR_PASS)
    with open_session(restored, SUPERVISOR, SUPERVISOR_PASS) as session:
        assert len(session.records.list_records()) == 3


def test_a_backup_to_a_missing_folder_is_refused(qtbot: Any, vault: VaultFixture,
                                                 tmp_path: Path) -> None:
    dialog = BackupDialog(vault.session())
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "no-such-stick"))
    dialog.write()
    box = error_shown(qtbot, dialog)
    assert "no-such-stick" in box.text()
    assert dialog.result_info is None and dialog.write_button.isEnabled()


def restore_window(qtbot: Any, ui_context: UiContext) -> tuple[UnlockWindow, RestoreDialog]:
    window = UnlockWindow(ui_context)
    qtbot.addWidget(window)
    window.show()
    assert window.restore_button.isVisible()
    dialog = window.open_restore()
    assert isinstance(dialog, RestoreDialog)
    return window, dialog


def test_restore_a_lost_vault_from_the_unlock_window_then_unlock(
        qtbot: Any, ui_context: UiContext, vault: VaultFixture, tmp_path: Path) -> None:
    vault.add_samples(2)
    stick = tmp_path / "stick"
    stick.mkdir()
    backup = write_backup_in_window(qtbot, ui_context, vault, stick)
    vault.close_all()
    shutil.rmtree(vault.directory)  # the laptop's vault is gone
    window, dialog = restore_window(qtbot, ui_context)
    assert not dialog.restore_button.isEnabled()
    dialog.file.setText(str(backup))
    dialog.login.setText(SUPERVISOR)
    dialog.passphrase.setText(SUPERVISOR_PASS)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: "Restored" in window.message_label.text(), timeout=WAIT)
    with qtbot.waitSignal(window.unlocked, timeout=WAIT):
        window.login_edit.setText(SUPERVISOR)
        window.pass_edit.setText(SUPERVISOR_PASS)
        window.unlock_button.click()


def test_a_wrong_passphrase_moves_nothing(qtbot: Any, ui_context: UiContext,
                                          vault: VaultFixture, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    backup = write_backup_in_window(qtbot, ui_context, vault, stick)
    vault.close_all()
    before = sorted(p.name for p in vault.directory.iterdir())
    _window, dialog = restore_window(qtbot, ui_context)
    dialog.file.setText(str(backup))
    dialog.login.setText(SUPERVISOR)
    dialog.replace.setChecked(True)
    dialog.passphrase.setText("not the passphrase at all")
    dialog.restore()
    error_shown(qtbot, dialog)
    assert dialog.isVisible() and dialog.passphrase.text() == ""
    assert sorted(p.name for p in vault.directory.iterdir() if not p.name.startswith(
        ".restore-")) == before


def test_a_vault_there_is_put_aside_only_when_asked(qtbot: Any, ui_context: UiContext,
                                                    vault: VaultFixture, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    backup = write_backup_in_window(qtbot, ui_context, vault, stick)
    vault.close_all()
    window, dialog = restore_window(qtbot, ui_context)
    dialog.file.setText(str(backup))
    dialog.login.setText(SUPERVISOR)
    dialog.passphrase.setText(SUPERVISOR_PASS)
    dialog.restore()
    box = error_shown(qtbot, dialog)
    assert "already" in box.text()
    # what to do in the window's words, not only the command line's --replace
    assert dialog.replace.text().replace("&", "") in box.text(), box.text()
    assert not any(p.name.startswith("replaced-") for p in vault.directory.iterdir())
    box.close()
    dialog.passphrase.setText(SUPERVISOR_PASS)
    dialog.replace.setChecked(True)
    dialog.restore()
    qtbot.waitUntil(lambda: "Restored" in window.message_label.text(), timeout=WAIT)
    assert any(p.name.startswith("replaced-") for p in vault.directory.iterdir())


@pytest.mark.parametrize("lang", ["en", "kk", "lt", "ru"])
def test_the_damaged_vault_message_names_the_unlock_screens_button(
        lang: str, qtbot: Any, ui_context: UiContext, catalogs: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    ui_context.translations.set_language(lang)
    window = UnlockWindow(ui_context)
    qtbot.addWidget(window)
    button = window.restore_button.text().replace("&", "").rstrip("…")
    message = QCoreApplication.translate(
        "errors", "the vault file {name} is empty: it was damaged; restore the vault from a "
        "backup (shekara restore FILE; in the window: Restore from a backup… on the unlock "
        "screen)")
    assert button and button in message, (button, message)
    assert "shekara restore" in message


def test_a_new_laptop_restores_from_the_setup_wizard_then_unlocks(
        qtbot: Any, qapp: Any, tmp_path: Path) -> None:
    """No vault yet (a replacement laptop): the wizard's first page offers the backup; the
    restored vault is then unlocked as any vault, and the program did not quit."""
    from shekara.services.session import Session
    from shekara.ui import i18n
    from shekara.ui.app import AppController
    from shekara.ui.settings.store import UiPreferences
    from shekara.ui.setup.wizard import SetupWizard
    from shekara.vault.vault import Vault

    old = Vault.create(tmp_path / "old-laptop", mode="post", party="KZ", post_code="KZ-1",
                       officer=SUPERVISOR, passphrase=SUPERVISOR_PASS)[0]
    stick = tmp_path / "stick"
    stick.mkdir()
    with Session(old) as session:
        backup = session.backups.write(stick).path
    translations = i18n.Translations(qapp)
    context = UiContext(translations, UiPreferences(tmp_path / "ui.ini"), tmp_path / "new")
    controller = AppController(qapp, context)
    qtbot.addWidget(controller.unlock_window)
    controller.start()
    wizard = controller.setup_wizard
    assert isinstance(wizard, SetupWizard)
    qtbot.addWidget(wizard)
    custom = wizard.button(wizard.WizardButton.CustomButton1)
    assert custom.isVisible() and "Restore" in custom.text()
    dialog = wizard.open_restore()
    assert isinstance(dialog, RestoreDialog)
    dialog.file.setText(str(backup))
    dialog.login.setText(SUPERVISOR)
    dialog.passphrase.setText(SUPERVISOR_PASS)
    dialog.restore()
    qtbot.waitUntil(lambda: controller.setup_wizard is None, timeout=WAIT)
    window = controller.unlock_window
    assert window.isVisible() and "Restored" in window.message_label.text()
    window.login_edit.setText(SUPERVISOR)
    window.pass_edit.setText(SUPERVISOR_PASS)
    with qtbot.waitSignal(controller.unlocked, timeout=WAIT):
        window.unlock_button.click()
    qtbot.addWidget(controller.main_window)
    controller.shutdown()
    translations.set_language("en")
    translations.setParent(None)
