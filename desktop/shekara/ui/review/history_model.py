"""The list of a record's versions in its history: one row per version, oldest first, as
`shekara record show ID --history` lists them (number, status, who wrote it and when, who
approved it and when, the reason of a correction or withdrawal)."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt

from shekara.ui.i18n import fmt, format_stamp
from shekara.ui.review.text import translate
from shekara.ui.widgets.table_model import RowTableModel
from shekara.vault.records import StoredVersion


class HistoryColumn(IntEnum):
    VERSION = 0
    STATUS = 1
    CREATED = 2
    APPROVED = 3
    REASON = 4


HEADERS = {
    HistoryColumn.VERSION: QT_TRANSLATE_NOOP("RecordHistory", "Version"),
    HistoryColumn.STATUS: QT_TRANSLATE_NOOP("RecordHistory", "Status"),
    HistoryColumn.CREATED: QT_TRANSLATE_NOOP("RecordHistory", "Written by"),
    HistoryColumn.APPROVED: QT_TRANSLATE_NOOP("RecordHistory", "Approved by"),
    HistoryColumn.REASON: QT_TRANSLATE_NOOP("RecordHistory", "Reason"),
}


def who_and_when(who: str | None, at: str | None) -> str:
    if not who:
        return "—"
    return fmt(translate("RecordHistory", "%1, %2"), who, format_stamp(at)) if at else who


class VersionListModel(RowTableModel[StoredVersion, HistoryColumn]):
    """Rows are never sorted: a record's history reads in the order it was written."""

    columns = HistoryColumn
    headers = HEADERS
    context = "RecordHistory"

    def __init__(self, status_label: Callable[[str], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status_label = status_label  # the status code in words (reference data)

    def row_of(self, version: int) -> int:
        """The row showing `version`, or -1."""
        return next((i for i, v in enumerate(self._rows) if v.version == version), -1)

    def display(self, row: StoredVersion, column: HistoryColumn) -> str:
        if column == HistoryColumn.VERSION:
            return str(row.version)
        if column == HistoryColumn.STATUS:
            return self.status_label(row.status)
        if column == HistoryColumn.CREATED:
            return who_and_when(row.created_by, row.created_at)
        if column == HistoryColumn.APPROVED:
            return who_and_when(row.approved_by, row.approved_at)
        return row.reason or ""

    def role_data(self, row: StoredVersion, column: HistoryColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == HistoryColumn.VERSION:
                # What `record show --history` prints as well: HQ compares it with the post's.
                return fmt(translate("RecordHistory", "Content hash: %1"), row.content_hash)
            if column == HistoryColumn.CREATED and row.updated_at and \
                    row.updated_at != row.created_at:
                return fmt(translate("RecordHistory", "%1; last changed %2"),
                           self.display(row, column), format_stamp(row.updated_at))
            return self.display(row, column) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return fmt(translate("RecordHistory", "%1: %2"), self.header_text(column),
                       self.display(row, column) or "—")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == HistoryColumn.VERSION:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
