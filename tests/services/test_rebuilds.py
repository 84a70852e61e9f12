"""The rebuilds a schema step flags are explicit work: listed with their size, run with
progress after every batch, and committed with their flag cleared only once complete."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path

import pytest

from shekara.demo.samples import generate_records
from shekara.domain.reference import ReferenceData
from shekara.services.rebuilds import (
    NAMES_CAUSE,
    NAMES_REASON,
    REBUILDS,
    PendingRebuild,
    StaleRebuild,
)
from shekara.services.records import SEARCH_NAMES
from shekara.services.session import Session, open_session
from shekara.vault import derived_check, received_store, report_sources
from shekara.vault import records as repo
from shekara.vault.received_store import ReceivedFact
from shekara.vault.vault import Vault

RECORDS = 300
BATCH = 64  # several batches out of a few hundred records
PASS = "long-enough-pass"
FLAGS = [kind.flag for kind in REBUILDS]


class Interrupted(Exception):
    pass


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A post vault with RECORDS records and nothing flagged."""
    monkeypatch.setattr(repo, "_HEADS_BATCH", BATCH)
    monkeypatch.setattr(report_sources, "_FACTS_BATCH", BATCH)
    monkeypatch.setattr(derived_check, "_BATCH", BATCH)
    vault, _ = Vault.create(tmp_path / "v", mode="post", party="KZ", post_code="KZ-1",
                            officer="a.b", passphrase=PASS)
    with Session(vault) as session:
        session.records.add(list(generate_records(RECORDS, seed=5, party="KZ")))
    return tmp_path / "v"


@pytest.fixture
def session(folder: Path) -> Iterator[Session]:
    with open_session(folder, "a.b", PASS, rebuild_on_open=False) as session:
        yield session


def search_rows(session: Session) -> list[tuple[object, ...]]:
    return list(session.vault.conn.execute(
        "SELECT rowid, names, documents, places, things, text FROM search ORDER BY rowid"))


def relevance(session: Session) -> dict[str, int]:
    return dict(session.vault.conn.execute("SELECT id, qualifies FROM records"))


def make_stale(session: Session) -> None:
    """What the steps that flag a rebuild leave: no index, relevance by another rule, no
    report facts."""
    with session.vault.transaction() as conn:
        conn.execute("DELETE FROM search")
        conn.execute("UPDATE records SET qualifies = 1 - qualifies")
        conn.execute("UPDATE records SET facts = NULL")  # as before schema step 17
        conn.execute("UPDATE records SET title = ''")  # what a check --derived would find
        for flag in FLAGS:
            session.vault.set_setting(flag, "1")


def test_nothing_is_pending_unless_flagged(session: Session) -> None:
    assert session.rebuilds.pending() == []
    session.vault.set_setting("qualification_stale", "1")
    [pending] = session.rebuilds.pending()
    assert pending.flag == "qualification_stale" and pending.total == RECORDS
    assert str(pending.title) == "Checking which records qualify under the Agreement"
    assert pending.reason.msgid == "rebuild.qualification.reason"


def test_every_flag_is_listed_in_order_with_the_records_it_walks(session: Session) -> None:
    make_stale(session)
    pending = session.rebuilds.pending()
    assert [p.flag for p in pending] == FLAGS
    assert FLAGS[:2] == ["search_index_stale", "qualification_stale"]
    assert [p.total for p in pending] == [RECORDS] * len(FLAGS)
    assert all(p.title.msgid.startswith("rebuild.") for p in pending)


def reports_of(session: Session) -> dict[str, list[tuple[int, int]]]:
    """Run every pending rebuild; the (done, total) each reported."""
    calls: dict[str, list[tuple[int, int]]] = {}
    ran = session.rebuilds.run_all(lambda rebuild, done, total:
                                   calls.setdefault(rebuild.flag, []).append((done, total)))
    assert [r.flag for r in ran] == list(calls) == FLAGS  # each in turn, in the table's order
    return calls


def test_progress_counts_up_to_the_total_and_the_flags_clear(session: Session) -> None:
    """What every rebuild of the table owes whoever waits: (0, total) at once, then counts
    that never go back, the same total throughout, the last report (total, total)."""
    make_stale(session)
    for flag, seen in reports_of(session).items():
        assert seen[0] == (0, RECORDS) and seen[-1] == (RECORDS, RECORDS), flag
        dones = [done for done, _ in seen]
        assert dones == sorted(dones) and {total for _, total in seen} == {RECORDS}, flag
    assert all(session.vault.setting(flag) == "0" for flag in FLAGS)
    assert session.rebuilds.pending() == []


def test_the_index_and_the_relevance_report_after_every_batch(session: Session) -> None:
    index, flags = search_rows(session), relevance(session)
    make_stale(session)
    assert search_rows(session) == [] and relevance(session) != flags
    reports = reports_of(session)
    batches = -(-RECORDS // BATCH)
    for flag in ("search_index_stale", "qualification_stale"):
        dones = [done for done, _ in reports[flag]]
        assert dones == [0, *range(BATCH, RECORDS, BATCH), RECORDS]
        assert len(dones) == 1 + batches
    assert search_rows(session) == index and relevance(session) == flags


@pytest.mark.parametrize("kind", REBUILDS, ids=FLAGS)
def test_an_interrupted_rebuild_keeps_its_flag_and_runs_again(session: Session,
                                                             kind: StaleRebuild) -> None:
    make_stale(session)
    [pending] = [p for p in session.rebuilds.pending() if p.kind is kind]
    stopped: list[int] = []

    def stop_after_the_first_batch(done: int, total: int) -> None:
        if 0 < done < total:
            stopped.append(done)
            raise Interrupted

    with pytest.raises(Interrupted):
        session.rebuilds.run(pending, stop_after_the_first_batch)
    assert stopped, "make_stale must leave work for it, in more than one batch"
    assert session.vault.setting(pending.flag) == "1"
    assert pending in session.rebuilds.pending()
    session.rebuilds.run(pending)
    assert session.vault.setting(pending.flag) == "0"
    assert pending not in session.rebuilds.pending()


@pytest.mark.parametrize("flag", ["search_index_stale", "qualification_stale"])
def test_the_index_and_the_relevance_keep_nothing_of_an_interrupted_run(session: Session,
                                                                       flag: str) -> None:
    """One transaction each: interrupted after its first batch, nothing of it is kept."""
    make_stale(session)
    stale_index, stale_flags = search_rows(session), relevance(session)
    [pending] = [p for p in session.rebuilds.pending() if p.flag == flag]
    seen: list[int] = []

    def stop_after_the_first_batch(done: int, total: int) -> None:
        seen.append(done)
        if done > 0:
            raise Interrupted

    with pytest.raises(Interrupted):
        session.rebuilds.run(pending, stop_after_the_first_batch)
    assert seen == [0, BATCH]
    assert search_rows(session) == stale_index and relevance(session) == stale_flags


def test_a_rebuild_interrupted_while_opening_leaves_the_flag_for_the_next_unlock(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_session(folder, "a.b", PASS, rebuild_on_open=False) as session:
        make_stale(session)
    calls: list[int] = []

    written = repo.insert_search_entries

    def failing_entries(conn: object, entries: list[tuple[int, object]]) -> None:
        calls.extend(rowid for rowid, _ in entries)
        if len(calls) > BATCH:  # the second batch: the first is written, then rolled back
            raise Interrupted
        written(conn, entries)  # type: ignore[arg-type]

    with monkeypatch.context() as patched:
        patched.setattr(repo, "insert_search_entries", failing_entries)
        with pytest.raises(Interrupted):
            open_session(folder, "a.b", PASS)
    with open_session(folder, "a.b", PASS, rebuild_on_open=False) as session:
        assert [p.flag for p in session.rebuilds.pending()] == FLAGS
    with open_session(folder, "a.b", PASS) as session:  # the default runs them
        assert session.rebuilds.pending() == []
        assert len(search_rows(session)) == RECORDS


def test_a_session_opened_without_rebuilding_leaves_them_to_its_caller(folder: Path) -> None:
    with open_session(folder, "a.b", PASS, rebuild_on_open=False) as session:
        make_stale(session)
    with Session(Vault.open(folder, "a.b", PASS), rebuild_on_open=False) as session:
        assert len(session.rebuilds.pending()) == len(REBUILDS)
        assert search_rows(session) == []
    with Session(Vault.open(folder, "a.b", PASS)) as session:
        assert session.rebuilds.pending() == []
        assert len(search_rows(session)) == RECORDS


def received_rows(session: Session) -> list[tuple[object, ...]]:
    return list(session.vault.conn.execute(
        "SELECT rowid, names, documents, places, things, text FROM received_search"
        " ORDER BY rowid"))


def test_at_hq_the_index_rebuild_walks_the_received_facts_then_the_records(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(repo, "_HEADS_BATCH", BATCH)
    monkeypatch.setattr(received_store, "_FACTS_BATCH", BATCH)
    vault, _ = Vault.create(tmp_path / "hq", mode="hq", party="KZ", post_code="HQ-KZ",
                            officer="a.b", passphrase=PASS)
    facts = list(generate_records(100, seed=7, party="LT"))
    with Session(vault, rebuild_on_open=False) as session:
        summaries = session.records
        with vault.transaction() as conn:
            for n, data in enumerate(facts):
                received_store.insert_fact(conn, ReceivedFact(
                    0, f"fact-{n}", 1, "LT", str(data["kind"]), "4", None, "LT-1", 1, 0,
                    "current", str(data["occurred_at"]), (), "", data, "0" * 64, None,
                    "2026-12-01T00:00:00Z", None), summaries._summary(data).search_columns)
        session.records.add(list(generate_records(RECORDS, seed=5, party="KZ")))
        index, received = search_rows(session), received_rows(session)
        with vault.transaction() as conn:
            conn.execute("DELETE FROM search")
            conn.execute("DELETE FROM received_search")
            vault.set_setting("search_index_stale", "1")
        [pending] = session.rebuilds.pending()
        total = len(facts) + RECORDS
        assert pending.total == total
        calls: list[tuple[int, int]] = []
        session.rebuilds.run(pending, lambda done, all_: calls.append((done, all_)))
        dones = [done for done, _ in calls]
        assert {all_ for _, all_ in calls} == {total}
        assert dones == sorted(dones) and dones[-1] == total
        assert len(facts) in dones  # the facts' part ends, the records' part counts on
        assert dones[0] == 0 and len(set(dones)) == len(dones)
        assert len(dones) == 1 + -(-len(facts) // BATCH) + -(-RECORDS // BATCH)
        assert received_rows(session) == received and search_rows(session) == index
        assert vault.setting("search_index_stale") == "0"


def test_a_pending_rebuild_says_what_it_is() -> None:
    pending = PendingRebuild(REBUILDS[0], 12)
    assert (pending.flag, pending.total) == ("search_index_stale", 12)
    assert pending.title is REBUILDS[0].title and pending.reason is REBUILDS[0].reason


def head_json(session: Session, record_id: str) -> str:
    return str(session.vault.conn.execute(
        "SELECT data FROM record_versions WHERE id = ? ORDER BY version DESC LIMIT 1",
        (record_id,)).fetchone()[0])


def renamed(ref: ReferenceData, alpha3: str, english: str) -> ReferenceData:
    """`ref` with one country's English name changed, as newer reference data may have it."""
    countries = copy.deepcopy(dict(ref.sources["countries"]))
    countries[alpha3]["names"]["en"] = english
    return ReferenceData({**ref.sources, "countries": countries})


def test_new_reference_names_flag_the_search_index_once(folder: Path) -> None:
    """A vault that never noted the names takes its index as made with those in force; names
    that change afterwards flag the index with their own reason, and the rebuild notes the
    new ones, so the next session flags nothing."""
    with open_session(folder, "a.b", PASS, rebuild_on_open=False) as session:
        held = session.vault.setting(SEARCH_NAMES)
        assert held == session.records.search_names_fingerprint()  # noted at open
        assert session.rebuilds.pending() == []
        other = renamed(session.ref, "LTU", "Zorgland")
    vault = Vault.open(folder, "a.b", PASS)
    with Session(vault, other, rebuild_on_open=False) as session:
        [pending] = session.rebuilds.pending()
        assert pending.flag == "search_index_stale" and pending.reason is NAMES_REASON
        assert session.records.search_names_fingerprint() != held
        assert session.records.search("Zorgland") == []  # the index holds the old names
        session.rebuilds.run(pending)
        assert session.rebuilds.pending() == []
        assert session.vault.setting(NAMES_CAUSE) == "0"
        assert session.vault.setting(SEARCH_NAMES) == session.records.search_names_fingerprint()
        found = session.records.search("Zorgland", limit=1000)
        assert found and all("LTU" in head_json(session, r.id) for r in found)
    vault = Vault.open(folder, "a.b", PASS)
    with Session(vault, other, rebuild_on_open=False) as session:
        assert session.rebuilds.pending() == []


def test_new_names_in_a_vault_without_records_only_note_them(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", mode="post", party="KZ", post_code="KZ-1",
                            officer="a.b", passphrase=PASS)
    with Session(vault, rebuild_on_open=False) as session:
        other = renamed(session.ref, "LTU", "Zorgland")
    vault = Vault.open(tmp_path / "v", "a.b", PASS)
    with Session(vault, other, rebuild_on_open=False) as session:
        assert session.rebuilds.pending() == []
        assert session.vault.setting(SEARCH_NAMES) == session.records.search_names_fingerprint()


def test_a_rebuild_already_due_notes_the_new_names_itself(session: Session) -> None:
    """A schema step flagged the index: the names add no reason of their own, and the rebuild
    notes the names it made the index with."""
    make_stale(session)
    other = renamed(session.ref, "KAZ", "Zorgstan")
    fresh = Session(session.vault, other, rebuild_on_open=False)
    pending = {p.flag: p for p in fresh.rebuilds.pending()}
    assert pending["search_index_stale"].reason is REBUILDS[0].reason
    fresh.rebuilds.run(pending["search_index_stale"])
    assert session.vault.setting(SEARCH_NAMES) == fresh.records.search_names_fingerprint()
