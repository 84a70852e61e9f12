"""HQ > Held and quarantined packets…: the posts' packets HQ keeps without importing them
(`shekara hq held list`), and a supervisor's discard of one (`shekara hq held discard`), through
the same service (`session.held`). Opened from the HQ menu for every post, or from the posts
overview for the selected post."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from shekara.services.session import Session
from shekara.ui.i18n import fmt
from shekara.ui.widgets.kept_packets import KeptPacketsDialog, KeptRow


class HqHeldDialog(KeptPacketsDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 post: str | None = None) -> None:
        super().__init__(session, parent, name="hqHeldDialog")
        self.post = post  # only this post's packets; None: every post's
        self.filter_label = QLabel()
        self.filter_label.setObjectName("heldPostFilter")
        self.every_post_button = QPushButton()
        self.every_post_button.setObjectName("heldEveryPost")
        self.every_post_button.clicked.connect(self.show_every_post)
        self.filter_row.addWidget(self.filter_label)
        self.filter_row.addWidget(self.every_post_button)
        self.filter_row.addStretch(1)
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Held and quarantined packets"))
        self.explain.setText("\n".join((  # three short paragraphs: what each state means
            self.tr("The posts' packets HQ keeps without importing them. A held packet came "
                    "before an earlier one that is still missing; it is imported by itself once "
                    "the missing one arrives."),
            self.tr("A fork is a different packet with a number HQ already has, or one that "
                    "does not follow the last imported: two writers for one post (a copied "
                    "vault, an old backup). Nothing in it is imported, and it keeps its number "
                    "taken until it is discarded."),
            self.tr("A supervisor may discard a packet: it is deleted and, unless a packet with "
                    "that number is imported, the post's next acknowledgement tells the post to "
                    "send it again. Each discard is kept in the audit log with its reason."))))
        self.caption.setText(self.tr("&Packets held or quarantined:"))
        self.view.setAccessibleName(self.tr("Packets held or quarantined"))
        self.every_post_button.setText(self.tr("Show &every post"))
        self._show_filter()
        self.retranslate_base()

    def _show_filter(self) -> None:
        filtered = self.post is not None
        self.filter_label.setVisible(filtered)
        self.every_post_button.setVisible(filtered)
        if filtered:
            self.filter_label.setText(fmt(self.tr("Only post %1 is shown."), self.post))

    def show_every_post(self) -> None:
        self.post = None
        self._show_filter()
        self.reload()

    # --- the list and the discard --------------------------------------------------------------
    def read(self) -> Callable[[], list[KeptRow]]:
        held, post = self.session.held, self.post
        return lambda: [KeptRow(k.id, k.post, k.seq, k.state, k.sha256, k.received_at,
                                k.reason, k.records, k.reason_message) for k in held.list(post)]

    def discard_job(self, row: KeptRow, reason: str) -> Callable[[], object]:
        held = self.session.held
        return lambda: held.discard(row.id, reason)

    def question(self, row: KeptRow) -> str:
        return fmt(self.tr("Discard packet %1 from post %2?"), row.seq, row.source)

    def consequence(self) -> str:
        return self.tr("The packet is deleted from HQ's vault for good; nothing in it is "
                       "imported. Unless a packet with that number is imported, the post's next "
                       "acknowledgement tells the post to send it again. The discard and your "
                       "reason are kept in the audit log.")

    def discarded_text(self, row: KeptRow) -> str:
        return fmt(self.tr("Packet %1 from post %2 is discarded. Unless a packet with that "
                           "number is imported, the post's next acknowledgement (HQ > Write "
                           "acknowledgement…) asks the post to send it again."),
                   row.seq, row.source)
