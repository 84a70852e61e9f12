"""First run: the setup wizard.

1. Installation: post or HQ, the Party, the post (or HQ) code.
2. First supervisor: login and passphrase twice with a strength meter. "Create" commits.
3. The vault is created off the GUI thread (`Vault.create`, then the packet keys with
   `services.keys.create_own_keys`); the recovery key is shown ONCE and the wizard goes on only
   when "I have written it down or printed it" is ticked; the recovery sheet can be printed.
4. At a post: HQ's public keys file may be imported now (or later).
The wizard ends with the new vault open: `vault_ready(session)`.

A laptop that replaces a lost or broken one starts here too: "Restore from a backup…" on the
first page brings the post's backup back instead (`restored(Restored)`), then it is unlocked.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QWidget, QWizard

from shekara.ui.context import UiContext
from shekara.ui.setup.hq_keys import HqKeysPage
from shekara.ui.setup.pages import InstallationPage, SupervisorPage
from shekara.ui.setup.recovery import RecoveryPage
from shekara.ui.setup.state import SetupState

PAGE_INSTALLATION, PAGE_SUPERVISOR, PAGE_RECOVERY, PAGE_HQ_KEYS = range(4)


class SetupWizard(QWizard):
    vault_ready = Signal(object)  # the open Session of the new vault
    restored = Signal(object)  # services.backups.Restored: a backup brought back instead

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.state = SetupState(context)
        self.setObjectName("setupWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.installation = InstallationPage(context)
        self.supervisor = SupervisorPage()
        self.recovery = RecoveryPage(self.state)
        self.recovery.created.connect(self._vault_created)
        self.hq_keys = HqKeysPage(self.state)
        self.setPage(PAGE_INSTALLATION, self.installation)
        self.setPage(PAGE_SUPERVISOR, self.supervisor)
        self.setPage(PAGE_RECOVERY, self.recovery)
        self.setPage(PAGE_HQ_KEYS, self.hq_keys)
        self.restore_dialog: QDialog | None = None
        self.customButtonClicked.connect(lambda _which: self.open_restore())
        self.currentIdChanged.connect(self._first_page_only)
        self._first_page_only(PAGE_INSTALLATION)
        self.retranslate_ui()
        self.resize(720, 560)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Shekara — first start"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create the vault"))
        self.setButtonText(QWizard.WizardButton.CustomButton1,
                           self.tr("&Restore from a backup…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _first_page_only(self, page_id: int) -> None:
        """Restoring replaces making a vault: offered before anything is made."""
        self.setOption(QWizard.WizardOption.HaveCustomButton1, page_id == PAGE_INSTALLATION)

    def open_restore(self) -> QDialog:
        from shekara.ui.backup.dialogs import RestoreDialog

        dialog = RestoreDialog(self.context.vault_dir, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self.restored.emit)
        self.restore_dialog = dialog
        dialog.open()
        return dialog

    def nextId(self) -> int:
        current = self.currentId()
        if current == PAGE_RECOVERY:
            return PAGE_HQ_KEYS if self.installation.mode() == "post" else -1
        if current == PAGE_HQ_KEYS:
            return -1
        return super().nextId()

    # --- the state the pages share ----------------------------------------------------------
    def initializePage(self, page_id: int) -> None:
        if page_id == PAGE_RECOVERY:  # the commit: what the first two pages say is final
            self.state.settings = {
                "mode": self.installation.mode(), "party": self.installation.party(),
                "post_code": self.installation.post_code(), "officer": self.supervisor.login(),
                "passphrase": self.supervisor.passphrase()}
        super().initializePage(page_id)

    def _vault_created(self) -> None:
        self.state.settings = {}  # the passphrase goes with it
        self.supervisor.forget_passphrase()
        # From here the wizard can only go forward: the recovery key is never shown again.
        self.setOption(QWizard.WizardOption.NoCancelButton, True)

    def accept(self) -> None:
        session = self.state.session
        self.state.recovery_key = ""
        self.recovery.forget_key()
        super().accept()
        if session is not None:
            self.state.session = None
            self.vault_ready.emit(session)

    def reject(self) -> None:
        if self.state.session is not None:
            return  # the vault exists: finish the wizard (the recovery key page needs it)
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.state.session is not None:
            event.ignore()
            return
        super().closeEvent(event)
