"""Admin > Check the vault… on real vaults: a clean vault agrees; derived data damaged with raw
SQL is named by table, Repair makes it again through the rebuild dialog (audited
`vault.repair`) and the check that follows is clean; Cancel stops the walk and leaves the vault
as it was; a broken audit chain and damaged pages are said and offer no repair."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from shekara.services.session import Session
from shekara.ui.context import UiContext
from shekara.ui.main.window import MainWindow
from shekara.ui.maintenance import check_dialog
from shekara.ui.maintenance.check_dialog import CheckVaultDialog
from shekara.ui.unlock.rebuild_dialog import RebuildDialog
from shekara.vault import audit, derived_check
from shekara.vault.vault import Vault
from tests.ui.conftest import OFFICER, PASSWORDS, SUPERVISOR, VaultFixture, close_under_lock
from tests.ui.export.world import make_vault

RECORDS = 40
BATCH = 8  # five batches: a walk Cancel can stop part-way


@pytest.fixture
def filled(vault: VaultFixture, monkeypatch: pytest.MonkeyPatch, catalogs: Path) -> VaultFixture:
    """RECORDS records, walked in batches of BATCH; the catalogs built (English plurals)."""
    monkeypatch.setattr(derived_check, "_BATCH", BATCH)
    vault.add_samples(RECORDS)
    return vault


def damage(vault: VaultFixture, *statements: str) -> None:
    """Raw SQL on the vault file, as a disk or a hand behind Shekara's back would."""
    opened = Vault.open(vault.directory, SUPERVISOR, PASSWORDS[SUPERVISOR])
    try:
        with opened.transaction() as conn:
            for sql in statements:
                conn.execute(sql)
    finally:
        opened.lock()


LOSE_AN_ENTRY = "DELETE FROM search WHERE rowid = (SELECT min(rowid) FROM records)"
MISCOUNT = ("UPDATE record_counts SET n = n + 2 WHERE (kind, status) = (SELECT kind, status FROM"
            " records ORDER BY rowid LIMIT 1)")


def dialog_for(qtbot: Any, session: Session) -> CheckVaultDialog:
    dialog = CheckVaultDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def run_to_end(qtbot: Any, dialog: CheckVaultDialog) -> None:
    dialog.start_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30000)


def first_id(session: Session) -> str:
    return str(session.vault.conn.execute(
        "SELECT id FROM records ORDER BY rowid LIMIT 1").fetchone()[0])


def test_a_clean_vault_agrees(qtbot: Any, ui_context: UiContext, filled: VaultFixture) -> None:
    dialog = dialog_for(qtbot, filled.session(OFFICER))
    assert dialog.start_button.text() == "&Start the check" and dialog.verdict.text() == ""
    run_to_end(qtbot, dialog)
    text = dialog.verdict.text()
    assert f"{RECORDS} records checked" in text
    assert text.count(": agrees") == 7  # every derived table, the received facts' index too
    assert "the audit chain: intact" in text
    assert dialog.advice.text().startswith("Everything agrees")
    assert dialog.repair_button.isHidden() and dialog.start_button.text() == "Check &again"


def test_damaged_derived_data_is_named_and_repaired_by_an_officer(
        qtbot: Any, ui_context: UiContext, filled: VaultFixture) -> None:
    damage(filled, LOSE_AN_ENTRY, MISCOUNT)
    session = filled.session(OFFICER)  # no supervisor needed (ui/maintenance/check_dialog.py)
    record_id = first_id(session)
    dialog = dialog_for(qtbot, session)
    repaired: list[bool] = []
    dialog.repaired.connect(lambda: repaired.append(True))
    run_to_end(qtbot, dialog)
    text = dialog.verdict.text()
    assert f"the search index: 1 record disagrees (for example {record_id})" in text
    assert "the record counts per kind and status: 2 records disagree" in text
    assert "the record list (status, version, date, crossing point, title, citizenships):" \
           " agrees" in text
    assert dialog.advice.text().startswith("Some derived data disagrees")
    assert dialog.repair_button.isVisible() and dialog.repair_button.text() == "&Repair"
    before = len(audit.entries(session.vault.conn, action="vault.repair"))
    dialog.repair_button.click()
    rebuilds = dialog.findChild(RebuildDialog)
    assert rebuilds is not None and rebuilds.windowTitle() == "Repairing the vault"
    assert "Admin &gt; Check the vault" in rebuilds.items.text()  # why it runs (HTML)
    qtbot.waitUntil(lambda: bool(repaired) and not dialog.running and dialog.outcome is not None,
                    timeout=30000)
    assert dialog.advice.text().startswith("Everything agrees")
    assert dialog.verdict.text().count(": agrees") == 7
    [entry] = audit.entries(session.vault.conn, action="vault.repair")[before:]
    assert entry.officer == OFFICER
    assert entry.detail["tables"] == {"search_index": {"disagree": 1, "stray": 0},
                                      "record_counts": {"disagree": 2, "stray": 0}}
    assert session.rebuilds.pending() == [] and audit.verify(session.vault.conn).ok


def vault_state(vault: VaultFixture) -> str:
    """A digest of every table the check reads or a repair would write (the file's bytes
    change with a WAL checkpoint alone)."""
    opened = Vault.open(vault.directory, SUPERVISOR, PASSWORDS[SUPERVISOR])
    try:
        digest = hashlib.sha256()
        for table in ("records", "record_counts", "record_citizenships", "audit", "meta",
                      "search_docsize"):
            for row in opened.conn.execute(f"SELECT * FROM {table} ORDER BY 1"):
                digest.update(repr(tuple(row)).encode())
        return digest.hexdigest()
    finally:
        opened.lock()


class Gate:
    """Holds the derived walk at its second batch until the test opens it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.held, self.go = threading.Event(), threading.Event()
        self.batches: list[int] = []
        original = derived_check.citizenship_codes

        def gated(conn: Any, first: int, last: int) -> Any:
            self.batches.append(first)
            if len(self.batches) == 2:
                self.held.set()
                self.go.wait(timeout=30)
            return original(conn, first, last)

        monkeypatch.setattr(derived_check, "citizenship_codes", gated)


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    made = Gate(monkeypatch)
    yield made
    made.go.set()  # never leave the worker waiting


def test_cancel_stops_the_walk_and_leaves_the_vault_as_it_was(
        qtbot: Any, ui_context: UiContext, filled: VaultFixture, gate: Gate) -> None:
    damage(filled, LOSE_AN_ENTRY)
    before = vault_state(filled)
    session = filled.session(OFFICER)
    dialog = dialog_for(qtbot, session)
    dialog.start_button.click()
    qtbot.waitUntil(gate.held.is_set, timeout=30000)
    qtbot.waitUntil(lambda: dialog.count_label.text() == f"{BATCH} of {RECORDS} records",
                    timeout=10000)
    assert dialog.close_button.text() == "&Cancel" and not dialog.start_button.isEnabled()
    dialog.close_button.click()
    assert dialog.step_label.text() == "Stopping the check…" and dialog.isVisible()
    gate.go.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30000)
    assert len(gate.batches) == 2  # no batch after the one in hand
    assert dialog.stopped and dialog.outcome is None and dialog.repair_button.isHidden()
    assert dialog.advice.text() == "The check was stopped before it ended. Nothing was changed."
    assert dialog.close_button.text() == "&Close" and dialog.start_button.text() == \
        "Check &again"
    close_under_lock(session)
    assert vault_state(filled) == before


def test_escape_stops_a_running_check_first_then_closes(
        qtbot: Any, ui_context: UiContext, filled: VaultFixture, gate: Gate) -> None:
    dialog = dialog_for(qtbot, filled.session(OFFICER))
    dialog.start_button.click()
    qtbot.waitUntil(gate.held.is_set, timeout=30000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.operation is not None
    assert dialog.operation.is_cancelled
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # a second press closes; the walk stops itself
    assert not dialog.isVisible()
    gate.go.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30000)
    assert len(gate.batches) == 2 and dialog.stopped


def test_a_broken_audit_chain_is_said_and_offers_no_repair(
        qtbot: Any, ui_context: UiContext, filled: VaultFixture) -> None:
    damage(filled, LOSE_AN_ENTRY, "DROP TRIGGER audit_no_update",
           "UPDATE audit SET detail = '{}' WHERE seq = 3")
    dialog = dialog_for(qtbot, filled.session(SUPERVISOR))
    run_to_end(qtbot, dialog)
    assert "the audit chain: broken at entry 3" in dialog.verdict.text()
    assert "the search index: 1 record disagrees" in dialog.verdict.text()
    advice = dialog.advice.text()
    assert advice.startswith("The audit chain is broken. It cannot be repaired")
    assert "Restore from a backup on the unlock screen" in advice  # the unlock's own button
    assert '"Put the vault that is there now aside" ticked' in advice
    # derived data disagrees, but the vault is evidence as it is: no repair is offered
    assert dialog.repair_button.isHidden()
    dialog.repair()
    assert dialog.findChild(RebuildDialog) is None


def test_damaged_pages_are_said_before_any_walk(
        qtbot: Any, ui_context: UiContext, filled: VaultFixture, tmp_path: Path) -> None:
    db = filled.directory / "vault.db"
    data = bytearray(db.read_bytes())
    data[len(data) - 4096 + 100] ^= 0x55  # the last page: not one read to open the vault
    db.write_bytes(bytes(data))
    session = filled.session(OFFICER)
    dialog = dialog_for(qtbot, session)
    steps: list[str] = []
    original = dialog._progressed
    dialog._progressed = lambda d, t, step: (steps.append(step), original(d, t, step))  # type: ignore[method-assign]
    run_to_end(qtbot, dialog)
    assert dialog.outcome is not None and dialog.outcome.problems and dialog.outcome.report is None
    assert check_dialog.DERIVED not in steps
    assert dialog.verdict.text().startswith("The page check found: ")
    assert dialog.advice.text().startswith("The vault is damaged: some of its pages fail")
    assert "cannot be repaired here" in dialog.advice.text()
    assert dialog.repair_button.isHidden()


@pytest.fixture
def windows(qtbot: Any, ui_context: UiContext, vault: VaultFixture,
            tmp_path: Path) -> Iterator[dict[str, MainWindow]]:
    """An officer's post window and an HQ's."""
    hq = Session(make_vault(tmp_path / "hq", "hq", "HQ-KZ"))
    made = {"post": MainWindow(vault.session(OFFICER), ui_context),
            "hq": MainWindow(hq, ui_context)}
    for window in made.values():
        qtbot.addWidget(window)
        window.show()
    yield made
    close_under_lock(hq)


def test_the_admin_menu_opens_it_in_a_post_and_an_hq_window(
        qtbot: Any, windows: dict[str, MainWindow]) -> None:
    for window in windows.values():
        menu = window.findChild(QMenu, "adminMenu")
        assert menu is not None and window.act_check in menu.actions()
        assert window.act_check.text() == "&Check the vault…" and window.act_check.isEnabled()
        window.act_check.trigger()
        dialog = window._find_dialog(CheckVaultDialog)
        assert dialog is not None and dialog.isVisible() and dialog.parent() is window
        assert window.open_check() is dialog  # one at a time
        run_to_end(qtbot, dialog)
        assert dialog.advice.text().startswith("Everything agrees")
        dialog.close_button.click()
        qtbot.waitUntil(lambda w=window: not w.open_dialogs(), timeout=5000)


def test_it_speaks_the_officers_language(qtbot: Any, ui_context: UiContext, catalogs: Path,
                                         filled: VaultFixture) -> None:
    ui_context.translations.set_language("ru")
    dialog = dialog_for(qtbot, filled.session(OFFICER))
    assert dialog.windowTitle() == "Проверка хранилища"
    run_to_end(qtbot, dialog)
    assert dialog.advice.text().startswith("Всё совпадает")
    assert "agrees" not in dialog.verdict.text() and "search index" not in dialog.verdict.text()
