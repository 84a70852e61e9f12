"""The counts the list shows without a filter, by kind or by status come from `record_counts`,
kept by triggers (schema step 15): after every kind of change they equal a count of the records
themselves, and a vault migrated from step 14 gets them filled."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from shekara.services.session import Session
from shekara.vault import records as repo
from shekara.vault.migrations import schema_version
from shekara.vault.records import RecordFilter
from shekara.vault.vault import Vault
from tests.cli.conftest import PASSWORDS, SUPERVISOR, border_record, example_record
from tests.cli.packet_world import RECORDS, World

PASS = "long-enough-pass"
KINDS = ("border_violation", "contraband_detention", "drug_intel", "forged_document")
STATUSES = ("draft", "approved", "withdrawn", "exported", "acknowledged")


def assert_counts_true(vault: Vault) -> None:
    conn = vault.conn
    filters = [RecordFilter(), *[RecordFilter(kinds=(k,)) for k in KINDS],
               *[RecordFilter(statuses=(s,)) for s in STATUSES],
               RecordFilter(kinds=KINDS[:2], statuses=STATUSES[:2])]
    for flt in filters:
        where, args = flt.sql()
        truth = conn.execute(f"SELECT count(*) FROM records r WHERE {where}", args).fetchone()[0]
        assert repo.count_records(conn, flt) == truth, flt
    assert conn.execute("SELECT count(*) FROM record_counts WHERE n < 0").fetchone()[0] == 0


def test_counts_follow_every_change(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", mode="post", party="KZ", post_code="KZ-1",
                            officer="a.b", passphrase=PASS)
    with vault.transaction():
        vault.set_setting("four_eyes", "0")
    with Session(vault) as session:
        records = session.records
        assert repo.count_records(vault.conn) == 0
        ids = records.add([example_record(), border_record("Ли", "Ан", "LTU"),
                           border_record("Ким", "Ан", "LTU"),
                           example_record(occurred_at="2010-01-02T10:00:00+05:00")])
        assert_counts_true(vault)
        records.approve(ids[0])
        records.approve(ids[1])
        assert_counts_true(vault)
        records.amend(ids[0], example_record(narrative="Corrected after the check."), "fix")
        assert_counts_true(vault)
        records.withdraw(ids[2], "duplicate")
        assert_counts_true(vault)
        assert repo.count_records(vault.conn) == 4
        assert repo.count_records(vault.conn, RecordFilter(statuses=("withdrawn",))) == 1
        records.approve(ids[3])
        purged = session.retention.purge(date(2099, 1, 1))  # what its rules let go
        assert purged.purged  # the delete trigger ran
        assert repo.count_records(vault.conn) == 4 - len({rid for rid, _v in purged.purged})
        assert_counts_true(vault)


def test_a_vault_of_step_14_gets_its_counts(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", mode="post", party="KZ", post_code="KZ-1",
                            officer="a.b", passphrase=PASS)
    with Session(vault) as session:
        session.records.add([example_record(), border_record("Ли", "Ан", "LTU")])
    vault = Vault.open(tmp_path / "v", "a.b", PASS)
    conn = vault.conn
    for trigger in ("insert", "update", "delete"):
        conn.execute(f"DROP TRIGGER record_counts_{trigger}")
    conn.execute("DROP TABLE record_counts")
    conn.execute("PRAGMA user_version = 14")
    vault.lock()
    vault = Vault.open(tmp_path / "v", "a.b", PASS)
    assert schema_version(vault.conn) >= 15
    assert repo.count_records(vault.conn) == 2
    assert_counts_true(vault)
    vault.lock()


def test_counts_at_hq_follow_imports_and_new_versions(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    world = World(tmp_path, monkeypatch, capsys)
    ids = world.add_approved(RECORDS[0], RECORDS[1])
    world.hq_import(world.export())
    world.correct(ids[0], narrative="Corrected after the passport check.")
    world.hq_import(world.export())
    hq = Vault.open(tmp_path / "hq", SUPERVISOR, PASSWORDS[SUPERVISOR])
    try:
        assert repo.count_records(hq.conn) == 2
        assert_counts_true(hq)
    finally:
        hq.lock()
