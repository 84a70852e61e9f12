"""The append-only, hash-chained audit log (design decision 2).

Each entry's hash covers its own fields and the previous entry's hash, so removing, reordering or
editing any entry breaks every hash after it. The database refuses UPDATE and DELETE on the table
(triggers in the schema), and the head (seq, hash) travels in every packet so HQ can check that a
post's chain only ever grows. Details never hold names or narratives: ids, counts and codes only.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from shekara.messages import Message, message
from shekara.vault.connection import Connection

GENESIS_HASH = "0" * 64

ACTIONS = (
    "vault.create", "vault.unlock", "vault.unlock_failed", "vault.recover", "vault.rekey",
    "vault.recovery_key", "vault.repair", "officer.add",
    "officer.remove", "officer.passphrase", "officer.edit", "record.create", "record.change",
    "record.approve",
    "record.amend", "record.withdraw", "record.view", "record.search", "record.review",
    "record.send_back",
    "export", "ack.import", "print", "retention.purge", "backup", "restore", "keys.import",
    "keys.rotate", "hq.import", "hq.ack", "hq.enroll", "hq.revoke", "partner.enroll",
    "partner.revoke", "hq.held_discard",
    "refdata.import",
    "request.create", "request.refusal", "request.view", "request.approve", "request.answer",
    "request.follow_up", "request.withdraw", "request.duplicate", "settings.change",
    "partner.import", "received.view", "consent.add",
    "share.add", "share.remove", "share.approve", "exchange.send", "exchange.write",
)


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    officer: str
    action: str
    record_id: str | None
    version: int | None
    detail: dict[str, Any]
    prev_hash: str
    hash: str

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "at": self.at, "officer": self.officer, "action": self.action,
                "record_id": self.record_id, "version": self.version, "detail": self.detail,
                "prev_hash": self.prev_hash, "hash": self.hash}


@dataclass(frozen=True)
class ChainVerdict:
    ok: bool
    entries: int
    head_seq: int
    head_hash: str
    broken_at: int | None = None
    reason: Message | None = None  # why the chain is broken


# The encodings of an entry's hash and of its detail column, each encoder made once (json.dumps
# with options makes one per call; an add appends an entry per record). Same bytes as dumps.
_HASHED_JSON = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                                allow_nan=False)
_DETAIL_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False)


def entry_hash(seq: int, at: str, officer: str, action: str, record_id: str | None,
               version: int | None, detail: dict[str, Any], prev_hash: str) -> str:
    body = [seq, at, officer, action, record_id, version, detail, prev_hash]
    encoded = _HASHED_JSON.encode(body)
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def head(conn: Connection) -> tuple[int, str]:
    row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS_HASH)


def append(conn: Connection, officer: str, action: str, *, record_id: str | None = None,
           version: int | None = None, detail: dict[str, Any] | None = None,
           at: datetime | None = None) -> AuditEntry:
    """Append one entry. Call inside the transaction of the change it records."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    seq, prev = head(conn)
    seq += 1
    when = (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds")
    info = detail or {}
    digest = entry_hash(seq, when, officer, action, record_id, version, info, prev)
    conn.execute(
        "INSERT INTO audit (seq, at, officer, action, record_id, version, detail, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, when, officer, action, record_id, version,
         _DETAIL_JSON.encode(info), prev, digest))
    return AuditEntry(seq, when, officer, action, record_id, version, info, prev, digest)


def append_many(conn: Connection, officer: str, action: str,
                items: Sequence[tuple[str | None, int | None, dict[str, Any]]], *,
                at: datetime | None = None) -> None:
    """Append one entry per (record_id, version, detail), chained in order, with one prepared
    statement (issue 13: an add of a thousand records). Call inside the change's transaction."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    seq, prev = head(conn)
    when = (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds")
    rows = []
    for record_id, version, info in items:
        seq += 1
        digest = entry_hash(seq, when, officer, action, record_id, version, info, prev)
        rows.append((seq, when, officer, action, record_id, version,
                     _DETAIL_JSON.encode(info), prev, digest))
        prev = digest
    conn.executemany(
        "INSERT INTO audit (seq, at, officer, action, record_id, version, detail, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def _row_to_entry(row: Any) -> AuditEntry:
    return AuditEntry(int(row[0]), str(row[1]), str(row[2]), str(row[3]), row[4],
                      None if row[5] is None else int(row[5]), json.loads(row[6]), str(row[7]),
                      str(row[8]))


_COLUMNS = "seq, at, officer, action, record_id, version, detail, prev_hash, hash"


def verify(conn: Connection) -> ChainVerdict:
    """Walk the whole chain: contiguous seqs, each prev_hash linking, each hash recomputed."""
    prev = GENESIS_HASH
    expected_seq = 1
    count = 0
    for row in conn.execute(f"SELECT {_COLUMNS} FROM audit ORDER BY seq"):
        entry = _row_to_entry(row)
        count += 1
        if entry.seq != expected_seq:
            return ChainVerdict(False, count, entry.seq, entry.hash, entry.seq,
                                message("audit.entry_missing", "entry {entry} is missing",
                                        entry=expected_seq))
        if entry.prev_hash != prev:
            return ChainVerdict(False, count, entry.seq, entry.hash, entry.seq,
                                message("audit.entry_unlinked", "entry {entry} does not link to "
                                        "the one before it", entry=entry.seq))
        recomputed = entry_hash(entry.seq, entry.at, entry.officer, entry.action,
                                entry.record_id, entry.version, entry.detail, entry.prev_hash)
        if recomputed != entry.hash:
            return ChainVerdict(False, count, entry.seq, entry.hash, entry.seq,
                                message("audit.entry_altered", "entry {entry} was altered",
                                        entry=entry.seq))
        prev = entry.hash
        expected_seq += 1
    return ChainVerdict(True, count, expected_seq - 1, prev)


def entries(conn: Connection, *, action: str | None = None, record_id: str | None = None,
            officer: str | None = None, since: str | None = None, until: str | None = None,
            limit: int | None = None, offset: int = 0) -> list[AuditEntry]:
    where: list[str] = []
    args: list[Any] = []
    for column, value in (("action", action), ("record_id", record_id), ("officer", officer)):
        if value is not None:
            where.append(f"{column} = ?")
            args.append(value)
    if since is not None:
        where.append("at >= ?")
        args.append(since)
    if until is not None:
        where.append("at <= ?")
        args.append(until)
    sql = f"SELECT {_COLUMNS} FROM audit"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY seq LIMIT ? OFFSET ?"
    args += [-1 if limit is None else limit, offset]
    return [_row_to_entry(r) for r in conn.execute(sql, args)]
