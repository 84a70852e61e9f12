"""The table behind the version view: one row per field, the older and the newer value."""

from __future__ import annotations

import json
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from shekara.domain import text_rules
from shekara.ui.review.diff import ADDED, CHANGED, EMPTY_LIST, REMOVED, DiffRow

_Index = QModelIndex | QPersistentModelIndex
CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1

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


def shown_value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if value is EMPTY_LIST or value == {}:
        return QCoreApplication.translate("VersionDiff", "(none)")
    if isinstance(value, bool):
        return (QCoreApplication.translate("VersionDiff", "yes") if value
                else QCoreApplication.translate("VersionDiff", "no"))
    if isinstance(value, str):
        return text_rules.shown(value)  # a reviewer must see a stored bidi override as such
    return text_rules.shown(json.dumps(value, ensure_ascii=False))


class DiffTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DiffRow] = []
        self.headers = {column: str(HEADERS[column]) for column in Column}

    def set_rows(self, rows: list[DiffRow], *, old_title: str = "", new_title: str = "") -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.headers = {
            Column.FIELD: QCoreApplication.translate("VersionDiff", str(HEADERS[Column.FIELD])),
            Column.OLD: old_title or QCoreApplication.translate("VersionDiff",
                                                                str(HEADERS[Column.OLD])),
            Column.NEW: new_title or QCoreApplication.translate("VersionDiff",
                                                                str(HEADERS[Column.NEW])),
        }
        self.endResetModel()

    def row(self, index: int) -> DiffRow:
        return self._rows[index]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == Column.FIELD:
                return row.path
            return shown_value(row.old if column == Column.OLD else row.new)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = shown_value(row.old if column == Column.OLD else row.new) \
                if column != Column.FIELD else row.path
            name = CHANGE_NAMES.get(row.change)
            return f"{text} ({QCoreApplication.translate('VersionDiff', str(name))})" \
                if name else text
        if role == Qt.ItemDataRole.BackgroundRole and row.change in CHANGE_COLOURS:
            return QBrush(QColor(CHANGE_COLOURS[row.change]))
        if role == Qt.ItemDataRole.ForegroundRole and row.change in CHANGE_COLOURS:
            return QBrush(QColor("#202020"))
        if role == Qt.ItemDataRole.FontRole and row.change == REMOVED \
                and column == Column.OLD:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == CHANGE_ROLE:
            return row.change
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(Column):
            return self.headers[Column(section)]
        return None
