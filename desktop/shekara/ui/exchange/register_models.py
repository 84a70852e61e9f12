"""The tables of the request register (both directions, due dates, overdue) and the disclosure
register (Art. 10: every version that went to the partner)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from shekara.services.requests import RegisterEntry
from shekara.ui.exchange.texts import ACTIONS, DIRECTIONS, REQUEST_STATUSES, word
from shekara.ui.i18n import date_format, format_stamp
from shekara.ui.widgets.table_model import RowTableModel
from shekara.vault.exchange_store import Disclosure

OVERDUE = QColor("#B00020")
OVERDUE_BACKGROUND = QColor("#FDECEA")


def format_day(value: str | None) -> str:
    """A YYYY-MM-DD day in the UI language's date format."""
    if not value:
        return "—"
    day = QDate.fromString(value[:10], "yyyy-MM-dd")
    return day.toString(date_format()) if day.isValid() else value


class RequestColumn(IntEnum):
    DIRECTION = 0
    STATUS = 1
    OUR_NUMBER = 2
    THEIR_NUMBER = 3
    REFERENCE = 4
    DATED = 5
    DUE = 6
    OVERDUE = 7


class RequestsTableModel(RowTableModel[RegisterEntry, RequestColumn]):
    columns = RequestColumn
    headers: ClassVar[dict[Any, object]] = {
        RequestColumn.DIRECTION: QT_TRANSLATE_NOOP("RequestsTableModel", "Direction"),
        RequestColumn.STATUS: QT_TRANSLATE_NOOP("RequestsTableModel", "Status"),
        RequestColumn.OUR_NUMBER: QT_TRANSLATE_NOOP("RequestsTableModel", "Our number"),
        RequestColumn.THEIR_NUMBER: QT_TRANSLATE_NOOP("RequestsTableModel", "Partner's number"),
        RequestColumn.REFERENCE: QT_TRANSLATE_NOOP("RequestsTableModel", "Reference"),
        RequestColumn.DATED: QT_TRANSLATE_NOOP("RequestsTableModel", "Dated"),
        RequestColumn.DUE: QT_TRANSLATE_NOOP("RequestsTableModel", "Due"),
        RequestColumn.OVERDUE: QT_TRANSLATE_NOOP("RequestsTableModel", "Overdue"),
    }
    context = "RequestsTableModel"

    def sort_value(self, row: RegisterEntry, column: RequestColumn) -> Any:
        r = row.request
        if column == RequestColumn.DATED:
            return r.dated_on
        if column == RequestColumn.DUE:
            return r.due_on or ""
        if column == RequestColumn.OVERDUE:
            return int(row.overdue)
        return self.display(row, column)

    def display(self, row: RegisterEntry, column: RequestColumn) -> str:
        r = row.request
        if column == RequestColumn.DIRECTION:
            return word(DIRECTIONS, r.direction)
        if column == RequestColumn.STATUS:
            return word(REQUEST_STATUSES, r.status)
        if column == RequestColumn.OUR_NUMBER:
            return r.registration_number or "—"
        if column == RequestColumn.THEIR_NUMBER:
            return r.their_number or "—"
        if column == RequestColumn.REFERENCE:
            return r.reference
        if column == RequestColumn.DATED:
            return format_day(r.dated_on)
        if column == RequestColumn.DUE:
            return format_day(r.due_on)
        return self.tr("OVERDUE") if row.overdue else ""

    def role_data(self, row: RegisterEntry, column: RequestColumn, role: int) -> Any:
        if not row.overdue:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and column in (RequestColumn.DUE,
                                                           RequestColumn.OVERDUE):
            font = QFont()
            font.setBold(True)
            return font
        return None


class DisclosureColumn(IntEnum):
    SENT_AT = 0
    RECORD = 1
    VERSION = 2
    ACTION = 3
    ARTICLE = 4
    PERSONS = 5
    WITHHELD = 6
    LETTER = 7
    SHA256 = 8


class DisclosuresTableModel(RowTableModel[Disclosure, DisclosureColumn]):
    columns = DisclosureColumn
    headers: ClassVar[dict[Any, object]] = {
        DisclosureColumn.SENT_AT: QT_TRANSLATE_NOOP("DisclosuresTableModel", "Sent"),
        DisclosureColumn.RECORD: QT_TRANSLATE_NOOP("DisclosuresTableModel", "Record"),
        DisclosureColumn.VERSION: QT_TRANSLATE_NOOP("DisclosuresTableModel", "Version"),
        DisclosureColumn.ACTION: QT_TRANSLATE_NOOP("DisclosuresTableModel", "Sends"),
        DisclosureColumn.ARTICLE: QT_TRANSLATE_NOOP("DisclosuresTableModel", "Article"),
        DisclosureColumn.PERSONS: QT_TRANSLATE_NOOP("DisclosuresTableModel", "Persons sent"),
        DisclosureColumn.WITHHELD: QT_TRANSLATE_NOOP("DisclosuresTableModel", "Withheld"),
        DisclosureColumn.LETTER: QT_TRANSLATE_NOOP("DisclosuresTableModel", "Letter"),
        DisclosureColumn.SHA256: QT_TRANSLATE_NOOP("DisclosuresTableModel", "Packet SHA-256"),
    }
    context = "DisclosuresTableModel"

    def sort_value(self, row: Disclosure, column: DisclosureColumn) -> Any:
        if column == DisclosureColumn.SENT_AT:
            return row.sent_at
        if column == DisclosureColumn.VERSION:
            return row.version
        return self.display(row, column)

    def display(self, row: Disclosure, column: DisclosureColumn) -> str:
        if column == DisclosureColumn.SENT_AT:
            return format_stamp(row.sent_at)
        if column == DisclosureColumn.RECORD:
            return row.record_number or row.record_id[:8]
        if column == DisclosureColumn.VERSION:
            return str(row.version)
        if column == DisclosureColumn.ACTION:
            return word(ACTIONS, row.action)
        if column == DisclosureColumn.ARTICLE:
            return row.article
        if column == DisclosureColumn.PERSONS:
            by_hand = sum(1 for p in row.persons if p.get("reason"))
            text = str(len(row.persons))
            if by_hand:
                text += " " + self.tr("(%n by hand)", "", by_hand)
            return text
        if column == DisclosureColumn.WITHHELD:
            return str(row.withheld)
        if column == DisclosureColumn.LETTER:
            return row.letter_number
        return row.packet_sha256[:16] + "…"

    def role_data(self, row: Disclosure, column: DisclosureColumn, role: int) -> Any:
        if role != Qt.ItemDataRole.ToolTipRole:
            return None
        if column == DisclosureColumn.RECORD:
            return row.record_id
        if column == DisclosureColumn.SHA256:
            return row.packet_sha256
        if column == DisclosureColumn.PERSONS:
            reasons = [f"{p.get('index')}: {p.get('reason')}" for p in row.persons
                       if p.get("reason")]
            return "\n".join(reasons) or None
        return None

    def matches(self, row: Disclosure, text: str) -> bool:
        """The record filter: its id (or the start of it) or its registration number."""
        wanted = text.strip().lower()
        return (not wanted or row.record_id.lower().startswith(wanted)
                or wanted in (row.record_number or "").lower())
