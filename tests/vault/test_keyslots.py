"""Key slots: wrapping, wrong secrets, tampering, the recovery key, Argon2id parameters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shekara.errors import AuthError, VaultError
from shekara.vault import keyslots
from shekara.vault.vault import Vault


@pytest.fixture
def vault_dir(tmp_path: Path) -> tuple[Path, str]:
    vault, recovery = Vault.create(tmp_path / "v", mode="post", party="LT", post_code="LT-KENA",
                                   officer="rasa.j", passphrase="pasienis-ir-sniegas")
    vault.lock()
    return tmp_path / "v", recovery


def test_slot_stores_its_own_kdf_parameters(vault_dir: tuple[Path, str]) -> None:
    data = json.loads((vault_dir[0] / keyslots.SLOT_FILE).read_text())
    passphrase_slots = [s for s in data["slots"] if "kdf" in s]
    assert passphrase_slots and all(s["kdf"]["alg"] == "argon2id" for s in passphrase_slots)
    assert {"t", "m", "p", "salt"} <= set(passphrase_slots[0]["kdf"])


def test_full_strength_parameters(monkeypatch) -> None:
    # Tuned to ~0.5 s per unlock: tests/bench/bench_vault.py measures it (no clock in tests).
    monkeypatch.delenv(keyslots.FAST_KDF_ENV, raising=False)
    params = keyslots.default_kdf_params()
    assert params.memory_kib == 256 * 1024 and params.time_cost >= 2


def test_wrong_passphrase(vault_dir: tuple[Path, str]) -> None:
    with pytest.raises(AuthError, match="wrong passphrase"):
        Vault.open(vault_dir[0], "rasa.j", "pasienis-ir-lietus")


def test_slot_moved_to_another_label_does_not_open(vault_dir: tuple[Path, str]) -> None:
    """The AEAD binds each slot to its label: copying a slot to another login is useless."""
    directory = vault_dir[0]
    slots = keyslots.SlotFile.read(directory)
    mine = slots.slots[keyslots.slot_label(slots.vault_id, "rasa.j")]
    other = keyslots.slot_label(slots.vault_id, "intruder")
    slots.slots[other] = keyslots.KeySlot(other, mine.kdf, mine.nonce, mine.wrapped)
    slots.write(directory)
    with pytest.raises(AuthError):
        Vault.open(directory, "intruder", "pasienis-ir-sniegas")


def test_damaged_or_missing_slot_file(vault_dir: tuple[Path, str]) -> None:
    directory = vault_dir[0]
    (directory / keyslots.SLOT_FILE).write_text("{not json")
    with pytest.raises(VaultError, match="damaged"):
        Vault.open(directory, "rasa.j", "pasienis-ir-sniegas")
    (directory / keyslots.SLOT_FILE).unlink()
    with pytest.raises(VaultError, match="missing"):
        Vault.open(directory, "rasa.j", "pasienis-ir-sniegas")


def test_slot_file_from_a_newer_program_is_refused(vault_dir: tuple[Path, str]) -> None:
    path = vault_dir[0] / keyslots.SLOT_FILE
    data = json.loads(path.read_text())
    data["version"] = keyslots.FORMAT_VERSION + 1
    path.write_text(json.dumps(data))
    with pytest.raises(VaultError, match="newer"):
        Vault.open(vault_dir[0], "rasa.j", "pasienis-ir-sniegas")


def test_recovery_key_round_trip_and_typos() -> None:
    key = bytes(range(32))
    text = keyslots.format_recovery_key(key)
    assert keyslots.parse_recovery_key(text) == key
    assert keyslots.parse_recovery_key(text.lower().replace("-", " ")) == key
    with pytest.raises(AuthError):
        keyslots.parse_recovery_key(text[:-4])


def test_recovery_opens_as_supervisor(vault_dir: tuple[Path, str]) -> None:
    vault = Vault.open_with_recovery(*vault_dir)
    try:
        assert vault.role == "supervisor" and vault.officer == "recovery"
    finally:
        vault.lock()


def test_lock_closes_and_forgets(vault_dir: tuple[Path, str]) -> None:
    vault = Vault.open(vault_dir[0], "rasa.j", "pasienis-ir-sniegas")
    vault.lock()
    assert vault.is_locked
    with pytest.raises(Exception, match="locked"):
        _ = vault.conn
    with pytest.raises(Exception, match="locked"):
        _ = vault.db_key
    vault.lock()  # twice is fine
