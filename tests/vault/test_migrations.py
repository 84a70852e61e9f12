"""The schema ladder: newer vaults refused, golden vaults of every released schema open."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from shekara.errors import VaultError
from shekara.vault import audit
from shekara.vault.migrations import LATEST, schema_version
from shekara.vault.vault import Vault

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
GOLDEN_PASSPHRASE = "golden-vault-passphrase"


def test_new_vault_is_at_the_latest_schema(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", mode="post", party="KZ", post_code="KZ-1",
                            officer="a.b", passphrase="long-enough-pass")
    try:
        assert schema_version(vault.conn) == LATEST
    finally:
        vault.lock()


def test_vault_from_a_newer_program_is_refused(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", mode="post", party="KZ", post_code="KZ-1",
                            officer="a.b", passphrase="long-enough-pass")
    vault.conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    vault.lock()
    with pytest.raises(VaultError, match="newer Shekara"):
        Vault.open(tmp_path / "v", "a.b", "long-enough-pass")


@pytest.mark.parametrize("golden", sorted(p.name for p in GOLDEN.glob("vault-v*")))
def test_golden_vault_opens_and_upgrades(tmp_path: Path, golden: str) -> None:
    """Each released schema's vault (made by tools/make_golden_vault.py) opens in this program."""
    copy = tmp_path / golden
    shutil.copytree(GOLDEN / golden, copy)
    vault = Vault.open(copy, "golden.supervisor", GOLDEN_PASSPHRASE)
    try:
        assert schema_version(vault.conn) == LATEST
        assert audit.verify(vault.conn).ok
        count = vault.conn.execute("SELECT count(*) FROM records").fetchone()[0]
        assert count == int((GOLDEN / golden / "RECORDS").read_text())
    finally:
        vault.lock()


# Schemas that shipped in a release; tools/make_golden_vault.py adds a golden vault for each.
RELEASED_SCHEMAS = {1}


def test_there_is_a_golden_vault_for_every_released_schema() -> None:
    golden = {int(p.name.removeprefix("vault-v")) for p in GOLDEN.glob("vault-v*")}
    assert golden == RELEASED_SCHEMAS
    assert max(RELEASED_SCHEMAS) <= LATEST


def test_step_6_re_derives_agreement_relevance_on_the_next_unlock(tmp_path: Path) -> None:
    """Issue 9 §1: records stored under the old rule (a witness of the other Party made a
    record qualify) are re-derived from their head version when the vault is next opened."""
    from shekara.services.session import Session
    from tests.cli.conftest import border_record

    vault, _ = Vault.create(tmp_path / "v", mode="post", party="KZ", post_code="KZ-1",
                            officer="a.b", passphrase="long-enough-pass")
    witness_only = border_record("Petrov", "Ivan", "RUS")
    witness_only["persons"].append({**witness_only["persons"][0], "role": "witness",
                                    "citizenship": ["LTU"]})
    with Session(vault) as session:
        [rid, lit] = session.records.add([witness_only, border_record("Ли", "Ан", "LTU")])
        # What the old rule stored, in a vault still at schema 5.
        vault.conn.execute("UPDATE records SET qualifies = 1")
        vault.conn.execute("PRAGMA user_version = 5")
    with Session(Vault.open(tmp_path / "v", "a.b", "long-enough-pass")) as session:
        assert schema_version(session.vault.conn) == LATEST
        assert session.vault.setting("qualification_stale") == "0"
        flags = dict(session.vault.conn.execute("SELECT id, qualifies FROM records"))
        assert flags == {rid: 0, lit: 1}


def test_golden_vault_gets_relevance_by_the_current_rule(tmp_path: Path) -> None:
    from shekara.domain.relevance import qualifies
    from shekara.services.session import Session
    from shekara.vault import records as repo

    copy = tmp_path / "golden"
    shutil.copytree(GOLDEN / "vault-v1", copy)
    with Session(Vault.open(copy, "golden.supervisor", GOLDEN_PASSPHRASE)) as session:
        rows = list(repo.head_qualification(session.vault.conn))
        assert rows and all(flag == qualifies(data, session.vault.party)
                            for _, data, flag in rows)
        assert audit.verify(session.vault.conn).ok
