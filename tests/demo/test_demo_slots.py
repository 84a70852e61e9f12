"""The demo's key slots (keyslots.DEMO): the weakest parameters the shipped program accepts,
only while the demo is made, never weaker, and never for a vault made afterwards."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from shekara.demo.vault import create_demo_vault
from shekara.vault import keyslots
from shekara.vault.vault import Vault
from tests.support.fast_kdf import TEST_POLICY


@pytest.fixture
def production() -> Iterator[None]:
    """The shipped program's policy, as `shekara --demo` runs under it."""
    keyslots.use_kdf_policy(keyslots.PRODUCTION)
    try:
        yield
    finally:
        keyslots.use_kdf_policy(TEST_POLICY)


def slot_params(directory: Path) -> list[dict[str, object]]:
    slots = json.loads((directory / "keyslots.json").read_text(encoding="utf-8"))
    entries = slots["slots"] if isinstance(slots, dict) else slots
    return [entry["kdf"] for entry in entries if "kdf" in entry]


def test_the_demo_is_made_with_the_weakest_accepted_slots_and_opens(
        production: None, tmp_path: Path) -> None:
    demo = create_demo_vault(tmp_path / "demo", count=5)
    assert keyslots.kdf_policy() is keyslots.PRODUCTION  # restored
    kdfs = slot_params(demo.directory)
    assert kdfs and all(k["t"] == keyslots.ARGON2_MIN_TIME_COST and k["m"] == 64 * 1024
                        for k in kdfs), kdfs
    for login, _role in demo.officers:  # the shipped program unlocks every demo officer
        Vault.open(demo.directory, login, demo.passphrase).lock()


def test_demo_slots_are_never_weaker_than_production_accepts() -> None:
    demo, production = keyslots.DEMO, keyslots.PRODUCTION
    assert demo.new_time_cost is not None and demo.new_time_cost >= production.min_time_cost
    assert demo.new_memory_kib >= production.min_memory_kib
    assert (demo.min_time_cost, demo.min_memory_kib) == (production.min_time_cost,
                                                         production.min_memory_kib)


def test_a_test_policy_in_force_stays_and_comes_back() -> None:
    before = keyslots.kdf_policy()
    assert before is TEST_POLICY
    with keyslots.demo_slots():
        assert keyslots.kdf_policy() is TEST_POLICY
    with pytest.raises(RuntimeError), keyslots.demo_slots():
        raise RuntimeError("a failed demo build")
    assert keyslots.kdf_policy() is TEST_POLICY


def test_after_the_demo_a_real_vault_gets_calibrated_slots(production: None, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    monkeypatch.setattr(keyslots, "calibrate_time_cost", lambda *a: 3)  # no 1.5 s timing here
    create_demo_vault(tmp_path / "demo", count=1)
    real, _recovery = Vault.create(tmp_path / "real", mode="post", party="KZ",
                                   post_code="KZ-TEST", officer="a.b",
                                   passphrase="a long real passphrase")
    real.lock()
    kdfs = slot_params(tmp_path / "real")
    assert any(k["t"] == 3 and k["m"] == keyslots.ARGON2_MEMORY_KIB for k in kdfs), kdfs
