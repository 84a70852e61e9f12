"""The main window's first tab, "Records": the search box, the filters, a new post's first
steps and the record list, with the search as one types and the columns fitted to the
language.

Apart from the window (ui/main/window.py) because this is the list's own logic — when a search
runs, which answer is stale, how wide each column is — and none of it needs the menus, the
other tabs or the dialogs: what it starts elsewhere (opening a record, the context menu, the
first steps' buttons) the window connects to its widgets, which it also keeps under their old
names (`window.search_edit`, `window.view`, …). The record model is the window's and is
handed in.

The texts are in the catalog context "MainWindow", the window that shows them, as they were
when this code was the window's own `self.tr`: hence `_tr("MainWindow", …)` with the context
written out (lupdate reads a literal context only; tests/ui/test_catalogs.py).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shekara.services.session import Session
from shekara.ui import ops
from shekara.ui.errors import show_error
from shekara.ui.i18n import fmt
from shekara.ui.main.filter_bar import FilterBar
from shekara.ui.main.record_model import SEARCH_LIMIT, Column, RecordTableModel
from shekara.ui.widgets.columns import set_column_widths
from shekara.vault.records import ListedRecord, RecordFilter

_tr = QCoreApplication.translate  # a literal context: the window that shows the text

# No typing pause before a search (issue 10: results ≤ 100 ms after the last key; a 150 ms pause
# alone missed that). Each key starts a search at once unless one is running; then only the
# newest text waits and runs when that one ends, so a burst of keys costs at most two searches.
# Spare width goes to the persons (the column read most), not to "Last change" at the end:
# kinds and citizenships are long in kk and lt and were cut first (issue 10).
COLUMN_WIDTHS = {Column.OCCURRED: 130, Column.KIND: 240, Column.SUMMARY: 220,
                 Column.CITIZENSHIP: 190, Column.PLACE: 170, Column.STATUS: 120,
                 Column.AGREEMENT: 80, Column.VERSION: 60, Column.AUTHOR: 110,
                 Column.UPDATED: 140}
# Kind and citizenship read whole in every language; what is left over goes to the summary
# (spare width at "Last change" only showed white space).
FIT_COLUMNS = (Column.KIND, Column.CITIZENSHIP)
FIT_SHARES = (0.28, 0.16)  # of the table's width, at most


class RecordListPage(QWidget):
    def __init__(self, session: Session, model: RecordTableModel) -> None:
        super().__init__()
        self.setObjectName("recordsPage")
        self.session = session
        self.vault = session.vault
        self.model = model
        self._search_seq = 0
        self._search_running = False
        self._search_again = False  # text changed while a search ran: search the newest next
        self.last_search_ms = 0.0
        self.last_filter_ms = 0.0
        self.search_label = QLabel()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(200)
        self.search_label.setBuddy(self.search_edit)
        self.search_edit.textChanged.connect(lambda _text: self.run_search())
        self.search_edit.returnPressed.connect(self.run_search)
        self.filter_bar = FilterBar(session.ref)
        self.filter_bar.changed.connect(self.apply_filters)

        self.view = QTableView()
        self.view.setObjectName("recordTable")
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setSortingEnabled(False)  # the service orders: newest or best match first
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(
            self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.fixed_column_widths()
        # The summary (the persons) is sized by fit_columns: a Stretch section only gets what
        # the others leave, which in a window narrower than their sum was ~26 px of names.
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self._build_first_steps())
        layout.addWidget(self.view, 1)

    def _build_first_steps(self) -> QFrame:
        """A new post's first minutes (issue 10): while the vault holds no record, a supervisor
        is told what the post needs before its first shift, with the screens one click away
        (the window connects the buttons)."""
        frame = QFrame()
        frame.setObjectName("firstSteps")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setStyleSheet("QFrame#firstSteps { background: #EEF5FF; }")
        self.first_steps_text = QLabel(frame)
        self.first_steps_text.setWordWrap(True)
        self.first_steps_officers = QPushButton(frame)
        self.first_steps_keys = QPushButton(frame)
        row = QHBoxLayout(frame)
        row.addWidget(self.first_steps_text, 1)
        row.addWidget(self.first_steps_officers)
        row.addWidget(self.first_steps_keys)
        frame.hide()
        self.first_steps = frame
        return frame

    def update_first_steps(self) -> None:
        show = (self.vault.role == "supervisor" and not self.vault.is_locked
                and self.model.total == 0 and not self.model.searching
                and not self.search_edit.text().strip())
        self.first_steps.setVisible(show)

    def retranslate_ui(self) -> None:
        self.first_steps_text.setText(_tr(
            "MainWindow",
            "No records yet. Before the first shift: add the officers and a second supervisor "
            "(approval needs two), and import HQ's keys so that packets can be exported."))
        self.first_steps_officers.setText(_tr("MainWindow", "Officers…"))
        self.first_steps_keys.setText(_tr("MainWindow", "Keys and fingerprints…"))
        self.search_label.setText(_tr("MainWindow", "&Search:"))
        self.search_edit.setPlaceholderText(_tr(
            "MainWindow", "name in any script, document number, place, substance… (Ctrl+F)"))
        self.search_edit.setAccessibleName(_tr("MainWindow", "Search records"))
        self.view.setAccessibleName(_tr("MainWindow", "Records"))

    def count_text(self) -> str:
        """What the status bar says of the list: found, or loaded of how many."""
        total = self.model.total
        if self.model.searching:
            found = total or 0
            text = _tr("MainWindow", "%n record(s) found", "", found)
            if found >= SEARCH_LIMIT:
                text += " " + fmt(_tr("MainWindow", "(the best %1 are shown)"), SEARCH_LIMIT)
        elif total is None:
            text = fmt(_tr("MainWindow", "%1 records loaded, counting the rest…"),
                       self.model.rowCount())
        else:
            text = fmt(_tr("MainWindow", "%1 of %2 records loaded"), self.model.rowCount(),
                       total)
        return text

    # --- filters and search ----------------------------------------------------------------
    def current_filter(self) -> RecordFilter:
        return self.filter_bar.record_filter()

    def apply_filters(self) -> None:
        if self.search_edit.text().strip():
            self.run_search()
            return
        self.model.set_filter(self.current_filter())

    def page_loaded(self, milliseconds: float) -> None:
        self.last_filter_ms = milliseconds

    def clear_filters(self) -> None:
        self.search_edit.clear()
        self.filter_bar.reset()

    def reload(self) -> None:
        """The search again, or the filtered list: after a change to the records."""
        if self.search_edit.text().strip():
            self.run_search()
        else:
            self.model.set_filter(self.current_filter())

    def run_search(self) -> None:
        """Search what is typed (with the filters) off the GUI thread, one search at a time:
        while one runs, the newest text waits for it (the note at the top); stale answers
        are dropped. An empty box goes back to browsing."""
        text = self.search_edit.text().strip()
        self._search_seq += 1
        if not text:
            self._search_again = False
            self.apply_filters()
            return
        if self._search_running:
            self._search_again = True
            return
        self._search_running = True
        seq = self._search_seq
        flt = self.current_filter()
        session = self.session
        started = time.perf_counter()

        def work(_progress: ops.Progress) -> list[ListedRecord]:
            return session.records.search(text, flt, limit=SEARCH_LIMIT)

        def done(rows: list[ListedRecord]) -> None:
            if seq == self._search_seq and not self.vault.is_locked:
                self.last_search_ms = (time.perf_counter() - started) * 1000
                self.model.show_search_results(text, rows)
            self._search_ended()

        ops.run(self, work, session=session, on_done=done,
                on_error=lambda err: self._search_failed(seq, err))

    def _search_ended(self) -> None:
        self._search_running = False
        if self._search_again and not self.vault.is_locked:
            self._search_again = False
            self.run_search()

    def _search_failed(self, seq: int, err: BaseException) -> None:
        if seq == self._search_seq and not self.vault.is_locked:
            show_error(self.window(), err)
        self._search_ended()

    def drop_search(self) -> None:
        """At the lock: a search still running is dropped when it answers, none follows."""
        self._search_seq += 1
        self._search_again = False

    def clear(self) -> None:
        """At the lock: the box and the filters emptied, without searching or filtering."""
        self.search_edit.clear()
        self.filter_bar.blockSignals(True)
        self.filter_bar.reset()
        self.filter_bar.blockSignals(False)

    # --- columns ---------------------------------------------------------------------------
    def fixed_column_widths(self) -> None:
        """The columns fit_columns leaves alone: as wide as chosen, or as their header in this
        language ("Последнее изменение" is wider than "Last change"). At build and after a
        language switch only, so a column the officer widened stays so on a window resize."""
        set_column_widths(self.view, {column: width for column, width in COLUMN_WIDTHS.items()
                                      if column not in FIT_COLUMNS
                                      and column != Column.SUMMARY})

    def _floor(self, column: Column) -> int:
        """A fitted column never narrower than its chosen width or its translated header."""
        return max(COLUMN_WIDTHS[column], self.view.horizontalHeader().sectionSizeHint(column))

    def fit_columns(self) -> None:
        """Widen Kind and citizenship to their longest text in this language, each up to its
        share of the table (FIT_SHARES); the summary — the persons, the column read most —
        takes what is left. A third each let one record of five citizenships leave the names
        a hundred pixels (issue 10, seen on the screenshots)."""
        for column, share in zip(FIT_COLUMNS, FIT_SHARES, strict=True):
            hint = max(self.column_hint(column),
                       self.view.horizontalHeader().sectionSizeHint(column))
            limit = max(COLUMN_WIDTHS[column], int(self.view.viewport().width() * share))
            self.view.setColumnWidth(column, max(self._floor(column), min(hint + 8, limit)))
        others = sum(self.view.columnWidth(c) for c in Column if c != Column.SUMMARY
                     and not self.view.isColumnHidden(c))
        self.view.setColumnWidth(Column.SUMMARY, max(self._floor(Column.SUMMARY),
                                                     self.view.viewport().width() - others))

    def column_hint(self, column: Column) -> int:
        """What `QTableView.sizeHintForColumn` says, asked only of one row per distinct text
        (and font): Qt asks every row up to a thousand, each cell a dozen roles through
        Python, which cost ~90 ms per column after a search of 500 hits (issue 10)."""
        seen: dict[tuple[str, bool], int] = {}
        for row, item in enumerate(self.model.rows()):
            seen.setdefault((self.model.display(item, column), item.status == "withdrawn"), row)
        hint = max((self.view.sizeHintForIndex(self.model.index(row, column)).width()
                    for row in seen.values()), default=0)
        return hint + 1 if self.view.showGrid() else hint  # as Qt counts the grid line
