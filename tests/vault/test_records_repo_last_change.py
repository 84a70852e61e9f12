"""The list's "Last change" moves when a record's status does (issue 10: it stayed at the
draft's time after approval and export)."""

from __future__ import annotations

from pathlib import Path

from shekara.services.session import Session
from shekara.vault import records as repo
from tests.cli.conftest import border_record
from tests.ui.editors.conftest import OFFICER, SECOND, make_vault, open_as


def test_approval_moves_last_change(tmp_path: Path) -> None:
    make_vault(tmp_path / "v")
    officer: Session = open_as(tmp_path / "v", OFFICER)
    [record_id] = officer.records.add([border_record("Žukauskas", "Tomas", "LTU")])
    with officer.vault.transaction() as conn:  # written long ago (times are to the second)
        conn.execute("UPDATE records SET updated_at = '2026-01-01T00:00:00+00:00'")
    before = repo.listed_record(officer.vault.conn, record_id)
    officer.close()
    supervisor = open_as(tmp_path / "v", SECOND)
    supervisor.records.approve(record_id)
    after = repo.listed_record(supervisor.vault.conn, record_id)
    assert before is not None and after is not None
    assert after.status == "approved" and after.updated_at > before.updated_at
    # a refresh that changes nothing keeps the time
    with supervisor.vault.transaction() as conn:
        repo.refresh_status(conn, record_id, "2099-01-01T00:00:00Z")
    again = repo.listed_record(supervisor.vault.conn, record_id)
    assert again is not None and again.updated_at == after.updated_at
    supervisor.close()
