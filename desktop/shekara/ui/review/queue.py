"""The review queue: every draft waiting, newest change first; the selected one read below it
(a correction side by side with the version before, with its reason and any sent-back note).

The queue holds no decisions of its own: the main window's review actions (ui/main/
record_actions.py) act on its selection, from buttons, the context menu and shortcuts alike.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shekara.errors import ShekaraError
from shekara.services.review import QueuedDraft
from shekara.services.session import Session
from shekara.ui.ops import locked
from shekara.ui.review.page import ReviewPage
from shekara.ui.review.queue_model import QueueColumn, ReviewQueueModel
from shekara.ui.review.text import translate

COLUMN_WIDTHS = {QueueColumn.CHANGED: 130, QueueColumn.KIND: 200, QueueColumn.SUMMARY: 260,
                 QueueColumn.CITIZENSHIP: 160, QueueColumn.VERSION: 110,
                 QueueColumn.AUTHOR: 100}

# Fitted to their text, each up to this fraction of the table (1/n), so every column shows.
FIT_SHARES = {QueueColumn.CHANGED: 8, QueueColumn.KIND: 4, QueueColumn.SUMMARY: 5,
              QueueColumn.CITIZENSHIP: 6}


class QueueTable(QTableView):
    """The context menu shows the window's review actions for the rows selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.menu_actions: list[QAction] = []

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid() and not self.selectionModel().isRowSelected(index.row(),
                                                                          QModelIndex()):
            self.selectRow(index.row())
        menu = QMenu(self)
        for action in self.menu_actions:
            if action.isVisible():
                menu.addAction(action)
        menu.popup(event.globalPos())


class ReviewQueue(QWidget):
    open_requested = Signal(str, str, str)  # record id, kind, title
    selection_changed = Signal()
    counted = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewQueue")
        self.session = session
        self.model = ReviewQueueModel(session.ref, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.button_row = QHBoxLayout()
        layout.addLayout(self.button_row)
        self.view = QueueTable(self)
        self.view.setObjectName("reviewTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in COLUMN_WIDTHS.items():
            self.view.setColumnWidth(column, width)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.detail_host = QWidget(self)
        self.detail_layout = QVBoxLayout(self.detail_host)
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail: ReviewPage | None = None
        self.empty = QLabel(self.detail_host)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_layout.addWidget(self.empty)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail_host)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        self.retranslate_ui()

    def add_buttons(self, actions: list[QAction]) -> None:
        """Buttons for the window's review actions (the context menu shows the same ones)."""
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.button_row.addWidget(button)
        self.button_row.addStretch(1)
        self.view.menu_actions = list(actions)

    def retranslate_ui(self) -> None:
        supervisor = self.session.vault.role == "supervisor"
        self.hint.setText(
            translate("ReviewQueue", "Drafts waiting for a supervisor, newest change first. "
                      "Select several to approve them together.") if supervisor else
            translate("ReviewQueue", "Drafts waiting for a supervisor. A draft sent back "
                      "says why: open it, change it and save it again."))
        self.empty.setText(translate("ReviewQueue", "Select a draft to read it here."))
        self.view.setAccessibleName(translate("ReviewQueue", "Drafts waiting for review"))
        self.model.retranslate()
        self._fit_columns()

    # --- rows -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the queue again, keeping the selection where the records are still drafts."""
        keep = {item.record.id for item in self.selected()}
        current = self.current()
        try:
            with locked(self.session):
                rows = self.session.review.queue()
        except ShekaraError:
            rows = []  # locked meanwhile: an empty queue, nothing personal left on screen
        self.model.set_rows(rows)
        self._fit_columns()
        selection = self.view.selectionModel()
        for record_id in keep:
            row = self.model.row_of(record_id)
            if row >= 0:
                selection.select(self.model.index(row, 0),
                                 selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        if current is not None and (row := self.model.row_of(current.record.id)) >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._show_detail()
        self.counted.emit(self.model.rowCount())

    def _fit_columns(self) -> None:
        """Kind, summary and citizenship read whole in every language (up to their share of
        the table); the sent-back comment takes the rest."""
        for column, share in FIT_SHARES.items():
            hint = max(self.view.sizeHintForColumn(column),
                       self.view.horizontalHeader().sectionSizeHint(column))
            limit = max(COLUMN_WIDTHS[column], self.view.viewport().width() // share)
            self.view.setColumnWidth(column, max(COLUMN_WIDTHS[column], min(hint + 8, limit)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._fit_columns)  # once the table has its width

    def clear(self) -> None:
        self.model.clear()
        self._drop_detail()

    def selected(self) -> list[QueuedDraft]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [item for row in rows if (item := self.model.row_at(row)) is not None]

    def current(self) -> QueuedDraft | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_record(self, record_id: str) -> bool:
        row = self.model.row_of(record_id)
        if row >= 0:
            self.view.selectRow(row)
        return row >= 0

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.row_at(index.row())
        if item is not None:
            self.open_requested.emit(item.record.id, item.record.kind, item.record.title)

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show_detail()
        self.selection_changed.emit()

    # --- the draft read below ---------------------------------------------------------------
    def _drop_detail(self) -> None:
        if self.detail is not None:
            self.detail.hide()
            self.detail.deleteLater()
            self.detail = None
        self.empty.show()

    def _show_detail(self) -> None:
        chosen = self.selected()
        item = chosen[0] if len(chosen) == 1 else None
        if item is None:
            self._drop_detail()
            return
        if self.detail is not None and self.detail.record_id == item.record.id:
            self.detail.reload()
            return
        self._drop_detail()
        try:
            page = ReviewPage(self.session, item.record.id, self.detail_host, embedded=True)
        except ShekaraError:
            return
        self.detail = page
        self.empty.hide()
        self.detail_layout.addWidget(page)
