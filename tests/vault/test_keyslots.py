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
    monkeypatch.setattr(keyslots, "_policy", keyslots.PRODUCTION)
    params = keyslots.default_kdf_params()
    assert params.memory_kib == 256 * 1024 and params.time_cost >= 2


def test_no_environment_variable_weakens_the_program(monkeypatch) -> None:
    """The old test switch SHEKARA_TEST_FAST_KDF is gone: the product reads no such thing."""
    monkeypatch.setattr(keyslots, "_policy", keyslots.PRODUCTION)
    monkeypatch.setenv("SHEKARA_TEST_FAST_KDF", "1")
    keyslots.calibrate_time_cost.cache_clear()
    monkeypatch.setattr(keyslots, "_measure_time_cost", lambda target: 3)
    try:
        params = keyslots.default_kdf_params()
    finally:
        keyslots.calibrate_time_cost.cache_clear()
    assert (params.time_cost, params.memory_kib, params.parallelism) == (3, 256 * 1024, 2)


def test_wrong_passphrase(vault_dir: tuple[Path, str]) -> None:
    with pytest.raises(AuthError, match="wrong officer name or passphrase"):
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


def test_an_unknown_login_costs_the_same_derivation_as_a_wrong_passphrase(
        vault_dir: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    directory, login = vault_dir
    calls: list[int] = []
    real = keyslots.derive_passphrase_key

    def counted(passphrase: str, params: keyslots.KdfParams) -> bytes:
        calls.append(params.memory_kib)
        return real(passphrase, params)

    monkeypatch.setattr(keyslots, "derive_passphrase_key", counted)
    answers = []
    for officer in (login, "nobody.here"):
        with pytest.raises(AuthError) as caught:
            Vault.open(directory, officer, "not the passphrase at all")
        answers.append((caught.value.msgid, str(caught.value)))
    assert answers[0] == answers[1] == ("auth.login_failed",
                                        "wrong officer name or passphrase")
    assert len(calls) == 2 and calls[0] == calls[1]  # one derivation each, same parameters


def test_a_mistyped_recovery_group_is_named() -> None:
    key = bytes(range(32))
    text = keyslots.format_recovery_key(key)
    groups = text.split("-")
    assert len(groups) == 13 and all(len(g) == 5 for g in groups)
    assert keyslots.parse_recovery_key(text.lower().replace("-", " ")) == key
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    for number, group in enumerate(groups, start=1):
        for position in range(5):
            for letter in alphabet:
                if letter == group[position]:
                    continue
                typo = group[:position] + letter + group[position + 1:]
                typed = "-".join([*groups[:number - 1], typo, *groups[number:]])
                with pytest.raises(AuthError) as caught:
                    keyslots.parse_recovery_key(typed)
                assert caught.value.msgid == "auth.recovery_group"
                assert f"group {number} " in str(caught.value)


def test_keys_printed_before_the_check_letters_still_open_but_padding_must_be_zero() -> None:
    key = bytes(range(32))
    legacy = "-".join(g[:4] for g in keyslots.format_recovery_key(key).split("-"))
    assert keyslots.parse_recovery_key(legacy) == key
    last = legacy[-1]
    bad = legacy[:-1] + next(c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
                             if c != last and "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".index(c) >> 4
                             == "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".index(last) >> 4)
    with pytest.raises(AuthError) as caught:
        keyslots.parse_recovery_key(bad)  # same key bits, non-zero padding bits
    assert caught.value.msgid == "auth.recovery_group"
    with pytest.raises(AuthError) as caught:
        keyslots.parse_recovery_key(legacy[:-5])
    assert caught.value.msgid == "auth.recovery_format"


def test_argon2_is_calibrated_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    measured: list[float] = []

    def measure(target: float) -> int:
        measured.append(target)
        return 4

    monkeypatch.setattr(keyslots, "_measure_time_cost", measure)
    keyslots.calibrate_time_cost.cache_clear()
    try:
        assert [keyslots.calibrate_time_cost() for _ in range(5)] == [4] * 5
        assert measured == [keyslots.ARGON2_TARGET_SECONDS]
    finally:
        keyslots.calibrate_time_cost.cache_clear()


@pytest.mark.parametrize(("one", "three"), [
    (0.47, 1.41),    # this machine, quiet: fixed ~0, 0.47 s a pass
    (0.47, 0.48),    # the one-pass run slowed by load: the difference says nothing
    (0.90, 0.30),    # slower for one pass than for three
    (0.011, 0.031),  # a very fast machine
    (0.0, 0.0),      # a clock that did not move
])
def test_calibration_under_noise_stays_within_what_a_slot_may_hold(
        one: float, three: float) -> None:
    """A noisy timing once calibrated 300 passes; the vault then refused its own slot."""
    cost = keyslots.solve_time_cost(one, three, keyslots.ARGON2_TARGET_SECONDS)
    assert keyslots.ARGON2_MIN_TIME_COST <= cost <= keyslots.ARGON2_MAX_CALIBRATED_TIME_COST
    params = keyslots.KdfParams(cost, keyslots.ARGON2_MEMORY_KIB, keyslots.ARGON2_PARALLELISM,
                                b"\0" * 16)
    assert keyslots.KdfParams.from_json(params.to_json()) == params


def test_calibration_solves_for_the_part_per_pass() -> None:
    # 0.1 s fixed and 0.1 s a pass: 0.5 s is four passes.
    assert keyslots.solve_time_cost(0.2, 0.4, 0.5) == 4


def test_a_slot_out_of_range_is_never_written() -> None:
    params = keyslots.KdfParams(keyslots.ARGON2_MAX_TIME_COST + 1, keyslots.ARGON2_MEMORY_KIB, 2,
                                b"\0" * 16)
    with pytest.raises(VaultError):
        params.to_json()


def test_a_slot_older_calibration_wrote_is_still_read() -> None:
    """Calibration before 2026-12 could ask up to 500 passes on a noisy machine."""
    params = keyslots.KdfParams(500, keyslots.ARGON2_MEMORY_KIB, 2, b"\0" * 16)
    assert keyslots.KdfParams.from_json(params.to_json()) == params
