"""HQ: write an acknowledgement for one post onto its stick (or any folder).

An acknowledgement is cumulative: it lists every record version HQ holds from the post, the
packets imported, and the gaps, held packets and refusals — so the newest one is all the post
needs. It is signed by HQ and encrypted to the post."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from shekara.services.drives import removable_drives
from shekara.services.session import Session
from shekara.ui import ops
from shekara.ui.hq.post_packets import PostPacketDialog
from shekara.ui.hq.work import AckWritten, write_ack
from shekara.ui.i18n import fmt
from shekara.ui.widgets.destination import DriveLister
from shekara.ui.widgets.reasons import ranges


class WriteAckDialog(PostPacketDialog):
    written = Signal(object)  # AckWritten

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 post: str | None = None, list_drives: DriveLister = removable_drives) -> None:
        super().__init__(session, parent, list_drives=list_drives, name="writeAckDialog",
                         prefix="ack")
        self.outcome: AckWritten | None = None
        self.post_combo.addItems(self.posts)
        if post is not None and post in self.posts:
            self.post_combo.setCurrentText(post)
        self.lay_out()
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
        self.show_result()

    def can_write(self) -> bool:
        return bool(self.post_combo.currentText())

    def write(self) -> ops.Operation | None:
        post = self.post_combo.currentText()
        directory = self.chooser.directory()
        if self._op is not None or not post or directory is None:
            return None
        self.outcome = None
        session = self.session
        return self.begin_writing(lambda: write_ack(session, post, directory))

    def on_written(self, result: object) -> None:
        self.outcome = result if isinstance(result, AckWritten) else None
        self.show_result()
        if self.outcome is not None:
            self.written.emit(self.outcome)

    def result_lines(self) -> list[str]:
        result = self.outcome
        if result is None:
            return []
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
        return lines
