"""Documents > Period summary…: the period and, as `--checkpoint`, one crossing point — the
Party's points listed by name, all of them by default; the summary counts that point's records."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from shekara.services.session import Session
from shekara.ui.reports import ReportPreviewDialog
from shekara.ui.reports.opening import open_summary_report
from shekara.ui.reports.period_dialog import PeriodDialog, party_checkpoints
from tests.cli.conftest import example_record
from tests.reports.pdfcheck import text

POINT = "KZ-NUR-ZHOLY-ROAD"


def test_the_partys_crossing_points_are_offered_all_by_default(qtbot: Any,
                                                               session: Session) -> None:
    points = party_checkpoints(session.ref, "KZ", "kk")
    assert points and all(session.ref.checkpoints[code].party == "KZ" for code, _ in points)
    assert [shown for _, shown in points] == sorted((s for _, s in points), key=str.casefold)
    dialog = PeriodDialog(None, points)
    qtbot.addWidget(dialog)
    assert dialog.checkpoint.count() == len(points) + 1
    assert dialog.chosen_checkpoint() is None  # all crossing points
    dialog.checkpoint.setCurrentIndex(dialog.checkpoint.findData(POINT))
    assert dialog.chosen_checkpoint() == POINT
    assert f"({POINT})" in dialog.checkpoint.currentText()
    bare = PeriodDialog(None, ())  # no points to choose from: no choice shown
    qtbot.addWidget(bare)
    bare.show()
    assert not bare.checkpoint.isVisible() and bare.chosen_checkpoint() is None


def test_the_summary_of_one_crossing_point_counts_its_records(qtbot: Any,
                                                              session: Session) -> None:
    at_point = copy.deepcopy(example_record())
    at_point["place"]["checkpoint"] = POINT
    ids = session.records.add([at_point, example_record(), example_record()])
    session.records.approve_many(ids)
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[ReportPreviewDialog] = []
    open_summary_report(parent, session, date(2026, 11, 1), date(2026, 11, 30), POINT,
                        on_shown=shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    content = text(bytes(shown[0]._data.data()))
    assert session.ref.checkpoint_name(POINT, "kk") in content
    count, digest = session.reports.summary_digest(date(2026, 11, 1), date(2026, 11, 30), POINT)
    assert count == 1  # the one record at that point, of three
    # The QR text printed beside the code (wrapped at the column's edge) names the point.
    assert f"SHK1:S:20261101:20261130:{POINT}:1:{digest.upper()}" in "".join(content.split())


def test_the_documents_menu_asks_and_passes_the_point_on(qtbot: Any, session: Session,
                                                          ui_context: Any) -> None:
    from shekara.ui.main.window import MainWindow

    window = MainWindow(session, ui_context)
    qtbot.addWidget(window)
    asked: list[object] = []

    def answer() -> tuple[date, date, str | None]:
        asked.append(True)
        return date(2026, 11, 1), date(2026, 11, 30), POINT

    window.record_actions.ask_summary = answer
    window.record_actions.act_summary.trigger()
    qtbot.waitUntil(lambda: window.findChild(ReportPreviewDialog) is not None, timeout=20000)
    preview = window.findChild(ReportPreviewDialog)
    assert asked and preview is not None
    assert session.ref.checkpoint_name(POINT, "kk") in text(bytes(preview._data.data()))
