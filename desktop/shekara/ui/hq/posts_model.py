"""The posts overview at HQ: per post, what arrived and what is wrong (`services.hq.status`)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from shekara.services.hq import PostStream
from shekara.ui import theme
from shekara.ui.i18n import format_stamp
from shekara.ui.widgets.key_states import key_state_text
from shekara.ui.widgets.reasons import ranges
from shekara.ui.widgets.table_model import RowTableModel

CONTEXT = "PostsTableModel"


class Column(IntEnum):
    POST = 0
    THROUGH = 1
    RECORDS = 2
    LAST_IMPORT = 3
    GAPS = 4
    HELD = 5
    FORKS = 6
    REFUSALS = 7
    AUDIT_BREAKS = 8
    KEY = 9


HEADERS = {
    Column.POST: QT_TRANSLATE_NOOP("PostsTableModel", "Post"),
    Column.THROUGH: QT_TRANSLATE_NOOP("PostsTableModel", "Imported through"),
    Column.RECORDS: QT_TRANSLATE_NOOP("PostsTableModel", "Records"),
    Column.LAST_IMPORT: QT_TRANSLATE_NOOP("PostsTableModel", "Last import"),
    Column.GAPS: QT_TRANSLATE_NOOP("PostsTableModel", "Gaps"),
    Column.HELD: QT_TRANSLATE_NOOP("PostsTableModel", "Held"),
    Column.FORKS: QT_TRANSLATE_NOOP("PostsTableModel", "Forks"),
    Column.REFUSALS: QT_TRANSLATE_NOOP("PostsTableModel", "Refusals"),
    Column.AUDIT_BREAKS: QT_TRANSLATE_NOOP("PostsTableModel", "Audit breaks"),
    Column.KEY: QT_TRANSLATE_NOOP("PostsTableModel", "Key"),
}
TROUBLE = QColor("#B00020")


def current_key_state(stream: PostStream) -> str:
    """"active" if any key is active, else the last key's state; "" when none was enrolled."""
    states = [str(k.get("state", "")) for k in stream.keys]
    if "active" in states:
        return "active"
    return states[-1] if states else ""


def open_refusals(stream: PostStream) -> list[dict[str, Any]]:
    """Refusals not yet made good by a later import of the same packet number."""
    return [r for r in stream.refusals if not r.get("resolved")]


def troubled(stream: PostStream) -> bool:
    return bool(stream.gaps or stream.held or stream.forks or open_refusals(stream)
                or stream.audit_breaks or current_key_state(stream) != "active")


class PostsTableModel(RowTableModel[PostStream, Column]):
    columns = Column
    headers = HEADERS
    context = CONTEXT

    def row_of(self, post: str) -> int:
        for row, stream in enumerate(self._rows):
            if stream.post == post:
                return row
        return -1

    def role_data(self, stream: PostStream, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == Column.POST:
            return theme.icon("warning" if troubled(stream) else "ok")
        if role == Qt.ItemDataRole.ForegroundRole and self._is_trouble(stream, column):
            return QBrush(TROUBLE)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (
                Column.POST, Column.LAST_IMPORT, Column.KEY, Column.GAPS, Column.HELD):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _is_trouble(stream: PostStream, column: Column) -> bool:
        return {Column.GAPS: bool(stream.gaps), Column.HELD: bool(stream.held),
                Column.FORKS: bool(stream.forks), Column.REFUSALS: bool(open_refusals(stream)),
                Column.AUDIT_BREAKS: bool(stream.audit_breaks),
                Column.KEY: current_key_state(stream) != "active"}.get(column, False)

    def sort_value(self, stream: PostStream, column: Column) -> Any:
        return {Column.POST: stream.post, Column.THROUGH: stream.imported_through,
                Column.RECORDS: stream.records, Column.LAST_IMPORT: stream.last_import_at or "",
                Column.GAPS: len(stream.gaps), Column.HELD: len(stream.held),
                Column.FORKS: len(stream.forks), Column.REFUSALS: len(open_refusals(stream)),
                Column.AUDIT_BREAKS: len(stream.audit_breaks),
                Column.KEY: current_key_state(stream)}[column]

    def display(self, stream: PostStream, column: Column) -> str:
        if column == Column.POST:
            return stream.post
        if column == Column.THROUGH:
            return str(stream.imported_through)
        if column == Column.RECORDS:
            return str(stream.records)
        if column == Column.LAST_IMPORT:
            return format_stamp(stream.last_import_at) or "—"
        if column == Column.GAPS:
            return ranges(stream.gaps) or "—"
        if column == Column.HELD:
            return ranges(stream.held) or "—"
        if column == Column.FORKS:
            return str(len(stream.forks))
        if column == Column.REFUSALS:
            return str(len(open_refusals(stream)))
        if column == Column.AUDIT_BREAKS:
            return str(len(stream.audit_breaks))
        return key_state_text(current_key_state(stream))
