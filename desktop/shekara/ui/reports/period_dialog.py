"""Ask for the period of a summary: from the first of this month to today, by default; and, when
the Party has crossing points, which one (all of them by default), as `shekara report summary
--checkpoint CODE` does."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QWidget,
)

from shekara.domain.reference import ReferenceData

Period = tuple[date, date]
SummaryChoice = tuple[date, date, str | None]  # the period and a crossing point's code


def party_checkpoints(ref: ReferenceData, party: str, lang: str) -> list[tuple[str, str]]:
    """(code, "name (code)") of the Party's crossing points, by name in `lang`."""
    points = [(cp.code, f"{ref.checkpoint_name(cp.code, lang)} ({cp.code})")
              for cp in ref.checkpoints.values() if cp.party == party]
    return sorted(points, key=lambda point: point[1].casefold())


class PeriodDialog(QDialog):
    def __init__(self, parent: QWidget | None = None,
                 checkpoints: Sequence[tuple[str, str]] = ()) -> None:
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
        self.checkpoint = QComboBox(self)
        self.checkpoint.setObjectName("summaryCheckpoint")
        self.checkpoint.addItem(self.tr("all crossing points"), None)
        for code, shown in checkpoints:
            self.checkpoint.addItem(shown, code)
        if checkpoints:  # typing a name's first letters finds it (a plain combo's own search)
            layout.addRow(self.tr("Crossing &point:"), self.checkpoint)
        else:
            self.checkpoint.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def period(self) -> Period:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        return (start, end) if start <= end else (end, start)

    def chosen_checkpoint(self) -> str | None:
        code = self.checkpoint.currentData()
        return code if isinstance(code, str) else None


def ask_summary(parent: QWidget | None,
                checkpoints: Sequence[tuple[str, str]]) -> SummaryChoice | None:
    dialog = PeriodDialog(parent, checkpoints)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        start, end = dialog.period()
        return start, end, dialog.chosen_checkpoint()
    finally:
        dialog.deleteLater()
