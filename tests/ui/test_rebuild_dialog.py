"""Unlocking a vault with a rebuild flagged by a schema step: a dialog says what is rebuilt,
why and how far, the list of records appears after it; it cannot be dismissed, a desktop lock
waits for it, and quitting rolls it back (it runs again at the next unlock)."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from shekara.services.rebuilds import REBUILDS, PendingRebuild
from shekara.ui.app import AppController
from shekara.ui.context import UiContext
from shekara.ui.unlock.rebuild_dialog import RebuildDialog
from shekara.vault import records as repo
from shekara.vault.vault import Vault
from tests.ui.conftest import SUPERVISOR, SUPERVISOR_PASS, VaultFixture

RECORDS = 120
BATCH = 32
FLAGS = [kind.flag for kind in REBUILDS]


class Gate:
    """Holds the worker at the index's second batch (after it reported its first batch) until
    the test opens it: what the window shows meanwhile is then certain."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.open = threading.Event()
        self.calls = 0
        original = repo.insert_search_entries

        def gated(conn: Any, entries: Any) -> None:
            self.calls += 1
            if self.calls == 2:
                self.open.wait(timeout=30)
            original(conn, entries)

        monkeypatch.setattr(repo, "insert_search_entries", gated)


@pytest.fixture
def stale(vault: VaultFixture, monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    """RECORDS records, the index emptied and both rebuilds flagged, as a schema step leaves
    them; the worker held by a gate that every test opens before it ends."""
    monkeypatch.setattr(repo, "_HEADS_BATCH", BATCH)
    vault.add_samples(RECORDS)
    flagged = Vault.open(vault.directory, SUPERVISOR, SUPERVISOR_PASS)
    with flagged.transaction() as conn:
        conn.execute("DELETE FROM search")
        for flag in FLAGS:
            flagged.set_setting(flag, "1")
    flagged.lock()
    gate = Gate(monkeypatch)
    yield gate
    gate.open.set()


def flags_of(vault: VaultFixture) -> list[str]:
    opened = Vault.open(vault.directory, SUPERVISOR, SUPERVISOR_PASS)
    try:
        return [opened.setting(flag) for flag in FLAGS]
    finally:
        opened.lock()


def click_unlock(qtbot: Any, qapp: Any, context: UiContext) -> AppController:
    """The unlock screen shown, the supervisor's login and passphrase typed, Unlock clicked."""
    controller = AppController(qapp, context)
    qtbot.addWidget(controller.unlock_window)
    controller.start()
    window = controller.unlock_window
    window.login_edit.setText(SUPERVISOR)
    window.pass_edit.setText(SUPERVISOR_PASS)
    window.unlock_button.click()
    return controller


def start_unlocking(qtbot: Any, qapp: Any, context: UiContext) -> AppController:
    controller = click_unlock(qtbot, qapp, context)
    qtbot.waitUntil(lambda: controller.rebuild_dialog is not None
                    and controller.rebuild_dialog.records_done >= BATCH, timeout=10000)
    return controller


def test_the_rebuild_is_shown_with_its_count_then_the_list_appears(
        qtbot: Any, qapp: Any, ui_context: UiContext, vault: VaultFixture,
        stale: Gate) -> None:
    unlocked: list[bool] = []
    controller = start_unlocking(qtbot, qapp, ui_context)
    controller.unlocked.connect(lambda: unlocked.append(True))
    dialog: RebuildDialog = controller.rebuild_dialog
    assert dialog.isVisible() and dialog.isModal() and controller.main_window is None
    assert dialog.windowTitle() == "Updating the vault"
    assert "in a new way" in dialog.explain.text()
    assert f"Rebuilding the search index ({RECORDS} records)" in dialog.items.text()
    assert f"Checking which records qualify under the Agreement ({RECORDS} records)" in \
        dialog.items.text()
    assert dialog.step_label.text() == \
        f"Rebuilding the search index (step 1 of {len(REBUILDS)})"
    assert dialog.count_label.text() == f"{BATCH} of {RECORDS} records"
    assert (dialog.bar.value(), dialog.bar.maximum()) == (BATCH, RECORDS)
    assert "next unlock" in dialog.note.text()
    assert dialog.bar.hasFocus() or dialog.focusWidget() is dialog.bar
    assert dialog.bar.accessibleName() == dialog.step_label.text()
    steps: list[int] = []
    dialog.bar.valueChanged.connect(lambda _value: steps.append(dialog.step))
    with qtbot.waitSignal(controller.unlocked, timeout=20000):
        stale.open.set()
    assert 1 in steps  # the second rebuild was shown too
    assert controller.rebuild_dialog is None and not dialog.isVisible()
    main = controller.main_window
    qtbot.addWidget(main)
    assert main.isVisible() and not controller.unlock_window.isVisible()
    qtbot.waitUntil(lambda: main.model.rowCount() > 0, timeout=10000)
    assert controller.session is not None
    assert [controller.session.vault.setting(flag) for flag in FLAGS] == ["0"] * len(FLAGS)
    assert len(controller.session.records.search("a", limit=500)) > 0
    assert unlocked == [True]
    controller.shutdown()


def test_escape_and_the_window_close_do_not_dismiss_it(qtbot: Any, ui_context: UiContext) -> None:
    dialog = RebuildDialog([PendingRebuild(kind, 1_000_000) for kind in REBUILDS])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible()
    dialog.show_progress(120_000, 1_000_000, "0")
    assert dialog.count_label.text() == "120,000 of 1,000,000 records"
    # The clock moves while the count stands still (the search index merging its segments).
    shown = dialog.elapsed_label.text()
    qtbot.waitUntil(lambda: dialog.elapsed_label.text() != shown, timeout=10000)
    assert re.fullmatch(r"Time so far: \d+:\d\d", dialog.elapsed_label.text())
    dialog.show_progress(0, 1_000_000, "1")
    assert dialog.step_label.text().startswith("Checking which records qualify")
    assert dialog.step_label.text().endswith(f"(step 2 of {len(REBUILDS)})")
    dialog.finish()
    assert not dialog.isVisible()


@pytest.mark.parametrize(("lang", "title", "words"), [
    ("ru", "Обновление хранилища", "Перестройка поискового индекса (1\u00a0000\u00a0000 записей)"),
    ("kk", "Қойманы жаңарту", "Іздеу индексін қайта құру (1\u00a0000\u00a0000 жазба)"),
    ("lt", "Saugykla atnaujinama", "Perkuriamas paieškos indeksas (1\u00a0000\u00a0000 įrašų)"),
])
def test_the_dialog_speaks_the_officers_language(qtbot: Any, ui_context: UiContext,
                                                 catalogs: Path, lang: str, title: str,
                                                 words: str) -> None:
    ui_context.translations.set_language(lang)
    dialog = RebuildDialog([PendingRebuild(kind, 1_000_000) for kind in REBUILDS])
    qtbot.addWidget(dialog)
    dialog.show_progress(21, 1_000_000, "0")
    assert dialog.windowTitle() == title
    assert words in dialog.items.text()
    for label in (dialog.explain, dialog.note, dialog.step_label, dialog.count_label):
        assert label.text() and "record" not in label.text(), label.text()
    dialog.finish()


def test_a_desktop_lock_waits_for_the_rebuild_then_locks(
        qtbot: Any, qapp: Any, ui_context: UiContext, vault: VaultFixture,
        stale: Gate) -> None:
    controller = start_unlocking(qtbot, qapp, ui_context)
    unlocked: list[bool] = []
    controller.unlocked.connect(lambda: unlocked.append(True))
    session = controller.session
    controller.lock("desktop")  # what D-Bus says when the screen locks itself
    assert controller.session is session and not session.vault.is_locked
    assert controller.rebuild_dialog.isVisible()
    with qtbot.waitSignal(controller.locked, timeout=20000) as blocker:
        stale.open.set()
    assert blocker.args == ["desktop"] and session.vault.is_locked
    assert controller.main_window is None and controller.rebuild_dialog is None
    assert unlocked == [] and controller.unlock_window.isVisible()
    assert "computer was locked" in controller.unlock_window.wait_label.text()
    assert flags_of(vault) == ["0"] * len(FLAGS)  # the work was kept
    controller.shutdown()


def test_quitting_mid_rebuild_rolls_it_back_for_the_next_unlock(
        qtbot: Any, qapp: Any, ui_context: UiContext, vault: VaultFixture,
        stale: Gate) -> None:
    controller = start_unlocking(qtbot, qapp, ui_context)
    session = controller.session
    dialog = controller.rebuild_dialog
    from shekara.ui import ops

    ops.cancel_operations(session)  # what shutdown does first; then the worker may go on
    stale.open.set()
    controller.shutdown()  # waits for the batch in hand, then closes the vault
    assert session.vault.is_locked and controller.rebuild_dialog is None
    assert not dialog.isVisible()
    assert flags_of(vault) == ["1"] * len(FLAGS)  # it runs again at the next unlock
    with vault.session() as again:  # (a session that rebuilds on open, as tests use)
        assert [again.vault.setting(flag) for flag in FLAGS] == ["0"] * len(FLAGS)


def test_a_failed_rebuild_is_said_and_the_next_unlock_runs_it_again(
        qtbot: Any, qapp: Any, ui_context: UiContext, vault: VaultFixture, stale: Gate,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from shekara.errors import VaultError

    stale.open.set()
    written = repo.insert_search_entries

    def disk_full(conn: Any, entries: Any) -> None:
        raise VaultError("vault.write_failed", "could not write to the vault: {reason}",
                         reason="the disk is full")

    monkeypatch.setattr(repo, "insert_search_entries", disk_full)
    controller = click_unlock(qtbot, qapp, ui_context)
    window = controller.unlock_window
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorBox") is not None,
                    timeout=10000)
    box = window.findChild(QMessageBox, "errorBox")
    assert "the disk is full" in box.text()
    assert controller.session is None and controller.main_window is None
    assert controller.rebuild_dialog is None and window.isVisible()
    assert flags_of(vault) == ["1"] * len(FLAGS)
    box.close()
    monkeypatch.setattr(repo, "insert_search_entries", written)
    window.pass_edit.setText(SUPERVISOR_PASS)
    with qtbot.waitSignal(controller.unlocked, timeout=20000):
        window.unlock_button.click()
    qtbot.addWidget(controller.main_window)
    assert flags_of(vault) == ["0"] * len(FLAGS)
    controller.shutdown()
