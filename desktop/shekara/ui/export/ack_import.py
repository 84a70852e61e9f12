"""Import HQ's acknowledgement at the post: choose the file (from the stick) and see what HQ
confirmed — versions now acknowledged, what HQ has imported, and the gaps, held packets and
refusals it reports. An old or repeated acknowledgement changes nothing and says so."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QPushButton,
    QWidget,
)

from shekara.services import acks, export
from shekara.services.acks import AckResult
from shekara.services.drives import removable_drives
from shekara.services.packet_io import read_packet_file
from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.errors import error_text
from shekara.ui.i18n import fmt
from shekara.ui.theme import ERROR_STYLE
from shekara.ui.widgets.destination import DriveLister
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


def resend_packets(session: Session, seqs: list[int], directory: Path) -> list[Path]:
    """Write outbox packets again, byte for byte (runs in a worker under the session lock)."""
    return [export.resend(session.vault, directory, seq).path for seq in seqs]


class AckImportDialog(PacketFileDialog):
    imported = Signal(object)  # the AckResult of a newer acknowledgement

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 list_drives: DriveLister = removable_drives) -> None:
        super().__init__(session, parent, list_drives=list_drives, name="ackImportDialog",
                         prefix="ack")
        self.outcome: AckResult | None = None
        self.resendable: list[int] = []
        self.error: BaseException | None = None
        self.path: Path | None = None
        self.resend_button = QPushButton()
        self.resend_button.setObjectName("resendMissing")
        self.resend_button.setIcon(theme.icon("export"))
        self.resend_button.clicked.connect(self.choose_resend_folder)
        self.resend_button.hide()
        self.resend_label = QLabel()
        self.resend_label.setObjectName("resendResult")
        self.resend_label.setWordWrap(True)
        self.resend_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lay_out(self.resend_button, self.resend_label)
        self.retranslate_ui()
        self.resize(620, 380)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import HQ's acknowledgement"))
        self.explain.setText(self.tr(
            "HQ answers each stick with an acknowledgement file (shekara-…-ack-….shk). "
            "Importing it marks the records HQ has received as acknowledged. An older "
            "acknowledgement changes nothing."))
        self.choose_button.setText(self.tr("&Choose the acknowledgement file…"))
        self.choose_button.setAccessibleName(self.choose_button.text().replace("&", ""))
        self.resend_button.setText(self.tr("&Write the missing packets again…"))
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
        self.resend_label.clear()
        self._show()
        if self.outcome is not None and self.outcome.newer:
            self.imported.emit(self.outcome)

    def on_refused(self, err: BaseException) -> None:
        self.outcome = None
        self.resendable = []
        self.error = err
        self._show()

    # --- packets HQ misses ---------------------------------------------------------------------
    def choose_resend_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Where to write the packets"),
                                                self.start_folder())
        if name:
            self.resend_to(Path(name))

    def resend_to(self, directory: Path) -> ops.Operation | None:
        """Write the missing packets again from the outbox (the very same bytes) to
        `directory`."""
        seqs = list(self.resendable)
        if self._busy or not seqs:
            return None
        self._busy = True
        self.resend_button.setEnabled(False)
        self.resend_label.setStyleSheet("")
        self.resend_label.setText(self.tr("Writing…"))
        session = self.session
        return ops.run(self, lambda _progress: resend_packets(session, seqs, directory),
                       session=session, on_done=lambda paths: self._resent(seqs, directory),
                       on_error=self._resend_failed)

    def _resent(self, seqs: list[int], directory: Path) -> None:
        self._busy = False
        self.resend_button.setEnabled(True)
        self.resend_label.setText(fmt(self.tr(
            "Packet(s) %1 written again to %2 with their original contents. Send them to HQ "
            "with the next stick."), ranges(seqs), str(directory)))

    def _resend_failed(self, err: BaseException) -> None:
        self._busy = False
        self.resend_button.setEnabled(True)
        self.resend_label.setStyleSheet(ERROR_STYLE)
        self.resend_label.setText(error_text(err))

    # --- what it said --------------------------------------------------------------------------
    def _show(self) -> None:
        self.resend_button.setVisible(bool(self.resendable) and self.error is None)
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
