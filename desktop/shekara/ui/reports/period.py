"""Ask for a period (from, to) before a period summary is printed: this month by default."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QWidget


class PeriodDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("periodDialog")
        self.setWindowTitle(self.tr("Period summary"))
        day = today or date.today()
        self.start = QDateEdit(QDate(day.year, day.month, 1), self)
        self.end = QDateEdit(QDate(day.year, day.month, day.day), self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        form = QFormLayout(self)
        form.addRow(self.tr("&From:"), self.start)
        form.addRow(self.tr("&To:"), self.end)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, parent=self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.start.dateChanged.connect(self._keep_order)

    def _keep_order(self, start: QDate) -> None:
        if self.end.date() < start:
            self.end.setDate(start)

    def period(self) -> tuple[date, date]:
        start, end = self.start.date(), self.end.date()
        return (date(start.year(), start.month(), start.day()),
                date(end.year(), end.month(), end.day()))
