"""The export wizard's pages (see wizard.py for the flow)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from shekara.services.export import ExportPreview
from shekara.ui import ops, theme
from shekara.ui.errors import error_text
from shekara.ui.export.ack_import import AckImportDialog
from shekara.ui.export.demo_hq import DemoHqPanel
from shekara.ui.export.restored import RestoredPanel
from shekara.ui.export.state import ExportState
from shekara.ui.export.writing import (
    PHASE_BUILD,
    PHASE_VERIFY,
    PHASE_WRITE,
    Contents,
    Failed,
    Written,
    read_contents,
    write_packet,
)
from shekara.ui.i18n import fmt
from shekara.ui.theme import ERROR_STYLE, WARNING_STYLE
from shekara.ui.widgets.destination import data_size
from shekara.ui.widgets.labels import selectable_label

if TYPE_CHECKING:
    from shekara.demo.hq import DemoHq


class _Page(QWizardPage):
    def __init__(self, state: ExportState) -> None:
        super().__init__()
        self.state = state

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


# --- 1. where to ---------------------------------------------------------------------------------
class DestinationPage(_Page):
    def __init__(self, state: ExportState) -> None:
        super().__init__(state)
        self.setObjectName("destinationPage")
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.chooser = state.destination
        self.chooser.changed.connect(lambda _path: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.chooser, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Where should the packet go?"))
        self.setSubTitle(self.tr("Choose the USB stick that goes to HQ, or any folder."))
        self.explain.setText(self.tr(
            "The packet is one encrypted file that only HQ (and this post) can open. It is "
            "written, read back and checked before anything is marked as exported."))

    def isComplete(self) -> bool:
        return self.chooser.directory() is not None


# --- 2. what will go -----------------------------------------------------------------------------
class ContentsPage(_Page):
    ROWS = ("new", "corrections", "withdrawals", "tombstones", "attachments", "seq", "where")

    def __init__(self, state: ExportState) -> None:
        super().__init__(state)
        self.setObjectName("contentsPage")
        self.contents: Contents | None = None
        self._asked = 0
        self.status = selectable_label("contentsStatus")
        self.form = QFormLayout()
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in self.ROWS:
            self.names[key] = QLabel()
            self.values[key] = selectable_label(f"contents_{key}")
            self.form.addRow(self.names[key], self.values[key])
        self.note = selectable_label("contentsNote")
        # A restored vault without HQ's acknowledgement since: said here, before writing.
        self.restored = RestoredPanel()
        self.ack_dialog: AckImportDialog | None = None  # opened from the notice
        self.restored.confirmed_changed.connect(self._confirmed)
        self.restored.import_requested.connect(self._import_ack)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.restored)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("What will go"))
        self.setSubTitle(self.tr("Approved records, corrections and withdrawals not yet sent."))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Write packet"))
        texts = {"new": self.tr("New records:"), "corrections": self.tr("Corrections:"),
                 "withdrawals": self.tr("Withdrawals:"),
                 "tombstones": self.tr("Removed at end of retention:"),
                 "attachments": self.tr("Attachments:"), "seq": self.tr("Packet number:"),
                 "where": self.tr("Written to:")}
        for key, text in texts.items():
            self.names[key].setText(text)
            self.values[key].setAccessibleName(text.rstrip(":"))
        self._show()

    def initializePage(self) -> None:
        self.contents = None
        self._asked += 1
        asked = self._asked
        session = self.state.session
        self.restored.show_notice(None, False)
        self.state.after_restore = False
        self._show()
        ops.run(self, lambda _progress: read_contents(session), session=session,
                on_done=lambda result: self._counted(asked, result),
                on_error=lambda err: self._counted(asked, Contents(None, err)))

    def _counted(self, asked: int, result: object) -> None:
        if asked != self._asked or not isinstance(result, Contents):
            return  # the person went back and forth: an older count
        self.contents = result
        self.restored.show_notice(result.restored,
                                  self.state.session.vault.role == "supervisor")
        self._show()
        self.completeChanged.emit()
        if result.restored is not None:
            QTimer.singleShot(0, self, self._fit_height)

    def _fit_height(self) -> None:
        """The restore notice is long: the wizard grows to show it whole, within the screen."""
        wizard = self.wizard()
        if wizard is None:
            return
        extra = self.heightForWidth(self.width()) - self.height()
        if extra <= 0:
            return
        height = wizard.height() + extra
        screen = wizard.screen()
        if screen is not None:  # leave room for the title bar
            height = min(height, screen.availableGeometry().height() - 40)
        wizard.resize(wizard.width(), max(height, wizard.height()))

    def _import_ack(self) -> None:
        """The safe way from the notice itself: the acknowledgement screen over the wizard;
        what waits is counted again when it closes (an imported ack ends the notice)."""
        dialog = AckImportDialog(self.state.session, self.window(),
                                 list_drives=self.state.destination.list_drives)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda _result: self._ack_closed(dialog))
        self.ack_dialog = dialog
        dialog.open()

    def _ack_closed(self, dialog: AckImportDialog) -> None:
        self.ack_dialog = None
        dialog.deleteLater()
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            self.initializePage()

    def _confirmed(self, _checked: bool) -> None:
        self.state.after_restore = self.restored.confirmed
        self.completeChanged.emit()

    @property
    def preview(self) -> ExportPreview | None:
        return self.contents.preview if self.contents is not None else None

    def isComplete(self) -> bool:
        """Something to send, and after a restore either HQ's ack was imported or a
        supervisor ticked that HQ has nothing newer (the export refuses otherwise)."""
        preview = self.preview
        waits_for_ack = self.contents is not None and self.contents.restored is not None
        return (preview is not None and not preview.empty
                and (not waits_for_ack or self.state.after_restore))

    def _show(self) -> None:
        preview = self.preview
        for label in self.values.values():
            label.clear()
        self.note.clear()
        self.note.setStyleSheet("")
        if self.contents is None:
            self.status.setText(self.tr("Counting what waits to be sent…"))
            return
        if preview is None:
            self.status.clear()
            self.note.setStyleSheet(ERROR_STYLE)
            self.note.setText(error_text(self.contents.problem or RuntimeError()))
            return
        self.status.setText(self.tr("This packet will carry:"))
        v = self.values
        v["new"].setText(str(preview.new_records))
        v["corrections"].setText(str(preview.corrections))
        v["withdrawals"].setText(str(preview.withdrawals))
        v["tombstones"].setText(str(preview.tombstones))
        v["attachments"].setText(
            fmt(self.tr("%n file(s), %1", "", preview.attachments),
                data_size(preview.attachment_bytes)) if preview.attachments
            else self.tr("none"))
        v["seq"].setText(str(preview.unfinished_seq or preview.next_seq))
        directory = self.state.directory()
        v["where"].setText(str(directory) if directory else "")
        notes: list[str] = []
        if preview.unfinished_seq is not None:
            notes.append(fmt(self.tr(
                "An earlier export was interrupted: packet %1 is written first, with exactly "
                "the same contents. Run the export again afterwards for what is left."),
                preview.unfinished_seq))
        elif preview.empty:
            self.status.setText(self.tr(
                "Nothing to export: no approved record, correction or withdrawal waits to be "
                "sent."))
        free = self.state.destination.free_bytes()
        if free is not None and preview.attachment_bytes > free:
            notes.append(fmt(self.tr(
                "The stick may be too small: the attachments alone take %1 and it has %2 "
                "free."), data_size(preview.attachment_bytes), data_size(free)))
            self.note.setStyleSheet(WARNING_STYLE)
        self.note.setText("\n".join(notes))


# --- 3. writing ----------------------------------------------------------------------------------
class WritePage(_Page):
    succeeded = Signal(object)  # the Written packet

    def __init__(self, state: ExportState) -> None:
        super().__init__(state)
        self.setObjectName("writePage")
        self.setCommitPage(True)
        self._op: ops.Operation | None = None
        self._phase = ""
        self.failure: Failed | None = None
        self.phase_label = selectable_label("writePhase")
        self.bar = QProgressBar()
        self.bar.setObjectName("writeProgress")
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stopWriting")
        self.stop_button.clicked.connect(self.cancel)
        self.error_label = selectable_label("writeError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.hint_label = selectable_label("writeHint")
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("tryAgain")
        self.retry_button.setIcon(theme.icon("refresh"))
        self.retry_button.clicked.connect(self.start)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.hint_label)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.retranslate_ui()

    @property
    def busy(self) -> bool:
        return self._op is not None

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Writing the packet"))
        self.setSubTitle(self.tr("Do not pull the stick out until this is done."))
        self.stop_button.setText(self.tr("&Stop writing"))
        self.retry_button.setText(self.tr("&Try again"))
        self.bar.setAccessibleName(self.tr("Progress of the writing"))
        self._show_phase()
        self._show_failure()

    def initializePage(self) -> None:
        self.start()

    def isComplete(self) -> bool:
        return self.state.written is not None

    def start(self) -> None:
        directory = self.state.directory()
        if self._op is not None or directory is None:
            return
        self.failure = None
        self._show_failure()
        self._set_busy(True)
        self._phase = PHASE_BUILD
        self._show_phase()
        session, opener = self.state.session, self.state.opener
        after_restore = self.state.after_restore
        self._op = ops.run(self, lambda progress: write_packet(session, directory, progress,
                                                               opener,
                                                               after_restore=after_restore),
                           session=session, on_done=self._finished,
                           on_error=lambda err: self._finished(Failed(err, False)),
                           on_progress=self._progressed)

    def cancel(self) -> None:
        if self._op is not None:
            self._op.cancel()
            self.stop_button.setEnabled(False)
            self.phase_label.setText(self.tr("Stopping… the stick is being cleaned up."))

    def _set_busy(self, busy: bool) -> None:
        self.bar.setVisible(busy)
        self.stop_button.setVisible(busy)
        self.stop_button.setEnabled(busy)
        self.retry_button.setVisible(not busy)
        self.bar.setRange(0, 0)
        wizard = self.wizard()
        if wizard is not None:
            # Commit follows isComplete (never true here: success moves on by itself); Back
            # must wait for the writer, then leads to another stick.
            wizard.button(QWizard.WizardButton.BackButton).setEnabled(not busy)

    def _progressed(self, done: int, total: int, phase: str) -> None:
        self._phase = phase
        if phase == PHASE_WRITE and total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(done * 1000 / total))
        else:
            self.bar.setRange(0, 0)
        self._show_phase(done, total)

    def _show_phase(self, done: int = 0, total: int = 0) -> None:
        if self.failure is not None or not self._phase:
            self.phase_label.clear()
            return
        if self._phase == PHASE_WRITE and total:
            text = fmt(self.tr("Writing: %1 of %2"), data_size(done), data_size(total))
        elif self._phase == PHASE_VERIFY:
            text = self.tr("Reading the packet back from the stick and checking it…")
        else:
            text = self.tr("Preparing the packet (signing and encrypting)…")
        self.phase_label.setText(text)

    def _finished(self, outcome: object) -> None:
        self._op = None
        self._set_busy(False)
        if isinstance(outcome, Written):
            self._phase = ""
            self.state.written = outcome
            self.completeChanged.emit()
            self.succeeded.emit(outcome)
            return
        self.failure = outcome if isinstance(outcome, Failed) else Failed(
            RuntimeError("unexpected result"), False)
        self.bar.setVisible(False)
        self._show_failure()
        self.retry_button.setFocus()

    def _show_failure(self) -> None:
        failure = self.failure
        if failure is None:
            self.error_label.clear()
            self.hint_label.clear()
            self.retry_button.setVisible(False)
            return
        self.phase_label.clear()
        self.retry_button.setVisible(True)
        if isinstance(failure.error, ops.Cancelled):
            self.error_label.setText(self.tr("Writing was stopped."))
        else:
            self.error_label.setText(error_text(failure.error))
        if failure.kept_for_retry:
            hint = self.tr("The packet is kept in the vault: trying again writes exactly the "
                           "same packet. Check the stick (plugged in, enough free space).")
        else:
            hint = self.tr("Nothing was marked as exported: the records wait for the next "
                           "export. Check the stick (plugged in, enough free space) and try "
                           "again, or go back and choose another one.")
        self.hint_label.setText(hint)


# --- 4. done -------------------------------------------------------------------------------------
class DonePage(_Page):
    ROWS = ("file", "sha", "readback", "carried")

    def __init__(self, state: ExportState, demo_hq: DemoHq | None = None) -> None:
        super().__init__(state)
        self.setObjectName("donePage")
        self.headline = selectable_label("doneHeadline")
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.form = QFormLayout()
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in self.ROWS:
            self.names[key] = QLabel()
            self.values[key] = selectable_label(f"done_{key}")
            self.form.addRow(self.names[key], self.values[key])
        self.values["sha"].setFont(theme.monospace_font())
        self.note = selectable_label("doneNote")
        self.print_button = QPushButton()
        self.print_button.setObjectName("printTransmittal")
        self.print_button.clicked.connect(self.print_transmittal)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.demo_panel: DemoHqPanel | None = None
        if demo_hq is not None:
            self.demo_panel = DemoHqPanel(state.session, demo_hq, self.packet_folder)
            layout.addWidget(self.demo_panel)
        layout.addStretch(1)
        self.setFinalPage(True)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("The packet is written"))
        self.setSubTitle(self.tr("Print the transmittal sheet and hand it over with the stick."))
        texts = {"file": self.tr("File:"), "sha": self.tr("SHA-256:"),
                 "readback": self.tr("Read back:"), "carried": self.tr("Carries:")}
        for key, text in texts.items():
            self.names[key].setText(text)
            self.values[key].setAccessibleName(text.rstrip(":"))
        self.print_button.setText(self.tr("&Print the transmittal sheet…"))
        self._show()

    def initializePage(self) -> None:
        self._show()
        self.print_button.setFocus()

    def _show(self) -> None:
        written = self.state.written
        if written is None:
            return
        result = written.result
        self.headline.setText(fmt(self.tr("Packet %1 is on the stick and was checked."),
                                  result.seq))
        self.values["file"].setText(str(result.path))
        self.values["sha"].setText(result.sha256)
        if written.verified:
            self.values["readback"].setText(fmt(self.tr(
                "read again from the stick (%1): the signature verified, the contents "
                "decrypted and matched, the SHA-256 is the same"), data_size(written.size)))
        else:
            self.values["readback"].setText(self.tr(
                "verified while writing; the stick could not be read again just now"))
        self.values["carried"].setText(
            self.tr("%n record version(s)", "", result.records) + ", "
            + self.tr("%n removed record(s)", "", result.tombstones))
        notes = [self.tr("Hand the stick over with the printed transmittal sheet. HQ's "
                         "acknowledgement comes back the same way: import it from the Post "
                         "menu.")]
        if self.state.after_restore:
            notes.insert(0, self.tr(
                "This packet went out after the restore without HQ's acknowledgement, on HQ's "
                "confirmation that it had nothing newer; the audit log records it. Until HQ's "
                "acknowledgement is imported, the next export asks again."))
        if result.resumed:
            resumed = self.tr("This finished an export that had been interrupted, with its "
                              "original contents.")
            if result.waiting:
                resumed += " " + self.tr("%n item(s) still wait: run the export again.", "",
                                         result.waiting)
            notes.insert(0, resumed)
        self.note.setText("\n\n".join(notes))

    def packet_folder(self) -> Path | None:
        written = self.state.written
        return written.result.path.parent if written is not None else None

    def print_transmittal(self) -> ops.Operation | None:
        """Open the transmittal sheet in the report preview (print or save from there)."""
        from shekara.ui.reports.opening import open_transmittal_report

        written = self.state.written
        if written is None:
            return None
        return open_transmittal_report(self.window(), self.state.session, written.result.path)
