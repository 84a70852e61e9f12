"""The check of derived data, on real vaults: a post's and its HQ's, with drafts, corrections,
withdrawals and purged records, agree with their records; every kind of damage made with raw
SQL on the vault file is found and named by table, and the repair the check names makes it
agree again."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from shekara.demo.samples import generate_records
from shekara.services import acks, export, hq
from shekara.services.derived_check import SAMPLE, TABLES, DerivedReport
from shekara.services.rebuilds import REBUILDS
from shekara.services.session import Session, open_session
from shekara.vault import audit, derived_check, received_store
from shekara.vault import records as record_store
from shekara.vault.connection import Connection
from shekara.vault.received_store import ReceivedFact
from shekara.vault.vault import Vault
from tests.support.post_and_hq import make_post_and_hq

PASS = "long-enough-pass"
OFFICER = "dc.sup"
RECORDS = 60
BATCH = 16  # several batches out of the records


@dataclass(frozen=True)
class World:
    post: Path
    hq: Path
    drafts: list[str]  # never approved
    approved: list[str]
    corrected: list[str]  # a draft v2 over an approved v1
    withdrawn: list[str]  # withdrawn after approval (a version n+1)
    purged: list[str]


def _correct(session: Session, record_id: str) -> None:
    data = dict(session.records.show(record_id).current.data)
    data["narrative"] = "Corrected: " + str(data.get("narrative") or "the first account")
    session.records.amend(record_id, data, "the first account named the wrong lane")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("derived")
    post, central = make_post_and_hq(root, post_code="KZ-DC", officer=OFFICER, passphrase=PASS)
    central.lock()
    outbox = root / "outbox"
    outbox.mkdir()
    with Session(post) as session:
        ids = session.records.add(list(generate_records(RECORDS, seed=12, party="KZ")))
        drafts, approved = ids[:10], ids[10:]
        session.records.approve_many(approved)
        purged = approved[:5]
        for record_id in purged:
            session.records.withdraw(record_id, "entered at the wrong post")
        first = export.export(post, outbox).path.read_bytes()
        # withdrawn, then past retention (unless on legal hold: it stays, withdrawn)
        purged = [record_id for record_id, _ in session.retention.purge(date(2100, 1, 1)).purged]
        assert len(purged) >= 3
        session.records.withdraw(drafts[0], "entered twice")  # a draft withdrawn in place
        corrected, withdrawn = approved[5:10], approved[10:15]
        for record_id in corrected:
            _correct(session, record_id)
        for record_id in withdrawn:
            session.records.withdraw(record_id, "a duplicate of another record")
        second = export.export(post, outbox).path.read_bytes()
    central = Vault.open(root / "hq", OFFICER, PASS)
    with Session(central) as session:
        for packet in (first, second):
            assert hq.import_packet(central, session.ref, packet).ok
        ack = acks.write_ack(central, "KZ-DC", outbox)[0].path.read_bytes()
    with open_session(root / "post", OFFICER, PASS) as session:
        acks.import_ack(session.vault, ack)  # what HQ holds: acknowledged
    return World(root / "post", root / "hq", drafts, approved[15:], corrected, withdrawn,
                 purged)


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(derived_check, "_BATCH", BATCH)


@pytest.fixture
def post(world: World, tmp_path: Path, small_batches: None) -> Iterator[Session]:
    """A copy of the world's post vault, open (each test damages its own)."""
    yield from _copy(world.post, tmp_path)


@pytest.fixture
def central(world: World, tmp_path: Path, small_batches: None) -> Iterator[Session]:
    yield from _copy(world.hq, tmp_path)


def _copy(folder: Path, tmp_path: Path) -> Iterator[Session]:
    target = tmp_path / folder.name
    target.mkdir()
    for item in folder.iterdir():
        if item.is_file():
            (target / item.name).write_bytes(item.read_bytes())
    with open_session(target, OFFICER, PASS, rebuild_on_open=False) as session:
        yield session


def verdicts(report: DerivedReport) -> dict[str, tuple[int, int]]:
    """(records disagreeing, stray entries) of each table that does not agree."""
    return {t.table.key: (t.disagree, t.stray) for t in report.tables if not t.ok}


def listed_ids(session: Session) -> list[str]:
    return [str(r[0]) for r in session.vault.conn.execute("SELECT id FROM records")]


# --- clean vaults ---------------------------------------------------------------------------
def test_a_post_vault_with_drafts_corrections_withdrawals_and_purges_agrees(
        post: Session, world: World) -> None:
    statuses = dict(post.vault.conn.execute("SELECT id, status FROM records"))
    assert {statuses[i] for i in world.drafts[1:]} == {"draft"}
    assert {statuses[i] for i in world.corrected} == {"draft"}
    assert {statuses[i] for i in world.withdrawn} == {"withdrawn"}
    assert statuses[world.drafts[0]] == "withdrawn"
    assert {statuses[i] for i in world.approved} == {"acknowledged"}
    assert not set(world.purged) & set(statuses)
    report = post.derived.run()
    assert verdicts(report) == {} and report.ok
    assert report.records == RECORDS - len(world.purged)
    assert report.audit.ok and report.audit.entries > RECORDS
    assert report.repairs == []


def test_an_hq_vault_agrees(central: Session, world: World) -> None:
    ids = set(listed_ids(central))
    assert set(world.withdrawn) <= ids and not set(world.purged) & ids
    report = central.derived.run()
    assert verdicts(report) == {} and report.ok
    assert report.records == len(ids) > 0


# --- damage, found and named, then repaired -------------------------------------------------
Damage = Callable[[Connection, str], None]


def _rowid(conn: Connection, record_id: str) -> int:
    return int(conn.execute("SELECT rowid FROM records WHERE id = ?", (record_id,)).fetchone()[0])


def _same_size_other_name(session: Session, record_id: str) -> dict[str, str]:
    """The record's search entry with the same size per column but its first name key another:
    what an entry of an older version looks like after a one-letter correction."""
    data = session.records.show(record_id).current.data
    columns = dict(session.records._summary(data).search_columns)
    names = columns["names"].split()
    names[0] = "zz" + names[0]
    columns["names"] = " ".join(names)
    return columns


SQL_DAMAGE: dict[str, tuple[str, str, int, int]] = {
    # name: (SQL with the record id as its one parameter, the table named, disagree, stray)
    "search entry lost": ("DELETE FROM search WHERE rowid = (SELECT rowid FROM records WHERE"
                          " id = ?)", "search_index", 1, 0),
    "status changed": ("UPDATE records SET status = 'approved' WHERE id = ?", "list_rows", 1, 0),
    "head version changed": ("UPDATE records SET head_version = head_version - 1 WHERE id = ?",
                             "list_rows", 1, 0),
    "title changed": ("UPDATE records SET title = 'X' WHERE id = ?", "list_rows", 1, 0),
    "date changed": ("UPDATE records SET occurred_on = '1999-01-01' WHERE id = ?", "list_rows",
                     1, 0),
    "report facts changed": ("UPDATE records SET facts = '[1,\"x\",null,null,[],[],[]]' WHERE"
                             " id = ?", "report_facts", 1, 0),
    "report facts lost": ("UPDATE records SET facts = NULL WHERE id = ?", "report_facts", 1, 0),
    "qualification flipped": ("UPDATE records SET qualifies = 1 - qualifies WHERE id = ?",
                              "qualification", 1, 0),
    "citizenship row lost": ("DELETE FROM record_citizenships WHERE record_rowid = (SELECT"
                             " rowid FROM records WHERE id = ?)", "citizenships", 1, 0),
    "citizenship row added": ("INSERT INTO record_citizenships (code, record_rowid) SELECT"
                              " 'ZZZ', rowid FROM records WHERE id = ?", "citizenships", 1, 0),
    "citizenship row of no record": ("INSERT INTO record_citizenships (code, record_rowid)"
                                     " SELECT 'KAZ', 999999 WHERE ? IS NOT NULL",
                                     "citizenships", 0, 1),
    "search entry of no record": ("INSERT INTO search (rowid, names) SELECT 999999, 'ghost'"
                                  " WHERE ? IS NOT NULL", "search_index", 0, 1),
    "count changed": ("UPDATE record_counts SET n = n + 3 WHERE (kind, status) = (SELECT kind,"
                      " status FROM records WHERE id = ?)", "record_counts", 3, 0),
}


def _damage_kinds() -> list[Any]:
    return [pytest.param(name, id=name) for name in SQL_DAMAGE]


def _target(world: World, name: str) -> str:
    """A record the damage is done to: one with a citizenship and an index entry of size."""
    return world.withdrawn[0] if name == "status changed" else world.corrected[0]


@pytest.mark.parametrize("name", _damage_kinds())
def test_each_kind_of_damage_is_found_named_and_repaired(post: Session, world: World,
                                                        name: str) -> None:
    sql, table, disagree, stray = SQL_DAMAGE[name]
    record_id = _target(world, name)
    with post.vault.transaction() as conn:
        conn.execute(sql, (record_id,))
    report = post.derived.run()
    assert verdicts(report) == {table: (disagree, stray)}
    assert not report.ok and report.audit.ok
    [verdict] = [t for t in report.tables if not t.ok]
    assert verdict.sample == ((record_id,) if disagree and table != "record_counts" else ())
    _repair_and_check(post, report)


def test_a_search_entry_of_the_same_size_with_another_key_is_found(post: Session,
                                                                   world: World) -> None:
    record_id = world.approved[0]
    columns = _same_size_other_name(post, record_id)
    with post.vault.transaction() as conn:
        record_store.replace_search_entry(conn, _rowid(conn, record_id), columns)
    report = post.derived.run()
    assert verdicts(report) == {"search_index": (1, 0)}
    assert report.tables[5].sample == (record_id,)
    _repair_and_check(post, report)


def test_a_search_entry_holding_another_records_key_is_found(post: Session,
                                                             world: World) -> None:
    """One of a repeated key of its own (a surname typed and read from the MRZ) replaced by a
    key of its neighbour in the batch: same size, every key of its own still there; only the
    neighbour's key held where it should not be gives it away."""
    record_id, neighbour = world.approved[3], world.approved[4]
    columns = dict(post.records._summary(post.records.show(record_id).current.data)
                   .search_columns)
    other = post.records._summary(post.records.show(neighbour).current.data).search_columns
    names = columns["names"].split()
    [repeated] = [key for key in dict.fromkeys(names) if names.count(key) > 1][:1]
    [foreign] = [key for key in other["names"].split() if key not in names][:1]
    names[len(names) - 1 - names[::-1].index(repeated)] = foreign
    columns["names"] = " ".join(names)
    with post.vault.transaction() as conn:
        assert abs(_rowid(conn, record_id) - _rowid(conn, neighbour)) == 1  # one batch
        record_store.replace_search_entry(conn, _rowid(conn, record_id), columns)
    report = post.derived.run()
    assert verdicts(report) == {"search_index": (1, 0)}
    assert report.tables[5].sample == (record_id,)
    _repair_and_check(post, report)


def test_a_search_entry_with_a_key_no_record_has_is_found(post: Session, world: World) -> None:
    """Every key it should hold is there: only its size gives it away."""
    record_id = world.approved[2]
    columns = dict(post.records._summary(post.records.show(record_id).current.data)
                   .search_columns)
    columns["text"] = columns.get("text", "") + " zzleftover"
    with post.vault.transaction() as conn:
        record_store.replace_search_entry(conn, _rowid(conn, record_id), columns)
    report = post.derived.run()
    assert verdicts(report) == {"search_index": (1, 0)}
    _repair_and_check(post, report)


def test_a_list_row_lost_is_found_with_its_entry_left_behind(post: Session,
                                                             world: World) -> None:
    record_id = world.corrected[1]
    with post.vault.transaction() as conn:
        conn.execute("DELETE FROM records WHERE id = ?", (record_id,))  # triggers follow
    report = post.derived.run()
    assert verdicts(report) == {"list_rows": (1, 0), "search_index": (0, 1)}
    assert report.tables[0].sample == (record_id,)
    _repair_and_check(post, report)
    assert record_id in listed_ids(post)
    assert [r.id for r in post.records.search(_surname(post, record_id))].count(record_id) == 1


def test_a_list_row_of_no_record_is_found_and_removed(post: Session, world: World) -> None:
    record_id = world.approved[1]
    with post.vault.transaction() as conn:
        conn.execute("DELETE FROM record_versions WHERE id = ?", (record_id,))
    report = post.derived.run()
    assert verdicts(report) == {"list_rows": (1, 0)}
    _repair_and_check(post, report)
    assert record_id not in listed_ids(post)


def test_damage_at_hq_is_found_and_repaired(central: Session, world: World) -> None:
    record_id = world.withdrawn[1]
    with central.vault.transaction() as conn:
        conn.execute("DELETE FROM search WHERE rowid = ?", (_rowid(conn, record_id),))
        conn.execute("UPDATE records SET status = 'approved', qualifies = 1 - qualifies"
                     " WHERE id = ?", (record_id,))
    report = central.derived.run()
    assert verdicts(report) == {"list_rows": (1, 0), "qualification": (1, 0),
                                "search_index": (1, 0)}
    _repair_and_check(central, report)
    origin = central.vault.conn.execute("SELECT origin FROM records WHERE id = ?",
                                        (record_id,)).fetchone()[0]
    assert origin == "KZ-DC"


def _receive_facts(session: Session, count: int) -> list[str]:
    """Facts received from the other Party (Lithuania), indexed as an import indexes them."""
    ids = []
    with session.vault.transaction() as conn:
        for n, data in enumerate(generate_records(count, seed=9, party="LT")):
            ids.append(f"lt-fact-{n}")
            received_store.insert_fact(conn, ReceivedFact(
                0, ids[-1], 1, "LT", str(data["kind"]), "4", None, "LT-1", 1, 0, "current",
                str(data["occurred_at"]), (), "", data, "0" * 64, None,
                "2026-12-01T00:00:00Z", None), session.records._summary(data).search_columns)
    return ids


def test_at_hq_the_index_of_the_facts_received_is_checked_and_repaired(
        central: Session) -> None:
    facts = _receive_facts(central, 40)  # several batches
    assert central.derived.run().ok
    with central.vault.transaction() as conn:
        conn.execute("DELETE FROM received_search WHERE rowid = (SELECT rowid FROM"
                     " received_facts WHERE id = ?)", (facts[20],))
        conn.execute("INSERT INTO received_search (rowid, names) VALUES (999999, 'ghost')")
    report = central.derived.run()
    assert verdicts(report) == {"received_search_index": (1, 1)}
    assert report.tables[-1].sample == (facts[20],)
    _repair_and_check(central, report)


def test_many_disagreeing_records_name_a_bounded_sample(post: Session, world: World) -> None:
    with post.vault.transaction() as conn:
        conn.execute("DELETE FROM search")
    report = post.derived.run()
    [verdict] = [t for t in report.tables if not t.ok]
    assert verdict.disagree == report.records > SAMPLE
    assert len(verdict.sample) == SAMPLE and len(set(verdict.sample)) == SAMPLE
    assert report.repairs == ["search_index_stale"]


def test_a_broken_audit_chain_is_reported_and_has_no_repair(post: Session) -> None:
    with post.vault.transaction() as conn:
        conn.execute("DROP TRIGGER audit_no_update")
        conn.execute("UPDATE audit SET detail = '{}' WHERE seq = 3")
    report = post.derived.run()
    assert verdicts(report) == {} and not report.ok
    assert report.audit.broken_at == 3 and report.repairs == []
    assert post.derived.flag_repairs(report) == []


def _surname(session: Session, record_id: str) -> str:
    data = session.records.show(record_id).current.data
    return str(data["persons"][0]["surname"])


def _repair_and_check(session: Session, report: DerivedReport) -> None:
    flags = session.derived.flag_repairs(report)
    assert flags == report.repairs and flags
    # The repair is audited: which tables disagreed and how much, which rebuilds; no ids.
    entry = audit.entries(session.vault.conn, action="vault.repair")[-1]
    assert entry.detail == {"rebuilds": flags, "tables": {
        t.table.key: {"disagree": t.disagree, "stray": t.stray}
        for t in report.tables if not t.ok}}
    assert audit.verify(session.vault.conn).ok
    assert {flag for flag in flags} <= {kind.flag for kind in REBUILDS}
    pending = session.rebuilds.pending()
    assert [p.flag for p in pending] == [kind.flag for kind in REBUILDS if kind.flag in flags]
    # Whoever waits for them is told a check found damage, not that a new version came.
    assert {p.reason.msgid for p in pending} == {"rebuild.repair.reason"}
    session.rebuilds.run_all()
    assert session.rebuilds.pending() == []
    with session.vault.transaction():  # a schema step's rebuild afterwards says its own why
        session.vault.set_setting(REBUILDS[0].flag, "1")
    assert [p.reason for p in session.rebuilds.pending()] == [REBUILDS[0].reason]
    session.rebuilds.run_all()
    again = session.derived.run()
    assert verdicts(again) == {} and again.ok


# --- what the walk reports ------------------------------------------------------------------
def test_progress_counts_every_batch_up_to_the_total(post: Session) -> None:
    calls: list[tuple[int, int]] = []
    report = post.derived.run(lambda done, total: calls.append((done, total)))
    total = report.records
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    assert [done for done, _ in calls] == [0, *range(BATCH, total, BATCH), total]
    assert {t for _, t in calls} == {total}


def test_an_exception_from_progress_stops_the_walk_and_leaves_no_trace(post: Session) -> None:
    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        if done:
            raise Cancelled

    with pytest.raises(Cancelled):
        post.derived.run(cancel)
    assert post.derived.run().ok  # the snapshot and the mirror are gone; it runs again
    names = [r[0] for r in post.vault.conn.execute("SELECT name FROM temp.sqlite_master")]
    assert not [n for n in names if n.startswith("derived_check")]


def test_the_result_names_ids_never_content(post: Session, world: World) -> None:
    with post.vault.transaction() as conn:
        conn.execute("DELETE FROM search")
        conn.execute("UPDATE records SET title = 'X', qualifies = 1 - qualifies")
    text = json.dumps(post.derived.run().to_json(), ensure_ascii=False)
    for record_id in world.approved[:3]:
        data = post.records.show(record_id).current.data
        for person in data.get("persons") or []:
            assert str(person["surname"]) not in text
        assert str(data.get("narrative", ""))[:20] not in text


def test_every_table_names_a_rebuild_that_exists() -> None:
    flags = {kind.flag for kind in REBUILDS}
    assert {table.repair for table in TABLES} <= flags
    assert len({table.key for table in TABLES}) == len(TABLES)
