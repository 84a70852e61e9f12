"""Admin > New master key…: what `shekara rekey` does, in the window (supervisors).

After a restore the vault keeps the keys of its backup, and a passphrase or the recovery key
may become known to someone; the unlock screen says so after a restore. A rekey
(vault/rekey.py) makes a new master key, encrypts the whole vault again under it into a new
file, wraps it for the supervisor's passphrase and under a new recovery key, and swaps the
files crash-safely. Other officers' slots are dropped: each gets a new passphrase with the new
recovery key (the unlock screen's Recovery key…). The vault is locked at the end.

The dialog explains that first, naming the officers who will need a new passphrase, asks for
the supervisor's passphrase (the rekey needs it to wrap the new key; a wrong one changes
nothing) and a Yes with No the default. The rekey runs on the thread pool under the session
lock (ui/ops.py): it holds the connection for the whole export, so the dialog is window-modal
(the window behind would wait for the lock at its next vault call) and cannot be cancelled — a
half-made export is simply left behind for the next rekey to overwrite.

Then the new recovery key is shown once, as the setup wizard shows it
(ui/widgets/recovery_key.py), with Print the recovery sheet…. The sheet is the report service's
(services/reports.py `recovery`): it proves the key opens the vault's recovery slot before it
draws anything and logs each print in the audit log, and both need the vault open, which the
rekey has just locked. It cannot be drawn before the swap either: the key is made inside the
rekey. So the worker opens the vault again with the passphrase just typed, right after the swap
— which also proves, while the supervisor is still at the screen, that the passphrase opens the
re-keyed vault — and the passphrase is dropped; that session of the dialog's own serves the
sheet and closes with the dialog. Close needs the tick "I have printed it or written it down",
as the wizard's Next does; it asks the window to lock with the reason "rekey" (the unlock
screen says what follows). A lock meanwhile (idle time, the desktop) closes the dialog and the
key with it — a recovery key on an unattended screen is what a rekey is made against. The
master key is new by then, and only its recovery key was lost: the dialog says to make just a
new recovery key then (Admin > New recovery key…, ui/maintenance/recovery_key_dialog.py:
nothing is encrypted again), with which the officers listed get their passphrases. The
supervisor's passphrase opens the vault either way.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from html import escape as html_escape

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
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

from shekara.services.session import Session, open_session
from shekara.ui import ops
from shekara.ui.errors import show_error
from shekara.ui.i18n import current_language, fmt
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
from shekara.vault.rekey import RekeyResult, rekey

WIDTH = 640
RUNNING, DONE, BROKEN = "running", "done", "broken"  # after ASK; BROKEN: failed, vault locked


@dataclass(frozen=True)
class Rekeyed:
    result: RekeyResult
    session: Session | None  # the vault opened again for the recovery sheet
    reopen_error: BaseException | None  # why it did not open (the key is shown all the same)


def rekey_and_reopen(session: Session, passphrase: str, progress: ops.Progress) -> Rekeyed:
    """The worker's part: the rekey, then the vault opened again for the sheet (module
    docstring) — unless the dialog was closed meanwhile (a lock): then nobody would close it."""
    vault = session.vault
    directory, officer = vault.directory, vault.officer
    result = rekey(vault, passphrase)
    if progress.cancelled:
        return Rekeyed(result, None, None)
    try:
        reopened = open_session(directory, officer, passphrase, rebuild_on_open=False)
    except Exception as err:  # the key must still be shown: it is the only copy
        return Rekeyed(result, None, err)
    if progress.cancelled:
        reopened.close()
        return Rekeyed(result, None, None)
    return Rekeyed(result, reopened, None)


def _words(context: str, text: str) -> str:
    """A control's text as a sentence names it: no accelerator, no ellipsis."""
    return QCoreApplication.translate(context, text).replace("&", "").rstrip("…").strip()


def _escape(text: str) -> str:
    return html_escape(text, quote=False)  # the texts quote control names: kept readable


def _bullets(items: list[str]) -> str:
    return ("<ul style='margin-left: 0px; -qt-list-indent: 1;'>"
            + "".join(f"<li>{_escape(item)}</li>" for item in items) + "</ul>")


class RekeyDialog(KeyMakingDialog):
    lock_needed = Signal(str)  # the vault is locked already: the window locks, for this reason

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("rekeyDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)  # module docstring
        vault = session.vault
        with ops.locked(session):
            self.roles = {o.login: o.role for o in vault.officers() if o.login != vault.officer}
        self.stage = ASK
        self.operation: ops.Operation | None = None
        self.outcome: Rekeyed | None = None
        self.sheet_session: Session | None = None
        self.confirm_box: QMessageBox | None = None
        self._wrong = False  # the last passphrase was not the supervisor's
        self._closed = False
        self._build()
        self.retranslate_ui()
        self.passphrase.setFocus()

    def _build(self) -> None:
        self.explain = QLabel()
        self.explain.setObjectName("rekeyExplain")
        self.explain.setWordWrap(True)
        self.explain.setTextFormat(Qt.TextFormat.RichText)
        self.pass_label = QLabel()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("rekeyPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMaxLength(1024)
        self.pass_label.setBuddy(self.passphrase)
        self.passphrase.textChanged.connect(self._typed)  # Enter: the default button, Make
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.pass_label, self.passphrase)
        self.message = QLabel()
        self.message.setObjectName("rekeyMessage")
        self.message.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setObjectName("rekeyBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        # The key as the setup wizard and New recovery key… show it (ui/widgets/recovery_key.py),
        # then who needs a new passphrase, then the tick Close waits for.
        self.key_panel = RecoveryKeyPanel()
        self.key_label, self.saved_check = self.key_panel.key_label, self.key_panel.saved_check
        self.officers_after = QLabel()
        self.officers_after.setObjectName("officersToReset")
        self.officers_after.setWordWrap(True)
        self.officers_after.setTextFormat(Qt.TextFormat.RichText)
        self.officers_after.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_panel.add_before_tick(self.officers_after)
        self.key_panel.saved_toggled.connect(lambda _on: self._show_stage())
        self.print_button = QPushButton()
        self.print_button.setObjectName("printNewRecoverySheet")
        self.print_button.clicked.connect(self.print_sheet)
        self.make_button = QPushButton()
        self.make_button.setObjectName("makeNewMasterKey")
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.ask)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelRekey")
        self.cancel_button.clicked.connect(self.reject)
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeAndLock")
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        for widget in (self.explain, self.form, self.busy, self.message, self.key_panel):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(WIDTH, 300)

    # --- texts ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New master key"))
        recovery_button = _words("UnlockWindow", "Recovery &key…")
        others = self._officer_lines(sorted(self.roles))
        staying = self.tr("Your passphrase stays as it is.") + " " + (fmt(self.tr(
            "Every other officer needs a new passphrase, set with the new recovery key "
            "(\"%1\" on the unlock screen):"), recovery_button) if others else self.tr(
            "No other officer has a passphrase in this vault."))
        items = [
            self.tr("The whole vault is encrypted again under the new key. On a large vault "
                    "this takes a while, and the window waits. The vault in use stays as it is "
                    "until the new one is complete: if the computer stops part-way, the vault "
                    "opens with the old keys or with the new ones."),
            self.tr("A new recovery key is shown once. Print the new recovery sheet and put it "
                    "in the safe: the old sheet opens nothing any more, destroy it."),
        ]
        self.explain.setText(
            _escape(self.tr("Make a new master key after a restore from a backup, or when "
                                "a passphrase or the recovery key may be known to someone who "
                                "should not have it. Then:"))
            + _bullets(items) + _escape(staying) + (_bullets(others) if others else "")
            + _escape(self.tr("The vault locks at the end.")))
        self.pass_label.setText(self.tr("&Your passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Your passphrase"))
        self.make_button.setText(self.tr("&Make a new master key…"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.close_button.setText(self.tr("C&lose and lock"))
        self.print_button.setText(self.tr("&Print the recovery sheet…"))
        # A lock before the key is on paper costs only the key: the master key is new already,
        # and Admin > New recovery key… gives it another without encrypting anything again.
        self.key_panel.set_note(fmt(self.tr(
            "Print it or write it down now and put the paper in the safe; destroy the old "
            "sheet. It is shown only this once. If the vault locks before you have it on "
            "paper, unlock it and make only a new recovery key (%1 > %2): the master key is "
            "new already."), _words("MainWindow", "&Admin"),
            _words("MainWindow", "New &recovery key…")))
        if self.outcome is not None:
            reset = self._officer_lines(self.outcome.result.officers_to_reset)
            self.officers_after.setText(_escape(fmt(self.tr(
                "These officers need a new passphrase: on the unlock screen, \"%1\" sets each "
                "with this recovery key."), recovery_button)) + _bullets(reset) if reset
                else _escape(self.tr("No other officer needs a new passphrase.")))
        self._show_stage()

    def _officer_lines(self, logins: list[str]) -> list[str]:
        lang = current_language()
        return [fmt(self.tr("%1 (%2)"), login, self.session.ref.label(
            "officer_role", self.roles.get(login, "officer"), lang)) for login in logins]

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
        for widget in (self.key_panel, self.print_button):
            widget.setVisible(done)
        self.print_button.setEnabled(done and self.sheet_session is not None)
        self.close_button.setVisible(stage in (DONE, BROKEN))
        self.close_button.setEnabled(stage == BROKEN or self.saved_check.isChecked())
        self.close_button.setDefault(stage in (DONE, BROKEN))
        self._say()
        fit_to_wrapped_text(self, WIDTH)

    def _say(self) -> None:
        stage, style, text = self.stage, "", ""
        if stage == RUNNING:
            text = self.tr("Making the new master key and encrypting the vault again… Do not "
                           "turn the computer off.")
        elif stage == ASK and self._wrong:
            style, text = ERROR_STYLE, self.tr("That is not your passphrase. Nothing was "
                                               "changed.")
        elif stage == DONE:
            text = self.tr("The vault has a new master key. This is its new recovery key:")
            if self.outcome is not None and self.outcome.session is None:
                text += " " + self.tr("(The vault did not open again for the sheet: write the "
                                      "key down.)")
        elif stage == BROKEN:
            style, text = ERROR_STYLE, self.tr(
                "The new master key was not completed. The vault is locked; it opens with your "
                "passphrase. Unlock it and make a new master key again.")
        self.message.setStyleSheet(style)
        self.message.setText(text)

    def _typed(self) -> None:
        self._wrong = False
        self._show_stage()

    # --- the rekey --------------------------------------------------------------------------
    def ask(self) -> QMessageBox | None:
        """Yes or No first (No the default): the old keys stop opening the vault for good."""
        if self.stage != ASK or not self.passphrase.text():
            return None
        self.confirm_box = ask_first(
            self, "rekeyConfirm", title=self.tr("New master key"),
            text=self.tr("Make a new master key now?"),
            informative=self.tr("The old recovery key and every other officer's passphrase "
                                "stop opening the vault. This cannot be undone."),
            yes_text=self.tr("Make the new &key"), on_yes=self.start)
        return self.confirm_box

    def start(self) -> ops.Operation | None:
        passphrase = self.passphrase.text()
        if self.stage != ASK or not passphrase:
            return None
        self.passphrase.clear()  # the worker has it now; the field never keeps it
        self.stage, self._wrong = RUNNING, False
        self._show_stage()
        session = self.session
        self.operation = ops.run(
            self, lambda progress: rekey_and_reopen(session, passphrase, progress),
            session=session, on_done=self._rekeyed, on_error=self._failed)
        self.busy.setFocus()
        return self.operation

    def _rekeyed(self, outcome: object) -> None:
        self.operation = None
        if not isinstance(outcome, Rekeyed):
            return
        if self._closed:  # closed by a lock while the worker opened the vault again
            self._close_session(outcome.session)
            return
        self.outcome, self.sheet_session, self.stage = outcome, outcome.session, DONE
        if outcome.session is not None:
            ops.session_lock(outcome.session)  # made here, in the GUI thread (ui/ops.py)
        self.key_panel.show_key(outcome.result.recovery_key)
        self.setMinimumHeight(0)  # the explanation is gone: as tall as the key's page needs
        self.resize(self.width(), self.minimumSizeHint().height())
        self.retranslate_ui()
        self.saved_check.setFocus()
        if outcome.reopen_error is not None:
            show_error(self, outcome.reopen_error)

    def _failed(self, err: BaseException) -> None:
        self.operation = None
        locked = self.session.vault.is_locked
        self.stage = BROKEN if locked else ASK
        self._wrong = wrong_passphrase(err) and not locked
        self._show_stage()
        if self._wrong:
            self.passphrase.setFocus()
        else:
            show_error(self, err)

    # --- the recovery sheet -----------------------------------------------------------------
    def print_sheet(self) -> ops.Operation | None:
        """The sheet in the report preview, built by the service in the dialog's own session."""
        session, outcome = self.sheet_session, self.outcome
        if session is None or outcome is None:
            return None
        return open_recovery_report(self, session, outcome.result.recovery_key)

    # --- closing ----------------------------------------------------------------------------
    def accept(self) -> None:
        """Close and lock: only once the key is on paper (or the vault locked by a failure)."""
        if not self.close_button.isEnabled():
            return
        reason = "rekey" if self.stage == DONE else "shortcut"
        super().accept()
        self.lock_needed.emit(reason)  # after `finished`: the window no longer lists this

    def done(self, result: int) -> None:
        """Every way out — Close, Cancel, a lock of the window (reject) — forgets the key and
        closes the sheet's session."""
        self._closed = True
        if self.operation is not None:
            self.operation.cancel()  # the worker then does not open the vault again
        for preview in self.findChildren(ReportPreviewDialog):
            preview.close()
        self._close_session(self.sheet_session)
        self.sheet_session = None
        self.key_panel.forget()
        super().done(result)

    @staticmethod
    def _close_session(session: Session | None) -> None:
        if session is None:
            return
        ops.cancel_operations(session)
        with ops.session_lock(session), contextlib.suppress(Exception):
            session.close()
