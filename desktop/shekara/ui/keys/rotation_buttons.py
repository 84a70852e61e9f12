"""The key screens' row for new keys (Admin > Keys and fingerprints): **Make new keys…** at a
post or **Renew HQ's keys…** at HQ, and **Write the files again…** once the vault holds a
rotation (made in the window or with the command). Both open ui/keys/rotate_dialog.py. They are
a supervisor's: an officer sees them disabled, with the reason as their tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from shekara.services.rotation_files import rotated_before
from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.keys.rotate_dialog import RotateKeysDialog
from shekara.ui.widgets.destination import DriveLister


class RotationButtons(QWidget):
    rotated = Signal()  # the vault's own keys changed: the screen shows the new fingerprint

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 list_drives: DriveLister) -> None:
        super().__init__(parent)
        self.session = session
        self.list_drives = list_drives
        self.supervisor = session.vault.role == "supervisor"
        self.hq = session.vault.mode == "hq"
        self.dialog: RotateKeysDialog | None = None
        self.rotate_button = QPushButton()
        self.rotate_button.setObjectName("rotateKeys")
        self.rotate_button.setIcon(theme.icon("warning"))
        self.rotate_button.clicked.connect(lambda: self.open_rotation(rewrite=False))
        self.rewrite_button = QPushButton()
        self.rewrite_button.setObjectName("rewriteRotation")
        self.rewrite_button.setIcon(theme.icon("export"))
        self.rewrite_button.clicked.connect(lambda: self.open_rotation(rewrite=True))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rotate_button)
        layout.addWidget(self.rewrite_button)
        layout.addStretch(1)
        for button in (self.rotate_button, self.rewrite_button):
            button.setEnabled(self.supervisor)
        self.refresh()
        self.retranslate_ui()

    def refresh(self) -> None:
        """Offer the files again once the vault keeps a rotation statement."""
        with ops.locked(self.session):
            rotated = rotated_before(self.session.vault)
        self.rewrite_button.setVisible(rotated)

    def retranslate_ui(self) -> None:
        self.rotate_button.setText(self.tr("Rene&w HQ's keys…") if self.hq
                                   else self.tr("Make new &keys…"))
        self.rewrite_button.setText(self.tr("Write the files &again…"))
        reason = "" if self.supervisor else self.tr("Only a supervisor can do this")
        for button in (self.rotate_button, self.rewrite_button):
            button.setToolTip(reason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def open_rotation(self, *, rewrite: bool) -> RotateKeysDialog | None:
        if not self.supervisor:
            return None
        dialog = RotateKeysDialog(self.session, self.window(), rewrite=rewrite,
                                  list_drives=self.list_drives)
        dialog.rotated.connect(self._rotated)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _rotated(self) -> None:
        self.refresh()
        self.rotated.emit()
