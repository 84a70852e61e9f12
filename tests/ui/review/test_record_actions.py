"""The window's record actions (approve, send back, withdraw, print) from the record list, the
review queue and an opened record's toolbar; officers see no supervisor actions and cannot open
Export; the incident report and a period summary printed to PDFs read back."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from shekara.services.session import Session
from shekara.ui.context import UiContext
from shekara.ui.editors import RecordEditorPage
from shekara.ui.main.window import MainWindow
from shekara.ui.reports import ReportPreviewDialog
from tests.cli.conftest import border_record
from tests.ui.conftest import OFFICER, SUPERVISOR, VaultFixture


def open_window(qtbot: Any, ui_context: UiContext, session: Session) -> MainWindow:
    window = MainWindow(session, ui_context)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def drafts(vault: VaultFixture) -> list[str]:
    with vault.session(OFFICER) as officer:
        return officer.records.add([border_record("Žukauskas", "Tomas", "LTU"),
                                    border_record("Petrov", "Ivan", "RUS"),
                                    border_record("Сейткали", "Айдос", "KAZ")])


def test_a_supervisor_approves_several_at_once(qtbot: Any, ui_context: UiContext,
                                               vault: VaultFixture, drafts: list[str]) -> None:
    session = vault.session(SUPERVISOR)
    window = open_window(qtbot, ui_context, session)
    actions = window.record_actions
    queue = window.open_review_queue()
    assert queue is not None
    queue.table.clearSelection()
    selection = queue.table.selectionModel()
    for record_id in drafts[:2]:
        row = next(i for i, item in enumerate(queue.model.rows()) if item.record.id == record_id)
        selection.select(queue.model.index(row, 0),
                         selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    actions.update_enabled()
    assert actions.act_approve.isEnabled() and not actions.act_send_back.isEnabled()
    asked: list[int] = []
    actions.confirm_many = lambda n: asked.append(n) or True
    actions.act_approve.trigger()
    assert asked == [2]
    assert [session.records.show(i).current.state for i in drafts] == \
        ["approved", "approved", "draft"]
    assert [item.record.id for item in queue.model.rows()] == [drafts[2]]


def test_send_back_from_the_list_shows_the_author_why(qtbot: Any, ui_context: UiContext,
                                                      vault: VaultFixture,
                                                      drafts: list[str]) -> None:
    session = vault.session(SUPERVISOR)
    window = open_window(qtbot, ui_context, session)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=5000)
    window.view.setCurrentIndex(window.model.index(window.model.row_of(drafts[1]), 0))
    assert window.record_actions.act_send_back.isEnabled()
    window.record_actions.ask_comment = lambda: None
    assert window.record_actions.send_back() is False  # cancelled: nothing happens
    window.record_actions.ask_comment = lambda: "Add the passport number"
    window.record_actions.act_send_back.trigger()
    assert session.records.show(drafts[1]).current.state == "draft"
    # The author: no supervisor actions; the comment at the top of the opened record.
    mine = open_window(qtbot, ui_context, vault.session(OFFICER))
    assert not mine.record_actions.act_approve.isVisible()
    assert not mine.record_actions.act_send_back.isVisible()
    page = mine.editors.open_record(drafts[1], "border_violation", "Petrov")
    assert page is not None
    assert page.review_notice.text() == "Sent back by aigerim.s: Add the passport number"
    mine.record_actions.update_enabled()
    assert mine.record_actions.act_withdraw.isEnabled()  # the officer's own first draft

def test_decisions_from_an_opened_record(qtbot: Any, ui_context: UiContext,
                                         vault: VaultFixture, drafts: list[str]) -> None:
    session = vault.session(SUPERVISOR)
    window = open_window(qtbot, ui_context, session)
    window.editors.open_record(drafts[2], "border_violation", "Сейткали")
    page = window.tabs.currentWidget()
    assert isinstance(page, RecordEditorPage)
    bar = page.findChild(object, "recordToolBar")
    assert bar is not None
    assert "actApproveDrafts" in [a.objectName()  # type: ignore[attr-defined]
                                  for a in bar.actions()]
    assert window.record_actions.act_approve.isEnabled()
    window.record_actions.act_approve.trigger()  # its toolbar button, menu entry, Ctrl+Shift+A
    assert session.records.show(drafts[2]).current.state == "approved"
    fresh = window.tabs.currentWidget()
    assert isinstance(fresh, RecordEditorPage) and fresh.head is not None
    assert fresh.head.state == "approved"  # the page shows the record as it is now
    assert not window.record_actions.act_approve.isEnabled()
    window.record_actions.ask_withdraw_reason = lambda: "Entered twice"
    assert window.record_actions.withdraw()
    assert session.records.show(drafts[2]).current.state == "withdrawn"


def test_four_eyes_refusal_comes_from_the_service(qtbot: Any, ui_context: UiContext,
                                                  vault: VaultFixture) -> None:
    session = vault.session(SUPERVISOR)
    session.records.add([border_record("Petrov", "Ivan", "LTU")])
    window = open_window(qtbot, ui_context, session)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    window.view.setCurrentIndex(window.model.index(0, 0))
    shown: list[BaseException] = []
    window.record_actions.report_error = shown.append
    assert window.record_actions.approve() is False
    assert [getattr(e, "msgid", "") for e in shown] == ["record.four_eyes"]


def test_an_officer_cannot_open_export(qtbot: Any, ui_context: UiContext,
                                       vault: VaultFixture) -> None:
    window = open_window(qtbot, ui_context, vault.session(OFFICER))
    export = window.post_actions[0]
    assert not export.isEnabled() and export.statusTip() == "Only a supervisor can open this"
    assert not window.act_officers.isEnabled()


def test_the_incident_report_from_the_list_saved_as_pdf(qtbot: Any, ui_context: UiContext,
                                                        vault: VaultFixture,
                                                        drafts: list[str],
                                                        tmp_path: Path) -> None:
    window = open_window(qtbot, ui_context, vault.session(SUPERVISOR))
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=5000)
    row = window.model.row_of(drafts[0])
    window.tabs.setCurrentIndex(0)
    window.view.setCurrentIndex(window.model.index(row, 0))
    assert window.record_actions.act_print.isEnabled()
    window.record_actions.act_print.trigger()
    qtbot.waitUntil(lambda: window.findChild(ReportPreviewDialog) is not None, timeout=10000)
    preview = window.findChild(ReportPreviewDialog)
    assert preview is not None and preview.page_count() >= 1
    saved = preview.save_to(tmp_path / "incident.pdf")
    assert saved is not None
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(saved.read_bytes())).pages)
    assert "Žukauskas".upper() in text.upper()
    preview.close()


def test_documents_menu_prints_a_period_summary(qtbot: Any, ui_context: UiContext,
                                                vault: VaultFixture, drafts: list[str],
                                                tmp_path: Path) -> None:
    from datetime import date

    window = open_window(qtbot, ui_context, vault.session(SUPERVISOR))
    assert window.menu_documents.actions()[0] is window.record_actions.act_print
    window.record_actions.ask_summary = lambda: (date(2026, 10, 1), date(2026, 10, 31), None)
    window.record_actions.act_summary.trigger()
    qtbot.waitUntil(lambda: window.findChild(ReportPreviewDialog) is not None, timeout=10000)
    preview = window.findChild(ReportPreviewDialog)
    assert preview is not None
    saved = preview.save_to(tmp_path / "summary.pdf")
    assert saved is not None and PdfReader(io.BytesIO(saved.read_bytes())).pages
    preview.close()
    chosen: list[list[str]] = []
    window.record_actions.choose = lambda _title, items: chosen.append(items) or None
    window.record_actions.act_request.trigger()
    window.record_actions.act_refusal.trigger()
    assert chosen == [[], []]  # no requests yet: nothing to choose, nothing printed
