"""HQ: the disclosure register (Art. 10) — every record version and correction that went to the
partner, with the persons sent, the article, the letter's registration number and the packet's
SHA-256; filtered by the day it was sent and by record."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.errors import show_error
from shekara.ui.exchange.register_models import DisclosureColumn, DisclosuresTableModel
from shekara.ui.exchange.tables import table_view
from shekara.ui.i18n import date_format
from shekara.ui.reports.opening import Shown, open_report
from shekara.vault.exchange_store import Disclosure

DEFAULT_DAYS = 365


class DisclosuresDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._loading = False
        self._all: list[Disclosure] = []
        self.setObjectName("disclosuresDialog")
        self.setWindowIcon(theme.icon("audit"))
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        today = QDate.currentDate()
        self.from_label, self.to_label = QLabel(), QLabel()
        self.from_edit, self.to_edit = QDateEdit(today.addDays(-DEFAULT_DAYS)), QDateEdit(today)
        for label, edit, name in ((self.from_label, self.from_edit, "disclosedFrom"),
                                  (self.to_label, self.to_edit, "disclosedTo")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
            edit.dateChanged.connect(lambda _d: self.reload())
            label.setBuddy(edit)
        self.record_label = QLabel()
        self.record_edit = QLineEdit()
        self.record_edit.setObjectName("disclosedRecord")
        self.record_edit.setClearButtonEnabled(True)
        self.record_edit.setMaxLength(80)
        self.record_edit.textChanged.connect(lambda _t: self._apply_record_filter())
        self.record_label.setBuddy(self.record_edit)
        self.model = DisclosuresTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(DisclosuresTableModel.SortRole)
        self.view = table_view("disclosuresTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(DisclosureColumn.SENT_AT, Qt.SortOrder.DescendingOrder)
        self.count_label = QLabel()
        self.count_label.setObjectName("disclosureCount")
        filters = QHBoxLayout()
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit,
                       self.record_label):
            filters.addWidget(widget)
        filters.addWidget(self.record_edit, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.print_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("printDisclosures")
        self.print_button.clicked.connect(lambda: self.print_register())
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(1180, 520)
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Disclosure register"))
        self.explain.setText(self.tr(
            "Every record version and correction sent to the other Party (Art. 10): what "
            "Art. 10.2 consents and Art. 10.3 corrections stand on."))
        self.from_label.setText(self.tr("Sent &from:"))
        self.to_label.setText(self.tr("&to:"))
        self.record_label.setText(self.tr("&Record:"))
        self.record_edit.setPlaceholderText(self.tr("registration number or id"))
        self.view.setAccessibleName(self.tr("Disclosures"))
        self.print_button.setText(self.tr("&Print the period…"))
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat(date_format())
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @property
    def loading(self) -> bool:
        return self._loading

    def period(self) -> tuple[date, date]:
        start, end = self.from_edit.date(), self.to_edit.date()
        return (date(start.year(), start.month(), start.day()),
                date(end.year(), end.month(), end.day()))

    def reload(self) -> ops.Operation:
        self._loading = True
        session = self.session
        start, end = self.period()
        since, until = start.isoformat(), (end + timedelta(days=1)).isoformat()

        def work(_progress: ops.Progress) -> list[Disclosure]:
            return session.share.disclosures(since=since, until=until)

        return ops.run(self, work, session=session, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, rows: object) -> None:
        self._loading = False
        self._all = [r for r in rows if isinstance(r, Disclosure)] \
            if isinstance(rows, list) else []
        self._apply_record_filter()

    def _failed(self, err: BaseException) -> None:
        self._loading = False
        show_error(self, err)

    def _apply_record_filter(self) -> None:
        text = self.record_edit.text()
        self.model.set_rows([r for r in self._all if self.model.matches(r, text)])
        self._show_count()

    def print_register(self, *, on_shown: Shown | None = None) -> ops.Operation:
        """The register of the chosen days on paper (every record: the filter is the screen's)."""
        session = self.session
        start, end = self.period()
        return open_report(self, session,
                           lambda _reports: session.share.disclosures_report(start, end),
                           on_shown=on_shown)

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n disclosure(s)", "", self.model.rowCount()))
