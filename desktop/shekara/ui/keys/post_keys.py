"""Keys at a post: this post's fingerprint, its enrollment file and sheet for HQ, new keys (a
supervisor's: ui/keys/rotation_buttons.py), and HQ's public keys — imported from HQ's file and
trusted only after the supervisor compared the fingerprint with HQ's printed sheet and said
so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shekara.errors import ShekaraError
from shekara.services import keys
from shekara.services.drives import removable_drives
from shekara.services.keys import KeyChange
from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.errors import error_text
from shekara.ui.i18n import fmt
from shekara.ui.keys.confirm import FingerprintConfirmDialog, fingerprint_lines
from shekara.ui.keys.files import KeyFile, enrollment_file_name, read_hq_keys_file
from shekara.ui.keys.rotation_buttons import RotationButtons
from shekara.ui.theme import ERROR_STYLE
from shekara.ui.widgets.destination import DriveLister


def _value() -> QLabel:
    label = QLabel()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class KeysDialogBase(QDialog):
    """What both key screens share: a status line, the start folder (the first stick)."""

    def __init__(self, session: Session, parent: QWidget | None,
                 list_drives: DriveLister) -> None:
        super().__init__(parent)
        self.session = session
        self.error: BaseException | None = None
        self._start: Path | None = None
        self.status = QLabel()
        self.status.setObjectName("keysStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ops.run(self, lambda _progress: list_drives(), on_done=self._drives_listed)

    def _drives_listed(self, found: object) -> None:
        if isinstance(found, list) and found:
            self._start = found[0].path

    def start_folder(self) -> Path:
        return self._start or Path.home()

    def say(self, text: str) -> None:
        self.error = None
        self.status.setStyleSheet("")
        self.status.setText(text)

    def fail(self, err: BaseException) -> None:
        self.error = err
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(error_text(err))

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class PostKeysDialog(KeysDialogBase):
    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 list_drives: DriveLister = removable_drives) -> None:
        super().__init__(session, parent, list_drives)
        self.setObjectName("postKeysDialog")
        self.setWindowIcon(theme.icon("about"))
        self.confirm_dialog: FingerprintConfirmDialog | None = None
        self.own_fingerprint = ""
        self.hq_fingerprint: str | None = None
        self.hq_code = ""
        self.own_box = QGroupBox()
        self.code_name, self.code_value = QLabel(), _value()
        self.own_name, self.own_value = QLabel(), _value()
        self.own_value.setObjectName("ownFingerprint")
        self.own_value.setFont(theme.monospace_font(12))
        self.write_button = QPushButton()
        self.write_button.setObjectName("writeEnrollment")
        self.write_button.setIcon(theme.icon("export"))
        self.write_button.clicked.connect(self.choose_enrollment_path)
        self.sheet_button = QPushButton()
        self.sheet_button.setObjectName("printEnrollment")
        self.sheet_button.clicked.connect(self.print_sheet)
        own_form = QFormLayout()
        own_form.addRow(self.code_name, self.code_value)
        own_form.addRow(self.own_name, self.own_value)
        own_buttons = QHBoxLayout()
        own_buttons.addWidget(self.write_button)
        own_buttons.addWidget(self.sheet_button)
        own_buttons.addStretch(1)
        own_layout = QVBoxLayout(self.own_box)
        own_layout.addLayout(own_form)
        own_layout.addLayout(own_buttons)
        self.rotation = RotationButtons(session, self, list_drives=list_drives)
        self.rotation.rotated.connect(self.reload)
        own_layout.addWidget(self.rotation)
        self.hq_box = QGroupBox()
        self.hq_name, self.hq_value = QLabel(), _value()
        self.hq_value.setObjectName("hqFingerprint")
        self.hq_value.setFont(theme.monospace_font(12))
        self.import_button = QPushButton()
        self.import_button.setObjectName("importHqKeys")
        self.import_button.setIcon(theme.icon("import"))
        self.import_button.clicked.connect(self.choose_hq_file)
        hq_form = QFormLayout()
        hq_form.addRow(self.hq_name, self.hq_value)
        hq_layout = QVBoxLayout(self.hq_box)
        hq_layout.addLayout(hq_form)
        hq_layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.own_box)
        layout.addWidget(self.hq_box)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.reload()
        self.retranslate_ui()
        self.resize(640, 500)

    def reload(self) -> None:
        """Read the fingerprints (quick: two small secrets from the vault)."""
        vault = self.session.vault
        with ops.locked(self.session):
            try:
                self.own_fingerprint = keys.own_keys(vault).public.fingerprint()
            except ShekaraError:
                self.own_fingerprint = ""
            try:
                hq = keys.pinned_hq(vault)
                self.hq_fingerprint, self.hq_code = hq.fingerprint(), hq.code
            except ShekaraError:
                self.hq_fingerprint, self.hq_code = None, ""
        self._show_keys()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Keys of this post"))
        self.own_box.setTitle(self.tr("This post's keys"))
        self.code_name.setText(self.tr("Post code:"))
        self.own_name.setText(self.tr("Fingerprint:"))
        self.own_value.setAccessibleName(self.tr("This post's fingerprint"))
        self.write_button.setText(self.tr("&Write the enrollment file…"))
        self.sheet_button.setText(self.tr("&Print the enrollment sheet…"))
        self.hq_box.setTitle(self.tr("HQ's keys"))
        self.hq_name.setText(self.tr("Trusted:"))
        self.hq_value.setAccessibleName(self.tr("HQ's fingerprint"))
        self.import_button.setText(self.tr("&Import HQ's keys file…"))
        self._show_keys()

    def _show_keys(self) -> None:
        self.code_value.setText(self.session.vault.post_code)
        self.own_value.setText(fingerprint_lines(self.own_fingerprint) or self.tr("none yet"))
        if self.hq_fingerprint:
            self.hq_value.setText(fmt(self.tr("%1\n(%2)"), fingerprint_lines(self.hq_fingerprint),
                                      self.hq_code))
        else:
            self.hq_value.setText(self.tr("not imported yet: packets cannot be exported"))

    # --- our enrollment file -------------------------------------------------------------------
    def choose_enrollment_path(self) -> None:
        start = self.start_folder() / enrollment_file_name(self.session.vault.post_code)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Write the enrollment file"),
                                              str(start), self.tr("Key files (*.json)"))
        if name:
            self.write_enrollment(Path(name))

    def write_enrollment(self, path: Path) -> ops.Operation:
        session = self.session

        def work(_progress: ops.Progress) -> Path:
            return keys.write_public_file(path, keys.enrollment_file(session.vault))

        return ops.run(self, work, session=session, on_done=self._enrollment_written,
                       on_error=self.fail)

    def _enrollment_written(self, path: object) -> None:
        self.say(fmt(self.tr("The enrollment file is written: %1\nGive it to HQ together with "
                             "the printed enrollment sheet."), str(path)))

    def print_sheet(self) -> ops.Operation:
        from shekara.ui.reports.opening import open_enrollment_report

        return open_enrollment_report(self, self.session)

    # --- HQ's keys -----------------------------------------------------------------------------
    def choose_hq_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("HQ's public keys file"),
                                              str(self.start_folder()),
                                              self.tr("Key files (*.json);;All files (*)"))
        if name:
            self.import_hq_file(Path(name))

    def import_hq_file(self, path: Path) -> ops.Operation:
        """Read the file (off the GUI thread), then ask for the paper check."""
        return ops.run(self, lambda _progress: read_hq_keys_file(path), on_done=self._ask,
                       on_error=self.fail)

    def _ask(self, key: object) -> None:
        if not isinstance(key, KeyFile):
            return
        replaces = (self.hq_fingerprint if self.hq_fingerprint
                    and self.hq_fingerprint != key.fingerprint else None)
        dialog = FingerprintConfirmDialog(key, self.session.ref, self, replaces=replaces)
        dialog.accepted.connect(lambda: self._pin(key, replace=replaces is not None))
        dialog.finished.connect(dialog.deleteLater)
        self.confirm_dialog = dialog
        dialog.open()

    def _pin(self, key: KeyFile, *, replace: bool) -> None:
        session = self.session

        def work(_progress: ops.Progress) -> KeyChange:
            return keys.import_hq_keys(session.vault, key.data, replace=replace)

        ops.run(self, work, session=session, on_done=self._pinned, on_error=self.fail)

    def _pinned(self, change: object) -> None:
        self.reload()
        if isinstance(change, KeyChange) and change.outcome == "already":
            self.say(self.tr("This key of HQ was already trusted: nothing changed."))
        else:
            self.say(self.tr("HQ's key is trusted now: packets can be exported to HQ."))
