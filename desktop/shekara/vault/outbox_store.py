"""The post's outbox: the exact bytes of every packet written and not yet acknowledged (resent
byte for byte, never resealed). Since issue 13 the bytes are a file beside the vault named by
the row's sha256 (vault/outbox_files.py) and the row's `packet` is empty; rows of older vaults
still hold their bytes in `packet`.

SQL only; functions take the connection (inside the caller's transaction where they write)
and plain values, and never decide policy: the services do (schema step 2 in migrations.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from shekara.vault.connection import Connection


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


def add_outbox(conn: Connection, entry: OutboxEntry, packet: bytes = b"") -> None:
    """`packet` empty: the bytes are the outbox file named by `entry.sha256`."""
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
    """The bytes the row holds (empty when its outbox file holds them), None without a row."""
    row = conn.execute("SELECT packet FROM outbox WHERE seq = ?", (seq,)).fetchone()
    return bytes(row[0]) if row else None


def held_sizes(conn: Connection) -> dict[int, int]:
    """seq → bytes of the packet the row itself holds (rows of vaults from before issue 13);
    rows whose outbox file holds the bytes are left out."""
    rows = conn.execute("SELECT seq, length(packet) FROM outbox WHERE length(packet) > 0")
    return {int(r[0]): int(r[1]) for r in rows}


def mark_outbox_written(conn: Connection, seq: int, at: str) -> None:
    conn.execute("UPDATE outbox SET state = 'written', written_at = ? WHERE seq = ?", (at, seq))


def delete_outbox(conn: Connection, seq: int) -> None:
    conn.execute("DELETE FROM outbox WHERE seq = ?", (seq,))


def drop_outbox_through(conn: Connection, seq: int) -> int:
    """Drop the copies of written packets up to `seq` (HQ imported them all)."""
    cur = conn.execute("DELETE FROM outbox WHERE seq <= ? AND state = 'written'", (seq,))
    return int(cur.rowcount)
