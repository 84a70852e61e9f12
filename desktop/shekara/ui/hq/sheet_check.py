"""HQ > Import packets… > Check against the transmittal sheets…: a stick has come in with a signed
Packet transmittal sheet per packet, and before anything is imported the officer compares each
file's SHA-256 with its sheet (docs/user-guide-hq.md "Importing sticks").

The files are hashed off the GUI thread, one after the other, in chunks (a packet may be
hundreds of MB; Stop ends it), and each SHA-256 is shown in the lines the sheet prints. The
officer ticks a file once it matches, or scans the sheet's QR code (a scanner types like a
keyboard): the screen names the file whose post, number and SHA-256 all equal the sheet's and
ticks it, or says in red that none does, with the rule. **Import the ticked files** hands the
ticked files to the import screen. Nothing is decrypted or written: the encrypted files are
only read.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shekara.errors import ShekaraError
from shekara.reports.qr import PacketRef, parse_qr_text
from shekara.reports.sheets import SHA256_GROUPS_PER_LINE
from shekara.services.packet_receipt import SheetMatch, match_sheet
from shekara.ui import theme
from shekara.ui.errors import error_sentence
from shekara.ui.hq.sheet_check_model import Column, SheetCheckTableModel, SheetRow
from shekara.ui.hq.sheet_hashing import PER_MILLE, FileHasher
from shekara.ui.hq.sheet_verdict import document_name, verdict
from shekara.ui.hq.work import packet_files_in
from shekara.ui.i18n import fmt
from shekara.ui.theme import ERROR_STYLE
from shekara.ui.widgets.columns import set_column_widths
from shekara.ui.widgets.labels import fit_to_wrapped_text, selectable_label

COLUMN_WIDTHS = {Column.MATCHES: 90, Column.FILE: 280, Column.POST: 110, Column.PACKET: 60}
HASH_POINT_SIZE = theme.BASE_POINT_SIZE * 1.4  # read across a desk, like the sheet's 15 pt


class SheetCheckDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, start: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheetCheckDialog")
        self._start = start
        self.sheet: PacketRef | None = None  # the scanned sheet, once its text is read
        self.match: SheetMatch | None = None
        self.qr_problem: str | None = None
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.rule = QLabel()
        self.rule.setObjectName("sheetRule")
        self.rule.setWordWrap(True)
        self.files_button = QPushButton()
        self.files_button.setObjectName("addFiles")
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button = QPushButton()
        self.folder_button.setObjectName("addFolder")
        self.folder_button.setIcon(theme.icon("open"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.status = QLabel()
        self.status.setObjectName("hashingStatus")
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("hashProgress")
        self.bar.setRange(0, PER_MILLE)
        self.bar.hide()
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stopHashing")
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.hide()
        self.model = SheetCheckTableModel(self)
        self.hasher = FileHasher(self.model, self)
        self.hasher.moved.connect(self._show)
        self.hasher.progressed.connect(self.bar.setValue)
        self.hasher.idle.connect(self._hashed_all)
        self.view = QTableView()
        self.view.setObjectName("sheetFiles")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the number is at the end
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setMinimumHeight(150)
        self.hash_title = QLabel()
        self.hash_title.setObjectName("sheetHashTitle")
        self.hash_title.setWordWrap(True)
        self.hash_label = selectable_label("sheetHash")
        self.hash_label.setWordWrap(False)  # the sheet's lines, never broken elsewhere
        self.hash_label.setFont(theme.monospace_font(HASH_POINT_SIZE))
        self.hash_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab, select, Ctrl+C
        self.matches_box = QCheckBox()
        self.matches_box.setObjectName("matchesSheet")
        self.matches_box.clicked.connect(self._ticked)
        self.qr_label = QLabel()
        self.qr_edit = QLineEdit()
        self.qr_edit.setObjectName("sheetQrText")
        self.qr_edit.setMaxLength(1000)
        self.qr_edit.setFont(theme.monospace_font())
        self.qr_label.setBuddy(self.qr_edit)
        self.qr_button = QPushButton()
        self.qr_button.setObjectName("checkSheetQr")
        self.qr_button.setDefault(True)  # a scanner ends with Enter
        self.headline = QLabel()
        self.headline.setObjectName("sheetVerdict")
        self.headline.setWordWrap(True)
        self.detail = selectable_label("sheetVerdictDetail")
        self.summary = QLabel()
        self.summary.setObjectName("sheetSummary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)  # after it, as shown
        self.import_button.setObjectName("importTicked")
        self.import_button.setIcon(theme.icon("import"))
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)  # Enter after a scan never imports
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.view.selectionModel().currentRowChanged.connect(self._show_current)
        self.model.dataChanged.connect(self._rows_changed)
        self.qr_edit.textChanged.connect(self._edited)
        self.qr_edit.returnPressed.connect(self.check_sheet)
        self.qr_button.clicked.connect(self.check_sheet)
        self.retranslate_ui()
        theme.fit_to_contents(self, 920)
        self.qr_edit.setFocus(Qt.FocusReason.OtherFocusReason)  # where a scanner types

    def _lay_out(self) -> None:
        choose = QHBoxLayout()
        choose.addWidget(self.files_button)
        choose.addWidget(self.folder_button)
        choose.addStretch(1)
        running = QHBoxLayout()
        running.addWidget(self.bar, 1)
        running.addWidget(self.stop_button)
        scan = QHBoxLayout()
        scan.addWidget(self.qr_label)
        scan.addWidget(self.qr_edit, 1)
        scan.addWidget(self.qr_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.rule)
        layout.addLayout(choose)
        layout.addWidget(self.status)
        layout.addLayout(running)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hash_title)
        layout.addWidget(self.hash_label)
        layout.addWidget(self.matches_box)
        layout.addLayout(scan)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Check against the transmittal sheets"))
        self.explain.setText(self.tr(
            "Compare the SHA-256 of each packet file with the post's signed Packet transmittal "
            "sheet, group by group, and tick the file when every group is the same; or scan the "
            "sheet's QR code, which finds and ticks its file."))
        self.rule.setText(self.tr("If a file does not match its sheet, do not accept the "
                                  "packet: sign nothing and ask the post to write it again."))
        self.files_button.setText(self.tr("Add &files…"))
        self.folder_button.setText(self.tr("Add a whole f&older or stick…"))
        self.stop_button.setText(self.tr("&Stop"))
        self.view.setAccessibleName(self.tr("Packet files and their SHA-256"))
        self.matches_box.setText(self.tr("The SHA-256 of this file &matches its sheet"))
        self.qr_label.setText(self.tr("Text of the &QR code on the sheet:"))
        self.qr_edit.setAccessibleName(self.tr("Text of the QR code on the sheet"))
        self.qr_edit.setPlaceholderText("SHK1:P:…")
        self.qr_button.setText(self.tr("C&heck"))
        self.import_button.setText(self.tr("&Import the ticked files"))
        self.model.retranslate()
        set_column_widths(self.view, COLUMN_WIDTHS)
        self._fit_table()
        self._show()

    def _fit_table(self) -> None:
        """As wide as the columns, the hash's column holding its header and the sheet's line:
        the stretched last column is otherwise what is left, and a long header was cut."""
        header = self.view.horizontalHeader()
        line = QFontMetrics(theme.monospace_font()).horizontalAdvance(
            " ".join(["0000"] * SHA256_GROUPS_PER_LINE))
        last = max(header.sectionSizeHint(Column.SHA256), line + 16)
        width = sum(header.sectionSize(c) for c in Column if c != Column.SHA256) + last
        self.view.setMinimumWidth(width + 2 * self.view.frameWidth()
                                  + self.view.verticalScrollBar().sizeHint().width())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @property
    def hashing(self) -> bool:
        return self.hasher.busy

    # --- the files -------------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Packet files"), str(self._start or Path.home()),
            self.tr("Shekara packets (*.shk);;All files (*)"))
        if names:
            self.add_files(Path(n) for n in names)

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Folder or stick with packets"),
                                                str(self._start or Path.home()))
        if name:
            self.add_folder(Path(name))

    def add_folder(self, folder: Path) -> None:
        paths, _others = packet_files_in(folder)
        if not paths:
            self._say(fmt(self.tr("No records packet (…-records-….shk) in %1."), str(folder)))
            return
        self.add_files(paths)

    def add_files(self, paths: Iterable[Path]) -> None:
        """List the files and hash them (a file listed again is hashed again)."""
        self.match = None  # the files change: a sheet scanned is matched again
        self.hasher.add(paths)
        if self.view.currentIndex().row() < 0 and self.model.rowCount():
            self.select_row(0)

    def rows(self) -> list[SheetRow]:
        return self.model.rows()

    def ticked_paths(self) -> list[Path]:
        return sorted((row.path for row in self.model.rows() if row.matches),
                      key=lambda path: path.name)

    def select_row(self, number: int) -> None:
        self.view.selectionModel().setCurrentIndex(
            self.model.index(number, Column.FILE),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def stop(self) -> None:
        """Stop hashing: the file being read and the ones waiting are left not computed."""
        self.hasher.stop()

    def _hashed_all(self) -> None:
        self._match_sheet()
        self._show()

    # --- the officer's tick ----------------------------------------------------------------
    def current_row(self) -> SheetRow | None:
        return self.model.row_at(self.view.currentIndex().row())

    def _ticked(self, checked: bool) -> None:
        self.model.set_matches(self.view.currentIndex().row(), checked)

    # --- the sheet's QR code ---------------------------------------------------------------
    def _edited(self) -> None:
        self.sheet = self.match = None  # a verdict is about the text it was given
        self.qr_problem = None
        self._show()

    def check_sheet(self) -> None:
        text = self.qr_edit.text().strip()
        if not text:
            return
        self.sheet = self.match = None
        self.qr_problem = None
        try:
            payload = parse_qr_text(text)
        except ShekaraError as err:
            self.qr_problem = error_sentence(err)
        else:
            if isinstance(payload, PacketRef):
                self.sheet = payload
                self._match_sheet()
            else:
                self.qr_problem = fmt(self.tr(
                    "This is the QR code of another document (%1), not of a Packet transmittal "
                    "sheet."), document_name(payload))
        self.qr_edit.selectAll()  # the next scan replaces it
        self._show()

    def _match_sheet(self) -> None:
        rows = self.model.rows()
        if self.sheet is None or self.hasher.busy or not rows \
                or any(row.state in ("waiting", "stopped") for row in rows):
            return  # matched once every file is hashed
        self.match = match_sheet(self.sheet, [row.digest for row in rows if row.digest])
        found = self.match.file
        if found is not None:
            number = next(i for i, row in enumerate(rows) if row.digest is found)
            self.model.set_matches(number, True)
            self.select_row(number)

    # --- showing ---------------------------------------------------------------------------
    def _show(self) -> None:
        busy = self.hasher.busy
        self.bar.setVisible(busy)
        self.stop_button.setVisible(busy)
        self.stop_button.setEnabled(busy and not self.hasher.stopping)
        row = self.hasher.current
        if busy and row is not None:
            self._say(fmt(self.tr("Computing the SHA-256 of %1…"), row.path.name))
        elif not busy:
            self._say(self._status_text())
        self._rows_changed()
        self._show_verdict()
        if self.isVisible():  # a verdict of several lines: grow, never cut it off
            fit_to_wrapped_text(self, self.width())

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))  # no empty line above the list

    def _status_text(self) -> str:
        rows = self.model.rows()
        if not rows:
            return self.tr("No file listed yet: add the packet files, or the whole stick.")
        stopped = sum(1 for r in rows if r.state == "stopped")
        return self.tr("Stopped: the SHA-256 of %n file(s) was not computed; add them again "
                       "to compute it.", "", stopped) if stopped else ""

    def _rows_changed(self, *_args: object) -> None:
        self._show_current()
        rows = self.model.rows()
        ticked = sum(1 for r in rows if r.matches)
        self.summary.setText(fmt(self.tr("%1 of %n file(s) ticked as matching their sheet.",
                                         "", len(rows)), ticked) if rows else "")
        self.import_button.setEnabled(ticked > 0 and not self.hasher.busy)

    def _show_current(self, *_args: object) -> None:
        row = self.current_row()
        self.matches_box.setEnabled(row is not None and row.state == "done")
        self.matches_box.setChecked(row is not None and row.matches)
        if row is None:
            self.hash_title.setText(self.tr("Choose a file in the list to see its SHA-256 "
                                            "here in large type."))
            self.hash_label.setText("\n")
            return
        self.hash_title.setText(fmt(self.tr("SHA-256 of %1, as the sheet prints it:"),
                                    row.path.name))
        self.hash_label.setText(row.sha256_text() if row.state == "done"
                                else self.model.display(row, Column.SHA256) + "\n")

    def _show_verdict(self) -> None:
        style, headline, detail = "", "", ""
        if self.qr_problem is not None:
            style, headline = ERROR_STYLE, self.qr_problem
        elif self.sheet is not None and self.match is None:
            if not self.model.rows():
                headline = self.tr("Add the packet files of the stick first.")
            elif self.hasher.busy:
                headline = self.tr("Waiting for the SHA-256 of every file…")
            else:
                headline = self.tr("Not every file's SHA-256 is computed: add the stopped "
                                   "files again.")
        elif self.match is not None:
            style, headline, detail = verdict(self.match)
        self.headline.setStyleSheet(style)
        self.headline.setText(headline)
        self.detail.setText(detail)

    def reject(self) -> None:
        self.stop()  # nothing is at stake: the reading ends, the window closes
        super().reject()
