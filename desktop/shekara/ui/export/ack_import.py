"""Import HQ's acknowledgement at the post: choose the file (from the stick) and see what HQ
confirmed — versions now acknowledged, what HQ has imported, and the gaps, held packets and
refusals it reports. An old or repeated acknowledgement changes nothing and says so.

When HQ says packets are missing and the outbox still holds them, **Write the missing packets
again…** opens the Outbox screen (ui/export/outbox.py) over this one with those packets
selected, rather than writing them with a folder dialog of its own: there a supervisor gets
the export wizard's stick chooser, progress over all of them, Stop (which removes the packet
it had begun), the read-back, the result packet by packet and their transmittal sheets —
the very machinery, and the service call of `shekara export --resend`, that writes any packet
again — sees the missing packets among the rest of the outbox (a copy missing from the vault
shows before anything is written), and one screen is learnt, tested and described once. It
opens window-modal over this screen, which works as well when this screen is itself modal
over the export wizard (its restore notice opens it), and closing it comes back here, where
what was written is summed up. Writing again is a supervisor's (as `export --resend`): for
an officer the button is off and the screen says whom to ask.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget

from shekara.services import acks, export
from shekara.services.acks import AckResult
from shekara.services.drives import removable_drives
from shekara.services.packet_io import read_packet_file
from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.errors import error_text
from shekara.ui.export.outbox import OutboxDialog
from shekara.ui.export.writing import Rewrite
from shekara.ui.i18n import fmt
from shekara.ui.theme import ERROR_STYLE, WARNING_STYLE
from shekara.ui.widgets.destination import DriveLister
from shekara.ui.widgets.labels import fit_to_wrapped_text
from shekara.ui.widgets.packet_file import PacketFileDialog
from shekara.ui.widgets.reasons import ranges, reason_text


@dataclass(frozen=True)
class AckTaken:
    result: AckResult
    resendable: list[int]  # packets HQ misses that the outbox still holds


def import_ack_file(session: Session, path: Path) -> AckTaken:
    """Runs in a worker under the session lock."""
    result = acks.import_ack(session.vault, read_packet_file(path))
    kept = {e.seq for e in export.outbox(session.vault) if e.state == "written"}
    return AckTaken(result, [seq for seq in result.gaps if seq in kept])


WIDTH = 620


class AckImportDialog(PacketFileDialog):
    imported = Signal(object)  # the AckResult of a newer acknowledgement

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 list_drives: DriveLister = removable_drives) -> None:
        super().__init__(session, parent, list_drives=list_drives, name="ackImportDialog",
                         prefix="ack")
        self.list_drives = list_drives
        self.supervisor = session.vault.role == "supervisor"
        self.outcome: AckResult | None = None
        self.resendable: list[int] = []
        self.error: BaseException | None = None
        self.path: Path | None = None
        self.outbox: OutboxDialog | None = None  # open over this screen
        self.written_again: dict[int, Path] = {}  # packet → where, since the ack was taken
        self.resend_button = QPushButton()
        self.resend_button.setObjectName("resendMissing")
        self.resend_button.setIcon(theme.icon("export"))
        self.resend_button.setEnabled(self.supervisor)
        self.resend_button.clicked.connect(self.write_missing_again)
        self.resend_button.hide()
        self.resend_label = QLabel()
        self.resend_label.setObjectName("resendResult")
        self.resend_label.setWordWrap(True)
        self.resend_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lay_out(self.resend_button, self.resend_label)
        self.retranslate_ui()
        self.resize(WIDTH, 380)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import HQ's acknowledgement"))
        self.explain.setText(self.tr(
            "HQ answers each stick with an acknowledgement file (shekara-…-ack-….shk). "
            "Importing it marks the records HQ has received as acknowledged. An older "
            "acknowledgement changes nothing."))
        self.choose_button.setText(self.tr("&Choose the acknowledgement file…"))
        self.choose_button.setAccessibleName(self.choose_button.text().replace("&", ""))
        self.resend_button.setText(self.tr("&Write the missing packets again…"))
        if not self.supervisor:
            self.resend_button.setToolTip(self.tr("Only a supervisor can do this"))
        self._show()

    # --- choosing and importing ----------------------------------------------------------------
    def file_title(self) -> str:
        return self.tr("HQ's acknowledgement")

    def import_file(self, path: Path) -> ops.Operation | None:
        if self._busy:
            return None
        self.path = path
        session = self.session
        return self.begin_import(self.tr("Reading the acknowledgement…"),
                                 lambda: import_ack_file(session, path))

    def on_imported(self, taken: object) -> None:
        self.error = None
        self.outcome = taken.result if isinstance(taken, AckTaken) else None
        self.resendable = taken.resendable if isinstance(taken, AckTaken) else []
        self.written_again = {}
        self._show()
        if self.resendable and self.supervisor:
            self.resend_button.setFocus()
        if self.outcome is not None and self.outcome.newer:
            self.imported.emit(self.outcome)

    def on_refused(self, err: BaseException) -> None:
        self.outcome = None
        self.resendable = []
        self.written_again = {}
        self.error = err
        self._show()

    # --- packets HQ misses ---------------------------------------------------------------------
    def write_missing_again(self) -> OutboxDialog | None:
        """The Outbox screen over this one, the missing packets selected (those not yet
        written again since the acknowledgement was taken; all of them once each was, for
        another stick). None for an officer, or with nothing missing."""
        if not self.supervisor or not self.resendable or self.error is not None:
            return None
        if self.outbox is not None:
            self.outbox.raise_()
            self.outbox.activateWindow()
            return self.outbox
        waiting = [seq for seq in self.resendable if seq not in self.written_again]
        dialog = OutboxDialog(self.session, self, list_drives=self.list_drives,
                              preselect=waiting or self.resendable)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.writing_finished.connect(self._written_again)
        # A bound method, not a lambda: a lambda holds this screen, and when the outbox is
        # deleted its connections go with it; if that was the last reference to a screen
        # without a parent, this screen was freed inside the outbox's destructor and took its
        # child, the outbox, with it a second time (a crash, seen in the screenshot tool).
        dialog.finished.connect(self._outbox_closed)
        self.outbox = dialog
        dialog.open()
        return dialog

    def done(self, result: int) -> None:
        """Closing this screen (Close, Escape, the window's lock) closes the outbox over it
        too: a writing there stops, and the writer removes the packet it had begun."""
        outbox = self.outbox
        if outbox is not None:
            outbox.cancel()
            outbox.done(QDialog.DialogCode.Rejected.value)
        super().done(result)

    def _written_again(self, results: object) -> None:
        for result in results if isinstance(results, list) else []:
            if isinstance(result, Rewrite) and result.written is not None:
                self.written_again[result.seq] = result.written.result.path.parent
        self._show_resent()
        self._fit_later()

    def _outbox_closed(self, _result: int) -> None:
        dialog, self.outbox = self.outbox, None
        if dialog is not None:
            dialog.deleteLater()
        self.resend_button.setFocus()

    def _show_resent(self) -> None:
        """Under the button: what the outbox wrote of the missing packets, and what not yet;
        for an officer, who may write them."""
        label = self.resend_label
        label.setStyleSheet("")
        if not self.resendable or self.error is not None:
            label.clear()
            label.hide()
            return
        label.show()
        if not self.supervisor:
            label.setText(fmt(self.tr(
                "Only a supervisor can write packets again: ask a supervisor to write packet(s) "
                "%1 again (Post > Packets in the outbox…)."), ranges(self.resendable)))
            return
        done = [seq for seq in self.resendable if seq in self.written_again]
        waiting = [seq for seq in self.resendable if seq not in self.written_again]
        if not done:
            label.clear()
            label.hide()
            return
        places = sorted({str(self.written_again[seq]) for seq in done})
        text = fmt(self.tr(
            "Packet(s) %1 written again to %2 with their original contents. Send them to HQ "
            "with the next stick."), ranges(done), ", ".join(places))
        if waiting:
            label.setStyleSheet(WARNING_STYLE)
            text += " " + fmt(self.tr("Packet(s) %1 not written again yet."), ranges(waiting))
        label.setText(text)

    # --- what it said --------------------------------------------------------------------------
    def _show(self) -> None:
        self._show_texts()
        self._fit_later()

    def _fit_later(self) -> None:
        if self.isVisible():
            # As tall as the wrapped texts need, once they have reached the layouts (they tell
            # them by events): at 380 px a long result in a longer language was cut off.
            QTimer.singleShot(0, self, self._fit)

    def _fit(self) -> None:
        if self.isVisible():
            fit_to_wrapped_text(self, WIDTH)

    def _show_texts(self) -> None:
        self.resend_button.setVisible(bool(self.resendable) and self.error is None)
        self._show_resent()
        self.headline.setStyleSheet("")
        if self.error is not None:
            self.headline.setStyleSheet(ERROR_STYLE)
            self.headline.setText(self.tr("The acknowledgement was not taken."))
            self.details.setText(error_text(self.error))
            return
        result = self.outcome
        if result is None:
            self.headline.clear()
            self.details.clear()
            return
        if result.newer:
            self.headline.setText(fmt(self.tr("Acknowledgement %1 from HQ is taken."),
                                      result.seq))
        else:
            self.headline.setText(fmt(self.tr(
                "Nothing new: this acknowledgement (number %1) is not newer than the last one "
                "taken (number %2). Nothing was changed."), result.seq, result.last_seq))
        self.details.setText("\n".join(self.lines(result)))

    def lines(self, result: AckResult) -> list[str]:
        out: list[str] = []
        if result.newer:
            out.append(self.tr("%n record version(s) newly marked as acknowledged", "",
                               result.acknowledged)
                       + " " + self.tr("(in %n record(s)).", "", result.records))
        if result.imported_through:
            out.append(fmt(self.tr("HQ has imported every packet up to number %1."),
                           result.imported_through))
        else:
            out.append(self.tr("HQ has not imported any packet from this post yet."))
        if result.newer and result.outbox_dropped:
            out.append(self.tr("%n packet copy(ies) no longer needed were removed from the "
                               "outbox.", "", result.outbox_dropped))
        if result.gaps:
            out.append(fmt(self.tr("HQ is missing packet(s) %1: write them again and send "
                                   "them with the next stick."), ranges(result.gaps)))
        if result.held:
            out.append(fmt(self.tr("HQ holds packet(s) %1 until the missing ones arrive."),
                           ranges(result.held)))
        for seq, reason in result.refused:
            out.append(fmt(self.tr("HQ refused packet %1: %2."), seq, reason_text(reason)))
        if not (result.gaps or result.held or result.refused):
            out.append(self.tr("No gaps, held packets or refusals reported."))
        return out
