"""The posts' keys as HQ holds them: one row per key (a post has several after rotations)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
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
from PySide6.QtGui import QBrush, QColor

from shekara.services.hq import PostStream
from shekara.ui import theme
from shekara.ui.hq.posts_model import key_state_text

AnyIndex = QModelIndex | QPersistentModelIndex
CONTEXT = "PostKeysTableModel"
REVOKED = QColor("#B00020")


@dataclass(frozen=True)
class PostKey:
    post: str
    fingerprint: str
    state: str  # active | rotated | revoked
    last_seq: int | None  # a rotated key signs packets only up to this number


def keys_of(streams: Sequence[PostStream]) -> list[PostKey]:
    return [PostKey(s.post, str(k.get("fingerprint", "")), str(k.get("state", "")),
                    k.get("last_seq")) for s in streams for k in s.keys]


class Column(IntEnum):
    POST = 0
    FINGERPRINT = 1
    STATE = 2
    LAST_SEQ = 3


HEADERS = {
    Column.POST: QT_TRANSLATE_NOOP("PostKeysTableModel", "Post"),
    Column.FINGERPRINT: QT_TRANSLATE_NOOP("PostKeysTableModel", "Fingerprint"),
    Column.STATE: QT_TRANSLATE_NOOP("PostKeysTableModel", "State"),
    Column.LAST_SEQ: QT_TRANSLATE_NOOP("PostKeysTableModel", "Signs packets up to"),
}


class PostKeysTableModel(QAbstractTableModel):
    ObjectRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PostKey] = []

    def set_keys(self, rows: Sequence[PostKey]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_keys([])

    def key_at(self, row: int) -> PostKey | None:
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
            return QCoreApplication.translate(CONTEXT, str(HEADERS[Column(section)]))
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
        key = self._rows[index.row()]
        column = Column(index.column())
        if role == self.ObjectRole:
            return key
        if role == self.SortRole:
            return {Column.POST: key.post, Column.FINGERPRINT: key.fingerprint,
                    Column.STATE: key.state, Column.LAST_SEQ: key.last_seq or 0}[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.POST:
                return key.post
            if column == Column.FINGERPRINT:
                return key.fingerprint
            if column == Column.STATE:
                return key_state_text(key.state)
            return str(key.last_seq) if key.state == "rotated" and key.last_seq else "—"
        if role == Qt.ItemDataRole.FontRole and column == Column.FINGERPRINT:
            return theme.monospace_font()
        if role == Qt.ItemDataRole.ForegroundRole and key.state == "revoked":
            return QBrush(REVOKED)
        return None
