"""The exchange screens' code words in the UI language: why a record is a candidate, what a
notice item does, a received fact's state, a request's status and direction. The services speak
in codes; these are the words the screens show for them."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from shekara.ui.i18n import fmt

CONTEXT = "ExchangeTexts"

WHY: dict[str, object] = {
    "new": QT_TRANSLATE_NOOP("ExchangeTexts", "qualifies under Art. %1 and was never sent"),
    "newer_version": QT_TRANSLATE_NOOP(
        "ExchangeTexts", "version %2 replaces version %3 sent before (Art. 10.3)"),
    "withdrawn": QT_TRANSLATE_NOOP(
        "ExchangeTexts", "withdrawn after version %3 was sent: the partner must withdraw it too"),
    "destroyed": QT_TRANSLATE_NOOP(
        "ExchangeTexts", "purged after version %3 was sent: the partner must destroy it too"),
    "no_longer_qualifies": QT_TRANSLATE_NOOP(
        "ExchangeTexts", "version %2 no longer qualifies: version %3 sent before is withdrawn "
        "from the partner"),
}
ACTIONS: dict[str, object] = {
    "fact": QT_TRANSLATE_NOOP("ExchangeTexts", "fact"),
    "withdrawn": QT_TRANSLATE_NOOP("ExchangeTexts", "withdrawal"),
    "destroyed": QT_TRANSLATE_NOOP("ExchangeTexts", "destruction"),
}
FACT_STATES: dict[str, object] = {
    "current": QT_TRANSLATE_NOOP("ExchangeTexts", "current"),
    "superseded": QT_TRANSLATE_NOOP("ExchangeTexts", "superseded"),
    "withdrawn": QT_TRANSLATE_NOOP("ExchangeTexts", "withdrawn by the partner"),
    "destroyed": QT_TRANSLATE_NOOP("ExchangeTexts", "destroyed at the partner's request"),
}
REQUEST_STATUSES: dict[str, object] = {
    "draft": QT_TRANSLATE_NOOP("ExchangeTexts", "draft"),
    "approved": QT_TRANSLATE_NOOP("ExchangeTexts", "approved"),
    "sent": QT_TRANSLATE_NOOP("ExchangeTexts", "sent"),
    "received": QT_TRANSLATE_NOOP("ExchangeTexts", "received"),
    "answered": QT_TRANSLATE_NOOP("ExchangeTexts", "answered"),
    "partly_answered": QT_TRANSLATE_NOOP("ExchangeTexts", "partly answered"),
    "refused": QT_TRANSLATE_NOOP("ExchangeTexts", "refused"),
    "partly_refused": QT_TRANSLATE_NOOP("ExchangeTexts", "partly refused"),
    "withdrawn": QT_TRANSLATE_NOOP("ExchangeTexts", "withdrawn"),
    "duplicate": QT_TRANSLATE_NOOP("ExchangeTexts", "duplicate"),
}
DIRECTIONS: dict[str, object] = {
    "out": QT_TRANSLATE_NOOP("ExchangeTexts", "ours to the partner"),
    "in": QT_TRANSLATE_NOOP("ExchangeTexts", "the partner's to us"),
}
MESSAGE_KINDS: dict[str, object] = {
    "question": QT_TRANSLATE_NOOP("ExchangeTexts", "follow-up question"),
    "answer": QT_TRANSLATE_NOOP("ExchangeTexts", "answer"),
    "withdrawal": QT_TRANSLATE_NOOP("ExchangeTexts", "withdrawal of the request"),
}


def word(table: Mapping[str, object], code: str) -> str:
    """The translated word for `code`; an unknown code is shown as it is."""
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, str(source)) if source is not None else code


def why_text(why: str, article: str, version: int, sent: int | None) -> str:
    source = WHY.get(why)
    if source is None:
        return why
    return fmt(QCoreApplication.translate(CONTEXT, str(source)), article, version,
               sent if sent is not None else "—")
