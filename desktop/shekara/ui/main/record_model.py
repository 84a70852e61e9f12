"""The record list: a lazy table model over the record service.

Browsing, the model holds only the pages the view has asked for (`fetchMore` pulls the next
`PAGE_SIZE` rows from `RecordService.list_records(flt, limit, offset)`): a view over 100,000
records loads 200 rows, and more as the officer scrolls. Every read runs off the GUI thread
(a date or citizenship filter may scan the whole table), newer requests make older answers
void, and the total (`count(flt)`, for the status bar) comes after the first page.
Searching, it holds the service's ranked results (at most `SEARCH_LIMIT`).

The list is ordered by the service (newest first, or best match first); `SortRole` gives a
sortable value per column for a proxy, `ObjectRole` the `ListedRecord` itself.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from shekara.domain import text_rules
from shekara.domain.codes import KIND_ARTICLE
from shekara.domain.reference import ReferenceData
from shekara.services.review import SentBack
from shekara.ui import ops
from shekara.ui.i18n import current_language, fmt, format_moment, format_stamp
from shekara.ui.widgets.table_model import AnyIndex, RowTableModel
from shekara.vault.records import ListedRecord, RecordFilter

PAGE_SIZE = 200
SEARCH_LIMIT = 500


class RecordSource(Protocol):
    """What the model reads (the real one wraps RecordService under the session lock)."""

    def page(self, flt: RecordFilter, limit: int, offset: int) -> list[ListedRecord]: ...

    def count(self, flt: RecordFilter) -> int: ...

    def sent_back(self) -> dict[str, SentBack]:
        """The drafts sent back to their authors, by record id (marked in the list)."""
        ...


class Column(IntEnum):
    OCCURRED = 0
    KIND = 1
    SUMMARY = 2
    CITIZENSHIP = 3
    PLACE = 4
    STATUS = 5
    AGREEMENT = 6
    VERSION = 7
    AUTHOR = 8
    UPDATED = 9


HEADERS = {
    Column.OCCURRED: QT_TRANSLATE_NOOP("RecordTableModel", "Occurred"),
    Column.KIND: QT_TRANSLATE_NOOP("RecordTableModel", "Kind"),
    Column.SUMMARY: QT_TRANSLATE_NOOP("RecordTableModel", "Persons or summary"),
    Column.CITIZENSHIP: QT_TRANSLATE_NOOP("RecordTableModel", "Citizenship"),
    Column.PLACE: QT_TRANSLATE_NOOP("RecordTableModel", "Crossing point"),
    Column.STATUS: QT_TRANSLATE_NOOP("RecordTableModel", "Status"),
    Column.AGREEMENT: QT_TRANSLATE_NOOP("RecordTableModel", "Agreement"),
    Column.VERSION: QT_TRANSLATE_NOOP("RecordTableModel", "Version"),
    Column.AUTHOR: QT_TRANSLATE_NOOP("RecordTableModel", "Written by"),
    Column.UPDATED: QT_TRANSLATE_NOOP("RecordTableModel", "Last change"),
}
HEADER_TIPS = {
    Column.AGREEMENT: QT_TRANSLATE_NOOP(
        "RecordTableModel", "Qualifies for exchange under the Agreement (Art. 6: a citizen of "
        "the other Party is involved)"),
}
SENT_BACK_COLOUR = "#B00020"  # the author's to do: it stands out among the drafts
STATUS_COLOURS = {"draft": "#9A5B00", "withdrawn": "#6B6B6B", "approved": "#1B5E20",
                  "exported": "#0D47A1", "acknowledged": "#0D47A1"}


def _tr(text: object) -> str:
    return QCoreApplication.translate("RecordTableModel", str(text))


class RecordTableModel(RowTableModel[ListedRecord, Column]):
    columns = Column
    headers = HEADERS
    context = "RecordTableModel"

    counted = Signal(int)  # the total for the current filter is known (browsing)
    loaded = Signal(float)  # a new first page is shown: milliseconds from request to rows
    failed = Signal(object)  # a read failed (shown by the owner through ui/errors.py)

    def __init__(self, ref: ReferenceData, parent: QObject | None = None, *,
                 background: bool = True) -> None:
        super().__init__(parent)
        self._ref = ref
        self._source: RecordSource | None = None
        self._filter = RecordFilter()
        self._total: int | None = 0
        self._more = False
        self._fetching = False
        self._search_text = ""
        self._generation = 0
        self._background = background
        self.last_load_ms = 0.0
        self._lang = current_language()
        self._sent_back: dict[str, SentBack] = {}

    # --- loading ---------------------------------------------------------------------------
    def set_source(self, source: RecordSource | None) -> None:
        self._source = source
        self.reload()

    @property
    def filter(self) -> RecordFilter:
        return self._filter

    @property
    def total(self) -> int | None:
        """Records matching the filter (None while still being counted), or search results."""
        return self._total

    @property
    def searching(self) -> bool:
        return bool(self._search_text)

    @property
    def busy(self) -> bool:
        """A page is being read."""
        return self._fetching

    def set_filter(self, flt: RecordFilter) -> None:
        self._filter = flt
        self.reload()

    def _call(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run a source call off the GUI thread (or at once, for tests and the model tester);
        `done` runs in the GUI thread only if nothing newer was asked for meanwhile."""
        generation = self._generation

        def deliver(result: Any) -> None:
            if generation == self._generation:
                done(result)

        def fail(err: BaseException) -> None:
            if generation == self._generation:
                self._fetching = False
                self.failed.emit(err)

        if not self._background:
            try:
                result = work()
            except Exception as err:
                fail(err)
                return
            deliver(result)
            return
        ops.run(self, lambda _progress: work(), on_done=deliver, on_error=fail)

    def reload(self) -> None:
        """Read the first page for the filter, then count (after a filter change or a save).

        Reads run off the GUI thread: a date or citizenship filter may have to scan the table.
        The rows on screen stay until the new page is there."""
        started = time.perf_counter()
        self._generation += 1
        self._search_text = ""
        source, flt = self._source, self._filter
        if source is None:
            self._show_page([], started)
            return
        self._fetching = True
        self._call(lambda: (source.page(flt, PAGE_SIZE, 0), source.sent_back()),
                   lambda found: self._show_page(found[0], started, found[1]))

    def _show_page(self, rows: list[ListedRecord], started: float,
                   sent_back: dict[str, SentBack] | None = None) -> None:
        self.beginResetModel()
        self._sent_back = dict(sent_back or {})
        self._rows = list(rows)
        self._more = len(self._rows) == PAGE_SIZE
        self._total = None if self._more else len(self._rows)
        self._fetching = False
        self.endResetModel()
        self.last_load_ms = (time.perf_counter() - started) * 1000
        self.loaded.emit(self.last_load_ms)
        if self._total is not None:
            self.counted.emit(self._total)
        elif self._source is not None:
            source, flt = self._source, self._filter
            self._call(lambda: source.count(flt), self._counted)

    def _counted(self, total: int) -> None:
        if not self._search_text:
            self._total = max(int(total), len(self._rows))
            self.counted.emit(self._total)

    def show_search_results(self, text: str, rows: Sequence[ListedRecord]) -> None:
        self._generation += 1
        self.beginResetModel()
        self._search_text = text
        self._rows = list(rows)
        self._total = len(self._rows)
        self._more = False
        self._fetching = False
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row and the source (the vault is locking)."""
        self._generation += 1
        self.beginResetModel()
        self._source = None
        self._rows = []
        self._total = 0
        self._more = False
        self._fetching = False
        self._search_text = ""
        self._filter = RecordFilter()
        self.endResetModel()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._source is None or self._search_text:
            return False
        return self._more and not self._fetching

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._source is None:
            return
        source, flt, offset = self._source, self._filter, len(self._rows)
        self._fetching = True
        self._call(lambda: source.page(flt, PAGE_SIZE, offset), self._append)

    def _append(self, more: list[ListedRecord]) -> None:
        self._fetching = False
        self._more = len(more) == PAGE_SIZE
        if not self._more and self._total is None:
            self._total = len(self._rows) + len(more)
        if more:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    # --- lookups ---------------------------------------------------------------------------
    def row_of(self, record_id: str) -> int:
        for row, item in enumerate(self._rows):
            if item.id == record_id:
                return row
        return -1

    def retranslate(self) -> None:
        """Labels follow the UI language (models get no LanguageChange event themselves)."""
        self._lang = current_language()
        super().retranslate()

    # --- Qt model --------------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and section in HEADER_TIPS):
            return _tr(HEADER_TIPS[Column(section)])
        return super().headerData(section, orientation, role)

    def role_data(self, item: ListedRecord, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATUS:
            if item.id in self._sent_back:
                return QBrush(QColor(SENT_BACK_COLOUR))
            return QBrush(QColor(STATUS_COLOURS.get(item.status, "#000000")))
        if role == Qt.ItemDataRole.FontRole and column == Column.STATUS and \
                item.id in self._sent_back:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.FontRole and item.status == "withdrawn":
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.AGREEMENT,
                                                                     Column.VERSION):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.display(item, column) or QCoreApplication.translate(
                "RecordTableModel", "empty")
        return None

    def sent_back(self, record_id: str) -> SentBack | None:
        """Why this draft went back to its author, if it did (and is not changed since)."""
        return self._sent_back.get(record_id)

    def display(self, item: ListedRecord, column: Column) -> str:
        lang = self._lang
        ref = self._ref
        shown: dict[Column, Callable[[], str]] = {
            Column.OCCURRED: lambda: format_moment(item.occurred_at),
            Column.KIND: lambda: ref.label("kind", item.kind, lang),
            Column.SUMMARY: lambda: (f"≈ {text_rules.shown(item.title)}" if item.approximate
                                     else text_rules.shown(item.title)),  # old records: bidi
            Column.CITIZENSHIP: lambda: ", ".join(ref.country_name(c, lang)
                                                  for c in item.citizenships),
            Column.PLACE: lambda: ref.checkpoint_name(item.checkpoint, lang)
            if item.checkpoint else "",
            Column.STATUS: lambda: fmt(_tr(QT_TRANSLATE_NOOP(
                "RecordTableModel", "%1 — sent back")), ref.label("status", item.status, lang))
            if item.id in self._sent_back else ref.label("status", item.status, lang),
            Column.AGREEMENT: lambda: "✓" if item.qualifies else "",
            Column.VERSION: lambda: str(item.version),
            Column.AUTHOR: lambda: item.created_by,
            Column.UPDATED: lambda: format_stamp(item.updated_at),
        }
        return shown[column]()

    def sort_value(self, item: ListedRecord, column: Column) -> Any:
        if column == Column.OCCURRED:
            return item.occurred_at
        if column == Column.UPDATED:
            return item.updated_at
        if column == Column.VERSION:
            return item.version
        if column == Column.AGREEMENT:
            return int(item.qualifies)
        return self.display(item, column).casefold()

    def _tooltip(self, item: ListedRecord, column: Column) -> str | None:
        note = self._sent_back.get(item.id)
        if column == Column.STATUS and note is not None:
            return fmt(QCoreApplication.translate("RecordTableModel", "Sent back by %1 (%2): %3"),
                       note.by, format_stamp(note.at), note.comment)
        if column == Column.KIND:
            return fmt(QCoreApplication.translate("RecordTableModel", "Agreement, Article %1"),
                       KIND_ARTICLE.get(item.kind, "?"))
        if column == Column.AGREEMENT:
            return _tr(HEADER_TIPS[Column.AGREEMENT]) if item.qualifies else None
        if column == Column.SUMMARY:
            if item.approximate:
                return fmt(QCoreApplication.translate(
                    "RecordTableModel", "%1 (approximate: the name is one letter off)"),
                    text_rules.shown(item.title))
            return text_rules.shown(item.title)
        return None
