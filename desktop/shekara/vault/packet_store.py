"""Everything packets keep in the vault: keys of other installations, signing chains, the post's
outbox, HQ's inbox (imported, held and forked packets), refusals, post events, attachments and
reference data. All SQL for packets lives here (schema step 2 in migrations.py).

Functions take the connection (inside the caller's transaction where they write) and plain
values; they never decide policy — the services do.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from shekara.vault import records
from shekara.vault.connection import Connection

# --- keys of other installations -----------------------------------------------------------------
KEY_STATES = ("active", "rotated", "revoked")


@dataclass(frozen=True)
class PeerKey:
    key_id: str  # hex
    code: str
    role: str
    public: dict[str, Any]  # PublicKeys.to_dict()
    state: str
    last_seq: int | None  # a rotated key may sign packets up to this sequence number
    added_at: str
    changed_at: str | None


_PEER_COLUMNS = "key_id, code, role, public, state, last_seq, added_at, changed_at"


def _peer(row: Any) -> PeerKey:
    return PeerKey(str(row[0]), str(row[1]), str(row[2]), json.loads(row[3]), str(row[4]),
                   None if row[5] is None else int(row[5]), str(row[6]), row[7])


def add_peer_key(conn: Connection, key_id: str, code: str, role: str, public: Mapping[str, Any],
                 *, at: str, state: str = "active") -> None:
    conn.execute(f"INSERT INTO peer_keys ({_PEER_COLUMNS}) VALUES (?,?,?,?,?,NULL,?,NULL)",
                 (key_id, code, role, json.dumps(dict(public), sort_keys=True), state, at))


def set_peer_key_state(conn: Connection, key_id: str, state: str, *, at: str,
                       last_seq: int | None = None) -> None:
    conn.execute("UPDATE peer_keys SET state = ?, last_seq = coalesce(?, last_seq),"
                 " changed_at = ? WHERE key_id = ?", (state, last_seq, at, key_id))


def peer_key(conn: Connection, key_id: str) -> PeerKey | None:
    row = conn.execute(f"SELECT {_PEER_COLUMNS} FROM peer_keys WHERE key_id = ?",
                       (key_id,)).fetchone()
    return _peer(row) if row else None


def peer_keys(conn: Connection, *, role: str | None = None,
              code: str | None = None) -> list[PeerKey]:
    sql = f"SELECT {_PEER_COLUMNS} FROM peer_keys WHERE 1"
    args: list[Any] = []
    if role is not None:
        sql += " AND role = ?"
        args.append(role)
    if code is not None:
        sql += " AND code = ?"
        args.append(code)
    return [_peer(r) for r in conn.execute(sql + " ORDER BY code, added_at, key_id", args)]


def secret_names(conn: Connection, prefix: str) -> list[str]:
    """Names of the vault's secrets that start with `prefix` (retired keys)."""
    rows = conn.execute("SELECT name FROM secrets WHERE substr(name, 1, ?) = ? ORDER BY name",
                        (len(prefix), prefix))
    return [str(r[0]) for r in rows]


# --- signing chains ------------------------------------------------------------------------------
def chain(conn: Connection, kind: str) -> tuple[int, str | None]:
    """The last sequence number and packet hash this installation signed for `kind`."""
    row = conn.execute("SELECT last_seq, last_hash FROM packet_chains WHERE kind = ?",
                       (kind,)).fetchone()
    return (int(row[0]), str(row[1])) if row else (0, None)


def set_chain(conn: Connection, kind: str, seq: int, packet_hash: str | None) -> None:
    if seq == 0 or packet_hash is None:
        conn.execute("DELETE FROM packet_chains WHERE kind = ?", (kind,))
        return
    conn.execute("INSERT INTO packet_chains (kind, last_seq, last_hash) VALUES (?,?,?)"
                 " ON CONFLICT(kind) DO UPDATE SET last_seq = excluded.last_seq,"
                 " last_hash = excluded.last_hash", (kind, seq, packet_hash))


def received_chain(conn: Connection, sender: str, kind: str) -> tuple[int, str | None]:
    row = conn.execute("SELECT last_seq, last_hash FROM received_chains WHERE sender = ? AND"
                       " kind = ?", (sender, kind)).fetchone()
    return (int(row[0]), str(row[1])) if row else (0, None)


def set_received_chain(conn: Connection, sender: str, kind: str, seq: int,
                       packet_hash: str) -> None:
    conn.execute("INSERT INTO received_chains (sender, kind, last_seq, last_hash) VALUES"
                 " (?,?,?,?) ON CONFLICT(sender, kind) DO UPDATE SET last_seq ="
                 " excluded.last_seq, last_hash = excluded.last_hash",
                 (sender, kind, seq, packet_hash))


# --- the post's outbox ---------------------------------------------------------------------------
@dataclass(frozen=True)
class OutboxEntry:
    seq: int
    sha256: str
    state: str  # 'writing' until the file is written and verified, then 'written'
    file_name: str
    records: int
    tombstones: int
    created_at: str
    written_at: str | None


_OUTBOX_COLUMNS = "seq, sha256, state, file_name, records, tombstones, created_at, written_at"


def _outbox(row: Any) -> OutboxEntry:
    return OutboxEntry(int(row[0]), str(row[1]), str(row[2]), str(row[3]), int(row[4]),
                       int(row[5]), str(row[6]), row[7])


def add_outbox(conn: Connection, entry: OutboxEntry, packet: bytes) -> None:
    conn.execute(f"INSERT INTO outbox ({_OUTBOX_COLUMNS}, packet) VALUES (?,?,?,?,?,?,?,?,?)",
                 (entry.seq, entry.sha256, entry.state, entry.file_name, entry.records,
                  entry.tombstones, entry.created_at, entry.written_at, packet))


def outbox_entries(conn: Connection, *, state: str | None = None) -> list[OutboxEntry]:
    sql = f"SELECT {_OUTBOX_COLUMNS} FROM outbox"
    args: tuple[Any, ...] = ()
    if state is not None:
        sql += " WHERE state = ?"
        args = (state,)
    return [_outbox(r) for r in conn.execute(sql + " ORDER BY seq", args)]


def outbox_packet(conn: Connection, seq: int) -> bytes | None:
    row = conn.execute("SELECT packet FROM outbox WHERE seq = ?", (seq,)).fetchone()
    return bytes(row[0]) if row else None


def mark_outbox_written(conn: Connection, seq: int, at: str) -> None:
    conn.execute("UPDATE outbox SET state = 'written', written_at = ? WHERE seq = ?", (at, seq))


def delete_outbox(conn: Connection, seq: int) -> None:
    conn.execute("DELETE FROM outbox WHERE seq = ?", (seq,))


def drop_outbox_through(conn: Connection, seq: int) -> int:
    """Drop the copies of written packets up to `seq` (HQ imported them all)."""
    cur = conn.execute("DELETE FROM outbox WHERE seq <= ? AND state = 'written'", (seq,))
    return int(cur.rowcount)


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


# --- attachments ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class StoredAttachment:
    sha256: str
    media_type: str
    size: int
    data: bytes


def add_attachment(conn: Connection, sha256: str, media_type: str, data: bytes) -> bool:
    """Store bytes under their hash; False when they were already there."""
    cur = conn.execute("INSERT OR IGNORE INTO attachments (sha256, media_type, size, data)"
                       " VALUES (?,?,?,?)", (sha256, media_type, len(data), data))
    return bool(cur.rowcount)


def attachments(conn: Connection, hashes: Sequence[str]) -> list[StoredAttachment]:
    """The attachments with these hashes, in that order (missing ones left out)."""
    out: list[StoredAttachment] = []
    for sha in hashes:
        row = conn.execute("SELECT sha256, media_type, size, data FROM attachments WHERE"
                           " sha256 = ?", (sha,)).fetchone()
        if row is not None:
            out.append(StoredAttachment(str(row[0]), str(row[1]), int(row[2]), bytes(row[3])))
    return out


def has_attachment(conn: Connection, sha256: str) -> bool:
    return conn.execute("SELECT 1 FROM attachments WHERE sha256 = ?",
                        (sha256,)).fetchone() is not None


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


# --- HQ's inbox ----------------------------------------------------------------------------------
INBOX_STATES = ("imported", "held", "fork")


@dataclass(frozen=True)
class InboxEntry:
    post: str
    seq: int
    sha256: str
    state: str
    prev_hash: str | None
    audit_seq: int | None
    audit_hash: str | None
    records: int
    reason: str | None
    received_at: str
    applied_at: str | None


_INBOX_COLUMNS = ("post, seq, sha256, state, prev_hash, audit_seq, audit_hash, records, reason,"
                  " received_at, applied_at")


def _inbox(row: Any) -> InboxEntry:
    return InboxEntry(str(row[0]), int(row[1]), str(row[2]), str(row[3]), row[4],
                      None if row[5] is None else int(row[5]), row[6], int(row[7]), row[8],
                      str(row[9]), row[10])


def add_inbox(conn: Connection, entry: InboxEntry, packet: bytes | None) -> None:
    conn.execute(f"INSERT INTO hq_inbox ({_INBOX_COLUMNS}, packet) VALUES (?,?,?,?,?,?,?,?,?,?,"
                 "?,?)", (entry.post, entry.seq, entry.sha256, entry.state, entry.prev_hash,
                          entry.audit_seq, entry.audit_hash, entry.records, entry.reason,
                          entry.received_at, entry.applied_at, packet))


def mark_inbox_imported(conn: Connection, post: str, seq: int, sha256: str, *, records: int,
                        at: str) -> None:
    """A held packet was applied: it is imported now and its raw bytes are no longer kept."""
    conn.execute("UPDATE hq_inbox SET state = 'imported', records = ?, applied_at = ?,"
                 " packet = NULL WHERE post = ? AND seq = ? AND sha256 = ?",
                 (records, at, post, seq, sha256))


def quarantine_inbox(conn: Connection, post: str, seq: int, sha256: str, reason: str) -> None:
    conn.execute("UPDATE hq_inbox SET state = 'fork', reason = ? WHERE post = ? AND seq = ? AND"
                 " sha256 = ?", (reason, post, seq, sha256))


def delete_inbox(conn: Connection, post: str, seq: int, sha256: str) -> None:
    conn.execute("DELETE FROM hq_inbox WHERE post = ? AND seq = ? AND sha256 = ?",
                 (post, seq, sha256))


def inbox_entries(conn: Connection, post: str | None = None, *,
                  seq: int | None = None) -> list[InboxEntry]:
    sql = f"SELECT {_INBOX_COLUMNS} FROM hq_inbox WHERE 1"
    args: list[Any] = []
    if post is not None:
        sql += " AND post = ?"
        args.append(post)
    if seq is not None:
        sql += " AND seq = ?"
        args.append(seq)
    return [_inbox(r) for r in conn.execute(sql + " ORDER BY post, seq, received_at", args)]


def inbox_packet(conn: Connection, post: str, seq: int, sha256: str) -> bytes | None:
    row = conn.execute("SELECT packet FROM hq_inbox WHERE post = ? AND seq = ? AND sha256 = ?",
                       (post, seq, sha256)).fetchone()
    return bytes(row[0]) if row and row[0] is not None else None


def imported_through(conn: Connection, post: str) -> InboxEntry | None:
    """The newest imported packet of a post (imports are contiguous from 1)."""
    row = conn.execute(f"SELECT {_INBOX_COLUMNS} FROM hq_inbox WHERE post = ? AND"
                       " state = 'imported' ORDER BY seq DESC LIMIT 1", (post,)).fetchone()
    return _inbox(row) if row else None


def inbox_posts(conn: Connection) -> list[str]:
    rows = conn.execute("SELECT post FROM hq_inbox UNION SELECT post FROM hq_refusals"
                        " UNION SELECT post FROM hq_post_events ORDER BY 1")
    return [str(r[0]) for r in rows]


# --- refusals and post events (HQ) ---------------------------------------------------------------
@dataclass(frozen=True)
class Refusal:
    post: str
    seq: int | None
    sha256: str
    reason: str
    at: str


def add_refusal(conn: Connection, refusal: Refusal) -> bool:
    cur = conn.execute("INSERT OR IGNORE INTO hq_refusals (post, seq, sha256, reason, at)"
                       " VALUES (?,?,?,?,?)", (refusal.post, refusal.seq, refusal.sha256,
                                               refusal.reason, refusal.at))
    return bool(cur.rowcount)


def refusals(conn: Connection, post: str) -> list[Refusal]:
    rows = conn.execute("SELECT post, seq, sha256, reason, at FROM hq_refusals WHERE post = ?"
                        " ORDER BY at, seq", (post,))
    return [Refusal(str(r[0]), None if r[1] is None else int(r[1]), str(r[2]), str(r[3]),
                    str(r[4])) for r in rows]


@dataclass(frozen=True)
class PostEvent:
    post: str
    event: str  # "audit_chain_break" | "fork"
    seq: int | None
    detail: dict[str, Any]
    at: str


def add_post_event(conn: Connection, event: PostEvent) -> None:
    conn.execute("INSERT INTO hq_post_events (post, event, seq, detail, at) VALUES (?,?,?,?,?)",
                 (event.post, event.event, event.seq, json.dumps(event.detail, sort_keys=True),
                  event.at))


def post_events(conn: Connection, post: str) -> list[PostEvent]:
    rows = conn.execute("SELECT post, event, seq, detail, at FROM hq_post_events WHERE post = ?"
                        " ORDER BY id", (post,))
    return [PostEvent(str(r[0]), str(r[1]), None if r[2] is None else int(r[2]),
                      json.loads(r[3]), str(r[4])) for r in rows]


# --- reference data ------------------------------------------------------------------------------
def add_reference(conn: Connection, version: int, files: Mapping[str, Any], sha256: str,
                  source: str, at: str) -> None:
    conn.execute("INSERT INTO reference_data (version, files, sha256, source, added_at) VALUES"
                 " (?,?,?,?,?)", (version, json.dumps(dict(files), ensure_ascii=False,
                                                      sort_keys=True), sha256, source, at))


def newest_reference(conn: Connection) -> tuple[int, dict[str, Any], str] | None:
    """(version, files, sha256) of the newest reference data kept in the vault."""
    row = conn.execute("SELECT version, files, sha256 FROM reference_data ORDER BY version DESC"
                       " LIMIT 1").fetchone()
    return (int(row[0]), json.loads(row[1]), str(row[2])) if row else None
