"""The outbox's packet bodies as files beside the vault: `<vault>/outbox/<sha256>.shk`.

A records packet is already age-encrypted and signed when the outbox keeps it, so it needs no
second encryption; keeping its bytes in SQLCipher cost a page-by-page copy with fsyncs and a
rewrite of the whole row when the row changed state (issue 13: 0.73 s of a 2.5 s export of
50 MB). The row keeps the packet's SHA-256; the file is named by it and checked against it on
every read, so a file altered or swapped on disk is refused, never resent.

Crash safety: the file is written (temporary name, fsync, rename, fsync of the folder) inside
the transaction that adds its row, before that transaction commits. A process killed in between
leaves a file no row names; `sweep` removes such orphans under the vault's write lock (so never
a file another process is about to commit) when the vault opens, after an export fails and
after an acknowledgement drops rows. Rows of older vaults that hold their packet in the row
(`packet` not empty) keep working: readers take the row's bytes first.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from shekara import fileio
from shekara.errors import VaultError
from shekara.vault.connection import Connection

OUTBOX_DIR = "outbox"
SUFFIX = ".shk"
_NAME = re.compile(r"^[0-9a-f]{64}\.shk\Z")


def folder(vault_dir: Path) -> Path:
    return vault_dir / OUTBOX_DIR


def path_of(vault_dir: Path, sha256: str) -> Path:
    if not re.fullmatch(r"[0-9a-f]{64}", sha256):
        raise ValueError("an outbox file is named by a SHA-256 in hex")
    return folder(vault_dir) / f"{sha256}{SUFFIX}"


def store(vault_dir: Path, packet: bytes, sha256: str | None = None) -> str:
    """Write the packet durably under its hash (call inside the transaction adding its row);
    `sha256` when the caller has it already (hashing 100 MB twice is 40 ms)."""
    sha256 = sha256 or hashlib.sha256(packet).hexdigest()
    target = path_of(vault_dir, sha256)
    target.parent.mkdir(mode=0o700, exist_ok=True)
    fileio.write_atomically(target, packet, replace=True)
    return sha256


def load(vault_dir: Path, sha256: str, seq: int) -> bytes:
    """The packet's bytes, checked against the hash its row holds."""
    try:
        data = path_of(vault_dir, sha256).read_bytes()
    except FileNotFoundError:
        raise VaultError("outbox.file_missing", "the outbox copy of packet {seq} is missing "
                         "from the vault's folder: it cannot be written again; restore the "
                         "vault from a backup", seq=seq) from None
    except OSError as exc:
        raise VaultError("outbox.file_unreadable", "the outbox copy of packet {seq} could not "
                         "be read ({reason})", seq=seq,
                         reason=exc.strerror or "I/O error") from None
    if hashlib.sha256(data).hexdigest() != sha256:
        raise VaultError("outbox.file_altered", "the outbox copy of packet {seq} differs from "
                         "what was written: it was altered or damaged on disk and is not "
                         "written again", seq=seq)
    return data


def size(vault_dir: Path, sha256: str) -> int | None:
    """The outbox file's size in bytes, None when it is not there (or cannot be looked at).
    Only a look at the folder: whether the bytes still hash right is checked when they are
    read to be written again (`load`)."""
    try:
        return path_of(vault_dir, sha256).stat().st_size
    except OSError:
        return None


def remove(vault_dir: Path, sha256: str) -> None:
    try:
        path_of(vault_dir, sha256).unlink(missing_ok=True)
    except OSError:
        pass  # left for the next sweep


def sweep(vault_dir: Path, conn: Connection) -> int:
    """Remove files no outbox row names (killed exports, dropped rows); return how many.

    Runs under the write lock, so a file written inside another process's open transaction is
    not taken for an orphan (that transaction commits before this one starts)."""
    where = folder(vault_dir)
    if not where.is_dir():
        return 0
    removed = 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        named = {str(r[0]) for r in conn.execute("SELECT sha256 FROM outbox")}
        for entry in os.scandir(where):
            if _NAME.match(entry.name) and entry.name[:64] in named:
                continue
            if entry.is_file(follow_symlinks=False) or entry.is_symlink():
                try:
                    os.unlink(entry.path)
                    removed += 1
                except OSError:
                    pass
    finally:
        conn.execute("ROLLBACK")
    return removed


def all_files(vault_dir: Path, conn: Connection) -> list[Path]:
    """The files the outbox rows name (for a backup), in sequence order."""
    rows = conn.execute("SELECT sha256 FROM outbox WHERE length(packet) = 0 ORDER BY seq")
    return [path_of(vault_dir, str(r[0])) for r in rows]
