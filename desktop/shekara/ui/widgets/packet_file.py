"""The shape of a post screen that takes one packet file from HQ off a stick (the
acknowledgement, the reference data): what it is for, a button that opens the file chooser on
the first stick, and what came of it — a bold headline and its details — above a Close button.
Each screen says its own words and does its own import; this holds what they share."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.widgets.destination import DriveLister


class PacketFileDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None, *, list_drives: DriveLister,
                 name: str, prefix: str) -> None:
        """`name`: the dialog's object name; `prefix`: its widgets' ("ack": ackHeadline…)."""
        super().__init__(parent)
        self.session = session
        self._busy = False
        self.setObjectName(name)
        self.setWindowIcon(theme.icon("import"))
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName(f"choose{prefix.capitalize()}")
        self.choose_button.setIcon(theme.icon("import"))
        self.choose_button.clicked.connect(self.choose_file)
        self.headline = QLabel()
        self.headline.setObjectName(f"{prefix}Headline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.details = QLabel()
        self.details.setObjectName(f"{prefix}Details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        # The file chooser opens on the first stick, found off the GUI thread (a bad stick can
        # take long to answer), or where `set_start_folder` says.
        self._start: Path | None = None
        self._folder: Path | None = None
        ops.run(self, lambda _progress: list_drives(), on_done=self._drives_listed)

    def lay_out(self, *more: QWidget) -> None:
        """The screen's widgets in order, `more` under the details."""
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        for widget in more:
            if isinstance(widget, QPushButton):
                layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
            else:
                layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- the file -------------------------------------------------------------------------
    def _drives_listed(self, found: object) -> None:
        if isinstance(found, list) and found:
            self._start = found[0].path

    def set_start_folder(self, folder: Path) -> None:
        """Open the file chooser in `folder` (the demo: where its HQ wrote the file), whatever
        sticks are plugged in."""
        self._folder = folder

    def start_folder(self) -> str:
        return str(self._folder or self._start or Path.home())

    def file_title(self) -> str:
        """The file chooser's title, in the screen's words."""
        raise NotImplementedError

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.file_title(), self.start_folder(),
            QCoreApplication.translate("PacketFileDialog",
                                       "Shekara packets (*.shk);;All files (*)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> ops.Operation | None:
        raise NotImplementedError

    def begin_import(self, reading: str, work: Callable[[], object]) -> ops.Operation | None:
        """Run `work` in a worker under the session lock, the chooser off and `reading` said
        meanwhile; then `on_imported(result)` or `on_refused(err)`. None while one runs."""
        if self._busy:
            return None
        self._busy = True
        self.choose_button.setEnabled(False)
        self.headline.setStyleSheet("")
        self.headline.setText(reading)
        self.details.clear()
        return ops.run(self, lambda _progress: work(), session=self.session,
                       on_done=self._imported, on_error=self._refused)

    def _imported(self, result: object) -> None:
        self._busy = False
        self.choose_button.setEnabled(True)
        self.on_imported(result)

    def _refused(self, err: BaseException) -> None:
        self._busy = False
        self.choose_button.setEnabled(True)
        self.on_refused(err)

    def on_imported(self, result: object) -> None:
        raise NotImplementedError

    def on_refused(self, err: BaseException) -> None:
        raise NotImplementedError
