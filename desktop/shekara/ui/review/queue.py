"""The review queue: a supervisor's shift of drafts in one tab (issue 10).

Left, the drafts waiting, newest change first (a correction says so; a draft sent back says it
waits for its author). Right, the review of the selected one (`ReviewPage`: for a correction the
version before side by side, the reason, approve / send back / withdraw). Several drafts can be
approved at once (one transaction: a refusal of any approves none and names it). Keyboard:
↑/↓ choose, Ctrl+Return approves the selected drafts, Enter opens the record in its editor,
F5 reads the queue again.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shekara.errors import ShekaraError
from shekara.services.review import QueuedDraft
from shekara.services.session import Session
from shekara.ui.editors.context import ui_language
from shekara.ui.errors import show_error
from shekara.ui.i18n import fmt, format_stamp
from shekara.ui.ops import locked
from shekara.ui.review.page import ReviewPage
from shekara.ui.widgets.columns import set_column_widths
from shekara.ui.widgets.table_model import RowTableModel


class Column(IntEnum):
    CHANGED = 0
    KIND = 1
    SUMMARY = 2
    VERSION = 3
    AUTHOR = 4
    STATE = 5


# Wide enough for the values; a longer header widens its column (set_column_widths).
COLUMN_WIDTHS = {Column.CHANGED: 130, Column.KIND: 170, Column.SUMMARY: 200, Column.VERSION: 90,
                 Column.AUTHOR: 90}


class QueueModel(RowTableModel[QueuedDraft, Column]):
    columns: ClassVar[type[IntEnum]] = Column
    context: ClassVar[str] = "QueueModel"
    headers: ClassVar[dict[Any, object]] = {
        Column.CHANGED: QT_TRANSLATE_NOOP("QueueModel", "Last change"),
        Column.KIND: QT_TRANSLATE_NOOP("QueueModel", "Kind"),
        Column.SUMMARY: QT_TRANSLATE_NOOP("QueueModel", "Persons or summary"),
        Column.VERSION: QT_TRANSLATE_NOOP("QueueModel", "Version"),
        Column.AUTHOR: QT_TRANSLATE_NOOP("QueueModel", "Written by"),
        Column.STATE: QT_TRANSLATE_NOOP("QueueModel", "Waiting for"),
    }

    def __init__(self, label: Callable[[str, str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label  # (code list, code) -> text in the UI language

    def display(self, row: QueuedDraft, column: Column) -> Any:
        record = row.record
        if column == Column.CHANGED:
            return format_stamp(record.updated_at)
        if column == Column.KIND:
            return self.label("kind", record.kind)
        if column == Column.SUMMARY:
            return record.title
        if column == Column.VERSION:
            if row.is_correction:
                return fmt(QCoreApplication.translate("QueueModel", "%1 (correction)"),
                           record.version)
            return str(record.version)
        if column == Column.AUTHOR:
            return record.created_by
        if row.sent_back is not None:
            return fmt(QCoreApplication.translate("QueueModel", "its author (sent back by %1)"),
                       row.sent_back.by)
        return QCoreApplication.translate("QueueModel", "review")

    def role_data(self, row: QueuedDraft, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and row.sent_back is not None:
            return row.sent_back.comment
        return None


class ReviewQueuePage(QWidget):
    changed = Signal()  # records were approved, sent back or withdrawn: the list reads again
    open_record = Signal(str, str, str)  # id, kind, title: open it in its editor
    closed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewQueue")
        self.session = session
        self.lang = ui_language()
        self.report_error: Callable[[BaseException], object] = lambda e: show_error(self, e)
        self.model = QueueModel(lambda codes, code: session.ref.label(codes, code, self.lang),
                                self)
        self.review: ReviewPage | None = None
        self._sized = False

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("reviewQueueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _index: self.open_selected())

        self.approve_button = QPushButton(self)
        self.approve_button.setObjectName("approveSelected")
        self.approve_button.clicked.connect(self.approve_selected)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.reload)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.heading)
        left_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        left_layout.addLayout(buttons)
        self.detail = QWidget(self)
        self.detail_layout = QVBoxLayout(self.detail)
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_layout.addWidget(self.empty)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.splitter)

        for keys, slot in ((QKeySequence("Ctrl+Return"), self.approve_selected),
                           (QKeySequence("F5"), self.reload)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.retranslate_ui()
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # the review's wide diff would otherwise squeeze the list
            self._sized = True
            width = max(self.splitter.width(), 600)
            self.splitter.setSizes([width * 2 // 5, width - width * 2 // 5])

    def retranslate_ui(self) -> None:
        self.approve_button.setText(QCoreApplication.translate("ReviewQueue", "Approve se&lected"))
        self.approve_button.setToolTip("Ctrl+Return")
        self.refresh_button.setText(QCoreApplication.translate("ReviewQueue", "R&efresh"))
        self.table.setAccessibleName(QCoreApplication.translate("ReviewQueue",
                                                                "Drafts waiting for review"))
        self.model.retranslate()
        set_column_widths(self.table, COLUMN_WIDTHS)  # "Paskutinis pakeitimas" > "Last change"
        self._update_texts()

    def _update_texts(self) -> None:
        count = self.model.rowCount()
        self.heading.setText(QCoreApplication.translate(
            "ReviewQueue", "%n draft(s) waiting, newest change first", "", count))
        self.empty.setText(
            QCoreApplication.translate("ReviewQueue", "Choose a draft on the left to review it.")
            if count else
            QCoreApplication.translate("ReviewQueue", "No draft is waiting for review."))

    # --- the queue --------------------------------------------------------------------------
    def reload(self) -> None:
        keep = self.current_id()
        with locked(self.session):
            queue = self.session.review.queue()
        self.model.set_rows(queue)
        self._update_texts()
        supervisor = self.session.vault.role == "supervisor"
        self.approve_button.setEnabled(supervisor and bool(queue))
        ids = [q.record.id for q in queue]
        if keep in ids:
            self.select_record(keep)
        elif queue:
            self.select_record(ids[0])
        else:
            self._show(None)

    def select_record(self, record_id: str) -> bool:
        """Make `record_id` the one selection (and the current row): its review shows."""
        ids = [draft.record.id for draft in self.model.rows()]
        if record_id not in ids:
            return False
        index = self.model.index(ids.index(record_id), 0)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().setCurrentIndex(index, flags)
        return True

    def selected(self) -> list[QueuedDraft]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [draft for row in rows if (draft := self.model.row_at(row)) is not None]

    def current_id(self) -> str | None:
        draft = self.model.row_at(self.table.currentIndex().row())
        return draft.record.id if draft is not None else None

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected()
        self._show(chosen[0].record.id if len(chosen) == 1 else None)

    def _show(self, record_id: str | None) -> None:
        if self.review is not None and self.review.record_id == record_id:
            return
        if self.review is not None:
            self.detail_layout.removeWidget(self.review)
            self.review.deleteLater()
            self.review = None
        self.empty.setVisible(record_id is None)
        if record_id is None:
            return
        page = ReviewPage(self.session, record_id, self.detail)
        page.report_error = self.report_error
        page.changed.connect(lambda _rid: self._decided())
        page.closed.connect(self.closed)
        self.detail_layout.addWidget(page)
        self.review = page

    def _decided(self) -> None:
        self.changed.emit()
        self.reload()

    # --- decisions on the selection ---------------------------------------------------------
    def approve_selected(self) -> bool:
        ids = [draft.record.id for draft in self.selected()]
        if not ids:
            return False
        try:
            with locked(self.session):
                self.session.review.approve_many(ids)
        except ShekaraError as err:
            self.report_error(err)
            return False
        self.changed.emit()
        self.reload()
        return True

    def open_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            record = chosen[0].record
            self.open_record.emit(record.id, record.kind, record.title)
