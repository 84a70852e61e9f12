"""The supervisor's review screen: approve (four-eyes refusals shown translated), send back,
withdraw, and a correction side by side with the version before."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from shekara.errors import PermissionDenied
from shekara.services.session import Session
from shekara.ui.editors import RecordEditorPage
from shekara.ui.errors import error_text
from shekara.ui.review import ReviewPage
from shekara.ui.review.diff import ADDED, CHANGED, REMOVED, SAME, diff_versions, flatten
from shekara.ui.review.diff_model import CHANGE_ROLE, Column, DiffTableModel
from tests.cli.conftest import border_record


def review(qtbot: Any, session: Session, record_id: str) -> ReviewPage:
    page = ReviewPage(session, record_id)
    qtbot.addWidget(page)
    page.show()
    return page


def rows(page: ReviewPage) -> dict[str, tuple[str, str, str]]:
    model = page.diff.model
    out = {}
    for row in range(model.rowCount()):
        cells = [model.index(row, c).data() for c in Column]
        out[cells[0]] = (cells[1], cells[2], model.index(row, 0).data(CHANGE_ROLE))
    return out


def test_a_supervisor_approves_an_officers_draft(qtbot: Any, officer: Session,
                                                 supervisor: Session) -> None:
    [record_id] = officer.records.add([border_record("Žukauskas", "Tomas", "LTU")])
    page = review(qtbot, supervisor, record_id)
    assert page.approve_button.isEnabled()
    shown = rows(page)  # version 1: every field, one column
    assert shown["Person 1 › Surname"][1] == "Žukauskas"
    assert page.diff.table.isColumnHidden(Column.OLD)
    with qtbot.waitSignal(page.changed, timeout=1000):
        page.approve_button.click()
    head = supervisor.records.show(record_id).current
    assert head.state == "approved" and head.approved_by == "aigerim.s"
    assert not page.approve_button.isEnabled() and not page.send_back_button.isEnabled()


def test_four_eyes_refusal_is_shown_translated(qtbot: Any, supervisor: Session) -> None:
    [record_id] = supervisor.records.add([border_record("Petrov", "Ivan", "LTU")])
    page = review(qtbot, supervisor, record_id)
    shown: list[BaseException] = []
    page.report_error = shown.append
    assert page.approve() is False
    [err] = shown
    assert isinstance(err, PermissionDenied) and err.msgid == "record.four_eyes"
    assert "four-eyes" in error_text(err)
    assert supervisor.records.show(record_id).current.state == "draft"


def test_the_real_error_box_opens_without_blocking(qtbot: Any, supervisor: Session) -> None:
    [record_id] = supervisor.records.add([border_record("Petrov", "Ivan", "LTU")])
    page = review(qtbot, supervisor, record_id)
    page.approve()
    box = page.findChild(object, "errorBox")
    assert box is not None and "four-eyes" in box.text().lower()  # type: ignore[attr-defined]
    box.close()  # type: ignore[attr-defined]


def test_an_officer_cannot_approve_or_send_back(qtbot: Any, officer: Session) -> None:
    [record_id] = officer.records.add([border_record("Petrov", "Ivan", "LTU")])
    page = review(qtbot, officer, record_id)
    assert not page.approve_button.isEnabled() and not page.send_back_button.isEnabled()


def test_send_back_with_a_comment_reaches_the_author(qtbot: Any, officer: Session,
                                                     supervisor: Session) -> None:
    [record_id] = officer.records.add([border_record("Сейткали", "Айдос", "LTU")])
    page = review(qtbot, supervisor, record_id)
    page.ask_comment = lambda: None
    assert page.send_back() is False  # cancelled: nothing happens
    page.ask_comment = lambda: "Құжат нөмірін қосыңыз"
    assert page.send_back()
    assert "Құжат нөмірін қосыңыз" in page.notice.text()
    assert supervisor.records.show(record_id).current.state == "draft"
    editor = RecordEditorPage(officer, record_id, None)
    qtbot.addWidget(editor)
    assert "Sent back by aigerim.s: Құжат нөмірін қосыңыз" == editor.review_notice.text()


def test_withdraw_needs_a_reason(qtbot: Any, officer: Session, supervisor: Session) -> None:
    [record_id] = officer.records.add([border_record("Petrov", "Ivan", "LTU")])
    supervisor.records.approve(record_id)
    page = review(qtbot, supervisor, record_id)
    page.ask_withdraw_reason = lambda: None
    assert page.withdraw() is False
    page.ask_withdraw_reason = lambda: "Įrašyta per klaidą"
    assert page.withdraw()
    head = supervisor.records.show(record_id).current
    assert head.state == "withdrawn" and head.reason == "Įrašyta per klaidą"
    assert not page.withdraw_button.isEnabled()


def test_a_correction_side_by_side_with_its_reason(qtbot: Any, officer: Session,
                                                   supervisor: Session) -> None:
    first = border_record("Petrov", "Ivan", "LTU", case_number="")
    first["persons"][0]["documents"] = [{"type": "passport", "number": "AB1", "issuing_state":
                                         "LTU"}]
    [record_id] = officer.records.add([first])
    supervisor.records.approve(record_id)
    second = border_record("Petrov", "Ivan", "LTU", case_number="2026-77",
                           narrative="Перешёл реку вброд ночью.")
    second["persons"][0]["citizenship"] = ["LTU", "BLR"]
    officer.records.amend(record_id, second, "Уточнены гражданство и номер дела")
    page = review(qtbot, supervisor, record_id)
    assert "correction" in page.notice.text()
    assert page.diff.reason.text() == \
        "Reason for version 2: Уточнены гражданство и номер дела"
    assert not page.diff.table.isColumnHidden(Column.OLD)
    shown = rows(page)
    assert shown["Case number"] == ("—", "2026-77", CHANGED)
    assert shown["Narrative"][1] == "Перешёл реку вброд ночью." and \
        shown["Narrative"][2] == CHANGED
    assert shown["Person 1 › Citizenship 2"] == ("—", "Belarus", ADDED)
    assert shown["Person 1 › Document 1 › Number"] == ("AB1", "—", REMOVED)
    assert "Direction" not in shown  # only what changed, by default
    page.diff.only_changes.setChecked(False)
    assert rows(page)["Direction"] == ("Entry", "Entry", SAME)
    model = page.diff.model
    changed_row = next(r for r in range(model.rowCount())
                       if model.index(r, 0).data() == "Case number")
    assert model.index(changed_row, Column.NEW).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.headerData(Column.OLD, Qt.Orientation.Horizontal) == "Version 1"
    assert not [name for name in rows(page) if re.search(r"[\[\]_]|[a-z]\.[a-z]", name)], \
        "every field is named as the editor labels it, no path is left"


def test_the_diff_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = DiffTableModel()
    old = border_record("Petrov", "Ivan", "LTU")
    new = border_record("Petrov", "Ivan", "KAZ", case_number="1")
    model.set_rows(diff_versions(old, new))
    qtmodeltester.check(model)
    assert model.rowCount(model.index(0, 0)) == 0 and model.data(QModelIndex()) is None


def test_the_diff_shows_a_stored_bidi_override_as_its_code_point() -> None:
    model = DiffTableModel()
    old = border_record("Petrov", "Ivan", "LTU")
    new = border_record("\u202evorteP", "Ivan", "LTU")  # stored before bidi was refused
    model.set_rows(diff_versions(old, new))
    [row] = [r for r in range(model.rowCount())
             if model.data(model.index(r, Column.FIELD)) == "persons[0].surname"]
    assert model.data(model.index(row, Column.NEW)) == "‹U+202E›vorteP"


def test_removed_fields_stand_where_they_stood() -> None:
    old = {"a": 1, "list": [{"x": 1}, {"x": 2}], "z": 3}
    new = {"a": 1, "list": [{"x": 1}], "z": 4, "extra": []}
    result = [(r.path, r.change) for r in diff_versions(old, new)]
    assert result == [("a", SAME), ("list[0].x", SAME), ("list[1].x", REMOVED),
                      ("z", CHANGED), ("extra", ADDED)]
    assert flatten({"documents": [], "place": {}}) == {"documents": (), "place": {}}


@pytest.mark.parametrize("key", ["kind", "occurred_at"])
def test_a_first_version_shows_every_field_as_added(key: str) -> None:
    rows_ = diff_versions(None, border_record("Petrov", "Ivan", "LTU"))
    assert {r.change for r in rows_} == {ADDED}
    assert any(r.path == key for r in rows_)


def test_the_field_names_leave_the_values_most_of_the_width(qtbot: Any, officer: Session,
                                                            supervisor: Session) -> None:
    """A long field path ("1-адам › 1-құжат › Жарамдылық мерзімі") once took half the table
    and wrapped every value onto four lines: the names get at most FIELD_SHARE of the width
    (and wrap), and all they need when there is room."""
    from shekara.ui.review.diff_view import FIELD_SHARE

    [record_id] = officer.records.add([border_record("Žukauskas", "Tomas", "LTU")])
    page = review(qtbot, supervisor, record_id)
    table = page.diff.table
    header = table.horizontalHeader()
    needed = table.sizeHintForColumn(Column.FIELD)
    page.resize(600, 700)
    limit = int(table.viewport().width() * FIELD_SHARE)
    assert needed > limit, "a path longer than the narrow table's share"
    qtbot.waitUntil(lambda: header.sectionSize(Column.FIELD) == limit, timeout=3000)
    assert table.columnWidth(Column.NEW) > table.columnWidth(Column.FIELD)
    page.resize(1600, 700)
    qtbot.waitUntil(lambda: header.sectionSize(Column.FIELD) == needed, timeout=3000)
