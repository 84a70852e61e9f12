"""The paper check before a key is trusted: whose key it is, its fingerprint large enough to
compare group by group with the printed sheet, and an explicit "they are the same" before the
confirm button works."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from shekara.domain.reference import ReferenceData
from shekara.ui import theme
from shekara.ui.i18n import current_language, fmt
from shekara.ui.keys.files import KIND_PARTNER_ROTATION, KIND_ROTATION, KeyFile

PARTY_COUNTRY = {"KZ": "KAZ", "LT": "LTU"}


def fingerprint_lines(fingerprint: str) -> str:
    """"AB12 CD34 …" in two lines of five groups: the way the sheet prints it, easy to follow."""
    groups = fingerprint.split()
    return "\n".join(" ".join(groups[i:i + 5]) for i in range(0, len(groups), 5))


class FingerprintConfirmDialog(QDialog):
    def __init__(self, key: KeyFile, ref: ReferenceData, parent: QWidget | None = None, *,
                 replaces: str | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.ref = ref
        self.replaces = replaces  # the fingerprint now trusted, when this one would replace it
        self.setObjectName("fingerprintConfirmDialog")
        self.setWindowIcon(theme.icon("warning"))
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.code_name, self.code_value = QLabel(), QLabel()
        self.party_name, self.party_value = QLabel(), QLabel()
        self.print_name = QLabel()
        self.print_value = QLabel()
        self.print_value.setObjectName("fingerprint")
        self.print_value.setFont(theme.monospace_font(16))
        self.print_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.old_name, self.old_value = QLabel(), QLabel()
        self.old_value.setFont(theme.monospace_font())
        self.warning = QLabel()
        self.warning.setObjectName("replaceWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(theme.WARNING_STYLE)
        self.same = QCheckBox()
        self.same.setObjectName("fingerprintSame")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.confirm_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.confirm_button.setEnabled(False)
        self.same.toggled.connect(self.confirm_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.code_name, self.code_value)
        form.addRow(self.party_name, self.party_value)
        form.addRow(self.print_name, self.print_value)
        form.addRow(self.old_name, self.old_value)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.same)
        layout.addWidget(self.buttons)
        old = key.old_fingerprint or replaces
        self.old_name.setVisible(old is not None)
        self.old_value.setVisible(old is not None)
        self.old_value.setText(fingerprint_lines(old) if old else "")
        self.warning.setVisible(replaces is not None)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        key = self.key
        self.setWindowTitle(self.tr("Compare the fingerprint"))
        rotation = key.kind in (KIND_ROTATION, KIND_PARTNER_ROTATION)
        if key.kind == KIND_ROTATION:
            question = self.tr(
                "Post %1 replaces its key. The statement is checked against the key HQ "
                "holds; confirm to accept the new key.")
        elif key.kind == KIND_PARTNER_ROTATION:
            question = self.tr(
                "%1 replaces its keys. The statement is checked against the partner key "
                "trusted now, which vouches for the new one: no paper is needed. Confirm to "
                "trust the new key.")
        elif key.kind == "hq-keys":
            question = self.tr(
                "These are the public keys of %1. Compare the fingerprint below with the sheet "
                "HQ sent, group by group. Trust it only if every group is the same.")
        else:
            question = self.tr(
                "This is the enrollment file of post %1. Compare the fingerprint below with the "
                "post's printed enrollment sheet, group by group. Enroll it only if every "
                "group is the same.")
        self.question.setText(fmt(question, key.code))
        self.code_name.setText(self.tr("Code:"))
        self.code_value.setText(key.code)
        self.party_name.setText(self.tr("Party:"))
        self.party_value.setText(self.ref.country_name(PARTY_COUNTRY.get(key.party, key.party),
                                                       current_language()))
        self.print_name.setText(self.tr("New fingerprint:") if rotation
                                else self.tr("Fingerprint:"))
        self.print_value.setText(fingerprint_lines(key.fingerprint))
        self.print_value.setAccessibleName(self.tr("Fingerprint"))
        self.old_name.setText(self.tr("Replaces:"))
        self.warning.setText(self.tr(
            "This replaces the key trusted now: the old one is revoked and nothing signed "
            "with it is accepted any more. Do this only with a new sheet from HQ in hand."))
        self.same.setText(self.tr("Accept the new key of this post") if key.kind == KIND_ROTATION
                          else self.tr("Accept the partner's new key") if rotation
                          else self.tr("I compared every group with the printed sheet: they "
                                       "are the same"))
        self.confirm_button.setText(self.tr("&Trust this key")
                                    if key.kind in ("hq-keys", KIND_PARTNER_ROTATION)
                                    else self.tr("&Enroll"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
