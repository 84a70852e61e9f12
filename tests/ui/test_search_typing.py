"""Search as the officer types (issue 10): no pause before a search, one search at a time, the
newest text searched next; the list's Kind and citizenship fit asked of one row per text."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from shekara.errors import StateError
from shekara.services.records import RecordService
from shekara.ui.context import UiContext
from shekara.ui.main import record_list
from shekara.ui.main.record_model import Column
from shekara.ui.main.window import MainWindow
from tests.ui.conftest import SUPERVISOR, VaultFixture


@pytest.fixture
def window(qtbot: Any, ui_context: UiContext, vault: VaultFixture) -> MainWindow:
    ids = vault.add_samples(240)
    with vault.session(SUPERVISOR) as boss:
        for record_id in ids[:5]:
            boss.records.withdraw(record_id, "duplicate")  # italic rows in the list
    main = MainWindow(vault.session(SUPERVISOR), ui_context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.model.total == 240, timeout=10000)
    return main


class HeldSearch:
    """Wraps the session's search: records each text, counts searches running at once, and
    holds the first one until `release()` (so keys can be typed while it runs)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, fail_first: bool = False) -> None:
        self.texts: list[str] = []
        self.running = 0
        self.most_at_once = 0
        self.gate = threading.Event()
        self._fail_first = fail_first
        self._real = RecordService.search
        self._guard = threading.Lock()
        held = self

        def search(service: RecordService, text: str, *args: Any, **kwargs: Any) -> Any:
            return held.search(service, text, *args, **kwargs)

        # `session.records` makes a service per use: the class is where a search goes through.
        monkeypatch.setattr(RecordService, "search", search)

    def search(self, service: RecordService, text: str, *args: Any, **kwargs: Any) -> Any:
        with self._guard:
            self.texts.append(text)
            first = len(self.texts) == 1
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
        try:
            if first:
                self.gate.wait(10)
                if self._fail_first:
                    raise StateError("test.search", "the first search failed")
            return self._real(service, text, *args, **kwargs)
        finally:
            with self._guard:
                self.running -= 1

    def release(self) -> None:
        self.gate.set()


def type_text(window: MainWindow, text: str) -> None:
    for end in range(1, len(text) + 1):
        window.search_edit.setText(text[:end])  # one textChanged per key, as typing does


def test_the_first_key_searches_at_once_and_the_newest_text_comes_next(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    held = HeldSearch(monkeypatch)
    word = window.model.row_at(0).title.split()[0][:5]  # type: ignore[union-attr]
    type_text(window, word)
    qtbot.waitUntil(lambda: held.texts == [word[:1]], timeout=5000)  # no pause, no wait
    held.release()
    qtbot.waitUntil(lambda: window.model.searching
                    and window.model._search_text == word, timeout=10000)
    # The keys typed while the first search ran cost one search more, of the newest text;
    # the first one's (stale) answer was never shown.
    assert held.texts == [word[:1], word]
    assert held.most_at_once == 1
    assert window.model.total and all(
        window.model.row_at(i) is not None for i in range(window.model.rowCount()))


def test_emptying_the_box_while_a_search_runs_goes_back_to_the_list(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    held = HeldSearch(monkeypatch)
    type_text(window, "abc")
    window.search_edit.clear()
    held.release()
    qtbot.waitUntil(lambda: not window.model.busy and window.model.total == 240, timeout=10000)
    qtbot.wait(100)  # the held search's answer arrives and is dropped
    assert not window.model.searching
    assert held.texts == ["a"]  # nothing searched again after the box was emptied


def test_a_stale_search_that_failed_is_not_shown_and_the_newest_text_runs(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(record_list, "show_error", lambda _parent, err: shown.append(err))
    held = HeldSearch(monkeypatch, fail_first=True)
    window.search_edit.setText("zz")
    qtbot.waitUntil(lambda: held.texts == ["zz"], timeout=5000)
    window.search_edit.setText("zzqqjj")
    held.release()
    qtbot.waitUntil(lambda: window.model._search_text == "zzqqjj", timeout=10000)
    assert held.texts == ["zz", "zzqqjj"]
    assert shown == []  # the failure was of a stale text: the newest one answered


def test_a_failed_search_of_the_text_shown_is_reported(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(record_list, "show_error", lambda _parent, err: shown.append(err))
    held = HeldSearch(monkeypatch, fail_first=True)
    window.search_edit.setText("zz")
    held.release()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10000)
    assert isinstance(shown[0], StateError)
    window.search_edit.setText("zzq")  # the next key searches again: nothing stays stuck
    qtbot.waitUntil(lambda: window.model._search_text == "zzq", timeout=10000)


def test_kind_and_citizenship_hints_are_what_qt_measures(window: MainWindow) -> None:
    assert any(window.model.row_at(i).status == "withdrawn"  # type: ignore[union-attr]
               for i in range(window.model.rowCount()))
    for column in (Column.KIND, Column.CITIZENSHIP):
        # Qt asks every row of the page (fewer than its thousand); one row per text suffices.
        hint = window.records_page.column_hint(column)
        assert hint == window.view.sizeHintForColumn(column), column
