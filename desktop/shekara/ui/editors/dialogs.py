"""Small questions the editors and the review ask: a required reason or comment, and what to
do with unsaved changes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from shekara.ui.editors.fields import translate


class TextQuestionDialog(QDialog):
    """Asks for a text that must not be empty (a correction's reason, a send-back comment)."""

    def __init__(self, title: str, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(question, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(question)
        label.setBuddy(self.edit)
        layout.addWidget(self.edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(self._enable)
        self._enable()
        self.resize(480, 220)

    def _enable(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.edit.toPlainText().strip()))

    def text(self) -> str:
        return self.edit.toPlainText().strip()


def ask_text(parent: QWidget | None, title: str, question: str) -> str | None:
    dialog = TextQuestionDialog(title, question, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.text() or None


def ask_correction_reason(parent: QWidget | None) -> str | None:
    return ask_text(parent, translate("RecordEditor", "Reason for the correction"),
                    translate("RecordEditor", "This record was approved: saving makes a new "
                              "version. Why is it corrected? (required)"))


def ask_unsaved(parent: QWidget | None) -> str:
    """"save", "discard" or "cancel"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("RecordEditor", "Unsaved changes"))
    box.setText(translate("RecordEditor", "This record has changes that are not saved."))
    box.setInformativeText(translate("RecordEditor", "Save them now?"))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"
