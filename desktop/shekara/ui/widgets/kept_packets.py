"""The shape of an HQ screen listing the packets HQ keeps without importing them — held ones
(waiting for a missing earlier packet) and quarantined forks — with a supervisor's Discard…:
the posts' packets (ui/hq/held.py) and the partner's letters (ui/exchange/held_letters.py).
Each screen says its own words, reads its own list and calls its own service; this holds what
they share: the table, reading it off the GUI thread, the reason form and its question (No the
default), and what came of it, a refusal in red.

The texts here are translated with `QCoreApplication.translate` in this module's class names:
a subclass's `self.tr()` would look them up under its own name and find nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shekara.messages import Message
from shekara.services.hq_held import MAX_REASON_CHARS
from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.errors import error_sentence
from shekara.ui.i18n import fmt, format_stamp
from shekara.ui.messages import translated
from shekara.ui.theme import ERROR_STYLE
from shekara.ui.widgets.confirm import ask_first
from shekara.ui.widgets.form_dialog import FormDialog
from shekara.ui.widgets.table_model import RowTableModel

MODEL = "KeptPacketsModel"
FORK_COLOUR = QColor("#B00020")


@dataclass(frozen=True)
class KeptRow:
    id: str  # what the service's discard takes
    source: str  # the post's or the partner's code
    seq: int
    state: str  # held | fork
    sha256: str
    received_at: str
    reason: str | None  # why it was quarantined, in the English the vault keeps
    records: int | None = None  # record versions in a held packet; None where unknown
    reason_message: Message | None = None  # the same reason, to put in the UI language

    def reason_text(self) -> str | None:
        """Why it was quarantined, in the UI language. A fork quarantined before schema step
        21 has no message in the vault, only its English sentence: that is shown, as it was
        (parsing it back into a message is what the layers never do)."""
        if self.reason_message is not None:
            return translated(self.reason_message)
        return self.reason


class Column(IntEnum):
    SOURCE = 0
    NUMBER = 1
    STATE = 2
    RECORDS = 3
    RECEIVED = 4
    SHA256 = 5
    REASON = 6


HEADERS = {
    Column.SOURCE: QT_TRANSLATE_NOOP("KeptPacketsModel", "Post"),
    Column.NUMBER: QT_TRANSLATE_NOOP("KeptPacketsModel", "Number"),
    Column.STATE: QT_TRANSLATE_NOOP("KeptPacketsModel", "State"),
    Column.RECORDS: QT_TRANSLATE_NOOP("KeptPacketsModel", "Record versions"),
    Column.RECEIVED: QT_TRANSLATE_NOOP("KeptPacketsModel", "Received"),
    Column.SHA256: QT_TRANSLATE_NOOP("KeptPacketsModel", "SHA-256 (start)"),
    Column.REASON: QT_TRANSLATE_NOOP("KeptPacketsModel", "Why quarantined"),
}
PARTNER_HEADER = QT_TRANSLATE_NOOP("KeptPacketsModel", "Partner")
STATES = {
    "held": QT_TRANSLATE_NOOP("KeptPacketsModel", "held"),
    "fork": QT_TRANSLATE_NOOP("KeptPacketsModel", "fork, quarantined"),
}
STATE_TIPS = {
    "held": QT_TRANSLATE_NOOP("KeptPacketsModel", "An earlier packet is missing: this one is "
                                                  "imported by itself once that one arrives."),
    "fork": QT_TRANSLATE_NOOP("KeptPacketsModel", "A different packet with a number already "
                                                  "received, or one that does not follow the "
                                                  "last imported: nothing in it is imported."),
}
SHORT_SHA = 16  # hex digits shown; the whole digest is in the tooltip


_tr = QCoreApplication.translate  # a literal context: the class that shows the text


def _words(source: object) -> str:
    """A source text marked above (QT_TRANSLATE_NOOP), in the UI language."""
    return QCoreApplication.translate(MODEL, str(source))


class KeptPacketsModel(RowTableModel[KeptRow, Column]):
    columns = Column
    headers = HEADERS
    context = MODEL

    def __init__(self, source_header: object = HEADERS[Column.SOURCE],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source_header = source_header

    def header_text(self, column: Column) -> str:
        return _words(self.source_header if column == Column.SOURCE else self.headers[column])

    def display(self, row: KeptRow, column: Column) -> str:
        if column == Column.SOURCE:
            return row.source
        if column == Column.NUMBER:
            return str(row.seq)
        if column == Column.STATE:
            return _words(STATES.get(row.state, row.state))
        if column == Column.RECORDS:  # a fork is never opened: its count is not known
            return str(row.records) if row.records is not None and row.state == "held" else "—"
        if column == Column.RECEIVED:
            return format_stamp(row.received_at) or "—"
        if column == Column.SHA256:
            return row.sha256[:SHORT_SHA] + "…"
        return row.reason_text() or "—"

    def sort_value(self, row: KeptRow, column: Column) -> Any:
        if column == Column.NUMBER:
            return row.seq
        if column == Column.RECORDS:
            return row.records or 0
        if column == Column.RECEIVED:
            return row.received_at
        return self.display(row, column)

    def role_data(self, row: KeptRow, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.STATE and row.state in STATE_TIPS:
                return _words(STATE_TIPS[row.state])
            if column == Column.SHA256:
                return row.sha256
            if column == Column.REASON:
                return row.reason_text()
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATE \
                and row.state == "fork":
            return QBrush(FORK_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.NUMBER,
                                                                    Column.RECORDS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class KeptPacketsDialog(QDialog):
    """Subclasses say `read()` (the list, in a worker), `discard_job(row, reason)`,
    `question(row)`, `consequence()`, `discarded_text(row)` and `retranslate_ui()` (calling
    `retranslate_base()`); they call `reload()` once built."""

    changed = Signal()  # a packet was discarded

    def __init__(self, session: Session, parent: QWidget | None, *, name: str,
                 source_header: object = HEADERS[Column.SOURCE]) -> None:
        super().__init__(parent)
        self.session = session
        self.supervisor = session.vault.role == "supervisor"
        self._loading = False
        self.discard_dialog: DiscardPacketDialog | None = None
        self.setObjectName(name)
        self.setWindowIcon(theme.icon("warning"))
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.caption = QLabel()
        self.model = KeptPacketsModel(source_header, self)
        self.view = QTableView()
        self.view.setObjectName("keptTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        # Every column as wide as its header and values; none stretched: a stretched last
        # column got what the others left and cut its translated header ("Why quarantined").
        # A narrow window scrolls sideways instead.
        self.view.horizontalHeader().setStretchLastSection(False)
        self.caption.setBuddy(self.view)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.empty_label = QLabel()
        self.empty_label.setObjectName("keptEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.filter_row = QHBoxLayout()  # a screen's own filter, above the table
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshKept")
        self.refresh_button.setIcon(theme.icon("refresh"))
        self.refresh_button.clicked.connect(self.reload)
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("discardKept")
        self.discard_button.setIcon(theme.icon("warning"))
        self.discard_button.clicked.connect(self.open_discard)
        self.outcome = QLabel()
        self.outcome.setObjectName("keptOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.refresh_button)
        actions.addWidget(self.discard_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(actions)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.view.setFocus()
        self.resize(1040, 480)

    # --- what each screen says and does --------------------------------------------------------
    def read(self) -> Callable[[], list[KeptRow]]:
        """The call that reads the list (built in the GUI thread, run in a worker)."""
        raise NotImplementedError

    def discard_job(self, row: KeptRow, reason: str) -> Callable[[], object]:
        raise NotImplementedError

    def question(self, row: KeptRow) -> str:
        raise NotImplementedError

    def consequence(self) -> str:
        raise NotImplementedError

    def discarded_text(self, row: KeptRow) -> str:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def retranslate_base(self) -> None:
        self.refresh_button.setText(_tr("KeptPacketsDialog", "&Refresh"))
        self.discard_button.setText(_tr("KeptPacketsDialog", "&Discard…"))
        if not self.supervisor:
            self.discard_button.setToolTip(_tr("KeptPacketsDialog",
                                               "Only a supervisor can do this"))
        self.model.retranslate()
        self._show_empty()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- the list ------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._loading

    def reload(self) -> ops.Operation | None:
        if self._loading:
            return None
        self._loading = True
        self._update_buttons()
        job = self.read()
        return ops.run(self, lambda _progress: job(), session=self.session,
                       on_done=self._loaded, on_error=self._load_failed)

    def _loaded(self, rows: object) -> None:
        self._loading = False
        chosen = self.selected()
        self.model.set_rows(rows if isinstance(rows, list) else [])
        ids = [row.id for row in self.model.rows()]
        if ids:
            at = ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0
            self.view.selectRow(at)
        self._show_empty()
        self._update_buttons()

    def _load_failed(self, err: BaseException) -> None:
        self._loading = False
        self._update_buttons()
        self.say(error_sentence(err), error=True)

    def _show_empty(self) -> None:
        self.empty_label.setText(_tr("KeptPacketsDialog", "Nothing is held or quarantined."))
        self.empty_label.setVisible(not self._loading and self.model.rowCount() == 0)

    def selected(self) -> KeptRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        self.refresh_button.setEnabled(not self._loading)
        self.discard_button.setEnabled(self.supervisor and not self._loading
                                       and self.selected() is not None)

    def say(self, text: str, *, error: bool = False) -> None:
        self.outcome.setStyleSheet(ERROR_STYLE if error else "")
        self.outcome.setText(text)

    # --- discarding ----------------------------------------------------------------------------
    def open_discard(self) -> DiscardPacketDialog | None:
        """The reason form for the selected packet (a supervisor's)."""
        row = self.selected()
        if row is None or not self.supervisor or self._loading:
            return None
        dialog = DiscardPacketDialog(self, row)
        dialog.accepted.connect(lambda: self._discarded(row))
        dialog.finished.connect(dialog.deleteLater)
        self.discard_dialog = dialog
        dialog.open()
        return dialog

    def _discarded(self, row: KeptRow) -> None:
        self.say(self.discarded_text(row))
        self.changed.emit()
        self.reload()


class DiscardPacketDialog(FormDialog):
    """Why the packet is discarded (required, at most the service's limit); Discard… asks
    first, No the default; a refusal shows here in red, the form open with what was typed."""

    def __init__(self, screen: KeptPacketsDialog, row: KeptRow) -> None:
        super().__init__(screen.session, screen)
        self.setObjectName("discardPacketDialog")
        self.listing, self.row = screen, row
        self.confirm_box: QMessageBox | None = None
        self.what = QLabel()
        self.what.setObjectName("discardWhat")
        self.what.setWordWrap(True)
        font = self.what.font()
        font.setBold(True)
        self.what.setFont(font)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("discardReason")
        self.reason.setMaxLength(MAX_REASON_CHARS)
        self.reason_label = QLabel()
        self.reason_label.setBuddy(self.reason)
        self.refusal = QLabel()
        self.refusal.setObjectName("discardRefusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet(ERROR_STYLE)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        form = QFormLayout()
        form.addRow(self.reason_label, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.refusal)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(620, 260)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(_tr("DiscardPacketDialog", "Discard a packet"))
        self.what.setText(self.listing.question(self.row))
        self.explain.setText(fmt(_tr(
            "DiscardPacketDialog", "Say why, in a few words (at most %1 characters): the reason "
            "is kept in the audit log with your name."), MAX_REASON_CHARS))
        self.reason_label.setText(_tr("DiscardPacketDialog", "&Reason:"))
        self.reason.setPlaceholderText(_tr("DiscardPacketDialog", "e.g. the post's supervisor "
                                           "confirmed that a copied vault wrote it"))
        self.ok_button.setText(_tr("DiscardPacketDialog", "&Discard…"))

    def reason_text(self) -> str:
        return self.reason.text().strip()

    def submit(self) -> ops.Operation | None:
        """Refuse an empty reason here; otherwise ask first (`confirm_box`), then discard."""
        if self.busy:
            return None
        if not self.reason_text():
            self.refusal.setText(_tr("DiscardPacketDialog", "Say why the packet is discarded: "
                                     "the reason is required."))
            self.reason.setFocus()
            return None
        self.refusal.clear()
        self.confirm_box = ask_first(
            self, "discardConfirm", title=_tr("DiscardPacketDialog", "Discard the packet"),
            text=self.listing.question(self.row), informative=self.listing.consequence(),
            yes_text=_tr("DiscardPacketDialog", "&Discard"), on_yes=self.confirmed)
        return None

    def confirmed(self) -> ops.Operation | None:
        """Yes: the service's discard, in a worker under the session lock."""
        return super().submit()

    def work(self) -> Callable[[], object]:
        return self.listing.discard_job(self.row, self.reason_text())

    def _failed(self, err: BaseException) -> None:
        self._idle()
        self.refusal.setText(error_sentence(err))  # the form stays open with what was typed
