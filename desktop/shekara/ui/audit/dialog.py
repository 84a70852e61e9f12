"""The audit log viewer (supervisors): filters by action, officer, record and dates, and a
"verify chain" button that walks the whole hash chain off the GUI thread and says what it found.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
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
from shekara.ui.audit.model import ACTION_LABELS, AuditFilter, AuditTableModel, action_label
from shekara.ui.errors import show_error
from shekara.ui.i18n import date_format, fmt
from shekara.ui.messages import translated
from shekara.ui.widgets.columns import set_column_widths
from shekara.vault import audit
from shekara.vault.audit import AuditEntry, ChainVerdict

NO_LIMIT = QDate(2000, 1, 1)
DEFAULT_DAYS = 7


def _utc_bound(day: QDate, end: bool) -> str:
    """Local midnight (or the end of the day) of `day` as the log's UTC timestamp form."""
    local = datetime(day.year(), day.month(), day.day(),
                     *((23, 59, 59, 999999) if end else (0, 0, 0, 0))).astimezone()
    return local.astimezone(UTC).isoformat(timespec="microseconds")


class AuditDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("auditDialog")
        self.verdict: ChainVerdict | None = None
        self.model = AuditTableModel(self)
        self.action_combo = QComboBox()
        self.action_combo.setObjectName("auditAction")
        self.officer_edit = QLineEdit()
        self.officer_edit.setObjectName("auditOfficer")
        self.record_edit = QLineEdit()
        self.record_edit.setObjectName("auditRecord")
        self.from_edit = self._date_edit("auditFrom")
        self.from_edit.setDate(QDate.currentDate().addDays(-DEFAULT_DAYS))
        self.to_edit = self._date_edit("auditTo")
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("auditApply")
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply_filters)
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(self.labels, (self.action_combo, self.officer_edit,
                                              self.record_edit, self.from_edit, self.to_edit),
                                strict=True):
            label.setBuddy(field)
        grid = QGridLayout()
        grid.addWidget(self.labels[0], 0, 0)
        grid.addWidget(self.action_combo, 0, 1)
        grid.addWidget(self.labels[1], 0, 2)
        grid.addWidget(self.officer_edit, 0, 3)
        grid.addWidget(self.labels[2], 0, 4)
        grid.addWidget(self.record_edit, 0, 5)
        grid.addWidget(self.labels[3], 1, 0)
        grid.addWidget(self.from_edit, 1, 1)
        grid.addWidget(self.labels[4], 1, 2)
        grid.addWidget(self.to_edit, 1, 3)
        grid.addWidget(self.apply_button, 1, 5, Qt.AlignmentFlag.AlignRight)
        for column, stretch in ((1, 2), (3, 2), (5, 3)):
            grid.setColumnStretch(column, stretch)
        self.view = QTableView()
        self.view.setObjectName("auditTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        set_column_widths(self.view, dict(enumerate((70, 150, 120, 190, 120, 60))))
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("verifyChain")
        self.verify_button.clicked.connect(self.verify_chain)
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("chainVerdict")
        self.verdict_label.setWordWrap(True)
        self.newest_button = QPushButton()
        self.newest_button.setObjectName("auditNewest")
        self.newest_button.clicked.connect(self.show_newest)
        bottom = QHBoxLayout()
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.verdict_label, 1)
        bottom.addWidget(self.newest_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.buttons)
        self.officer_edit.returnPressed.connect(self.apply_filters)
        self.record_edit.returnPressed.connect(self.apply_filters)
        self.action_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.retranslate_ui()
        self.model.set_reader(self._read)
        self.apply_filters()
        self.resize(1040, 620)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_LIMIT)
        edit.setSpecialValueText("—")
        edit.setDate(NO_LIMIT)
        edit.setDisplayFormat(date_format())
        return edit

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Audit log"))
        for label, text in zip(self.labels, (self.tr("&Action:"), self.tr("O&fficer:"),
                                             self.tr("&Record id:"), self.tr("Fro&m:"),
                                             self.tr("&To:")), strict=True):
            label.setText(text)
        self.apply_button.setText(self.tr("&Show"))
        self.verify_button.setText(self.tr("&Verify the chain"))
        self.newest_button.setText(self.tr("&Newest entries"))
        self.officer_edit.setPlaceholderText(self.tr("login"))
        self.action_combo.setAccessibleName(self.tr("Action filter"))
        self.officer_edit.setAccessibleName(self.tr("Officer filter"))
        self.record_edit.setAccessibleName(self.tr("Record id filter"))
        self.view.setAccessibleName(self.tr("Audit entries"))
        current = self.action_combo.currentData()
        self.action_combo.blockSignals(True)
        self.action_combo.clear()
        self.action_combo.addItem(self.tr("all actions"), None)
        for action in sorted(ACTION_LABELS, key=action_label):
            self.action_combo.addItem(action_label(action), action)
        self.action_combo.setCurrentIndex(max(self.action_combo.findData(current), 0)
                                          if current else 0)
        self.action_combo.blockSignals(False)
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat(date_format())
        self.model.retranslate()
        self._show_verdict()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- reading -----------------------------------------------------------------------------
    def _read(self, flt: AuditFilter, limit: int, offset: int) -> list[AuditEntry]:
        with ops.locked(self.session):
            return audit.entries(self.session.vault.conn, action=flt.action,
                                 officer=flt.officer, record_id=flt.record_id,
                                 since=flt.since, until=flt.until, limit=limit, offset=offset)

    def current_filter(self) -> AuditFilter:
        action = self.action_combo.currentData()
        start = self.from_edit.date()
        end = self.to_edit.date()
        return AuditFilter(
            action=action if isinstance(action, str) else None,
            officer=self.officer_edit.text().strip() or None,
            record_id=self.record_edit.text().strip() or None,
            since=None if start == NO_LIMIT else _utc_bound(start, end=False),
            until=None if end == NO_LIMIT else _utc_bound(end, end=True))

    def apply_filters(self) -> None:
        try:
            self.model.set_filter(self.current_filter())
        except Exception as err:
            show_error(self, err)

    def show_newest(self) -> None:
        """Load to the end of what the filter selects and show the last entries."""
        loaded = 0
        while self.model.canFetchMore() and loaded < 200:
            self.model.fetchMore()
            loaded += 1
        self.view.scrollToBottom()

    # --- verifying ---------------------------------------------------------------------------
    def verify_chain(self) -> None:
        self.verify_button.setEnabled(False)
        self.verdict = None
        self.verdict_label.setText(self.tr("Checking every entry of the chain…"))
        conn = self.session.vault.conn
        ops.run(self, lambda _progress: audit.verify(conn), session=self.session,
                on_done=self._verified, on_error=self._verify_failed)

    def _verified(self, verdict: ChainVerdict) -> None:
        self.verify_button.setEnabled(True)
        self.verdict = verdict
        self._show_verdict()

    def _verify_failed(self, err: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.verdict_label.clear()
        show_error(self, err)

    def _show_verdict(self) -> None:
        verdict = self.verdict
        if verdict is None:
            return
        if verdict.ok:
            self.verdict_label.setStyleSheet("color: #1B5E20;")
            self.verdict_label.setText(fmt(self.tr(
                "The chain is intact: %1 entries, the last is No. %2 (%3…)."),
                verdict.entries, verdict.head_seq, verdict.head_hash[:16]))
            return
        self.verdict_label.setStyleSheet("color: #B00020; font-weight: bold;")
        self.verdict_label.setText(fmt(self.tr("The chain is BROKEN at entry No. %1: %2"),
                                       verdict.broken_at or "?",
                                       translated(verdict.reason) if verdict.reason else ""))

