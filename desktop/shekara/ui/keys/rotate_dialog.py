"""New keys from the window: a post's (Admin > Keys and fingerprints, Make new keys…) or HQ's
(Renew HQ's keys…), and the last rotation's files written again (Write the files again…) —
what `shekara keys rotate` and `shekara hq keys rotate [--rewrite]` do, through the same
service call (services/rotation_files.py).

The dialog first says in plain words what the two files are for and who takes which, lets the
supervisor choose the stick or folder, and asks before the old keys are retired (No is the
default: it cannot be undone). The rotation runs off the GUI thread. Then it names the files
written and shows the old and the new fingerprint, with the sheet to print for the new keys.
A write that fails after the rotation leaves the keys rotated: the dialog says so and turns
into "Write the files again" for another stick or folder. Only public keys are written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shekara.services.drives import removable_drives
from shekara.services.rotation_files import RotatedNotWritten, WrittenRotation, rotate_into
from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.errors import error_sentence
from shekara.ui.i18n import fmt
from shekara.ui.keys.confirm import fingerprint_lines
from shekara.ui.messages import translated
from shekara.ui.theme import ERROR_STYLE
from shekara.ui.widgets.confirm import ask_first
from shekara.ui.widgets.destination import DestinationChooser, DriveLister

SELECTABLE = (Qt.TextInteractionFlag.TextSelectableByMouse
              | Qt.TextInteractionFlag.TextSelectableByKeyboard)


def _value(name: str, *, monospace: bool = False) -> QLabel:
    """A value to select and copy. Not word-wrapped: a path or a file name has no spaces to
    wrap at, and a form row of wrapped labels kept its first height once the text came."""
    label = QLabel()
    label.setObjectName(name)
    label.setTextInteractionFlags(SELECTABLE)
    if monospace:
        label.setFont(theme.monospace_font(12))
    return label


class RotateKeysDialog(QDialog):
    """`rewrite=False`: new keys, then the files; `rewrite=True`: the files of the last
    rotation again. `rotated` is emitted once the vault's own keys changed."""

    rotated = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 rewrite: bool = False, list_drives: DriveLister = removable_drives) -> None:
        super().__init__(parent)
        self.session = session
        self.mode = "hq" if session.vault.mode == "hq" else "post"
        self.rewrite = rewrite
        self.working = False
        self.written: WrittenRotation | None = None
        self.error: BaseException | None = None
        self.confirm_box: QMessageBox | None = None
        self.setObjectName("rotateKeysDialog")
        self.setWindowIcon(theme.icon("warning"))
        self.explain = QLabel()
        self.explain.setObjectName("rotateExplain")
        self.explain.setWordWrap(True)
        self.chooser = DestinationChooser(self, list_drives=list_drives)
        self.chooser.changed.connect(lambda _path: self._update_buttons())
        self.result_panel = QWidget()
        self.result_panel.setObjectName("rotationResult")
        self.folder_name, self.folder_value = QLabel(), _value("rotationFolder")
        self.statement_name, self.statement_value = QLabel(), _value("statementFile")
        self.keys_name, self.keys_value = QLabel(), _value("keysFile")
        self.old_name, self.old_value = QLabel(), _value("oldFingerprint", monospace=True)
        self.new_name, self.new_value = QLabel(), _value("newFingerprint", monospace=True)
        self.handover = QLabel()
        self.handover.setObjectName("rotationHandover")
        self.handover.setWordWrap(True)
        self.sheet_button = QPushButton()
        self.sheet_button.setObjectName("printNewSheet")
        self.sheet_button.clicked.connect(self.print_sheet)
        form = QFormLayout()
        for name, value in ((self.folder_name, self.folder_value),
                            (self.statement_name, self.statement_value),
                            (self.keys_name, self.keys_value),
                            (self.old_name, self.old_value), (self.new_name, self.new_value)):
            form.addRow(name, value)
        result_layout = QVBoxLayout(self.result_panel)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.addLayout(form)
        result_layout.addWidget(self.handover)
        result_layout.addWidget(self.sheet_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.result_panel.hide()
        self.status = QLabel()
        self.status.setObjectName("rotateStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(SELECTABLE)
        # Our own buttons, not standard ones: a button box gives a standard button its own
        # text back when the language changes.
        self.buttons = QDialogButtonBox()
        self.go_button = QPushButton()
        self.go_button.setObjectName("rotateGo")
        self.go_button.setAutoDefault(False)  # Enter never starts it: the button or Alt+letter
        self.close_button = QPushButton()
        self.close_button.setObjectName("rotateClose")
        self.buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.chooser, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.result_panel)
        layout.addStretch(0)  # the space the chooser leaves once the files are written
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(700, 620)

    # --- words ---------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        hq = self.mode == "hq"
        if self.rewrite:
            self.setWindowTitle(self.tr("Write the files again"))
            self.explain.setText(self.tr(
                "The rotation statement and the new public keys file of the last key change "
                "are written again, the same as before: no new keys are made. Choose the stick "
                "or folder."))
            self.go_button.setText(self.tr("&Write the files again"))
        elif hq:
            self.setWindowTitle(self.tr("Renew HQ's keys"))
            self.explain.setText("\n".join((  # one string a paragraph: shorter to translate
                self.tr("New keys replace HQ's keys. The old ones stay in the vault only to read "
                        "what was sent to them; from now on acknowledgements, reference data and "
                        "letters are signed with the new ones. Two files are written to the "
                        "stick or folder you choose:"),
                self.tr("• The rotation statement is for the partner's central authority: the "
                        "old keys vouch for the new ones, so it needs no paper."),
                self.tr("• The new keys file is for HQ's posts: each post takes it only after "
                        "comparing the fingerprint with the printed keys sheet. Until then a "
                        "post refuses what HQ signs with the new keys."),
                self.tr("If HQ's keys were stolen, the partner revokes the old ones and refuses "
                        "the statement, on purpose: give it the new keys file and the printed "
                        "keys sheet too, to compare on paper."))))
            self.go_button.setText(self.tr("Re&new HQ's keys"))
        else:
            self.setWindowTitle(self.tr("Make new keys"))
            self.explain.setText("\n".join((
                self.tr("New keys replace this post's keys. The old ones stay in the vault only "
                        "to read what was sent to them; from now on packets are signed with the "
                        "new ones. Two files are written to the stick or folder you choose:"),
                self.tr("• A routine change: HQ takes the rotation statement. The old keys "
                        "vouch for the new ones, so no paper is needed."),
                self.tr("• After the laptop or the keys were lost or stolen, HQ has revoked the "
                        "old keys and refuses the rotation statement, on purpose: a thief could "
                        "sign one too. HQ then needs the new enrollment file AND the printed "
                        "enrollment sheet, and compares the fingerprint on paper."))))
            self.go_button.setText(self.tr("&Make new keys"))
        self.folder_name.setText(self.tr("Written to:"))
        self.statement_name.setText(self.tr("Rotation statement:"))
        self.keys_name.setText(self.tr("New keys file:") if hq
                               else self.tr("New enrollment file:"))
        self.old_name.setText(self.tr("Old fingerprint:"))
        self.new_name.setText(self.tr("New fingerprint:"))
        self.old_value.setAccessibleName(self.tr("Old fingerprint"))
        self.new_value.setAccessibleName(self.tr("New fingerprint"))
        self.handover.setText(self.tr(
            "Give the rotation statement to the partner's central authority: it takes it in "
            "Exchange > Partner keys. Send the new keys file to HQ's posts with the printed "
            "keys sheet: each post imports it in Admin > Keys and fingerprints after "
            "comparing the fingerprint on paper.") if hq else self.tr(
            "A routine change: give HQ the rotation statement. If HQ has revoked the old "
            "keys: give HQ the new enrollment file and the printed enrollment sheet."))
        self.sheet_button.setText(self.tr("Print the &keys sheet…") if hq
                                  else self.tr("&Print the enrollment sheet…"))
        self.chooser.setAccessibleName(self.tr("Where the files are written"))
        self._update_buttons()
        self._show_outcome()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _show_outcome(self) -> None:
        written, err = self.written, self.error
        self.status.setStyleSheet(ERROR_STYLE if err is not None else "")
        if self.working:
            self.status.setText(self.tr("Writing the files…") if self.rewrite
                                else self.tr("Making the new keys and writing the files…"))
        elif written is not None:
            self.status.setText(self.tr("The files are written again.") if self.rewrite
                                else self.tr("The new keys are made and the files written."))
            self.folder_value.setText(str(written.statement.parent))
            self.statement_value.setText(written.statement.name)
            self.keys_value.setText(written.keys_file.name)
            self.old_value.setText(fingerprint_lines(written.old_fingerprint))
            self.new_value.setText(fingerprint_lines(written.new_fingerprint))
        elif isinstance(err, RotatedNotWritten):
            reason = err.params.get("reason")
            self.status.setText(fmt(self.tr(
                "The new keys are made and the old ones retired, but the files were not "
                "written: %1\nChoose another stick or folder and press Write the files "
                "again."), translated(reason) if reason is not None else ""))
        elif err is not None:
            nothing = "" if self.rewrite else "\n" + self.tr(
                "Nothing was changed: the keys are as they were.")
            self.status.setText(error_sentence(err) + nothing)
        else:
            self.status.setText("")

    def _update_buttons(self) -> None:
        done = self.written is not None
        self.go_button.setVisible(not done)
        self.go_button.setEnabled(not self.working and self.chooser.directory() is not None)
        self.chooser.setEnabled(not self.working)
        self.close_button.setEnabled(not self.working)
        self.chooser.setVisible(not done)
        self.explain.setVisible(not done)
        self.result_panel.setVisible(done)
        self.close_button.setText(self.tr("Close") if done or self.rewrite
                                  else self.tr("Cancel"))

    # --- doing it ------------------------------------------------------------------------------
    def start(self) -> QMessageBox | ops.Operation | None:
        """Rotating asks first (No is the default); writing again does not."""
        directory = self.chooser.directory()
        if directory is None or self.working:
            return None
        if self.rewrite:
            return self.write(directory)
        hq = self.mode == "hq"
        self.confirm_box = ask_first(
            self, "rotateConfirm", title=self.windowTitle(),
            text=fmt(self.tr("Make new keys for HQ %1 now?") if hq
                     else self.tr("Make new keys for post %1 now?"), self.session.vault.post_code),
            informative=self.tr(
                "The old keys are retired: this cannot be undone. The partner and the posts "
                "need the new files before they accept what HQ signs.") if hq else self.tr(
                "The old keys are retired: this cannot be undone. HQ refuses new packets "
                "until it has the new files."),
            yes_text=self.go_button.text(), on_yes=lambda: self.write(directory))
        return self.confirm_box

    def write(self, directory: Path) -> ops.Operation:
        session, mode, rewrite = self.session, self.mode, self.rewrite

        def work(_progress: ops.Progress) -> WrittenRotation:
            return rotate_into(session.vault, directory, mode=mode, rewrite=rewrite)

        self.working, self.error = True, None
        self._update_buttons()
        self._show_outcome()
        return ops.run(self, work, session=session, on_done=self._written,
                       on_error=self._failed)

    def _written(self, written: object) -> None:
        self.working = False
        if isinstance(written, WrittenRotation):
            self.written = written
        if not self.rewrite:
            self.rotated.emit()
        self._update_buttons()
        self._show_outcome()
        self.close_button.setFocus()

    def _failed(self, err: BaseException) -> None:
        self.working = False
        self.error = err
        if isinstance(err, RotatedNotWritten) and not self.rewrite:
            self.rewrite = True  # the keys are rotated: what is left is writing the files
            self.rotated.emit()
            self.retranslate_ui()
        self._update_buttons()
        self._show_outcome()

    def reject(self) -> None:
        """Not while the keys are being made: the outcome (the fingerprints, a write that
        failed) is what the supervisor has to see."""
        if not self.working:
            super().reject()

    def print_sheet(self) -> ops.Operation:
        """The new keys' sheet (the enrollment sheet at a post, the keys sheet at HQ)."""
        from shekara.ui.reports.opening import open_enrollment_report

        return open_enrollment_report(self, self.session)
