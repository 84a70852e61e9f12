"""print_pdf: a PDF held in memory printed without a preview (the setup wizard's recovery
sheet), through the real print path onto a PDF "printer"; Cancel in the dialog prints nothing."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from shekara.services.reports import ReportService
from shekara.services.session import Session
from shekara.ui.reports.printing import print_pdf


@pytest.fixture
def pdf(session: Session, long_record: str) -> bytes:
    return ReportService(session.vault, session.ref).incident(long_record).pdf


def test_prints_every_page_onto_the_chosen_printer(qtbot: Any, pdf: bytes, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "printed.pdf"

    def choose_a_pdf_printer(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", choose_a_pdf_printer)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert print_pdf(parent, pdf, "Recovery sheet") is True
    printed = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(printed.pages) == len(PdfReader(io.BytesIO(pdf)).pages)


def test_cancel_in_the_print_dialog_prints_nothing(qtbot: Any, pdf: bytes,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda _d: int(QDialog.DialogCode.Rejected))
    parent = QWidget()
    qtbot.addWidget(parent)
    assert print_pdf(parent, pdf, "Recovery sheet") is False
