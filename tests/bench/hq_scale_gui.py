"""The window's record list over a large HQ vault (issue 13: "the GUI's scrolling"), measured on
real widgets offscreen: the list model the main window uses, over the same session source, in a
QTableView of a window's size. Each figure is the time from the request to the rows painted.

Used by hq_scale.measure (bench_scale.py --hq N); importing it starts no Qt.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

from shekara.services.session import Session
from shekara.vault.records import RecordFilter


def _wait(condition: Callable[[], bool], timeout: float = 120.0) -> None:
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the list did not answer")
        QCoreApplication.processEvents()
        time.sleep(0.0005)


def measure_gui(session: Session, year: int, runs: int = 5) -> list[tuple[str, float, str]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTableView

    import shekara.ui  # noqa: F401 - the refcount guard before any Qt call
    from shekara.ui.main.record_model import RecordTableModel
    from shekara.ui.main.source import SessionRecordSource

    app = QApplication.instance() or QApplication(["bench"])
    model = RecordTableModel(session.ref)
    view = QTableView()
    view.setModel(model)
    view.resize(1280, 800)
    view.show()
    source = SessionRecordSource(session)
    rows: list[tuple[str, float, str]] = []

    def painted(action: Callable[[], None]) -> float:
        started = time.perf_counter()
        action()
        _wait(lambda: not model.busy)
        view.viewport().repaint()
        app.processEvents()
        return (time.perf_counter() - started) * 1000

    firsts, pages, filtered = [], [], []
    month = RecordFilter(occurred_from=f"{year}-03-01", occurred_to=f"{year}-03-31")
    for _ in range(runs):
        firsts.append(painted(lambda: model.set_source(source)))
        _wait(lambda: model.total is not None)
        for _page in range(5):
            pages.append(painted(model.fetchMore))
        view.scrollToBottom()
        filtered.append(painted(lambda: model.set_filter(month)))
        model.set_filter(RecordFilter())
        _wait(lambda: not model.busy and model.total is not None)
    rows.append(("GUI list: first page shown (ms)", statistics.median(firsts), "≤ 100"))
    rows.append(("GUI list: scrolling, next page shown (ms)", statistics.median(pages),
                 "≤ 100"))
    rows.append(("GUI list: month filter, first page shown (ms)", statistics.median(filtered),
                 "≤ 100"))
    view.close()
    model.set_source(None)
    return rows
