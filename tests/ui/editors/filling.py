"""Filling an editor the way an officer does: typing into line edits, choosing in combo boxes,
clicking "Add …" buttons, ticking boxes — through each widget, never through `set_value`.

Text is typed as key events carrying the text (QTest.keyClicks aborts on non-ASCII), so Kazakh
and Lithuanian letters arrive exactly as a keyboard layout would send them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from shekara.ui.editors.attachments import AttachmentsEditor
from shekara.ui.editors.fields import (
    BoolInput,
    CodeInput,
    DateInput,
    FieldEditor,
    MomentInput,
    MultiCodeInput,
    NumberInput,
    ProseInput,
    TextInput,
)
from shekara.ui.editors.forms import FormSection, ListEditor
from shekara.ui.editors.mrz_box import MrzBox
from shekara.ui.editors.pickers import PickerInput
from shekara.ui.editors.record_form import RecordForm


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying `text`, one character at a time (newline as Return)."""
    for char in text:
        if char == "\n":
            events = [QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return,
                                Qt.KeyboardModifier.NoModifier, "\r"),
                      QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Return,
                                Qt.KeyboardModifier.NoModifier, "\r")]
        else:
            events = [QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char),
                      QKeyEvent(QEvent.Type.KeyRelease, 0, Qt.KeyboardModifier.NoModifier,
                                char)]
        for event in events:
            QApplication.sendEvent(widget, event)


def press(widget: QWidget, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the officer is: events settle first (popups close, the window is
    active), as they would between two real key strokes."""
    QApplication.processEvents()
    QTest.keyClick(widget, key, modifier)
    QApplication.processEvents()


def _type_into(editor: TextInput, text: str) -> None:
    editor.edit.clear()
    type_text(editor.edit, text)


def fill(editor: FieldEditor, value: Any) -> None:
    """Put `value` (interchange form) into `editor` through its widgets."""
    if isinstance(editor, RecordForm):
        for section in editor.sections:
            fill(section, value)
    elif isinstance(editor, FormSection):
        for key in editor.keys():
            if key in value:
                fill(editor.editor(key), value[key])
    elif isinstance(editor, ListEditor):
        while editor.entries:  # start from none, then add one per value with the button
            editor.entries[0].remove.click()
            if len(editor.entries) == editor.minimum and editor.minimum:
                break
        for index, item in enumerate(value or []):
            if index >= len(editor.entries):
                editor.add_button.click()
            fill(editor.entries[index].editor, item)
    elif isinstance(editor, MrzBox):
        editor.edit.clear()
        type_text(editor.edit, value or "")
    elif isinstance(editor, MomentInput):
        day, _, rest = (value or "").partition("T")
        editor.date_edit.clear()
        type_text(editor.date_edit, day)
        editor.time_edit.clear()
        type_text(editor.time_edit, rest[:5])
    elif isinstance(editor, ProseInput):
        editor.edit.clear()
        type_text(editor.edit, value or "")
    elif isinstance(editor, NumberInput | DateInput | TextInput):
        _type_into(editor, "" if value is None else str(value))
    elif isinstance(editor, PickerInput):
        combo = editor.combo
        row = editor.model.row_of(value) if value else -1
        combo.clearEditText()
        text = editor.model.entry(row).display if row >= 0 else (value or "")
        line = combo.lineEdit()
        assert line is not None
        type_text(line, text)
        completer = combo.completer()
        if completer is not None:
            completer.popup().hide()  # as when the officer tabs on
    elif isinstance(editor, CodeInput):
        index = editor.combo.findData(value)
        assert index >= 0, f"{value!r} not offered in {editor.code_list}"
        editor.combo.setCurrentIndex(index)
    elif isinstance(editor, BoolInput):
        if editor.box.isChecked() != bool(value):
            editor.box.click()
    elif isinstance(editor, MultiCodeInput):
        for code, box in editor.boxes.items():
            if box.isChecked() != (code in (value or [])):
                box.click()
    elif isinstance(editor, AttachmentsEditor):
        assert not value, "attachments are added from files (see test_attachments)"
    else:
        raise AssertionError(f"no filler for {type(editor).__name__}")
