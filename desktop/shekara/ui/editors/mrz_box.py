"""The MRZ box of the person editor: typed, pasted or scanned (a scanner types like a keyboard,
with a newline after each line), checked live line by line.

While the officer types, each line shows how many characters it has of how many its format
needs, and, once the zone is complete, whether its check digits agree; a valid zone emits
`read(MrzData)` so the person editor can fill its empty fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from shekara.domain.mrz import MrzData, character_issue, parse_mrz
from shekara.errors import ValidationError
from shekara.ui.editors.fields import FieldEditor, monospace_font, translate, watch_focus
from shekara.ui.editors.issues import issue_text
from shekara.ui.messages import param

_MRZ_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")


@dataclass
class MrzLine:
    number: int
    length: int
    expected: int | None
    messages: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.messages and self.length == self.expected


@dataclass
class MrzReading:
    lines: list[MrzLine]
    data: MrzData | None
    general: list[str]  # messages not about one line (the number of lines)
    complete: bool = False  # every line has the length its format needs


def mrz_lines(text: str) -> list[str]:
    """The lines as the reader sees them: ASCII a-z upper-cased, blank lines dropped."""
    upper = text.translate({c: c - 32 for c in range(ord("a"), ord("z") + 1)})
    return [line.strip() for line in upper.splitlines() if line.strip()]


def _expected_length(lines: list[str]) -> int | None:
    first = len(lines[0])
    if len(lines) >= 3 or first == 30:
        return 30  # TD1 (ID cards), or its first line typed so far
    if first > 40:
        return 44
    if first > 30:
        return 36
    return None  # a short first line: the format cannot be told yet


def _complete(lines: list[str], expected: int | None) -> bool:
    counts = {30: 3, 36: 2, 44: 2}
    return (expected is not None and len(lines) == counts[expected]
            and all(len(line) == expected for line in lines))


def _character_messages(line: str, number: int) -> list[str]:
    bad = next((i for i, c in enumerate(line) if c not in _MRZ_CHARACTERS), None)
    if bad is None:
        return []
    return [issue_text(character_issue(number, bad + 1, line[bad]))]


def read_mrz(text: str, today: date) -> MrzReading:
    """Line-by-line status of a zone being typed; the data once it is complete and valid."""
    lines = mrz_lines(text)
    if not lines:
        return MrzReading([], None, [])
    expected = _expected_length(lines)
    status = [MrzLine(n, len(line), expected, _character_messages(line, n))
              for n, line in enumerate(lines, start=1)]
    if not _complete(lines, expected):
        # Still typing: the character counts say more than "expected 44, found 12".
        general = [] if len(lines) <= 3 else [translate(
            "RecordEditor", "An MRZ has 2 or 3 lines; this has %1").replace("%1", str(len(lines)))]
        return MrzReading(status, None, general)
    try:
        data = parse_mrz(text, today=today)
    except ValidationError as err:
        general = []
        for issue in err.issues:
            message = issue_text(issue)
            line = param(issue.message, "line")  # the line the message is about, if one
            if isinstance(line, int) and 1 <= line <= len(status):
                if message not in status[line - 1].messages:
                    status[line - 1].messages.append(message)
            else:
                general.append(message)
        return MrzReading(status, None, general, complete=True)
    return MrzReading(status, data, [], complete=True)


class MrzBox(FieldEditor):
    read = Signal(object)  # MrzData, each time the zone becomes valid

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._last_valid: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QPlainTextEdit(self)
        self.edit.setFont(monospace_font())
        self.edit.setTabChangesFocus(True)
        self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.edit.setPlaceholderText(translate(
            "RecordEditor", "Type, paste or scan the 2 or 3 lines at the bottom of the document"))
        metrics = self.edit.fontMetrics()
        self.edit.setMinimumWidth(metrics.horizontalAdvance("M" * 44) + 30)
        self.edit.setFixedHeight(metrics.lineSpacing() * 3 + 16)
        layout.addWidget(self.edit)
        self.status = QLabel(self)
        self.status.setObjectName("mrzStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        self.filled = QLabel(self)
        self.filled.setObjectName("mrzFilled")
        self.filled.setWordWrap(True)
        self.filled.setStyleSheet("color: #1b5e20;")
        self.filled.hide()
        layout.addWidget(self.filled)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._on_text)
        self.edit.textChanged.connect(self.changed)
        watch_focus(self, self.edit)
        self.reading = MrzReading([], None, [])
        self._show_status()

    def value(self) -> Any:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if text != self.edit.toPlainText():
            # A stored MRZ was read when it was saved: loading it must not fill anything again.
            self._last_valid = " ".join(mrz_lines(text))
            self.edit.setPlainText(text)
        self.filled.hide()

    def focus_target(self) -> QWidget:
        return self.edit

    def says_itself(self, message: str) -> bool:
        return message in self.reading.general or any(
            message in line.messages for line in self.reading.lines)

    def show_filled(self, names: list[str]) -> None:
        if names:
            self.filled.setText(translate("RecordEditor", "Filled from the MRZ: %1")
                                .replace("%1", ", ".join(names)))
        else:
            self.filled.setText(translate("RecordEditor",
                                          "The MRZ is valid; every field it holds was already"
                                          " filled"))
        self.filled.show()

    def _on_text(self) -> None:
        self.reading = read_mrz(self.edit.toPlainText(), self._today)
        self._show_status()
        data = self.reading.data
        key = " ".join(mrz_lines(self.edit.toPlainText()))
        if data is not None and key != self._last_valid:
            self._last_valid = key
            self.read.emit(data)
        if data is None:
            self.filled.hide()

    def _show_status(self) -> None:
        rows = []
        for line in self.reading.lines:
            count = (translate("RecordEditor", "Line %1: %2 of %3 characters")
                     .replace("%1", str(line.number)).replace("%2", str(line.length))
                     .replace("%3", str(line.expected)) if line.expected else
                     translate("RecordEditor", "Line %1: %2 characters")
                     .replace("%1", str(line.number)).replace("%2", str(line.length)))
            mark = "✗" if line.messages else ("✓" if line.ok and self.reading.complete
                                              else "…")
            rows.append(f"{mark} {count}" + "".join(f" — {m}" for m in line.messages))
        rows += [f"✗ {m}" for m in self.reading.general]
        if self.reading.data is not None:
            rows.append(translate("RecordEditor", "Check digits agree"))
        self.status.setText("\n".join(rows))
        self.status.setVisible(bool(rows))
        self.status.setStyleSheet("color: #1b5e20;" if self.reading.data is not None else
                                  ("color: #b00020;" if any(
                                      line.messages for line in self.reading.lines)
                                   or self.reading.general else ""))
