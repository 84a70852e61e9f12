"""Setting an officer's passphrase with the vault's recovery key (`shekara recover LOGIN`, and
the unlock screen's Recovery key… button): the one way in when a passphrase is forgotten and no
supervisor can give a new one. The recovery key opens the vault as the `recovery` officer, who
may set anyone's passphrase; the change is audited under that name."""

from __future__ import annotations

from pathlib import Path

from shekara.vault.vault import Vault


def recover_passphrase(directory: Path, login: str, recovery_key: str,
                       new_passphrase: str) -> None:
    """Open the vault at `directory` with `recovery_key`, give `login` `new_passphrase`, lock.

    Refusals: a key that is not one (its groups' check letters), the wrong key, an unknown
    officer, a weak passphrase — each before anything is written."""
    vault = Vault.open_with_recovery(directory, recovery_key)
    try:
        vault.change_passphrase(login, new_passphrase)
    finally:
        vault.lock()
