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

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QWidget,
)

from shekara.services.drives import removable_drives
from shekara.services.packet_io import read_packet_file
from shekara.services.refdata import RefdataResult
from shekara.services.session import Session
from shekara.ui import ops
from shekara.ui.errors import error_text
from shekara.ui.i18n import fmt
from shekara.ui.theme import ERROR_STYLE
from shekara.ui.widgets.destination import DriveLister
from shekara.ui.widgets.packet_file import PacketFileDialog


class RefdataImportDialog(PacketFileDialog):
    taken = Signal(int)  # the version now in force, once a newer one was taken

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 list_drives: DriveLister = removable_drives) -> None:
        super().__init__(session, parent, list_drives=list_drives, name="refdataImportDialog",
                         prefix="refdata")
        self.outcome: RefdataResult | None = None
        self.error: BaseException | None = None
        self.lay_out()
        self.retranslate_ui()
        self.resize(600, 300)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import reference data from HQ"))
        self.explain.setText(self.tr(
            "HQ sends new reference data (crossing points, substances, authorities, retention "
            "periods) as a file shekara-…-refdata-….shk. Only a version newer than the one in "
            "force is taken; a supervisor takes it."))
        self.choose_button.setText(self.tr("&Choose the reference data file…"))
        self.choose_button.setAccessibleName(self.choose_button.text().replace("&", ""))
        self._show()

    def file_title(self) -> str:
        return self.tr("HQ's reference data")

    def import_file(self, path: Path) -> ops.Operation | None:
        if self._busy:
            return None
        self.error, self.outcome = None, None
        session = self.session
        return self.begin_import(self.tr("Reading the reference data…"), lambda: (
            session.refdata.import_refdata(read_packet_file(path))))

    def on_imported(self, result: object) -> None:
        self.outcome = result if isinstance(result, RefdataResult) else None
        self._show()
        if self.outcome is not None and self.outcome.imported:
            self.choose_button.setEnabled(False)  # taken: nothing more to choose here
            self.taken.emit(self.outcome.version)

    def on_refused(self, err: BaseException) -> None:
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
