"""A passphrase typed again in an open session (New master key, New recovery key) is counted
with the failed unlocks and held to their back-off (Vault.confirm_passphrase): before, a
window left unlocked let anyone try passphrases as fast as Argon2id allows, uncounted and
unaudited, while the unlock screen made them wait."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from shekara.errors import AuthError
from shekara.services.recovery import replace_recovery_key
from shekara.vault import audit, keyslots, unlock_log
from shekara.vault.rekey import rekey
from shekara.vault.vault import Vault

SUPERVISOR, PASS = "sup.one", "correct horse battery 1"
WRONG = "not the passphrase at all"


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    made, _ = Vault.create(tmp_path / "v", mode="post", party="KZ", post_code="KZ-TEST",
                           officer=SUPERVISOR, passphrase=PASS)
    return made


def new_recovery_key(vault: Vault, passphrase: str) -> object:
    return replace_recovery_key(vault, passphrase)


def new_master_key(vault: Vault, passphrase: str) -> object:
    return rekey(vault, passphrase)


STEPS = [new_recovery_key, new_master_key]


@pytest.mark.parametrize("step", STEPS)
def test_a_wrong_passphrase_is_counted_and_the_back_off_holds(
        vault: Vault, step: Callable[[Vault, str], object]) -> None:
    slots = (vault.directory / keyslots.SLOT_FILE).read_bytes()
    for count in (1, 2, 3):
        with pytest.raises(AuthError) as refused:
            step(vault, WRONG)
        assert refused.value.msgid == "auth.login_failed"
        failures = unlock_log.read(vault.directory)
        assert failures is not None and failures.count == count
    # The third failure costs a wait: even the right passphrase is not tried meanwhile,
    # here or at the unlock screen (one counter for both).
    with pytest.raises(AuthError) as waiting:
        step(vault, PASS)
    assert waiting.value.msgid == "auth.wait"
    with pytest.raises(AuthError) as unlocking:
        Vault.open(vault.directory, SUPERVISOR, PASS)
    assert unlocking.value.msgid == "auth.wait"
    assert (vault.directory / keyslots.SLOT_FILE).read_bytes() == slots  # nothing changed
    assert unlock_log.read(vault.directory).count == 3  # type: ignore[union-attr]


@pytest.mark.parametrize("step", STEPS)
def test_a_success_after_failures_audits_them_and_clears_the_count(
        vault: Vault, step: Callable[[Vault, str], object]) -> None:
    for _ in range(2):  # two typos cost no wait
        with pytest.raises(AuthError):
            step(vault, WRONG)
    step(vault, PASS)
    assert unlock_log.read(vault.directory) is None
    reopened = vault if not vault.is_locked else Vault.open(vault.directory, SUPERVISOR, PASS)
    [entry] = audit.entries(reopened.conn, action="vault.unlock_failed")
    assert entry.officer == SUPERVISOR and entry.detail["count"] == 2
    reopened.lock()
