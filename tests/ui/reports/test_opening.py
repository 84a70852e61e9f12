"""Opening reports from the application: built off the GUI thread through the service, previewed,
and every print or save from the preview logged in the vault's audit log."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget

from shekara.services.requests import RequestService
from shekara.services.session import Session
from shekara.ui.reports import (
    ReportPreviewDialog,
    open_enrollment_report,
    open_incident_report,
    open_recovery_report,
    open_request_report,
    open_summary_report,
)
from shekara.vault import audit
from shekara.vault.vault import Vault
from tests.cli.conftest import example_record


def entries(session: Session) -> list[tuple[str, str | None, dict]]:
    return [(e.action, e.record_id, e.detail) for e in audit.entries(session.vault.conn)]


def shown_dialog(qtbot, opener) -> ReportPreviewDialog:
    parent = QWidget()
    qtbot.addWidget(parent)
    found: list[ReportPreviewDialog] = []
    opener(parent, found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=20_000)
    dialog = found[0]
    dialog.keep_parent_alive = parent  # qtbot holds widgets weakly; the parent owns the dialog
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    return dialog


def test_incident_report_preview_print_and_save_are_audited(qtbot, session: Session,
                                                            long_record: str,
                                                            tmp_path: Path) -> None:
    dialog = shown_dialog(qtbot, lambda parent, shown: open_incident_report(
        parent, session, long_record, lang="ru", on_shown=shown))
    assert dialog.page_count() >= 3 and dialog.isVisible()
    assert entries(session)[-1] == ("record.view", long_record, {"document": "incident"})

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == dialog.page_count()
    assert dialog.save_to(tmp_path / "saved.pdf") == tmp_path / "saved.pdf"
    prints = [(r, d) for a, r, d in entries(session) if a == "print"]
    assert prints == [
        (long_record, {"document": "incident", "lang": "ru", "output": "printer",
                       "kind": "contraband_detention"}),
        (long_record, {"document": "incident", "lang": "ru", "output": "pdf",
                       "kind": "contraband_detention"})]
    assert "Žukauskas" not in json.dumps(entries(session), ensure_ascii=False)


def test_request_summary_and_enrollment_open(qtbot, session: Session, long_record: str,
                                            tmp_path: Path) -> None:
    # Requests are a central authority's: they open from an HQ vault.
    hq_vault, _ = Vault.create(tmp_path / "hq", mode="hq", party="KZ", post_code="HQ-KZ",
                               officer="hq.sup", passphrase="report-preview-hq")
    hq = Session(hq_vault)
    try:
        [linked] = hq.records.add([example_record()])
        stored = RequestService(hq.vault, hq.ref).add({
            "to_authority": "LT-VSAT", "from_authority": "KZ-KNB-PS",
            "subject": "Героин / Героин", "persons": [{"record_id": linked}],
            "facts": "Факт", "reasons": "Себеп / Причина", "procedure": "Тексеру / Проверить",
            "signed_by": {"name": "А. Сүлейменов", "position": "Бастық"}})
        request = shown_dialog(qtbot, lambda parent, shown: open_request_report(
            parent, hq, stored.id, on_shown=shown))
        assert request.windowTitle() == "Request (Art. 8)" and request.page_count() >= 1
        assert entries(hq)[-1][:2] == ("request.view", stored.id)
    finally:
        hq.close()

    session.records.approve(long_record)
    before = len(entries(session))
    summary = shown_dialog(qtbot, lambda parent, shown: open_summary_report(
        parent, session, date(2026, 1, 1), date(2026, 12, 31), on_shown=shown))
    assert summary.windowTitle() == "Period summary" and summary.page_count() >= 1
    assert len(entries(session)) == before  # counts only: a preview of it is not a view
    enrollment = shown_dialog(qtbot, lambda parent, shown: open_enrollment_report(
        parent, session, lang="kk", on_shown=shown))
    assert enrollment.page_count() == 1


def test_refusals_show_one_error_and_no_preview(qtbot, session: Session) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[ReportPreviewDialog] = []
    open_recovery_report(parent, session, "AAAA-" * 12 + "AAAA", on_shown=shown.append)
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox, "errorBox") is not None,
                    timeout=20_000)
    box = parent.findChild(QMessageBox, "errorBox")
    assert "does not open this vault" in box.text()
    assert shown == [] and all(a != "print" for a, _, _ in entries(session))


def test_recovery_sheet_with_the_right_key(qtbot, made: tuple[Session, str]) -> None:
    session, key = made
    dialog = shown_dialog(qtbot, lambda parent, found: open_recovery_report(
        parent, session, key, on_shown=found))
    assert dialog.windowTitle() == "Recovery sheet" and dialog.page_count() == 1
    assert all(a != "print" for a, _, _ in entries(session))  # not until it is printed


def test_a_draft_can_be_previewed(qtbot, session: Session) -> None:
    [rid] = session.records.add([example_record()])
    dialog = shown_dialog(qtbot, lambda parent, shown: open_incident_report(
        parent, session, rid, on_shown=shown))
    assert dialog.page_count() >= 1
    assert entries(session)[-1] == ("record.view", rid, {"document": "incident"})
