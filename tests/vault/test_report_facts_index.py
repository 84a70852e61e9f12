"""Schema step 17 (issue 13): the list row carries its head's report facts, an index ordered by
date holds them, and the period reports read that index (a correction in progress from its
version n-1). Proven against the reference — the versions themselves, read as before the step —
after every kind of change a record goes through at a post and at HQ, on real vaults and real
packets; and the step's backfill of an older vault, interrupted and resumed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from shekara.demo.samples import generate_records
from shekara.domain.reference import load_default
from shekara.domain.report_facts import report_facts_from_json, report_facts_json
from shekara.reports.summary import summarize
from shekara.services import export, hq
from shekara.services.records import RecordService
from shekara.services.session import Session
from shekara.vault import records as repo
from shekara.vault import report_sources
from shekara.vault.migrations import STEPS, _step_report_facts
from shekara.vault.report_sources import versions_in_force
from shekara.vault.vault import Vault
from tests.support.post_and_hq import make_post_and_hq

PASS = "report-rows-pass"
REF = load_default()
ADDED = ("id", "version", "status")


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Vault, Vault]]:
    post, central = make_post_and_hq(tmp_path, post_code="KZ-RR", officer="rr.sup",
                                     passphrase=PASS)
    yield post, central
    post.lock()
    central.lock()


def _reference(vault: Vault, first: str, last: str,
               checkpoint: str | None) -> list[dict[str, Any]]:
    """What the reports read before step 17: each version in force, whole, as the facts."""
    out = []
    for record in report_sources._from_versions(vault.conn, first, last, checkpoint):
        back = report_facts_from_json(report_facts_json(record), record["occurred_at"][:10],
                                      (record.get("place") or {}).get("checkpoint"))
        assert back is not None
        out.append({**back, "id": record["id"], "version": record["version"],
                    "status": report_sources.counted_as(record["status"])})
    return sorted(out, key=lambda r: r["id"])


def _periods(vault: Vault) -> list[tuple[str, str, str | None]]:
    days = sorted(str(r[0]) for r in vault.conn.execute("SELECT occurred_on FROM records"))
    checkpoints = [str(r[0]) for r in vault.conn.execute(
        "SELECT checkpoint FROM records WHERE checkpoint IS NOT NULL GROUP BY checkpoint"
        " ORDER BY count(*) DESC LIMIT 2")]
    middle = days[len(days) // 2]
    return [("1900-01-01", "2999-12-31", None), (days[0], middle, None),
            (middle, middle, None), (middle[:4] + "-01-01", middle[:4] + "-12-31", None),
            *[("1900-01-01", "2999-12-31", code) for code in checkpoints]]


def assert_same_as_reference(vault: Vault) -> int:
    """report_rows answers every period as the versions themselves do; returns how many
    versions the widest period counted."""
    assert not report_sources.report_facts_stale(vault.conn)
    widest = 0
    for first, last, checkpoint in _periods(vault):
        fast = sorted(versions_in_force(vault.conn, first, last, checkpoint),
                      key=lambda r: r["id"])
        assert fast == _reference(vault, first, last, checkpoint), (first, last, checkpoint)
        start, end = date.fromisoformat(first), date.fromisoformat(last)
        whole = sorted(report_sources._from_versions(vault.conn, first, last, checkpoint),
                       key=lambda r: r["id"])
        assert summarize(fast, start, end, checkpoint) == summarize(whole, start, end,
                                                                    checkpoint)
        widest = max(widest, len(fast))
    return widest


def _changed(record: dict[str, Any], day: str) -> dict[str, Any]:
    """The record on another day (and with its route reversed): what a correction changes."""
    changed = {**record, "occurred_at": day + record["occurred_at"][10:]}
    if record.get("route"):
        changed["route"] = list(reversed(record["route"]))
    return changed


def _heads(post: Vault, ids: list[str]) -> list[dict[str, Any]]:
    return [dict(repo.get_version(post.conn, i).data) for i in ids]


def test_report_rows_follow_every_change_at_a_post_and_at_hq(pair: tuple[Vault, Vault],
                                                            tmp_path: Path) -> None:
    post, central = pair
    service = RecordService(post, REF)
    ids = service.add(list(generate_records(80, seed=5, party="KZ")))
    assert assert_same_as_reference(post) == 80  # new drafts count (as drafts)
    service.approve_many(ids[:60])
    datas = _heads(post, ids)
    service.amend(ids[0], _changed(datas[0], "2019-03-04"), "a correction in progress")
    service.amend(ids[1], _changed(datas[1], "2019-03-05"), "a correction, approved")
    service.approve(ids[1])
    service.amend(ids[70], _changed(datas[70], "2019-03-06"), None)  # a draft changed in place
    service.withdraw(ids[2], "entered twice")  # an approved record withdrawn
    service.withdraw(ids[71], "never approved")  # a draft withdrawn in place
    assert assert_same_as_reference(post) == 80
    in_force = {r["id"]: r for r in versions_in_force(post.conn, "1900-01-01", "2999-12-31")}
    assert (in_force[ids[0]]["version"], in_force[ids[0]]["status"]) == (1, "approved")
    assert (in_force[ids[1]]["version"], in_force[ids[1]]["status"]) == (2, "approved")
    assert in_force[ids[1]]["occurred_at"].startswith("2019-03-05")
    assert in_force[ids[70]]["occurred_at"].startswith("2019-03-06")
    assert in_force[ids[2]]["status"] == in_force[ids[71]]["status"] == "withdrawn"

    for folder in ("out1", "out2"):
        (tmp_path / folder).mkdir()
    first = export.export(post, tmp_path / "out1")  # exported: still the same rows
    assert assert_same_as_reference(post) == 80
    assert hq.import_packet(central, REF, first.path.read_bytes()).ok
    assert assert_same_as_reference(central) == 60  # drafts never leave the post

    service.approve(ids[0])
    service.amend(ids[3], _changed(datas[3], "2020-07-01"), "a second correction")
    service.approve(ids[3])
    second = export.export(post, tmp_path / "out2")
    assert hq.import_packet(central, REF, second.path.read_bytes()).ok
    assert assert_same_as_reference(central) == 60
    at_hq = {r["id"]: r for r in versions_in_force(central.conn, "1900-01-01", "2999-12-31")}
    assert at_hq[ids[3]]["version"] == 2 and at_hq[ids[3]]["occurred_at"][:10] == "2020-07-01"

    with post.transaction() as conn:  # purged: gone from the reports with its list row
        repo.purge_record(conn, ids[5], 1, "2026-01-01")
    assert assert_same_as_reference(post) == 79
    assert ids[5] not in {r["id"] for r in versions_in_force(post.conn, "1900-01-01",
                                                             "2999-12-31")}


def test_a_version_without_facts_is_read_from_its_data(pair: tuple[Vault, Vault]) -> None:
    post, _ = pair
    service = RecordService(post, REF)
    ids = service.add(list(generate_records(5, seed=9, party="KZ")))
    post.conn.execute("UPDATE records SET facts = NULL WHERE id = ?", (ids[0],))
    assert assert_same_as_reference(post) == 5


def _as_before_the_step(vault: Vault) -> None:
    """The vault as schema 16 left it: list rows without facts."""
    with vault.transaction() as conn:
        conn.execute("UPDATE records SET facts = NULL")
        before = next(v for v, step in STEPS if step is _step_report_facts) - 1
        conn.execute(f"PRAGMA user_version = {before}")


def _without_facts(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT count(*) FROM records WHERE facts IS NULL")
               .fetchone()[0])


def test_an_older_vault_gets_its_facts_when_it_opens(pair: tuple[Vault, Vault],
                                                     tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    post, _ = pair
    service = RecordService(post, REF)
    ids = service.add(list(generate_records(30, seed=3, party="KZ")))
    service.approve_many(ids[:20])
    _as_before_the_step(post)
    post.lock()
    vault = Vault.open(tmp_path / "post", "rr.sup", PASS)  # the step runs and flags the facts
    assert report_sources.report_facts_stale(vault.conn)
    assert _without_facts(vault) == 30
    # meanwhile the reports read the versions themselves: the same answer
    whole = list(versions_in_force(vault.conn, "1900-01-01", "2999-12-31"))
    assert len(whole) == 30

    monkeypatch.setattr(report_sources, "_FACTS_BATCH", 7)
    reached: list[tuple[int, int]] = []

    def power_cut(done: int, total: int) -> None:
        reached.append((done, total))
        if len(reached) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        RecordService(vault, REF).fill_report_facts(power_cut)
    assert report_sources.report_facts_stale(vault.conn)  # not done: still flagged
    assert _without_facts(vault) == 30 - 14  # two batches kept
    assert len(list(versions_in_force(vault.conn, "1900-01-01", "2999-12-31"))) == 30
    assert reached == [(7, 30), (14, 30)]
    vault.lock()

    session = Session(Vault.open(tmp_path / "post", "rr.sup", PASS))  # goes on at the next open
    assert not report_sources.report_facts_stale(session.vault.conn)
    assert _without_facts(session.vault) == 0
    assert assert_same_as_reference(session.vault) == 30
    # run again by hand: nothing left to compute, progress at the total at once
    seen: list[tuple[int, int]] = []
    assert RecordService(session.vault, REF).fill_report_facts(
        lambda done, total: seen.append((done, total))) == 0
    assert seen == [(30, 30)]
    assert assert_same_as_reference(session.vault) == 30
    session.close()


def test_a_new_vault_is_not_flagged(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", mode="hq", party="LT", post_code="HQ-LT",
                            officer="a.b", passphrase=PASS)
    assert not report_sources.report_facts_stale(vault.conn)
    for checkpoint, args in (("", ()), ("AND checkpoint = ?", ("KZ-DOSTYK",))):
        sql = report_sources._HEADS_IN_FORCE.format(checkpoint=checkpoint)
        plan = " ".join(str(r[-1]) for r in vault.conn.execute(
            "EXPLAIN QUERY PLAN " + sql, ("2024-01-01", "2024-12-31", *args)))
        # one range of the index, never a list row
        assert "SEARCH records USING COVERING INDEX records_report (occurred_on>? AND" \
            " occurred_on<?)" in plan, plan
    vault.lock()
