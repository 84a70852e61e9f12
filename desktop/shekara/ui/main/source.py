"""The record list's data source: the session's record service, under the session lock."""

from __future__ import annotations

from shekara.services.review import SentBack
from shekara.services.session import Session
from shekara.ui.ops import locked
from shekara.vault.records import ListedRecord, RecordFilter


class SessionRecordSource:
    def __init__(self, session: Session) -> None:
        self._session = session

    def page(self, flt: RecordFilter, limit: int, offset: int) -> list[ListedRecord]:
        with locked(self._session):
            return self._session.records.list_records(flt, limit=limit, offset=offset)

    def count(self, flt: RecordFilter) -> int:
        with locked(self._session):
            return self._session.records.count(flt)

    def sent_back(self) -> dict[str, SentBack]:
        with locked(self._session):
            return self._session.review.sent_back_drafts()
