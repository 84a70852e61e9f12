"""Autosaved drafts: the editor's state as typed, saved every few seconds and on leaving a field.

An autosave is not a record: it may be incomplete or invalid. It becomes a record (or a change
to one) only when the officer saves it through the record service, which validates it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from shekara.vault.connection import Connection


@dataclass(frozen=True)
class Autosave:
    key: str
    officer: str
    kind: str | None
    record_id: str | None  # None for a record not yet added
    base_version: int | None
    data: dict[str, Any]
    saved_at: str


def save(conn: Connection, autosave: Autosave) -> None:
    conn.execute(
        "INSERT INTO autosave (key, officer, kind, record_id, base_version, data, saved_at)"
        " VALUES (?,?,?,?,?,?,?) ON CONFLICT(key) DO UPDATE SET kind = excluded.kind,"
        " record_id = excluded.record_id, base_version = excluded.base_version,"
        " data = excluded.data, saved_at = excluded.saved_at",
        (autosave.key, autosave.officer, autosave.kind, autosave.record_id,
         autosave.base_version, json.dumps(autosave.data, ensure_ascii=False), autosave.saved_at))


def for_officer(conn: Connection, officer: str) -> list[Autosave]:
    rows = conn.execute("SELECT key, officer, kind, record_id, base_version, data, saved_at"
                        " FROM autosave WHERE officer = ? ORDER BY saved_at DESC",
                        (officer,)).fetchall()
    return [Autosave(str(r[0]), str(r[1]), r[2], r[3], r[4], json.loads(r[5]), str(r[6]))
            for r in rows]


def discard(conn: Connection, key: str) -> None:
    conn.execute("DELETE FROM autosave WHERE key = ?", (key,))
