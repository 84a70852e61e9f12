"""Kill a process that replaces the recovery key over and over with SIGKILL at 15 random
moments (SHEKARA_CRASH_KILLS for more): after each kill the slot file is whole, every officer
unlocks, and the recovery slot opens with the key last announced or the one before it (the
child announces each key before writing its slot: tests/vault/recovery_key_writer.py) —
never with no key. Marked slow, as the records' crash test."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from shekara.errors import AuthError
from shekara.vault import in_use, keyslots
from shekara.vault.vault import Vault

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("SHEKARA_CRASH_KILLS", "15"))
SUPERVISOR, PASSPHRASE = "crash.sup", "crash-test-passphrase"
OFFICER, OFFICER_PASS = "crash.officer", "crash-officer-passphrase"


def opens(directory: Path, recovery_key: str) -> bool:
    try:
        Vault.open_with_recovery(directory, recovery_key).lock()
    except AuthError:
        return False
    return True


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_sigkill_while_replacing_the_recovery_key_never_leaves_no_key(tmp_path: Path) -> None:
    directory = tmp_path / "v"
    vault, first_key = Vault.create(directory, mode="post", party="KZ", post_code="KZ-CRASH",
                                    officer=SUPERVISOR, passphrase=PASSPHRASE)
    vault.add_officer(OFFICER, "officer", OFFICER_PASS)
    vault.lock()
    rng = random.Random(20261206)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "desktop")])}
    current, replaced = first_key, 0
    for _kill in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.vault.recovery_key_writer", str(directory),
             SUPERVISOR, PASSPHRASE],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
        first = child.stdout.readline() if child.stdout else b""  # it has started replacing
        time.sleep(rng.uniform(0.0, 0.2))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        lines = [line for line in (first + out).decode().splitlines()
                 if line.count("-") == keyslots.RECOVERY_GROUPS - 1]  # a torn line is no key
        pending = [line.split()[1] for line in lines if line.startswith("pending ")]
        replaced += sum(line.startswith("done ") for line in lines)
        # The slot file holds the last key announced (its rename happened) or the one before
        # it (the kill came first): exactly one of them opens the vault.
        candidates = [current, *pending][-2:]
        opening = [key for key in candidates if opens(directory, key)]
        assert len(opening) == 1, (candidates, opening)
        current = opening[0]
        Vault.open(directory, SUPERVISOR, PASSPHRASE).lock()
        Vault.open(directory, OFFICER, OFFICER_PASS).lock()
    assert replaced > KILLS  # the children really replaced keys between kills
    leftovers = sorted(p.name for p in directory.iterdir()
                       if p.name not in ("vault.db", "vault.db-wal", "vault.db-shm",
                                         keyslots.SLOT_FILE, in_use.LOCK_FILE))
    # A kill between a temporary file's creation and its rename leaves it behind: it holds
    # wrapped slots only, like the slot file itself, never the key (an unlock an hour later
    # removes it: test_stale_temporaries.py).
    assert all(name.startswith(f".{keyslots.SLOT_FILE}.") for name in leftovers), leftovers
