"""The report preview dialog: the same PDF shown by QtPdf, printed to a QPrinter page by page,
saved as a file; each print and save reported back so the service logs it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QWidget

from shekara.errors import StateError
from shekara.services.reports import ReportService
from shekara.services.session import Session
from shekara.ui.reports import ReportPreviewDialog
from tests.ui.conftest import free_area

Outputs = list[str]


def pages_of(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def long_pdf(session: Session, long_record: str) -> bytes:
    pdf = ReportService(session.vault, session.ref).incident(long_record).pdf
    assert pages_of(pdf) >= 3
    return pdf


def make_dialog(qtbot, pdf: bytes, outputs: Outputs,
                parent: QWidget | None = None) -> ReportPreviewDialog:
    dialog = ReportPreviewDialog(pdf, "Incident report", outputs.append, parent,
                                 file_name="incident.pdf")
    if parent is None:
        qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    return dialog


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_loads_the_pdf_from_memory_and_shows_the_page_count(qtbot, long_pdf: bytes) -> None:
    outputs: Outputs = []
    dialog = make_dialog(qtbot, long_pdf, outputs)
    total = pages_of(long_pdf)
    assert dialog.page_count() == total
    assert dialog.page_label.text() == f"Page 1 of {total}"
    assert dialog.view.document() is dialog.document
    dialog.go_to_page(total - 1)
    qtbot.waitUntil(lambda: dialog.page_label.text() == f"Page {total} of {total}")
    assert dialog.windowTitle() == "Incident report" and outputs == []


def test_print_to_a_pdf_printer_sends_every_page(qtbot, long_pdf: bytes,
                                                  tmp_path: Path) -> None:
    outputs: Outputs = []
    dialog = make_dialog(qtbot, long_pdf, outputs)
    target = tmp_path / "printed.pdf"
    assert dialog.print_to(pdf_printer(target)) == pages_of(long_pdf)
    assert target.is_file() and pages_of(target.read_bytes()) == pages_of(long_pdf)
    assert outputs == ["printer"]


def test_print_a_page_range(qtbot, long_pdf: bytes, tmp_path: Path) -> None:
    outputs: Outputs = []
    dialog = make_dialog(qtbot, long_pdf, outputs)
    printer = pdf_printer(tmp_path / "range.pdf")
    printer.setFromTo(2, 3)
    assert dialog.print_to(printer) == 2
    assert pages_of((tmp_path / "range.pdf").read_bytes()) == 2


def test_save_as_writes_the_same_bytes(qtbot, long_pdf: bytes, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    outputs: Outputs = []
    dialog = make_dialog(qtbot, long_pdf, outputs)
    asked: list[str] = []

    def choose(parent, caption, start, filters):
        asked.append(start)
        return str(tmp_path / "chosen"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    written = dialog.save_with_dialog()
    assert written == tmp_path / "chosen.pdf"  # the extension is added
    assert written.read_bytes() == long_pdf
    assert asked[0].endswith("incident.pdf")
    assert outputs == ["pdf"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chosen.pdf", "vault"]


def test_save_into_a_missing_folder_writes_nothing(qtbot, long_pdf: bytes,
                                                   tmp_path: Path) -> None:
    outputs: Outputs = []
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = make_dialog(qtbot, long_pdf, outputs, parent)
    assert dialog.save_to(tmp_path / "missing" / "x.pdf") is None
    assert outputs == [] and not (tmp_path / "missing").exists()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "errorBox") is not None)
    assert "does not exist" in dialog.findChild(QMessageBox, "errorBox").text()


def test_a_save_that_cannot_be_logged_is_removed(qtbot, long_pdf: bytes,
                                                 tmp_path: Path) -> None:
    def refuse(output: str) -> None:
        raise StateError("vault.locked", "the vault is locked")

    dialog = ReportPreviewDialog(long_pdf, "Incident report", refuse)
    qtbot.addWidget(dialog)
    assert dialog.save_to(tmp_path / "x.pdf") is None
    assert not (tmp_path / "x.pdf").exists()
    assert "locked" in dialog.findChild(QMessageBox, "errorBox").text()


def test_keyboard_reaches_print_and_save(qtbot, long_pdf: bytes) -> None:
    dialog = make_dialog(qtbot, long_pdf, [])
    assert dialog.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert QKeySequence(QKeySequence.StandardKey.Save) in dialog.save_action.shortcuts()
    assert dialog.view.accessibleName() and dialog.accessibleName() == "Incident report"
    for action in (dialog.print_action, dialog.save_action, dialog.zoom_in_action,
                   dialog.zoom_out_action, dialog.fit_action, dialog.close_action):
        assert action.text() and not action.shortcut().isEmpty()


def test_the_report_preview_shows_its_buttons_on_a_small_screen(
        qtbot, screen_fit: None, session: Session,
        long_record: str) -> None:
    """It asks for 860×980; the offscreen screen, like a 1366×768 laptop under its taskbar,
    has less height than that. Every control of the dialog must be on the screen."""
    pdf = ReportService(session.vault, session.ref).incident(long_record).pdf
    dialog = ReportPreviewDialog(pdf, "Incident report", lambda _: None,
                                 file_name="incident.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    free = free_area(dialog)
    assert free.contains(dialog.geometry())
    buttons = dialog.findChildren(QAbstractButton)
    assert buttons
    for button in buttons:
        if button.isVisible():
            bottom = button.mapToGlobal(button.rect().bottomRight())
            assert free.contains(bottom), (button.text(), bottom, free)
