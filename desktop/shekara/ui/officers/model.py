"""The officers table: who may open the vault, with which role, added when and by whom."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from shekara.domain.reference import ReferenceData
from shekara.ui.i18n import current_language, format_stamp
from shekara.vault.vault import Officer

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    LOGIN = 0
    ROLE = 1
    ADDED = 2
    ADDED_BY = 3


HEADERS = {
    Column.LOGIN: QT_TRANSLATE_NOOP("OfficerTableModel", "Login"),
    Column.ROLE: QT_TRANSLATE_NOOP("OfficerTableModel", "Role"),
    Column.ADDED: QT_TRANSLATE_NOOP("OfficerTableModel", "Added"),
    Column.ADDED_BY: QT_TRANSLATE_NOOP("OfficerTableModel", "Added by"),
}


class OfficerTableModel(QAbstractTableModel):
    ObjectRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, ref: ReferenceData, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ref = ref
        self._rows: list[Officer] = []

    def set_officers(self, officers: Sequence[Officer]) -> None:
        self.beginResetModel()
        self._rows = list(officers)
        self.endResetModel()

    def clear(self) -> None:
        self.set_officers([])

    def officer_at(self, row: int) -> Officer | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(Column) - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(Column)):
            return QCoreApplication.translate("OfficerTableModel", str(HEADERS[Column(section)]))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(Column):
            return None
        officer = self._rows[index.row()]
        column = Column(index.column())
        if role == self.ObjectRole:
            return officer
        if role == self.SortRole:
            return {Column.LOGIN: officer.login, Column.ROLE: officer.role,
                    Column.ADDED: officer.added_at,
                    Column.ADDED_BY: officer.added_by or ""}[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.LOGIN:
                return officer.login
            if column == Column.ROLE:
                return self._ref.label("officer_role", officer.role, current_language())
            if column == Column.ADDED:
                return format_stamp(officer.added_at)
            return officer.added_by or "—"
        return None
