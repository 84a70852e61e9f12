"""HQ's inbox: every packet received from a post, imported, held (raw bytes kept until the gap
before it is filled) or quarantined as a fork.

SQL only; functions take the connection (inside the caller's transaction where they write)
and plain values, and never decide policy: the services do (schema step 2 in migrations.py).
A fork's reason is kept as English (`reason`) and, since schema step 21, as its message id and
parameters too (services/fork_reasons.py says why).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from shekara.vault.connection import Connection

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
    # The reason's message id and parameters; None in rows written before schema step 21.
    reason_msgid: str | None = None
    reason_params: Mapping[str, Any] | None = None


_INBOX_COLUMNS = ("post, seq, sha256, state, prev_hash, audit_seq, audit_hash, records, reason,"
                  " received_at, applied_at, reason_msgid, reason_params")


def dump_params(params: Mapping[str, Any] | None) -> str | None:
    """A message's parameters as the JSON object the `reason_params` columns keep (numbers and
    codes: a parameter that is not plain JSON is a programming error, refused here)."""
    if params is None:
        return None
    return json.dumps(dict(params), ensure_ascii=False, sort_keys=True, allow_nan=False)


def load_params(text: str | None) -> dict[str, Any] | None:
    found = None if text is None else json.loads(text)
    return found if isinstance(found, dict) else None


def _inbox(row: Any) -> InboxEntry:
    return InboxEntry(str(row[0]), int(row[1]), str(row[2]), str(row[3]), row[4],
                      None if row[5] is None else int(row[5]), row[6], int(row[7]), row[8],
                      str(row[9]), row[10], row[11], load_params(row[12]))


def add_inbox(conn: Connection, entry: InboxEntry, packet: bytes | None) -> None:
    conn.execute(f"INSERT INTO hq_inbox ({_INBOX_COLUMNS}, packet) VALUES (?,?,?,?,?,?,?,?,?,?,"
                 "?,?,?,?)", (entry.post, entry.seq, entry.sha256, entry.state, entry.prev_hash,
                              entry.audit_seq, entry.audit_hash, entry.records, entry.reason,
                              entry.received_at, entry.applied_at, entry.reason_msgid,
                              dump_params(entry.reason_params), packet))


def mark_inbox_imported(conn: Connection, post: str, seq: int, sha256: str, *, records: int,
                        at: str) -> None:
    """A held packet was applied: it is imported now and its raw bytes are no longer kept."""
    conn.execute("UPDATE hq_inbox SET state = 'imported', records = ?, applied_at = ?,"
                 " packet = NULL WHERE post = ? AND seq = ? AND sha256 = ?",
                 (records, at, post, seq, sha256))


def quarantine_inbox(conn: Connection, post: str, seq: int, sha256: str, reason: str, *,
                     reason_msgid: str, reason_params: Mapping[str, Any]) -> None:
    conn.execute("UPDATE hq_inbox SET state = 'fork', reason = ?, reason_msgid = ?,"
                 " reason_params = ? WHERE post = ? AND seq = ? AND sha256 = ?",
                 (reason, reason_msgid, dump_params(reason_params), post, seq, sha256))


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
