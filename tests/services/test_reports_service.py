"""The report service on a real vault: context, what the summary counts, atomic PDF files, the
audit entries of prints, previews and exports, and the recovery key check."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from shekara.errors import AuthError, InputError, NotFound
from shekara.reports.summary import records_digest
from shekara.services.keys import create_own_keys
from shekara.services.report_verify import verify_text
from shekara.services.reports import (
    Report,
    ReportService,
    default_language,
    post_name,
    write_pdf_file,
)
from shekara.services.session import Session
from shekara.vault import audit
from shekara.vault.vault import Vault
from tests.cli.conftest import border_record, example_record

ALMATY = timezone(timedelta(hours=5))
PASS = "reports-passphrase"


@pytest.fixture
def made(tmp_path: Path) -> Iterator[tuple[Session, str]]:
    vault, recovery_key = Vault.create(tmp_path / "v", mode="post", party="KZ",
                                       post_code="KZ-NUR-ZHOLY", officer="r.sup", passphrase=PASS)
    with vault.transaction():
        vault.set_setting("four_eyes", "0")  # one supervisor approves their own test records
    create_own_keys(vault)
    session = Session(vault)
    yield session, recovery_key
    session.close()


@pytest.fixture
def session(made: tuple[Session, str]) -> Session:
    return made[0]


def service(session: Session, **kw: Any) -> ReportService:
    return ReportService(session.vault, session.ref, **kw)


def actions(session: Session) -> list[tuple[str, str | None, dict[str, Any]]]:
    return [(e.action, e.record_id, e.detail) for e in audit.entries(session.vault.conn)]


def test_context_names_the_post_in_the_documents_languages(session: Session) -> None:
    moment = datetime(2026, 11, 21, 9, 5, tzinfo=ALMATY)
    ctx = service(session, now=moment).context()
    assert (ctx.party, ctx.post_code, ctx.officer, ctx.lang) == ("KZ", "KZ-NUR-ZHOLY",
                                                                 "r.sup", "kk")
    assert ctx.printed_at == moment and ctx.printed_at.utcoffset() == timedelta(hours=5)
    # The post is named by its crossing point (KZ-NUR-ZHOLY-ROAD), in Kazakh and Russian.
    assert ctx.post_name.startswith("Нұр жолы / Нур Жолы")
    assert post_name(session.ref, "KZ-NOWHERE", "kk") == "KZ-NOWHERE"
    # Two points under one code with different names: the code alone, never a guess.
    assert post_name(session.ref, "KZ-DOSTYK", "kk") == "KZ-DOSTYK"
    assert post_name(session.ref, "LT-NIDA-ROAD", "lt") == \
        session.ref.checkpoint_name("LT-NIDA-ROAD", "lt") + " / " + \
        session.ref.checkpoint_name("LT-NIDA-ROAD", "ru")
    assert (default_language("KZ"), default_language("LT")) == ("kk", "lt")
    with pytest.raises(InputError):
        service(session).context("de")


def test_summary_counts_the_approved_version_while_a_correction_is_drafted(
        session: Session) -> None:
    records = session.records
    [rid, other] = records.add([example_record(), border_record("Ли", "Ан", "LTU")])
    records.approve(rid)
    records.approve(other)
    moved = example_record(occurred_at="2026-06-01T10:00:00+05:00")
    records.amend(rid, moved, "wrong date")  # v2 is a draft: v1 is still in force
    counted = service(session).summary_digest(date(2026, 10, 1), date(2026, 11, 30), None)
    assert counted[0] == 2
    records.approve(rid)  # now v2 is in force, and it happened in June
    assert service(session).summary_digest(date(2026, 10, 1), date(2026, 11, 30), None)[0] == 1
    assert service(session).summary_digest(date(2026, 6, 1), date(2026, 6, 1), None)[0] == 1
    records.withdraw(other, "duplicate")
    assert service(session).summary_digest(date(2026, 10, 1), date(2026, 11, 30), None)[0] == 0


def test_a_correction_within_the_period_is_counted_once(session: Session) -> None:
    """Found both as a head in the period and as a correction in progress: counted once, as
    the version in force."""
    records = session.records
    [rid, other] = records.add([example_record(), border_record("Ли", "Ан", "LTU")])
    records.approve(rid)
    records.approve(other)
    records.amend(rid, example_record(occurred_at="2026-10-20T10:00:00+05:00"), "time")
    counted, digest = service(session).summary_digest(date(2026, 10, 1), date(2026, 11, 30),
                                                      None)
    assert counted == 2
    assert digest == records_digest([f"{rid}:1", f"{other}:1"])


def test_building_a_report_logs_nothing_until_it_is_output(session: Session) -> None:
    [rid] = session.records.add([example_record()])
    before = len(actions(session))
    report = service(session).incident(rid)
    assert report.pdf.startswith(b"%PDF") and len(PdfReader(io.BytesIO(report.pdf)).pages) >= 1
    assert len(actions(session)) == before
    service(session).log_output(report, "printer")
    service(session).log_preview(report)
    action, record_id, detail = actions(session)[-2]
    assert (action, record_id) == ("print", rid)
    assert detail == {"document": "incident", "lang": "kk", "output": "printer",
                      "kind": "contraband_detention"}
    assert actions(session)[-1][:2] == ("record.view", rid)
    with pytest.raises(ValueError):
        service(session).log_output(report, "fax")


def test_save_pdf_is_atomic_and_logged(session: Session, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    report = service(session).enrollment("ru")
    out = tmp_path / "out" / "e.pdf"
    with pytest.raises(InputError, match="folder"):
        service(session).save_pdf(report, out)
    out.parent.mkdir()
    with pytest.raises(InputError, match="folder"):
        service(session).save_pdf(report, out.parent)

    def failing_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(InputError, match="No space left"):
        service(session).save_pdf(report, out)
    assert list(out.parent.iterdir()) == []  # neither the PDF nor its temporary file
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert [a for a, _, _ in actions(session)].count("print") == 0

    out.write_bytes(b"an older export")
    assert service(session).save_pdf(report, out) == out
    assert out.read_bytes() == report.pdf
    assert [d for a, _, d in actions(session) if a == "print"] == [
        {"document": "enrollment", "lang": "ru", "output": "pdf",
         "fingerprint": json.loads(json.dumps(report.detail))["fingerprint"]}]


def test_an_export_that_cannot_be_logged_leaves_no_file(session: Session, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    report = service(session).enrollment()
    svc = service(session)

    def broken_log(report: Report, output: str) -> None:
        raise RuntimeError("audit write failed")

    monkeypatch.setattr(svc, "log_output", broken_log)
    with pytest.raises(RuntimeError):
        svc.save_pdf(report, tmp_path / "e.pdf")
    assert list(tmp_path.iterdir()) == [tmp_path / "v"]


def test_write_pdf_file_replaces_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    write_pdf_file(path, b"%PDF-1.4 first")
    write_pdf_file(path, b"%PDF-1.4 second")
    assert path.read_bytes() == b"%PDF-1.4 second"
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


def test_recovery_sheet_only_for_this_vaults_key(made: tuple[Session, str],
                                                 tmp_path: Path) -> None:
    session, key = made
    report = service(session).recovery(key.lower().replace("-", ""))
    assert report.detail == {} and report.record_id is None
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(report.pdf)).pages)
    assert key.split("-")[0] in text
    other, other_key = Vault.create(tmp_path / "other", mode="post", party="KZ",
                                    post_code="KZ-X1", officer="o.sup", passphrase=PASS)
    other.lock()
    with pytest.raises(AuthError, match="does not open this vault"):
        service(session).recovery(other_key)
    with pytest.raises(AuthError):
        service(session).recovery("not a key")


def test_unknown_things_are_not_found(session: Session) -> None:
    svc = service(session)
    unknown = "00000000-0000-4000-8000-000000000000"
    for call in (lambda: svc.incident(unknown), lambda: svc.request(unknown),
                 lambda: svc.refusal(unknown)):
        with pytest.raises(NotFound):
            call()
    with pytest.raises(InputError, match="ends before"):
        svc.summary(date(2026, 2, 1), date(2026, 1, 1))


def test_verify_enrollment_after_rotation_is_superseded(session: Session) -> None:
    from shekara.reports.sheets import enrollment_qr_text, post_keys_from
    from shekara.services.keys import own_keys, rotate

    before = enrollment_qr_text(post_keys_from(own_keys(session.vault).public))
    assert verify_text(service(session), before).match == "current"
    rotate(session.vault)
    verdict = verify_text(service(session), before)
    assert verdict.match == "superseded" and verdict.document == "enrollment"
    with pytest.raises(InputError, match="not a Shekara QR text"):
        verify_text(service(session), "SHK2:R:1")


def test_summary_counts_the_records_that_qualify_for_exchange(session: Session) -> None:
    """Issue 9 §1: the "of which qualify" line counted 0 whatever the records were."""
    records = session.records
    witness_only = border_record("Petrov", "Ivan", "RUS")
    witness_only["persons"].append({**witness_only["persons"][0], "role": "witness",
                                    "surname": "Kazlauskas", "citizenship": ["LTU"]})
    ids = records.add([example_record(), border_record("Ли", "Ан", "LTU"), witness_only,
                       border_record("Seitkali", "Nurlan", "KAZ")])
    for rid in ids:
        records.approve(rid)
    report = service(session).summary(date(2026, 10, 1), date(2026, 11, 30), lang="en")
    text = " ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(report.pdf)).pages)
    flat = " ".join(text.split())
    assert "Records counted 4" in flat
    assert "of which qualify for exchange under the Agreement 2" in flat
