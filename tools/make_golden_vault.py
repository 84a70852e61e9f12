#!/usr/bin/env python3
"""Write tests/golden/vault-vN/: a small vault at the current schema, kept forever.

Run once per released schema version (N = migrations.LATEST at release time) and commit the
result. tests/vault/test_migrations.py opens every golden vault with the current program, so an
old vault always upgrades. The vault uses the test-only fast KDF and a published passphrase:
it holds invented people only.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the checkout, for tests.support

from tests.support.fast_kdf import install

from shekara.services.session import Session
from shekara.vault.migrations import LATEST
from shekara.vault.vault import Vault

install()  # golden vaults open in the test suite, under its KDF policy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.cli.conftest import border_record, example_record  # noqa: E402


def main() -> None:
    # argparse, so that --help explains instead of writing a vault into the checkout.
    argparse.ArgumentParser(description=__doc__.splitlines()[0],
                            epilog="Writes tests/golden/vault-vN for the current schema "
                                   f"(N = {LATEST}); takes no arguments.").parse_args()
    target = ROOT / "tests" / "golden" / f"vault-v{LATEST}"
    if target.exists():
        sys.exit(f"{target} exists: golden vaults are never rewritten")
    vault, _ = Vault.create(target, mode="post", party="KZ", post_code="KZ-GOLDEN",
                            officer="golden.supervisor", passphrase="golden-vault-passphrase")
    vault.add_officer("golden.second", "supervisor", "golden-second-passphrase")
    session = Session(vault)
    ids = session.records.add([example_record(), border_record("Сүлейменов", "Нұрлан", "LTU"),
                               border_record("Jankauskaitė", "Rūta", "KAZ")])
    vault.lock()
    second = Session(Vault.open(target, "golden.second", "golden-second-passphrase"))
    second.records.approve(ids[0])
    second.records.withdraw(ids[2], "golden: withdrawn example")
    second.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    second.close()
    for leftover in ("vault.db-wal", "vault.db-shm"):
        (target / leftover).unlink(missing_ok=True)
    (target / "RECORDS").write_text(f"{len(ids)}\n")
    print(f"wrote {target}")
    shutil.disk_usage(target)


if __name__ == "__main__":
    main()
