"""The Outbox screen's lower half (ui/export/outbox.py): writing the packets selected above
again, byte for byte, to a stick or folder — one or several in one go, as when an
acknowledgement says HQ misses some (ui/export/ack_import.py opens the outbox for that).

The stick is chosen with the export wizard's own chooser (ui/widgets/destination.py); the
writing runs in a worker (`writing.rewrite_packets`: for each packet the service call of
`shekara export --resend SEQ`, with progress, Stop and read-back). The bar runs over all the
packets; Stop ends the writing where it is, and the writer removes what it had begun of the
packet it was writing — a packet already written and checked stays on the stick, its result
said. A refusal of one packet's own copy (missing or altered in the vault) goes on with the
next; the stick's refusals (full, read-only, pulled out) end the writing, as they would refuse
the rest too. Every refusal is said in the UI language and changes nothing in the vault: the
outbox keeps each packet until HQ acknowledges it. Afterwards the result is said packet by
packet, and the transmittal sheet of each copy written prints from here, one after another.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from shekara.errors import PacketError
from shekara.packets.writer import Opener
from shekara.services.outbox import OutboxPacket
from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.errors import error_sentence
from shekara.ui.export.writing import (
    PHASE_VERIFY,
    PHASE_WRITE,
    BatchStep,
    Failed,
    Rewrite,
    Written,
    batch_step,
    own_copy_refused,
    rewrite_packets,
)
from shekara.ui.i18n import fmt
from shekara.ui.theme import ERROR_STYLE, WARNING_STYLE
from shekara.ui.widgets.destination import DestinationChooser, DriveLister, data_size
from shekara.ui.widgets.labels import selectable_label
from shekara.ui.widgets.reasons import ranges


class RewritePanel(QGroupBox):
    rewritten = Signal(object)  # each Written, once the writing has ended
    writing_finished = Signal(object)  # the list of Rewrite, one per packet, in order
    busy_changed = Signal(bool)

    def __init__(self, session: Session, *, list_drives: DriveLister,
                 opener: Opener | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.supervisor = session.vault.role == "supervisor"
        self.opener = opener  # the writer's hook (tests pass a failing stick)
        self.packets: list[OutboxPacket] = []  # what Write again writes
        self.ready = False  # the list above is read (not being read again)
        self.results: list[Rewrite] = []  # of the last writing
        self._directory: Path | None = None  # where the last writing went
        self._op: ops.Operation | None = None
        self._step: BatchStep | None = None
        self.setObjectName("writeAgainBox")
        # As tall as it needs, no taller: the room left goes to the list of packets.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.chooser = DestinationChooser(list_drives=list_drives)
        self.chooser.changed.connect(lambda _path: self._update())
        self.space_warning = selectable_label("outboxSpace")
        self.space_warning.setStyleSheet(WARNING_STYLE)
        self.space_warning.hide()
        self.write_button = QPushButton()
        self.write_button.setObjectName("writeAgain")
        self.write_button.setIcon(theme.icon("export"))
        self.write_button.clicked.connect(self.write)
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
        self.per_packet = selectable_label("outboxPerPacket")  # one line a packet
        self.hint = selectable_label("outboxHint")
        buttons = QHBoxLayout()
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        inside = QVBoxLayout(self)
        inside.addWidget(self.chooser)
        inside.addWidget(self.space_warning)
        inside.addLayout(buttons)
        inside.addWidget(self.phase_label)
        inside.addWidget(self.bar)
        inside.addWidget(self.outcome)
        inside.addWidget(self.per_packet)
        inside.addWidget(self.hint)
        self.fit_drive_list()
        self.retranslate_ui()

    # --- language ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.stop_button.setText(self.tr("&Stop writing"))
        self.write_button.setText(self.tr("&Write again"))
        self.bar.setAccessibleName(self.tr("Progress of the writing"))
        if not self.supervisor:
            self.write_button.setToolTip(self.tr("Only a supervisor can do this"))
        self._show_title()
        self._show_print()
        self._show_phase()
        self._show_outcome()
        self._show_space()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.FontChange:  # View > Zoom
            self.fit_drive_list()
        super().changeEvent(event)

    def fit_drive_list(self) -> None:
        """A few sticks' rows, not the list's default height: a post has a stick or two, and
        the room is the list of packets' (the whole dialog fits a 768-pixel-high screen)."""
        drives = self.chooser.drive_list
        row = max(drives.fontMetrics().lineSpacing(), drives.iconSize().height(), 16) + 8
        drives.setMaximumHeight(max(drives.minimumHeight(), 4 * row + 2 * drives.frameWidth()))

    def _show_title(self) -> None:
        count = len(self.packets)
        self.setTitle(self.tr("Write the selected packet again") if count <= 1 else self.tr(
            "Write the %n selected packet(s) again, one after another", "", count))

    def _show_print(self) -> None:
        many = len(self.written) > 1
        self.print_button.setText(self.tr("Print the &transmittal sheets…") if many
                                  else self.tr("Print the &transmittal sheet…"))

    # --- what is to be written -----------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._op is not None

    @property
    def written(self) -> list[Written]:
        """The copies the last writing put on the stick, checked."""
        return [r.written for r in self.results if r.written is not None]

    @property
    def failure(self) -> Failed | None:
        """The last writing's first refusal (or its Stop); None when everything was written."""
        return next((r.failure for r in self.results if r.failure is not None), None)

    def set_packets(self, packets: list[OutboxPacket], *, ready: bool = True) -> None:
        """The packets selected above (in their order), and whether that list is settled."""
        self.packets = sorted(packets, key=lambda p: p.seq)
        self.ready = ready
        self._show_title()
        self._update()

    def _update(self) -> None:
        can_write = (self.supervisor and not self.busy and self.ready and bool(self.packets)
                     and self.chooser.directory() is not None)
        self.write_button.setEnabled(can_write)
        self.chooser.setEnabled(not self.busy)
        self._show_space()

    def _show_space(self) -> None:
        """Warned before writing, as the export wizard warns: the chosen stick said it has
        less room than the packets take. Not a refusal (a stick's answer can be stale)."""
        free = self.chooser.free_bytes()
        sizes = [p.size for p in self.packets if p.size is not None]
        size = sum(sizes)
        if not sizes or free is None or size <= free:
            self.space_warning.hide()
            return
        seqs = [p.seq for p in self.packets]
        if len(seqs) == 1:
            text = fmt(self.tr("The stick may be too small: packet %1 takes %2 and it has %3 "
                               "free."), seqs[0], data_size(size), data_size(free))
        else:
            text = fmt(self.tr("The stick may be too small: packet(s) %1 take %2 together and "
                               "it has %3 free."), ranges(seqs), data_size(size),
                       data_size(free))
        self.space_warning.setText(text)
        self.space_warning.show()

    # --- writing -------------------------------------------------------------------------------
    def write(self) -> ops.Operation | None:
        """Write the packets to the chosen stick or folder, byte for byte, one after another."""
        directory = self.chooser.directory()
        if (not self.packets or directory is None or self.busy or not self.supervisor
                or not self.ready):
            return None
        self.results = []
        self._directory = directory
        self._step = None
        session, opener = self.session, self.opener
        order = [(p.seq, p.size or 0) for p in self.packets]
        self._op = ops.run(self, lambda progress: rewrite_packets(session, directory, order,
                                                                  progress, opener),
                           session=session, on_done=self._finished,
                           on_error=lambda err: self._finished(
                               [Rewrite(order[0][0], failure=Failed(err, True)),
                                *(Rewrite(seq) for seq, _size in order[1:])]),
                           on_progress=self._progressed)
        self._set_busy(True)
        self._show_phase()
        self._show_outcome()
        return self._op

    def cancel(self) -> None:
        """Stop writing: the writer removes what it had begun; the vault changes nothing."""
        if self._op is not None:
            self._op.cancel()
            self.stop_button.setEnabled(False)
            self.phase_label.setText(self.tr("Stopping… the stick is being cleaned up."))

    def _set_busy(self, busy: bool) -> None:
        self.bar.setVisible(busy)
        self.bar.setRange(0, 0)
        self.stop_button.setVisible(busy)
        self.stop_button.setEnabled(busy)
        self._show_print()
        self.print_button.setVisible(not busy and bool(self.written))
        self._update()
        self.busy_changed.emit(busy)
        if busy:
            self.stop_button.setFocus()

    def _progressed(self, done: int, total: int, note: str) -> None:
        step = batch_step(note)
        if step is None:
            return
        self._step = step
        if total > 0 and (step.phase == PHASE_WRITE or step.count > 1):
            self.bar.setRange(0, 1000)  # over all the packets' bytes
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
        step = self._step
        seq = step.seq if step is not None else (self.packets[0].seq if self.packets else "")
        phase = step.phase if step is not None else ""
        if phase == PHASE_WRITE and total:
            text = fmt(self.tr("Writing: %1 of %2"), data_size(done), data_size(total))
        elif phase == PHASE_VERIFY:
            text = self.tr("Reading the packet back from the stick and checking it…")
        else:
            text = fmt(self.tr("Reading the copy of packet %1 kept in the vault…"), seq)
        if step is not None and step.count > 1:
            text = fmt(self.tr("Packet %1 (%2 of %3). %4"), step.seq, step.index + 1,
                       step.count, text)
        self.phase_label.setText(text)

    def _finished(self, outcome: object) -> None:
        self._op = None
        self.results = [r for r in outcome if isinstance(r, Rewrite)] if isinstance(
            outcome, list) else []
        self._set_busy(False)
        self._show_phase()
        self._show_outcome()
        for written in self.written:
            self.rewritten.emit(written)
        self.writing_finished.emit(list(self.results))
        if self.written and self.failure is None:
            self.print_button.setFocus()
        else:
            self.write_button.setFocus()

    def retry_seqs(self) -> list[int]:
        """The packets the last writing did not write that another try may: not those whose
        copy in the vault was refused (that needs a restore, not another stick)."""
        return [r.seq for r in self.results if r.written is None and not (
            r.failure is not None and own_copy_refused(r.failure.error))]

    # --- what came of it -----------------------------------------------------------------------
    def _show_outcome(self) -> None:
        outcome, per_packet, hint, error = self._outcome_texts()
        self.outcome.setStyleSheet(ERROR_STYLE if error else "")
        for label, text in ((self.outcome, outcome), (self.per_packet, per_packet),
                            (self.hint, hint)):
            label.setText(text)
            label.setVisible(bool(text))  # no empty line where nothing is said

    def _outcome_texts(self) -> tuple[str, str, str, bool]:
        """(what happened, packet by packet when there were several, what it means or what
        to do, whether something was refused)."""
        if not self.supervisor:
            return "", "", self.tr("Only a supervisor can write a packet again."), False
        if not self.results:
            return "", "", "", False
        if len(self.results) == 1:
            return self._one_packet_texts(self.results[0])
        return self._batch_texts()

    def _one_packet_texts(self, result: Rewrite) -> tuple[str, str, str, bool]:
        if result.failure is not None:
            err = result.failure.error
            return self._failure_text(err), "", self._failure_hint(err, [result.seq]), True
        written = result.written
        if written is None:
            return "", "", "", False
        outcome = fmt(self.tr(
            "Packet %1 is written again to %2, with its original contents."), written.result.seq,
            str(written.result.path))
        if written.verified:
            check = fmt(self.tr("Read again from the stick (%1): the signature verified, the "
                                "contents decrypted, the SHA-256 is the same."),
                        data_size(written.size))
        else:
            check = self.tr("Verified while writing; the stick could not be read again just "
                            "now.")
        return outcome, "", check + " " + self.tr(
            "Hand the stick over with the printed transmittal sheet."), False

    def _batch_texts(self) -> tuple[str, str, str, bool]:
        count, written = len(self.results), len(self.written)
        where = str(self._directory or "")
        failure = self.failure
        if failure is None:
            outcome = fmt(self.tr("%n packet(s) written again to %1, with their original "
                                  "contents.", "", count), where)
            hint = self.tr("Hand the stick over with the printed transmittal sheets, one for "
                           "each packet.")
            return outcome, self._per_packet_lines(), hint, False
        if isinstance(failure.error, ops.Cancelled):
            outcome = self.tr("Writing was stopped.")
        elif written:
            outcome = fmt(self.tr("Only %1 of the %2 packets were written again to %3."),
                          written, count, where)
        else:
            outcome = self.tr("No packet was written again.")
        missing = [r.seq for r in self.results if r.written is None]
        hint = self._failure_hint(failure.error, missing)
        if written:
            hint += " " + self.tr("Those written are on the stick and checked: hand them over "
                                  "with their transmittal sheets.")
        return outcome, self._per_packet_lines(), hint, True

    def _per_packet_lines(self) -> str:
        stopped = any(r.failure is not None and isinstance(r.failure.error, ops.Cancelled)
                      for r in self.results)
        lines = []
        for result in self.results:
            if result.written is not None:
                if result.written.verified:
                    lines.append(fmt(self.tr("Packet %1: written again, read back from the "
                                             "stick and checked (%2)."), result.seq,
                                     data_size(result.written.size)))
                else:
                    lines.append(fmt(self.tr("Packet %1: written again and verified while "
                                             "writing; the stick could not be read again "
                                             "just now."), result.seq))
            elif result.failure is not None:
                lines.append(fmt(self.tr("Packet %1: not written. %2"), result.seq,
                                 self._failure_text(result.failure.error)))
            elif stopped:
                lines.append(fmt(self.tr("Packet %1: not written: the writing was stopped "
                                         "before it."), result.seq))
            else:
                lines.append(fmt(self.tr("Packet %1: not written: the writing ended at the "
                                         "refusal above."), result.seq))
        return "\n".join(lines)

    def _failure_text(self, err: BaseException) -> str:
        if isinstance(err, ops.Cancelled):
            return self.tr("Writing was stopped.")
        return error_sentence(err)

    def _failure_hint(self, err: BaseException, seqs: list[int]) -> str:
        """What to do next. A stick's trouble: another try, or another stick. The vault's
        copy missing or altered, or an interrupted export: the message itself says what to
        do; here only that nothing was lost."""
        if len(seqs) == 1:
            kept = fmt(self.tr("Nothing changed in the vault: it keeps packet %1 until HQ "
                               "acknowledges it."), seqs[0])
        else:
            kept = fmt(self.tr("Nothing changed in the vault for packet(s) %1: it keeps them "
                               "until HQ acknowledges them."), ranges(seqs))
        if isinstance(err, PacketError | ops.Cancelled):
            return kept + " " + self.tr("Check the stick (plugged in, not locked, enough free "
                                        "space) and write again, or choose another one.")
        return kept

    # --- the transmittal sheets ----------------------------------------------------------------
    def print_transmittal(self) -> ops.Operation | None:
        """The transmittal sheet of each copy just written, in the report preview (print or
        save from there), as from the export wizard's last page: one sheet a packet, the
        next opening when the one before is closed."""
        paths = [(w.result.seq, w.result.path) for w in self.written]
        if not paths or self.busy:
            return None
        return self._print_sheets(paths, 0)

    def _print_sheets(self, paths: list[tuple[int, Path]], index: int) -> ops.Operation:
        from shekara.ui.reports.opening import open_transmittal_report
        from shekara.ui.reports.preview import ReportPreviewDialog

        seq, path = paths[index]

        def shown(dialog: ReportPreviewDialog) -> None:
            if len(paths) == 1:
                return
            dialog.setWindowTitle(fmt(self.tr("%1: packet %2 (%3 of %4)"),
                                      dialog.windowTitle(), seq, index + 1, len(paths)))
            if index + 1 < len(paths):
                dialog.finished.connect(lambda _result: self._print_sheets(paths, index + 1))

        return open_transmittal_report(self, self.session, path, on_shown=shown)
