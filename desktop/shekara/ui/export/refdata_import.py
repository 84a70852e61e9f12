"""Take HQ's reference data at the post (Post > Import reference data from HQ…): choose the
file from the stick and see what was taken. The command's `shekara refdata import FILE`, for a
supervisor (the service refuses an officer, and the menu says so first).

Reference data decides what every screen offers (crossing points, substances, authorities) and
what the search index holds (their names): a newer version is used from the next unlock, so
once one is taken the vault locks when this screen closes. The session that opens then reads
the new version, and makes the search index again first if names changed
(`RebuildService.note_reference_names`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shekara.services.drives import removable_drives
from shekara.services.packet_io import read_packet_file
from shekara.services.refdata import RefdataResult
from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.errors import error_text
from shekara.ui.i18n import fmt
from shekara.ui.widgets.destination import DriveLister

ERROR_STYLE = "color: #B00020;"


class RefdataImportDialog(QDialog):
    taken = Signal(int)  # the version now in force, once a newer one was taken

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 list_drives: DriveLister = removable_drives) -> None:
        super().__init__(parent)
        self.session = session
        self.outcome: RefdataResult | None = None
        self.error: BaseException | None = None
        self._busy = False
        self.setObjectName("refdataImportDialog")
        self.setWindowIcon(theme.icon("import"))
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("chooseRefdata")
        self.choose_button.setIcon(theme.icon("import"))
        self.choose_button.clicked.connect(self.choose_file)
        self.headline = QLabel()
        self.headline.setObjectName("refdataHeadline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.details = QLabel()
        self.details.setObjectName("refdataDetails")
        self.details.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(600, 300)
        self._start: Path | None = None  # the first stick, found off the GUI thread
        ops.run(self, lambda _progress: list_drives(), on_done=self._drives_listed)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import reference data from HQ"))
        self.explain.setText(self.tr(
            "HQ sends new reference data (crossing points, substances, authorities, retention "
            "periods) as a file shekara-…-refdata-….shk. Only a version newer than the one in "
            "force is taken; a supervisor takes it."))
        self.choose_button.setText(self.tr("&Choose the reference data file…"))
        self.choose_button.setAccessibleName(self.choose_button.text().replace("&", ""))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _drives_listed(self, found: object) -> None:
        if isinstance(found, list) and found:
            self._start = found[0].path

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("HQ's reference data"), str(self._start or Path.home()),
            self.tr("Shekara packets (*.shk);;All files (*)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> ops.Operation | None:
        if self._busy:
            return None
        self._busy = True
        self.choose_button.setEnabled(False)
        self.error, self.outcome = None, None
        self.headline.setStyleSheet("")
        self.headline.setText(self.tr("Reading the reference data…"))
        self.details.clear()
        session = self.session
        return ops.run(self, lambda _progress: session.refdata.import_refdata(
            read_packet_file(path)), session=session, on_done=self._done, on_error=self._failed)

    def _done(self, result: object) -> None:
        self._busy = False
        self.choose_button.setEnabled(True)
        self.outcome = result if isinstance(result, RefdataResult) else None
        self._show()
        if self.outcome is not None and self.outcome.imported:
            self.choose_button.setEnabled(False)  # taken: nothing more to choose here
            self.taken.emit(self.outcome.version)

    def _failed(self, err: BaseException) -> None:
        self._busy = False
        self.choose_button.setEnabled(True)
        self.error = err
        self._show()

    def _show(self) -> None:
        self.headline.setStyleSheet("")
        if self.error is not None:
            self.headline.setStyleSheet(ERROR_STYLE)
            self.headline.setText(self.tr("The reference data was not taken."))
            self.details.setText(error_text(self.error))
            return
        result = self.outcome
        if result is None:
            self.headline.clear()
            self.details.clear()
        elif result.imported:
            self.headline.setText(fmt(self.tr(
                "Reference data version %1 is taken (version %2 was in force)."),
                result.version, result.previous))
            self.details.setText(self.tr(
                "It is used from the next unlock: when you close this window the vault locks; "
                "unlock it to go on."))
        else:
            self.headline.setText(fmt(self.tr(
                "Nothing new: version %1 is already in force. Nothing was changed."),
                result.version))
            self.details.clear()
