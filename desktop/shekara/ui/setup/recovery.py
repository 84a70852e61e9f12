"""The setup wizard's vault creation and the one showing of the recovery key."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from shekara.reports.context import ReportContext
from shekara.reports.sheets import render_recovery
from shekara.services.session import Session
from shekara.ui import ops
from shekara.ui.errors import error_sentence, show_error
from shekara.ui.i18n import current_language, fmt
from shekara.ui.reports.printing import confirm_secret_to_file, print_pdf
from shekara.ui.setup.state import SetupState
from shekara.ui.widgets.recovery_key import framed_key_label, key_lines
from shekara.vault.vault import Vault


def create_vault(directory: Path, settings: dict[str, Any]) -> tuple[Session, str]:
    """Create the vault and its packet keys; the vault is left open. (Runs in a worker.)"""
    vault, recovery_key = Vault.create(directory, mode=settings["mode"],
                                       party=settings["party"],
                                       post_code=settings["post_code"],
                                       officer=settings["officer"],
                                       passphrase=settings["passphrase"])
    try:
        from shekara.services import keys

        keys.create_own_keys(vault)
    except BaseException:
        vault.lock()
        raise
    return Session(vault), recovery_key


class RecoveryPage(QWizardPage):
    created = Signal()  # the vault exists: `state.session` and `state.recovery_key` are set

    def __init__(self, state: SetupState) -> None:
        super().__init__()
        self.state = state
        self._state = "idle"  # idle → creating → created | failed
        # The error itself, not its sentence: it is said again in a newly chosen language.
        self._error: BaseException | None = None
        self.setObjectName("recoveryPage")
        self.status = QLabel()
        self.status.setObjectName("creationStatus")
        self.status.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.key_label = framed_key_label("recoveryKey")  # as every screen shows the key
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        # Replaced in tests; the real ones are the print dialog and a plain warning.
        self.run_print_dialog: Callable[[QPrintDialog], int] = lambda dialog: dialog.exec()
        self.confirm_print_to_file: Callable[[QWidget], bool] = confirm_secret_to_file
        self.print_button = QPushButton()
        self.print_button.setObjectName("printRecovery")
        self.print_button.clicked.connect(self._print)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("retryCreate")
        self.retry_button.clicked.connect(self._create)
        self.saved_check = QCheckBox()
        self.saved_check.setObjectName("recoverySaved")
        self.saved_check.toggled.connect(self.completeChanged)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(self.key_label)
        layout.addWidget(self.explain)
        layout.addLayout(buttons)
        layout.addWidget(self.saved_check)
        layout.addStretch(1)
        self.retranslate_ui()
        self._show_state()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("The recovery key"))
        self.setSubTitle(self.tr("With it a supervisor can open the vault when every "
                                 "passphrase is forgotten."))
        self.explain.setText(self.tr(
            "Write it down or print it now and keep the paper in the post's safe. It is shown "
            "only this once: Shekara does not keep it anywhere readable."))
        self.print_button.setText(self.tr("&Print the recovery sheet…"))
        self.retry_button.setText(self.tr("&Try again"))
        self.saved_check.setText(self.tr("I have &written it down or printed it"))
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def initializePage(self) -> None:
        if self._state in ("idle", "failed"):
            self._create()

    def _create(self) -> None:
        self._state = "creating"
        self._error = None
        self._show_state()
        settings = self.state.settings
        directory = self.state.context.vault_dir
        ops.run(self, lambda _progress: create_vault(directory, settings),
                on_done=self._created, on_error=self._failed)

    def _created(self, result: tuple[Session, str]) -> None:
        session, recovery_key = result
        self._state = "created"
        self.state.session, self.state.recovery_key = session, recovery_key
        self.created.emit()
        self.key_label.setText(key_lines(recovery_key))
        self._show_state()
        self.completeChanged.emit()

    def _failed(self, err: BaseException) -> None:
        self._state = "failed"
        self._error = err
        self._show_state()
        self.completeChanged.emit()

    def _show_state(self) -> None:
        state = self._state
        created = state == "created"
        self.busy.setVisible(state == "creating")
        self.key_label.setVisible(created)
        self.explain.setVisible(created)
        self.saved_check.setVisible(created)
        self.print_button.setVisible(created)
        self.print_button.setEnabled(created)
        self.retry_button.setVisible(state == "failed")
        if state == "creating":
            self.status.setText(self.tr("Creating the vault and its keys…"))
        elif state == "failed":
            self.status.setText(fmt(self.tr("The vault was not created: %1"),
                                    error_sentence(self._error) if self._error else ""))
        elif created:
            self.status.setText(self.tr("The vault is ready. This is its recovery key:"))
        else:
            self.status.clear()

    def isComplete(self) -> bool:
        return self._state == "created" and self.saved_check.isChecked()

    def cleanupPage(self) -> None:
        pass  # never forget a created vault's state when the wizard moves

    def forget_key(self) -> None:
        self.key_label.clear()

    # --- printing ----------------------------------------------------------------------------
    def _print(self) -> None:
        session = self.state.session
        if session is None:
            return

        vault = session.vault
        lang = current_language()
        try:
            ctx = ReportContext(party=vault.party, post_code=vault.post_code,
                                post_name=vault.post_code, officer=vault.officer,
                                printed_at=datetime.now().astimezone(), lang=lang)
            pdf = render_recovery(self.state.recovery_key, session.ref, ctx,
                                  vault_id=vault.vault_id)
        except Exception as err:
            show_error(self, err)
            return
        if print_pdf(self, pdf, self.tr("Recovery sheet"), secret=True,
                     run_dialog=self.run_print_dialog, confirm_file=self.confirm_print_to_file):
            with ops.locked(session), vault.audited("print",
                                                    detail={"document": "recovery_sheet"}):
                pass
