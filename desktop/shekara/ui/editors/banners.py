"""Strips of the editor: across the top, the offer to restore an autosave and notices (a
supervisor's comment, a restored autosave's version); at the bottom, beside Save, the status
strip (problems that keep the record from being saved, "Saved", a withdrawn record).

The offer is a strip, not a dialog: the editor stays usable (and testable) while it is shown,
and an officer who ignores it loses nothing — the autosave stays for later.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from shekara.domain.reference import ReferenceData
from shekara.ui.editors.fields import translate
from shekara.ui.i18n import format_stamp
from shekara.vault.autosave import Autosave


def autosave_title(item: Autosave, ref: ReferenceData, lang: str) -> str:
    """How an autosave is named in the offer: kind, when, and what it is about."""
    kind = ref.label("kind", item.kind, lang) if item.kind else "—"
    persons = item.data.get("persons") if isinstance(item.data, dict) else None
    who = ""
    if isinstance(persons, list) and persons and isinstance(persons[0], dict):
        who = " ".join(str(persons[0].get(k) or "") for k in ("surname", "given_names")).strip()
    if not who and isinstance(item.data, dict):
        who = " ".join(str(item.data.get("narrative") or "").split())[:40]
    return " · ".join(part for part in (kind, format_stamp(item.saved_at), who) if part)


class RestoreBanner(QFrame):
    restore = Signal(object)  # the Autosave chosen
    discard = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#restoreBanner { background: #fff8e1; }")
        layout = QHBoxLayout(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 2)
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(translate("RecordEditor", "Autosaved typing"))
        layout.addWidget(self.choice, 2)
        self.restore_button = QPushButton(translate("RecordEditor", "Restore"), self)
        self.discard_button = QPushButton(translate("RecordEditor", "Discard"), self)
        for button in (self.restore_button, self.discard_button):
            button.setAutoDefault(False)
            layout.addWidget(button)
        self.items: list[Autosave] = []
        self.restore_button.clicked.connect(lambda: self._emit(self.restore))
        self.discard_button.clicked.connect(lambda: self._emit(self.discard))
        self.hide()

    def offer(self, items: Sequence[Autosave], title: Callable[[Autosave], str],
              text: str) -> None:
        self.items = list(items)
        self.choice.clear()
        for item in self.items:
            self.choice.addItem(title(item))
        self.choice.setVisible(len(self.items) > 1)
        if len(self.items) == 1:
            text += "\n" + title(self.items[0])
        self.label.setText(text)
        self.setVisible(bool(self.items))

    def _emit(self, signal: SignalInstance) -> None:
        index = self.choice.currentIndex()
        if 0 <= index < len(self.items):
            signal.emit(self.items[index])

    def remove(self, item: Autosave) -> None:
        if item in self.items:
            index = self.items.index(item)
            self.items.pop(index)
            self.choice.removeItem(index)
        self.setVisible(bool(self.items))
        self.choice.setVisible(len(self.items) > 1)


class NoticeBanner(QLabel):
    """One line of news for the officer; colour by tone ("info", "warning", "error")."""

    TONES: ClassVar[dict[str, str]] = {"info": "#e3f2fd", "warning": "#fff8e1", "error": "#fdecea"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setMargin(6)
        self.hide()

    def show_text(self, text: str, tone: str = "info") -> None:
        self.setText(text)
        self.setStyleSheet(f"background: {self.TONES[tone]}; border-radius: 3px;")
        self.setVisible(bool(text))


class StatusStrip(QLabel):
    """The editor's status, below the form: its height is reserved whether it says anything or
    not, so that the form never moves while it is filled (issue 10: the problems bar above the
    form appeared and vanished as the officer typed, moving every field under the pointer).

    It shows at most `LINES` lines, each cut with "…" to the width; the whole text is its tool
    tip and accessible description."""

    LINES = 2
    TONES: ClassVar[dict[str, str]] = NoticeBanner.TONES

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorStatus")
        self.setMargin(4)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * self.LINES + 2 * self.margin()
                            + 2 * self.frameWidth() + 2)
        self.full_text = ""
        self.tone = ""

    def show_text(self, text: str, tone: str = "info") -> None:
        self.full_text = text
        self.tone = tone if text else ""
        self.setStyleSheet(f"background: {self.TONES[tone]}; border-radius: 3px;"
                           if text else "")
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self._fit()

    def text_lines(self) -> list[str]:
        lines = [line for line in self.full_text.split("\n") if line]
        if len(lines) > self.LINES:
            lines = [*lines[:self.LINES - 1], "; ".join(lines[self.LINES - 1:])]
        return lines

    def _fit(self) -> None:
        width = max(self.contentsRect().width() - 2 * self.margin(), 40)
        metrics = self.fontMetrics()
        self.setText("\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
                               for line in self.text_lines()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
