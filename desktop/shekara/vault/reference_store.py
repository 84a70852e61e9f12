"""Reference data versions kept in the vault.

SQL only; functions take the connection (inside the caller's transaction where they write)
and plain values, and never decide policy: the services do (schema step 2 in migrations.py).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from shekara.vault.connection import Connection


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
