"""Child process for the recovery-key crash test: replaces the vault's recovery key forever.

Each new key is announced before its slot is written ("pending KEY", from the random draw
itself) and again once it is in place ("done KEY"), so the test knows the two keys the slot
file may hold when the process is killed: the last one pending, or the one before it."""

from __future__ import annotations

import secrets
import sys
from pathlib import Path

from shekara.vault import keyslots
from shekara.vault.vault import Vault
from tests.support.fast_kdf import install

install()  # the test suite's KDF policy, in this child process too


def main() -> None:
    directory, officer, passphrase = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    draw = secrets.token_bytes

    def announced(count: int) -> bytes:
        key = draw(count)
        sys.stdout.write(f"pending {keyslots.format_recovery_key(key)}\n")
        sys.stdout.flush()
        return key

    keyslots.new_recovery_key = lambda: announced(keyslots.RECOVERY_KEY_BYTES)
    vault = Vault.open(directory, officer, passphrase)
    while True:
        key = vault.replace_recovery_key(passphrase)
        sys.stdout.write(f"done {key}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
