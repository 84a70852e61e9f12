"""Documents > Check a printed document…: paper against the vault, as `shekara report verify
TEXT` (services/report_verify.py). Every document Shekara prints carries a QR code and, under
it, the text the code holds; a scanner that types like a keyboard, or an officer copying the
text, puts it here. The screen says whether the paper matches what the vault holds now, an
earlier version, or nothing — the question a court, a lawyer or the other Party's officer asks
of a paper.

The verdict is said in the officer's language from the service's fields (its `reason` is the
command line's English). Checking a period summary counts the period again (seconds over a
year of a large HQ), so the check runs off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shekara.reports.catalog import CATALOG
from shekara.services.report_verify import Verdict, verify_text
from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.errors import error_sentence
from shekara.ui.exchange.texts import REQUEST_STATUSES, word
from shekara.ui.i18n import current_language, fmt
from shekara.ui.theme import ERROR_STYLE
from shekara.ui.widgets.labels import fit_to_wrapped_text, selectable_label

# The headline's colour for each match: the three answers must not be mistaken at a glance.
MATCH_STYLES = {
    "current": "color: #1B5E20; font-weight: bold;",
    "superseded": "color: #8A5300; font-weight: bold;",
    "none": "color: #B00020; font-weight: bold;",
}
# The verdict's document → the catalog key of the title printed on that paper.
TITLES = {"record": "incident.title", "request": "request.title", "refusal": "refusal.title",
          "summary": "summary.title", "transmittal": "transmittal.title",
          "enrollment": "enrollment.title"}


class VerifyDocumentDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.verdict: Verdict | None = None
        self._error: BaseException | None = None
        self._busy = False
        self.setObjectName("verifyDocumentDialog")
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.text_label = QLabel()
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("qrText")
        self.text_edit.setMaxLength(1000)
        self.text_edit.setFont(theme.monospace_font())
        self.text_label.setBuddy(self.text_edit)
        self.check_button = QPushButton()
        self.check_button.setObjectName("checkPaper")
        self.check_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.text_label)
        row.addWidget(self.text_edit, 1)
        row.addWidget(self.check_button)
        self.headline = QLabel()
        self.headline.setObjectName("verdictHeadline")
        self.headline.setWordWrap(True)
        self.detail = selectable_label("verdictDetail")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(row)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.text_edit.textChanged.connect(self._edited)
        self.text_edit.returnPressed.connect(self.check)
        self.check_button.clicked.connect(self.check)
        self.retranslate_ui()
        theme.fit_to_contents(self, 640)
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Check a printed document"))
        self.explain.setText(self.tr(
            "Every document Shekara prints has a QR code, with the text it holds printed beside "
            "it (it starts with SHK1:). Scan the code, or type the text, and press Check: the "
            "vault says whether the paper matches what it holds now."))
        self.text_label.setText(self.tr("&Text of the QR code:"))
        self.text_edit.setAccessibleName(self.tr("Text of the QR code"))
        self.text_edit.setPlaceholderText("SHK1:R:…")
        self.check_button.setText(self.tr("C&heck"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- the check -------------------------------------------------------------------------
    def _edited(self) -> None:
        self.verdict = None  # a verdict is about the text it was given, not the one typed now
        self._error = None
        self._show()

    def check(self) -> None:
        text = self.text_edit.text().strip()
        if not text or self._busy:
            return
        self._busy = True
        self._show()
        service = self.session.reports
        ops.run(self, lambda _progress: verify_text(service, text), session=self.session,
                on_done=self._checked, on_error=self._failed)

    def _checked(self, verdict: Verdict) -> None:
        self._busy = False
        self.verdict = verdict
        self._show()

    def _failed(self, err: BaseException) -> None:
        self._busy = False
        self._error = err
        self._show()

    def _show(self) -> None:
        self.check_button.setEnabled(not self._busy and bool(self.text_edit.text().strip()))
        self.text_edit.setReadOnly(self._busy)
        if self._busy:
            self.headline.setStyleSheet("")
            self.headline.setText(self.tr("Checking…"))
            self.detail.clear()
        elif self._error is not None:
            self.headline.setStyleSheet(ERROR_STYLE)
            self.headline.setText(error_sentence(self._error))
            self.detail.clear()
        elif self.verdict is not None:
            self.headline.setStyleSheet(MATCH_STYLES.get(self.verdict.match, ""))
            self.headline.setText(self.headline_text(self.verdict))
            self.detail.setText(self.detail_text(self.verdict))
        else:
            self.headline.clear()
            self.detail.clear()
        if self.isVisible():  # a verdict of several wrapped lines: grow, never cut it off
            fit_to_wrapped_text(self, self.width())

    # --- the verdict in words --------------------------------------------------------------
    def headline_text(self, verdict: Verdict) -> str:
        if verdict.match == "current":
            return self.tr("The paper matches the vault.")
        if verdict.match == "superseded":
            return self.tr("The paper matches an earlier version, not the one in force.")
        return self.tr("Nothing in this vault matches the paper.")

    @staticmethod
    def document_name(document: str) -> str:
        """The title printed on that kind of paper, in the screen's language: what the officer
        compares with the paper in hand."""
        entry = CATALOG.get(TITLES.get(document, ""))
        if entry is None:
            return document
        return entry.get(current_language()) or entry["en"]

    def _status(self, verdict: Verdict) -> str:
        status = verdict.current_status or ""
        if verdict.document == "record":
            return self.session.ref.label("status", status, current_language())
        return word(REQUEST_STATUSES, status)

    def detail_text(self, verdict: Verdict) -> str:
        """What the paper is and what the vault holds, in a few lines."""
        doc = verdict.document
        lines = [fmt(self.tr("Document: %1"), self.document_name(doc))]
        if doc in ("record", "request", "refusal") and verdict.id:
            lines.append(fmt(self.tr("%1, version %2 on the paper"), verdict.id,
                             verdict.version))
        elif doc == "transmittal" and verdict.id:
            lines.append(fmt(self.tr("Packet %1 of post %2"), verdict.version, verdict.id))
        elif doc == "enrollment" and verdict.id:
            lines.append(fmt(self.tr("Keys of %1"), verdict.id))
        lines.append(self._finding(verdict))
        if verdict.match == "none":
            lines.append(self.tr("It may be another vault's paper, a document changed after "
                                 "printing, or a forgery. Do not rely on it."))
        return "\n".join(lines)

    def _finding(self, verdict: Verdict) -> str:
        doc, match = verdict.document, verdict.match
        if doc in ("record", "request"):
            if match == "current":
                return fmt(self.tr("It is the version in force (%1)."), self._status(verdict))
            if match == "superseded":
                return fmt(self.tr("The version in force is %1 (%2): print it again."),
                           verdict.current_version, self._status(verdict))
            if verdict.current_version is None:
                return self.tr("This vault holds nothing with this id.")
            return self.tr("This vault holds it, but no version with this content.")
        if doc == "refusal":
            if match == "current":
                return self.tr("The refusal is recorded against the request as it stands.")
            if match == "superseded":
                return fmt(self.tr("The refusal is recorded, but the request has changed "
                                   "since: it is at version %1."), verdict.current_version)
            return self.tr("No refusal with this content is recorded in this vault.")
        if doc == "summary":
            return (self.tr("The vault counts the same records for this period.")
                    if match == "current" else
                    self.tr("The vault now counts other records for this period than the "
                            "ones printed."))
        if doc == "transmittal":
            hq = self.session.vault.mode == "hq"
            if match == "current":
                return (self.tr("This HQ received that packet, with this SHA-256.") if hq else
                        self.tr("This post exported that packet, with this SHA-256."))
            return (self.tr("This HQ received no such packet.") if hq else
                    self.tr("This post exported no such packet."))
        if match == "current":
            return self.tr("These are this installation's keys now.")
        if match == "superseded":
            return self.tr("These keys were replaced: the sheet is no longer valid.")
        return self.tr("These are not this installation's keys.")
