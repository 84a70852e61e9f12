"""A stolen laptop's edited key slots and a broken disk's empty vault file (issue 12): every
edit is refused in bounded time with one line, and nothing is ever created over a vault."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from shekara.vault import audit, keyslots
from shekara.vault.vault import Vault
from tests.cli.conftest import SUPERVISOR, Shekara


def _edit_slots(vault: Path, change: Any) -> None:
    path = vault / keyslots.SLOT_FILE
    data = json.loads(path.read_text())
    for slot in data["slots"]:
        if "kdf" in slot:
            change(slot)
    path.write_text(json.dumps(data))


def _kdf(key: str, value: Any) -> Any:
    return lambda slot: slot["kdf"].update({key: value})


EDITS = {
    "time cost 2^40 (would hang)": _kdf("t", 2**40),
    "time cost 0": _kdf("t", 0),
    "time cost negative": _kdf("t", -3),
    "time cost as text": _kdf("t", "3"),
    "time cost as true": _kdf("t", True),
    "time cost as a float": _kdf("t", 3.0),
    "memory 64 GiB (would allocate it)": _kdf("m", 64 * 1024 * 1024),
    "memory 1 KiB": _kdf("m", 1),
    "parallelism 10,000": _kdf("p", 10_000),
    "parallelism 0": _kdf("p", 0),
    "salt of 4 bytes": _kdf("salt", "AAAAAA=="),
    "salt of 3 KiB": _kdf("salt", "A" * 4000),
    "salt not base64": _kdf("salt", "!!!"),
    "unknown KDF": _kdf("alg", "scrypt"),
    "nonce too short": lambda slot: slot.update(nonce="AAAA"),
    "wrapped key too long": lambda slot: slot.update(wrapped="A" * 400),
    "label not text": lambda slot: slot.update(label=7),
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_an_edited_key_slot_is_refused_in_bounded_time(shekara: Shekara, edit: str) -> None:
    _edit_slots(shekara.vault, EDITS[edit])
    result = shekara.refused("record", "list", code=7)
    assert "key slot" in result.err


def test_a_huge_slot_file_is_refused_before_it_is_parsed(shekara: Shekara) -> None:
    path = shekara.vault / keyslots.SLOT_FILE
    path.write_text('{"slots": [' + ",".join(["{}"] * 400_000) + "]}")
    shekara.refused("record", "list", code=7)


def test_a_slot_weaker_than_the_minimum_is_wrapped_again_at_full_strength(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The test policy's slots (8 KiB, one pass) are below the program's minimum. Under the
    program's own policy such a slot, once it proves it holds the master key, is wrapped again
    at full strength — never kept as it was."""
    vault, _ = Vault.create(tmp_path / "v", mode="post", party="KZ", post_code="KZ-1",
                            officer="a.b", passphrase="long-enough-pass")
    vault.lock()
    monkeypatch.setattr(keyslots, "_policy", keyslots.PRODUCTION)  # the program's own
    monkeypatch.setattr(keyslots, "_measure_time_cost", lambda target: 2)
    keyslots.calibrate_time_cost.cache_clear()
    try:
        Vault.open(tmp_path / "v", "a.b", "long-enough-pass").lock()
        slots = keyslots.SlotFile.read(tmp_path / "v")
        [slot] = [s for s in slots.slots.values() if s.kdf is not None]
        assert slot.kdf is not None and not keyslots.is_weak(slot.kdf)
        assert slot.kdf.memory_kib == 256 * 1024
        reopened = Vault.open(tmp_path / "v", "a.b", "long-enough-pass")
        entries = [e for e in audit.entries(reopened.conn) if e.action == "officer.passphrase"]
        assert entries[-1].detail == {"login": "a.b", "slot": "strengthened"}
        reopened.lock()
    finally:
        keyslots.calibrate_time_cost.cache_clear()


def test_an_empty_vault_file_is_damage_not_a_new_vault(shekara: Shekara) -> None:
    db = shekara.vault / "vault.db"
    db.write_bytes(b"")
    result = shekara.refused("record", "list", code=7)
    assert "empty" in result.err and "shekara restore" in result.err
    assert db.stat().st_size == 0  # nothing was written into it
    shekara.refused("recover", SUPERVISOR, env={"SHEKARA_RECOVERY_KEY": "A" * 52,
                                                "SHEKARA_NEW_PASSPHRASE": "x" * 20})
    assert db.stat().st_size == 0
    shekara.refused("init", "--mode", "post", "--party", "KZ", "--post", "KZ-2",
                    "--officer", "x.y", code=6)


def test_a_vault_file_of_noise_and_a_missing_half_are_refused(shekara: Shekara) -> None:
    db = shekara.vault / "vault.db"
    db.write_bytes(b"\x01" * 8192)
    shekara.refused("record", "list", code=7)
    (shekara.vault / keyslots.SLOT_FILE).unlink()
    assert "keyslots.json" in shekara.refused("record", "list", code=7).err


def test_a_slot_with_far_more_passes_than_calibration_asks_is_wrapped_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An older calibration on a noisy machine could write hundreds of passes: such a slot is
    read, and at its next unlock wrapped again at the policy's cost (audited)."""
    cheap = keyslots.kdf_policy()
    monkeypatch.setattr(keyslots, "_policy", dataclasses.replace(cheap, new_time_cost=40))
    vault, _ = Vault.create(tmp_path / "v", mode="post", party="KZ", post_code="KZ-1",
                            officer="a.b", passphrase="long-enough-pass")
    vault.lock()

    def passes() -> int:
        slots = keyslots.SlotFile.read(tmp_path / "v")
        [slot] = [s for s in slots.slots.values() if s.kdf is not None]
        assert slot.kdf is not None
        return slot.kdf.time_cost

    assert passes() == 40
    monkeypatch.setattr(keyslots, "_policy", cheap)
    Vault.open(tmp_path / "v", "a.b", "long-enough-pass").lock()
    assert passes() == cheap.new_time_cost
    reopened = Vault.open(tmp_path / "v", "a.b", "long-enough-pass")
    entries = [e for e in audit.entries(reopened.conn) if e.action == "officer.passphrase"]
    assert entries[-1].detail == {"login": "a.b", "slot": "recalibrated"}
    reopened.lock()
