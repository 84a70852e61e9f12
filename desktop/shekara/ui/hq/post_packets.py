"""The shape of an HQ screen that writes packets for its posts onto a stick (the acknowledgement,
the reference data): what it is for, which post, the stick or folder, a Write button, and what
came of it, above Close. Each screen says its own words and does its own writing; this holds
what they share — the widgets, writing off the GUI thread with the button off meanwhile, and a
refusal said in red."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shekara.services import keys
from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.errors import error_text
from shekara.ui.theme import ERROR_STYLE
from shekara.ui.widgets.destination import DestinationChooser, DriveLister


class PostPacketDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None, *, list_drives: DriveLister,
                 name: str, prefix: str) -> None:
        """`name`: the dialog's object name; `prefix`: its widgets' ("ack": ackPost,
        writeAck, ackResult)."""
        super().__init__(parent)
        self.session = session
        self.setObjectName(name)
        self.setWindowIcon(theme.icon("export"))
        self._op: ops.Operation | None = None
        self.error: BaseException | None = None
        with ops.locked(session):
            self.posts = keys.enrolled_posts(session.vault)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.post_label = QLabel()
        self.post_combo = QComboBox()
        self.post_combo.setObjectName(f"{prefix}Post")
        self.post_label.setBuddy(self.post_combo)
        self.chooser = DestinationChooser(self, list_drives=list_drives)
        self.chooser.changed.connect(lambda _path: self._update_button())
        self.post_combo.currentIndexChanged.connect(lambda _i: self._update_button())
        self.write_button = QPushButton()
        self.write_button.setObjectName(f"write{prefix.capitalize()}")
        self.write_button.setIcon(theme.icon("export"))
        self.write_button.clicked.connect(self.write)
        self.result_label = QLabel()
        self.result_label.setObjectName(f"{prefix}Result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

    def lay_out(self, *above: QWidget) -> None:
        """The screen's widgets in order, `above` between the explanation and the post."""
        form = QFormLayout()
        form.addRow(self.post_label, self.post_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        for widget in above:
            alignment = Qt.AlignmentFlag.AlignLeft if isinstance(widget, QPushButton) \
                else Qt.AlignmentFlag(0)
            layout.addWidget(widget, 0, alignment)
        layout.addLayout(form)
        layout.addWidget(self.chooser, 1)
        layout.addWidget(self.write_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- writing -----------------------------------------------------------------------------
    def can_write(self) -> bool:
        """Whether what is chosen besides the stick allows writing (a post, say)."""
        raise NotImplementedError

    def _update_button(self) -> None:
        self.write_button.setEnabled(self._op is None and self.can_write()
                                     and self.chooser.directory() is not None)

    def write(self) -> ops.Operation | None:
        raise NotImplementedError

    def begin_writing(self, work: Callable[[], object]) -> ops.Operation:
        """Run `work` in a worker under the session lock, the button off meanwhile; then
        `on_written(result)`, or the refusal said in red."""
        self.error = None
        self.result_label.setStyleSheet("")
        self.result_label.setText(QCoreApplication.translate("PostPacketDialog", "Writing…"))
        self._op = ops.run(self, lambda _progress: work(), session=self.session,
                           on_done=self._done, on_error=self._failed)
        self._update_button()
        return self._op

    def on_written(self, result: object) -> None:
        raise NotImplementedError

    def _done(self, result: object) -> None:
        self._op = None
        self.on_written(result)
        self._update_button()

    def _failed(self, err: BaseException) -> None:
        self._op = None
        self.error = err
        self._update_button()
        self.show_result()

    def show_result(self) -> None:
        """The refusal in red, else what the screen says of its result (`result_lines`)."""
        if self.error is not None:
            self.result_label.setStyleSheet(ERROR_STYLE)
            self.result_label.setText(error_text(self.error))
            return
        self.result_label.setStyleSheet("")
        lines = self.result_lines()
        if lines:
            self.result_label.setText("\n".join(lines))
        elif self._op is None:
            self.result_label.clear()

    def result_lines(self) -> list[str]:
        raise NotImplementedError
