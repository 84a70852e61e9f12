"""The review queue in the main window (issue 10): drafts waiting, newest change first; approve
several at once, send back and withdraw from the pane beside the list; the list's context menu
and Records > Review drafts; officers never get it; the author sees what was sent back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt

from shekara.errors import PermissionDenied
from shekara.services.session import Session
from shekara.ui.context import UiContext
from shekara.ui.main.window import MainWindow
from shekara.ui.review.queue import Column, ReviewQueuePage
from tests.cli.conftest import border_record
from tests.ui.conftest import OFFICER, SECOND, SUPERVISOR, VaultFixture


def drafts(session: Session, *surnames: str) -> list[str]:
    return session.records.add([border_record(s, "Tomas", "LTU") for s in surnames])


def window(qtbot: Any, ui_context: UiContext, session: Session) -> MainWindow:
    main = MainWindow(session, ui_context)
    qtbot.addWidget(main)
    main.show()
    return main


def queued_ids(queue: ReviewQueuePage) -> list[str]:
    return [draft.record.id for draft in queue.model.rows()]


def test_the_queue_lists_drafts_newest_change_first(qtbot: Any, ui_context: UiContext,
                                                    vault: VaultFixture) -> None:
    officer = vault.session(OFFICER)
    first, second = drafts(officer, "Žukauskas", "Kazlauskas")
    supervisor = vault.session(SUPERVISOR)
    third = drafts(supervisor, "Petrauskas")[0]
    main = window(qtbot, ui_context, supervisor)
    queue = main.open_review_queue()
    assert queue is not None and main.tabs.currentWidget() is queue
    assert queued_ids(queue) == [third, second, first]
    assert "3" in queue.heading.text()
    assert queue.model.index(0, Column.AUTHOR).data() == SUPERVISOR
    assert queue.review is not None and queue.review.record_id == third  # the first is shown
    assert main.open_review_queue() is queue  # one queue tab at a time


def test_approving_several_at_once_and_the_four_eyes_refusal(qtbot: Any, ui_context: UiContext,
                                                             vault: VaultFixture) -> None:
    ids = drafts(vault.session(OFFICER), "Žukauskas", "Kazlauskas")
    own = drafts(vault.session(SUPERVISOR), "Petrauskas")[0]
    supervisor = vault.session(SUPERVISOR)
    main = window(qtbot, ui_context, supervisor)
    queue = main.open_review_queue()
    assert queue is not None
    errors: list[BaseException] = []
    queue.report_error = errors.append
    queue.table.selectAll()
    assert queue.approve_selected() is False  # one of them is the supervisor's own: none go
    [err] = errors
    assert isinstance(err, PermissionDenied) and err.msgid == "record.four_eyes"
    assert len(queue.model.rows()) == 3
    selection = queue.table.selectionModel()
    selection.clearSelection()
    for row, draft in enumerate(queue.model.rows()):
        if draft.record.id in ids:
            selection.select(queue.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
    main.activateWindow()
    queue.table.setFocus()
    qtbot.waitUntil(main.isActiveWindow, timeout=2000)
    with qtbot.waitSignal(queue.changed, timeout=2000):
        qtbot.keyClick(queue.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert queued_ids(queue) == [own]
    for record_id in ids:
        assert supervisor.records.show(record_id).current.state == "approved"


def test_send_back_and_withdraw_from_the_pane(qtbot: Any, ui_context: UiContext,
                                              vault: VaultFixture) -> None:
    back, gone = drafts(vault.session(OFFICER), "Žukauskas", "Kazlauskas")
    supervisor = vault.session(SECOND)
    main = window(qtbot, ui_context, supervisor)
    queue = main.open_review_queue(back)
    assert queue is not None and queue.review is not None and queue.review.record_id == back
    queue.review.ask_comment = lambda: "Add the passport's expiry date"
    assert queue.review.send_back()
    row = queued_ids(queue).index(back)
    assert "sent back" in queue.model.index(row, Column.STATE).data()
    assert queue.model.index(row, Column.STATE).data(Qt.ItemDataRole.ToolTipRole) == (
        "Add the passport's expiry date")
    # the author sees it when opening the draft
    note = vault.session(OFFICER).review.sent_back(back)
    assert note is not None and note.comment == "Add the passport's expiry date"

    assert queue.select_record(gone)
    assert queue.review is not None and queue.review.record_id == gone
    queue.review.ask_withdraw_reason = lambda: "Entered twice"
    assert queue.review.withdraw()
    assert gone not in queued_ids(queue)
    assert supervisor.records.show(gone).current.state == "withdrawn"


def test_the_list_menu_and_the_open_record_lead_to_the_review(qtbot: Any,
                                                              ui_context: UiContext,
                                                              vault: VaultFixture) -> None:
    record_id = drafts(vault.session(OFFICER), "Žukauskas")[0]
    main = window(qtbot, ui_context, vault.session(SECOND))
    qtbot.waitUntil(lambda: main.model.rowCount() == 1, timeout=5000)
    main.view.selectRow(0)
    assert main.approve_selected()
    qtbot.waitUntil(lambda: main.model.row_at(0) is not None
                    and main.model.row_at(0).status == "approved", timeout=5000)

    other = drafts(vault.session(OFFICER), "Kazlauskas")[0]
    main.refresh()
    qtbot.waitUntil(lambda: main.model.rowCount() == 2, timeout=5000)
    listed = next(r for r in main.model.rows() if r.id == other)
    editor = main.editors.open_record(listed.id, listed.kind, listed.title)
    assert editor is not None and main.tabs.currentWidget() is editor
    main.act_review.trigger()  # Records > Review drafts, with the record's editor in front
    queue = main.review_queue()
    assert queue is not None and queue.review is not None and queue.review.record_id == other
    assert main.act_review.shortcut().toString() == "Ctrl+Shift+D"
    assert record_id not in queued_ids(queue)


def test_officers_have_no_queue_and_locking_closes_it(qtbot: Any, ui_context: UiContext,
                                                      vault: VaultFixture) -> None:
    drafts(vault.session(OFFICER), "Žukauskas")
    officer_window = window(qtbot, ui_context, vault.session(OFFICER))
    assert not officer_window.act_review.isEnabled()
    assert officer_window.open_review_queue() is None
    main = window(qtbot, ui_context, vault.session(SUPERVISOR))
    assert main.open_review_queue() is not None
    main.clear_for_lock()
    assert main.review_queue() is None and main.tabs.count() == 1


def test_an_empty_queue_says_so(qtbot: Any, ui_context: UiContext, vault: VaultFixture) -> None:
    main = window(qtbot, ui_context, vault.session(SUPERVISOR))
    queue = main.open_review_queue()
    assert queue is not None and queue.model.rowCount() == 0
    assert not queue.approve_button.isEnabled()
    assert queue.empty.isVisibleTo(queue) and "No draft" in queue.empty.text()
    main._close_tab(main.tabs.indexOf(queue))
    assert main.review_queue() is None
