"""The review queue's table: drafts waiting, newest change first, sent-back comments shown."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from shekara.domain import text_rules
from shekara.domain.reference import ReferenceData
from shekara.services.review import QueuedDraft
from shekara.ui.i18n import current_language, fmt, format_stamp
from shekara.ui.review.text import translate
from shekara.ui.widgets.table_model import RowTableModel


class QueueColumn(IntEnum):
    CHANGED = 0
    KIND = 1
    SUMMARY = 2
    CITIZENSHIP = 3
    VERSION = 4
    AUTHOR = 5
    SENT_BACK = 6


HEADERS = {
    QueueColumn.CHANGED: QT_TRANSLATE_NOOP("ReviewQueue", "Last change"),
    QueueColumn.KIND: QT_TRANSLATE_NOOP("ReviewQueue", "Kind"),
    QueueColumn.SUMMARY: QT_TRANSLATE_NOOP("ReviewQueue", "Persons or summary"),
    QueueColumn.CITIZENSHIP: QT_TRANSLATE_NOOP("ReviewQueue", "Citizenship"),
    QueueColumn.VERSION: QT_TRANSLATE_NOOP("ReviewQueue", "Version"),
    QueueColumn.AUTHOR: QT_TRANSLATE_NOOP("ReviewQueue", "Written by"),
    QueueColumn.SENT_BACK: QT_TRANSLATE_NOOP("ReviewQueue", "Sent back"),
}
SENT_BACK_COLOUR = "#9A5B00"


class ReviewQueueModel(RowTableModel[QueuedDraft, QueueColumn]):
    columns = QueueColumn
    headers = HEADERS
    context = "ReviewQueue"

    def __init__(self, ref: ReferenceData, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ref = ref
        self._lang = current_language()

    def retranslate(self) -> None:
        self._lang = current_language()
        super().retranslate()

    def row_of(self, record_id: str) -> int:
        return next((i for i, item in enumerate(self._rows) if item.record.id == record_id), -1)

    def display(self, row: QueuedDraft, column: QueueColumn) -> str:
        item, lang, ref = row.record, self._lang, self._ref
        if column == QueueColumn.CHANGED:
            return format_stamp(item.updated_at)
        if column == QueueColumn.KIND:
            return ref.label("kind", item.kind, lang)
        if column == QueueColumn.SUMMARY:
            return text_rules.shown(item.title)
        if column == QueueColumn.CITIZENSHIP:
            return ", ".join(ref.country_name(c, lang) for c in item.citizenships)
        if column == QueueColumn.VERSION:
            if row.is_correction:
                return fmt(translate("ReviewQueue", "%1 (correction)"), item.version)
            return str(item.version)
        if column == QueueColumn.AUTHOR:
            return item.created_by
        note = row.sent_back
        if note is None:
            return ""
        return fmt(translate("ReviewQueue", "%1: %2"), note.by, text_rules.shown(note.comment))

    def role_data(self, row: QueuedDraft, column: QueueColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display(row, column) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == QueueColumn.SENT_BACK:
            return QBrush(QColor(SENT_BACK_COLOUR))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.display(row, column) or translate("ReviewQueue", "empty")
        return None
