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

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shekara.domain.reference import ReferenceData
from shekara.services import keys
from shekara.services.drives import removable_drives
from shekara.services.packet_io import SentPacket
from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.errors import error_text
from shekara.ui.i18n import fmt
from shekara.ui.widgets.destination import DestinationChooser, DriveLister
from shekara.ui.widgets.packet_file import ERROR_STYLE


class HqRefdataDialog(QDialog):
    written = Signal(object)  # list[SentPacket]
    taken = Signal(int)  # a newer version became HQ's own: used from the next unlock

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 list_drives: DriveLister = removable_drives) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("hqRefdataDialog")
        self.setWindowIcon(theme.icon("export"))
        self._op: ops.Operation | None = None
        self.source: Path | None = None  # a folder of newer reference files; None: in force
        self.source_version: int | None = None
        self.sent: list[SentPacket] = []
        self.newer_taken = False  # HQ's own version changed: the vault locks on close
        self.error: BaseException | None = None
        with ops.locked(session):
            self.in_force = session.refdata.current().version
            posts = keys.enrolled_posts(session.vault)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.version_label = QLabel()
        self.version_label.setObjectName("refdataVersion")
        self.version_label.setWordWrap(True)
        self.folder_button = QPushButton()
        self.folder_button.setObjectName("refdataFolder")
        self.folder_button.setIcon(theme.icon("open"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.post_label = QLabel()
        self.post_combo = QComboBox()
        self.post_combo.setObjectName("refdataPost")
        self.post_label.setBuddy(self.post_combo)
        self.post_combo.addItem("", None)  # every enrolled post (its text is the language's)
        for code in posts:
            self.post_combo.addItem(code, code)
        self.chooser = DestinationChooser(self, list_drives=list_drives)
        self.chooser.changed.connect(lambda _path: self._update_button())
        self.write_button = QPushButton()
        self.write_button.setObjectName("writeRefdata")
        self.write_button.setIcon(theme.icon("export"))
        self.write_button.clicked.connect(self.write)
        self.result_label = QLabel()
        self.result_label.setObjectName("refdataResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.post_label, self.post_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.version_label)
        layout.addWidget(self.folder_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(form)
        layout.addWidget(self.chooser, 1)
        layout.addWidget(self.write_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
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
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

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
        self._show()

    def _folder_failed(self, err: BaseException) -> None:
        self.source, self.source_version = None, None
        self.error = err
        self._show_version()
        self._show()

    def _show_version(self) -> None:
        if self.source is None:
            self.version_label.setText(fmt(self.tr("Version in force: %1."), self.in_force))
        else:
            self.version_label.setText(fmt(self.tr(
                "Version %1 from %2 (version %3 is in force)."), self.source_version or "?",
                str(self.source), self.in_force))

    # --- writing -----------------------------------------------------------------------------
    def _update_button(self) -> None:
        self.write_button.setEnabled(self._op is None and self.post_combo.count() > 1
                                     and self.chooser.directory() is not None)

    def write(self) -> ops.Operation | None:
        directory = self.chooser.directory()
        if self._op is not None or directory is None:
            return None
        post = self.post_combo.currentData()
        source, session = self.source, self.session
        self.sent, self.error = [], None
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Writing…"))
        self._op = ops.run(self, lambda _progress: session.refdata.issue(
            directory, source=source, post=post), session=session, on_done=self._done,
            on_error=self._failed)
        self._update_button()
        return self._op

    def _done(self, sent: object) -> None:
        self._op = None
        self.sent = [s for s in sent if isinstance(s, SentPacket)] if isinstance(sent, list) \
            else []
        newer = self.source_version is not None and self.source_version > self.in_force
        if newer and self.source_version is not None:
            self.in_force = self.source_version  # HQ's own now, from the next unlock
            self.newer_taken = True
        self._update_button()
        self._show_version()
        self._show()
        self.written.emit(self.sent)
        if newer:
            self.taken.emit(self.in_force)

    def _failed(self, err: BaseException) -> None:
        self._op = None
        self.error = err
        self._update_button()
        self._show()

    def _show(self) -> None:
        if self.error is not None:
            self.result_label.setStyleSheet(ERROR_STYLE)
            self.result_label.setText(error_text(self.error))
            return
        self.result_label.setStyleSheet("")
        if not self.sent:
            if self._op is None:
                self.result_label.clear()
            return
        lines = [self.tr("Reference data written and checked for %n post(s):", "",
                         len(self.sent))]
        lines += [f"{s.recipient}: {s.path}" for s in self.sent]
        if self.newer_taken:
            lines.append(self.tr("This HQ checks the posts' records by the new version from the "
                                 "next unlock: when you close this window the vault locks; "
                                 "unlock it to go on."))
        self.result_label.setText("\n".join(lines))
