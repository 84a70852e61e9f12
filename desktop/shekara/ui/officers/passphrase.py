"""Change your own passphrase: the current one (checked by opening the vault with it), then the
new one twice with its strength. Both key derivations run off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.errors import error_sentence
from shekara.ui.theme import ERROR_STYLE
from shekara.ui.widgets.labels import align_label_columns
from shekara.ui.widgets.strength_meter import PassphrasePair
from shekara.vault.vault import Vault


def change_passphrase(session: Session, current: str, new: str) -> None:
    """Check `current` against the officer's own key slot, then write the new slot."""
    vault = session.vault
    Vault.open(vault.directory, vault.officer, current).lock()
    vault.change_passphrase(vault.officer, new)


class ChangePassphraseDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("changePassphraseDialog")
        self.current_edit = QLineEdit()
        self.current_edit.setObjectName("currentPassphrase")
        self.current_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.current_label = QLabel()
        self.current_label.setBuddy(self.current_edit)
        self.pair = PassphrasePair()
        self.message = QLabel()
        self.message.setObjectName("changePassphraseMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.current_label, self.current_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pair)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.current_edit.textChanged.connect(self._changed)
        self.pair.changed.connect(self._changed)
        self.retranslate_ui()
        theme.fit_to_contents(self, 520)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Change my passphrase"))
        self.current_label.setText(self.tr("&Current passphrase:"))
        self.current_edit.setAccessibleName(self.tr("Current passphrase"))
        self.pair.retranslate_ui()  # its labels first: then the columns are measured
        align_label_columns(self.current_label, self.pair.first_label, self.pair.second_label,
                            self.pair.strength_label)
        self._changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _changed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.current_edit.text()) and self.pair.acceptable())
        if self.current_edit.text():
            self.message.setStyleSheet("")
            self.message.setText(self.pair.problem())

    def submit(self) -> None:
        current = self.current_edit.text()
        new = self.pair.passphrase()
        self.buttons.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Changing the passphrase…"))
        session = self.session
        ops.run(self, lambda _progress: change_passphrase(session, current, new),
                session=session, on_done=self._done, on_error=self._failed)

    def _done(self, _result: object) -> None:
        self.current_edit.clear()
        self.pair.clear()
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, err: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.current_edit.clear()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_sentence(err))
