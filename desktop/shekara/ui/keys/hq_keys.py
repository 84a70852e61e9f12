"""Keys at HQ: HQ's own fingerprint and public keys file (with its sheet) for the posts, HQ's new
keys (a supervisor's: ui/keys/rotation_buttons.py), and the posts' keys — enroll a post from its
file after comparing the fingerprint with its printed sheet, apply a rotation statement, revoke
a post."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shekara.errors import ShekaraError
from shekara.services import hq, keys
from shekara.services.drives import removable_drives
from shekara.services.keys import KeyChange
from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.hq.wrapping_header import WrappingHeader
from shekara.ui.i18n import fmt
from shekara.ui.keys.confirm import FingerprintConfirmDialog, fingerprint_lines
from shekara.ui.keys.files import KeyFile, hq_keys_file_name, read_post_key_file
from shekara.ui.keys.keys_model import Column, PostKey, PostKeysTableModel, keys_of
from shekara.ui.keys.post_keys import KeysDialogBase
from shekara.ui.keys.rotation_buttons import RotationButtons
from shekara.ui.widgets.confirm import ask_first
from shekara.ui.widgets.destination import DriveLister


class HqKeysDialog(KeysDialogBase):
    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 list_drives: DriveLister = removable_drives) -> None:
        super().__init__(session, parent, list_drives)
        self.setObjectName("hqKeysDialog")
        self.setWindowIcon(theme.icon("about"))
        self.confirm_dialog: FingerprintConfirmDialog | None = None
        self.revoke_box: QMessageBox | None = None
        self._loading = False
        self.own_fingerprint = ""
        self.own_box = QGroupBox()
        self.own_name, self.own_value = QLabel(), QLabel()
        self.own_value.setObjectName("ownFingerprint")
        self.own_value.setFont(theme.monospace_font(12))
        self.own_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportHqKeys")
        self.export_button.setIcon(theme.icon("export"))
        self.export_button.clicked.connect(self.choose_keys_path)
        self.sheet_button = QPushButton()
        self.sheet_button.setObjectName("printKeysSheet")
        self.sheet_button.clicked.connect(self.print_sheet)
        own_form = QFormLayout()
        own_form.addRow(self.own_name, self.own_value)
        own_buttons = QHBoxLayout()
        own_buttons.addWidget(self.export_button)
        own_buttons.addWidget(self.sheet_button)
        own_buttons.addStretch(1)
        own_layout = QVBoxLayout(self.own_box)
        own_layout.addLayout(own_form)
        own_layout.addLayout(own_buttons)
        self.rotation = RotationButtons(session, self, list_drives=list_drives)
        self.rotation.rotated.connect(self.keys_rotated)
        own_layout.addWidget(self.rotation)
        self.posts_box = QGroupBox()
        self.model = PostKeysTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("postKeysTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        # "Пакеттерге қол қояды (нөмірге дейін)": long headers wrap rather than being cut.
        self.view.setHorizontalHeader(WrappingHeader(self.view, max_width=140))
        self.view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.enroll_button = QPushButton()
        self.enroll_button.setObjectName("enrollPost")
        self.enroll_button.setIcon(theme.icon("import"))
        self.enroll_button.clicked.connect(self.choose_post_file)
        self.revoke_button = QPushButton()
        self.revoke_button.setObjectName("revokePost")
        self.revoke_button.setIcon(theme.icon("warning"))
        self.revoke_button.clicked.connect(self.ask_revoke)
        post_buttons = QHBoxLayout()
        post_buttons.addWidget(self.enroll_button)
        post_buttons.addWidget(self.revoke_button)
        post_buttons.addStretch(1)
        posts_layout = QVBoxLayout(self.posts_box)
        posts_layout.addWidget(self.view, 1)
        posts_layout.addLayout(post_buttons)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.own_box)
        layout.addWidget(self.posts_box, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.read_own_fingerprint()
        self.retranslate_ui()
        self.resize(820, 600)
        self.reload()

    def read_own_fingerprint(self) -> None:
        with ops.locked(self.session):
            try:
                self.own_fingerprint = keys.own_keys(self.session.vault).public.fingerprint()
            except ShekaraError:
                self.own_fingerprint = ""

    def keys_rotated(self) -> None:
        """The vault's own keys changed: show the new fingerprint."""
        self.read_own_fingerprint()
        self.own_value.setText(fingerprint_lines(self.own_fingerprint) or self.tr("none yet"))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Keys at HQ"))
        self.own_box.setTitle(fmt(self.tr("HQ's keys (%1)"), self.session.vault.post_code))
        self.own_name.setText(self.tr("Fingerprint:"))
        self.own_value.setText(fingerprint_lines(self.own_fingerprint) or self.tr("none yet"))
        self.own_value.setAccessibleName(self.tr("HQ's fingerprint"))
        self.export_button.setText(self.tr("&Export HQ's keys file…"))
        self.sheet_button.setText(self.tr("&Print the keys sheet…"))
        self.posts_box.setTitle(self.tr("Posts' keys"))
        self.view.setAccessibleName(self.tr("Posts' keys"))
        self.enroll_button.setText(self.tr("E&nroll a post…"))
        self.revoke_button.setText(self.tr("&Revoke the post's keys…"))
        self.model.retranslate()

    # --- loading -------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._loading

    def reload(self) -> ops.Operation:
        self._loading = True
        session = self.session
        return ops.run(self, lambda _progress: keys_of(hq.status(session.vault)),
                       session=session, on_done=self._loaded, on_error=self._load_failed)

    def _loaded(self, rows: object) -> None:
        self._loading = False
        self.model.set_rows(rows if isinstance(rows, list) else [])
        self._update_buttons()

    def _load_failed(self, err: BaseException) -> None:
        self._loading = False
        self.fail(err)

    def selected_key(self) -> PostKey | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_post(self, post: str) -> None:
        for row in range(self.model.rowCount()):
            key = self.model.row_at(row)
            if key is not None and key.post == post and key.state != "revoked":
                self.view.setCurrentIndex(self.model.index(row, Column.POST))
                return

    def _update_buttons(self) -> None:
        key = self.selected_key()
        self.revoke_button.setEnabled(key is not None and key.state != "revoked")

    # --- HQ's own file -------------------------------------------------------------------------
    def choose_keys_path(self) -> None:
        start = self.start_folder() / hq_keys_file_name(self.session.vault.post_code)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export HQ's keys file"),
                                              str(start), self.tr("Key files (*.json)"))
        if name:
            self.export_keys(Path(name))

    def export_keys(self, path: Path) -> ops.Operation:
        session = self.session

        def work(_progress: ops.Progress) -> Path:
            return keys.write_public_file(path, keys.hq_keys_file(session.vault))

        return ops.run(self, work, session=session, on_done=self._exported, on_error=self.fail)

    def _exported(self, path: object) -> None:
        self.say(fmt(self.tr("HQ's keys file is written: %1\nSend it to the posts with the "
                             "printed keys sheet."), str(path)))

    def print_sheet(self) -> ops.Operation:
        from shekara.ui.reports.opening import open_enrollment_report

        return open_enrollment_report(self, self.session)

    # --- enrolling -----------------------------------------------------------------------------
    def choose_post_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("A post's enrollment file or rotation statement"),
            str(self.start_folder()), self.tr("Key files (*.json);;All files (*)"))
        if name:
            self.enroll_file(Path(name))

    def enroll_file(self, path: Path) -> ops.Operation:
        """Read the file (off the GUI thread), then ask for the paper check."""
        return ops.run(self, lambda _progress: read_post_key_file(path), on_done=self._ask,
                       on_error=self.fail)

    def _ask(self, key: object) -> None:
        if not isinstance(key, KeyFile):
            return
        dialog = FingerprintConfirmDialog(key, self.session.ref, self)
        dialog.accepted.connect(lambda: self._enroll(key))
        dialog.finished.connect(dialog.deleteLater)
        self.confirm_dialog = dialog
        dialog.open()

    def _enroll(self, key: KeyFile) -> None:
        session = self.session

        def work(_progress: ops.Progress) -> KeyChange:
            return keys.enroll(session.vault, key.data)

        ops.run(self, work, session=session, on_done=self._enrolled, on_error=self.fail)

    def _enrolled(self, change: object) -> None:
        if not isinstance(change, KeyChange):
            return
        texts = {
            "enrolled": self.tr("Post %1 is enrolled: its packets are accepted from now on."),
            "rotated": self.tr("Post %1 has its new key: packets signed with the old one are "
                               "accepted only up to the number the statement names."),
            "already": self.tr("This key of post %1 was already enrolled: nothing changed."),
        }
        self.say(fmt(texts.get(change.outcome, texts["enrolled"]), change.code))
        op = self.reload()
        op.succeeded.connect(lambda _rows: self.select_post(change.code))

    # --- revoking ------------------------------------------------------------------------------
    def ask_revoke(self) -> QMessageBox | None:
        key = self.selected_key()
        if key is None or key.state == "revoked":
            return None
        post = key.post
        self.revoke_box = ask_first(
            self, "revokeConfirm", title=self.tr("Revoke a post's keys"),
            text=fmt(self.tr("Revoke every key of post %1?"), post),
            informative=self.tr(
                "Its packets are refused from now on, also those HQ holds waiting for a gap. "
                "Only a new enrollment, checked on paper, brings the post back."),
            yes_text=self.tr("&Revoke"), on_yes=lambda: self.revoke(post))
        return self.revoke_box

    def revoke(self, post: str) -> ops.Operation:
        session = self.session

        def work(_progress: ops.Progress) -> list[str]:
            return keys.revoke(session.vault, post)

        def done(prints: object) -> None:
            count = len(prints) if isinstance(prints, list) else 0
            self.say(fmt(self.tr("Revoked: %n key(s) of post %1.", "", count), post))
            self.reload()

        return ops.run(self, work, session=session, on_done=done, on_error=self.fail)
