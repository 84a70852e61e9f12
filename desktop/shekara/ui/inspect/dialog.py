"""Post > Inspect a packet file… and HQ > Inspect a packet file…: any packet file from a stick
(records packet, acknowledgement, reference data, a letter between the Parties' HQs) shown as
its header describes it, without importing it — `shekara packet inspect FILE --verify`.

The signature is checked against the keys this vault trusts (services/packet_inspection.py):
in green when it holds; otherwise the header is shown as the file claims it, with the reason.
A file that is no packet at all (unreadable, too large, cut short, damaged) is said in red,
never as a traceback. Nothing is decrypted, imported or written.

A packet may be 2 GB on a slow stick: the file is read and hashed off the GUI thread, a chunk at
a time and never held whole (a post's laptop may have 4 GB), with its progress and a Stop. The
worker never touches the vault: the trusted keys are read first, in the GUI thread, so a long
read holds no lock an editor's autosave would wait for.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shekara.errors import InputError, PacketError
from shekara.services.drives import removable_drives
from shekara.services.packet_inspection import Inspection, inspect_packet_file, trusted_keyring
from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.errors import error_sentence, error_text
from shekara.ui.hq.sheet_hashing import PER_MILLE, byte_reporter
from shekara.ui.i18n import fmt
from shekara.ui.inspect import fields
from shekara.ui.reports.verify_dialog import MATCH_STYLES
from shekara.ui.widgets.destination import DriveLister
from shekara.ui.widgets.labels import ContentHeight, selectable_label
from shekara.ui.widgets.packet_file import PacketFileDialog

MIN_WIDTH = 680


class PacketInspectDialog(PacketFileDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 list_drives: DriveLister = removable_drives) -> None:
        super().__init__(session, parent, list_drives=list_drives, name="packetInspectDialog",
                         prefix="inspect")
        self.setWindowIcon(theme.icon("search"))
        self.path: Path | None = None
        self.inspection: Inspection | None = None
        self.error: BaseException | None = None
        self.stopped = False
        self._op: ops.Operation | None = None
        self._height = ContentHeight(self, MIN_WIDTH)
        self.progress = QProgressBar()
        self.progress.setObjectName("inspectProgress")
        self.progress.setRange(0, PER_MILLE)
        self.progress.setTextVisible(False)
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stopInspect")
        self.stop_button.clicked.connect(self.stop)
        self.verdict = QLabel()
        self.verdict.setObjectName("inspectVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A grid, not a form layout: its rows take the height their wrapped values need
        # (a form layout's cached heights cut the age command's second line off).
        self.form = QWidget()
        self.form.setObjectName("inspectFields")
        grid = QGridLayout(self.form)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        top_left = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        for row, (field, _source) in enumerate(fields.FIELDS):
            value = selectable_label(f"inspect_{field}")
            # In the tab order: a keyboard selects and copies a value (the SHA-256 read out
            # to HQ on the phone) as a mouse does; a screen reader says its name.
            value.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            if field in fields.MONOSPACE:
                value.setFont(theme.monospace_font())
            self.labels[field] = QLabel()
            self.values[field] = value
            grid.addWidget(self.labels[field], row, 0, top_left)
            grid.addWidget(value, row, 1)  # the whole width: a long value wraps in it
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyAgeCommand")
        self.copy_button.clicked.connect(self.copy_command)
        self.copied = QLabel()
        self.copied.setObjectName("inspectCopied")
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addWidget(self.copied, 1)
        grid.addLayout(copy_row, len(fields.FIELDS), 1)
        self._lay_out()
        self.retranslate_ui()
        self._show()
        self.resize(MIN_WIDTH, self.sizeHint().height())

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.headline)
        reading = QHBoxLayout()
        reading.addWidget(self.progress, 1)
        reading.addWidget(self.stop_button)
        layout.addLayout(reading)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details)
        layout.addSpacing(layout.spacing())  # the verdict apart from the header's lines
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Inspect a packet file"))
        self.explain.setText(self.tr(
            "Choose any Shekara packet file — a post's records, HQ's acknowledgement or "
            "reference data, a letter between the Parties' HQs — to see what it says about "
            "itself. Nothing is imported, decrypted or written; the signature is checked "
            "against the keys this vault trusts."))
        self.choose_button.setText(self.tr("&Choose a packet file…"))
        self.choose_button.setAccessibleName(self.choose_button.text().replace("&", ""))
        self.stop_button.setText(self.tr("&Stop reading"))
        self.copy_button.setText(self.tr("Cop&y the command"))
        self.copy_button.setAccessibleName(self.copy_button.text().replace("&", ""))
        for field, label in self.labels.items():
            label.setText(fields.label(field))
            self.values[field].setAccessibleName(label.text().rstrip(":"))
        self._show()

    def file_title(self) -> str:
        return self.tr("A packet file")

    # --- reading ---------------------------------------------------------------------------
    def import_file(self, path: Path) -> ops.Operation | None:
        """The file chooser's choice: inspected, nothing imported (the base class's hook)."""
        return self.inspect(path)

    def inspect(self, path: Path) -> ops.Operation | None:
        """Read and check `path` in a worker; None while another file is being read."""
        if self._op is not None:
            return None
        self.path, self.inspection, self.error, self.stopped = path, None, None, False
        self.copied.clear()
        try:
            trusted = ops.call(self.session, trusted_keyring, self.session.vault)
        except Exception as err:  # the vault could not be read: said as any refusal is
            self._refused(err)
            return None

        def work(progress: ops.Progress) -> Inspection:
            # Hashed as it is read: once the last chunk is in, only the signature is left.
            return inspect_packet_file(path, trusted, byte_reporter(progress))

        self._op = ops.run(self, work, on_done=self._inspected, on_error=self._refused,
                           on_progress=self._progressed)
        self.progress.setRange(0, PER_MILLE)
        self.progress.setValue(0)
        self._show()
        return self._op

    @property
    def busy(self) -> bool:
        return self._op is not None

    def stop(self) -> None:
        if self._op is not None:
            self._op.cancel()

    def _progressed(self, done: int, _total: int, _note: str) -> None:
        self.progress.setValue(done)  # per mille (byte_reporter)

    def _inspected(self, inspection: object) -> None:
        self._op = None
        self.inspection = inspection if isinstance(inspection, Inspection) else None
        self._show()

    def _refused(self, err: BaseException) -> None:
        self._op = None
        self.stopped = isinstance(err, ops.Cancelled)
        self.error = None if self.stopped else err
        self._show()

    def copy_command(self) -> None:
        text = self.values["age"].text()
        clipboard = QGuiApplication.clipboard()
        if text and clipboard is not None:
            clipboard.setText(text)
            self.copied.setText(self.tr("Copied."))

    # --- what the file says ----------------------------------------------------------------
    def _show(self) -> None:
        reading = self._op is not None
        self.choose_button.setEnabled(not reading)
        self.progress.setVisible(reading)
        self.stop_button.setVisible(reading)
        inspection = self.inspection
        self.form.setVisible(inspection is not None and not reading)
        self.verdict.setStyleSheet("")
        self.details.setStyleSheet("")
        self.verdict.clear()
        self.details.clear()
        name = self.path.name if self.path is not None else ""
        if reading:
            self.headline.setText(fmt(self.tr("Reading %1…"), name))
        elif self.stopped:
            self.headline.setText(fmt(self.tr("Reading %1 was stopped: nothing is shown."),
                                      name))
        else:
            self.headline.setText(name)
        if not reading and self.error is not None:
            self._show_refusal(self.error)
        elif not reading and inspection is not None:
            self._show_inspection(inspection, name)
        for label in (self.headline, self.verdict, self.details):
            # Nothing to say takes no line (an empty label kept one only sometimes: the
            # dialog's height after a result depended on the result before it).
            label.setVisible(bool(label.text()))
        if self.isVisible():
            # Once the labels' new texts have reached the layouts (they tell them by events).
            QTimer.singleShot(0, self, self._fit)

    def _fit(self) -> None:
        """The dialog takes the height of what it shows: it grows to its wrapped texts (a long
        reason, another language: nothing is cut off) and shrinks back after a long result,
        never below the height the officer resized it to."""
        if self.isVisible():
            self._height.fit()

    def _show_refusal(self, err: BaseException) -> None:
        self.verdict.setStyleSheet(MATCH_STYLES["none"])
        if isinstance(err, PacketError):
            self.verdict.setText(self.tr("This file is not a packet that can be read."))
        elif isinstance(err, InputError):  # unreadable: the file's own trouble
            self.verdict.setText(self.tr("This file cannot be read."))
        else:  # the vault's (its keys could not be read), or a bug: not the file's
            self.verdict.setText(self.tr("The file was not inspected."))
        self.details.setStyleSheet(theme.ERROR_STYLE)
        self.details.setText(error_sentence(err))

    def _show_inspection(self, inspection: Inspection, name: str) -> None:
        info = inspection.info
        for field, text in fields.values(info, name).items():
            self.values[field].setText(text)
        if inspection.verified:
            self.verdict.setStyleSheet(MATCH_STYLES["current"])
            self.verdict.setText(fmt(self.tr(
                "Signature verified: signed by the key of %1, which this vault trusts."),
                info["sender"]))
            return
        self.verdict.setStyleSheet(MATCH_STYLES["none"])
        self.verdict.setText(self.tr("Not verified: the header as the file claims it."))
        reason = inspection.not_verified
        if reason is not None:
            self.details.setText(fmt(self.tr("Why: %1"), error_text(reason)))
