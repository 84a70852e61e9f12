"""The other Party's central authority, as this HQ trusts it: enroll its keys file after
comparing the fingerprint with its paper sheet (the same step as the posts' and HQ's keys), or
follow its rotation statement (its Renew HQ's keys…: the old key vouches, no paper), the
partner's keys with their state, and revoking them (a supervisor)."""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shekara.services.drives import removable_drives
from shekara.services.keys import KeyChange
from shekara.services.partner import PartnerKey
from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.i18n import fmt, format_stamp
from shekara.ui.keys.confirm import FingerprintConfirmDialog
from shekara.ui.keys.files import KIND_PARTNER_ROTATION, KeyFile, read_partner_key_file
from shekara.ui.keys.post_keys import KeysDialogBase
from shekara.ui.widgets.confirm import ask_first
from shekara.ui.widgets.destination import DriveLister
from shekara.ui.widgets.key_states import key_state_text
from shekara.ui.widgets.table_model import RowTableModel

REVOKED = QColor("#B00020")


class Column(IntEnum):
    CODE = 0
    PARTY = 1
    FINGERPRINT = 2
    STATE = 3
    ADDED = 4


HEADERS = {
    Column.CODE: QT_TRANSLATE_NOOP("PartnerKeysTableModel", "Partner"),
    Column.PARTY: QT_TRANSLATE_NOOP("PartnerKeysTableModel", "Party"),
    Column.FINGERPRINT: QT_TRANSLATE_NOOP("PartnerKeysTableModel", "Fingerprint"),
    Column.STATE: QT_TRANSLATE_NOOP("PartnerKeysTableModel", "State"),
    Column.ADDED: QT_TRANSLATE_NOOP("PartnerKeysTableModel", "Trusted since"),
}


class PartnerKeysTableModel(RowTableModel[PartnerKey, Column]):
    columns = Column
    headers = HEADERS
    context = "PartnerKeysTableModel"

    def sort_value(self, key: PartnerKey, column: Column) -> Any:
        return {Column.CODE: key.code, Column.PARTY: key.party,
                Column.FINGERPRINT: key.fingerprint, Column.STATE: key.state,
                Column.ADDED: key.added_at}[column]

    def display(self, key: PartnerKey, column: Column) -> str:
        if column == Column.STATE:
            return key_state_text(key.state)
        if column == Column.ADDED:
            return format_stamp(key.added_at)
        return str(self.sort_value(key, column))

    def role_data(self, key: PartnerKey, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and column == Column.FINGERPRINT:
            return theme.monospace_font()
        if role == Qt.ItemDataRole.ForegroundRole and key.state == "revoked":
            return QBrush(REVOKED)
        return None


class PartnerKeysDialog(KeysDialogBase):
    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 list_drives: DriveLister = removable_drives) -> None:
        super().__init__(session, parent, list_drives)
        self.setObjectName("partnerKeysDialog")
        self.setWindowIcon(theme.icon("about"))
        self.supervisor = session.vault.role == "supervisor"
        self.confirm_dialog: FingerprintConfirmDialog | None = None
        self.revoke_box: QMessageBox | None = None
        self._loading = False
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.model = PartnerKeysTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("partnerKeysTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.enroll_button = QPushButton()
        self.enroll_button.setObjectName("enrollPartner")
        self.enroll_button.setIcon(theme.icon("import"))
        self.enroll_button.clicked.connect(self.choose_file)
        self.revoke_button = QPushButton()
        self.revoke_button.setObjectName("revokePartner")
        self.revoke_button.setIcon(theme.icon("warning"))
        self.revoke_button.clicked.connect(self.ask_revoke)
        buttons = QHBoxLayout()
        buttons.addWidget(self.enroll_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(860, 420)
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Partner keys"))
        self.explain.setText(self.tr(
            "The keys of the other Party's central authority. Its letters are accepted only "
            "when signed with an active key here, and our letters are encrypted to it."))
        self.view.setAccessibleName(self.tr("Partner keys"))
        self.enroll_button.setText(self.tr("E&nroll the partner's keys…"))
        self.revoke_button.setText(self.tr("&Revoke the partner's keys…"))
        if not self.supervisor:
            for button in (self.enroll_button, self.revoke_button):
                button.setToolTip(self.tr("Only a supervisor can do this"))
        self.model.retranslate()

    # --- loading -------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._loading

    def reload(self) -> ops.Operation:
        self._loading = True
        session = self.session
        return ops.run(self, lambda _progress: session.partner.keys(), session=session,
                       on_done=self._loaded, on_error=self._load_failed)

    def _loaded(self, rows: object) -> None:
        self._loading = False
        self.model.set_rows(rows if isinstance(rows, list) else [])
        self._update_buttons()

    def _load_failed(self, err: BaseException) -> None:
        self._loading = False
        self.fail(err)

    def selected_key(self) -> PartnerKey | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def active_key(self) -> PartnerKey | None:
        live = [k for k in self.model.rows() if k.state == "active"]
        return live[-1] if live else None

    def _update_buttons(self) -> None:
        key = self.selected_key()
        self.enroll_button.setEnabled(self.supervisor)
        self.revoke_button.setEnabled(self.supervisor and key is not None
                                      and key.state != "revoked")

    # --- enrolling -----------------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("The partner's keys file or rotation statement"),
            str(self.start_folder()),
            self.tr("Key files (*.json);;All files (*)"))
        if name:
            self.enroll_file(Path(name))

    def enroll_file(self, path: Path) -> ops.Operation:
        """Read the file (off the GUI thread), then ask for the paper check."""
        return ops.run(self, lambda _progress: read_partner_key_file(path), on_done=self._ask,
                       on_error=self.fail)

    def _ask(self, key: object) -> None:
        if not isinstance(key, KeyFile):
            return
        current = None if key.kind == KIND_PARTNER_ROTATION else self.active_key()
        replaces = (current.fingerprint if current is not None
                    and current.fingerprint.replace(" ", "") != key.fingerprint.replace(" ", "")
                    else None)
        dialog = FingerprintConfirmDialog(key, self.session.ref, self, replaces=replaces)
        dialog.setMinimumWidth(600)  # the "I compared every group" line in full
        dialog.accepted.connect(lambda: self._enroll(key, replace=replaces is not None))
        dialog.finished.connect(dialog.deleteLater)
        self.confirm_dialog = dialog
        dialog.open()

    def _enroll(self, key: KeyFile, *, replace: bool) -> ops.Operation:
        session = self.session

        def work(_progress: ops.Progress) -> KeyChange:
            # The person confirmed that the file's fingerprint is the one on the paper sheet.
            return session.partner.enroll(key.data, key.fingerprint, replace=replace)

        return ops.run(self, work, session=session, on_done=self._enrolled, on_error=self.fail)

    def _enrolled(self, change: object) -> None:
        if not isinstance(change, KeyChange):
            return
        texts = {
            "enrolled": self.tr("%1 is trusted: its letters are accepted from now on."),
            "replaced": self.tr("%1 has its new key: the old one is revoked."),
            "rotated": self.tr("%1 has its new key: letters signed with the old one are "
                               "accepted only up to the number the statement names."),
            "already": self.tr("This key of %1 was already trusted: nothing changed."),
        }
        self.say(fmt(texts.get(change.outcome, texts["enrolled"]), change.code))
        self.reload()

    # --- revoking ------------------------------------------------------------------------------
    def ask_revoke(self) -> QMessageBox | None:
        key = self.selected_key()
        if key is None or key.state == "revoked" or not self.supervisor:
            return None
        code = key.code
        self.revoke_box = ask_first(
            self, "revokePartnerConfirm", title=self.tr("Revoke the partner's keys"),
            text=fmt(self.tr("Revoke every key of %1?"), code),
            informative=self.tr(
                "Its letters are refused from now on and nothing more can be sent to it. Only a "
                "new enrollment, checked on paper, brings the partner back."),
            yes_text=self.tr("&Revoke"), on_yes=lambda: self.revoke(code))
        return self.revoke_box

    def revoke(self, code: str) -> ops.Operation:
        session = self.session

        def work(_progress: ops.Progress) -> list[str]:
            return session.partner.revoke(code)

        def done(prints: object) -> None:
            count = len(prints) if isinstance(prints, list) else 0
            self.say(fmt(self.tr("Revoked: %n key(s) of %1.", "", count), code))
            self.reload()

        return ops.run(self, work, session=session, on_done=done, on_error=self.fail)
