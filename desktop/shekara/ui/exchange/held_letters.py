"""Exchange > Held and quarantined letters…: the partner's letters HQ keeps without importing
them (the kept ones of `shekara partner status`), and a supervisor's discard of one (`shekara
partner discard`), through the same service (`session.partner`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from shekara.services.session import Session
from shekara.ui.i18n import fmt
from shekara.ui.widgets.kept_packets import PARTNER_HEADER, Column, KeptPacketsDialog, KeptRow


class PartnerHeldDialog(KeptPacketsDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, name="partnerHeldDialog",
                         source_header=PARTNER_HEADER)
        self.view.setColumnHidden(Column.RECORDS, True)  # a letter's contents are not counted
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("The partner's held and quarantined letters"))
        self.explain.setText("\n".join((  # three short paragraphs: what each state means
            self.tr("The partner's letters HQ keeps without importing them. A held letter came "
                    "before an earlier one that is still missing; it is imported by itself once "
                    "the missing one arrives."),
            self.tr("A fork is a different letter with a number already received, or one that "
                    "does not follow the last imported: nothing in it is imported, and it keeps "
                    "its number taken until it is discarded."),
            self.tr("A supervisor may discard a letter: it is deleted and, unless a letter with "
                    "that number is imported, the receipts of our next letter name the number "
                    "as missing, so that the partner sends it again. Each discard is kept in the "
                    "audit log with its reason."))))
        self.caption.setText(self.tr("&Letters held or quarantined:"))
        self.view.setAccessibleName(self.tr("Letters held or quarantined"))
        self.retranslate_base()

    def read(self) -> Callable[[], list[KeptRow]]:
        partner = self.session.partner
        return lambda: [KeptRow(k.id, stream.partner, k.seq, k.state, k.sha256, k.received_at,
                                k.reason, reason_message=k.reason_message)
                        for stream in partner.status() for k in stream.kept]

    def discard_job(self, row: KeptRow, reason: str) -> Callable[[], object]:
        partner = self.session.partner
        return lambda: partner.discard(row.id, reason)

    def question(self, row: KeptRow) -> str:
        return fmt(self.tr("Discard letter %1 from %2?"), row.seq, row.source)

    def consequence(self) -> str:
        return self.tr("The letter is deleted from HQ's vault for good; nothing in it is "
                       "imported. Unless a letter with that number is imported, the receipts of "
                       "our next letter to the partner name the number as missing, so that the "
                       "partner sends it again. The discard and your reason are kept in the "
                       "audit log.")

    def discarded_text(self, row: KeptRow) -> str:
        return fmt(self.tr("Letter %1 from %2 is discarded. Unless a letter with that number "
                           "is imported, the receipts of our next letter ask the partner to send "
                           "it again."), row.seq, row.source)
