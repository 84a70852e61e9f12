"""The form stands still while it is filled (issue 10): the problems that keep a record from
being saved are said below the form, in a strip whose height is always reserved, so no field
moves when they appear, change or go — the officer's next click lands where it was aimed."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget

from shekara.domain.codes import KIND_ARTICLE
from shekara.messages import Issue, message
from shekara.services.session import Session
from shekara.ui.editors import RecordEditorPage
from shekara.ui.editors.fields import FieldEditor, TextInput
from shekara.ui.editors.forms import FormSection, ListEditor
from tests.ui.editors.filling import type_text


def open_page(qtbot: Any, session: Session, kind: str) -> RecordEditorPage:
    page = RecordEditorPage(session, None, kind)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    page.activateWindow()
    QApplication.processEvents()
    return page


def inputs(page: RecordEditorPage) -> list[QWidget]:
    """Every input the officer can click, as it is on screen now."""
    assert page.form is not None
    QApplication.processEvents()  # widgets added to a shown form show on the next turn
    found = [editor.focus_target() for editor in page.form.findChildren(FieldEditor)
             if not isinstance(editor, FormSection | ListEditor)]
    return [w for w in found if w.isVisibleTo(page)]


def heights(page: RecordEditorPage, widgets: list[QWidget]) -> list[int]:
    QApplication.processEvents()
    window = page.window()
    return [w.mapTo(window, QPoint(0, 0)).y() for w in widgets]


def general(count: int) -> list[Issue]:
    """Problems of the record as a whole (no field to show them at): only the strip says them."""
    return [Issue("", message("validation.future_date", "is in the future"))] * count


@pytest.mark.parametrize("kind", sorted(KIND_ARTICLE))
def test_no_field_moves_when_the_problems_come_and_go(qtbot: Any, officer: Session,
                                                      kind: str) -> None:
    page = open_page(qtbot, officer, kind)
    widgets = inputs(page)
    assert len(widgets) > 5
    before = heights(page, widgets)
    strip = page.problems.geometry()
    for count in (1, 0, 7, 1, 0):
        page.show_issues(general(count))
        assert ("problem" in page.problems.full_text) == (count > 0)
        assert heights(page, widgets) == before, f"fields moved with {count} problem(s)"
        assert page.problems.geometry() == strip


def test_the_field_clicked_next_stays_under_the_pointer(qtbot: Any, officer: Session) -> None:
    """The officer types a wrong quantity and clicks the unit below it: the quantity's message,
    the problems above (When, the person: now visited) and the strip appear, and the unit stays
    where the officer clicked it."""
    page = open_page(qtbot, officer, "contraband_detention")
    assert page.form is not None
    items = page.form.sections[2].editor("items")
    items.add_button.click()
    entry = items.entries[0].editor
    quantity, unit = entry.editor("quantity"), entry.editor("unit").focus_target()
    assert isinstance(quantity, TextInput)
    quantity.edit.setFocus()  # the form scrolls to it: measure from there
    inputs(page)
    before = heights(page, [unit])
    type_text(quantity.edit, "-3")
    unit.setFocus()  # the click on the unit
    page.validate()  # as when the officer leaves a field
    assert "greater than zero" in page.form.issue_targets("")["items[0].quantity"].message.text()
    assert "problem" in page.problems.full_text
    assert heights(page, [unit]) == before


def test_a_long_list_of_problems_is_cut_to_the_strip_and_whole_in_its_tip(
        qtbot: Any, officer: Session) -> None:
    page = open_page(qtbot, officer, "border_violation")
    page.show_issues(general(9))
    shown = page.problems.text().split("\n")
    assert len(shown) <= page.problems.LINES
    assert page.problems.toolTip().count("is in the future") == 9
