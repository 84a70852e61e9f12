"""Typing in the form (issue 10): the suggestion list of a country, crossing point or
substance never covers the field being typed, the start of a name comes first, and what is
wrong is said when the officer leaves a field — not while they are still typing it — in words
an officer uses."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from shekara.domain.field_checks import FIELD_PARTS
from shekara.domain.mrz import MRZ_PARTS
from shekara.domain.reference import load_default
from shekara.domain.validation import MESSAGES
from shekara.services.session import Session
from shekara.ui.editors import RecordEditorPage
from shekara.ui.editors.context import EditorContext
from shekara.ui.editors.page import VALIDATE_MS
from shekara.ui.editors.pickers import CountryInput, PickerInput
from tests.ui.editors.filling import type_text

# Only for files read by the command line or from a stick, never typed in the editor.
NOT_FROM_THE_FORM = {"validation.not_a_record", "validation.not_sha256",
                     "validation.bad_media_type", "validation.read_only",
                     "validation.unknown_field"}
JARGON = re.compile(r"ISO|3166|alpha-?3|regex|JSON|ICAO|9303|UUID|null|schema", re.I)


def open_page(qtbot: Any, session: Session, kind: str = "border_violation") -> RecordEditorPage:
    page = RecordEditorPage(session, None, kind)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    page.activateWindow()
    return page


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def focus(qtbot: Any, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=3000)


def suggestions(qtbot: Any, picker: PickerInput, typed: str) -> QWidget:
    focus(qtbot, picker.combo)
    line = picker.combo.lineEdit()
    assert line is not None
    type_text(line, typed)
    popup = picker.combo.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    QApplication.processEvents()
    return popup


def message_at(page: RecordEditorPage, path: str) -> str:
    assert page.form is not None
    label = page.form.issue_targets("")[path].message
    return "" if label.isHidden() else str(label.text())


def test_the_suggestions_open_below_the_field_never_over_it(qtbot: Any,
                                                            officer: Session) -> None:
    page = open_page(qtbot, officer)
    assert page.form is not None
    citizenship = page.form.persons.entries[0].editor.editor("citizenship").entries[0].editor
    popup = suggestions(qtbot, citizenship, "Russ")
    field = global_rect(citizenship.combo)
    shown = popup.geometry()
    assert not shown.intersects(field), (shown, field)
    assert shown.top() > field.bottom()
    rows = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert rows[0] == "Russian Federation (RUS)"  # the start of a name before a match inside
    assert rows.index("Brunei Darussalam (BRN)") > 0


def test_near_the_screen_bottom_the_suggestions_open_above(qtbot: Any) -> None:
    picker = CountryInput(EditorContext(load_default(), "en", "KZ"))
    qtbot.addWidget(picker)
    picker.resize(300, picker.sizeHint().height())
    picker.show()
    screen = picker.screen().availableGeometry()
    picker.move(screen.left() + 20, screen.bottom() - picker.height() - 30)
    qtbot.waitUntil(lambda: global_rect(picker.combo).bottom() > screen.bottom() - 80)
    picker.activateWindow()
    popup = suggestions(qtbot, picker, "a")
    field, shown = global_rect(picker.combo), popup.geometry()
    assert not shown.intersects(field), (shown, field)
    assert shown.bottom() < field.top()
    assert shown.top() >= screen.top()


def test_a_country_half_typed_is_said_only_when_the_field_is_left(qtbot: Any,
                                                                  officer: Session) -> None:
    page = open_page(qtbot, officer)
    assert page.form is not None
    person = page.form.persons.entries[0].editor
    citizenship = person.editor("citizenship").entries[0].editor
    focus(qtbot, citizenship.combo)
    line = citizenship.combo.lineEdit()
    assert line is not None
    type_text(line, "Russ")  # ("Rus" would be Russia's code)
    qtbot.wait(VALIDATE_MS * 2)  # the check a moment after typing stops has run
    assert any(i.path == "persons[0].citizenship[0]" for i in page.issues)
    assert message_at(page, "persons[0].citizenship[0]") == ""  # still typing: not wrong yet
    assert citizenship.combo.property("invalid") is not True
    assert message_at(page, "persons[0].citizenship[0]") == ""  # the list opened: not left
    citizenship.combo.completer().popup().hide()  # a click elsewhere closes the list first
    focus(qtbot, person.editor("birth_place").focus_target())  # the officer moves on
    assert message_at(page, "persons[0].citizenship[0]") == \
        "is not a country: choose one from the list (or type its three-letter code, such as KAZ)"


def test_a_message_that_no_longer_applies_goes_while_typing(qtbot: Any,
                                                            officer: Session) -> None:
    page = open_page(qtbot, officer, "contraband_detention")
    assert page.form is not None
    items = page.form.sections[2].editor("items")
    items.add_button.click()
    entry = items.entries[0].editor
    quantity = entry.editor("quantity")
    focus(qtbot, quantity.focus_target())
    type_text(quantity.focus_target(), "-3")
    qtbot.wait(VALIDATE_MS * 2)
    assert message_at(page, "items[0].quantity") == ""
    focus(qtbot, entry.editor("unit").focus_target())
    assert message_at(page, "items[0].quantity") == "must be greater than zero"
    focus(qtbot, quantity.focus_target())
    quantity.focus_target().clear()  # type: ignore[attr-defined]
    type_text(quantity.focus_target(), "3")
    qtbot.waitUntil(lambda: message_at(page, "items[0].quantity") == "", timeout=3000)


@pytest.mark.parametrize("msgid", sorted(set(MESSAGES) - NOT_FROM_THE_FORM))
def test_what_the_form_says_is_in_an_officers_words(msgid: str) -> None:
    assert not JARGON.search(MESSAGES[msgid]), MESSAGES[msgid]


def test_the_parts_of_messages_are_in_an_officers_words() -> None:
    for template in [*FIELD_PARTS.values(), *MRZ_PARTS.values()]:
        assert not JARGON.search(template), template


def test_the_jargon_check_can_fail() -> None:
    assert JARGON.search("Not an ICAO 9303 MRZ") and JARGON.search("ISO 3166-1 alpha-3")
