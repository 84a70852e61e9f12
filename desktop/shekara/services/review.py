"""The supervisor's review of a draft: approve it, or send it back to its author with a comment.

Sending back changes nothing in the record: it stays a draft, open to its author, and the
decision goes into the audit log as a `record.send_back` entry with `{"decision": "send_back",
"comment": …}` — the only place a comment on a draft is kept, as a retention review keeps its
reason there (services/records.py). The editor shows the latest comment on the draft's current
version to whoever opens it. Approving and withdrawing are the record service's.
"""

from __future__ import annotations

from dataclasses import dataclass

from shekara.errors import InputError, StateError
from shekara.services.records import MAX_REASON, RecordService
from shekara.vault import audit
from shekara.vault import records as repo
from shekara.vault.records import ListedRecord, RecordFilter, StoredVersion
from shekara.vault.vault import Vault

SEND_BACK = "send_back"


# A shift's drafts are tens; a post that never reviews still shows the newest this many.
QUEUE_LIMIT = 2_000


@dataclass(frozen=True)
class QueuedDraft:
    """A draft waiting for a supervisor: the list row, and whether it was sent back (and is
    waiting for its author rather than for review)."""

    record: ListedRecord
    sent_back: SentBack | None

    @property
    def is_correction(self) -> bool:
        return self.record.version > 1


@dataclass(frozen=True)
class SentBack:
    record_id: str
    version: int
    by: str
    at: str
    comment: str


def _check_comment(comment: str | None) -> str:
    text = (comment or "").strip()
    if not text:
        raise InputError("review.comment_required",
                         "say what the author should change (a comment is required)")
    if len(text) > MAX_REASON or any(ord(c) < 32 and c not in "\n\t" for c in text):
        raise InputError("review.bad_comment",
                         "a comment is plain text of at most {n} characters", n=MAX_REASON)
    return text


class ReviewService:
    def __init__(self, vault: Vault, records: RecordService) -> None:
        self.vault = vault
        self.records = records

    def approve(self, record_id: str) -> StoredVersion:
        """Four-eyes and the supervisor role are the record service's to enforce."""
        return self.records.approve(record_id)

    def approve_many(self, record_ids: list[str]) -> list[StoredVersion]:
        """A shift's drafts in one transaction: a refusal of any approves none."""
        return self.records.approve_many(record_ids)

    def queue(self) -> list[QueuedDraft]:
        """Drafts waiting, newest change first (the review queue of the window)."""
        drafts = repo.list_records(self.vault.conn, RecordFilter(statuses=["draft"]),
                                   limit=QUEUE_LIMIT)
        drafts.sort(key=lambda r: r.updated_at, reverse=True)
        return [QueuedDraft(r, self.sent_back(r.id)) for r in drafts]

    def send_back(self, record_id: str, comment: str | None) -> SentBack:
        """Return a draft to its author with a comment; it stays a draft."""
        text = _check_comment(comment)
        self.vault.require_supervisor()
        head = repo.get_version(self.vault.conn, record_id)
        if head.state != "draft":
            raise StateError("review.not_draft", "record {id} version {version} is {status}: "
                             "only a draft can be sent back", id=record_id,
                             version=head.version, status=head.status)
        with self.vault.transaction() as conn:
            entry = audit.append(conn, self.vault.officer, "record.send_back",
                                 record_id=record_id, version=head.version,
                                 detail={"decision": SEND_BACK, "comment": text})
        return SentBack(record_id, head.version, entry.officer, entry.at, text)

    def sent_back(self, record_id: str) -> SentBack | None:
        """The latest comment on the record's current draft, if it was sent back and has not
        been approved or withdrawn since."""
        head = repo.get_version(self.vault.conn, record_id)
        if head.state != "draft":
            return None
        for entry in reversed(audit.entries(self.vault.conn, action="record.send_back",
                                            record_id=record_id)):
            if entry.version == head.version and entry.detail.get("decision") == SEND_BACK:
                return SentBack(record_id, head.version, entry.officer, entry.at,
                                str(entry.detail.get("comment", "")))
        return None

    def sent_back_drafts(self) -> dict[str, SentBack]:
        """Every draft whose current version was sent back, by record id: what `sent_back`
        says of each, read in one pass (the record list marks them for their authors)."""
        latest: dict[str, audit.AuditEntry] = {}
        for entry in audit.entries(self.vault.conn, action="record.send_back"):
            if entry.record_id and entry.detail.get("decision") == SEND_BACK:
                latest[entry.record_id] = entry
        found: dict[str, SentBack] = {}
        for record_id, entry in latest.items():
            head = repo.get_version(self.vault.conn, record_id)
            if head.state == "draft" and head.version == entry.version:
                found[record_id] = SentBack(record_id, head.version, entry.officer, entry.at,
                                            str(entry.detail.get("comment", "")))
        return found

    def withdraw(self, record_id: str, reason: str | None) -> int:
        return self.records.withdraw(record_id, reason)
