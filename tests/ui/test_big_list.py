"""The record list over 20,000 records (100,000 in tests/bench/bench_ui.py): the first page and
filter responses, printed; the GUI thread never waits for a page or a count."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from shekara.services.session import Session
from shekara.ui.context import UiContext
from shekara.ui.main.window import MainWindow
from shekara.ui.ops import session_lock
from shekara.vault.records import RecordFilter
from tests.bench.vault_builder import BuiltVault, cached_vault

RECORDS = 20_000


@pytest.fixture(scope="session")
def big_vault() -> BuiltVault:
    """Built through the services once (cached between runs), only when a test asks for it."""
    return cached_vault(RECORDS)


@pytest.fixture
def big_session(big_vault: BuiltVault) -> Iterator[Session]:
    session = big_vault.open()
    yield session
    with session_lock(session):  # a page may still be read in a worker
        session.close()


def _wait_loaded(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.model.busy and window.model.rowCount() > 0,
                    timeout=20000)


def test_first_page_and_filters_at_20k(qtbot: Any, qtmodeltester: Any, ui_context: UiContext,
                                       big_session: Session) -> None:
    started = time.perf_counter()
    window = MainWindow(big_session, ui_context)
    qtbot.addWidget(window)
    window.show()
    _wait_loaded(qtbot, window)
    first_page = (time.perf_counter() - started) * 1000
    assert window.model.rowCount() == 200
    qtbot.waitUntil(lambda: window.model.total == RECORDS, timeout=20000)
    timings = {"window with first page": first_page}
    for name, flt in {"kind": RecordFilter(kinds=("drug_intel",)),
                      "citizenship": RecordFilter(citizenship="LTU"),
                      "qualifies": RecordFilter(qualifies=True),
                      "date range": RecordFilter(occurred_from="2025-01-01",
                                                 occurred_to="2025-03-31")}.items():
        t0 = time.perf_counter()
        window.model.set_filter(flt)
        # While the page is read off the GUI thread, the GUI thread is free: measure that.
        gui_free = (time.perf_counter() - t0) * 1000
        assert gui_free < 50, f"set_filter blocked the GUI for {gui_free:.0f} ms"
        _wait_loaded(qtbot, window)
        timings[f"filter {name}"] = (time.perf_counter() - t0) * 1000
        expected = big_session.records.count(flt)
        qtbot.waitUntil(lambda e=expected: window.model.total == e, timeout=20000)
    window.model.set_filter(RecordFilter())
    _wait_loaded(qtbot, window)
    for _ in range(3):  # scrolling pulls pages in
        window.model.fetchMore()
        qtbot.waitUntil(lambda: not window.model.busy, timeout=20000)
    assert window.model.rowCount() == 800
    t0 = time.perf_counter()
    window.search_edit.setText("Нұрлан")
    qtbot.waitUntil(lambda: window.model.searching, timeout=20000)
    timings["search incl. 150 ms typing pause"] = (time.perf_counter() - t0) * 1000
    print("\n" + "\n".join(f"  {name:<40}{ms:8.1f} ms" for name, ms in timings.items()))
    assert timings["window with first page"] < 3000
    qtmodeltester.check(window.model, force_py=True)
