"""HQ: send reference data to the posts (HQ > Send reference data to the posts…), the window's
`shekara hq refdata --to DIR [--from FOLDER] [--post CODE]`.

One signed packet per post, encrypted to it, onto the stick: the version in force, or a newer
one from a folder of reference files — which then becomes HQ's own too, so that HQ checks the
posts' records by the same rules (services/refdata.issue). A newer version of its own is used
from the next unlock, as at a post (ui/export/refdata_import.py): the vault locks when this
screen closes. A supervisor's task: the service refuses an officer, and the menu says so
first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from shekara.domain.reference import ReferenceData
from shekara.services.drives import removable_drives
from shekara.services.packet_io import SentPacket
from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.hq.post_packets import PostPacketDialog
from shekara.ui.i18n import fmt
from shekara.ui.widgets.destination import DriveLister


class HqRefdataDialog(PostPacketDialog):
    written = Signal(object)  # list[SentPacket]
    taken = Signal(int)  # a newer version became HQ's own: used from the next unlock

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 list_drives: DriveLister = removable_drives) -> None:
        super().__init__(session, parent, list_drives=list_drives, name="hqRefdataDialog",
                         prefix="refdata")
        self.source: Path | None = None  # a folder of newer reference files; None: in force
        self.source_version: int | None = None
        self.sent: list[SentPacket] = []
        self.newer_taken = False  # HQ's own version changed: the vault locks on close
        # The session's own reference data is the version in force (services/session.py reads
        # the vault's newest at unlock; a newer one taken here locks the vault on close).
        self.in_force = session.ref.version
        self.version_label = QLabel()
        self.version_label.setObjectName("refdataVersion")
        self.version_label.setWordWrap(True)
        self.folder_button = QPushButton()
        self.folder_button.setObjectName("refdataFolder")
        self.folder_button.setIcon(theme.icon("open"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.post_combo.addItem("", None)  # every enrolled post (its text is the language's)
        for code in self.posts:
            self.post_combo.addItem(code, code)
        self.lay_out(self.version_label, self.folder_button)
        self.retranslate_ui()
        self._update_button()
        self.resize(680, 520)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Send reference data to the posts"))
        self.explain.setText(self.tr(
            "Crossing points, substances, authorities and retention periods go to each post as "
            "a signed packet that only it can read. Send the version in force, or a newer one "
            "from a folder of reference files: it then becomes this HQ's own too."))
        self.folder_button.setText(self.tr("&Newer version from a folder…"))
        self.post_label.setText(self.tr("Send &to:"))
        self.post_combo.setItemText(0, self.tr("every enrolled post"))
        self.write_button.setText(self.tr("&Write reference data"))
        self._show_version()
        self.show_result()

    # --- what is sent ------------------------------------------------------------------------
    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Folder of reference files"),
                                                str(Path.home()))
        if name:
            self.use_folder(Path(name))

    def use_folder(self, folder: Path) -> ops.Operation:
        """Read the folder's reference files (off the GUI thread); a folder that does not hold
        them is said, and the version in force stays chosen."""
        self.result_label.clear()
        return ops.run(self, lambda _progress: ReferenceData.load(folder).version,
                       on_done=lambda version: self._folder_read(folder, version),
                       on_error=self._folder_failed)

    def _folder_read(self, folder: Path, version: object) -> None:
        self.source = folder
        self.source_version = version if isinstance(version, int) else None
        self.error = None
        self._show_version()
        self.show_result()

    def _folder_failed(self, err: BaseException) -> None:
        self.source, self.source_version = None, None
        self.error = err
        self._show_version()
        self.show_result()

    def _show_version(self) -> None:
        if self.source is None:
            self.version_label.setText(fmt(self.tr("Version in force: %1."), self.in_force))
        else:
            self.version_label.setText(fmt(self.tr(
                "Version %1 from %2 (version %3 is in force)."), self.source_version or "?",
                str(self.source), self.in_force))

    # --- writing -----------------------------------------------------------------------------
    def can_write(self) -> bool:
        return self.post_combo.count() > 1  # a post is enrolled

    def write(self) -> ops.Operation | None:
        directory = self.chooser.directory()
        if self._op is not None or directory is None:
            return None
        post = self.post_combo.currentData()
        source, session = self.source, self.session
        self.sent = []
        return self.begin_writing(lambda: session.refdata.issue(directory, source=source,
                                                                post=post))

    def on_written(self, sent: object) -> None:
        self.sent = [s for s in sent if isinstance(s, SentPacket)] if isinstance(sent, list) \
            else []
        newer = self.source_version is not None and self.source_version > self.in_force
        if newer and self.source_version is not None:
            self.in_force = self.source_version  # HQ's own now, from the next unlock
            self.newer_taken = True
        self._show_version()
        self.show_result()
        self.written.emit(self.sent)
        if newer:
            self.taken.emit(self.in_force)

    def result_lines(self) -> list[str]:
        if not self.sent:
            return []
        lines = [self.tr("Reference data written and checked for %n post(s):", "",
                         len(self.sent))]
        lines += [f"{s.recipient}: {s.path}" for s in self.sent]
        if self.newer_taken:
            lines.append(self.tr("This HQ checks the posts' records by the new version from the "
                                 "next unlock: when you close this window the vault locks; "
                                 "unlock it to go on."))
        return lines
