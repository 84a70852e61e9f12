"""Post > Outbox: the packets written and not yet acknowledged by HQ (`shekara outbox`), and
writing a chosen one again, byte for byte (`shekara export --to DIR --resend SEQ`).

Every officer sees the list, as every officer may run the command; writing again is a
supervisor's, as the service says (the button says so before it would). The stick is chosen
with the export wizard's own chooser (ui/widgets/destination.py), and the writing runs in a
worker as the wizard's does (`writing.rewrite_packet`: the same service call, progress, Stop
and read-back). A refusal — the vault's copy missing or altered, the folder not writable, the
stick full — is said in red in the UI language, and changes nothing: the outbox keeps the
packet. Once written, the transmittal sheet of the copy on the stick prints from here, as from
the wizard's last page.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shekara.errors import PacketError
from shekara.packets.writer import Opener
from shekara.services.drives import removable_drives
from shekara.services.outbox import OutboxPacket
from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.errors import error_sentence
from shekara.ui.export.outbox_model import COLUMN_WIDTHS, OutboxTableModel
from shekara.ui.export.writing import (
    PHASE_VERIFY,
    PHASE_WRITE,
    Failed,
    Written,
    rewrite_packet,
)
from shekara.ui.i18n import fmt
from shekara.ui.theme import ERROR_STYLE, WARNING_STYLE
from shekara.ui.widgets.columns import set_column_widths
from shekara.ui.widgets.destination import DestinationChooser, DriveLister, data_size
from shekara.ui.widgets.labels import selectable_label


class OutboxDialog(QDialog):
    rewritten = Signal(object)  # the Written packet, once on the stick again and checked

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 list_drives: DriveLister = removable_drives,
                 opener: Opener | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.supervisor = session.vault.role == "supervisor"
        self.opener = opener  # the writer's hook (tests pass a failing stick)
        self._loading = False
        self._read = False  # until the outbox was read once, nothing says it is empty
        self.load_error: BaseException | None = None
        self._op: ops.Operation | None = None
        self._phase = ""
        self._writing_seq: int | None = None
        self.written: Written | None = None
        self.failure: Failed | None = None
        self._failed_seq: int | None = None
        self.setObjectName("outboxDialog")
        self.setWindowIcon(theme.icon("export"))
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.caption = QLabel()
        self.model = OutboxTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("outboxTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.caption.setBuddy(self.view)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.empty_label = selectable_label("outboxEmpty")
        self.empty_label.hide()
        self.details = selectable_label("outboxDetails")  # the whole SHA-256, the file name
        self.chooser = DestinationChooser(list_drives=list_drives)
        self.chooser.changed.connect(lambda _path: self._update_buttons())
        self.space_warning = selectable_label("outboxSpace")
        self.space_warning.setStyleSheet(WARNING_STYLE)
        self.space_warning.hide()
        self.write_button = QPushButton()
        self.write_button.setObjectName("writeAgain")
        self.write_button.setIcon(theme.icon("export"))
        self.write_button.clicked.connect(self.write_again)
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stopWriting")
        self.stop_button.clicked.connect(self.cancel)
        self.stop_button.hide()
        self.print_button = QPushButton()
        self.print_button.setObjectName("printTransmittal")
        self.print_button.clicked.connect(self.print_transmittal)
        self.print_button.hide()
        self.phase_label = selectable_label("outboxPhase")
        self.bar = QProgressBar()
        self.bar.setObjectName("outboxProgress")
        self.bar.hide()
        self.outcome = selectable_label("outboxOutcome")
        self.hint = selectable_label("outboxHint")
        self.write_box = QGroupBox()
        self.write_box.setObjectName("writeAgainBox")
        # As tall as it needs, no taller: the room left goes to the list of packets.
        self.write_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        buttons = QHBoxLayout()
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        inside = QVBoxLayout(self.write_box)
        inside.addWidget(self.chooser)
        inside.addWidget(self.space_warning)
        inside.addLayout(buttons)
        inside.addWidget(self.phase_label)
        inside.addWidget(self.bar)
        inside.addWidget(self.outcome)
        inside.addWidget(self.hint)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)  # the list grows with the window; the stick list not
        layout.addWidget(self.empty_label)
        layout.addWidget(self.details)
        layout.addWidget(self.write_box)
        layout.addWidget(self.close_buttons)
        # Enter in the list writes the selected packet (not the stick list's Refresh, which
        # the dialog would take for its default otherwise); disabled, it does nothing. Set
        # once the button is in the dialog: before, Qt has no dialog to tell.
        self.write_button.setDefault(True)
        self._fit_drive_list()
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
        self.caption.setText(self.tr("&Packets not yet acknowledged:"))
        self.view.setAccessibleName(self.tr("Packets not yet acknowledged"))
        self.write_box.setTitle(self.tr("Write the selected packet again"))
        self.write_button.setText(self.tr("&Write again"))
        self.stop_button.setText(self.tr("&Stop writing"))
        self.print_button.setText(self.tr("Print the &transmittal sheet…"))
        self.bar.setAccessibleName(self.tr("Progress of the writing"))
        if not self.supervisor:
            self.write_button.setToolTip(self.tr("Only a supervisor can do this"))
        self.model.retranslate()
        self.fit_columns()
        self._show_list()
        self._show_phase()
        self._show_outcome()
        self._show_space()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.FontChange:  # View > Zoom
            self._fit_drive_list()
        super().changeEvent(event)

    def _fit_drive_list(self) -> None:
        """A few sticks' rows, not the list's default height: a post has a stick or two, and
        the room is the list of packets' (the whole dialog fits a 768-pixel-high screen)."""
        drives = self.chooser.drive_list
        row = max(drives.fontMetrics().lineSpacing(), drives.iconSize().height(), 16) + 8
        drives.setMaximumHeight(max(drives.minimumHeight(), 4 * row + 2 * drives.frameWidth()))

    # --- the list ------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def busy(self) -> bool:
        return self._op is not None

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
        chosen = self.selected()
        self.model.set_rows(rows if isinstance(rows, list) else [])
        seqs = [row.seq for row in self.model.rows()]
        if seqs:
            self.view.selectRow(seqs.index(chosen.seq) if chosen is not None
                                and chosen.seq in seqs else 0)
        self.fit_columns()
        self._show_list()
        self._update_buttons()

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

    def selected(self) -> OutboxPacket | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

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
        self.write_box.setVisible(not empty or self.written is not None or self.busy)
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
        row = self.selected()
        can_write = (self.supervisor and not self.busy and not self._loading
                     and row is not None and self.chooser.directory() is not None)
        self.write_button.setEnabled(can_write)
        self.view.setEnabled(not self.busy)
        self.chooser.setEnabled(not self.busy)
        self._show_space()

    def _show_space(self) -> None:
        """Warned before writing, as the export wizard warns: the chosen stick said it has
        less room than the packet takes. Not a refusal (a stick's answer can be stale)."""
        row, free = self.selected(), self.chooser.free_bytes()
        size = row.size if row is not None else None
        if row is None or size is None or free is None or size <= free:
            self.space_warning.hide()
            return
        self.space_warning.setText(fmt(self.tr(
            "The stick may be too small: packet %1 takes %2 and it has %3 free."),
            row.seq, data_size(size), data_size(free)))
        self.space_warning.show()

    # --- writing again -------------------------------------------------------------------------
    def write_again(self) -> ops.Operation | None:
        """Write the selected packet to the chosen stick or folder, byte for byte."""
        row = self.selected()
        directory = self.chooser.directory()
        if row is None or directory is None or self.busy or not self.supervisor:
            return None
        self.written = None
        self.failure = None
        self._writing_seq = row.seq
        self._phase = ""
        session, opener, seq = self.session, self.opener, row.seq
        self._op = ops.run(self, lambda progress: rewrite_packet(session, directory, seq,
                                                                 progress, opener),
                           session=session, on_done=self._finished,
                           on_error=lambda err: self._finished(Failed(err, True)),
                           on_progress=self._progressed)
        self._set_busy(True)
        self._show_phase()
        self._show_outcome()
        return self._op

    def cancel(self) -> None:
        """Stop writing: the writer removes what it wrote; the vault changes nothing."""
        if self._op is not None:
            self._op.cancel()
            self.stop_button.setEnabled(False)
            self.phase_label.setText(self.tr("Stopping… the stick is being cleaned up."))

    def _set_busy(self, busy: bool) -> None:
        self.bar.setVisible(busy)
        self.bar.setRange(0, 0)
        self.stop_button.setVisible(busy)
        self.stop_button.setEnabled(busy)
        self.print_button.setVisible(not busy and self.written is not None)
        self._update_buttons()
        if busy:
            self.stop_button.setFocus()

    def _progressed(self, done: int, total: int, phase: str) -> None:
        self._phase = phase
        if phase == PHASE_WRITE and total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(done * 1000 / total))
        else:
            self.bar.setRange(0, 0)
        self._show_phase(done, total)

    def _show_phase(self, done: int = 0, total: int = 0) -> None:
        if not self.busy:
            self.phase_label.clear()
            self.phase_label.hide()
            return
        self.phase_label.show()
        if self._phase == PHASE_WRITE and total:
            text = fmt(self.tr("Writing: %1 of %2"), data_size(done), data_size(total))
        elif self._phase == PHASE_VERIFY:
            text = self.tr("Reading the packet back from the stick and checking it…")
        else:
            text = fmt(self.tr("Reading the copy of packet %1 kept in the vault…"),
                       self._writing_seq or "")
        self.phase_label.setText(text)

    def _finished(self, outcome: object) -> None:
        self._op = None
        self._failed_seq = self._writing_seq
        if isinstance(outcome, Written):
            self.written = outcome
            self.failure = None
        else:
            self.failure = outcome if isinstance(outcome, Failed) else Failed(
                RuntimeError("unexpected result"), True)
        self._set_busy(False)
        self._show_phase()
        self._show_outcome()
        if self.written is not None and self.failure is None:
            self.rewritten.emit(self.written)
            self.print_button.setFocus()
            self.reload()  # how often it was written again
        else:
            self.write_button.setFocus()

    def _show_outcome(self) -> None:
        outcome, hint, error = self._outcome_texts()
        self.outcome.setStyleSheet(ERROR_STYLE if error else "")
        for label, text in ((self.outcome, outcome), (self.hint, hint)):
            label.setText(text)
            label.setVisible(bool(text))  # no empty line where nothing is said

    def _outcome_texts(self) -> tuple[str, str, bool]:
        """(what happened, what it means or what to do, whether it is a refusal)."""
        if not self.supervisor:
            return "", self.tr("Only a supervisor can write a packet again."), False
        if self.failure is not None:
            err = self.failure.error
            return self._failure_text(err), self._failure_hint(err), True
        written = self.written
        if written is None:
            return "", "", False
        result = written.result
        outcome = fmt(self.tr(
            "Packet %1 is written again to %2, with its original contents."), result.seq,
            str(result.path))
        if written.verified:
            check = fmt(self.tr("Read again from the stick (%1): the signature verified, the "
                                "contents decrypted, the SHA-256 is the same."),
                        data_size(written.size))
        else:
            check = self.tr("Verified while writing; the stick could not be read again just "
                            "now.")
        return outcome, check + " " + self.tr(
            "Hand the stick over with the printed transmittal sheet."), False

    def _failure_text(self, err: BaseException) -> str:
        if isinstance(err, ops.Cancelled):
            return self.tr("Writing was stopped.")
        return error_sentence(err)

    def _failure_hint(self, err: BaseException) -> str:
        """What to do next. A stick's trouble: another try, or another stick. The vault's
        copy missing or altered, or an interrupted export: the message itself says what to
        do; here only that nothing was lost."""
        kept = fmt(self.tr("Nothing changed in the vault: it keeps packet %1 until HQ "
                           "acknowledges it."), self._failed_seq or "")
        if isinstance(err, PacketError | ops.Cancelled):
            return kept + " " + self.tr("Check the stick (plugged in, not locked, enough free "
                                        "space) and write again, or choose another one.")
        return kept

    def print_transmittal(self) -> ops.Operation | None:
        """The transmittal sheet of the copy just written, in the report preview (print or
        save from there), as from the export wizard's last page."""
        from shekara.ui.reports.opening import open_transmittal_report

        if self.written is None or self.busy:
            return None
        return open_transmittal_report(self, self.session, self.written.result.path)

    def reject(self) -> None:
        # Close or Escape while writing asks the writer to stop; the screen stays until then.
        if self.busy:
            self.cancel()
            return
        super().reject()
