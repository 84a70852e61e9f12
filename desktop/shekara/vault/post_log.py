"""What HQ learnt about each post beyond its records: refused packets and events (audit chain
breaks, forks, discarded packets).

SQL only; functions take the connection (inside the caller's transaction where they write)
and plain values, and never decide policy: the services do (schema step 2 in migrations.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from shekara.vault.connection import Connection


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
