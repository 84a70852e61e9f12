"""Inline validation: each message appears at the field it is about, in the UI language."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from shekara.messages import Message
from shekara.services.session import Session
from shekara.ui.editors import RecordEditorPage
from shekara.ui.editors.fields import TextInput
from shekara.ui.editors.issues import nearest_path
from shekara.ui.messages import translated
from tests.ui.editors.filling import fill, type_text


def open_page(qtbot: Any, session: Session, kind: str) -> RecordEditorPage:
    page = RecordEditorPage(session, None, kind)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    return page


def message_at(page: RecordEditorPage, path: str) -> str:
    assert page.form is not None
    target = page.form.issue_targets("")[path]
    label = target.message
    return "" if label.isHidden() else label.text()


def test_negative_quantity_is_named_at_the_quantity(qtbot: Any, officer: Session) -> None:
    page = open_page(qtbot, officer, "contraband_detention")
    assert page.form is not None
    items = page.form.sections[2].editor("items")
    items.add_button.click()
    quantity = items.entries[0].editor.editor("quantity")
    assert isinstance(quantity, TextInput)
    type_text(quantity.edit, "-3")
    # The debounced validation runs by itself a moment after typing stops.
    qtbot.waitUntil(lambda: message_at(page, "items[0].quantity") != "", timeout=3000)
    assert message_at(page, "items[0].quantity") == "must be greater than zero"
    assert quantity.edit.property("invalid") is True
    assert "greater than zero" in quantity.edit.accessibleDescription()
    assert message_at(page, "items[0].unit") == ""  # not visited yet: "required" waits


def test_future_date_is_named_at_when(qtbot: Any, officer: Session) -> None:
    page = open_page(qtbot, officer, "border_violation")
    assert page.form is not None
    moment = page.form.sections[0].editor("occurred_at")
    type_text(moment.date_edit, (date.today() + timedelta(days=2)).isoformat())  # type: ignore[attr-defined]
    page.validate()
    assert message_at(page, "occurred_at") == "is in the future"


def test_bad_citizenship_is_named_at_its_line(qtbot: Any, officer: Session) -> None:
    page = open_page(qtbot, officer, "border_violation")
    assert page.form is not None
    person = page.form.persons.entries[0].editor
    citizenship = person.editor("citizenship")
    fill(citizenship, ["KAZ", "ZZZ"])
    page.validate()
    assert message_at(page, "persons[0].citizenship[1]") == \
        "is not a country Shekara knows: choose one from the list"
    assert message_at(page, "persons[0].citizenship[0]") == ""
    line = citizenship.entries[1].editor.focus_target()
    assert line.property("invalid") is True


def test_a_zero_width_surname_cannot_be_saved(qtbot: Any, officer: Session) -> None:
    page = open_page(qtbot, officer, "border_violation")
    assert page.form is not None
    person = page.form.persons.entries[0].editor
    fill(person.editor("surname"), "\u200b\u200b")
    assert page.save() is False  # the GUI's save passes the same gate as `record add`
    assert message_at(page, "persons[0].surname") == \
        "contains an invisible character (such as a zero-width space)"


def test_missing_fields_wait_until_visited_or_saved(qtbot: Any, officer: Session) -> None:
    page = open_page(qtbot, officer, "border_violation")
    page.validate()
    assert any(issue.msgid == "validation.required" for issue in page.issues)
    assert message_at(page, "persons[0].role") == ""
    assert page.problems.full_text == ""  # nothing to say yet: the strip is blank
    assert page.save() is False  # a save shows everything and goes to the first problem
    assert message_at(page, "occurred_at") == "is required"
    assert message_at(page, "persons[0].role") == "is required"
    assert "problem" in page.problems.text()
    assert page.form is not None
    moment = page.form.sections[0].editor("occurred_at")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is moment.focus_target(), timeout=2000)
    assert officer.records.list_records() == []


def test_message_moves_to_the_nearest_place_that_shows_it() -> None:
    known = {"persons": 1, "persons[0]": 2, "persons[0].citizenship": 3}
    assert nearest_path("persons[0].citizenship[4]", known) == "persons[0].citizenship"
    assert nearest_path("persons[0].documents[0].number", known) == "persons[0]"
    assert nearest_path("items[0]", known) == ""


class _Kazakh(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        table = {("validation", "must be greater than zero"): "нөлден үлкен болуы керек",
                 ("validation", "is longer than {limit} characters"):
                 "{limit} таңбадан ұзын"}
        return table.get((context, source), "")


@pytest.fixture
def kazakh_messages(qtbot: Any) -> Any:
    translator = _Kazakh()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_messages_are_translated_with_their_parameters(kazakh_messages: Any, qtbot: Any,
                                                      officer: Session) -> None:
    assert translated(Message("validation.not_positive", "must be greater than zero")) == \
        "нөлден үлкен болуы керек"
    assert translated(Message("validation.too_long", "is longer than {limit} characters",
                              {"limit": 200})) == "200 таңбадан ұзын"
    page = open_page(qtbot, officer, "contraband_detention")
    assert page.form is not None
    items = page.form.sections[2].editor("items")
    items.add_button.click()
    type_text(items.entries[0].editor.editor("quantity").edit, "0")  # type: ignore[attr-defined]
    page.validate()
    assert message_at(page, "items[0].quantity") == "нөлден үлкен болуы керек"
