"""The vault's recovery key: setting a forgotten passphrase with it, and replacing it.

Setting (`shekara recover LOGIN`, and the unlock screen's Recovery key… button) is the one way
in when a passphrase is forgotten and no supervisor can give a new one. The recovery key opens
the vault as the `recovery` officer, who may set anyone's passphrase; the change is audited
under that name.

Replacing (`shekara recovery-key new`, and Admin > New recovery key…) gives the same master key
a new recovery key when the sheet is lost or destroyed, or when the key of a new master key was
never written down: unlike a rekey (vault/rekey.py) nothing is encrypted again and every
officer keeps their passphrase; only the old sheet stops opening the vault.
"""

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


def replace_recovery_key(vault: Vault, passphrase: str) -> str:
    """A new recovery key for the unlocked `vault`, in its printed form: shown once, then
    forgotten (nothing keeps it but the caller's screen or output and the paper).

    Refusals, each before anything is written: not a supervisor (`auth.supervisor_only`), a
    passphrase that does not open the supervisor's own slot (`auth.login_failed`), a vault
    re-keyed since it was unlocked (`vault.key_changed`). The write itself is atomic: a
    failure leaves the old key working or the new one in place (vault/vault.py)."""
    return vault.replace_recovery_key(passphrase)
