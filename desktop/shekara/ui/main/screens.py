"""The screens the main window opens over itself: one dialog of each kind at a time, all of
them closed at the lock.

Apart from the window (ui/main/window.py) because each opener is the same small pattern —
raise the one open, or make it, wire what it changes back to the window, and keep it in the
list the lock closes — and the list grows with every new screen. `WindowScreens` is a child
object of the window and reaches it through its Qt parent, never a Python reference: a locked
window is freed at once, as the record actions' note says (ui/main/record_actions.py). The
window keeps its `open_…` methods (the menus, the first-steps panel and tests call them) and
hands each to the opener here. No text is shown here: the dialogs carry their own words.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from shekara.ui.export import AckImportDialog, ExportWizard, RefdataImportDialog
from shekara.ui.hq.refdata_dialog import HqRefdataDialog
from shekara.ui.widgets.kind_chooser import NewRecordDialog

if TYPE_CHECKING:
    from shekara.ui.main.window import MainWindow


class WindowScreens(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._dialogs: list[QDialog] = []

    @property
    def window(self) -> MainWindow:
        return cast("MainWindow", self.parent())

    # --- the dialogs open ------------------------------------------------------------------
    def show(self, dialog: QDialog) -> QDialog:
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _result: self.forget(dialog))
        dialog.show()
        return dialog

    def forget(self, dialog: QDialog) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
        dialog.deleteLater()

    def dialogs(self) -> list[QDialog]:
        return list(self._dialogs)

    def find(self, kind: type) -> Any:
        """The open dialog of this kind, raised; None if there is none."""
        for dialog in self._dialogs:
            if isinstance(dialog, kind):
                dialog.raise_()
                dialog.activateWindow()
                return dialog
        return None

    def close_all(self) -> None:
        for dialog in list(self._dialogs):
            dialog.reject()
            self.forget(dialog)

    # --- File ------------------------------------------------------------------------------
    def new_record(self) -> None:
        chooser = NewRecordDialog(self.window.session.ref, self.window)
        self._dialogs.append(chooser)
        chooser.finished.connect(lambda result: self._kind_chosen(chooser, result))
        chooser.open()

    def _kind_chosen(self, chooser: NewRecordDialog, result: int) -> None:
        if chooser in self._dialogs:
            self._dialogs.remove(chooser)
        kind = chooser.kind()
        chooser.deleteLater()
        if result == QDialog.DialogCode.Accepted and kind:
            self.window.editors.open_new(kind)

    def change_own_passphrase(self) -> QDialog:
        from shekara.ui.officers.passphrase import ChangePassphraseDialog

        window = self.window
        return self.find(ChangePassphraseDialog) or self.show(
            ChangePassphraseDialog(window.session, window))

    # --- Admin -----------------------------------------------------------------------------
    def open_officers(self) -> QDialog | None:
        from shekara.ui.officers.dialog import OfficersDialog

        window = self.window
        if window.vault.role != "supervisor":
            return None
        return self.find(OfficersDialog) or self.show(OfficersDialog(window.session, window))

    def open_backup(self) -> QDialog:
        from shekara.ui.backup.dialogs import BackupDialog

        window = self.window
        return self.find(BackupDialog) or self.show(BackupDialog(window.session, window))

    def open_settings(self) -> QDialog:
        from shekara.ui.settings.dialog import SettingsDialog

        window = self.window
        dialog = self.find(SettingsDialog)
        if dialog is None:
            dialog = SettingsDialog(window.session, window.context, window)
            dialog.idle_minutes_changed.connect(window.idle_minutes_changed)
            self.show(dialog)
        return dialog  # type: ignore[no-any-return]

    def open_audit(self) -> QDialog | None:
        from shekara.ui.audit.dialog import AuditDialog

        window = self.window
        if window.vault.role != "supervisor":
            return None
        return self.find(AuditDialog) or self.show(AuditDialog(window.session, window))

    def open_check(self) -> QDialog:
        from shekara.ui.maintenance.check_dialog import CheckVaultDialog

        window = self.window
        found = self.find(CheckVaultDialog)
        if found is not None:
            return found  # type: ignore[no-any-return]
        # What was typed is kept first: the check holds the vault for its whole walk, and an
        # editor's autosave meanwhile would hold the window until it ends.
        for page in window.editors.pages():
            page.flush_autosave()
        dialog = CheckVaultDialog(window.session, window)
        dialog.repaired.connect(window.refresh)
        return self.show(dialog)

    def open_retention(self) -> QDialog | None:
        from shekara.ui.retention.dialog import RetentionDialog

        window = self.window
        if window.vault.role != "supervisor" or window.vault.mode == "hq":
            return None
        found = self.find(RetentionDialog)
        if found is not None:
            return found  # type: ignore[no-any-return]
        dialog = RetentionDialog(window.session, window)
        dialog.changed.connect(window.refresh)
        return self.show(dialog)

    def open_rekey(self) -> QDialog | None:
        from shekara.ui.maintenance.rekey_dialog import RekeyDialog

        window = self.window
        if window.vault.role != "supervisor":
            return None
        found = self.find(RekeyDialog)
        if found is not None:
            return found  # type: ignore[no-any-return]
        for page in window.editors.pages():  # kept first: the rekey holds the vault throughout
            page.flush_autosave()
        dialog = RekeyDialog(window.session, window)
        dialog.lock_needed.connect(window.lock_requested)  # the vault is locked already
        return self.show(dialog)

    def open_new_recovery_key(self) -> QDialog | None:
        from shekara.ui.maintenance.recovery_key_dialog import NewRecoveryKeyDialog

        window = self.window
        if window.vault.role != "supervisor":
            return None
        return self.find(NewRecoveryKeyDialog) or self.show(
            NewRecoveryKeyDialog(window.session, window))

    # --- Post, HQ, Exchange, Admin > Keys --------------------------------------------------
    def open_packet_screen(self, screen: type) -> QDialog:
        """Export, acknowledgement and HQ screens: one of each at a time; the list is read again
        when one closes (statuses change)."""
        window = self.window
        dialog = self.find(screen)
        if dialog is None:
            demo_hq = window.demo_hq()
            if screen is ExportWizard and demo_hq is not None:
                dialog = ExportWizard(window.session, window, demo_hq=demo_hq)
                dialog.ack_import_requested.connect(window.import_demo_ack)
            else:
                dialog = screen(window.session, window)
            if isinstance(dialog, RefdataImportDialog | HqRefdataDialog):
                # A newer version is used from the next unlock: the vault locks once the
                # screen that says so is closed (ui/export/refdata_import.py).
                dialog.taken.connect(lambda _version: dialog.finished.connect(
                    lambda _result: window.lock_requested.emit("refdata")))
            dialog.finished.connect(lambda _result: window.refresh())
            self.show(dialog)
        return dialog  # type: ignore[no-any-return]

    def open_packet_inspect(self) -> QDialog:
        """Post or HQ > Inspect a packet file…: for every role (it only reads a file); the
        window has nothing to refresh after it."""
        from shekara.ui.inspect.dialog import PacketInspectDialog

        window = self.window
        return self.find(PacketInspectDialog) or self.show(
            PacketInspectDialog(window.session, window))

    # --- Demo (ui/export/demo_hq.py) -------------------------------------------------------
    def open_demo_hq(self) -> QDialog | None:
        from shekara.ui.export.demo_hq import DemoHqDialog

        window = self.window
        hq = window.demo_hq()
        if hq is None:
            return None
        found = self.find(DemoHqDialog)
        if found is not None:
            return found  # type: ignore[no-any-return]
        dialog = DemoHqDialog(window.session, hq, window)
        dialog.import_requested.connect(window.import_demo_ack)
        return self.show(dialog)

    def import_demo_ack(self, path: object) -> QDialog:
        """The ordinary Post > Import acknowledgement screen, its file chooser opening where
        the demo HQ wrote the acknowledgement."""
        dialog = self.open_packet_screen(AckImportDialog)
        if isinstance(dialog, AckImportDialog) and isinstance(path, Path):
            dialog.set_start_folder(path.parent)
        return dialog

    # --- Help ------------------------------------------------------------------------------
    def open_guide(self) -> QDialog:
        from shekara.ui.about.guide import GuideDialog

        return self.find(GuideDialog) or self.show(GuideDialog(self.window))

    def open_about(self) -> QDialog:
        from shekara.ui.about.dialog import AboutDialog

        window = self.window
        return self.find(AboutDialog) or self.show(AboutDialog(window.session, window))
