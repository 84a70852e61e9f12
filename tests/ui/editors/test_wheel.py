"""The mouse wheel over a form scrolls it and never changes a field the officer is not in
(issue 10: a wheel over an unfocused citizenship changed whether a fact is exchanged)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

from shekara.domain.codes import KIND_ARTICLE
from shekara.services.session import Session
from shekara.ui.editors import RecordEditorPage
from shekara.ui.editors.forms import ListEditor

BOXES = (QComboBox, QAbstractSpinBox)


def wheel(widget: QWidget, notches: int) -> None:
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def value(box: QWidget) -> Any:
    if isinstance(box, QComboBox):
        return box.currentIndex(), box.currentText()
    assert isinstance(box, QAbstractSpinBox)
    return box.text()


def open_filled_page(qtbot: Any, session: Session, kind: str) -> RecordEditorPage:
    page = RecordEditorPage(session, None, kind)
    qtbot.addWidget(page)
    page.resize(700, 420)  # small enough that the form scrolls
    page.show()
    assert page.form is not None
    for _ in range(2):  # entries of every list, then the lists inside them
        for editor in page.form.findChildren(ListEditor):
            if editor.isVisibleTo(page) and not editor.entries:
                editor.add_button.click()
    for box in page.form.findChildren(QComboBox):
        if box.count() > 2:
            box.setCurrentIndex(1)  # a value in the middle: the wheel could move it either way
    QApplication.processEvents()
    return page


@pytest.mark.parametrize("kind", sorted(KIND_ARTICLE))
def test_the_wheel_over_an_unfocused_box_scrolls_the_form_and_changes_nothing(
        qtbot: Any, officer: Session, kind: str) -> None:
    page = open_filled_page(qtbot, officer, kind)
    assert page.form is not None
    page.save_button.setFocus()
    # Every combo, spin and date box of the kind's form, each list filled with an entry: none
    # may be left out of the test for being hidden.
    boxes = [*page.form.findChildren(QComboBox), *page.form.findChildren(QAbstractSpinBox)]
    assert len(boxes) >= 10, "the form has combo or spin boxes"
    assert [b for b in boxes if not b.isVisibleTo(page)] == []
    assert {id(b) for b in boxes} == {id(b) for b in page.form.findChildren(QWidget)
                                      if isinstance(b, BOXES)}
    before = [value(b) for b in boxes]
    bar = page.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0, "the form scrolls at this size"
    for box in boxes:
        assert box.focusPolicy() != Qt.FocusPolicy.WheelFocus
        wheel(box, -1)
        wheel(box, +1)
        wheel(box, -2)
    assert [value(b) for b in boxes] == before
    assert bar.value() > 0, "the wheel scrolled the form instead"


def test_a_box_the_officer_is_in_keeps_the_wheel(qtbot: Any, officer: Session) -> None:
    page = open_filled_page(qtbot, officer, "contraband_detention")
    assert page.form is not None
    box = next(b for b in page.form.findChildren(QComboBox)
               if b.isVisibleTo(page) and b.count() > 2)
    page.activateWindow()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=3000)
    before = value(box)
    wheel(box, -1)  # down: the next item
    assert value(box) != before
