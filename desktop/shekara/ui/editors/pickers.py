"""Type-ahead pickers over reference data: countries, the post's crossing points, substances.

Each shows entries by name in the UI language with the code beside it, and finds them by any
part of the code or of the name in any of the four languages, with or without diacritics
("lietuv", "Литва", "LTU" all find Lithuania), the best first: the code, then the start of a
name, then a match inside one. A picker's value is the code; text that matches
no entry stays as typed (a new substance is free text; a wrong country code is for validation
to refuse at the field).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QWidget

from shekara.ui.editors.context import EditorContext
from shekara.ui.editors.fields import FieldEditor, watch_focus

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def fold(text: str) -> str:
    """Lower case without diacritics, for matching what is typed against names."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class PickerEntry:
    code: str
    display: str
    search: str

    @functools.cached_property
    def folded(self) -> tuple[str, str, tuple[tuple[str, tuple[str, ...]], ...]]:
        """The code, the shown name and each name with its words, folded once: ranking
        folded them again for every entry at every keystroke, and a record's opening sets
        each picker's text, which ranks (~30 ms a picker, issue 10)."""
        names = tuple((name, tuple(_WORD.findall(name)))
                      for name in dict.fromkeys(fold(n) for n in self.search.split(" | ")))
        return fold(self.code), fold(self.display), names


def make_entry(code: str, display: str, names: Iterable[str]) -> PickerEntry:
    words = [code, display, *names]
    search = " | ".join(dict.fromkeys([*words, *(fold(w) for w in words)]))
    return PickerEntry(code, display, search)


class PickerListModel(QAbstractListModel):
    """A fixed list of reference entries: display text, code and search text per row."""

    def __init__(self, entries: Sequence[PickerEntry], parent: Any = None) -> None:
        super().__init__(parent)
        self._entries = list(entries)
        self._by_code = {e.code: row for row, e in enumerate(self._entries)}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry.display
        if role == CODE_ROLE:
            return entry.code
        if role == SEARCH_ROLE:
            return entry.search
        return None

    def row_of(self, code: str) -> int:
        return self._by_code.get(code, -1)

    def entry(self, row: int) -> PickerEntry:
        return self._entries[row]

    def code_for_display(self, text: str) -> str | None:
        for entry in self._entries:
            if entry.display == text:
                return entry.code
        return None


_WORD = re.compile(r"[\w]+")


def match_rank(entry: PickerEntry, typed: str) -> int:
    """How well `typed` names `entry`: 0 its code, 1 the start of its shown name, 2 the start
    of a name or of a word of one (in any language), 3 only somewhere inside ("Russ" is the
    start of Russian Federation but inside Brunei Darussalam: the officer meant the former)."""
    return _rank(entry, fold(typed.strip()))


def _rank(entry: PickerEntry, query: str) -> int:
    """`match_rank` for a query already folded."""
    if not query:
        return 3
    code, display, names = entry.folded
    if code == query:
        return 0
    if display.startswith(query):
        return 1
    for folded, words in names:
        if folded.startswith(query) or any(w.startswith(query) for w in words):
            return 2
    return 3


class RankedEntries(QSortFilterProxyModel):
    """The picker's entries ordered for what is being typed: best match first, then by name.

    The completer filters this model in its order, so its popup lists the best matches first."""

    def __init__(self, source: PickerListModel) -> None:
        super().__init__(source)
        self._entries = source
        self._typed = ""
        self._ranks = [3] * source.rowCount()
        self.setSourceModel(source)
        self.sort(0)

    def set_typed(self, typed: str) -> None:
        if typed != self._typed:
            self._typed = typed
            query = fold(typed.strip())
            self._ranks = [_rank(self._entries.entry(row), query)  # once per keystroke
                           for row in range(self._entries.rowCount())]
            self.invalidate()
            self.sort(0)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        a, b = left.row(), right.row()
        return (self._ranks[a], a) < (self._ranks[b], b)


def place_beside(popup: QWidget, field: QWidget) -> None:
    """Keep a suggestion list off the field being typed: below it, or above it when the screen
    has more room there. Qt lays the list over the field's lower edge (and, near the screen's
    bottom, may cover more of it)."""
    field_rect = QRect(field.mapToGlobal(QPoint(0, 0)), field.size())
    geometry = popup.geometry()
    if not geometry.intersects(field_rect):
        return
    screen = field.screen().availableGeometry()
    room_below = screen.bottom() - field_rect.bottom()
    room_above = field_rect.top() - screen.top()
    if geometry.height() <= room_below or room_below >= room_above:
        geometry.moveTop(field_rect.bottom() + 1)
        geometry.setBottom(min(geometry.bottom(), screen.bottom()))
    else:
        geometry.moveBottom(field_rect.top() - 1)
        geometry.setTop(max(geometry.top(), screen.top()))
    popup.setGeometry(geometry)


class _PopupPlacement(QObject):
    """Moves the completer's list off its field each time Qt shows, moves or sizes it."""

    def __init__(self, completer: QCompleter) -> None:
        super().__init__(completer)
        self._completer = completer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        field = self._completer.widget()
        if event.type() in (QEvent.Type.Show, QEvent.Type.Move, QEvent.Type.Resize) and \
                isinstance(watched, QWidget) and watched.isWindow() and field is not None:
            place_beside(watched, field)
        return False


class _DisplayCompleter(QCompleter):
    """Matches on the search text, but puts the display text into the field when chosen, lists
    the best matches first (`RankedEntries`), and never over the field (`place_beside`)."""

    def __init__(self, model: PickerListModel, parent: QWidget) -> None:
        self.ranked = RankedEntries(model)
        super().__init__(self.ranked, parent)
        popup = self.popup()
        if popup is not None:
            popup.installEventFilter(_PopupPlacement(self))

    def splitPath(self, path: str) -> list[str]:
        self.ranked.set_typed(path)  # called with each new prefix, before the completer filters
        return [path]

    def pathFromIndex(self, index: _Index) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class PickerInput(FieldEditor):
    def __init__(self, model: PickerListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        model.setParent(self)
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setModel(model)
        self.combo.setCurrentIndex(-1)
        self.combo.setMinimumContentsLength(18)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = _DisplayCompleter(model, self.combo)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.combo.setCompleter(completer)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        self.setFocusProxy(self.combo)
        self.combo.editTextChanged.connect(self.changed)
        watch_focus(self, self.combo)

    def free_value(self, text: str) -> Any:
        return text

    def empty_value(self) -> Any:
        return None

    def value(self) -> Any:
        text = self.combo.currentText().strip()
        if not text:
            return self.empty_value()
        code = self.model.code_for_display(text)
        if code is not None:
            return code
        folded = text.casefold()
        for row in range(self.model.rowCount()):
            entry = self.model.entry(row)
            if entry.code.casefold() == folded:
                return entry.code
        return self.free_value(text)

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        row = self.model.row_of(text)
        if row >= 0:
            self.combo.setCurrentIndex(row)
            self.combo.setEditText(self.model.entry(row).display)
        else:
            self.combo.setCurrentIndex(-1)
            self.combo.setEditText(text)

    def focus_target(self) -> QWidget:
        return self.combo


# Entries by (list, reference data, language, Party): a record's form has a country picker per
# person and citizenship, each built its ~250 entries and folded their names again (~10 ms a
# picker when a record opens, issue 10). The reference data is kept beside its entries, so an
# id is never taken for another object's.
_ENTRIES: dict[tuple[str, int, str, str], tuple[object, list[PickerEntry]]] = {}


def _entries(kind: str, ctx: EditorContext,
             build: Callable[[], list[PickerEntry]]) -> list[PickerEntry]:
    key = (kind, id(ctx.ref), ctx.lang, ctx.party)
    hit = _ENTRIES.get(key)
    if hit is None or hit[0] is not ctx.ref:
        entries = sorted(build(), key=lambda e: fold(e.display))
        hit = _ENTRIES[key] = (ctx.ref, entries)
    return hit[1]


def country_model(ctx: EditorContext) -> PickerListModel:
    def build() -> list[PickerEntry]:
        return [make_entry(code, f"{ctx.ref.country_name(code, ctx.lang)} ({code})",
                           info.get("names", {}).values())
                for code, info in ctx.ref.countries.items()]

    return PickerListModel(_entries("country", ctx, build))


def checkpoint_model(ctx: EditorContext) -> PickerListModel:
    def build() -> list[PickerEntry]:
        return [make_entry(cp.code, f"{ctx.ref.checkpoint_name(cp.code, ctx.lang)} ({cp.code})",
                           cp.names.values())
                for cp in ctx.ref.checkpoints.values() if cp.party == ctx.party]

    return PickerListModel(_entries("checkpoint", ctx, build))


def substance_model(ctx: EditorContext) -> PickerListModel:
    def build() -> list[PickerEntry]:
        return [make_entry(s.code, ctx.ref.substance_name(s.code, ctx.lang), s.names.values())
                for s in ctx.ref.substances.values()]

    return PickerListModel(_entries("substance", ctx, build))


class CountryInput(PickerInput):
    """A country's three-letter code (ISO 3166-1 alpha-3, the codes passports print); three
    typed letters are taken as a code."""

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(country_model(ctx), parent)

    def free_value(self, text: str) -> Any:
        return text.upper() if len(text) == 3 and text.isascii() and text.isalpha() else text


class CheckpointInput(PickerInput):
    """One of the post's Party's crossing points, or null."""

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(checkpoint_model(ctx), parent)


class SubstanceInput(PickerInput):
    """A substance code from reference data, or the free text naming a new substance."""

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(substance_model(ctx), parent)

    def empty_value(self) -> Any:
        return ""
