"""Backups: one file holding the encrypted database and its key slots, verified after writing.

A backup is an uncompressed POSIX tar (inspectable with any tar tool) of:
`manifest.json` (format, vault id, post, schema version, SHA-256 of each member), `vault.db`
(the SQLCipher file, still encrypted with the vault's key), `keyslots.json`, and the outbox's
packet files (`outbox/<sha256>.shk`, already age-encrypted and signed; vault/outbox_files.py).
Restoring needs a passphrase (or the recovery key) that opens the backup's own slots.
No member is ever plaintext.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import shutil
import tarfile
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from shekara import fileio
from shekara.errors import InputError, StateError, VaultError
from shekara.fileio import fsync_directory
from shekara.targets import check_folder, check_new_file
from shekara.vault import audit, outbox_files
from shekara.vault.connection import DB_FILE, integrity_problems, open_database
from shekara.vault.in_use import VaultHold
from shekara.vault.keyslots import SLOT_FILE
from shekara.vault.migrations import schema_version
from shekara.vault.outbox_files import OUTBOX_DIR
from shekara.vault.vault import Vault

FORMAT = "shekara-backup"
FORMAT_VERSION = 1
SUFFIX = ".shkbak"
# Set when a post's vault is restored; cleared by the next acknowledgement it takes.
RESTORED_SETTING = "packets.restored_unacknowledged"
MAX_MEMBER_BYTES = 16 * 1024**3
_OUTBOX_MEMBER = re.compile(rf"^{OUTBOX_DIR}/[0-9a-f]{{64}}\.shk\Z")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    sha256: str
    size: int
    records: int
    audit_head: int


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_backup(vault: Vault, target_dir: Path) -> BackupInfo:
    """Write `<post>-<time>.shkbak` into target_dir, then read it back and verify it."""
    missing = InputError("backup.no_dir", "no folder {path}", path=str(target_dir))
    check_folder(target_dir, InputError, missing)
    conn = vault.conn
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    final = check_new_file(target_dir / f"shekara-backup-{vault.post_code}-{stamp}{SUFFIX}",
                           InputError, missing)
    with tempfile.TemporaryDirectory(prefix="shekara-bak-") as scratch:
        snapshot = Path(scratch) / DB_FILE
        # Record the backup in the chain first, so the copy carries its own entry.
        with vault.transaction() as tx:
            audit.append(tx, vault.officer, "backup", detail={"file": final.name})
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("BEGIN IMMEDIATE")  # no writer may change the file while it is copied
        try:
            shutil.copyfile(vault.directory / DB_FILE, snapshot)
            outbox: list[tuple[str, Path]] = []  # the outbox files the copied rows name
            for source in outbox_files.all_files(vault.directory, conn):
                outbox.append((f"{OUTBOX_DIR}/{source.name}", Path(scratch) / source.name))
                shutil.copyfile(source, outbox[-1][1])
        finally:
            conn.execute("ROLLBACK")
        slots = (vault.directory / SLOT_FILE).read_bytes()
        records = int(conn.execute("SELECT count(*) FROM records").fetchone()[0])
        head_seq, _ = audit.head(conn)
        manifest = {
            "format": FORMAT, "version": FORMAT_VERSION, "vault_id": vault.vault_id,
            "post_code": vault.post_code, "mode": vault.mode, "party": vault.party,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "schema": schema_version(conn), "records": records, "audit_head": head_seq,
            "sha256": {DB_FILE: _sha256_file(snapshot),
                       SLOT_FILE: hashlib.sha256(slots).hexdigest(),
                       **{name: _sha256_file(copy) for name, copy in outbox}},
        }
        def write_tar(raw: IO[bytes]) -> None:
            with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
                _add_bytes(tar, "manifest.json",
                           json.dumps(manifest, indent=1, sort_keys=True).encode())
                tar.add(snapshot, arcname=DB_FILE)
                _add_bytes(tar, SLOT_FILE, slots)
                for name, copy in outbox:
                    tar.add(copy, arcname=name)

        try:
            fileio.write_atomically(final, write_tar, replace=True)
        except OSError as exc:
            raise VaultError("backup.write_failed", "could not write the backup: {reason}",
                             reason=exc.strerror or "I/O error") from None
    try:
        checked = verify_backup(final, vault.db_key)
    except VaultError:
        final.unlink(missing_ok=True)
        raise
    if checked["records"] != records:
        final.unlink(missing_ok=True)
        raise VaultError("backup.verify_failed", "the backup did not read back the same")
    return BackupInfo(final, _sha256_file(final), final.stat().st_size, records, head_seq)


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    info.mtime = int(datetime.now(UTC).timestamp())
    tar.addfile(info, io.BytesIO(data))


def read_manifest(path: Path) -> tuple[dict[str, Any], dict[str, bytes | Path]]:
    """Unpack into memory (key slots, manifest) — the database is left for extract_to."""
    try:
        with tarfile.open(path, mode="r:") as tar:
            names = tar.getnames()
            outbox = [n for n in names if _OUTBOX_MEMBER.match(n)]
            if sorted(set(names) - set(outbox)) != sorted(["manifest.json", DB_FILE, SLOT_FILE]):
                raise VaultError("backup.bad_members", "not a Shekara backup")
            manifest = json.loads(_member(tar, "manifest.json", 1 << 20))
            if any(name not in manifest["sha256"] for name in outbox):
                raise VaultError("backup.damaged", "the backup file is damaged or not a backup")
            slots = _member(tar, SLOT_FILE, 1 << 20)
    except FileNotFoundError:
        raise InputError("backup.missing", "no backup file {path}", path=str(path)) from None
    except (tarfile.TarError, OSError, ValueError, UnicodeDecodeError):
        raise VaultError("backup.damaged", "the backup file is damaged or not a backup") from None
    if manifest.get("format") != FORMAT:
        raise VaultError("backup.bad_members", "not a Shekara backup")
    if int(manifest.get("version", 0)) > FORMAT_VERSION:
        raise VaultError("backup.too_new", "this backup was written by a newer Shekara")
    if hashlib.sha256(slots).hexdigest() != manifest["sha256"].get(SLOT_FILE):
        raise VaultError("backup.damaged", "the backup file is damaged or not a backup")
    return manifest, {SLOT_FILE: slots}


def _member(tar: tarfile.TarFile, name: str, cap: int) -> bytes:
    info = tar.getmember(name)
    if not info.isfile() or info.size > cap:
        raise VaultError("backup.damaged", "the backup file is damaged or not a backup")
    fh = tar.extractfile(info)
    if fh is None:
        raise VaultError("backup.damaged", "the backup file is damaged or not a backup")
    return fh.read()


def extract_to(path: Path, directory: Path) -> dict[str, Any]:
    """Write the backup's database and slots into `directory` (checked against the manifest)."""
    manifest, members = read_manifest(path)
    with tarfile.open(path, mode="r:") as tar:
        info = tar.getmember(DB_FILE)
        if not info.isfile() or info.size > MAX_MEMBER_BYTES:
            raise VaultError("backup.damaged", "the backup file is damaged or not a backup")
        src = tar.extractfile(info)
        if src is None:
            raise VaultError("backup.damaged", "the backup file is damaged or not a backup")
        with open(directory / DB_FILE, "wb") as out:
            shutil.copyfileobj(src, out)
            out.flush()
            os.fsync(out.fileno())
        for info in tar.getmembers():
            if not _OUTBOX_MEMBER.match(info.name):
                continue
            target = directory / info.name
            src = tar.extractfile(info)
            if not info.isfile() or info.size > MAX_MEMBER_BYTES or src is None:
                raise VaultError("backup.damaged", "the backup file is damaged or not a backup")
            target.parent.mkdir(mode=0o700, exist_ok=True)
            with open(target, "wb") as out:
                shutil.copyfileobj(src, out)
                out.flush()
                os.fsync(out.fileno())
            if _sha256_file(target) != manifest["sha256"][info.name]:
                raise VaultError("backup.damaged", "the backup file is damaged or not a backup")
    if _sha256_file(directory / DB_FILE) != manifest["sha256"].get(DB_FILE):
        raise VaultError("backup.damaged", "the backup file is damaged or not a backup")
    slots = members[SLOT_FILE]
    assert isinstance(slots, bytes)
    (directory / SLOT_FILE).write_bytes(slots)
    return manifest


def verify_backup(path: Path, db_key: bytes) -> dict[str, Any]:
    """Open the backup's database with the vault's key and run both integrity checks."""
    with tempfile.TemporaryDirectory(prefix="shekara-verify-") as scratch:
        manifest = extract_to(path, Path(scratch))
        conn = open_database(Path(scratch) / DB_FILE, db_key)
        try:
            problems = integrity_problems(conn)
            records = int(conn.execute("SELECT count(*) FROM records").fetchone()[0])
        finally:
            conn.close()
    if problems:
        raise VaultError("backup.verify_failed", "the backup failed its integrity check")
    manifest["records"] = records
    return manifest


def restore_backup(path: Path, directory: Path, officer: str, passphrase: str, *,
                   replace: bool = False) -> Vault:
    """Bring a backup back into `directory`. An existing vault is kept aside, never deleted."""
    manifest, _ = read_manifest(path)
    existing = (directory / DB_FILE).exists() or (directory / SLOT_FILE).exists()
    if existing and not replace:
        raise StateError("restore.exists",
                         "a vault already exists at {path}; use --replace to put it aside (in "
                         "the window: tick 'Put the vault that is there now aside')",
                         path=str(directory))
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    staging = Path(tempfile.mkdtemp(prefix=".restore-", dir=directory))
    try:
        extract_to(path, staging)
        # Prove the person restoring holds a passphrase of the backup before anything moves.
        probe = Vault.open(staging, officer, passphrase)
        problems = integrity_problems(probe.conn)
        probe.lock()
        if problems:
            raise VaultError("backup.verify_failed", "the backup failed its integrity check")
        # Nobody may have the vault there open while it is put aside: a window would go on
        # writing to the file set aside, its work missing from the restored vault.
        hold = VaultHold.exclusive(directory)
        try:
            if existing:
                aside = directory / f"replaced-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}"
                aside.mkdir()
                for name in (DB_FILE, SLOT_FILE, DB_FILE + "-wal", DB_FILE + "-shm",
                             OUTBOX_DIR):
                    if (directory / name).exists():
                        os.replace(directory / name, aside / name)
            if (staging / OUTBOX_DIR).is_dir():
                shutil.rmtree(directory / OUTBOX_DIR, ignore_errors=True)  # none named by it
                os.replace(staging / OUTBOX_DIR, directory / OUTBOX_DIR)
            os.replace(staging / DB_FILE, directory / DB_FILE)
            os.replace(staging / SLOT_FILE, directory / SLOT_FILE)
            fsync_directory(directory)
        finally:
            hold.release()
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(staging)
    vault = Vault.open(directory, officer, passphrase)
    with vault.transaction() as tx:
        audit.append(tx, vault.officer, "restore",
                     detail={"file": path.name, "backup_vault": manifest.get("vault_id")})
        if vault.mode == "post":
            vault.set_setting(RESTORED_SETTING, "1")
    return vault


def restored_unacknowledged(vault: Vault) -> bool:
    """A post restored from a backup that has taken no ack since: the backup may predate
    packets it exported, so exporting now could reuse their numbers (a fork at HQ)."""
    return vault.setting(RESTORED_SETTING) == "1"


@dataclass(frozen=True)
class RestoredFrom:
    """When the restore took place and when its backup was made (UTC, as the audit stores
    them); None where the log does not say (a vault restored by an older version)."""

    restored_at: str | None
    backup_made_at: str | None


def restored_from(vault: Vault) -> RestoredFrom | None:
    """The restore that is still waiting for HQ's acknowledgement, from the audit log; None
    when there is none. The backup's own entry is the last `backup` before the `restore`:
    `write_backup` appends it before copying, so the copy ends with it."""
    if not restored_unacknowledged(vault):
        return None
    conn = vault.conn
    restore = conn.execute("SELECT seq, at FROM audit WHERE action = 'restore' "
                           "ORDER BY seq DESC LIMIT 1").fetchone()
    if restore is None:
        return RestoredFrom(None, None)
    made = conn.execute("SELECT at FROM audit WHERE action = 'backup' AND seq < ? "
                        "ORDER BY seq DESC LIMIT 1", (restore[0],)).fetchone()
    return RestoredFrom(str(restore[1]), str(made[0]) if made else None)
