"""Packet bookkeeping that reads or writes the record tables: what an export marked sent, what
HQ's acknowledgements settle, and the records HQ stores from posts.

The rest of what packets keep lives in its own modules: peer_key_store (keys of other
installations), chain_store (signing chains), outbox_store (the post's outbox), inbox_store
(HQ's inbox), post_log (refusals and post events), attachment_store and reference_store.
Functions take the connection (inside the caller's transaction where they write) and plain
values; they never decide policy — the services do.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from shekara.vault.connection import Connection


# --- what packets marked sent and acknowledgements settle (the post) ------------------------------
def mark_tombstones_exported(conn: Connection, keys: Iterable[tuple[str, int]],
                             seq: int) -> None:
    conn.executemany("UPDATE tombstones SET pending_send = 0, exported_seq = ? WHERE id = ? AND"
                     " version = ?", [(seq, rid, ver) for rid, ver in keys])


def unmark_exported(conn: Connection, seq: int) -> list[str]:
    """Undo an export that failed: what packet `seq` carried waits to be sent again.
    Returns the ids of the records whose versions went back to pending."""
    ids = [str(r[0]) for r in conn.execute(
        "SELECT DISTINCT id FROM record_versions WHERE exported_seq = ?", (seq,))]
    conn.execute("UPDATE record_versions SET pending_send = 1, exported_seq = NULL,"
                 " exported_at = NULL WHERE exported_seq = ?", (seq,))
    conn.execute("UPDATE tombstones SET pending_send = 1, exported_seq = NULL"
                 " WHERE exported_seq = ?", (seq,))
    return ids


def pending_count(conn: Connection) -> int:
    """Record versions and tombstones waiting to be sent."""
    versions = conn.execute("SELECT count(*) FROM record_versions WHERE pending_send = 1")
    tombs = conn.execute("SELECT count(*) FROM tombstones WHERE pending_send = 1")
    return int(versions.fetchone()[0]) + int(tombs.fetchone()[0])


def versions_exported_through(conn: Connection, seq: int) -> list[tuple[str, int]]:
    rows = conn.execute("SELECT id, version FROM record_versions WHERE exported_seq <= ? AND"
                        " acknowledged_at IS NULL ORDER BY id, version", (seq,))
    return [(str(r[0]), int(r[1])) for r in rows]


def mark_sent_before_restore(conn: Connection, keys: Sequence[tuple[str, int]], seq: int,
                             at: str) -> None:
    """Versions HQ says it holds that a restored vault still has waiting: they went out in a
    packet up to `seq` that the backup predates, so they are sent (not pending) now."""
    conn.executemany("UPDATE record_versions SET pending_send = 0, exported_seq = ?,"
                     " exported_at = ? WHERE id = ? AND version = ? AND exported_seq IS NULL",
                     [(seq, at, rid, ver) for rid, ver in keys])


def record_exists(conn: Connection, record_id: str) -> bool:
    return conn.execute("SELECT 1 FROM records WHERE id = ?", (record_id,)).fetchone() is not None


# --- records from posts (HQ) ---------------------------------------------------------------------
def version_origin(conn: Connection, record_id: str,
                   version: int) -> tuple[str, str | None] | None:
    """(content_hash, origin) of a stored version, or None."""
    row = conn.execute("SELECT content_hash, origin FROM record_versions WHERE id = ? AND"
                       " version = ?", (record_id, version)).fetchone()
    return (str(row[0]), row[1]) if row else None


def record_origin(conn: Connection, record_id: str) -> tuple[bool, str | None, int]:
    """(exists, origin, head_version) of a record."""
    row = conn.execute("SELECT origin, head_version FROM records WHERE id = ?",
                       (record_id,)).fetchone()
    return (True, row[0], int(row[1])) if row else (False, None, 0)


def set_origin(conn: Connection, record_id: str, version: int, origin: str,
               *, head: bool) -> None:
    conn.execute("UPDATE record_versions SET origin = ? WHERE id = ? AND version = ?",
                 (origin, record_id, version))
    if head:
        conn.execute("UPDATE records SET origin = ? WHERE id = ?", (origin, record_id))


def versions_from(conn: Connection, post: str) -> list[tuple[str, int]]:
    rows = conn.execute("SELECT id, version FROM record_versions WHERE origin = ?"
                        " ORDER BY id, version", (post,))
    return [(str(r[0]), int(r[1])) for r in rows]


def record_ids_from(conn: Connection, post: str) -> list[str]:
    return [str(r[0]) for r in conn.execute("SELECT id FROM records WHERE origin = ?", (post,))]


_CHUNK = 500  # ids per IN (…) list: well under SQLite's limit on bound parameters


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]


def known_records(conn: Connection, ids: Sequence[str]) -> dict[str, tuple[str | None, int]]:
    """For the ids that exist: (origin, head_version)."""
    found: dict[str, tuple[str | None, int]] = {}
    for chunk in _chunks(list(dict.fromkeys(ids))):
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"SELECT id, origin, head_version FROM records WHERE id IN"
                                f" ({marks})", list(chunk)):
            found[str(row[0])] = (row[1], int(row[2]))
    return found


def known_versions(conn: Connection,
                   ids: Sequence[str]) -> dict[tuple[str, int], tuple[str, str | None]]:
    """Every stored version of these records: (content_hash, origin)."""
    found: dict[tuple[str, int], tuple[str, str | None]] = {}
    for chunk in _chunks(list(dict.fromkeys(ids))):
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"SELECT id, version, content_hash, origin FROM record_versions"
                                f" WHERE id IN ({marks})", list(chunk)):
            found[(str(row[0]), int(row[1]))] = (str(row[2]), row[3])
    return found


@dataclass(frozen=True)
class IncomingVersionRow:
    """A version from a post, stored as `records.insert_version` stores a local one (the data
    in the same JSON form), plus its origin. Kept in step with records.py's columns."""

    id: str
    version: int
    kind: str
    state: str
    data: Mapping[str, Any]
    content_hash: str
    created_by: str
    created_at: str
    approved_by: str | None
    approved_at: str | None
    reason: str | None
    retain_until: str | None
    review_on: str | None
    origin: str


def insert_incoming_versions(conn: Connection, rows: Sequence[IncomingVersionRow]) -> None:
    """Bulk insert at HQ (one statement prepared once: HQ imports thousands at a time)."""
    conn.executemany(
        "INSERT INTO record_versions (id, version, kind, state, data, content_hash, created_by,"
        " created_at, updated_at, approved_by, approved_at, reason, legal_hold, retain_until,"
        " review_on, pending_send, exported_seq, exported_at, acknowledged_at, origin)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,NULL,NULL,NULL,?)",
        [(r.id, r.version, r.kind, r.state,
          json.dumps(r.data, ensure_ascii=False, sort_keys=True, allow_nan=False),
          r.content_hash, r.created_by, r.created_at, r.created_at, r.approved_by,
          r.approved_at, r.reason,
          1 if (r.data.get("handling") or {}).get("legal_hold") else 0, r.retain_until,
          r.review_on, r.origin) for r in rows])


@dataclass(frozen=True)
class IncomingHeadRow:
    """The list row of a record whose head version came from a post (as
    `records.upsert_summary` writes it, plus origin), and its search entry."""

    id: str
    head_version: int
    status: str
    kind: str
    occurred_at: str
    checkpoint: str | None
    citizenships: Sequence[str]
    qualifies: bool
    title: str
    created_by: str
    updated_at: str
    origin: str
    search_columns: Mapping[str, str]
    replaces: bool  # the record had a list row (and a search entry) before


_SEARCH_COLUMNS = ("names", "documents", "places", "things", "text")


def upsert_incoming_heads(conn: Connection, rows: Sequence[IncomingHeadRow]) -> None:
    conn.executemany(
        "INSERT INTO records (id, head_version, kind, status, occurred_at, occurred_on,"
        " checkpoint, citizenships, qualifies, title, created_by, updated_at, origin)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
        " head_version = excluded.head_version, kind = excluded.kind, status = excluded.status,"
        " occurred_at = excluded.occurred_at, occurred_on = excluded.occurred_on,"
        " checkpoint = excluded.checkpoint, citizenships = excluded.citizenships,"
        " qualifies = excluded.qualifies, title = excluded.title,"
        " updated_at = excluded.updated_at, origin = excluded.origin",
        [(r.id, r.head_version, r.kind, r.status, r.occurred_at, r.occurred_at[:10],
          r.checkpoint, " ".join(r.citizenships), 1 if r.qualifies else 0, r.title,
          r.created_by, r.updated_at, r.origin) for r in rows])
    rowids: dict[str, int] = {}
    for chunk in _chunks([r.id for r in rows]):
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"SELECT id, rowid FROM records WHERE id IN ({marks})",
                                list(chunk)):
            rowids[str(row[0])] = int(row[1])
    conn.executemany("DELETE FROM search WHERE rowid = ?",
                     [(rowids[r.id],) for r in rows if r.replaces])
    conn.executemany(
        "INSERT INTO search (rowid, names, documents, places, things, text) VALUES (?,?,?,?,?,?)",
        [(rowids[r.id], *(r.search_columns.get(c, "") for c in _SEARCH_COLUMNS))
         for r in rows])


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
