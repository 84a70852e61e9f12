"""Post > Outbox: the packets written and not yet acknowledged by HQ (`shekara outbox`), and
writing chosen ones again, byte for byte (`shekara export --to DIR --resend SEQ`, once a
packet).

Every officer sees the list, as every officer may run the command; writing again is a
supervisor's, as the service says (the button says so before it would). Writing — the stick,
progress, Stop, read-back, refusals, the transmittal sheets — is the lower half,
ui/export/rewrite_panel.py. Several packets can be selected (Shift or Ctrl with the arrows or
a click; Ctrl+A) and are written one after another in one go.

The acknowledgement screen opens this screen for the packets HQ says are missing, selected
(`preselect`), rather than writing them with machinery of its own: the officer then gets the
stick chooser, progress over all of them, Stop, the read-back, the result packet by packet
and the transmittal sheets exactly as from Post > Packets in the outbox…, sees them among the
rest of the outbox (a copy missing from the vault shows in its row before anything is
written), and can change the selection; one screen to learn, to test and to describe.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shekara.packets.writer import Opener
from shekara.services.drives import removable_drives
from shekara.services.outbox import OutboxPacket
from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.errors import error_sentence
from shekara.ui.export.outbox_model import COLUMN_WIDTHS, OutboxTableModel
from shekara.ui.export.rewrite_panel import RewritePanel
from shekara.ui.export.writing import Failed, Rewrite, Written
from shekara.ui.i18n import fmt
from shekara.ui.theme import ERROR_STYLE
from shekara.ui.widgets.columns import set_column_widths
from shekara.ui.widgets.destination import DriveLister
from shekara.ui.widgets.labels import selectable_label
from shekara.ui.widgets.reasons import ranges
from shekara.ui.widgets.screen_fit import FRAME_HEIGHT

# Rows of the list kept in view when the result of a writing takes room below it.
ROWS_IN_VIEW = 4

class OutboxDialog(QDialog):
    rewritten = Signal(object)  # each Written packet, once on the stick again and checked
    writing_finished = Signal(object)  # the list of Rewrite of one writing, packet by packet

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 list_drives: DriveLister = removable_drives,
                 opener: Opener | None = None, preselect: Iterable[int] = ()) -> None:
        """`preselect`: the packet numbers selected once the list is read (those HQ misses,
        from the acknowledgement screen); those no longer in the outbox are left out."""
        super().__init__(parent)
        self.session = session
        self.supervisor = session.vault.role == "supervisor"
        self.preselect = sorted(set(preselect))
        self._wanted: list[int] | None = list(self.preselect) or None  # selected when read
        self._rows_to_keep = False  # a writing ended: keep rows in view once the list is read
        self._loading = False
        self._read = False  # until the outbox was read once, nothing says it is empty
        self.load_error: BaseException | None = None
        self.setObjectName("outboxDialog")
        self.setWindowIcon(theme.icon("export"))
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.missing_note = selectable_label("outboxMissingNote")  # from the acknowledgement
        self.missing_note.setVisible(bool(self.preselect))
        self.caption = QLabel()
        self.model = OutboxTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("outboxTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.caption.setBuddy(self.view)
        selection = self.view.selectionModel()
        selection.currentRowChanged.connect(lambda *_: self._selected())
        selection.selectionChanged.connect(lambda *_: self._selected())
        self.empty_label = selectable_label("outboxEmpty")
        self.empty_label.hide()
        self.details = selectable_label("outboxDetails")  # the whole SHA-256, the file name
        self.write_box = RewritePanel(session, list_drives=list_drives, opener=opener)
        self.write_box.busy_changed.connect(self._busy_changed)
        self.write_box.rewritten.connect(self.rewritten)
        self.write_box.writing_finished.connect(self._written)
        # The panel's widgets, by the names the screen had before it was split (tests, the
        # screenshot tool).
        box = self.write_box
        self.chooser, self.space_warning = box.chooser, box.space_warning
        self.write_button, self.stop_button = box.write_button, box.stop_button
        self.print_button, self.phase_label, self.bar = box.print_button, box.phase_label, box.bar
        self.outcome, self.per_packet, self.hint = box.outcome, box.per_packet, box.hint
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.missing_note)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)  # the list grows with the window; the stick list not
        layout.addWidget(self.empty_label)
        layout.addWidget(self.details)
        layout.addWidget(self.write_box)
        layout.addWidget(self.close_buttons)
        # Enter in the list writes the selected packets (not the stick list's Refresh, which
        # the dialog would take for its default otherwise); disabled, it does nothing. Set
        # once the button is in the dialog: before, Qt has no dialog to tell.
        self.write_button.setDefault(True)
        self.retranslate_ui()
        self.view.setFocus()
        self.resize(1040, 680)
        self.reload()

    # --- language ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Outbox: packets not yet acknowledged by HQ"))
        self.explain.setText(self.tr(
            "Shekara keeps a copy of every packet it writes until HQ acknowledges it. If a stick "
            "was lost, or HQ says a packet is missing or arrived damaged, write it again here: "
            "the very same file, never a new packet."))
        self.missing_note.setText(fmt(self.tr(
            "HQ says packet(s) %1 are missing: they are selected below. Choose the stick and "
            "press Write again: they are written one after another."), ranges(self.preselect)))
        self.caption.setText(self.tr("&Packets not yet acknowledged:"))
        self.view.setAccessibleName(self.tr("Packets not yet acknowledged"))
        self.model.retranslate()
        self.fit_columns()
        self._show_list()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- the list ------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def busy(self) -> bool:
        return self.write_box.busy

    @property
    def opener(self) -> Opener | None:
        return self.write_box.opener

    @opener.setter
    def opener(self, opener: Opener | None) -> None:
        self.write_box.opener = opener

    @property
    def written(self) -> list[Written]:
        return self.write_box.written

    @property
    def failure(self) -> Failed | None:
        return self.write_box.failure

    @property
    def results(self) -> list[Rewrite]:
        return self.write_box.results

    def reload(self) -> ops.Operation | None:
        """Read the outbox again, off the GUI thread."""
        if self._loading:
            return None
        self._loading = True
        self._update_buttons()
        session = self.session
        return ops.run(self, lambda _progress: session.export.outbox_packets(),
                       session=session, on_done=self._loaded, on_error=self._load_failed)

    def _loaded(self, rows: object) -> None:
        self._loading = False
        self._read = True
        self.load_error = None
        wanted = self._wanted or [row.seq for row in self.selected_packets()]
        current = self.selected()
        self._wanted = None
        self.model.set_rows(rows if isinstance(rows, list) else [])
        self.select_packets(wanted, current.seq if current is not None else None)
        self.fit_columns()
        self._show_list()
        self._update_buttons()
        if self._rows_to_keep:  # the columns widened by what was written: maybe a scroll bar
            self._rows_to_keep = False
            self._keep_rows_in_view()

    def _load_failed(self, err: BaseException) -> None:
        self._loading = False
        self._read = True
        self.load_error = err
        self.model.set_rows([])
        self._show_list()
        self._update_buttons()

    def fit_columns(self) -> None:
        """Each column as wide as its values and its header in this language need, and at
        least its least width; the last one takes what is left."""
        self.view.resizeColumnsToContents()
        set_column_widths(self.view, {column: max(width, self.view.columnWidth(column))
                                      for column, width in COLUMN_WIDTHS.items()})

    def select_packets(self, seqs: Iterable[int], current: int | None = None) -> None:
        """Select the rows of these packet numbers (the first row when none is listed), the
        `current` one or the first of them the row the details are about."""
        listed = [row.seq for row in self.model.rows()]
        rows = [listed.index(seq) for seq in sorted(set(seqs)) if seq in listed]
        if not rows and listed:
            rows = [0]
        if not rows:
            return
        chosen = QItemSelection()
        for row in rows:
            chosen.select(self.model.index(row, 0), self.model.index(row, 0))
        flag = QItemSelectionModel.SelectionFlag
        selection = self.view.selectionModel()
        selection.select(chosen, flag.ClearAndSelect | flag.Rows)
        focus = listed.index(current) if current in listed and listed.index(
            current) in rows else rows[0]
        selection.setCurrentIndex(self.model.index(focus, 0), flag.NoUpdate)
        self.view.scrollTo(self.model.index(focus, 0))
        self._selected()

    def selected(self) -> OutboxPacket | None:
        """The packet the details are about (the list's current row)."""
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_packets(self) -> list[OutboxPacket]:
        """What Write again writes: the selected rows, by packet number."""
        rows = {index.row() for index in self.view.selectionModel().selectedRows()}
        found = [self.model.row_at(row) for row in sorted(rows)]
        return sorted((p for p in found if p is not None), key=lambda p: p.seq)

    def _selected(self) -> None:
        self._show_details()
        self._update_buttons()

    def _show_list(self) -> None:
        """An empty outbox says so in words, and there is nothing to write; a list that could
        not be read says why instead (never that the outbox is empty)."""
        empty = self._read and not self._loading and self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        if self.load_error is not None:
            self.empty_label.setStyleSheet(ERROR_STYLE)
            self.empty_label.setText(error_sentence(self.load_error))
        else:
            self.empty_label.setStyleSheet("")
            self.empty_label.setText(self.tr(
                "Every packet written has been acknowledged by HQ: the outbox is empty and "
                "nothing waits to be written again."))
        self.view.setVisible(not empty)
        self.caption.setVisible(not empty)
        self.write_box.setVisible(not empty or bool(self.results) or self.busy)
        self._show_details()

    def _show_details(self) -> None:
        row = self.selected()
        self.details.setVisible(row is not None)
        if row is None:
            self.details.clear()
            return
        carries = (self.tr("%n record version(s)", "", row.records) + ", "
                   + self.tr("%n removed record(s)", "", row.tombstones))
        self.details.setText(fmt(self.tr("Packet %1: %2 — %3.\nSHA-256: %4"), row.seq,
                                 row.file_name, carries, row.sha256))

    def _update_buttons(self) -> None:
        self.view.setEnabled(not self.busy)
        self.write_box.set_packets(self.selected_packets(), ready=not self._loading)

    # --- writing again (rewrite_panel.py) ------------------------------------------------------
    def write_again(self) -> ops.Operation | None:
        """Write the selected packets to the chosen stick or folder, byte for byte."""
        return self.write_box.write()

    def cancel(self) -> None:
        self.write_box.cancel()

    def print_transmittal(self) -> ops.Operation | None:
        return self.write_box.print_transmittal()

    def _busy_changed(self, busy: bool) -> None:
        self.view.setEnabled(not busy)

    def _written(self, results: object) -> None:
        """Read the list again once something was written (how often each was written
        again); a writing that left some packets unwritten leaves those selected, so that
        Write again tries them again."""
        retry = self.write_box.retry_seqs()
        self._keep_rows_in_view()
        self.writing_finished.emit(results)
        if not self.write_box.written:  # nothing changed: no need to read the list again
            if retry:
                self.select_packets(retry)
            return
        self._wanted = retry or None
        self._rows_to_keep = True
        self.reload()

    def _keep_rows_in_view(self) -> None:
        """The result of writing several packets is a line each, and in Kazakh or Lithuanian
        those wrap: the list above kept two rows. The window grows by what a few rows need,
        as far as the screen has room (a 1366x768 laptop has little)."""
        layout = self.layout()
        if layout is None or self.isMaximized() or self.isFullScreen():
            return
        layout.activate()
        rows = min(self.model.rowCount(), ROWS_IN_VIEW)
        header = self.view.horizontalHeader()
        needed = (header.height() + 2 * self.view.frameWidth()
                  + sum(self.view.rowHeight(row) for row in range(rows)))
        if header.length() > self.view.viewport().width():
            # Columns wider than the window (the times written again, a longer language): the
            # horizontal scroll bar takes its height from the rows. Told before Qt shows it.
            needed += self.view.horizontalScrollBar().sizeHint().height()
        lacking = needed - self.view.height()
        if lacking <= 0:
            return
        height = self.height() + lacking
        screen = self.screen()
        if screen is not None:
            height = min(height, screen.availableGeometry().height() - FRAME_HEIGHT)
        if height > self.height():
            self.resize(self.width(), height)

    def reject(self) -> None:
        # Close or Escape while writing asks the writer to stop; the screen stays until then.
        if self.busy:
            self.cancel()
            return
        super().reject()
