"""One row per packet file HQ tried to import: imported, duplicate, held (with the missing
numbers), fork quarantined, or refused with its reason."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from shekara.services.hq import ImportOutcome
from shekara.ui import theme
from shekara.ui.i18n import fmt
from shekara.ui.messages import translated
from shekara.ui.widgets.reasons import REASONS, ranges, reason_text
from shekara.ui.widgets.table_model import RowTableModel

CONTEXT = "ImportOutcomeTableModel"


class Column(IntEnum):
    FILE = 0
    POST = 1
    PACKET = 2
    OUTCOME = 3
    DETAILS = 4


HEADERS = {
    Column.FILE: QT_TRANSLATE_NOOP("ImportOutcomeTableModel", "File"),
    Column.POST: QT_TRANSLATE_NOOP("ImportOutcomeTableModel", "Post"),
    Column.PACKET: QT_TRANSLATE_NOOP("ImportOutcomeTableModel", "Packet"),
    Column.OUTCOME: QT_TRANSLATE_NOOP("ImportOutcomeTableModel", "Outcome"),
    Column.DETAILS: QT_TRANSLATE_NOOP("ImportOutcomeTableModel", "Details"),
}
STATUSES = {
    "imported": QT_TRANSLATE_NOOP("ImportOutcomeTableModel", "imported"),
    "duplicate": QT_TRANSLATE_NOOP("ImportOutcomeTableModel", "duplicate"),
    "held": QT_TRANSLATE_NOOP("ImportOutcomeTableModel", "held"),
    "fork": QT_TRANSLATE_NOOP("ImportOutcomeTableModel", "fork quarantined"),
    "refused": QT_TRANSLATE_NOOP("ImportOutcomeTableModel", "refused"),
}
TROUBLE = QColor("#B00020")
CAUTION = QColor("#8A5300")


def _tr(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP in this context."""
    return QCoreApplication.translate(CONTEXT, text)


def status_text(status: str) -> str:
    source = STATUSES.get(status)
    return _tr(str(source)) if source is not None else status


class ImportOutcomeTableModel(RowTableModel[ImportOutcome, Column]):
    columns = Column
    headers = HEADERS
    context = CONTEXT

    def sort_value(self, outcome: ImportOutcome, column: Column) -> Any:
        return {Column.FILE: outcome.file, Column.POST: outcome.post or "",
                Column.PACKET: outcome.seq or 0, Column.OUTCOME: outcome.status,
                Column.DETAILS: outcome.msgid}[column]

    def role_data(self, outcome: ImportOutcome, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.OUTCOME, Column.DETAILS):
            # The service's own words (English), for the analyst who reports a problem.
            return str(outcome.message) if outcome.message else None
        if role == Qt.ItemDataRole.DecorationRole and column == Column.OUTCOME:
            return theme.icon("ok" if outcome.ok else "warning")
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.OUTCOME:
            if outcome.status in ("fork", "refused"):
                return QBrush(TROUBLE)
            if outcome.status == "held" or outcome.problems:
                return QBrush(CAUTION)
        return None

    def display(self, outcome: ImportOutcome, column: Column) -> str:
        if column == Column.FILE:
            return outcome.file
        if column == Column.POST:
            return outcome.post or "—"
        if column == Column.PACKET:
            return str(outcome.seq) if outcome.seq is not None else "—"
        if column == Column.OUTCOME:
            return status_text(outcome.status)
        return self.details(outcome)

    def details(self, outcome: ImportOutcome) -> str:
        """What happened to one file, in the UI language."""
        if outcome.status == "imported":
            text = self.tr("%n record version(s) imported", "", outcome.records)
            if outcome.duplicates:
                text += "; " + self.tr("%n already held", "", outcome.duplicates)
            if outcome.applied:
                text += "; " + fmt(self.tr("then held packet(s) %1 applied (%2 record "
                                           "versions)"),
                                   ranges(outcome.applied), outcome.applied_records)
        elif outcome.status == "duplicate":
            text = self.tr("already received; nothing changed")
        elif outcome.status == "held":
            text = fmt(self.tr("waits for the missing packet(s) %1"), ranges(outcome.gaps))
        elif outcome.status == "fork":
            text = self.tr("another packet with this number, or one that does not follow the "
                           "last imported: kept apart for checking")
        elif outcome.msgid in REASONS or outcome.message is None:
            text = reason_text(outcome.msgid)
        else:  # a refusal without a short name: the service's whole sentence
            text = translated(outcome.message, "errors")
        if outcome.problems:
            text += "; " + self.tr("warning:") + " " + "; ".join(
                translated(problem) for problem in outcome.problems)
        return text
