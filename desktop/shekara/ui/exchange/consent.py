"""HQ: recording the partner's written consent (Art. 10.2) to pass a received fact to a third
party — its registration number, the third party, the purpose and the letter itself (a scan or
a text file, kept encrypted in the vault). `shekara consent add` does the same; a supervisor
records it and it is audited."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shekara.services.session import Session
from shekara.ui.i18n import fmt
from shekara.ui.widgets.form_dialog import FormDialog


class ConsentDialog(FormDialog):
    def __init__(self, session: Session, fact_id: str, number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("consentDialog")
        self.fact_id, self.number = fact_id, number
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.registration = QLineEdit()
        self.registration.setObjectName("consentNumber")
        self.registration.setMaxLength(60)
        self.third_party = QLineEdit()
        self.third_party.setObjectName("consentThirdParty")
        self.third_party.setMaxLength(300)
        self.purpose = QLineEdit()
        self.purpose.setObjectName("consentPurpose")
        self.purpose.setMaxLength(500)
        self.document = QLineEdit()
        self.document.setObjectName("consentDocument")
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        ok.setEnabled(False)  # the letter is what the consent stands on: none, nothing to save
        self.document.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        self.browse = QPushButton()
        self.browse.setObjectName("consentBrowse")
        self.browse.clicked.connect(self.choose_document)
        document_row = QHBoxLayout()
        document_row.addWidget(self.document, 1)
        document_row.addWidget(self.browse)
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, widget in zip(self.labels, (self.registration, self.third_party,
                                               self.purpose, self.document), strict=True):
            label.setBuddy(widget)
            if widget is self.document:
                form.addRow(label, document_row)
            else:
                form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addStretch(1)  # the explanation stays on top, the buttons at the bottom
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(720, 300)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fmt(self.tr("Partner's consent for %1 (Art. 10.2)"), self.number))
        self.explain.setText(self.tr(
            "Information received from the partner goes to a third party only with its written "
            "consent. Record the consent letter as it came: its number, who may receive the "
            "fact and for what; the letter itself is kept, encrypted, in the vault."))
        for label, text in zip(self.labels, (
                self.tr("Consent letter &number:"), self.tr("&Third party:"),
                self.tr("&Purpose:"), self.tr("The &letter (scan or text):")), strict=True):
            label.setText(text)
        self.registration.setPlaceholderText(self.tr("as printed on it, e.g. HQ-LT/2026/000012"))
        self.browse.setText(self.tr("&Browse…"))

    def choose_document(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("The partner's consent letter"), "",
            self.tr("Scans and texts (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;"
                    "All files (*)"))
        if path:
            self.document.setText(path)

    def work(self) -> Callable[[], object]:
        received, fact_id = self.session.received, self.fact_id
        number, party, purpose = (self.registration.text(), self.third_party.text(),
                                  self.purpose.text())
        document = Path(self.document.text().strip())
        return lambda: received.add_consent(fact_id, registration_number=number,
                                            third_party=party, document=document,
                                            purpose=purpose)
