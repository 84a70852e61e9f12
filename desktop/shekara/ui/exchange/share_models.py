"""The tables of the share screen: the candidates, the notice being prepared (what leaves, per
record), and the letters sent."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from shekara.services.exchange_send import Candidate, Preview, PreviewItem
from shekara.services.session import Session
from shekara.ui.exchange.texts import ACTIONS, why_text, word
from shekara.ui.i18n import format_stamp
from shekara.ui.widgets.table_model import RowTableModel
from shekara.vault.exchange_store import Letter

CAUTION = QColor("#8A5300")


@dataclass
class ShareState:
    """Everything the share screen shows, read in one go off the GUI thread."""

    candidates: list[Candidate]
    preview: Preview
    letters: list[Letter]
    numbers: dict[str, str | None] = field(default_factory=dict)  # record id → its number
    four_eyes: bool = True


def read_share(session: Session) -> ShareState:
    share = session.share
    candidates = share.candidates()
    records = session.records
    numbers = {c.record_id: records.registration_number(c.record_id) for c in candidates}
    four_eyes = session.vault.setting("four_eyes", "1") == "1"
    return ShareState(candidates, share.preview(), share.letters(), numbers, four_eyes)


def record_label(record_id: str, number: str | None) -> str:
    return number or record_id[:8]


class CandidateColumn(IntEnum):
    RECORD = 0
    VERSION = 1
    ARTICLE = 2
    ACTION = 3
    QUEUED = 4
    WHY = 5


class CandidatesTableModel(RowTableModel[Candidate, CandidateColumn]):
    columns = CandidateColumn
    headers: ClassVar[dict[Any, object]] = {
        CandidateColumn.RECORD: QT_TRANSLATE_NOOP("CandidatesTableModel", "Record"),
        CandidateColumn.VERSION: QT_TRANSLATE_NOOP("CandidatesTableModel", "Version"),
        CandidateColumn.ARTICLE: QT_TRANSLATE_NOOP("CandidatesTableModel", "Article"),
        CandidateColumn.ACTION: QT_TRANSLATE_NOOP("CandidatesTableModel", "Sends"),
        CandidateColumn.WHY: QT_TRANSLATE_NOOP("CandidatesTableModel", "Why"),
        CandidateColumn.QUEUED: QT_TRANSLATE_NOOP("CandidatesTableModel", "On the notice"),
    }
    context = "CandidatesTableModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.numbers: dict[str, str | None] = {}

    def display(self, row: Candidate, column: CandidateColumn) -> str:
        if column == CandidateColumn.RECORD:
            return record_label(row.record_id, self.numbers.get(row.record_id))
        if column == CandidateColumn.VERSION:
            return str(row.version)
        if column == CandidateColumn.ARTICLE:
            return row.article
        if column == CandidateColumn.ACTION:
            return word(ACTIONS, row.action)
        if column == CandidateColumn.WHY:
            return why_text(row.why, row.article, row.version, row.sent_version)
        return self.tr("yes") if row.queued else ""

    def role_data(self, row: Candidate, column: CandidateColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == CandidateColumn.RECORD:
            return row.record_id
        if role == Qt.ItemDataRole.ToolTipRole and column == CandidateColumn.WHY:
            return why_text(row.why, row.article, row.version, row.sent_version)
        if role == Qt.ItemDataRole.ForegroundRole and row.action != "fact":
            return QBrush(CAUTION)  # a correction the partner must act on
        return None


class NoticeColumn(IntEnum):
    RECORD = 0
    VERSION = 1
    ARTICLE = 2
    ACTION = 3
    SENT = 4
    WITHHELD = 5
    ADDED_BY = 6


class NoticeTableModel(RowTableModel[PreviewItem, NoticeColumn]):
    columns = NoticeColumn
    headers: ClassVar[dict[Any, object]] = {
        NoticeColumn.RECORD: QT_TRANSLATE_NOOP("NoticeTableModel", "Record"),
        NoticeColumn.VERSION: QT_TRANSLATE_NOOP("NoticeTableModel", "Version"),
        NoticeColumn.ARTICLE: QT_TRANSLATE_NOOP("NoticeTableModel", "Article"),
        NoticeColumn.ACTION: QT_TRANSLATE_NOOP("NoticeTableModel", "Sends"),
        NoticeColumn.SENT: QT_TRANSLATE_NOOP("NoticeTableModel", "Persons sent"),
        NoticeColumn.WITHHELD: QT_TRANSLATE_NOOP("NoticeTableModel", "Withheld"),
        NoticeColumn.ADDED_BY: QT_TRANSLATE_NOOP("NoticeTableModel", "Added by"),
    }
    context = "NoticeTableModel"

    def display(self, row: PreviewItem, column: NoticeColumn) -> str:
        queued, minimized = row.queued, row.minimized
        if column == NoticeColumn.RECORD:
            return record_label(queued.record_id, row.record_number)
        if column == NoticeColumn.VERSION:
            return str(queued.version)
        if column == NoticeColumn.ARTICLE:
            return queued.article
        if column == NoticeColumn.ACTION:
            return word(ACTIONS, queued.action)
        if column == NoticeColumn.SENT:
            if minimized is None:
                return "—"
            text = str(len(minimized.sent))
            if minimized.included:
                text += " " + self.tr("(%n by hand)", "", len(minimized.included))
            return text
        if column == NoticeColumn.WITHHELD:
            return "—" if minimized is None else str(minimized.withheld)
        return queued.added_by

    def role_data(self, row: PreviewItem, column: NoticeColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == NoticeColumn.RECORD:
            return row.queued.record_id
        if (role == Qt.ItemDataRole.ForegroundRole and column == NoticeColumn.SENT
                and row.minimized is not None and row.minimized.included):
            return QBrush(CAUTION)
        return None


class LetterColumn(IntEnum):
    NUMBER = 0
    PACKET = 1
    ISSUED = 2
    CONTENT = 3
    APPROVED_BY = 4
    SENT_BY = 5
    WRITTEN = 6


class LettersTableModel(RowTableModel[Letter, LetterColumn]):
    columns = LetterColumn
    headers: ClassVar[dict[Any, object]] = {
        LetterColumn.NUMBER: QT_TRANSLATE_NOOP("LettersTableModel", "Registration number"),
        LetterColumn.PACKET: QT_TRANSLATE_NOOP("LettersTableModel", "Packet"),
        LetterColumn.ISSUED: QT_TRANSLATE_NOOP("LettersTableModel", "Issued"),
        LetterColumn.CONTENT: QT_TRANSLATE_NOOP("LettersTableModel", "Carried"),
        LetterColumn.APPROVED_BY: QT_TRANSLATE_NOOP("LettersTableModel", "Approved by"),
        LetterColumn.SENT_BY: QT_TRANSLATE_NOOP("LettersTableModel", "Sent by"),
        LetterColumn.WRITTEN: QT_TRANSLATE_NOOP("LettersTableModel", "Written to the stick"),
    }
    context = "LettersTableModel"

    def sort_value(self, row: Letter, column: LetterColumn) -> Any:
        if column == LetterColumn.PACKET:
            return row.seq
        return self.display(row, column)

    def display(self, row: Letter, column: LetterColumn) -> str:
        if column == LetterColumn.NUMBER:
            return row.registration_number
        if column == LetterColumn.PACKET:
            return str(row.seq)
        if column == LetterColumn.ISSUED:
            return format_stamp(row.issued_at)
        if column == LetterColumn.CONTENT:
            return self.content(row.counts)
        if column == LetterColumn.APPROVED_BY:
            return row.approved_by
        if column == LetterColumn.SENT_BY:
            return row.sent_by
        return format_stamp(row.written_at) if row.written_at else self.tr("not yet")

    def content(self, counts: dict[str, int]) -> str:
        parts = []
        texts = {"facts": self.tr("%n fact(s)", "", counts.get("facts", 0)),
                 "corrections": self.tr("%n correction(s)", "", counts.get("corrections", 0)),
                 "requests": self.tr("%n request(s)", "", counts.get("requests", 0)),
                 "answers": self.tr("%n answer(s)", "", counts.get("answers", 0)),
                 "refusals": self.tr("%n refusal(s)", "", counts.get("refusals", 0)),
                 "follow_ups": self.tr("%n follow-up question(s)", "",
                                       counts.get("follow_ups", 0)),
                 "withdrawals": self.tr("%n withdrawal(s) of our requests", "",
                                        counts.get("withdrawals", 0))}
        for key, text in texts.items():
            if counts.get(key):
                parts.append(text)
        return ", ".join(parts) or self.tr("receipts only")

    def role_data(self, row: Letter, column: LetterColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == LetterColumn.WRITTEN \
                and not row.written_at:
            return QBrush(CAUTION)
        return None
