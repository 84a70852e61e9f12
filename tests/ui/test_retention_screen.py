"""Admin > Retention…: the records due for review or past their time, each state in words as the
purge judges it; Keep longer… (a review with a reason); Purge N records… after a question.
Real vaults; records are made old with the vault's own retention writer (`set_retention`), and
HQ's acknowledgement is stood in for with the vault's own markers, as the purge tests do."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QModelIndex
from PySide6.QtWidgets import QMessageBox

from shekara.demo.samples import generate_records
from shekara.domain import text_rules
from shekara.services.retention import LEGAL_HOLD, REVIEW_DUE, TO_PURGE, WAITS_FOR_HQ
from shekara.services.session import Session
from shekara.ui.context import UiContext
from shekara.ui.main.window import MainWindow
from shekara.ui.retention.dialog import Column, KeepLongerDialog, RetentionDialog
from shekara.vault import audit
from shekara.vault import records as repo
from tests.ui.conftest import OFFICER, SUPERVISOR, VaultFixture

TODAY = date.today()


@dataclass
class Records:
    acked: str  # past its time, acknowledged: to be purged
    withdrawn: str  # past its time, withdrawn: to be purged
    waiting: str  # past its time, approved but not acknowledged
    held: str  # past its time, acknowledged, legal hold
    review: str  # next review today, kept for a year more
    fresh: str  # approved, nothing due
    draft: str  # never approved: no dates

    def expected(self) -> dict[str, str]:
        return {self.acked: TO_PURGE, self.withdrawn: TO_PURGE, self.waiting: WAITS_FOR_HQ,
                self.held: LEGAL_HOLD, self.review: REVIEW_DUE}


def _acknowledge(session: Session, record_id: str) -> None:
    with session.vault.transaction() as tx:
        head = repo.head_version(tx, record_id)
        repo.mark_exported(tx, [(record_id, head)], 1, "2026-11-01T00:00:00+00:00")
        repo.mark_acknowledged(tx, [(record_id, head)], "2026-11-02T00:00:00+00:00")
        repo.refresh_status(tx, record_id)


def _retain(session: Session, record_id: str, until: date, review: date) -> None:
    with session.vault.transaction() as tx:
        repo.set_retention(tx, record_id, repo.head_version(tx, record_id), until.isoformat(),
                           review.isoformat())


def make_records(vault: VaultFixture, session: Session) -> Records:
    inputs = list(generate_records(7, seed=5, party="KZ"))
    for i, data in enumerate(inputs):
        data["handling"] = {"confidential": True, "third_party": "consent_required",
                            "legal_hold": i == 3, "note": "court case" if i == 3 else ""}
    with vault.session(OFFICER) as writer:
        ids = writer.records.add(inputs)
    session.records.approve_many(ids[:6])
    made = Records(*ids)
    session.records.withdraw(made.withdrawn, "entered in error")
    for rid in (made.acked, made.held):
        _acknowledge(session, rid)
    past, long_past = TODAY - timedelta(days=1), TODAY - timedelta(days=400)
    for rid in (made.acked, made.withdrawn, made.waiting, made.held):
        _retain(session, rid, past, long_past)
    _retain(session, made.review, TODAY + timedelta(days=365), TODAY)
    return made


@pytest.fixture(autouse=True)
def _english(ui_context: UiContext, catalogs: Path) -> None:
    """English with its catalog: the plural forms ("2 records") come from it."""


@pytest.fixture
def session(vault: VaultFixture) -> Session:
    return vault.session(SUPERVISOR)


@pytest.fixture
def records(vault: VaultFixture, session: Session) -> Records:
    return make_records(vault, session)


def open_screen(qtbot: Any, session: Session) -> RetentionDialog:
    dialog = RetentionDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    return dialog


def states(dialog: RetentionDialog) -> dict[str, str]:
    return {item.id: item.state for item in dialog.model.rows()}


def row_of(dialog: RetentionDialog, record_id: str) -> int:
    return next(i for i, item in enumerate(dialog.model.rows()) if item.id == record_id)


def test_the_list_says_each_state_and_nothing_else(qtbot: Any, session: Session,
                                                   records: Records) -> None:
    dialog = open_screen(qtbot, session)
    assert states(dialog) == records.expected()  # neither the fresh record nor the draft
    words = {dialog.model.index(row_of(dialog, rid), Column.STATE).data(): state
             for rid, state in records.expected().items()}
    assert set(words) == {"to be purged", "past its time, waits for HQ's acknowledgement",
                          "on legal hold", "review due"}
    # the purge's own rule: "to be purged" is exactly what the purge would take
    would = {rid for rid, _ in session.retention.purge(TODAY, dry_run=True).purged}
    assert {rid for rid, s in states(dialog).items() if s == TO_PURGE} == would
    row = row_of(dialog, records.review)
    title = session.records.listed(records.review)
    assert title is not None
    assert dialog.model.index(row, Column.TITLE).data() == text_rules.shown(title.title)
    assert dialog.model.index(row, Column.KEPT_UNTIL).data() != "—"
    assert dialog.purge_button.isEnabled() and dialog.purge_button.text() == "&Purge 2 records…"
    # Nothing selected: Keep longer… waits for a row. (A table that takes the focus makes its
    # first row current by itself, which a loaded machine's window activation can do first.)
    dialog.view.setCurrentIndex(QModelIndex())
    assert not dialog.keep_button.isEnabled()
    assert dialog.summary.text() == "5 records due, 2 of them to be purged."


def test_nothing_due_says_so_and_offers_no_purge(qtbot: Any, session: Session) -> None:
    dialog = open_screen(qtbot, session)
    assert dialog.model.rowCount() == 0 and not dialog.purge_button.isEnabled()
    assert dialog.summary.text() == "Nothing is due for review or purge today."


def _keep_form(qtbot: Any, dialog: RetentionDialog, record_id: str) -> KeepLongerDialog:
    dialog.view.setCurrentIndex(dialog.model.index(row_of(dialog, record_id), 0))
    assert dialog.keep_button.isEnabled()
    form = dialog.open_keep_longer()
    assert form is not None and form.isVisible()
    return form


def _refused(qtbot: Any, form: KeepLongerDialog) -> None:
    form.submit()
    qtbot.waitUntil(lambda: not form.busy and bool(form.refusal.text()), timeout=10000)
    assert form.isVisible()


def test_keep_longer_refuses_without_a_reason_or_with_an_earlier_date(
        qtbot: Any, session: Session, records: Records) -> None:
    dialog = open_screen(qtbot, session)
    before = repo.get_version(session.vault.conn, records.review)
    form = _keep_form(qtbot, dialog, records.review)
    form.reason.setText("   ")
    _refused(qtbot, form)
    assert form.refusal.text() == "A reason is required"
    earlier = date.fromisoformat(before.retain_until or "") - timedelta(days=30)
    form.until.setDate(QDate(earlier.year, earlier.month, earlier.day))
    form.reason.setText("Criminal case still open")
    _refused(qtbot, form)
    assert form.refusal.text().startswith("The new date must be after")
    assert form.reason.text() == "Criminal case still open"  # what was typed stays
    after = repo.get_version(session.vault.conn, records.review)
    assert (after.retain_until, after.review_on) == (before.retain_until, before.review_on)
    assert audit.entries(session.vault.conn, action="record.review") == []


def test_keep_longer_extends_the_record_with_its_reason(qtbot: Any, session: Session,
                                                        records: Records) -> None:
    dialog = open_screen(qtbot, session)
    form = _keep_form(qtbot, dialog, records.waiting)
    later = TODAY + timedelta(days=700)
    form.until.setDate(QDate(later.year, later.month, later.day))
    form.reason.setText("Criminal case still open")
    with qtbot.waitSignal(dialog.changed, timeout=10000):
        form.submit()
    assert not form.isVisible()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    head = repo.get_version(session.vault.conn, records.waiting)
    assert head.retain_until == later.isoformat()
    entries = audit.entries(session.vault.conn, action="record.review")
    assert [(e.record_id, e.detail["reason"]) for e in entries] == [
        (records.waiting, "Criminal case still open")]
    # kept until later and its next review not yet come: no longer due
    assert records.waiting not in states(dialog)
    assert dialog.outcome.text().startswith("Kept longer: until ")


def _answer(qtbot: Any, dialog: RetentionDialog, button: QMessageBox.StandardButton) -> None:
    box = dialog.ask_purge()
    assert box is not None and box.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    assert "cannot be undone" in box.informativeText()
    assert "audit log" in box.informativeText() and "next export" in box.informativeText()
    box.button(button).click()


def test_purge_asks_first_and_takes_only_the_records_to_be_purged(
        qtbot: Any, session: Session, records: Records) -> None:
    dialog = open_screen(qtbot, session)
    _answer(qtbot, dialog, QMessageBox.StandardButton.No)
    qtbot.wait(50)
    assert not dialog.purging and repo.tombstones(session.vault.conn) == []
    assert states(dialog) == records.expected()

    _answer(qtbot, dialog, QMessageBox.StandardButton.Yes)
    assert dialog.purging and dialog.busy.isVisible()  # says it is working, buttons off
    assert not dialog.purge_button.isEnabled() and not dialog.keep_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.purging and not dialog.loading, timeout=30000)
    assert not dialog.busy.isVisible()
    stones = {t["id"] for t in repo.tombstones(session.vault.conn)}
    assert stones == {records.acked, records.withdrawn}
    assert states(dialog) == {records.waiting: WAITS_FOR_HQ, records.held: LEGAL_HOLD,
                              records.review: REVIEW_DUE}
    assert dialog.outcome.text().startswith("2 records purged.")
    assert not dialog.purge_button.isEnabled()
    left = {r.id for r in session.records.list_records()}
    assert left == {records.waiting, records.held, records.review, records.fresh,
                    records.draft}
    purges = audit.entries(session.vault.conn, action="retention.purge")
    assert {e.record_id for e in purges} == stones


def test_an_officer_cannot_open_it_and_the_purge_refuses_them(
        qtbot: Any, ui_context: UiContext, vault: VaultFixture, records: Records) -> None:
    officer = vault.session(OFFICER)
    main = MainWindow(officer, ui_context)
    qtbot.addWidget(main)
    assert not main.act_retention.isEnabled() and main.open_retention() is None
    dialog = open_screen(qtbot, officer)  # opened anyway: it reads, as the dry run does
    assert states(dialog) == records.expected()
    dialog.purge()
    qtbot.waitUntil(lambda: not dialog.purging, timeout=10000)
    assert "supervisor" in dialog.outcome.text()
    assert repo.tombstones(officer.vault.conn) == []
    assert states(dialog) == records.expected()


def test_the_supervisors_window_opens_one_retention_screen(
        qtbot: Any, ui_context: UiContext, session: Session) -> None:
    main = MainWindow(session, ui_context)
    qtbot.addWidget(main)
    assert main.act_retention.isEnabled() and main.act_retention in main.menu_admin.actions()
    first = main.open_retention()
    assert isinstance(first, RetentionDialog) and main.open_retention() is first
    qtbot.waitUntil(lambda: not first.loading, timeout=10000)
    first.close()
