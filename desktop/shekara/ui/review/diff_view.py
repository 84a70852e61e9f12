"""Side by side: a version of a record and the one before it (or any two), changed fields
highlighted, with the reason the newer version gives."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shekara.ui.i18n import fmt
from shekara.ui.review.diff import SAME, Whole, diff_versions, leaf_by_leaf
from shekara.ui.review.diff_model import (
    CHANGE_COLOURS,
    Column,
    DiffTableModel,
    ValueWords,
    as_stored,
)
from shekara.ui.review.field_names import FieldWords
from shekara.ui.review.text import translate
from shekara.vault.records import StoredVersion

FIELD_SHARE = 0.35  # of the table's width, at most, for the fields' names


class VersionDiffView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions: list[StoredVersion] = []
        self.status_label: Callable[[str], str] = str  # the page gives reference-data labels
        # Given the kind and the versions' data, the words for their fields and values (the
        # page gives the editor's, review/field_names.py); paths and values as stored without.
        self.field_words: Callable[[str, list[dict[str, Any]]], FieldWords] | None = None
        # Called with the older (None: none) and newer version numbers before their fields are
        # shown; False shows none. The record history audits each version viewed through it
        # (the review's page, which audited its opening, gives none).
        self.before_showing: Callable[[int | None, int], bool] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        pick = QHBoxLayout()
        self.old_label = QLabel(translate("VersionDiff", "Compare version"), self)
        self.old_choice = QComboBox(self)
        self.new_label = QLabel(translate("VersionDiff", "with version"), self)
        self.new_choice = QComboBox(self)
        self.old_label.setBuddy(self.old_choice)
        self.new_label.setBuddy(self.new_choice)
        self.old_choice.setAccessibleName(translate("VersionDiff", "Older version"))
        self.new_choice.setAccessibleName(translate("VersionDiff", "Newer version"))
        self.only_changes = QCheckBox(translate("VersionDiff", "Only what changed"), self)
        for widget in (self.old_label, self.old_choice, self.new_label, self.new_choice):
            pick.addWidget(widget)
        pick.addStretch(1)
        pick.addWidget(self.only_changes)
        layout.addLayout(pick)
        self.reason = QLabel(self)
        self.reason.setObjectName("versionReason")
        self.reason.setWordWrap(True)
        layout.addWidget(self.reason)
        legend = QHBoxLayout()
        for change, text in (("changed", translate("VersionDiff", "changed")),
                             ("added", translate("VersionDiff", "added")),
                             ("removed", translate("VersionDiff", "removed"))):
            swatch = QLabel(text, self)
            swatch.setStyleSheet(f"background: {CHANGE_COLOURS[change]}; color: #202020;"
                                 " padding: 2px 8px; border-radius: 3px;")
            legend.addWidget(swatch)
        legend.addStretch(1)
        layout.addLayout(legend)
        self.model = DiffTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("VersionDiff", "Fields of the two versions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # The field's name as wide as it needs, up to FIELD_SHARE of the table: one long path
        # ("1-адам › 1-құжат › Жарамдылық мерзімі") wraps rather than squeezing the values,
        # which are what the supervisor reads.
        header.setSectionResizeMode(Column.FIELD, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.OLD, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.NEW, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        # The field column, then the row heights (long narratives wrap), once the widths settle.
        self._fit_later = QTimer(self)
        self._fit_later.setSingleShot(True)
        self._fit_later.setInterval(0)
        self._fit_later.timeout.connect(self._fit)
        header.sectionResized.connect(lambda *_: self._fit_later.start())
        self.old_choice.currentIndexChanged.connect(self.refresh)
        self.new_choice.currentIndexChanged.connect(self.refresh)
        self.only_changes.toggled.connect(self.refresh)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_later.start()

    def _fit(self) -> None:
        """The field column's width for today's rows and table, then the rows' heights."""
        header = self.table.horizontalHeader()
        wanted = max(self.table.sizeHintForColumn(Column.FIELD),
                     header.sectionSizeHint(Column.FIELD))
        limit = max(header.sectionSizeHint(Column.FIELD),
                    int(self.table.viewport().width() * FIELD_SHARE))
        width = min(wanted, limit)
        if header.sectionSize(Column.FIELD) != width:
            header.resizeSection(Column.FIELD, width)  # sectionResized: _fit again, rows too
            return
        self.table.resizeRowsToContents()

    def set_versions(self, versions: Sequence[StoredVersion], *, old: int | None = None,
                     new: int | None = None) -> None:
        """Show `new` (default: the latest) against `old` (default: the one before it)."""
        self.versions = sorted(versions, key=lambda v: v.version)
        newest = new or (self.versions[-1].version if self.versions else None)
        older = old if old is not None else (newest - 1 if newest and newest > 1 else None)
        for combo in (self.old_choice, self.new_choice):
            combo.blockSignals(True)
            combo.clear()
        self.old_choice.addItem(translate("VersionDiff", "(none)"), None)
        for version in self.versions:
            self.old_choice.addItem(self._title(version), version.version)
            self.new_choice.addItem(self._title(version), version.version)
        self.old_choice.setCurrentIndex(max(self.old_choice.findData(older), 0))
        self.new_choice.setCurrentIndex(max(self.new_choice.findData(newest), 0))
        self.only_changes.blockSignals(True)
        self.only_changes.setChecked(older is not None)
        for widget in (self.old_choice, self.new_choice, self.only_changes):
            widget.blockSignals(False)
        self.refresh()

    def _title(self, version: StoredVersion) -> str:
        return fmt(translate("VersionDiff", "%1 (%2)"), version.version,
                   self.status_label(version.status))

    def _version(self, number: object) -> StoredVersion | None:
        return next((v for v in self.versions if v.version == number), None)

    def refresh(self) -> None:
        new = self._version(self.new_choice.currentData())
        old = self._version(self.old_choice.currentData())
        if new is None or (self.before_showing is not None and not self.before_showing(
                old.version if old else None, new.version)):
            self.model.set_rows([])
            self.reason.hide()
            return
        old_data, new_data = (old.data if old else None), new.data
        name: Callable[[str], str] = str
        said: ValueWords = as_stored
        whole: Whole = leaf_by_leaf
        if self.field_words is not None:
            words = self.field_words(new.kind, [v.data for v in (old, new) if v is not None])
            old_data = words.comparable(old_data) if old_data is not None else None
            new_data = words.comparable(new_data)
            name, said, whole = words.name, words.value, words.whole
        rows = diff_versions(old_data, new_data, whole)
        if self.only_changes.isChecked() and old is not None:
            rows = [row for row in rows if row.change != SAME]
        self.model.set_rows(
            rows, old_title=fmt(translate("VersionDiff", "Version %1"), old.version) if old
            else "", new_title=fmt(translate("VersionDiff", "Version %1"), new.version),
            name=name, words=said)
        self.table.setColumnHidden(Column.OLD, old is None)
        if new.reason:
            self.reason.setText(fmt(translate("VersionDiff", "Reason for version %1: %2"),
                                    new.version, new.reason))
        else:
            self.reason.setText("")
        self.reason.setVisible(bool(new.reason))
        self._fit_later.start()
