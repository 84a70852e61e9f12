"""HQ: write an acknowledgement for one post onto its stick (or any folder).

An acknowledgement is cumulative: it lists every record version HQ holds from the post, the
packets imported, and the gaps, held packets and refusals — so the newest one is all the post
needs. It is signed by HQ and encrypted to the post."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
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
from shekara.services.drives import removable_drives
from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.errors import error_text
from shekara.ui.hq.work import AckWritten, write_ack
from shekara.ui.i18n import fmt
from shekara.ui.widgets.destination import DestinationChooser, DriveLister
from shekara.ui.widgets.reasons import ranges

ERROR_STYLE = "color: #B00020;"


class WriteAckDialog(QDialog):
    written = Signal(object)  # AckWritten

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 post: str | None = None, list_drives: DriveLister = removable_drives) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("writeAckDialog")
        self.setWindowIcon(theme.icon("export"))
        self._op: ops.Operation | None = None
        self.outcome: AckWritten | None = None
        self.error: BaseException | None = None
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.post_label = QLabel()
        self.post_combo = QComboBox()
        self.post_combo.setObjectName("ackPost")
        self.post_label.setBuddy(self.post_combo)
        with ops.locked(session):
            posts = keys.enrolled_posts(session.vault)
        self.post_combo.addItems(posts)
        if post is not None and post in posts:
            self.post_combo.setCurrentText(post)
        self.chooser = DestinationChooser(self, list_drives=list_drives)
        self.chooser.changed.connect(lambda _path: self._update_button())
        self.post_combo.currentIndexChanged.connect(lambda _i: self._update_button())
        self.write_button = QPushButton()
        self.write_button.setObjectName("writeAck")
        self.write_button.setIcon(theme.icon("export"))
        self.write_button.clicked.connect(self.write)
        self.result_label = QLabel()
        self.result_label.setObjectName("ackResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.post_label, self.post_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.chooser, 1)
        layout.addWidget(self.write_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._update_button()
        self.resize(660, 480)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Write an acknowledgement"))
        self.explain.setText(self.tr(
            "The acknowledgement tells the post what HQ has received: every record version, the "
            "packets imported, and any gaps, held packets or refusals. The newest one says it "
            "all; it is signed by HQ and only the post can read it."))
        self.post_label.setText(self.tr("&Post:"))
        self.post_combo.setAccessibleName(self.tr("Post"))
        self.write_button.setText(self.tr("&Write acknowledgement"))
        if not self.post_combo.count():
            self.post_combo.setPlaceholderText(self.tr("no post is enrolled"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_button(self) -> None:
        self.write_button.setEnabled(self._op is None and bool(self.post_combo.currentText())
                                     and self.chooser.directory() is not None)

    def write(self) -> ops.Operation | None:
        post = self.post_combo.currentText()
        directory = self.chooser.directory()
        if self._op is not None or not post or directory is None:
            return None
        self.outcome, self.error = None, None
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Writing…"))
        session = self.session
        self._op = ops.run(self, lambda _progress: write_ack(session, post, directory),
                           session=session, on_done=self._done, on_error=self._failed)
        self._update_button()
        return self._op

    def _done(self, result: object) -> None:
        self._op = None
        self.outcome = result if isinstance(result, AckWritten) else None
        self._update_button()
        self._show()
        if self.outcome is not None:
            self.written.emit(self.outcome)

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
        result = self.outcome
        if result is None:
            if self._op is None:
                self.result_label.clear()
            return
        self.result_label.setStyleSheet("")
        lines = [
            fmt(self.tr("Acknowledgement %1 for %2 is written and checked:"), result.sent.seq,
                result.sent.recipient),
            str(result.sent.path),
            fmt(self.tr("SHA-256: %1"), result.sent.sha256),
            self.tr("It confirms %n record version(s)", "", result.acknowledged) + " "
            + fmt(self.tr("and every packet up to number %1."), result.imported_through),
        ]
        if result.gaps:
            lines.append(fmt(self.tr("It asks again for the missing packet(s) %1."),
                             ranges(result.gaps)))
        if result.held:
            lines.append(fmt(self.tr("It reports packet(s) %1 as held."), ranges(result.held)))
        if result.refused:
            lines.append(self.tr("It reports %n refused packet(s).", "", result.refused))
        self.result_label.setText("\n".join(lines))
