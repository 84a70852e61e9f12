"""Requests (Art. 8) and refusals (Art. 9) in the vault: every problem reported at once, the
stored form hashed as the paper's QR code says, statuses, and the printed request."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from shekara.domain.request import request_content_hash
from shekara.errors import NotFound, StateError, ValidationError
from shekara.reports.qr import parse_qr_text
from shekara.reports.requests import request_qr_text
from shekara.services.report_verify import verify_text
from shekara.services.reports import ReportService
from shekara.services.requests import RequestService
from shekara.services.session import Session
from shekara.vault import audit
from shekara.vault.vault import Vault
from tests.cli.conftest import example_record

ALMATY = timezone(timedelta(hours=5))
NOW = datetime(2026, 11, 21, 9, 0, tzinfo=ALMATY)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    # Requests are a central authority's: an LT HQ vault.
    vault, _ = Vault.create(tmp_path / "v", mode="hq", party="LT", post_code="HQ-LT",
                            officer="q.sup", passphrase="requests-passphrase")
    s = Session(vault)
    yield s
    s.close()


def request(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "to_authority": "KZ-KNB-PS", "from_authority": "LT-VSAT", "dated_on": "2026-11-20",
        "subject": "Prašymas / Запрос", "persons": [], "facts": "Faktai / Факты",
        "reasons": "Priežastys / Причины", "procedure": "Patikrinti / Проверить",
        "deadline": "2026-12-20", "signed_by": {"name": "R. Jankauskas", "position": "Vadas"},
    }
    data.update(changes)
    return data


def test_every_problem_is_reported_at_once(session: Session) -> None:
    service = RequestService(session.vault, session.ref)
    unknown = "5f0c6a8e-2b1d-4c3e-9a7f-0123456789ab"
    with pytest.raises(ValidationError) as caught:
        service.add(request(to_authority="LT-PD", subject="", deadline="2026-11-20",
                            dated_on="2026-11-01",
                            persons=[{"record_id": unknown}, {"record_id": "x"}]), now=NOW)
    paths = {(issue.path, issue.msgid) for issue in caught.value.issues}
    assert paths == {("to_authority", "request.wrong_party"), ("subject", "request.required"),
                     ("deadline", "request.deadline_past"),
                     ("persons[0].record_id", "request.unknown_record"),
                     ("persons[1].record_id", "request.not_uuid")}
    assert all(unknown not in issue.text() for issue in caught.value.issues)
    assert service.list_requests() == []


def test_stored_request_hash_is_the_papers(session: Session) -> None:
    [rid] = session.records.add([example_record()])
    service = RequestService(session.vault, session.ref)
    stored = service.add(request(persons=[{"record_id": rid.upper()},
                                          {"description": "Vairuotojas"}]), now=NOW)
    assert stored.version == 1 and stored.status == "draft" and stored.is_current
    assert stored.direction == "out" and stored.due_on == "2026-12-20"
    assert stored.data["persons"][0]["record_id"] == rid  # normalised to lower case
    assert stored.content_hash == request_content_hash(stored.to_json())
    paper = parse_qr_text(request_qr_text(stored.to_json()))
    assert paper.hash == stored.content_hash
    assert verify_text(ReportService(session.vault, session.ref),
                       request_qr_text(stored.to_json())).match == "current"

    report = ReportService(session.vault, session.ref).request(stored.id)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(report.pdf)).pages)
    assert "Žukauskas" in text  # the linked record's person, as recorded
    assert report.lang == "lt" and report.record_id == stored.id and report.version == 1
    assert report.detail == {"to": "KZ-KNB-PS"}


def test_refusals_set_the_status_and_are_audited(session: Session) -> None:
    service = RequestService(session.vault, session.ref)
    # A request the KZ Border Service sent to the LT State Border Guard (this HQ).
    incoming = request(to_authority="LT-VSAT", from_authority="KZ-KNB-PS",
                       signed_by={"name": "А. Сүлейменов", "position": "бастық"})
    stored = service.receive(incoming, their_number="HQ-KZ/2026/000031",
                             received_on="2026-11-21", now=NOW)
    assert (stored.direction, stored.status, stored.their_number) == (
        "in", "received", "HQ-KZ/2026/000031")
    part = service.refuse(stored.id, {"reason_code": "security", "scope": "part",
                                      "explanation": "Iš dalies", "decided_on": "2026-11-21"},
                          now=NOW)
    assert part.request_version == 1 and part.data["signed_by"] is None
    assert part.direction == "out"  # our own Art. 9 notice
    assert service.get(stored.id).status == "partly_refused"
    service.refuse(stored.id, {"reason_code": "sovereignty", "explanation": "Visiškai",
                               "decided_on": "2026-11-21"}, now=NOW)
    assert service.get(stored.id).status == "refused"
    with pytest.raises(StateError):  # refused in whole: closed
        service.refuse(stored.id, {"reason_code": "security", "scope": "part",
                                   "explanation": "Dar", "decided_on": "2026-11-21"}, now=NOW)
    shown = service.show(stored.id)
    assert [r.data["reason_code"] for r in shown.refusals] == ["security", "sovereignty"]
    entries = audit.entries(session.vault.conn, record_id=stored.id)
    assert [e.action for e in entries] == ["request.create", "request.refusal",
                                           "request.refusal", "request.view"]
    assert entries[1].detail == {"refusal": part.id, "reason": "security", "scope": "part"}
    with pytest.raises(NotFound):
        service.refusal("00000000-0000-4000-8000-000000000000")
    with pytest.raises(NotFound):
        service.show(stored.id, 2)
