"""Housekeeping on the database file itself."""

from __future__ import annotations

from shekara.vault.connection import Connection, integrity_problems


def scrub(conn: Connection) -> None:
    """Make deleted bytes unrecoverable from the vault's files.

    secure_delete (set on every connection) zeroes freed pages; merging the full-text index drops
    deleted keys that would otherwise linger in old segments; checkpoints move and truncate the
    WAL; VACUUM rewrites the file without free pages.
    """
    conn.execute("INSERT INTO search(search) VALUES ('optimize')")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def check(conn: Connection) -> list[str]:
    """cipher_integrity_check and integrity_check; an empty list when the vault is healthy."""
    return integrity_problems(conn)
