"""Issue 10's schema step (`_step_audit_by_action`): a record's entries of an action, and all
entries of an action, are read through an index, so opening a draft (was it sent back?) does not
read the whole log; a vault from before the step gets the index when it opens. The plan, not
the speed (that is tests/bench's)."""

from __future__ import annotations

from pathlib import Path

from shekara.domain.reference import load_default
from shekara.services.records import RecordService
from shekara.services.review import ReviewService
from shekara.vault import audit
from shekara.vault.migrations import STEPS, _step_audit_by_action
from shekara.vault.vault import Vault
from tests.cli.conftest import border_record

PASS = "long-enough-pass"
ONE_RECORD = "SELECT detail FROM audit WHERE action = ? AND record_id = ? ORDER BY seq"
ONE_ACTION = "SELECT detail FROM audit WHERE action = ? ORDER BY seq"


def _plan(vault: Vault, sql: str = ONE_RECORD) -> str:
    args = ("record.send_back", "x")[:sql.count("?")]
    rows = vault.conn.execute("EXPLAIN QUERY PLAN " + sql, args).fetchall()
    return " ".join(str(row[-1]) for row in rows)


def test_a_records_entries_are_read_through_the_index(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", mode="post", party="KZ", post_code="KZ-1",
                            officer="a.b", passphrase=PASS)
    assert "USING INDEX audit_by_action (action=? AND record_id=?)" in _plan(vault)
    assert "USING INDEX audit_by_action (action=?)" in _plan(vault, ONE_ACTION)
    records = RecordService(vault, load_default())
    first, second = records.add([border_record("Petrov", "Ivan", "RUS"),
                                 border_record("Jonaitis", "Jonas", "LTU")])
    vault.add_officer("c.d", "supervisor", PASS)
    vault.lock()
    other = Vault.open(tmp_path / "v", "c.d", PASS)
    ReviewService(other, RecordService(other, load_default())).send_back(second, "the date?")
    review = ReviewService(other, RecordService(other, load_default()))
    assert review.sent_back(first) is None
    sent = review.sent_back(second)
    assert sent is not None and sent.comment == "the date?"
    history = [e.action for e in audit.entries(other.conn, record_id=second)]
    assert history == ["record.create", "record.send_back"]  # in order, this record only
    other.lock()


def test_a_vault_from_before_the_step_gets_the_index(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", mode="post", party="KZ", post_code="KZ-1",
                            officer="a.b", passphrase=PASS)
    vault.conn.execute("DROP INDEX audit_by_action")
    assert "audit_by_action" not in _plan(vault)  # without it, the log is scanned
    before = next(v for v, step in STEPS if step is _step_audit_by_action) - 1
    vault.conn.execute(f"PRAGMA user_version = {before}")
    vault.lock()
    vault = Vault.open(tmp_path / "v", "a.b", PASS)
    assert "USING INDEX audit_by_action" in _plan(vault)
    vault.lock()
