"""Printing from the main window (issue 10): the incident report of the record chosen in the list
or open in front, and a period summary, through the preview (saved PDFs read back)."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtPdf import QPdfDocument

from shekara.ui.context import UiContext
from shekara.ui.main.window import MainWindow
from shekara.ui.reports.period import PeriodDialog
from shekara.ui.reports.preview import ReportPreviewDialog
from tests.cli.conftest import border_record
from tests.ui.conftest import OFFICER, SUPERVISOR, VaultFixture


def text_of(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                          check=True).stdout.decode()


def preview(qtbot: Any, start: Any) -> ReportPreviewDialog:
    found: list[ReportPreviewDialog] = []
    assert start(found.append) is not None
    qtbot.waitUntil(lambda: bool(found), timeout=20_000)
    dialog = found[0]
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    return dialog


def test_the_incident_report_of_the_chosen_and_of_the_open_record(
        qtbot: Any, ui_context: UiContext, vault: VaultFixture, tmp_path: Path) -> None:
    session = vault.session(OFFICER)
    [first, second] = session.records.add([border_record("Žukauskas", "Tomas", "LTU"),
                                           border_record("Kazlauskas", "Jonas", "LTU")])
    main = MainWindow(vault.session(SUPERVISOR), ui_context)
    qtbot.addWidget(main)
    main.show()
    assert main.print_incident() is None  # nothing chosen: nothing to print
    qtbot.waitUntil(lambda: main.model.rowCount() == 2, timeout=5000)
    row = next(i for i, r in enumerate(main.model.rows()) if r.id == first)
    main.view.selectRow(row)
    dialog = preview(qtbot, lambda shown: main.print_incident(on_shown=shown))
    saved = dialog.save_to(tmp_path / "chosen.pdf")
    assert saved is not None and "Žukauskas" in text_of(saved)

    listed = next(r for r in main.model.rows() if r.id == second)
    editor = main.editors.open_record(listed.id, listed.kind, listed.title)
    assert main.tabs.currentWidget() is editor  # the record in front wins over the list
    dialog = preview(qtbot, lambda shown: main.print_incident(on_shown=shown))
    saved = dialog.save_to(tmp_path / "open.pdf")
    assert saved is not None and "Kazlauskas" in text_of(saved)
    assert main.act_print_incident.shortcut().toString() == "Ctrl+Shift+P"


def test_a_period_summary_from_the_menu(qtbot: Any, ui_context: UiContext,
                                        vault: VaultFixture, tmp_path: Path) -> None:
    vault.session(OFFICER).records.add([border_record("Žukauskas", "Tomas", "LTU")])
    main = MainWindow(vault.session(SUPERVISOR), ui_context)
    qtbot.addWidget(main)
    dialog = preview(qtbot, lambda shown: main.print_summary(
        dates=(date(2026, 1, 1), date(2026, 12, 31)), on_shown=shown))
    saved = dialog.save_to(tmp_path / "summary.pdf")
    assert saved is not None and "2026" in text_of(saved)
    assert main.act_print_summary in main.menu_records.actions()


def test_the_period_dialog_defaults_to_this_month_and_keeps_the_order(qtbot: Any) -> None:
    dialog = PeriodDialog(today=date(2026, 12, 5))
    qtbot.addWidget(dialog)
    assert dialog.period() == (date(2026, 12, 1), date(2026, 12, 5))
    dialog.start.setDate(dialog.start.date().addDays(10))
    assert dialog.period()[1] >= dialog.period()[0]
