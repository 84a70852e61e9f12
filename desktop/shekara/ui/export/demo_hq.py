"""The demo's HQ in the window (only with `--demo`): let the demo HQ take the packets in a
folder as a real HQ would — import them and write its signed acknowledgement into that folder —
so the officer can take the acknowledgement back through the ordinary "Import
acknowledgement" screen (issue 10).

`DemoHqPanel` sits on the export wizard's last page (the folder of the packet just written) and
in `DemoHqDialog` (Demo menu: any folder). The work is `shekara.demo.hq.acknowledge_folder`,
HQ's real import and ack; the demo package is imported only when the action runs, so an
ordinary start never loads the sample generator.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.errors import error_text
from shekara.ui.hq.outcome_model import ImportOutcomeTableModel, status_text
from shekara.ui.i18n import fmt
from shekara.ui.theme import ERROR_STYLE

if TYPE_CHECKING:
    from shekara.demo.hq import DemoAck, DemoHq

FolderSource = Callable[[], Path | None]


def acknowledge_in_worker(hq: DemoHq, session: Session, folder: Path) -> DemoAck:
    """Runs in a worker under the post session's lock."""
    from shekara.demo.hq import acknowledge_folder

    return acknowledge_folder(hq, session, folder)


class DemoHqPanel(QGroupBox):
    """One button: the demo HQ acknowledges the folder `folder()` names; then one more:
    open the post's acknowledgement screen on that folder."""

    import_requested = Signal(object)  # the Path of the ack the demo HQ wrote
    acknowledged = Signal(object)  # the DemoAck

    def __init__(self, session: Session, hq: DemoHq, folder: FolderSource,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoHqPanel")
        self.session = session
        self.hq = hq
        self._folder = folder
        self._busy = False
        self.result: DemoAck | None = None
        self.error: BaseException | None = None
        self._outcomes = ImportOutcomeTableModel(self)  # its words for each file's outcome
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.ack_button = QPushButton()
        self.ack_button.setObjectName("demoHqAcknowledge")
        self.ack_button.setIcon(theme.icon("import"))
        self.ack_button.clicked.connect(self.start)
        self.import_button = QPushButton()
        self.import_button.setObjectName("demoHqImportAck")
        self.import_button.setIcon(theme.icon("import"))
        self.import_button.clicked.connect(self._import_clicked)
        self.import_button.hide()
        self.status = QLabel()
        self.status.setObjectName("demoHqStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.ack_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Demo: HQ's side"))
        self.explain.setText(fmt(self.tr(
            "This demo has an HQ (%1) whose keys this post trusts. It can take the packets in "
            "the folder as HQ would: check and import them, and write its signed "
            "acknowledgement into the same folder. Then import that acknowledgement here as "
            "from a stick that came back from HQ."), self.hq.code))
        self.ack_button.setText(self.tr("Let the demo &HQ acknowledge"))
        self.import_button.setText(self.tr("&Import the acknowledgement…"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self) -> ops.Operation | None:
        folder = self._folder()
        if folder is None:
            return None
        return self.acknowledge(folder)

    def acknowledge(self, folder: Path) -> ops.Operation | None:
        if self._busy:
            return None
        self._busy = True
        self.error = None
        self.result = None
        self.ack_button.setEnabled(False)
        self._show()
        session, hq = self.session, self.hq
        return ops.run(self, lambda _progress: acknowledge_in_worker(hq, session, folder),
                       session=session, on_done=self._done, on_error=self._failed)

    def _done(self, result: object) -> None:
        from shekara.demo.hq import DemoAck  # loaded by the worker already

        self._busy = False
        self.ack_button.setEnabled(True)
        self.result = result if isinstance(result, DemoAck) else None
        self._show()
        if self.result is not None:
            self.acknowledged.emit(self.result)
            self.import_button.setFocus()

    def _failed(self, err: BaseException) -> None:
        self._busy = False
        self.ack_button.setEnabled(True)
        self.error = err
        self._show()

    def _import_clicked(self) -> None:
        if self.result is not None:
            self.import_requested.emit(self.result.ack_path)

    def _show(self) -> None:
        self.import_button.setVisible(self.result is not None)
        self.status.setStyleSheet("")
        if self._busy:
            self.status.setText(self.tr("The demo HQ is importing the packets…"))
        elif self.error is not None:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(error_text(self.error))
        elif self.result is not None:
            self.status.setText("\n".join(self.lines(self.result)))
        else:
            self.status.clear()

    def lines(self, result: DemoAck) -> list[str]:
        out = [fmt(self.tr("%1 (packet %2): %3 — %4"), o.file,
                   str(o.seq) if o.seq is not None else "—", status_text(o.status),
                   self._outcomes.details(o)) for o in result.outcomes]
        out.append(fmt(self.tr("The demo HQ wrote acknowledgement %1 to %2."), result.ack_seq,
                       str(result.ack_path)))
        out.append(self.tr("Take it back as the post: Post > Import acknowledgement."))
        return out


class DemoHqDialog(QDialog):
    """Demo > Let the demo HQ acknowledge a folder: the panel, with a folder chooser."""

    import_requested = Signal(object)  # the Path of the ack the demo HQ wrote

    def __init__(self, session: Session, hq: DemoHq, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoHqDialog")
        self.setWindowIcon(theme.icon("import"))
        self.panel = DemoHqPanel(session, hq, self.choose_folder, self)
        self.panel.import_requested.connect(self.import_requested.emit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(620, 340)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Demo HQ"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def choose_folder(self) -> Path | None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("The folder with the post's packets"), str(Path.home()))
        return Path(name) if name else None
