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
    """Purging records past their retention.

    Bound to one vault, as a Session property; the functions above do the work."""

    def __init__(self, vault: Vault, ref: ReferenceData) -> None:
        self.vault = vault
        self.ref = ref

    def purge(self, as_of: date, *, dry_run: bool = False) -> PurgeResult:
        return purge(self.vault, as_of, dry_run=dry_run)
