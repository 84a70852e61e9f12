"""Attachments, stored once under their SHA-256.

SQL only; functions take the connection (inside the caller's transaction where they write)
and plain values, and never decide policy: the services do (schema step 2 in migrations.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from shekara.vault.connection import Connection


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
