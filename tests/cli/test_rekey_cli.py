"""`shekara rekey` (issue 12): a new master key after a restore — every page re-encrypted, the
old recovery key and old slots useless, and a crash at any point leaving a vault that opens."""

from __future__ import annotations

from pathlib import Path

import pytest

from shekara.errors import AuthError, VaultError
from shekara.vault import keyslots, rekey_swap
from shekara.vault.connection import DB_FILE, open_database
from shekara.vault.rekey import rekey
from shekara.vault.vault import Vault, _db_key
from tests.cli.conftest import (
    OFFICER,
    OFFICER_PASS,
    SECOND,
    SUPERVISOR,
    SUPERVISOR_PASS,
    Shekara,
    example_record,
)


def _master(vault_dir: Path, login: str, passphrase: str) -> bytes:
    slots = keyslots.SlotFile.read(vault_dir)
    slot = slots.slots[keyslots.slot_label(slots.vault_id, login)]
    assert slot.kdf is not None
    return keyslots.unwrap(slot, keyslots.derive_passphrase_key(passphrase, slot.kdf),
                           slots.vault_id)


def test_rekey_replaces_every_key(shekara: Shekara) -> None:
    ids = shekara.add(example_record())
    old_master = _master(shekara.vault, SUPERVISOR, SUPERVISOR_PASS)
    done = shekara.ok("rekey", "--json").json()
    assert sorted(done["officers_to_reset"]) == sorted([SECOND, OFFICER])
    new_key = done["recovery_key"]
    # The supervisor's passphrase opens the re-keyed vault; the records are all there.
    assert [r["id"] for r in shekara.ok("record", "list", "--json").json()] == ids
    assert _master(shekara.vault, SUPERVISOR, SUPERVISOR_PASS) != old_master
    # The old master key's database key no longer opens the file: every page re-encrypted.
    with pytest.raises(VaultError):
        open_database(shekara.vault / DB_FILE, _db_key(old_master)).close()
    # Other officers were dropped; the new recovery key gives them a passphrase again.
    shekara.refused("record", "list", officer=OFFICER, code=3)
    shekara.ok("recover", OFFICER, env={"SHEKARA_RECOVERY_KEY": new_key,
                                        "SHEKARA_NEW_PASSPHRASE": "officer-after-rekey-1"})
    shekara.ok("record", "list", officer=OFFICER, passphrase="officer-after-rekey-1")
    shekara.ok("check")
    actions = [e["action"] for e in shekara.ok("audit", "list", "--json").json()]
    assert "vault.rekey" in actions
    shekara.ok("audit", "verify")
    assert not any((shekara.vault / name).exists() for name in
                   (rekey_swap.MARKER, rekey_swap.NEW_DB, rekey_swap.NEW_SLOTS))


def test_the_old_recovery_key_is_useless_after_a_rekey(tmp_path: Path) -> None:
    vault, old_recovery = Vault.create(tmp_path / "v", mode="post", party="KZ",
                                       post_code="KZ-1", officer="a.b",
                                       passphrase="long-enough-pass")
    result = rekey(vault, "long-enough-pass")
    with pytest.raises(AuthError):
        Vault.open_with_recovery(tmp_path / "v", old_recovery)
    Vault.open_with_recovery(tmp_path / "v", result.recovery_key).lock()


def test_only_a_supervisor_with_the_right_passphrase_rekeys(shekara: Shekara) -> None:
    shekara.refused("rekey", officer=OFFICER, code=4)
    vault = Vault.open(shekara.vault, SUPERVISOR, SUPERVISOR_PASS)
    with pytest.raises(AuthError):
        rekey(vault, "not the passphrase at all")
    vault.lock()
    shekara.ok("record", "list")  # nothing changed


def _interrupted(directory: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A rekey stopped after writing its new files and its marker, before any swap."""
    monkeypatch.setattr(rekey_swap, "finish", lambda directory: None)
    vault = Vault.open(directory, "a.b", "long-enough-pass")
    result = rekey(vault, "long-enough-pass")
    monkeypatch.undo()
    return result.recovery_key


@pytest.mark.parametrize("state", ["before the marker", "marker, nothing swapped",
                                   "marker, database swapped"])
def test_a_rekey_interrupted_anywhere_leaves_a_vault_that_opens(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, state: str) -> None:
    directory = tmp_path / "v"
    vault, old_recovery = Vault.create(directory, mode="post", party="KZ", post_code="KZ-1",
                                       officer="a.b", passphrase="long-enough-pass")
    vault.lock()
    new_recovery = _interrupted(directory, monkeypatch)
    assert (directory / rekey_swap.MARKER).exists()
    if state == "before the marker":
        (directory / rekey_swap.MARKER).unlink()
        expected, other = old_recovery, new_recovery
    else:
        if state == "marker, database swapped":
            (directory / rekey_swap.NEW_DB).replace(directory / DB_FILE)
        expected, other = new_recovery, old_recovery
    Vault.open(directory, "a.b", "long-enough-pass").lock()  # finishes or undoes the rekey
    Vault.open_with_recovery(directory, expected).lock()
    with pytest.raises(AuthError):
        Vault.open_with_recovery(directory, other)
    assert not any((directory / name).exists() for name in
                   (rekey_swap.MARKER, rekey_swap.NEW_DB, rekey_swap.NEW_SLOTS))


def test_restore_says_to_rekey(shekara: Shekara, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    path = shekara.ok("backup", "--to", str(backups)).lines[0]
    other = tmp_path / "restored"
    result = shekara.ok("restore", path, env={"SHEKARA_VAULT": str(other)})
    assert "shekara rekey" in result.err


def test_rekey_is_refused_while_the_vault_is_open_elsewhere(shekara: Shekara) -> None:
    """A window left open would go on writing to the old file after the swap (vault/in_use.py):
    the command says what to close and changes nothing."""
    ids = shekara.add(example_record())
    window = Vault.open(shekara.vault, OFFICER, OFFICER_PASS)
    before = (shekara.vault / keyslots.SLOT_FILE).read_bytes()
    refused = shekara.refused("rekey", code=6)
    assert "open in another window or command" in refused.err
    assert (shekara.vault / keyslots.SLOT_FILE).read_bytes() == before
    window.lock()
    shekara.ok("rekey")
    assert [r["id"] for r in shekara.ok("record", "list", "--json").json()] == ids
