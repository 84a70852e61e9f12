"""The record list over 20,000 records: every filter's page and count arrive, and the GUI thread
never waits for a page (each is still being read when set_filter returns). How fast is
tests/bench/bench_ui.py's question (100,000 records), not a test's: no clock here. Marked slow:
on a fresh machine the 20,000-record vault is built first."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from shekara.services.session import Session
from shekara.ui.context import UiContext
from shekara.ui.main.window import MainWindow
from shekara.vault.records import RecordFilter
from tests.bench.vault_builder import BuiltVault, cached_vault
from tests.ui.conftest import close_under_lock

RECORDS = 20_000


@pytest.fixture(scope="session")
def big_vault() -> BuiltVault:
    """Built through the services once (cached between runs), only when a test asks for it."""
    return cached_vault(RECORDS)


@pytest.fixture
def big_session(big_vault: BuiltVault) -> Iterator[Session]:
    session = big_vault.open()
    yield session
    close_under_lock(session)  # a page may still be read in a worker


def _wait_loaded(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.model.busy and window.model.rowCount() > 0,
                    timeout=20000)


@pytest.mark.slow
def test_first_page_and_filters_at_20k(qtbot: Any, qtmodeltester: Any, ui_context: UiContext,
                                       big_session: Session) -> None:
    window = MainWindow(big_session, ui_context)
    qtbot.addWidget(window)
    window.show()
    _wait_loaded(qtbot, window)
    assert window.model.rowCount() == 200
    qtbot.waitUntil(lambda: window.model.total == RECORDS, timeout=20000)
    for flt in (RecordFilter(kinds=("drug_intel",)), RecordFilter(citizenship="LTU"),
                RecordFilter(qualifies=True),
                RecordFilter(occurred_from="2025-01-01", occurred_to="2025-03-31")):
        window.model.set_filter(flt)
        # The page arrives through the event loop, which has not run yet: so it is being read
        # off the GUI thread, whatever the machine's load.
        assert window.model.busy, "set_filter read the page on the GUI thread"
        _wait_loaded(qtbot, window)
        expected = big_session.records.count(flt)
        qtbot.waitUntil(lambda e=expected: window.model.total == e, timeout=20000)
    window.model.set_filter(RecordFilter())
    _wait_loaded(qtbot, window)
    for _ in range(3):  # scrolling pulls pages in
        window.model.fetchMore()
        qtbot.waitUntil(lambda: not window.model.busy, timeout=20000)
    assert window.model.rowCount() == 800
    window.search_edit.setText("Нұрлан")
    qtbot.waitUntil(lambda: window.model.searching, timeout=20000)
    qtmodeltester.check(window.model, force_py=True)
