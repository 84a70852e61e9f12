"""The setup wizard's last page at a post: HQ's public keys, now or later.

The file comes from HQ (on a stick, with a printed sheet): importing it pins HQ's key, and the
supervisor compares the fingerprint shown here with the one on paper.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QVBoxLayout, QWizardPage

from shekara.services import keys
from shekara.services.keys import KeyChange
from shekara.ui import ops, theme
from shekara.ui.errors import error_sentence
from shekara.ui.i18n import fmt
from shekara.ui.setup.state import SetupState
from shekara.ui.theme import ERROR_STYLE


def import_hq_keys_file(session: Any, path: Path) -> KeyChange:
    """Read and pin HQ's keys (runs in a worker, under the session lock)."""
    return keys.import_hq_keys(session.vault, keys.read_key_file(path))


class HqKeysPage(QWizardPage):
    def __init__(self, state: SetupState) -> None:
        super().__init__()
        self.state = state
        self._fingerprint = ""
        # The error itself, not its sentence: it is said again in a newly chosen language.
        self._error: BaseException | None = None
        self.setObjectName("hqKeysPage")
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("chooseHqKeys")
        self.choose_button.setIcon(theme.icon("import"))
        self.choose_button.clicked.connect(self.choose_file)
        self.result_label = QLabel()
        self.result_label.setObjectName("hqKeysResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        self.setFinalPage(True)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("HQ's public keys"))
        self.setSubTitle(self.tr("Packets for HQ are encrypted to its keys. You can import "
                                 "them now or later."))
        self.explain.setText(self.tr(
            "HQ sends its public keys file with a printed sheet. Import the file, then compare "
            "the fingerprint shown here with the one on the sheet. If you do not have the file "
            "yet, press Finish: the post can record facts without it."))
        self.choose_button.setText(self.tr("&Import HQ's keys file…"))
        self._show_result()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("HQ's public keys file"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        session = self.state.session
        if session is None:
            return
        self.choose_button.setEnabled(False)
        ops.run(self, lambda _progress: import_hq_keys_file(session, path), session=session,
                on_done=self._imported, on_error=self._failed)

    def _imported(self, change: KeyChange) -> None:
        self.choose_button.setEnabled(True)
        self._fingerprint = change.fingerprint
        self._error = None
        self._show_result()

    def _failed(self, err: BaseException) -> None:
        self.choose_button.setEnabled(True)
        self._error = err
        self._show_result()

    def _show_result(self) -> None:
        if self._error is not None:
            self.result_label.setStyleSheet(ERROR_STYLE)
            self.result_label.setText(error_sentence(self._error))
        elif self._fingerprint:
            self.result_label.setStyleSheet("")
            self.result_label.setText(fmt(self.tr(
                "HQ's keys are imported. Fingerprint:\n%1\nCompare it with the sheet from HQ."),
                self._fingerprint))
        else:
            self.result_label.clear()

    @property
    def fingerprint(self) -> str:
        return self._fingerprint
