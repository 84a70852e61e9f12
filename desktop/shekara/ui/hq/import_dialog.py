"""HQ: import packets from the posts — chosen files, or every records packet in a folder (a
stick) — with one outcome row per file. Files are imported in name order, which is each post's
sequence order, so a stick carrying several packets of one post is not held needlessly.

Before importing, **Check against the transmittal sheets…** (sheet_check.py) compares each
file's SHA-256 with the post's signed sheet and imports the files ticked there; after importing,
**Print the transmittal sheet…** prints HQ's own sheet of an imported (or duplicate) file, to
sign its receipt on HQ's paper."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shekara.services.drives import removable_drives
from shekara.services.hq import ImportOutcome
from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.errors import show_error
from shekara.ui.hq.outcome_model import Column, ImportOutcomeTableModel
from shekara.ui.hq.sheet_check import SheetCheckDialog
from shekara.ui.hq.work import ImportRun, import_paths, packet_files_in
from shekara.ui.i18n import fmt
from shekara.ui.reports.opening import Shown, open_transmittal_report
from shekara.ui.widgets.columns import set_column_widths
from shekara.ui.widgets.destination import DriveLister

COLUMN_WIDTHS = {Column.FILE: 300, Column.POST: 120, Column.PACKET: 70, Column.OUTCOME: 170}
RECEIVED = ("imported", "duplicate")  # the outcomes HQ signs a receipt for


class HqImportDialog(QDialog):
    imported = Signal(object)  # the list of ImportOutcome of one run

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 list_drives: DriveLister = removable_drives) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("hqImportDialog")
        self.setWindowIcon(theme.icon("import"))
        self._op: ops.Operation | None = None
        self._start: Path | None = None
        self.last_run: ImportRun | None = None
        self.skipped = 0
        self._pending = 0
        self.outcome_paths: list[Path] = []  # the file of each row of the outcome table
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.files_button = QPushButton()
        self.files_button.setObjectName("importFiles")
        self.files_button.setIcon(theme.icon("import"))
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button = QPushButton()
        self.folder_button.setObjectName("importFolder")
        self.folder_button.setIcon(theme.icon("open"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.check_button = QPushButton()
        self.check_button.setObjectName("checkSheets")
        self.check_button.clicked.connect(self.open_sheet_check)
        self.bar = QProgressBar()
        self.bar.setObjectName("importProgress")
        self.bar.hide()
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stopImport")
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.hide()
        self.model = ImportOutcomeTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("outcomeTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the number is at the end
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        set_column_widths(self.view, COLUMN_WIDTHS)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("printTransmittal")
        self.print_button.clicked.connect(lambda: self.print_transmittal())
        self.buttons.rejected.connect(self.reject)
        self.view.selectionModel().currentRowChanged.connect(self._show_print)
        choose = QHBoxLayout()
        choose.addWidget(self.check_button)
        choose.addWidget(self.files_button)
        choose.addWidget(self.folder_button)
        choose.addStretch(1)
        running = QHBoxLayout()
        running.addWidget(self.bar, 1)
        running.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(choose)
        layout.addLayout(running)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(940, 520)
        ops.run(self, lambda _progress: list_drives(), on_done=self._drives_listed)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import packets from posts"))
        self.explain.setText(self.tr(
            "Choose the packet files (shekara-<post>-records-<number>.shk) or a whole folder "
            "or stick. Each file is checked (signature first), then imported, recognised as a "
            "duplicate, held until the packets before it arrive, quarantined as a fork, or "
            "refused with the reason."))
        self.files_button.setText(self.tr("Import &files…"))
        self.folder_button.setText(self.tr("Import a whole f&older or stick…"))
        self.stop_button.setText(self.tr("&Stop"))
        self.check_button.setText(self.tr("&Check against the transmittal sheets…"))
        self.print_button.setText(self.tr("&Print the transmittal sheet…"))
        self.view.setAccessibleName(self.tr("Outcome per file"))
        self.model.retranslate()
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @property
    def busy(self) -> bool:
        return self._op is not None

    # --- choosing ------------------------------------------------------------------------------
    def _drives_listed(self, found: object) -> None:
        if isinstance(found, list) and found:
            self._start = found[0].path

    def _start_folder(self) -> str:
        return str(self._start or Path.home())

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Packet files"), self._start_folder(),
            self.tr("Shekara packets (*.shk);;All files (*)"))
        if names:
            self.import_files([Path(n) for n in names])

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Folder or stick with packets"),
                                                self._start_folder())
        if name:
            self.import_folder(Path(name))

    def import_folder(self, folder: Path) -> ops.Operation | None:
        paths, skipped = packet_files_in(folder)
        self.skipped = skipped
        if not paths:
            self.summary.setText(fmt(self.tr("No records packet (…-records-….shk) in %1."),
                                     str(folder)))
            return None
        return self.import_files(paths, skipped=skipped)

    # --- importing -----------------------------------------------------------------------------
    def import_files(self, paths: list[Path], *, skipped: int = 0) -> ops.Operation | None:
        if self._op is not None or not paths:
            return None
        self.skipped = skipped
        self._pending = len(paths)
        self._set_busy(True, len(paths))
        session = self.session
        self._op = ops.run(self, lambda progress: import_paths(session, paths, progress),
                           session=session, on_done=self._done, on_error=self._failed,
                           on_progress=self._progressed)
        return self._op

    def stop(self) -> None:
        if self._op is not None:
            self._op.cancel()
            self.stop_button.setEnabled(False)

    def _set_busy(self, busy: bool, total: int = 0) -> None:
        self.files_button.setEnabled(not busy)
        self.folder_button.setEnabled(not busy)
        self.check_button.setEnabled(not busy)
        self._show_print()
        self.bar.setVisible(busy)
        self.stop_button.setVisible(busy)
        self.stop_button.setEnabled(busy)
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(0)
        if busy:
            self.summary.setText(self.tr("Importing…"))

    def _progressed(self, done: int, total: int, name: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if name:
            self.summary.setText(fmt(self.tr("Importing %1 (%2 of %3)…"), name, done + 1, total))

    def _done(self, run: object) -> None:
        self._op = None
        self._set_busy(False)
        if not isinstance(run, ImportRun):
            return
        self.last_run = run
        self.outcome_paths += run.paths
        self.model.append_rows(run.outcomes)
        self.view.scrollToBottom()
        self._show_summary()
        self.imported.emit(run.outcomes)

    def _failed(self, err: BaseException) -> None:
        self._op = None
        self._set_busy(False)
        if isinstance(err, ops.Cancelled):  # stopped before the first file
            self.last_run = ImportRun(stopped=True, left=self._pending)
            self._show_summary()
            return
        self._show_summary()
        show_error(self, err)

    def _show_summary(self) -> None:
        self._show_print()
        if self.busy:
            return
        outcomes: list[ImportOutcome] = self.model.rows()
        parts: list[str] = []
        if outcomes:
            count = {status: sum(1 for o in outcomes if o.status == status)
                     for status in ("imported", "duplicate", "held", "fork", "refused")}
            parts.append(fmt(self.tr("%n file(s): %1 imported, %2 duplicate, %3 held, "
                                     "%4 fork(s), %5 refused.", "", len(outcomes)),
                             count["imported"], count["duplicate"], count["held"],
                             count["fork"], count["refused"]))
            warnings = sum(1 for o in outcomes if o.problems)
            if warnings:
                parts.append(self.tr("%n with a warning (see Details).", "", warnings))
        if self.skipped:
            parts.append(self.tr("%n other file(s) in the folder were not records packets and "
                                 "were left alone.", "", self.skipped))
        run = self.last_run
        if run is not None and run.stopped:
            parts.append(self.tr("Stopped: %n file(s) were not imported.", "", run.left))
        self.summary.setText(" ".join(parts))

    def reject(self) -> None:
        if self._op is not None:
            self.stop()  # the file being imported finishes; the rest are left
            return
        super().reject()

    def selected_outcome(self) -> ImportOutcome | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # --- the transmittal sheets ----------------------------------------------------------------
    def open_sheet_check(self) -> SheetCheckDialog:
        """The check before importing; its ticked files are imported when it is accepted. A
        stick found in the computer is listed (and hashed) at once."""
        dialog = SheetCheckDialog(self, start=self._start)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.import_files(dialog.ticked_paths()))
        dialog.open()
        if self._start is not None:
            dialog.add_folder(self._start)
        return dialog

    def received_path(self) -> Path | None:
        """The file of the selected row, when it was imported or already held."""
        outcome, row = self.selected_outcome(), self.view.currentIndex().row()
        if outcome is None or outcome.status not in RECEIVED or row >= len(self.outcome_paths):
            return None
        return self.outcome_paths[row]

    def print_transmittal(self, *, on_shown: Shown | None = None) -> ops.Operation | None:
        """HQ's own transmittal sheet of the selected file, in the report preview."""
        path = self.received_path()
        if path is None:
            return None
        return open_transmittal_report(self, self.session, path, on_shown=on_shown)

    def _show_print(self) -> None:
        self.print_button.setEnabled(not self.busy and self.received_path() is not None)

