"""The retention purge (design decision 2): records past their time that HQ has acknowledged or
that were withdrawn are removed, leaving a tombstone and an audit entry, and their bytes are made
to really go: secure_delete zeroes freed pages, the full-text index is merged so deleted keys
leave its segments, the WAL is checkpointed and truncated, and the file is vacuumed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from shekara.domain.reference import ReferenceData
from shekara.vault import audit
from shekara.vault import records as repo
from shekara.vault.maintenance import scrub
from shekara.vault.vault import Vault

# What a record past its review or its time waits for (the retention screen's last column).
TO_PURGE = "to_purge"  # past its time, acknowledged by HQ or withdrawn, no legal hold
WAITS_FOR_HQ = "waits_for_hq"  # past its time, not yet acknowledged by HQ
LEGAL_HOLD = "legal_hold"  # past its time, but held
REVIEW_DUE = "review_due"  # still within its time; its periodic review has come


@dataclass(frozen=True)
class RetentionItem:
    id: str
    title: str  # as the record list shows it
    kind: str
    occurred_at: str
    retain_until: str
    review_on: str | None
    state: str


def retention_state(row: repo.RetentionDue, as_of: str) -> str:
    """The purge's own rule (`repo.purge_candidates`) said in words: a legal hold only matters
    once a record is past its time; before that, the review is what is due."""
    if row.retain_until >= as_of:
        return REVIEW_DUE
    if row.legal_hold:
        return LEGAL_HOLD
    if row.status in ("acknowledged", "withdrawn"):
        return TO_PURGE
    return WAITS_FOR_HQ


def due(vault: Vault, as_of: date) -> list[RetentionItem]:
    """Records whose next review has come or whose time has passed, as of `as_of` (reading
    only: anyone may look, as with `shekara retention purge --dry-run`)."""
    stamp = as_of.isoformat()
    return [RetentionItem(r.id, r.title, r.kind, r.occurred_at, r.retain_until, r.review_on,
                          retention_state(r, stamp))
            for r in repo.retention_due(vault.conn, stamp)]


@dataclass(frozen=True)
class PurgeResult:
    as_of: str
    purged: list[tuple[str, int]]
    dry_run: bool


def purge(vault: Vault, as_of: date, *, dry_run: bool = False) -> PurgeResult:
    if not dry_run:
        vault.require_supervisor()
    conn = vault.conn
    stamp = as_of.isoformat()
    candidates = repo.purge_candidates(conn, stamp)
    if dry_run or not candidates:
        return PurgeResult(stamp, candidates, dry_run)
    with vault.transaction() as tx:
        for record_id, head in candidates:
            repo.purge_record(tx, record_id, head, stamp)
            audit.append(tx, vault.officer, "retention.purge", record_id=record_id,
                         version=head, detail={"as_of": stamp})
        repo.delete_attachments(tx, repo.unreferenced_attachments(tx))
    scrub(conn)
    return PurgeResult(stamp, candidates, False)


class RetentionService:
    """Records due for review or past their retention, and purging them.

    Bound to one vault, as a Session property; the functions above do the work."""

    def __init__(self, vault: Vault, ref: ReferenceData) -> None:
        self.vault = vault
        self.ref = ref

    def purge(self, as_of: date, *, dry_run: bool = False) -> PurgeResult:
        return purge(self.vault, as_of, dry_run=dry_run)

    def due(self, as_of: date) -> list[RetentionItem]:
        return due(self.vault, as_of)
