"""Opening the SQLCipher database with the settings every connection needs.

Hygiene (design decision 1): SQLCipher's own logging off (a wrong key would otherwise print HMAC
errors), temporary tables and sorts kept in memory (a temp file would be plaintext), secure_delete
so freed pages are zeroed, WAL with synchronous=FULL so a committed write survives a power cut.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3

from shekara.errors import VaultError

DB_FILE = "vault.db"
Connection = Any  # sqlcipher3 ships no type information
DatabaseError = sqlcipher3.DatabaseError


# SQLite's page cache, per connection, in KiB (decrypted pages, in memory only). The default
# (2,000 KiB) is small beside an HQ's indexes, which a batch of imports touches all over: with
# 64 MiB, building a 200,000-record HQ took 135 s instead of 163 s and one 5,000-record import
# into it ran 6 % faster (its SQL alone 12 %); 256 MiB gained nothing more (docs/scale.md,
# `bench_floor.py --import 5000 --hq-records 200000`). A post's vault never fills it.
CACHE_KIB = 64 * 1024


def open_database(path: Path, db_key: bytes, *, create: bool = False) -> Connection:
    """An open connection to the encrypted database at `path`, or VaultError."""
    if not create and not path.exists():
        raise VaultError("vault.missing", "no vault at {path}", path=str(path.parent))
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{db_key.hex()}'\"")
        # Memory security (wiping every freed buffer) stays off, as SQLCipher ships it since
        # 4.5: it made writes 3x slower here (tests/bench), while the same plaintext lives in
        # Python's own heap anyway. Crash dumps, the way RAM reaches the disk, are switched off
        # at start-up instead (shekara.cli.main: no core files).
        conn.execute("PRAGMA cipher_memory_security = OFF")
        # The first real read checks the key: a wrong key or a damaged header fails here.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except sqlcipher3.DatabaseError:
        conn.close()
        raise VaultError("vault.damaged",
                         "the vault cannot be opened: it is damaged or not a Shekara vault"
                         ) from None
    return conn


def file_identity(path: Path) -> tuple[int, int]:
    """Which file `path` names now: its device and inode (on Windows, its volume and file
    index). A file renamed into its place has another."""
    st = os.stat(path)
    return st.st_dev, st.st_ino


def integrity_problems(conn: Connection) -> list[str]:
    """Both checks: SQLCipher's page HMACs, then SQLite's structure. Empty when healthy."""
    problems: list[str] = []
    try:
        problems += [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        problems += [r for r in rows if r != "ok"]
    except sqlcipher3.DatabaseError as exc:
        problems.append(f"database error: {exc}")
    return problems


class Transaction:
    """`with Transaction(conn):` — BEGIN IMMEDIATE … COMMIT, ROLLBACK on any exception.
    `check` runs once the write lock is held, before anything is written; what it raises ends
    the transaction (the vault's check that its file is still the one it opened)."""

    def __init__(self, conn: Connection, check: Callable[[], None] | None = None) -> None:
        self.conn = conn
        self.check = check

    def __enter__(self) -> Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        if self.check is not None:
            try:
                self.check()
            except BaseException:
                with contextlib.suppress(sqlcipher3.Error):
                    self.conn.execute("ROLLBACK")
                raise
        return self.conn

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            try:
                self.conn.execute("COMMIT")
            except sqlcipher3.Error as err:
                with contextlib.suppress(sqlcipher3.Error):
                    self.conn.execute("ROLLBACK")  # SQLite may have rolled back already
                reason = "the disk is full" if "full" in str(err) else str(err)
                raise VaultError("vault.write_failed", "could not write to the vault: {reason}",
                                 reason=reason) from None
        else:
            with contextlib.suppress(sqlcipher3.Error):
                self.conn.execute("ROLLBACK")  # the failed statement may have rolled back
            if isinstance(exc, sqlcipher3.Error):
                reason = "the disk is full" if "full" in str(exc) else str(exc)
                raise VaultError("vault.write_failed", "could not write to the vault: {reason}",
                                 reason=reason) from None
