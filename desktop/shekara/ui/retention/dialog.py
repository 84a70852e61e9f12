"""Admin > Retention…: the window way of `shekara retention purge [--dry-run]` and
`shekara record review ID --extend-until … --reason …` (a supervisor's duties at a post).

The list is read as of today, off the GUI thread; its last column says in words what the purge
would do with each record (services/retention.py `retention_state`, the purge's own rule). The
purge vacuums the vault, which can take a while: it runs in a worker and the window stays
responsive, saying it is working."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shekara.domain import text_rules
from shekara.domain.reference import ReferenceData
from shekara.services.retention import (
    LEGAL_HOLD,
    REVIEW_DUE,
    TO_PURGE,
    WAITS_FOR_HQ,
    PurgeResult,
    RetentionItem,
)
from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.errors import error_sentence
from shekara.ui.i18n import current_language, date_format, fmt, format_moment
from shekara.ui.theme import ERROR_STYLE
from shekara.ui.widgets.columns import set_column_widths
from shekara.ui.widgets.confirm import ask_first
from shekara.ui.widgets.form_dialog import FormDialog
from shekara.ui.widgets.table_model import RowTableModel
from shekara.vault.records import StoredVersion

TO_PURGE_COLOUR = QColor("#B00020")


class Column(IntEnum):
    TITLE = 0
    KIND = 1
    OCCURRED = 2
    KEPT_UNTIL = 3
    NEXT_REVIEW = 4
    STATE = 5


HEADERS = {
    Column.TITLE: QT_TRANSLATE_NOOP("RetentionTableModel", "Record"),
    Column.KIND: QT_TRANSLATE_NOOP("RetentionTableModel", "Kind"),
    Column.OCCURRED: QT_TRANSLATE_NOOP("RetentionTableModel", "Occurred"),
    Column.KEPT_UNTIL: QT_TRANSLATE_NOOP("RetentionTableModel", "Kept until"),
    Column.NEXT_REVIEW: QT_TRANSLATE_NOOP("RetentionTableModel", "Next review"),
    Column.STATE: QT_TRANSLATE_NOOP("RetentionTableModel", "State"),
}
COLUMN_WIDTHS = {Column.TITLE: 180, Column.KIND: 190}
STATES = {
    TO_PURGE: QT_TRANSLATE_NOOP("RetentionTableModel", "to be purged"),
    WAITS_FOR_HQ: QT_TRANSLATE_NOOP("RetentionTableModel",
                                    "past its time, waits for HQ's acknowledgement"),
    LEGAL_HOLD: QT_TRANSLATE_NOOP("RetentionTableModel", "on legal hold"),
    REVIEW_DUE: QT_TRANSLATE_NOOP("RetentionTableModel", "review due"),
}


def day(iso: str | None) -> str:
    """A YYYY-MM-DD date as the UI language writes it."""
    return format_moment(iso[:10]) if iso else "—"


class RetentionTableModel(RowTableModel[RetentionItem, Column]):
    columns = Column
    headers = HEADERS
    context = "RetentionTableModel"

    def __init__(self, ref: ReferenceData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ref = ref

    def state_text(self, item: RetentionItem) -> str:
        return QCoreApplication.translate(self.context, str(STATES[item.state]))

    def sort_value(self, item: RetentionItem, column: Column) -> Any:
        return {Column.TITLE: item.title, Column.KIND: item.kind,
                Column.OCCURRED: item.occurred_at, Column.KEPT_UNTIL: item.retain_until,
                Column.NEXT_REVIEW: item.review_on or "", Column.STATE: item.state}[column]

    def display(self, item: RetentionItem, column: Column) -> str:
        if column == Column.TITLE:
            return text_rules.shown(item.title)  # as the record list shows it
        if column == Column.KIND:
            return self.ref.label("kind", item.kind, current_language())
        if column == Column.OCCURRED:
            return day(item.occurred_at)
        if column == Column.KEPT_UNTIL:
            return day(item.retain_until)
        if column == Column.NEXT_REVIEW:
            return day(item.review_on)
        return self.state_text(item)

    def role_data(self, item: RetentionItem, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.TITLE, Column.KIND,
                                                              Column.STATE):
            return self.display(item, column)
        if (role == Qt.ItemDataRole.ForegroundRole and column == Column.STATE
                and item.state == TO_PURGE):
            return QBrush(TO_PURGE_COLOUR)
        return None


class KeepLongerDialog(FormDialog):
    """A review that keeps one record longer: a later date and a reason (both required; the
    service refuses otherwise and the refusal shows here, the form open with what was typed)."""

    def __init__(self, session: Session, item: RetentionItem,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("keepLongerDialog")
        self.item = item
        self.record = QLabel(text_rules.shown(item.title))
        self.record.setObjectName("keepLongerRecord")
        self.record.setWordWrap(True)
        self.current = QLabel()
        self.current.setWordWrap(True)
        kept = date.fromisoformat(item.retain_until[:10])
        self.until = QDateEdit(QDate(kept.year, kept.month, kept.day).addYears(1))
        self.until.setObjectName("keepUntil")
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat(date_format())
        self.reason = QLineEdit()
        self.reason.setObjectName("keepReason")
        self.reason.setMaxLength(500)
        self.refusal = QLabel()
        self.refusal.setObjectName("keepRefusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet(ERROR_STYLE)
        self.until_label, self.reason_label = QLabel(), QLabel()
        self.until_label.setBuddy(self.until)
        self.reason_label.setBuddy(self.reason)
        form = QFormLayout()
        form.addRow(self.until_label, self.until)
        form.addRow(self.reason_label, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.record)
        layout.addWidget(self.current)
        layout.addLayout(form)
        layout.addWidget(self.refusal)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(560, 240)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Keep the record longer"))
        # The open record's words for its two dates (RecordEditor's string, one translation).
        self.current.setText(fmt(QCoreApplication.translate("RecordEditor",
                                                            "Kept until %1, next review %2"),
                                 day(self.item.retain_until), day(self.item.review_on)))
        self.until.setDisplayFormat(date_format())
        self.until_label.setText(self.tr("Keep &until:"))
        self.reason_label.setText(self.tr("&Reason:"))
        self.reason.setPlaceholderText(self.tr("why it is still needed, e.g. a case still open"))

    def work(self) -> Callable[[], object]:
        self.refusal.clear()
        records, record_id = self.session.records, self.item.id
        chosen = self.until.date()
        until, reason = date(chosen.year(), chosen.month(), chosen.day()), self.reason.text()
        return lambda: records.review(record_id, until, reason)

    def _failed(self, err: BaseException) -> None:
        self._idle()
        self.refusal.setText(error_sentence(err))  # the form stays open with what was typed


class RetentionDialog(QDialog):
    changed = Signal()  # a record was kept longer or records were purged: the list may change

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.session = session
        self.today = today
        self.setObjectName("retentionDialog")
        self.setWindowIcon(theme.icon("audit"))
        self._loading = False
        self._purging = False
        self.keep_dialog: KeepLongerDialog | None = None
        self.purge_box: QMessageBox | None = None
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.model = RetentionTableModel(session.ref, self)
        self.view = QTableView()
        self.view.setObjectName("retentionTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # Kinds are long in kk and lt ("Есірткілерді, қаруды, оқ-дәрілерді…"): title and kind get
        # a share of the width and elide (the whole text in the tooltip), so that the dates and
        # the state, what this screen is about, are always in view.
        for column in COLUMN_WIDTHS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        set_column_widths(self.view, COLUMN_WIDTHS)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.summary = QLabel()
        self.summary.setObjectName("retentionSummary")
        self.summary.setWordWrap(True)
        self.keep_button = QPushButton()
        self.keep_button.setObjectName("keepLonger")
        self.keep_button.clicked.connect(self.open_keep_longer)
        self.purge_button = QPushButton()
        self.purge_button.setObjectName("purgeRecords")
        self.purge_button.setIcon(theme.icon("warning"))
        self.purge_button.clicked.connect(self.ask_purge)
        self.busy = QProgressBar()
        self.busy.setObjectName("purgeBusy")
        self.busy.setRange(0, 0)  # no steps to count: the vacuum is one long statement
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.outcome = QLabel()
        self.outcome.setObjectName("retentionOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.keep_button)
        row.addWidget(self.purge_button)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.busy)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(1120, 520)
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Retention"))
        self.explain.setText(self.tr(
            "Records whose next review has come or whose kept-until date has passed, as of "
            "today. At a review you may keep a record longer, with a reason. The purge removes "
            "for good the records past their time that HQ has acknowledged or that were "
            "withdrawn; a record on legal hold is never purged."))
        self.view.setAccessibleName(self.tr("Records due for review or purge"))
        self.keep_button.setText(self.tr("&Keep longer…"))
        self.model.retranslate()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- the list ------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def purging(self) -> bool:
        return self._purging

    def reload(self) -> ops.Operation:
        self._loading = True
        session, as_of = self.session, self.today()
        return ops.run(self, lambda _progress: session.retention.due(as_of), session=session,
                       on_done=self._loaded, on_error=self._load_failed)

    def _loaded(self, rows: object) -> None:
        self._loading = False
        self.model.set_rows(rows if isinstance(rows, list) else [])
        self._update_buttons()

    def _load_failed(self, err: BaseException) -> None:
        self._loading = False
        self.say(error_sentence(err), error=True)

    def selected(self) -> RetentionItem | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def to_purge(self) -> int:
        return sum(1 for item in self.model.rows() if item.state == TO_PURGE)

    def _update_buttons(self) -> None:
        count = self.to_purge()
        self.purge_button.setText(self.tr("&Purge %n record(s)…", "", count))
        self.purge_button.setEnabled(count > 0 and not self._purging)
        self.keep_button.setEnabled(self.selected() is not None and not self._purging)
        rows = self.model.rowCount()
        if self._loading and not rows:
            self.summary.clear()
        elif rows:
            self.summary.setText(fmt(self.tr("%n record(s) due, %1 of them to be purged.", "",
                                             rows), count))
        else:
            self.summary.setText(self.tr("Nothing is due for review or purge today."))

    def say(self, text: str, *, error: bool = False) -> None:
        self.outcome.setStyleSheet(ERROR_STYLE if error else "")
        self.outcome.setText(text)

    # --- keeping one longer --------------------------------------------------------------------
    def open_keep_longer(self) -> KeepLongerDialog | None:
        item = self.selected()
        if item is None or self._purging:
            return None
        dialog = KeepLongerDialog(self.session, item, self)
        dialog.accepted.connect(self._kept)
        dialog.finished.connect(dialog.deleteLater)
        self.keep_dialog = dialog
        dialog.open()
        return dialog

    def _kept(self) -> None:
        dialog = self.keep_dialog
        value = dialog.result_value if dialog is not None else None
        until = value.retain_until if isinstance(value, StoredVersion) else None
        self.say(fmt(self.tr("Kept longer: until %1."), day(until)))
        self.changed.emit()
        self.reload()

    # --- the purge -----------------------------------------------------------------------------
    def ask_purge(self) -> QMessageBox | None:
        count = self.to_purge()
        if not count or self._purging:
            return None
        self.purge_box = ask_first(
            self, "purgeConfirm", title=self.tr("Purge records"),
            text=self.tr("Purge %n record(s) for good?", "", count),
            informative=self.tr(
                "This cannot be undone: every version of each record, its search entry and its "
                "attachments are removed and the freed space in the vault is overwritten. What "
                "stays is a note that the record existed and when it was purged (no name, no "
                "content), and an entry in the audit log. The note travels to HQ with the next "
                "export."),
            yes_text=self.tr("&Purge"), on_yes=self.purge)
        return self.purge_box

    def purge(self) -> ops.Operation | None:
        if self._purging:
            return None
        self._purging = True
        self.busy.show()
        self.say(self.tr("Purging and overwriting the freed space in the vault… This can take "
                         "a while; you may go on working."))
        self._update_buttons()
        session, as_of = self.session, self.today()
        return ops.run(self, lambda _progress: session.retention.purge(as_of), session=session,
                       on_done=self._purged, on_error=self._purge_failed)

    def _purge_ended(self) -> None:
        self._purging = False
        self.busy.hide()
        self._update_buttons()

    def _purged(self, result: object) -> None:
        self._purge_ended()
        count = len(result.purged) if isinstance(result, PurgeResult) else 0
        self.say(self.tr("%n record(s) purged. The notes that they existed go to HQ with the "
                         "next export.", "", count))
        self.changed.emit()
        self.reload()

    def _purge_failed(self, err: BaseException) -> None:
        self._purge_ended()
        self.say(error_sentence(err), error=True)
