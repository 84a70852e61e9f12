"""Documents > Statistics (counts, no names)…: the Art. 3.1.2 counts of a real vault, previewed
as a PDF (read back) and saved as CSV (read back), both audited as the command does."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox, QWidget

from shekara.services.session import Session
from shekara.ui.reports import ReportPreviewDialog
from shekara.ui.reports.statistics_dialog import StatisticsDialog
from shekara.vault import audit
from tests.cli.conftest import example_record
from tests.reports.pdfcheck import text

NOVEMBER = (QDate(2026, 11, 1), QDate(2026, 11, 30))


def _approved(session: Session, count: int) -> list[str]:
    ids = session.records.add([example_record() for _ in range(count)])  # 2026-11-20, LTU
    session.records.approve_many(ids)
    return ids


def _dialog(qtbot: Any, session: Session) -> tuple[QWidget, StatisticsDialog]:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = StatisticsDialog(session, parent)
    dialog.show()
    dialog.start.setDate(NOVEMBER[0])
    dialog.end.setDate(NOVEMBER[1])
    return parent, dialog


def _prints(session: Session) -> list[dict[str, Any]]:
    return [e.detail for e in audit.entries(session.vault.conn, action="print")]


def test_the_counts_are_saved_as_csv_and_audited(qtbot: Any, session: Session,
                                                 tmp_path: Path) -> None:
    _approved(session, 3)
    session.records.add([example_record()])  # a draft: counted apart, not in force
    _parent, dialog = _dialog(qtbot, session)
    asked: list[str] = []
    dialog.ask_csv_path = lambda name: (asked.append(name), tmp_path / "nov")[1]
    dialog.csv_button.click()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=20000)
    assert asked == ["statistics-20261101-20261130.csv"]  # the name offered
    assert dialog.saved == tmp_path / "nov.csv"  # the extension added
    assert str(tmp_path / "nov.csv") in dialog.message.text()
    rows = list(csv.reader((tmp_path / "nov.csv").open(encoding="utf-8")))
    assert rows[1][:5] == ["period", "2026-11-01/2026-11-30", "", "", "3"]
    assert rows[2][:5] == ["excluded", "draft", "", "", "1"]
    citizenship = [r for r in rows if r[0] == "citizenship"]
    assert [(r[1], r[4]) for r in citizenship] == [("LTU", "3")]
    assert not any("Žukauskas" in cell or "ZHUKAUSKAS" in cell.upper()
                   for row in rows for cell in row)  # no names leave the vault
    assert _prints(session)[-1] == {"document": "statistics", "output": "csv",
                                    "from": "2026-11-01", "to": "2026-11-30"}


def test_cancelling_the_file_chooser_writes_nothing(qtbot: Any, session: Session) -> None:
    _parent, dialog = _dialog(qtbot, session)
    dialog.ask_csv_path = lambda _name: None
    dialog.csv_button.click()
    assert dialog.saved is None and _prints(session) == []


def test_a_period_ending_before_it_starts_is_refused_in_red(qtbot: Any, session: Session,
                                                            tmp_path: Path) -> None:
    _parent, dialog = _dialog(qtbot, session)
    dialog.start.setDate(QDate(2026, 12, 1))
    dialog.ask_csv_path = lambda _name: tmp_path / "x.csv"
    dialog.csv_button.click()
    qtbot.waitUntil(lambda: dialog._error is not None, timeout=20000)
    assert "ends before it starts" in dialog.message.text()
    assert "#B00020" in dialog.message.styleSheet()
    assert not (tmp_path / "x.csv").exists() and _prints(session) == []
    dialog.start.setDate(QDate(2026, 11, 1))  # correcting the dates clears the refusal
    assert dialog.message.text() == ""


def test_the_pdf_opens_in_the_preview_and_its_save_is_audited(
        qtbot: Any, session: Session, monkeypatch: Any, tmp_path: Path) -> None:
    _approved(session, 2)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: None)
    parent, dialog = _dialog(qtbot, session)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: bool(parent.findChildren(ReportPreviewDialog)), timeout=20000)
    [preview] = parent.findChildren(ReportPreviewDialog)
    content = text(bytes(preview._data.data()))
    assert "Статистические сведения" in content
    assert "с 1 ноября 2026 г. по 30 ноября 2026 г." in content  # the period chosen
    assert "Žukauskas" not in content
    assert preview.save_to(tmp_path / "stats.pdf") == tmp_path / "stats.pdf"
    assert text((tmp_path / "stats.pdf").read_bytes()) == content
    assert _prints(session)[-1]["document"] == "statistics"


def test_the_documents_menu_offers_it(qtbot: Any, session: Session, ui_context: Any) -> None:
    from shekara.ui.main.window import MainWindow

    window = MainWindow(session, ui_context)
    qtbot.addWidget(window)
    action = window.record_actions.act_statistics
    assert action in window.menu_documents.actions() and action.isEnabled()
    action.trigger()
    [dialog] = window.findChildren(StatisticsDialog)
    assert dialog.isVisible()
    start, end = dialog.period()
    assert start == date(date.today().year, 1, 1) and end == date.today()
    dialog.close()
