"""`RowTableModel`: the one base of the app's flat tables (officers, audit log, posts, post keys,
import outcomes, version diff): a list of row objects shown as columns of an IntEnum.

A subclass names its `columns` (an IntEnum), its `headers` (source texts marked with
QT_TRANSLATE_NOOP in `context`, which stays the class name so the catalogs keep applying), and
says how a cell reads through `display`, how it sorts through `sort_value`, and what any other
role shows through `role_data`. Rows come in with `set_rows` (a reset) or `append_rows`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from enum import IntEnum
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

AnyIndex = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
Col = TypeVar("Col", bound=IntEnum)


class RowTableModel(QAbstractTableModel, Generic[Row, Col]):
    ObjectRole = Qt.ItemDataRole.UserRole + 1  # the row object itself
    SortRole = Qt.ItemDataRole.UserRole + 2  # what a QSortFilterProxyModel compares

    columns: ClassVar[type[IntEnum]]
    headers: ClassVar[Mapping[Any, object]]  # column -> source text (QT_TRANSLATE_NOOP)
    context: ClassVar[str]  # the translation context of `headers`

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    # --- rows -------------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[Row]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        """After a language switch: headers and cells read again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.columns) - 1))

    # --- hooks ------------------------------------------------------------------------------
    def header_text(self, column: Col) -> str:
        return QCoreApplication.translate(self.context, str(self.headers[column]))

    def display(self, row: Row, column: Col) -> Any:
        raise NotImplementedError

    def sort_value(self, row: Row, column: Col) -> Any:
        return self.display(row, column)

    def role_data(self, row: Row, column: Col, role: int) -> Any:
        """Any role but display, sort and object (tooltips, colours, icons…)."""
        return None

    # --- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return self.header_text(self.columns(section))  # type: ignore[arg-type]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        row = self._rows[index.row()]
        column: Col = self.columns(index.column())  # type: ignore[assignment]
        if role == self.ObjectRole:
            return row
        if role == self.SortRole:
            return self.sort_value(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        return self.role_data(row, column, role)
