"""Admin > New recovery key…: what `shekara recovery-key new` does, in the window (supervisors).

When the recovery sheet is lost or destroyed, or the recovery key of a new master key was never
written down (a lock closed Admin > New master key… first), only the recovery key needs
replacing: the same master key is wrapped under a new random recovery key, and the old one and
its sheet stop opening the vault at once (services/recovery.py). Nothing is encrypted again and
every officer keeps their passphrase — unlike a new master key, which this is the cheap
alternative to.

A sheet that may be in someone else's hands calls for a new master key instead: backups made
before keep the old recovery slot (vault/backup.py), and the old key opens it to the same
master key. The dialog says that, asks for the supervisor's passphrase again (an unlocked
window left open is no proof of who sits at it) and a Yes with No the default (the old sheet
stops working, for good). The replacement checks the passphrase against the supervisor's own
slot with Argon2id (~0.5 s) and writes the slot file, so it runs on the thread pool under the
session lock (ui/ops.py); a wrong passphrase changes nothing and is said in red, as the rekey
says it.

Then the key is shown once, as the setup wizard and the rekey show it
(ui/widgets/recovery_key.py), with Print the recovery sheet…: the report service's print-only
preview (ui/reports/opening.py), from the window's own session, which stays unlocked here.
Close waits for the tick "I have printed it or written it down"; Escape and the title bar's
close do not throw the key away before it. A lock meanwhile (idle time, the desktop, Ctrl+L)
closes the dialog and forgets the key — it was never on paper then, and the note says to make
another — and a replacement still running when the dialog closes finishes without the key being
shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shekara.services.recovery import replace_recovery_key
from shekara.services.session import Session
from shekara.ui import ops
from shekara.ui.errors import show_error
from shekara.ui.reports.opening import open_recovery_report
from shekara.ui.reports.preview import ReportPreviewDialog
from shekara.ui.theme import ERROR_STYLE
from shekara.ui.widgets.confirm import ask_first
from shekara.ui.widgets.labels import fit_to_wrapped_text
from shekara.ui.widgets.recovery_key import (
    ASK,
    KeyMakingDialog,
    RecoveryKeyPanel,
    wrong_passphrase,
)

WIDTH = 600
RUNNING, DONE = "running", "done"  # after ASK


class NewRecoveryKeyDialog(KeyMakingDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("newRecoveryKeyDialog")
        self.stage = ASK
        self.operation: ops.Operation | None = None
        self.recovery_key: str | None = None  # while shown; forgotten with the dialog
        self.confirm_box: QMessageBox | None = None
        self._wrong = False  # the last passphrase was not the supervisor's
        self._closed = False
        self._build()
        self.retranslate_ui()
        self.passphrase.setFocus()

    def _build(self) -> None:
        self.explain = QLabel()
        self.explain.setObjectName("newRecoveryKeyExplain")
        self.explain.setWordWrap(True)
        self.pass_label = QLabel()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("newRecoveryKeyPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMaxLength(1024)
        self.pass_label.setBuddy(self.passphrase)
        self.passphrase.textChanged.connect(self._typed)  # Enter: the default button, Make
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.pass_label, self.passphrase)
        self.busy = QProgressBar()
        self.busy.setObjectName("newRecoveryKeyBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.message = QLabel()
        self.message.setObjectName("newRecoveryKeyMessage")
        self.message.setWordWrap(True)
        self.key_panel = RecoveryKeyPanel()
        self.key_panel.saved_toggled.connect(lambda _on: self._show_stage())
        self.make_button = QPushButton()
        self.make_button.setObjectName("makeNewRecoveryKey")
        self.make_button.clicked.connect(self.ask)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printNewRecoverySheet")
        self.print_button.clicked.connect(self.print_sheet)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelNewRecoveryKey")
        self.cancel_button.clicked.connect(self.reject)
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeNewRecoveryKey")
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.make_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.cancel_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        for widget in (self.explain, self.form, self.busy, self.message, self.key_panel):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(WIDTH, 160)  # then as tall as its wrapped texts need (fit_to_wrapped_text)

    # --- texts ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New recovery key"))
        self.explain.setText(self.tr(
            "Make a new recovery key when the recovery sheet is lost or destroyed, or when the "
            "recovery key of a new master key was not written down. The old recovery key and "
            "its sheet stop opening the vault at once. Nothing else changes: the vault is not "
            "encrypted again, and every officer keeps their passphrase.") + " " + self.tr(
            "If the old sheet may be in someone else's hands, make a new master key instead: "
            "backups made before still open with the old sheet."))
        self.pass_label.setText(self.tr("&Your passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Your passphrase"))
        self.make_button.setText(self.tr("&Make a new recovery key…"))
        self.print_button.setText(self.tr("&Print the recovery sheet…"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.close_button.setText(self.tr("&Close"))
        self.key_panel.set_note(self.tr(
            "Print it or write it down now and put the paper in the safe; destroy the old "
            "sheet. It is shown only this once. If the vault locks before you have it on "
            "paper, unlock it and make a new recovery key again."))
        self._show_stage()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _show_stage(self) -> None:
        stage = self.stage
        asking, done = stage in (ASK, RUNNING), stage == DONE
        self.explain.setVisible(asking)
        self.form.setVisible(asking)
        self.passphrase.setEnabled(stage == ASK)
        self.busy.setVisible(stage == RUNNING)
        self.make_button.setVisible(asking)
        self.make_button.setEnabled(stage == ASK and bool(self.passphrase.text()))
        self.make_button.setDefault(asking)
        self.cancel_button.setVisible(asking)
        self.cancel_button.setEnabled(stage == ASK)
        self.key_panel.setVisible(done)
        self.print_button.setVisible(done)
        self.close_button.setVisible(done)
        self.close_button.setEnabled(done and self.key_panel.is_saved())
        self.close_button.setDefault(done)
        self._say()
        fit_to_wrapped_text(self, WIDTH)

    def _say(self) -> None:
        style, text = "", ""
        if self.stage == RUNNING:
            text = self.tr("Checking your passphrase and making the new recovery key…")
        elif self.stage == ASK and self._wrong:
            style = ERROR_STYLE
            text = self.tr("That is not your passphrase. Nothing was changed.")
        elif self.stage == DONE:
            text = self.tr("The vault has a new recovery key; the old one opens nothing any "
                           "more. This is the new key:")
        self.message.setStyleSheet(style)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _typed(self) -> None:
        self._wrong = False
        self._show_stage()

    # --- the replacement --------------------------------------------------------------------
    def ask(self) -> QMessageBox | None:
        """Yes or No first (No the default): the old sheet stops opening the vault for good."""
        if self.stage != ASK or not self.passphrase.text():
            return None
        self.confirm_box = ask_first(
            self, "newRecoveryKeyConfirm", title=self.tr("New recovery key"),
            text=self.tr("Make a new recovery key now?"),
            informative=self.tr("The recovery key on the old sheet stops opening the vault at "
                                "once. This cannot be undone."),
            yes_text=self.tr("Make the new &key"), on_yes=self.start)
        return self.confirm_box

    def start(self) -> ops.Operation | None:
        passphrase = self.passphrase.text()
        if self.stage != ASK or not passphrase:
            return None
        self.passphrase.clear()  # the worker has it now; the field never keeps it
        self.stage, self._wrong = RUNNING, False
        self._show_stage()
        vault = self.session.vault
        self.operation = ops.run(
            self, lambda _progress: replace_recovery_key(vault, passphrase),
            session=self.session, on_done=self._made, on_error=self._failed)
        self.busy.setFocus()
        return self.operation

    def _made(self, recovery_key: object) -> None:
        self.operation = None
        if self._closed or not isinstance(recovery_key, str):
            return  # closed by a lock meanwhile: the key was never seen, it is not shown now
        self.recovery_key, self.stage = recovery_key, DONE
        self.key_panel.show_key(recovery_key)
        self.setMinimumHeight(0)  # the explanation is gone: as tall as the key's page needs
        self.resize(self.width(), self.minimumSizeHint().height())
        self._show_stage()
        self.key_panel.saved_check.setFocus()

    def _failed(self, err: BaseException) -> None:
        self.operation = None
        if self._closed:
            return
        self.stage = ASK
        self._wrong = wrong_passphrase(err)
        self._show_stage()
        self.passphrase.setFocus()
        if not self._wrong:
            show_error(self, err)

    # --- the recovery sheet -----------------------------------------------------------------
    def print_sheet(self) -> ops.Operation | None:
        """The sheet in the print-only preview, checked against the vault's new slot first."""
        if self.stage != DONE or self.recovery_key is None:
            return None
        return open_recovery_report(self, self.session, self.recovery_key)

    # --- closing ----------------------------------------------------------------------------
    def accept(self) -> None:
        """Close: only once the key is on paper."""
        if self.close_button.isEnabled():
            super().accept()

    def done(self, result: int) -> None:
        """Every way out — Close, Cancel, a lock of the window (reject) — forgets the key and
        closes the sheet's preview."""
        self._closed = True
        for preview in self.findChildren(ReportPreviewDialog):
            preview.close()
        self.recovery_key = None
        self.key_panel.forget()
        super().done(result)
