"""Backups (`shekara backup --to DIR`, `shekara restore FILE`) as use cases for both front
ends: writing one to a folder (a stick) from an unlocked vault, and bringing one back before
anything is unlocked (a stolen or damaged laptop's vault, restored on another)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from shekara.vault import chain_store
from shekara.vault.backup import BackupInfo, restore_backup, restored_unacknowledged, write_backup
from shekara.vault.vault import Vault


@dataclass(frozen=True)
class Restored:
    directory: Path
    needs_ack: bool  # a post: packets may have gone out after the backup, HQ's ack first
    last_packet: int


class BackupService:
    """`session.backups`: the unlocked vault's backups."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def write(self, target_dir: Path) -> BackupInfo:
        """Write a backup into `target_dir`, read it back and verify it."""
        return write_backup(self.vault, target_dir)


def restore(path: Path, directory: Path, officer: str, passphrase: str, *,
            replace: bool = False) -> Restored:
    """Bring the backup `path` back into `directory` (a vault there is kept aside only with
    `replace`); the passphrase must open the backup. The vault is left locked."""
    vault = restore_backup(path, directory, officer, passphrase, replace=replace)
    try:
        return Restored(directory, restored_unacknowledged(vault),
                        chain_store.chain(vault.conn, "records")[0])
    finally:
        vault.lock()
