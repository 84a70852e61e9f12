"""Recovery key… on the unlock screen: give an officer a new passphrase with the vault's
recovery key, as `shekara recover LOGIN` does (services/recovery.py). The recovery sheet in the
post's safe names this button; before it existed, a post whose every supervisor had forgotten
their passphrase needed a terminal.

The key is checked as it is typed — its 13 groups each end with a check letter, so a mistyped
group is named before any key derivation — and the try itself runs off the GUI thread (two
Argon2id derivations, about a second). There is no growing wait between wrong keys as there is
between wrong passphrases: a recovery key holds 256 random bits, so guessing is hopeless
anyway, and a supervisor copying 65 characters from paper should not be made to wait for a typo.
The new passphrase is cleared after every try; the key stays while the dialog is open, so that a
typo can be corrected, and is cleared when it closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from shekara.errors import AuthError
from shekara.services.recovery import recover_passphrase
from shekara.ui import ops, theme
from shekara.ui.errors import error_sentence
from shekara.ui.i18n import fmt
from shekara.ui.theme import ERROR_STYLE
from shekara.ui.widgets.labels import align_label_columns
from shekara.ui.widgets.strength_meter import PassphrasePair
from shekara.vault.keyslots import RECOVERY_GROUPS, parse_recovery_key

KEY_SEPARATORS = " -\n\t\r"


def typed_key_length(text: str) -> int:
    """How many of the key's letters and digits `text` holds (the sheet's dashes and any
    spaces do not count)."""
    return sum(1 for ch in text if ch not in KEY_SEPARATORS)


class RecoverPassphraseDialog(QDialog):
    """Officer, recovery key, new passphrase twice; Set the passphrase."""

    recovered = Signal(str)  # the login whose passphrase was set

    def __init__(self, vault_dir: Path, login: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_dir = vault_dir
        self._busy = False
        self._error: BaseException | None = None
        self.setObjectName("recoverPassphraseDialog")
        self.explain = QLabel()
        self.explain.setObjectName("recoverExplain")
        self.explain.setWordWrap(True)
        self.login_edit = QLineEdit(login)
        self.login_edit.setObjectName("recoverLogin")
        self.login_edit.setMaxLength(32)
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("recoveryKeyEdit")
        # Shown while typed (65 characters from paper), hidden once the field is left.
        self.key_edit.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.key_edit.setMaxLength(RECOVERY_GROUPS * 6 + 16)
        self.key_edit.setFont(theme.monospace_font())
        self.key_state = QLabel()
        self.key_state.setObjectName("recoveryKeyState")
        self.key_state.setWordWrap(True)
        # As wide as the key's field above it (a wrapped label in a form keeps its hint width).
        self.key_state.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.login_label = QLabel()
        self.login_label.setBuddy(self.login_edit)
        self.key_label = QLabel()
        self.key_label.setBuddy(self.key_edit)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.login_label, self.login_edit)
        form.addRow(self.key_label, self.key_edit)
        form.addRow("", self.key_state)
        self.pair = PassphrasePair()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(8)
        self.busy_bar.hide()
        self.message = QLabel()
        self.message.setObjectName("recoverMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.set_button = QPushButton()
        self.set_button.setObjectName("setPassphrase")
        self.set_button.setDefault(True)
        self.buttons.addButton(self.set_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.pair)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for edit in (self.login_edit, self.key_edit):
            edit.textChanged.connect(self._edited)
        self.pair.changed.connect(self._changed)
        self.retranslate_ui()
        theme.fit_to_contents(self, 560)
        (self.key_edit if login else self.login_edit).setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Set a passphrase with the recovery key"))
        self.explain.setText(self.tr(
            "When a passphrase is forgotten and no supervisor can give a new one (Admin > "
            "Officers…), the recovery key sets it. Take the recovery sheet from the post's "
            "safe and type its key. The change is written in the audit log. Afterwards seal "
            "the sheet in a new envelope."))
        self.login_label.setText(self.tr("&Officer:"))
        self.login_edit.setPlaceholderText(self.tr("the login whose passphrase is set"))
        self.login_edit.setAccessibleName(self.tr("Officer login"))
        self.key_label.setText(self.tr("Recovery &key:"))
        self.key_edit.setPlaceholderText("XXXXX-XXXXX-…")
        self.key_edit.setAccessibleName(self.tr("Recovery key"))
        self.set_button.setText(self.tr("&Set the passphrase"))
        self.pair.retranslate_ui()  # its labels first: then the columns are measured
        align_label_columns(self.login_label, self.key_label, self.pair.first_label,
                            self.pair.second_label, self.pair.strength_label)
        self._changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- state -----------------------------------------------------------------------------
    def key_problem(self) -> str | None:
        """None when the typed key is complete and every group's check letter is right; else
        what to tell the supervisor ("" while typing has not reached a whole key)."""
        typed = typed_key_length(self.key_edit.text())
        if typed < RECOVERY_GROUPS * 4 or RECOVERY_GROUPS * 4 < typed < RECOVERY_GROUPS * 5:
            return ""
        try:
            parse_recovery_key(self.key_edit.text())
        except AuthError as err:
            return error_sentence(err)
        return None

    def _edited(self) -> None:
        self._error = None  # the refusal was about what is being corrected now
        self._changed()

    def _changed(self) -> None:
        problem = self.key_problem()
        if problem is None:
            self.key_state.setStyleSheet("")
            self.key_state.setText(self.tr("The key is complete and every group checks out."))
        elif problem:
            self.key_state.setStyleSheet(ERROR_STYLE)
            self.key_state.setText(problem)
        else:
            self.key_state.setStyleSheet("")
            self.key_state.setText(fmt(self.tr("13 groups of five letters and digits, as "
                                               "printed on the recovery sheet (%1 of 65 typed)."),
                                       typed_key_length(self.key_edit.text())))
        ready = (not self._busy and bool(self.login_edit.text().strip()) and problem is None
                 and self.pair.acceptable())
        self.set_button.setEnabled(ready)
        for edit in (self.login_edit, self.key_edit):
            edit.setEnabled(not self._busy)
        self.pair.setEnabled(not self._busy)
        if self._busy:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Setting the passphrase…"))
        elif self._error is not None:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(error_sentence(self._error))
        else:
            self.message.setStyleSheet("")
            self.message.setText(self.pair.problem() if self.pair.first.text() else "")

    # --- the try ---------------------------------------------------------------------------
    def submit(self) -> None:
        if not self.set_button.isEnabled():
            return
        directory = self.vault_dir
        login = self.login_edit.text().strip()
        key = self.key_edit.text()
        new = self.pair.passphrase()
        self._busy = True
        self._error = None
        self.busy_bar.show()
        self._changed()
        ops.run(self, lambda _progress: recover_passphrase(directory, login, key, new),
                on_done=lambda _result: self._done(login), on_error=self._failed)

    def _done(self, login: str) -> None:
        self._busy = False
        self.busy_bar.hide()
        self.key_edit.clear()
        self.pair.clear()
        self.recovered.emit(login)
        self.accept()

    def _failed(self, err: BaseException) -> None:
        self._busy = False
        self.busy_bar.hide()
        self.pair.clear()
        self._error = err
        self._changed()
        self.key_edit.setFocus()

    def done(self, result: int) -> None:
        self.key_edit.clear()
        self.pair.clear()
        super().done(result)
