"""Issue 13's schema step (`_step_scale_indexes`): the citizenship filter reads a side table
that triggers keep equal to the list rows' citizenships, through adds, corrections and purges;
a vault from before the step gets the table filled when it opens. Correctness only: the speed
is tests/bench's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from shekara.domain.reference import load_default
from shekara.services.records import RecordService
from shekara.vault import records as repo
from shekara.vault.connection import CACHE_KIB
from shekara.vault.migrations import STEPS, _step_scale_indexes
from shekara.vault.records import RecordFilter
from shekara.vault.vault import Vault
from tests.cli.conftest import border_record

PASS = "long-enough-pass"


def _vault(tmp_path: Path) -> Vault:
    vault, _ = Vault.create(tmp_path / "v", mode="post", party="KZ", post_code="KZ-1",
                            officer="a.b", passphrase=PASS)
    vault.set_setting("four_eyes", "0")
    return vault


def _two_citizens() -> dict[str, Any]:
    record = border_record("Petrov", "Ivan", "RUS")
    record["persons"].append({**record["persons"][0], "surname": "Karimov",
                              "citizenship": ["UZB", "RUS"]})
    return record


def _by_citizenship(vault: Vault, code: str) -> set[str]:
    flt = RecordFilter(citizenship=code)
    listed = {r.id for r in repo.list_records(vault.conn, flt, limit=1000)}
    assert repo.count_records(vault.conn, flt) == len(listed)
    return listed


def test_the_filter_follows_adds_and_corrections(tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    service = RecordService(vault, load_default())
    lt, both, kz = service.add([border_record("Jonaitis", "Jonas", "LTU"), _two_citizens(),
                                border_record("Abenov", "Asan", "KAZ")])
    assert _by_citizenship(vault, "LTU") == {lt}
    assert _by_citizenship(vault, "RUS") == {both}
    assert _by_citizenship(vault, "UZB") == {both}
    assert _by_citizenship(vault, "KAZ") == {kz}
    assert _by_citizenship(vault, "LT") == set()  # a code, not a part of one

    changed = repo.get_version(vault.conn, both).data
    changed["persons"] = changed["persons"][:1]
    changed["persons"][0]["citizenship"] = ["LTU"]
    service.amend(both, changed, None)  # a draft changed in place
    assert _by_citizenship(vault, "LTU") == {lt, both}
    assert _by_citizenship(vault, "RUS") == set() and _by_citizenship(vault, "UZB") == set()
    vault.lock()


def test_deleted_list_rows_leave_the_side_table(tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    (record_id,) = RecordService(vault, load_default()).add([_two_citizens()])
    with vault.transaction() as conn:
        conn.execute("DELETE FROM search WHERE rowid = (SELECT rowid FROM records WHERE id = ?)",
                     (record_id,))
        conn.execute("DELETE FROM records WHERE id = ?", (record_id,))
    assert vault.conn.execute("SELECT count(*) FROM record_citizenships").fetchone()[0] == 0
    vault.lock()


def test_a_vault_from_before_the_step_gets_the_table_filled(tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    ids = RecordService(vault, load_default()).add(
        [_two_citizens(), border_record("Jonaitis", "Jonas", "LTU")])
    for name in ("insert", "update", "delete"):
        vault.conn.execute(f"DROP TRIGGER record_citizenships_{name}")
    vault.conn.execute("DROP TABLE record_citizenships")
    vault.conn.execute("DROP INDEX records_by_origin")
    vault.conn.execute("DROP INDEX records_by_checkpoint")
    vault.conn.execute("DROP INDEX records_by_qualifies")
    vault.conn.execute("DROP INDEX records_by_day")
    before = next(v for v, step in STEPS if step is _step_scale_indexes) - 1
    vault.conn.execute(f"PRAGMA user_version = {before}")
    vault.lock()
    vault = Vault.open(tmp_path / "v", "a.b", PASS)
    assert _by_citizenship(vault, "UZB") == {ids[0]}
    assert _by_citizenship(vault, "LTU") == {ids[1]}
    assert _by_citizenship(vault, "RUS") == {ids[0]}
    vault.lock()


def test_counts_agree_with_the_lists_for_every_filter(tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    RecordService(vault, load_default()).add(
        [_two_citizens(), border_record("Jonaitis", "Jonas", "LTU"),
         border_record("Abenov", "Asan", "KAZ")])
    for flt in (RecordFilter(citizenship="RUS"), RecordFilter(citizenship="RUS", qualifies=True),
                RecordFilter(citizenship="LTU", kinds=["border_violation"]),
                RecordFilter(qualifies=True), RecordFilter(qualifies=False),
                RecordFilter(kinds=[], citizenship="UZB")):
        listed = repo.list_records(vault.conn, flt, limit=1000)
        assert repo.count_records(vault.conn, flt) == len(listed), flt
    vault.lock()


def test_every_connection_has_the_larger_page_cache(tmp_path: Path) -> None:
    """64 MiB rather than SQLite's 2,000 KiB: an HQ batch touches its indexes all over
    (connection.CACHE_KIB, measured in docs/scale.md)."""
    vault = _vault(tmp_path)
    assert vault.conn.execute("PRAGMA cache_size").fetchone()[0] == -CACHE_KIB == -65536
    vault.lock()
    again = Vault.open(tmp_path / "v", "a.b", PASS)
    assert again.conn.execute("PRAGMA cache_size").fetchone()[0] == -CACHE_KIB
    again.lock()
