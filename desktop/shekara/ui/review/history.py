"""A record's history: every version (who wrote it and when, who approved it, the reason of a
correction or withdrawal), and the one selected compared with the version before it.

Opened from a stored record's editor (its History… button) and from the window's record
actions (ui/main/record_actions.py). Like opening the record, seeing what a version said is an
audited view of personal data (design.md): each version whose fields come on screen goes
through `session.records.show(id, version)` first, once per dialog, and a version whose view
cannot be recorded is not shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shekara.domain.codes import KIND_ARTICLE
from shekara.errors import ShekaraError
from shekara.services.session import Session
from shekara.ui.editors.context import ui_language
from shekara.ui.errors import show_error
from shekara.ui.i18n import fmt
from shekara.ui.ops import locked
from shekara.ui.review.diff_view import VersionDiffView
from shekara.ui.review.field_names import FieldWords
from shekara.ui.review.history_model import HistoryColumn, VersionListModel
from shekara.ui.review.page import field_words
from shekara.ui.review.text import translate
from shekara.vault.records import StoredVersion


class RecordHistoryDialog(QDialog):
    def __init__(self, session: Session, record_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordHistory")
        self.session = session
        self.record_id = record_id
        self.lang = ui_language()
        self.versions: list[StoredVersion] = []
        self.viewed: set[int] = set()  # versions whose view is in the audit log already
        self.report_error: Callable[[BaseException], object] = lambda e: show_error(self, e)

        self.title = QLabel(self)
        self.title.setObjectName("historyTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.list_label = QLabel(self)
        self.list_label.setWordWrap(True)
        self.model = VersionListModel(self._status, self)
        self.table = QTableView(self)
        self.table.setObjectName("historyVersions")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; Up and Down walk it
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in HistoryColumn:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HistoryColumn.REASON, QHeaderView.ResizeMode.Stretch)
        self.list_label.setBuddy(self.table)
        # Row heights follow the column widths (a long reason wraps), once the widths settle.
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._fit_rows.start())
        self.note = QLabel(self)
        self.note.setObjectName("historyNote")
        self.note.setWordWrap(True)
        self.diff = VersionDiffView(self)
        self.diff.status_label = self._status
        self.diff.field_words = self._field_words
        self.diff.before_showing = self._before_showing

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.list_label)
        top_layout.addWidget(self.table)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.note)
        bottom_layout.addWidget(self.diff, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)  # Escape as well
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        # Another version chosen in the comparison's own picker: the list follows.
        self.diff.new_choice.currentIndexChanged.connect(self._follow_comparison)
        self.retranslate_ui()
        self.reload()
        self.resize(1000, 720)
        self.table.setFocus()

    # --- showing ----------------------------------------------------------------------------
    def _status(self, code: str) -> str:
        return self.session.ref.label("status", code, self.lang)

    def reload(self) -> None:
        """Read the record again (a correction saved meanwhile adds a row) and show its head."""
        try:
            with locked(self.session):
                shown = self.session.records.show(self.record_id)  # audited: the head's view
        except ShekaraError as err:
            self.report_error(err)
            return
        self.viewed.add(shown.current.version)
        self.versions = sorted(shown.versions, key=lambda v: v.version)
        head = shown.current
        self.title.setText("\n".join([
            fmt(translate("RecordHistory", "%1 (Art. %2)"),
                self.session.ref.label("kind", head.kind, self.lang), KIND_ARTICLE[head.kind]),
            fmt(translate("RecordHistory", "Record %1"), self.record_id)]))
        self.model.set_rows(self.versions)
        self._fit_rows.start()
        self.select_version(head.version)

    def select_version(self, version: int) -> None:
        """Select `version` in the list: the comparison shows it against the one before."""
        row = self.model.row_of(version)
        if row < 0:
            return
        if self.table.currentIndex().row() == row:
            self._row_changed(self.model.index(row, 0), QModelIndex())
        else:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def selected_version(self) -> int | None:
        found = self.model.row_at(self.table.currentIndex().row())
        return found.version if found is not None else None

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        chosen = self.model.row_at(current.row())
        if chosen is not None:
            self.diff.set_versions(self.versions, new=chosen.version)

    def _follow_comparison(self, _index: int) -> None:
        number = self.diff.new_choice.currentData()
        row = self.model.row_of(number) if isinstance(number, int) else -1
        if row >= 0 and row != self.table.currentIndex().row():
            self.table.selectionModel().blockSignals(True)  # the comparison is shown already
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectionModel().blockSignals(False)
            self.table.viewport().update()

    def _before_showing(self, old: int | None, new: int) -> bool:
        """Record the view of each version about to be shown, then say what the comparison
        is; False (nothing shown) when the audit log could not take it."""
        for version in (new, old):
            if version is None or version in self.viewed:
                continue
            try:
                with locked(self.session):
                    self.session.records.show(self.record_id, version)
            except ShekaraError as err:
                self.note.setText("")
                self.report_error(err)
                return False
            self.viewed.add(version)
        self._explain(old, new)
        return True

    def _explain(self, old: int | None, new: int) -> None:
        data = {v.version: v.data for v in self.versions}
        if len(self.versions) == 1:
            text = translate("RecordHistory", "The record has only this version: it has not "
                             "been corrected.")
        elif old is None:
            text = fmt(translate("RecordHistory", "Version %1 is the first: every field as it "
                                 "was written."), new)
        elif data.get(old) == data.get(new):
            text = fmt(translate("RecordHistory", "Version %1 changes no field of version %2."),
                       new, old)
        else:
            text = fmt(translate("RecordHistory", "Fields that differ between version %1 "
                                 "and version %2 are highlighted."), old, new)
        self.note.setText(text)

    def _field_words(self, kind: str, versions: list[dict[str, Any]]) -> FieldWords:
        return field_words(self.session, self.lang, kind, versions)

    # --- language ---------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("RecordHistory", "Record history"))
        self.list_label.setText(translate("RecordHistory", "&Versions (Up and Down compare "
                                          "each with the one before):"))
        self.table.setAccessibleName(translate("RecordHistory", "Versions of the record"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.lang = ui_language()
            self.retranslate_ui()
        super().changeEvent(event)
