"""Keys of other installations (HQ's pinned keys at a post, the posts' keys at HQ) and the
names of the vault's retired key secrets.

SQL only; functions take the connection (inside the caller's transaction where they write)
and plain values, and never decide policy: the services do (schema step 2 in migrations.py).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from shekara.vault.connection import Connection

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
