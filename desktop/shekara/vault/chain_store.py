"""Signing chains: the last sequence number and packet hash an installation signed per kind, and
the last one it took from each sender.

SQL only; functions take the connection (inside the caller's transaction where they write)
and plain values, and never decide policy: the services do (schema step 2 in migrations.py).
"""

from __future__ import annotations

from shekara.vault.connection import Connection


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
