"""Where a letter to the partner is written: a stick from the list or a folder (the export
destination chooser). Used to send the approved notice and to write a sent letter again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from shekara.services.drives import removable_drives
from shekara.ui import theme
from shekara.ui.i18n import fmt
from shekara.ui.widgets.destination import DestinationChooser, DriveLister


class LetterDestinationDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, again: str | None = None,
                 list_drives: DriveLister = removable_drives) -> None:
        super().__init__(parent)
        self.again = again  # the registration number of a letter written again
        self.setObjectName("letterDestinationDialog")
        self.setWindowIcon(theme.icon("export"))
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.chooser = DestinationChooser(self, list_drives=list_drives)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.chooser.changed.connect(lambda path: self.ok_button.setEnabled(path is not None))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.chooser, 1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(560, 340)

    def retranslate_ui(self) -> None:
        if self.again:
            self.setWindowTitle(self.tr("Write a letter again"))
            self.explain.setText(fmt(self.tr(
                "Letter %1 is written again, byte for byte the same, for the stick that was "
                "lost or damaged. Choose where."), self.again))
            self.ok_button.setText(self.tr("&Write again"))
        else:
            self.setWindowTitle(self.tr("Send to the partner"))
            self.explain.setText(self.tr(
                "The approved notice is sealed into one signed, encrypted letter for the "
                "partner, given its registration number and entered in the disclosure "
                "register. Choose the stick or folder it is written to."))
            self.ok_button.setText(self.tr("&Send"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def directory(self) -> Path | None:
        return self.chooser.directory()
