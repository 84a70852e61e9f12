"""One row per packet file on the stick, before importing: its SHA-256 in the lines the Packet
transmittal sheet prints (groups of four, eight to a line), the post and number its header
claims, and the officer's tick once the file matches its sheet."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from shekara.errors import ShekaraError
from shekara.reports.sheets import transmittal_sha256_lines
from shekara.services.packet_receipt import PacketFileDigest
from shekara.ui import theme
from shekara.ui.i18n import fmt
from shekara.ui.widgets.reasons import reason_text
from shekara.ui.widgets.table_model import RowTableModel

CONTEXT = "SheetCheckTableModel"
TROUBLE = QColor("#B00020")
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    MATCHES = 0
    FILE = 1
    POST = 2
    PACKET = 3
    SHA256 = 4


HEADERS = {
    Column.MATCHES: QT_TRANSLATE_NOOP("SheetCheckTableModel", "Matches the sheet"),
    Column.FILE: QT_TRANSLATE_NOOP("SheetCheckTableModel", "File"),
    Column.POST: QT_TRANSLATE_NOOP("SheetCheckTableModel", "Post"),
    Column.PACKET: QT_TRANSLATE_NOOP("SheetCheckTableModel", "Packet"),
    Column.SHA256: QT_TRANSLATE_NOOP("SheetCheckTableModel", "SHA-256, as on the sheet"),
}


@dataclass(eq=False)  # a row is itself, whatever its fields
class SheetRow:
    path: Path
    state: str = "waiting"  # waiting | hashing | done | failed | stopped
    digest: PacketFileDigest | None = None
    error: BaseException | None = None
    percent: int = 0  # of the file hashed, while hashing
    matches: bool = False  # the officer's tick (or a scanned sheet's)

    def sha256_text(self) -> str:
        """The hash in the sheet's lines, one per line."""
        return "\n".join(transmittal_sha256_lines(self.digest.sha256)) if self.digest else ""


class SheetCheckTableModel(RowTableModel[SheetRow, Column]):
    columns = Column
    headers = HEADERS
    context = CONTEXT

    def display(self, row: SheetRow, column: Column) -> str:
        digest = row.digest
        if column == Column.MATCHES:
            return ""
        if column == Column.FILE:
            return row.path.name
        if column == Column.POST:
            return digest.post if digest and digest.post else "—"
        if column == Column.PACKET:
            return str(digest.seq) if digest and digest.seq is not None else "—"
        if row.state == "done":
            return row.sha256_text()
        if row.state == "hashing":
            return fmt(self.tr("computing… %1 %"), row.percent)
        if row.state == "stopped":
            return self.tr("stopped: not computed")
        if row.state == "failed":
            msgid = row.error.msgid if isinstance(row.error, ShekaraError) else ""
            return reason_text(msgid or "cli.unreadable")
        return self.tr("waiting")

    def sort_value(self, row: SheetRow, column: Column) -> Any:
        return row.matches if column == Column.MATCHES else self.display(row, column)

    def role_data(self, row: SheetRow, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.MATCHES:
            return Qt.CheckState.Checked if row.matches else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and column == Column.SHA256 and row.state == "done":
            return theme.monospace_font()
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.SHA256 \
                and row.state == "failed":
            return QBrush(TROUBLE)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.MATCHES:
            return self.tr("matches the sheet") if row.matches else self.tr("not ticked")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        row = self.row_at(index.row()) if index.isValid() else None
        if row is not None and index.column() == Column.MATCHES and row.state == "done":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or role != Qt.ItemDataRole.CheckStateRole \
                or index.column() != Column.MATCHES or row.state != "done":
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        self.set_matches(index.row(), checked)
        return True

    # --- changes from the dialog ---------------------------------------------------------
    def set_matches(self, number: int, matches: bool) -> None:
        row = self.row_at(number)
        if row is None or row.state != "done" or row.matches == matches:
            return
        row.matches = matches
        self.dataChanged.emit(self.index(number, 0), self.index(number, Column.MATCHES))

    def changed(self, row: SheetRow) -> None:
        """A row's hashing moved on: show it."""
        number = next((i for i, r in enumerate(self._rows) if r is row), None)
        if number is not None:
            self.dataChanged.emit(self.index(number, 0),
                                  self.index(number, len(Column) - 1))
