"""The table behind the version view: one row per field, the older and the newer value."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from shekara.domain import text_rules
from shekara.ui.review.diff import ADDED, CHANGED, EMPTY_LIST, REMOVED, DiffRow
from shekara.ui.widgets.table_model import RowTableModel

CHANGE_ROLE = Qt.ItemDataRole.UserRole + 3  # past the base's object and sort roles

CHANGE_COLOURS = {CHANGED: "#fff3c4", ADDED: "#d7f5dd", REMOVED: "#fadbd8"}


class Column(IntEnum):
    FIELD = 0
    OLD = 1
    NEW = 2


HEADERS = {
    Column.FIELD: QT_TRANSLATE_NOOP("VersionDiff", "Field"),
    Column.OLD: QT_TRANSLATE_NOOP("VersionDiff", "Before"),
    Column.NEW: QT_TRANSLATE_NOOP("VersionDiff", "After"),
}
CHANGE_NAMES = {
    CHANGED: QT_TRANSLATE_NOOP("VersionDiff", "changed"),
    ADDED: QT_TRANSLATE_NOOP("VersionDiff", "added"),
    REMOVED: QT_TRANSLATE_NOOP("VersionDiff", "removed"),
}


# A non-empty value in words, given its path (review/field_names.py); None: as stored.
ValueWords = Callable[[str, Any], "str | None"]


def as_stored(_path: str, _value: Any) -> str | None:
    return None


def shown_value(value: Any, path: str = "", words: ValueWords = as_stored) -> str:
    if value is None or value == "":
        return "—"
    if value is EMPTY_LIST or value == {}:
        return QCoreApplication.translate("VersionDiff", "(none)")
    said = words(path, value)
    if said is not None:
        return said
    if isinstance(value, bool):
        return (QCoreApplication.translate("VersionDiff", "yes") if value
                else QCoreApplication.translate("VersionDiff", "no"))
    if isinstance(value, str):
        return text_rules.shown(value)  # a reviewer must see a stored bidi override as such
    return text_rules.shown(json.dumps(value, ensure_ascii=False))


class DiffTableModel(RowTableModel[DiffRow, Column]):
    """Rows are never sorted: the order is the record's field order."""

    columns = Column
    headers = HEADERS
    context = "VersionDiff"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._titles = {Column.OLD: "", Column.NEW: ""}
        self._name: Callable[[str], str] = str
        self._words: ValueWords = as_stored

    def set_rows(self, rows: Iterable[DiffRow], *, old_title: str = "",
                 new_title: str = "", name: Callable[[str], str] = str,
                 words: ValueWords = as_stored) -> None:
        """`name` gives a field's name from its path and `words` a value's text (the editor's
        labels and reference data: field_names.py); without them, paths and values as stored."""
        self._titles = {Column.OLD: old_title, Column.NEW: new_title}
        self._name = name
        self._words = words
        super().set_rows(rows)

    def row(self, index: int) -> DiffRow:
        return self._rows[index]

    def header_text(self, column: Column) -> str:
        return self._titles.get(column) or super().header_text(column)

    def display(self, row: DiffRow, column: Column) -> str:
        if column == Column.FIELD:
            return self._name(row.path)
        return shown_value(row.old if column == Column.OLD else row.new, row.path, self._words)

    def role_data(self, row: DiffRow, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self.display(row, column)
            name = CHANGE_NAMES.get(row.change)
            return f"{text} ({QCoreApplication.translate('VersionDiff', str(name))})" \
                if name else text
        if role == Qt.ItemDataRole.BackgroundRole and row.change in CHANGE_COLOURS:
            return QBrush(QColor(CHANGE_COLOURS[row.change]))
        if role == Qt.ItemDataRole.ForegroundRole and row.change in CHANGE_COLOURS:
            return QBrush(QColor("#202020"))
        if role == Qt.ItemDataRole.FontRole and row.change == REMOVED \
                and column == Column.OLD:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == CHANGE_ROLE:
            return row.change
        return None
