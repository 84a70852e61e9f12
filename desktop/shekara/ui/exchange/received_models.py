"""The tables of the received-information screen: the facts the partner sent, and the outcome of
each letter file imported."""

from __future__ import annotations

from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from shekara.domain.reference import ReferenceData
from shekara.services.exchange_receive import ExchangeOutcome
from shekara.ui import theme
from shekara.ui.exchange.texts import FACT_STATES, word
from shekara.ui.hq.outcome_model import CAUTION, TROUBLE, status_text
from shekara.ui.i18n import current_language, fmt, format_moment, format_stamp
from shekara.ui.messages import translated
from shekara.ui.widgets.reasons import REASONS, ranges, reason_text
from shekara.ui.widgets.table_model import RowTableModel
from shekara.vault.received_store import ReceivedFact

GREY = QColor("#666666")


class FactColumn(IntEnum):
    STATE = 0
    KIND = 1
    OCCURRED = 2
    ARTICLE = 3
    NUMBER = 4
    LETTER = 5
    RECEIVED = 6
    TITLE = 7


class ReceivedTableModel(RowTableModel[ReceivedFact, FactColumn]):
    columns = FactColumn
    headers: ClassVar[dict[Any, object]] = {
        FactColumn.STATE: QT_TRANSLATE_NOOP("ReceivedTableModel", "State"),
        FactColumn.KIND: QT_TRANSLATE_NOOP("ReceivedTableModel", "Kind"),
        FactColumn.OCCURRED: QT_TRANSLATE_NOOP("ReceivedTableModel", "Occurred"),
        FactColumn.ARTICLE: QT_TRANSLATE_NOOP("ReceivedTableModel", "Article"),
        FactColumn.NUMBER: QT_TRANSLATE_NOOP("ReceivedTableModel", "Partner's number"),
        FactColumn.LETTER: QT_TRANSLATE_NOOP("ReceivedTableModel", "Letter"),
        FactColumn.RECEIVED: QT_TRANSLATE_NOOP("ReceivedTableModel", "Received"),
        FactColumn.TITLE: QT_TRANSLATE_NOOP("ReceivedTableModel", "Persons"),
    }
    context = "ReceivedTableModel"

    def __init__(self, ref: ReferenceData, parent: Any = None) -> None:
        super().__init__(parent)
        self.ref = ref

    def sort_value(self, row: ReceivedFact, column: FactColumn) -> Any:
        if column == FactColumn.OCCURRED:
            return row.occurred_at
        if column == FactColumn.RECEIVED:
            return row.received_at
        return self.display(row, column)

    def display(self, row: ReceivedFact, column: FactColumn) -> str:
        if column == FactColumn.STATE:
            return word(FACT_STATES, row.state)
        if column == FactColumn.KIND:
            return self.ref.label("kind", row.kind, current_language())
        if column == FactColumn.OCCURRED:
            return format_moment(row.occurred_at)
        if column == FactColumn.ARTICLE:
            return row.article
        if column == FactColumn.NUMBER:
            return row.registration_number or "—"
        if column == FactColumn.LETTER:
            return row.letter_number
        if column == FactColumn.RECEIVED:
            return format_stamp(row.received_at)
        return row.title

    def role_data(self, row: ReceivedFact, column: FactColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.state in ("withdrawn", "destroyed"):
            return QBrush(GREY)
        return None


class OutcomeColumn(IntEnum):
    FILE = 0
    LETTER = 1
    PACKET = 2
    OUTCOME = 3
    DETAILS = 4


class LetterOutcomeTableModel(RowTableModel[ExchangeOutcome, OutcomeColumn]):
    columns = OutcomeColumn
    headers: ClassVar[dict[Any, object]] = {
        OutcomeColumn.FILE: QT_TRANSLATE_NOOP("LetterOutcomeTableModel", "File"),
        OutcomeColumn.LETTER: QT_TRANSLATE_NOOP("LetterOutcomeTableModel", "Letter"),
        OutcomeColumn.PACKET: QT_TRANSLATE_NOOP("LetterOutcomeTableModel", "Packet"),
        OutcomeColumn.OUTCOME: QT_TRANSLATE_NOOP("LetterOutcomeTableModel", "Outcome"),
        OutcomeColumn.DETAILS: QT_TRANSLATE_NOOP("LetterOutcomeTableModel", "Details"),
    }
    context = "LetterOutcomeTableModel"

    def display(self, row: ExchangeOutcome, column: OutcomeColumn) -> str:
        if column == OutcomeColumn.FILE:
            return row.file
        if column == OutcomeColumn.LETTER:
            return row.letter or "—"
        if column == OutcomeColumn.PACKET:
            return str(row.seq) if row.seq is not None else "—"
        if column == OutcomeColumn.OUTCOME:
            return status_text(row.status)
        return self.details(row)

    def details(self, row: ExchangeOutcome) -> str:
        if row.status == "imported":
            counts = row.counts
            texts = [(counts.get("facts", 0), self.tr("%n fact(s)", "", counts.get("facts", 0))),
                     (counts.get("corrections", 0),
                      self.tr("%n correction(s)", "", counts.get("corrections", 0))),
                     (counts.get("requests", 0),
                      self.tr("%n request(s)", "", counts.get("requests", 0))),
                     (counts.get("answers", 0),
                      self.tr("%n answer(s)", "", counts.get("answers", 0))),
                     (counts.get("refusals", 0),
                      self.tr("%n refusal(s)", "", counts.get("refusals", 0))),
                     (counts.get("consents", 0),
                      self.tr("%n consent(s)", "", counts.get("consents", 0))),
                     (counts.get("follow_ups", 0),
                      self.tr("%n follow-up question(s)", "", counts.get("follow_ups", 0))),
                     (counts.get("withdrawals", 0),
                      self.tr("%n withdrawal(s) of their requests", "",
                              counts.get("withdrawals", 0)))]
            text = ", ".join(t for n, t in texts if n) or self.tr("receipts only")
            if row.applied:
                text += "; " + fmt(self.tr("then held letter(s) %1 applied"),
                                   ranges(row.applied))
        elif row.status == "duplicate":
            text = self.tr("already received; nothing changed")
        elif row.status == "held":
            text = fmt(self.tr("waits for the missing letter(s) %1"),
                       ", ".join(f"{a}–{b}" if a != b else str(a) for a, b in row.gap_ranges))
        elif row.status == "fork":
            text = self.tr("another letter with this number, or one that does not follow the "
                           "last imported: kept apart for checking")
        elif row.msgid in REASONS or row.message is None:  # the short word for it
            text = reason_text(row.msgid)
        else:  # a refusal without a short name: the service's whole sentence
            text = translated(row.message)
        if row.problems:
            text += "; " + self.tr("warning:") + " " + "; ".join(
                translated(problem) for problem in row.problems)
        return text

    def role_data(self, row: ExchangeOutcome, column: OutcomeColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column in (OutcomeColumn.OUTCOME,
                                                              OutcomeColumn.DETAILS):
            # Why it was refused or quarantined, the whole sentence (a short word is shown).
            return translated(row.message) if row.message else None
        if role == Qt.ItemDataRole.DecorationRole and column == OutcomeColumn.OUTCOME:
            return theme.icon("ok" if row.ok else "warning")
        if role == Qt.ItemDataRole.ForegroundRole and column == OutcomeColumn.OUTCOME:
            if row.status in ("fork", "refused"):
                return QBrush(TROUBLE)
            if row.status == "held" or row.problems:
                return QBrush(CAUTION)
        return None
