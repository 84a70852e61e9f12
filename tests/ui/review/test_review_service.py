"""Sending a draft back: supervisors only, a comment required, drafts only; the comment is
kept in the audit log and shown for the draft's current version only."""

from __future__ import annotations

import pytest

from shekara.errors import InputError, PermissionDenied, StateError
from shekara.services.review import ReviewService
from shekara.services.session import Session
from shekara.vault import audit
from tests.cli.conftest import border_record


def service(session: Session) -> ReviewService:
    return ReviewService(session.vault, session.records)


def test_send_back_keeps_the_draft_and_logs_the_comment(officer: Session,
                                                        supervisor: Session) -> None:
    [record_id] = officer.records.add([border_record("Žukauskas", "Tomas", "LTU")])
    note = service(supervisor).send_back(record_id, "  Patikslinkite gimimo datą  ")
    assert (note.version, note.by, note.comment) == (1, "aigerim.s",
                                                     "Patikslinkite gimimo datą")
    assert supervisor.records.show(record_id).current.state == "draft"
    [entry] = audit.entries(supervisor.vault.conn, action="record.send_back", record_id=record_id)
    assert entry.detail == {"decision": "send_back", "comment": "Patikslinkite gimimo datą"}
    assert audit.verify(supervisor.vault.conn).ok
    assert service(officer).sent_back(record_id) == note


def test_the_comment_is_about_the_current_draft_only(officer: Session,
                                                     supervisor: Session) -> None:
    [record_id] = officer.records.add([border_record("Petrov", "Ivan", "LTU")])
    service(supervisor).send_back(record_id, "Туған күнін тексеріңіз")
    supervisor.records.approve(record_id)
    assert service(officer).sent_back(record_id) is None  # approved: nothing to act on
    officer.records.amend(record_id, border_record("Petrov", "Ivan", "LTU", case_number="7"),
                          "case opened")
    assert service(officer).sent_back(record_id) is None  # version 2 was not sent back


def test_only_a_supervisor_sends_back(officer: Session) -> None:
    [record_id] = officer.records.add([border_record("Petrov", "Ivan", "LTU")])
    with pytest.raises(PermissionDenied):
        service(officer).send_back(record_id, "mano paties")


@pytest.mark.parametrize("comment", [None, "", "   ", "x" * 2001, "bell\x07"])
def test_a_comment_is_required_and_plain(officer: Session, supervisor: Session,
                                         comment: str | None) -> None:
    [record_id] = officer.records.add([border_record("Petrov", "Ivan", "LTU")])
    with pytest.raises(InputError):
        service(supervisor).send_back(record_id, comment)
    assert audit.entries(supervisor.vault.conn, action="record.send_back") == []


def test_an_approved_record_cannot_be_sent_back(officer: Session, supervisor: Session) -> None:
    [record_id] = officer.records.add([border_record("Petrov", "Ivan", "LTU")])
    supervisor.records.approve(record_id)
    with pytest.raises(StateError):
        service(supervisor).send_back(record_id, "per vėlu")
