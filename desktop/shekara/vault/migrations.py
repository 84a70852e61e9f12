"""The schema ladder: numbered steps, each applied in one transaction with its version bump.

`PRAGMA user_version` holds the schema version. A vault written by a newer Shekara (a higher
version than LATEST) is refused rather than guessed at. Steps are plain SQL frozen at release:
they never import live code, so an old vault always upgrades the same way. Each released schema
has a golden vault in tests/golden/ that the tests open and upgrade.
"""

from __future__ import annotations

from collections.abc import Callable

from shekara.errors import VaultError
from shekara.vault.connection import Connection, Transaction

SCHEMA_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE officers (
    login TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('officer', 'supervisor')),
    added_at TEXT NOT NULL,
    added_by TEXT,
    removed_at TEXT
);

-- One row per record: the head version and what the list and its filters need.
CREATE TABLE records (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    head_version INTEGER NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    occurred_on TEXT NOT NULL,
    checkpoint TEXT,
    citizenships TEXT NOT NULL DEFAULT '',
    qualifies INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX records_by_occurred ON records (occurred_at DESC, rowid DESC);
CREATE INDEX records_by_kind ON records (kind, occurred_at DESC);
CREATE INDEX records_by_status ON records (status, occurred_at DESC);

CREATE TABLE record_versions (
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    kind TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('draft', 'approved', 'withdrawn')),
    data TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    approved_by TEXT,
    approved_at TEXT,
    reason TEXT,
    legal_hold INTEGER NOT NULL DEFAULT 0,
    retain_until TEXT,
    review_on TEXT,
    -- 1 while an approved or withdrawn version waits to travel to HQ in a packet.
    pending_send INTEGER NOT NULL DEFAULT 0,
    exported_seq INTEGER,
    exported_at TEXT,
    acknowledged_at TEXT,
    PRIMARY KEY (id, version)
);
CREATE INDEX versions_pending ON record_versions (pending_send) WHERE pending_send = 1;

CREATE TABLE tombstones (
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    purged_on TEXT NOT NULL,
    pending_send INTEGER NOT NULL DEFAULT 1,
    exported_seq INTEGER,
    PRIMARY KEY (id, version)
);

CREATE TABLE attachments (
    sha256 TEXT PRIMARY KEY,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL
);

CREATE TABLE secrets (name TEXT PRIMARY KEY, value BLOB NOT NULL);

CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    officer TEXT NOT NULL,
    action TEXT NOT NULL,
    record_id TEXT,
    version INTEGER,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
-- Append-only: the database itself refuses to change or remove an audit entry.
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;

-- Contentless full-text index over normalised search keys (domain/search_key.py);
-- its rowid is records.rowid.
CREATE VIRTUAL TABLE search USING fts5(
    names, documents, places, things, text,
    content='', contentless_delete=1,
    tokenize='unicode61 remove_diacritics 2'
);
"""


def _step_1(conn: Connection) -> None:
    for statement in _split(SCHEMA_V1):
        conn.execute(statement)


def _split(script: str) -> list[str]:
    """Split a schema script into statements (triggers keep their inner semicolons)."""
    out: list[str] = []
    buf: list[str] = []
    for line in script.splitlines():
        if line.strip().startswith("--") or not line.strip():
            continue
        buf.append(line)
        joined = "\n".join(buf)
        inside_trigger = "BEGIN" in joined and "END;" not in joined
        if joined.rstrip().endswith(";") and not inside_trigger:
            out.append(joined)
            buf = []
    return out


STEPS: list[tuple[int, Callable[[Connection], None]]] = [
    (1, _step_1),
]
LATEST = STEPS[-1][0]


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection) -> int:
    """Bring the schema to LATEST; returns the version found before. Refuses newer vaults."""
    found = schema_version(conn)
    if found > LATEST:
        raise VaultError("vault.too_new",
                         "this vault was written by a newer Shekara (schema {found}, this program "
                         "knows up to {latest}); install the newer version",
                         found=found, latest=LATEST)
    for version, step in STEPS:
        if version <= found:
            continue
        with Transaction(conn):
            step(conn)
            conn.execute(f"PRAGMA user_version = {int(version)}")
    return found
