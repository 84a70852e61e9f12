"""A damaged copy of a vault for the screenshot of Admin > Check the vault… (tools/screenshots.py
shoots the dialog over it): derived data made wrong with raw SQL as in
tests/ui/test_check_vault_screen.py — search entries lost and a count changed — never the
records themselves."""

from __future__ import annotations

import shutil
from pathlib import Path

from shekara.vault.vault import Vault

DAMAGE = (
    "DELETE FROM search WHERE rowid IN (SELECT rowid FROM records ORDER BY rowid LIMIT 3)",
    "UPDATE record_counts SET n = n + 2 WHERE (kind, status) = (SELECT kind, status FROM"
    " records ORDER BY rowid LIMIT 1)",
)


def damaged_copy(source: Path, target: Path, login: str, passphrase: str) -> Path:
    """`source`'s vault files copied to `target`, its derived data damaged; returns `target`."""
    shutil.copytree(source, target)
    vault = Vault.open(target, login, passphrase)
    try:
        with vault.transaction() as conn:
            for sql in DAMAGE:
                conn.execute(sql)
    finally:
        vault.lock()
    return target
