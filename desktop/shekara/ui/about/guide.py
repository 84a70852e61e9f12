"""The user guide: a short page on the everyday work and the keys that do it."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.text = QTextBrowser()
        self.text.setObjectName("guideText")
        self.text.setOpenExternalLinks(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(680, 560)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Shekara — user guide"))
        self.text.setAccessibleName(self.tr("User guide"))
        sections = [
            ("<h2>" + self.tr("Everyday work") + "</h2>"),
            "<p>" + self.tr("Press Ctrl+N to record a new fact, choose its kind, and type. What "
                            "you type is saved as a draft every few seconds: if the power goes, "
                            "the draft is there when you unlock again.") + "</p>",
            "<p>" + self.tr("A supervisor approves drafts. The person who wrote a version cannot "
                            "approve it. A correction after approval is a new version with a "
                            "reason; records are withdrawn, never deleted.") + "</p>",
            "<p>" + self.tr("Search (Ctrl+F) finds names in Cyrillic or Latin letters, document "
                            "numbers, places and substances, as you type. The filters narrow "
                            "the list by kind, status, dates, citizenship and whether the record "
                            "qualifies under the Agreement.") + "</p>",
            ("<h2>" + self.tr("Keeping the vault safe") + "</h2>"),
            "<p>" + self.tr("Lock the vault with Ctrl+L when you leave the computer. It also "
                            "locks by itself after some minutes without use and when the "
                            "computer is locked.") + "</p>",
            "<p>" + self.tr("Never write a passphrase where others can read it. The recovery "
                            "sheet belongs in the post's safe.") + "</p>",
            ("<h2>" + self.tr("Keys") + "</h2>"),
            "<table cellpadding='3'>" + "".join(
                f"<tr><td><b>{key}</b></td><td>{what}</td></tr>" for key, what in (
                    ("Ctrl+N", self.tr("new record")),
                    ("Ctrl+S", self.tr("save the record")),
                    ("Ctrl+F", self.tr("search")),
                    ("F5", self.tr("refresh the list")),
                    ("Enter", self.tr("open the selected record")),
                    ("Ctrl+L", self.tr("lock the vault")),
                    ("Ctrl+P", self.tr("print")),
                    ("Ctrl++ / Ctrl+-", self.tr("larger or smaller text")),
                    ("F1", self.tr("this guide")),
                    ("Ctrl+Q", self.tr("quit")),
                )) + "</table>",
        ]
        self.text.setHtml("".join(sections))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
