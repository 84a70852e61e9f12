"""The record list's filters: kind, status, date range, citizenship, "qualifies under the
Agreement". Every change emits `changed`; `record_filter()` gives the service's RecordFilter."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)

from shekara.domain.codes import CODE_LISTS
from shekara.domain.reference import ReferenceData
from shekara.ui import theme
from shekara.ui.i18n import current_language, date_format
from shekara.ui.main.country_picker import CountryPicker
from shekara.vault.records import RecordFilter

NO_LIMIT = QDate(2000, 1, 1)  # shown as "—": no limit on that side


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, ref: ReferenceData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ref = ref
        self.kind_label = QLabel()
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindFilter")
        self.status_label = QLabel()
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusFilter")
        self.from_label = QLabel()
        self.from_edit = self._date_edit("fromDate")
        self.to_label = QLabel()
        self.to_edit = self._date_edit("toDate")
        self.country_label = QLabel()
        self.country_picker = CountryPicker(ref)
        self.country_picker.setObjectName("citizenshipFilter")
        self.qualifies_check = QCheckBox()
        self.qualifies_check.setObjectName("qualifiesFilter")
        self.clear_button = QToolButton()
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setIcon(theme.icon("clear"))
        for label, field in ((self.kind_label, self.kind_combo),
                             (self.status_label, self.status_combo),
                             (self.from_label, self.from_edit), (self.to_label, self.to_edit),
                             (self.country_label, self.country_picker)):
            label.setBuddy(field)
        # Two rows: in Kazakh or Lithuanian one row of filters is wider than a laptop screen.
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind_label, 0, 0)
        layout.addWidget(self.kind_combo, 0, 1)
        layout.addWidget(self.status_label, 0, 2)
        layout.addWidget(self.status_combo, 0, 3)
        layout.addWidget(self.country_label, 0, 4)
        layout.addWidget(self.country_picker, 0, 5)
        layout.addWidget(self.from_label, 1, 0)
        dates = QHBoxLayout()
        dates.addWidget(self.from_edit)
        dates.addWidget(self.to_label)
        dates.addWidget(self.to_edit)
        dates.addStretch(1)
        layout.addLayout(dates, 1, 1)
        layout.addWidget(self.qualifies_check, 1, 2, 1, 4)
        layout.addWidget(self.clear_button, 0, 7)
        layout.setColumnStretch(6, 1)
        for combo in (self.kind_combo, self.status_combo):
            # Long kind names must not decide the window's width: the popup shows them whole.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(22)
        self._fill_combos()
        self.retranslate_ui()
        self.kind_combo.currentIndexChanged.connect(self.changed)
        self.status_combo.currentIndexChanged.connect(self.changed)
        self.from_edit.dateChanged.connect(self.changed)
        self.to_edit.dateChanged.connect(self.changed)
        self.country_picker.code_changed.connect(self.changed)
        self.qualifies_check.toggled.connect(self.changed)
        self.clear_button.clicked.connect(self.reset)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_LIMIT)
        edit.setMaximumDate(QDate(2100, 12, 31))
        edit.setSpecialValueText("—")
        edit.setDate(NO_LIMIT)
        return edit

    def _fill_combos(self) -> None:
        lang = current_language()
        for combo, code_list, any_text in (
                (self.kind_combo, "kind", self.tr("all kinds")),
                (self.status_combo, "status", self.tr("all statuses"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(any_text, None)
            for code in CODE_LISTS[code_list]:
                combo.addItem(self._ref.label(code_list, code, lang), code)
            index = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat(date_format())

    def retranslate_ui(self) -> None:
        self.kind_label.setText(self.tr("&Kind:"))
        self.status_label.setText(self.tr("Stat&us:"))
        self.from_label.setText(self.tr("Fr&om:"))
        self.to_label.setText(self.tr("&To:"))
        self.country_label.setText(self.tr("Citi&zenship:"))
        self.qualifies_check.setText(self.tr("Qualif&ies under the Agreement"))
        self.qualifies_check.setToolTip(self.tr(
            "Only records that qualify for exchange: a citizen of the other Party is involved"))
        self.clear_button.setToolTip(self.tr("Clear all filters"))
        self.clear_button.setAccessibleName(self.tr("Clear all filters"))
        self.kind_combo.setAccessibleName(self.tr("Kind filter"))
        self.status_combo.setAccessibleName(self.tr("Status filter"))
        self.from_edit.setAccessibleName(self.tr("Occurred on or after"))
        self.to_edit.setAccessibleName(self.tr("Occurred on or before"))
        self.country_picker.setAccessibleName(self.tr("Citizenship filter"))
        self.qualifies_check.setAccessibleName(self.qualifies_check.text().replace("&", ""))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill_combos()
            self.retranslate_ui()
        super().changeEvent(event)

    def record_filter(self) -> RecordFilter:
        kind = self.kind_combo.currentData()
        status = self.status_combo.currentData()
        start = self.from_edit.date()
        end = self.to_edit.date()
        return RecordFilter(
            kinds=(kind,) if kind else (),
            statuses=(status,) if status else (),
            occurred_from=None if start == NO_LIMIT else start.toString("yyyy-MM-dd"),
            occurred_to=None if end == NO_LIMIT else end.toString("yyyy-MM-dd"),
            citizenship=self.country_picker.code(),
            qualifies=True if self.qualifies_check.isChecked() else None,
        )

    def is_default(self) -> bool:
        return self.record_filter() == RecordFilter()

    def reset(self) -> None:
        """Back to no filter, emitting `changed` once."""
        widgets = (self.kind_combo, self.status_combo, self.from_edit, self.to_edit,
                   self.country_picker, self.qualifies_check)
        for widget in widgets:
            widget.blockSignals(True)
        self.kind_combo.setCurrentIndex(0)
        self.status_combo.setCurrentIndex(0)
        self.from_edit.setDate(NO_LIMIT)
        self.to_edit.setDate(NO_LIMIT)
        self.country_picker.set_code(None)
        self.qualifies_check.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self.changed.emit()
