"""Packet bookkeeping that reads or writes the record tables: what an export marked sent, what
HQ's acknowledgements settle, and the records HQ stores from posts.

The rest of what packets keep lives in its own modules: peer_key_store (keys of other
installations), chain_store (signing chains), outbox_store (the post's outbox), inbox_store
(HQ's inbox), post_log (refusals and post events), attachment_store and reference_store.
Functions take the connection (inside the caller's transaction where they write) and plain
values; they never decide policy — the services do.
"""

from __future__ import annotations

from collections.abc import Iterable

from shekara.vault import records
from shekara.vault.connection import Connection


# --- what packets marked sent and acknowledgements settle (the post) ------------------------------
def mark_tombstones_exported(conn: Connection, keys: Iterable[tuple[str, int]],
                             seq: int) -> None:
    conn.executemany("UPDATE tombstones SET pending_send = 0, exported_seq = ? WHERE id = ? AND"
                     " version = ?", [(seq, rid, ver) for rid, ver in keys])


def unmark_exported(conn: Connection, seq: int) -> list[str]:
    """Undo an export that failed: what packet `seq` carried waits to be sent again.
    Returns the ids of the records whose versions went back to pending."""
    ids = records.unmark_versions_exported(conn, seq)
    conn.execute("UPDATE tombstones SET pending_send = 1, exported_seq = NULL"
                 " WHERE exported_seq = ?", (seq,))
    return ids


def pending_count(conn: Connection) -> int:
    """Record versions and tombstones waiting to be sent."""
    tombs = conn.execute("SELECT count(*) FROM tombstones WHERE pending_send = 1")
    return records.pending_version_count(conn) + int(tombs.fetchone()[0])


# --- tombstones and duplicates from posts (HQ); their records are in records.py ---------------
def settle_tombstone(conn: Connection, record_id: str, version: int, purged_on: str) -> None:
    """HQ keeps a tombstone from a post as already settled (nothing to send on)."""
    conn.execute("INSERT INTO tombstones (id, version, purged_on, pending_send) VALUES"
                 " (?,?,?,0) ON CONFLICT(id, version) DO UPDATE SET pending_send = 0,"
                 " purged_on = excluded.purged_on", (record_id, version, purged_on))


def add_duplicate(conn: Connection, post: str, record_id: str, version: int) -> None:
    conn.execute("INSERT OR IGNORE INTO hq_duplicates (post, id, version) VALUES (?,?,?)",
                 (post, record_id, version))


def duplicates(conn: Connection, post: str) -> list[tuple[str, int]]:
    rows = conn.execute("SELECT id, version FROM hq_duplicates WHERE post = ?"
                        " ORDER BY id, version", (post,))
    return [(str(r[0]), int(r[1])) for r in rows]
