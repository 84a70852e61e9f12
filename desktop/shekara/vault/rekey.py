"""`shekara rekey`: a new master key for the vault (after a restore, or when a key may be known).

A restored vault keeps the keys of its backup: whoever holds an old passphrase or the old
recovery key of that backup could open this vault too. A rekey makes a new random master key,
re-encrypts every page of the database with the key derived from it (`sqlcipher_export` into a
new file, so the old file is untouched until the swap), wraps it for the supervisor doing it
(their passphrase) and under a new recovery key (shown once), and swaps the pair in crash-safely
(vault/rekey_swap.py). Other officers' slots cannot be re-wrapped without their passphrases:
they are dropped, and a supervisor gives each a new passphrase with the new recovery key
(`shekara recover LOGIN`), as after a lost passphrase.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from shekara import fileio
from shekara.vault import audit, keyslots, rekey_swap
from shekara.vault.migrations import schema_version
from shekara.vault.vault import Vault, _add_passphrase_slot, _db_key


@dataclass(frozen=True)
class RekeyResult:
    recovery_key: str  # shown once: the old recovery key no longer opens the vault
    officers_to_reset: list[str]  # their slots were dropped: `shekara recover LOGIN`


def rekey(vault: Vault, passphrase: str) -> RekeyResult:
    """Re-key `vault` (locked afterwards: open it again with the same passphrase)."""
    vault.require_supervisor()
    # No other window or command may have the vault open: it would go on writing to the old
    # file after the swap, and lose it (vault/in_use.py). Refused before any slow work.
    vault.hold_alone()
    try:
        recovery, others = _write_new_files(vault, passphrase)
    except BaseException:
        vault.hold_shared()  # nothing replaced: others may open the vault again
        raise
    directory = vault.directory
    hold = vault.take_hold()  # alone until the new files are in place
    try:
        vault.lock()
        fileio.write_atomically(directory / rekey_swap.MARKER, b"rekey\n", replace=True)
        rekey_swap.finish(directory)
    finally:
        hold.release()
    return RekeyResult(keyslots.format_recovery_key(recovery), others)


def _write_new_files(vault: Vault, passphrase: str) -> tuple[bytes, list[str]]:
    """The re-encrypted database and its slot file beside the vault (rekey_swap's names);
    returns the new recovery key and the officers whose slots are dropped."""
    directory, officer = vault.directory, vault.officer
    vault.confirm_passphrase(passphrase)  # the slot file it reads names vault.vault_id (checked)
    others = sorted(o.login for o in vault.officers() if o.login != officer)
    with vault.transaction() as conn:  # before the export, so the new file carries it
        audit.append(conn, officer, "vault.rekey", detail={"officers_to_reset": others})
    new_master = secrets.token_bytes(keyslots.MASTER_KEY_BYTES)
    _export(vault, directory / rekey_swap.NEW_DB, _db_key(new_master))
    new_slots = keyslots.SlotFile(vault.vault_id, {})
    _add_passphrase_slot(new_slots, new_master, officer, passphrase)
    recovery = keyslots.new_recovery_key()
    new_slots.slots[keyslots.RECOVERY_LABEL] = keyslots.recovery_slot(new_master, recovery,
                                                                      vault.vault_id)
    (directory / rekey_swap.NEW_SLOTS).unlink(missing_ok=True)
    new_slots.write_to(directory / rekey_swap.NEW_SLOTS)
    return recovery, others


def _export(vault: Vault, target: Path, db_key: bytes) -> None:
    """Every page of the database, re-encrypted under `db_key`, as a new file `target`."""
    target.unlink(missing_ok=True)
    conn = vault.conn
    version = schema_version(conn)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY \"x'{db_key.hex()}'\"", (str(target),))
    try:
        conn.execute("SELECT sqlcipher_export('rekeyed')")
        conn.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
    finally:
        conn.execute("DETACH DATABASE rekeyed")
    with open(target, "rb") as fh:
        os.fsync(fh.fileno())
    with contextlib.suppress(OSError):
        os.chmod(target, 0o600)
