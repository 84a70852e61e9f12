"""The posts' keys as HQ holds them: one row per key (a post has several after rotations)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from shekara.services.hq import PostStream
from shekara.ui import theme
from shekara.ui.widgets.key_states import key_state_text
from shekara.ui.widgets.table_model import RowTableModel

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


class PostKeysTableModel(RowTableModel[PostKey, Column]):
    columns = Column
    headers = HEADERS
    context = CONTEXT

    def sort_value(self, key: PostKey, column: Column) -> Any:
        return {Column.POST: key.post, Column.FINGERPRINT: key.fingerprint,
                Column.STATE: key.state, Column.LAST_SEQ: key.last_seq or 0}[column]

    def display(self, key: PostKey, column: Column) -> str:
        if column == Column.POST:
            return key.post
        if column == Column.FINGERPRINT:
            return key.fingerprint
        if column == Column.STATE:
            return key_state_text(key.state)
        return str(key.last_seq) if key.state == "rotated" and key.last_seq else "—"

    def role_data(self, key: PostKey, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and column == Column.FINGERPRINT:
            return theme.monospace_font()
        if role == Qt.ItemDataRole.ForegroundRole and key.state == "revoked":
            return QBrush(REVOKED)
        return None
