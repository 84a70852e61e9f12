"""Backups in the window: Admin > Backup… writes one to a folder (a stick kept apart from the
laptop), and the unlock window's Restore from a backup… brings one back, as `shekara backup
--to DIR` and `shekara restore FILE [--replace]` do. A backup is the vault's encrypted files
with its key slots: it opens only with a passphrase (or the recovery key) of the day it was
made, so writing one needs no second secret and restoring one proves a passphrase first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shekara.services.backups import Restored, restore
from shekara.services.session import Session
from shekara.ui import ops
from shekara.ui.errors import show_error
from shekara.ui.i18n import fmt
from shekara.vault.backup import BackupInfo


def _path_row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


def _busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)  # no measure of a backup's progress: it says it works
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.hide()
    return bar


class BackupDialog(QDialog):
    """Write a verified backup of the open vault into a folder."""

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 choose_folder: Callable[[QWidget, str], str] | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.busy = False
        self.result_info: BackupInfo | None = None
        self._choose = choose_folder or (lambda w, title: QFileDialog.getExistingDirectory(
            w, title))
        self.setObjectName("backupDialog")
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder = QLineEdit()
        self.folder.setObjectName("backupFolder")
        self.folder_label.setBuddy(self.folder)
        self.browse = QPushButton()
        self.browse.setObjectName("backupBrowse")
        self.browse.clicked.connect(self.choose_folder)
        self.bar = _busy_bar()
        self.outcome = QLabel()
        self.outcome.setObjectName("backupOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.write_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.write_button.setObjectName("writeBackup")
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write)
        self.write_button.setEnabled(False)
        self.folder.textChanged.connect(
            lambda text: self.write_button.setEnabled(bool(text.strip()) and not self.busy))
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.folder_label, _path_row(self.folder, self.browse))
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(640, 280)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Back up the vault"))
        self.explain.setText(self.tr(
            "A backup is the vault as it is now, still encrypted: it opens only with a "
            "passphrase or the recovery key valid today. Keep it on a stick stored apart from "
            "this laptop. It is read back and checked after it is written."))
        self.folder_label.setText(self.tr("&Folder:"))
        self.browse.setText(self.tr("&Choose…"))
        self.write_button.setText(self.tr("&Write the backup"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def choose_folder(self) -> None:
        chosen = self._choose(self, self.tr("Folder for the backup"))
        if chosen:
            self.folder.setText(chosen)

    def write(self) -> ops.Operation | None:
        text = self.folder.text().strip()
        if self.busy or not text:
            return None
        self.busy = True
        self.write_button.setEnabled(False)
        self.bar.show()
        self.outcome.setText(self.tr("Writing and checking the backup…"))
        backups, target = self.session.backups, Path(text)
        return ops.run(self, lambda _progress: backups.write(target), session=self.session,
                       on_done=self._written, on_error=self._failed)

    def _written(self, info: object) -> None:
        self._idle()
        if isinstance(info, BackupInfo):
            self.result_info = info
            self.outcome.setText(fmt(self.tr(
                "Backup written and checked: %1\n%2 records, %3 MB, SHA-256 %4"), info.path,
                info.records, f"{info.size / 1e6:.1f}", info.sha256))

    def _failed(self, err: BaseException) -> None:
        self._idle()
        self.outcome.clear()
        show_error(self, err)

    def _idle(self) -> None:
        self.busy = False
        self.bar.hide()
        self.write_button.setEnabled(bool(self.folder.text().strip()))


class RestoreDialog(QDialog):
    """Bring a backup back into this installation's vault folder (before unlocking)."""

    restored = Signal(object)  # Restored

    def __init__(self, directory: Path, parent: QWidget | None = None, *,
                 choose_file: Callable[[QWidget, str], str] | None = None) -> None:
        super().__init__(parent)
        self.directory = directory
        self.busy = False
        self._choose = choose_file or (lambda w, title: QFileDialog.getOpenFileName(
            w, title, "", "Shekara (*.shkbak)")[0])
        self.setObjectName("restoreDialog")
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.file = QLineEdit()
        self.file.setObjectName("backupFile")
        self.browse = QPushButton()
        self.browse.setObjectName("restoreBrowse")
        self.browse.clicked.connect(self.choose_file)
        self.login = QLineEdit()
        self.login.setObjectName("restoreLogin")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("restorePassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.replace = QCheckBox()
        self.replace.setObjectName("replaceVault")
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.file, self.login, self.passphrase),
                                strict=True):
            label.setBuddy(field)
        form.addRow(self.labels[0], _path_row(self.file, self.browse))
        form.addRow(self.labels[1], self.login)
        form.addRow(self.labels[2], self.passphrase)
        form.addRow("", self.replace)
        self.bar = _busy_bar()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.file, self.login, self.passphrase):
            edit.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._update()
        self.resize(640, 320)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.explain.setText(fmt(self.tr(
            "The backup comes back into %1. Give a login and passphrase that opened the vault "
            "on the day of the backup: they are checked before anything is moved. A vault "
            "already there is kept aside in that folder, never deleted, and only if you tick "
            "the box."), self.directory))
        for label, text in zip(self.labels, (self.tr("&Backup file:"), self.tr("&Login:"),
                                             self.tr("&Passphrase:")), strict=True):
            label.setText(text)
        self.browse.setText(self.tr("&Choose…"))
        self.replace.setText(self.tr("Put the &vault that is there now aside"))
        self.restore_button.setText(self.tr("&Restore"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update(self) -> None:
        ready = all(e.text().strip() for e in (self.file, self.login)) and bool(
            self.passphrase.text())
        self.restore_button.setEnabled(ready and not self.busy)

    def choose_file(self) -> None:
        chosen = self._choose(self, self.tr("The backup to restore"))
        if chosen:
            self.file.setText(chosen)

    def restore(self) -> ops.Operation | None:
        if self.busy or not self.restore_button.isEnabled():
            return None
        path, login, secret = Path(self.file.text().strip()), self.login.text().strip(), \
            self.passphrase.text()
        directory, replace = self.directory, self.replace.isChecked()
        self.busy = True
        self.bar.show()
        self._update()
        return ops.run(self, lambda _progress: restore(path, directory, login, secret,
                                                       replace=replace),
                       on_done=self._done, on_error=self._failed)

    def _done(self, restored: object) -> None:
        self.busy = False
        self.bar.hide()
        self.passphrase.clear()
        if isinstance(restored, Restored):
            self.restored.emit(restored)
        self.accept()

    def _failed(self, err: BaseException) -> None:
        self.busy = False
        self.bar.hide()
        self.passphrase.clear()
        self._update()
        show_error(self, err)


def restored_text(restored: Restored) -> str:
    """What the unlock window says after a restore: the restored vault's keys and its HQ."""
    from PySide6.QtCore import QCoreApplication

    def words(text: str) -> str:  # the menu's own words, in this language
        return QCoreApplication.translate("MainWindow", text).replace("&", "").rstrip("…")

    text = fmt(QCoreApplication.translate(
        "RestoreDialog", "Restored. Unlock with a passphrase of the backup. Its old passphrases "
        "and recovery key open it too: a supervisor makes a new master key (%1 > %2, or "
        "'shekara rekey')."), words("&Admin"), words("New &master key…"))
    if restored.needs_ack:
        text += " " + QCoreApplication.translate(
            "RestoreDialog", "Before exporting, import HQ's newest acknowledgement (Post > "
            "Import acknowledgement), so the next packet continues after the last one HQ has.")
    return text
