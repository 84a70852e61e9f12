"""Single-value inputs of the record editors.

Every input is a `FieldEditor`: `value()` gives the interchange-form value as typed (even when it
is wrong: a quantity "abc" stays the text "abc", so validation can say what is wrong with it and
an autosave keeps it), `set_value()` shows a stored one, `changed` fires on every edit and
`editing_finished` when the officer leaves it (the autosave hook).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from shekara.domain.codes import CODE_LISTS
from shekara.ui.editors.context import EditorContext
from shekara.ui.i18n import current_language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's translation; called with literal arguments only, so lupdate finds every string
    (`n` picks the plural form of a `%n` text)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


class FieldEditor(QWidget):
    changed = Signal()
    editing_finished = Signal()

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        """The widget that takes the keyboard focus for this field."""
        return self

    def set_accessible_label(self, label: str) -> None:
        self.focus_target().setAccessibleName(label)

    def issue_targets(self, path: str) -> dict[str, Any]:
        """Places inside this editor that show messages, by record path (composites only)."""
        return {}

    def field_labels(self, path: str) -> dict[str, str]:
        """The label an officer reads for each field inside this editor, by record path
        (composites only; the version diff names fields with them)."""
        return {}

    def says_itself(self, message: str) -> bool:
        """Whether this editor already shows `message` (the MRZ box on its lines): the field's
        message line then leaves it out rather than saying it twice."""
        return False


class _FocusOut(QObject):
    """Emits the editor's `editing_finished` when one of its inputs loses the focus."""

    def __init__(self, editor: FieldEditor) -> None:
        super().__init__(editor)
        self._editor = editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A list opening over the input (a picker's suggestions, a combo's choices) takes the
        # focus for a moment: the officer has not left the field, and is not done with it.
        if event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent) and \
                event.reason() != Qt.FocusReason.PopupFocusReason:
            self._editor.editing_finished.emit()
        return False


def watch_focus(editor: FieldEditor, *widgets: QWidget) -> None:
    hook = _FocusOut(editor)
    for widget in widgets:
        widget.installEventFilter(hook)


def _row(parent: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


class TextInput(FieldEditor):
    """One line of free text (names, numbers on documents, case numbers)."""

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "",
                 max_length: int = 2000) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(max_length * 2)  # validation reports the real cap
        if placeholder:
            self.edit.setPlaceholderText(placeholder)
        _row(self).addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.changed)
        watch_focus(self, self.edit)

    def value(self) -> Any:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def focus_target(self) -> QWidget:
        return self.edit


class _ProseBox(QPlainTextEdit):
    """A text box as tall as the lines it was made for (Qt's default is ~12 lines), growing
    only when the form has room to spare."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


class ProseInput(FieldEditor):
    """Several lines of free text (narrative, channel, notes). Tab moves on, as everywhere."""

    def __init__(self, parent: QWidget | None = None, *, lines: int = 4) -> None:
        super().__init__(parent)
        self.edit = _ProseBox(self)
        self.edit.setTabChangesFocus(True)
        line_height = self.edit.fontMetrics().lineSpacing()
        self.edit.setMinimumHeight(line_height * lines + 12)
        # Not Expanding: spare height goes below the form, not into every text box.
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.edit.setMaximumHeight(line_height * max(lines * 3, 12) + 12)
        _row(self).addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.changed)
        watch_focus(self, self.edit)

    def value(self) -> Any:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def focus_target(self) -> QWidget:
        return self.edit


class DateInput(TextInput):
    """A date as the interchange form writes it; partial dates where the field allows them.

    A line edit, not a calendar: the officer copies a date from a document, and a birth date may
    be only a year. Empty is null.
    """

    def __init__(self, parent: QWidget | None = None, *, partial: bool = False) -> None:
        hint = (translate("RecordEditor", "YYYY-MM-DD, YYYY-MM or YYYY") if partial
                else translate("RecordEditor", "YYYY-MM-DD"))
        super().__init__(parent, placeholder=hint, max_length=10)
        self.edit.setToolTip(hint)

    def value(self) -> Any:
        text = self.edit.text().strip()
        return text or None


_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")


def number_text(value: int | float, lang: str) -> str:
    """A number as the editor shows it: an integral float without its ".0", and the
    language's decimal sign — a comma in Kazakh, Lithuanian and Russian, as the printed reports
    write it. No digit grouping: the text stays one the number input reads back."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    return str(value).replace(".", QLocale(lang).decimalPoint())


class NumberInput(TextInput):
    """A number (quantity, purity, coordinates). A decimal comma is taken as a point; anything
    else that is not a number stays text, for validation to name."""

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent, placeholder=placeholder, max_length=40)
        self.edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)

    def value(self) -> Any:
        text = self.edit.text().strip().replace(" ", "").replace("\u00a0", "")
        if not text:
            return None
        if not _NUMBER.fullmatch(text):
            return text
        text = text.replace(",", ".")
        if re.fullmatch(r"[+-]?\d+", text):
            return int(text)
        return float(text)

    def set_value(self, value: Any) -> None:
        if value is None:
            self.edit.setText("")
        elif isinstance(value, int | float) and not isinstance(value, bool):
            self.edit.setText(number_text(value, current_language()))
        else:
            self.edit.setText(str(value))  # not a number: kept as text for validation to name


class CodeInput(FieldEditor):
    """One code of a closed list, shown by its label in the UI language.

    With `empty` the first entry is "—" (null); without it the list starts at `default`.
    Typing the first letters of a label selects it (QComboBox's own keyboard search).
    """

    def __init__(self, ctx: EditorContext, code_list: str, parent: QWidget | None = None, *,
                 empty: bool = True, codes: tuple[str, ...] | None = None) -> None:
        super().__init__(parent)
        self.code_list = code_list
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if empty:
            self.combo.addItem("—", None)
        for code in codes if codes is not None else CODE_LISTS[code_list]:
            label = ctx.ref.label(code_list, code, ctx.lang)
            self.combo.addItem(label if label == code else f"{label}", code)
        row = _row(self)
        row.addWidget(self.combo)
        row.addStretch(1)
        self.setFocusProxy(self.combo)
        self.combo.currentIndexChanged.connect(self.changed)
        watch_focus(self, self.combo)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        if index < 0 and value is not None:
            # A code this list does not know (an autosave from an older version): keep it
            # visible so that validation can name it rather than silently dropping it.
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))

    def focus_target(self) -> QWidget:
        return self.combo


class BoolInput(FieldEditor):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(text, self)
        _row(self).addWidget(self.box)
        self.setFocusProxy(self.box)
        self.box.toggled.connect(self.changed)
        watch_focus(self, self.box)

    def value(self) -> Any:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))

    def focus_target(self) -> QWidget:
        return self.box


class MultiCodeInput(FieldEditor):
    """Several codes of a closed list (drug_intel topics), as check boxes in list order."""

    def __init__(self, ctx: EditorContext, code_list: str, parent: QWidget | None = None,
                 *, articles: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        layout = _row(self)
        self.boxes: dict[str, QCheckBox] = {}
        column = QWidget(self)
        from PySide6.QtWidgets import QGridLayout

        grid = QGridLayout(column)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, code in enumerate(CODE_LISTS[code_list]):
            label = ctx.ref.label(code_list, code, ctx.lang)
            if articles and code in articles:
                label = f"{label} ({articles[code]})"
            box = QCheckBox(label, column)
            box.toggled.connect(self.changed)
            grid.addWidget(box, index // 2, index % 2)
            self.boxes[code] = box
        layout.addWidget(column)
        layout.addStretch(1)
        first = next(iter(self.boxes.values()))
        self.setFocusProxy(first)
        watch_focus(self, *self.boxes.values())

    def value(self) -> Any:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for code, box in self.boxes.items():
            box.setChecked(code in chosen)

    def set_accessible_label(self, label: str) -> None:
        for box in self.boxes.values():
            box.setAccessibleDescription(label)

    def focus_target(self) -> QWidget:
        return next(iter(self.boxes.values()))


_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")


def _local_offset() -> str:
    offset = datetime.now().astimezone().strftime("%z")
    return f"{offset[:3]}:{offset[3:]}"


class MomentInput(FieldEditor):
    """`occurred_at`: a date, and a time when it is known, at the post's UTC offset.

    A stored moment keeps its own offset (a record typed in summer time stays at +03:00).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _row(self)
        self.date_edit = QLineEdit(self)
        self.date_edit.setPlaceholderText(translate("RecordEditor", "YYYY-MM-DD"))
        self.date_edit.setAccessibleName(translate("RecordEditor", "Date"))
        self.time_edit = QLineEdit(self)
        self.time_edit.setPlaceholderText(translate("RecordEditor", "hh:mm"))
        self.time_edit.setAccessibleName(translate("RecordEditor", "Time (optional)"))
        self.time_edit.setToolTip(
            translate("RecordEditor", "Leave the time empty when it is not known"))
        self.offset_label = QLabel(self)
        self.now_button = QPushButton(translate("RecordEditor", "Now"), self)
        self.now_button.setAccessibleName(
            translate("RecordEditor", "Set to the current date and time"))
        self.now_button.setAutoDefault(False)
        self.offset = _local_offset()
        self._show_offset()
        chars = self.date_edit.fontMetrics().horizontalAdvance("0000-00-00") + 24
        self.date_edit.setMinimumWidth(chars)
        self.time_edit.setMinimumWidth(
            self.time_edit.fontMetrics().horizontalAdvance("00:00:00") + 24)
        for widget in (self.date_edit, self.time_edit, self.offset_label, self.now_button):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setFocusProxy(self.date_edit)
        self.date_edit.textChanged.connect(self.changed)
        self.time_edit.textChanged.connect(self.changed)
        self.now_button.clicked.connect(self.set_now)
        watch_focus(self, self.date_edit, self.time_edit)

    def _show_offset(self) -> None:
        self.offset_label.setText(f"UTC{self.offset}")

    def set_now(self) -> None:
        now = datetime.now().astimezone()
        self.offset = _local_offset()
        self._show_offset()
        self.date_edit.setText(now.date().isoformat())
        self.time_edit.setText(now.strftime("%H:%M"))

    def value(self) -> Any:
        day = self.date_edit.text().strip()
        time = self.time_edit.text().strip()
        if not time:
            return day or None
        match = _TIME.fullmatch(time)
        if match:
            hours, minutes, seconds = match.groups()
            time = f"{int(hours):02d}:{minutes}:{seconds or '00'}"
        return f"{day}T{time}{self.offset}"

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        day, sep, rest = text.partition("T")
        self.date_edit.setText(day)
        if not sep:
            self.time_edit.setText("")
            return
        match = re.fullmatch(r"(\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?", rest)
        if not match:
            self.time_edit.setText(rest)
            return
        hm, seconds, offset = match.groups()
        self.time_edit.setText(hm + (seconds if seconds and seconds != ":00" else ""))
        if offset:
            self.offset = "+00:00" if offset == "Z" else offset
            self._show_offset()

    def focus_target(self) -> QWidget:
        return self.date_edit

    def set_accessible_label(self, label: str) -> None:
        date_name = translate("RecordEditor", "Date")
        time_name = translate("RecordEditor", "Time (optional)")
        self.date_edit.setAccessibleName(f"{label}: {date_name}")
        self.time_edit.setAccessibleName(f"{label}: {time_name}")


def monospace_font() -> Any:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
