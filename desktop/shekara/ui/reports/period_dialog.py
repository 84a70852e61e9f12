"""Ask for the period of a summary: from the first of this month to today, by default."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QWidget


class PeriodDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("periodDialog")
        self.setWindowTitle(self.tr("Period summary"))
        today = QDate.currentDate()
        self.start = QDateEdit(QDate(today.year(), today.month(), 1), self)
        self.end = QDateEdit(today, self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        layout = QFormLayout(self)
        layout.addRow(self.tr("&From:"), self.start)
        layout.addRow(self.tr("&To:"), self.end)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def period(self) -> tuple[date, date]:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        return (start, end) if start <= end else (end, start)


def ask_period(parent: QWidget | None) -> tuple[date, date] | None:
    dialog = PeriodDialog(parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.period()
    finally:
        dialog.deleteLater()
