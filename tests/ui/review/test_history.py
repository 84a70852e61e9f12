"""A record's history (ui/review/history.py): every version with its people, status and reason,
each compared with the one before, each version viewed written to the audit log; opened from
a real editor tab."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shekara.services.session import Session
from shekara.ui.editors import RecordEditorPage
from shekara.ui.review.diff import ADDED, CHANGED, REMOVED
from shekara.ui.review.diff_model import CHANGE_ROLE, Column
from shekara.ui.review.history import RecordHistoryDialog
from shekara.ui.review.history_model import HistoryColumn
from shekara.vault import audit
from tests.cli.conftest import border_record
from tests.ui.editors.conftest import SECOND, open_as
from tests.ui.editors.filling import fill

FIRST_REASON = "Уточнены гражданство и номер дела"
SECOND_REASON = "Pataisytas pasakojimas"


def three_versions(officer: Session, supervisor: Session, vault_dir: Path) -> str:
    """v1 written by the officer, approved by aigerim.s; v2 the officer's correction, approved
    by tomas.z; v3 a correction by aigerim.s, a draft."""
    first = border_record("Petrov", "Ivan", "LTU", case_number="")
    first["persons"][0]["documents"] = [{"type": "passport", "number": "AB1",
                                         "issuing_state": "LTU"}]
    [record_id] = officer.records.add([first])
    supervisor.records.approve(record_id)
    second = border_record("Petrov", "Ivan", "LTU", case_number="2026-77")
    second["persons"][0]["citizenship"] = ["LTU", "BLR"]
    officer.records.amend(record_id, second, FIRST_REASON)
    other = open_as(vault_dir, SECOND)
    try:
        other.records.approve(record_id)
    finally:
        other.close()
    third = dict(second, narrative="Перешёл реку вброд ночью.")
    supervisor.records.amend(record_id, third, SECOND_REASON)
    return record_id


def editor(qtbot: Any, session: Session, record_id: str) -> RecordEditorPage:
    page = RecordEditorPage(session, record_id, None)
    qtbot.addWidget(page)
    page.show()
    return page


def list_rows(dialog: RecordHistoryDialog) -> list[tuple[str, ...]]:
    model = dialog.model
    return [tuple(model.index(row, column).data() for column in HistoryColumn)
            for row in range(model.rowCount())]


def diff_rows(dialog: RecordHistoryDialog) -> dict[str, tuple[str, str, str]]:
    model = dialog.diff.model
    out = {}
    for row in range(model.rowCount()):
        cells = [model.index(row, c).data() for c in Column]
        out[cells[0]] = (cells[1], cells[2], model.index(row, 0).data(CHANGE_ROLE))
    return out


def views(session: Session, record_id: str) -> list[int | None]:
    return [entry.version for entry in audit.entries(session.vault.conn, action="record.view",
                                                     record_id=record_id)]


def test_three_versions_from_the_editor_with_their_people_and_reasons(
        qtbot: Any, officer: Session, supervisor: Session, vault_dir: Path) -> None:
    record_id = three_versions(officer, supervisor, vault_dir)
    page = editor(qtbot, supervisor, record_id)
    assert page.history_button.isVisible() and page.history_button.isEnabled()
    assert page.history_button.text() == "H&istory…"
    page.history_button.click()
    dialog = page.history_button.history
    assert dialog is not None and dialog.isVisible()
    rows = list_rows(dialog)
    assert [row[:2] for row in rows] == [("1", "Approved"), ("2", "Approved"), ("3", "Draft")]
    assert [row[HistoryColumn.CREATED].split(",")[0] for row in rows] == \
        ["nurlan.k", "nurlan.k", "aigerim.s"]
    assert [row[HistoryColumn.APPROVED].split(",")[0] for row in rows] == \
        ["aigerim.s", "tomas.z", "—"]
    assert [row[HistoryColumn.REASON] for row in rows] == ["", FIRST_REASON, SECOND_REASON]
    # Local time as the editor writes it (ui/i18n format_stamp), not the stored UTC stamp.
    head = supervisor.records.show(record_id).current
    assert page.info.text().split("Created by aigerim.s, ")[1].split(" ·")[0] in \
        rows[2][HistoryColumn.CREATED]
    assert "T" not in rows[2][HistoryColumn.CREATED] and head.created_at not in rows[2][2]
    # The head is selected: version 3 against version 2, its reason above.
    assert dialog.selected_version() == 3
    assert diff_rows(dialog) == {"Narrative": ("Crossed on foot at night, detained by the "
                                               "patrol.", "Перешёл реку вброд ночью.", CHANGED)}
    assert dialog.diff.reason.text() == f"Reason for version 3: {SECOND_REASON}"
    assert dialog.note.text() == "Fields that differ between version 2 and version 3 are " \
        "highlighted."


def test_up_selects_version_two_with_exactly_what_changed_from_one(
        qtbot: Any, officer: Session, supervisor: Session, vault_dir: Path) -> None:
    record_id = three_versions(officer, supervisor, vault_dir)
    page = editor(qtbot, supervisor, record_id)
    dialog = page.history_button.open_history()
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table, timeout=3000)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)
    assert dialog.selected_version() == 2
    assert diff_rows(dialog) == {
        "Person 1 › Citizenship 2": ("—", "Belarus", ADDED),
        "Person 1 › Documents": ("—", "(none)", ADDED),  # the passport taken out
        "Person 1 › Document 1 › Document type": ("Passport", "—", REMOVED),
        "Person 1 › Document 1 › Number": ("AB1", "—", REMOVED),
        "Person 1 › Document 1 › Issuing state": ("Lithuania", "—", REMOVED),
        "Person 1 › Document 1 › Issued on": ("—", "—", REMOVED),
        "Person 1 › Document 1 › Expires on": ("—", "—", REMOVED),
        "Case number": ("—", "2026-77", CHANGED),
    }  # and nothing else: the narrative, changed only in version 3, is not among them
    assert dialog.diff.reason.text() == f"Reason for version 2: {FIRST_REASON}"
    assert dialog.diff.model.headerData(Column.OLD, Qt.Orientation.Horizontal) == "Version 1"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)
    assert dialog.selected_version() == 1
    assert dialog.diff.table.isColumnHidden(Column.OLD)  # the first: every field, one column
    assert diff_rows(dialog)["Person 1 › Surname"][1] == "Petrov"
    assert dialog.note.text() == "Version 1 is the first: every field as it was written."
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.selected_version() == 2
    # The comparison's own picker moves the list with it.
    dialog.diff.new_choice.setCurrentIndex(dialog.diff.new_choice.findData(3))
    assert dialog.selected_version() == 3


def test_each_version_viewed_is_audited_once(qtbot: Any, officer: Session,
                                             supervisor: Session, vault_dir: Path) -> None:
    record_id = three_versions(officer, supervisor, vault_dir)
    before = views(supervisor, record_id)
    dialog = RecordHistoryDialog(supervisor, record_id)
    qtbot.addWidget(dialog)
    dialog.show()
    # Opening: the head (version 3) and the version it is compared with (2).
    assert views(supervisor, record_id)[len(before):] == [3, 2]
    dialog.select_version(2)  # 2 against 1: version 1 comes on screen
    dialog.select_version(3)  # both seen already: nothing new
    dialog.select_version(1)
    assert views(supervisor, record_id)[len(before):] == [3, 2, 1]
    entries = audit.entries(supervisor.vault.conn, action="record.view", record_id=record_id)
    assert {entry.officer for entry in entries[len(before):]} == {"aigerim.s"}


def test_a_version_whose_view_cannot_be_recorded_is_not_shown(
        qtbot: Any, officer: Session, supervisor: Session, vault_dir: Path) -> None:
    record_id = three_versions(officer, supervisor, vault_dir)
    dialog = RecordHistoryDialog(supervisor, record_id)
    qtbot.addWidget(dialog)
    refused: list[BaseException] = []
    dialog.report_error = refused.append
    dialog.show()
    assert dialog.diff.reason.isVisible() and dialog.diff.model.rowCount() == 1
    supervisor.vault.lock()  # behind the dialog's back: no audit entry can be written now
    dialog.select_version(2)  # 2 against 1: version 1 was never viewed
    assert [getattr(err, "msgid", "") for err in refused] == ["vault.locked"]
    assert dialog.diff.model.rowCount() == 0 and not dialog.diff.reason.isVisible()
    assert 1 not in dialog.viewed and dialog.note.text() == ""


def test_a_record_with_one_version_says_so(qtbot: Any, officer: Session) -> None:
    [record_id] = officer.records.add([border_record("Сейткали", "Айдос", "KAZ")])
    page = editor(qtbot, officer, record_id)
    assert page.history_button.isEnabled()  # who wrote it and what it says, even alone
    dialog = page.history_button.open_history()
    assert dialog is not None
    assert list_rows(dialog) == [("1", "Draft", list_rows(dialog)[0][2], "—", "")]
    assert dialog.note.text() == "The record has only this version: it has not been corrected."
    assert dialog.diff.table.isColumnHidden(Column.OLD)
    assert diff_rows(dialog)["Person 1 › Surname"] == ("—", "Сейткали", ADDED)


def test_a_withdrawal_changes_no_field(qtbot: Any, officer: Session,
                                       supervisor: Session) -> None:
    [record_id] = officer.records.add([border_record("Petrov", "Ivan", "LTU")])
    supervisor.records.approve(record_id)
    supervisor.records.withdraw(record_id, "Entered twice")
    dialog = RecordHistoryDialog(supervisor, record_id)
    qtbot.addWidget(dialog)
    assert [row[1] for row in list_rows(dialog)] == ["Approved", "Withdrawn"]
    assert list_rows(dialog)[1][HistoryColumn.REASON] == "Entered twice"
    assert dialog.note.text() == "Version 2 changes no field of version 1."
    assert dialog.diff.model.rowCount() == 0


def test_a_new_record_has_no_history_until_saved(qtbot: Any, officer: Session) -> None:
    page = RecordEditorPage(officer, None, "border_violation")
    qtbot.addWidget(page)
    page.show()
    assert not page.history_button.isVisible() and page.history_button.open_history() is None
    assert page.form is not None
    fill(page.form, border_record("Petrov", "Ivan", "LTU"))
    assert page.save(), page.issues
    assert page.history_button.isVisible()


def test_a_saved_correction_adds_its_row_and_closing_the_page_closes_it(
        qtbot: Any, officer: Session, supervisor: Session) -> None:
    [record_id] = officer.records.add([border_record("Petrov", "Ivan", "LTU")])
    supervisor.records.approve(record_id)
    page = editor(qtbot, officer, record_id)
    dialog = page.history_button.open_history()
    assert dialog is not None and dialog.model.rowCount() == 1
    assert page.history_button.open_history() is dialog  # one window per page
    assert page.form is not None
    fill(page.form, border_record("Petrov", "Ivan", "LTU", case_number="2026-99"))
    page.ask_reason = lambda: "Номер дела"
    assert page.save()
    assert dialog.model.rowCount() == 2 and dialog.selected_version() == 2
    assert diff_rows(dialog) == {"Case number": ("—", "2026-99", CHANGED)}
    page.stop()  # the page closes (or the vault locks): its history goes at once
    assert not dialog.isVisible() and page.history_button.history is None


def test_the_list_is_reachable_by_its_accelerator(qtbot: Any, officer: Session) -> None:
    [record_id] = officer.records.add([border_record("Petrov", "Ivan", "LTU")])
    dialog = RecordHistoryDialog(officer, record_id)
    qtbot.addWidget(dialog)
    assert dialog.list_label.buddy() is dialog.table
    assert dialog.list_label.text().startswith("&Versions")
    assert dialog.table.focusPolicy() & Qt.FocusPolicy.TabFocus
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
