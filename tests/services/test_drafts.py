"""Autosaved drafts survive a lock (or a crash) and become records only through validation."""

from __future__ import annotations

from pathlib import Path

import pytest

from shekara.errors import ValidationError
from shekara.services.drafts import DraftService
from shekara.services.session import Session
from shekara.vault.vault import Vault
from tests.cli.conftest import example_record


@pytest.fixture
def session(tmp_path: Path):
    vault, _ = Vault.create(tmp_path / "v", mode="post", party="KZ", post_code="KZ-D",
                            officer="d.sup", passphrase="drafts-passphrase")
    vault.add_officer("d.off", "officer", "drafts-officer-pass")
    s = Session(vault)
    yield s
    s.close()


def test_incomplete_draft_is_kept_across_a_lock(session: Session, tmp_path: Path) -> None:
    drafts = DraftService(session.vault, session.records)
    key = drafts.new_key()
    drafts.save(key, {"kind": "border_violation", "narrative": "Нұрлан жүгіріп"},
                kind="border_violation")
    session.close()
    again = Session(Vault.open(tmp_path / "v", "d.sup", "drafts-passphrase"))
    try:
        pending = DraftService(again.vault, again.records).pending()
        assert [p.data["narrative"] for p in pending] == ["Нұрлан жүгіріп"]
        other = Session(Vault.open(tmp_path / "v", "d.off", "drafts-officer-pass"))
        assert DraftService(other.vault, other.records).pending() == []
        other.close()
    finally:
        again.close()


def test_commit_validates_and_drops_the_autosave_only_on_success(session: Session) -> None:
    drafts = DraftService(session.vault, session.records)
    key = drafts.new_key()
    drafts.save(key, {"kind": "border_violation"})
    with pytest.raises(ValidationError):
        drafts.commit(key, {"kind": "border_violation"})
    assert [p.key for p in drafts.pending()] == [key]
    record_id, version = drafts.commit(key, example_record())
    assert version == 1 and drafts.pending() == []
    assert session.records.show(record_id).current.data["persons"][0]["surname"] == "Žukauskas"


def test_autosave_bytes_are_encrypted(session: Session, tmp_path: Path) -> None:
    drafts = DraftService(session.vault, session.records)
    drafts.save(drafts.new_key(), {"narrative": "Jankauskaitė slėpė"})
    session.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in (tmp_path / "v").iterdir():
        assert "Jankauskaitė".encode() not in path.read_bytes()
