"""The Outbox screen's table (ui/export/outbox.py): one row per packet written and not yet
acknowledged by HQ, as `services.outbox.outbox_packets` reads them."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from shekara.services.outbox import OutboxPacket
from shekara.ui.i18n import fmt, format_stamp
from shekara.ui.widgets.destination import data_size
from shekara.ui.widgets.table_model import RowTableModel

MODEL = "OutboxTableModel"
PROBLEM_COLOUR = QColor("#B00020")
SHORT_SHA = 16  # hex digits shown; the whole digest is in the tooltip, as on the HQ screens


class Column(IntEnum):
    NUMBER = 0
    WRITTEN = 1
    RECORDS = 2
    SIZE = 3
    SHA256 = 4
    STATE = 5
    AGAIN = 6


HEADERS = {
    Column.NUMBER: QT_TRANSLATE_NOOP("OutboxTableModel", "Number"),
    Column.WRITTEN: QT_TRANSLATE_NOOP("OutboxTableModel", "Written"),
    Column.RECORDS: QT_TRANSLATE_NOOP("OutboxTableModel", "Record versions"),
    Column.SIZE: QT_TRANSLATE_NOOP("OutboxTableModel", "Size"),
    Column.SHA256: QT_TRANSLATE_NOOP("OutboxTableModel", "SHA-256 (start)"),
    Column.STATE: QT_TRANSLATE_NOOP("OutboxTableModel", "State"),
    Column.AGAIN: QT_TRANSLATE_NOOP("OutboxTableModel", "Written again"),
}
# The least each column gets; values or a longer header in the UI language widen it
# (OutboxDialog.fit_columns, set_column_widths).
COLUMN_WIDTHS = {Column.NUMBER: 60, Column.WRITTEN: 140, Column.RECORDS: 80, Column.SIZE: 70,
                 Column.SHA256: 130, Column.STATE: 130, Column.AGAIN: 120}

WRITTEN, WRITING, MISSING = "written", "writing", "missing"
STATES = {
    WRITTEN: QT_TRANSLATE_NOOP("OutboxTableModel", "on a stick, checked"),
    WRITING: QT_TRANSLATE_NOOP("OutboxTableModel", "interrupted while writing"),
    MISSING: QT_TRANSLATE_NOOP("OutboxTableModel", "copy missing from the vault"),
}
STATE_TIPS = {
    WRITTEN: QT_TRANSLATE_NOOP("OutboxTableModel", "Written to a stick or folder, read back "
                                                   "and verified; kept until HQ acknowledges "
                                                   "it."),
    WRITING: QT_TRANSLATE_NOOP("OutboxTableModel", "The export stopped before the packet was "
                                                   "checked: Post > Export packet to a stick "
                                                   "writes it first, with the same contents."),
    MISSING: QT_TRANSLATE_NOOP("OutboxTableModel", "The copy kept beside the vault is gone: "
                                                   "this packet cannot be written again. "
                                                   "Restore the vault from a backup."),
}


_tr = QCoreApplication.translate  # a literal context, so that lupdate reads the texts


def _words(source: object) -> str:
    """A source text marked above (QT_TRANSLATE_NOOP), in the UI language."""
    return QCoreApplication.translate(MODEL, str(source))


def state_of(packet: OutboxPacket) -> str:
    """What the row's State says: a missing copy outweighs the rest (nothing can be done
    with the packet but restore the vault)."""
    if packet.copy_missing:
        return MISSING
    return WRITING if packet.state == "writing" else WRITTEN


class OutboxTableModel(RowTableModel[OutboxPacket, Column]):
    columns = Column
    headers = HEADERS
    context = MODEL

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def display(self, row: OutboxPacket, column: Column) -> str:
        if column == Column.NUMBER:
            return str(row.seq)
        if column == Column.WRITTEN:
            return format_stamp(row.written_at) or "—"
        if column == Column.RECORDS:
            return str(row.records)
        if column == Column.SIZE:
            return data_size(row.size) if row.size is not None else "—"
        if column == Column.SHA256:
            return row.sha256[:SHORT_SHA] + "…"
        if column == Column.STATE:
            return _words(STATES[state_of(row)])
        if not row.resent:
            return "—"
        return fmt(_tr("OutboxTableModel", "%n time(s), last %1", "", row.resent),
                   format_stamp(row.last_resent_at))

    def sort_value(self, row: OutboxPacket, column: Column) -> Any:
        if column == Column.NUMBER:
            return row.seq
        if column == Column.WRITTEN:
            return row.written_at or ""
        if column == Column.RECORDS:
            return row.records
        if column == Column.SIZE:
            return row.size or 0
        if column == Column.AGAIN:
            return row.resent
        return self.display(row, column)

    def role_data(self, row: OutboxPacket, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATE \
                and state_of(row) != WRITTEN:
            return QBrush(PROBLEM_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
                Column.NUMBER, Column.RECORDS, Column.SIZE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tooltip(self, row: OutboxPacket, column: Column) -> str | None:
        if column == Column.SHA256:
            return row.sha256
        if column == Column.STATE:
            return _words(STATE_TIPS[state_of(row)])
        if column == Column.RECORDS:
            return (_tr("OutboxTableModel", "%n record version(s)", "", row.records) + ", "
                    + _tr("OutboxTableModel", "%n removed record(s)", "", row.tombstones))
        if column == Column.NUMBER:
            return row.file_name
        return None
