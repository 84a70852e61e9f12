"""Composite inputs: a JSON object as a form of named fields, a JSON list as repeated entries.

Both are `FieldEditor`s, so they nest (a person holds a list of documents, a record a list of
persons). Each place that can show a validation message is an `IssueTarget`; `issue_targets()`
maps record paths (`persons[0].documents[1].number`) to them, computed on demand because list
entries come and go.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shekara.domain.field_checks import join
from shekara.ui.editors.fields import BoolInput, FieldEditor, translate


class IssueTarget(Protocol):
    touched: bool

    def set_messages(self, messages: list[str]) -> None: ...

    def focus_first(self) -> None: ...


class MessageLabel(QLabel):
    """The messages of one field, under it; hidden while there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldMessage")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    def set_messages(self, messages: list[str]) -> None:
        self.setText("\n".join(dict.fromkeys(messages)))
        self.setVisible(bool(messages))


def mark_invalid(widget: QWidget, messages: list[str]) -> None:
    """The input says it is wrong to screen readers (description) and to the eye (frame)."""
    widget.setAccessibleDescription("; ".join(messages))
    invalid = bool(messages)
    if widget.property("invalid") != invalid:
        widget.setProperty("invalid", invalid)
        widget.setStyleSheet("border: 1px solid #b00020;" if invalid else "")


class FieldCell(QWidget):
    """One input with its message under it: the issue target of a simple field."""

    def __init__(self, editor: FieldEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.touched = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        self.message = MessageLabel(self)
        layout.addWidget(self.message)
        editor.editing_finished.connect(self._touch)
        self.setFocusProxy(editor)

    def _touch(self) -> None:
        self.touched = True

    def set_messages(self, messages: list[str]) -> None:
        self.message.set_messages([m for m in messages if not self.editor.says_itself(m)])
        if not editor_is_composite(self.editor):
            mark_invalid(self.editor.focus_target(), messages)

    def focus_first(self) -> None:
        self.editor.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)


def editor_is_composite(editor: FieldEditor) -> bool:
    return isinstance(editor, FormSection | ListEditor)


class FormSection(FieldEditor):
    """A JSON object: labelled fields in a form, optionally framed with a title."""

    def __init__(self, parent: QWidget | None = None, *, title: str = "") -> None:
        super().__init__(parent)
        self._cells: dict[str, FieldCell] = {}
        self._labels: dict[str, str] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        if title:
            self.box: QWidget = QGroupBox(title, self)
            outer.addWidget(self.box)
        else:
            self.box = self
        inner = outer if self.box is self else QVBoxLayout(self.box)
        self.message = MessageLabel(self.box)
        inner.addWidget(self.message)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        inner.addLayout(self.form)
        self.title = title

    @property
    def touched(self) -> bool:
        # A cell is touched when the officer left any input inside it (composites included).
        return any(cell.touched for cell in self._cells.values())

    def add(self, key: str, label: str, editor: FieldEditor, *, required: bool = False,
            tooltip: str = "") -> FieldEditor:
        """A labelled row. Required fields show an asterisk (the page explains it)."""
        cell = FieldCell(editor, self.box)
        shown = f"{label} *" if required else label
        editor.set_accessible_label(label + (" " + translate("RecordEditor", "(required)")
                                             if required else ""))
        if tooltip:
            editor.focus_target().setToolTip(tooltip)
        if label:
            row_label = QLabel(shown, self.box)
            row_label.setWordWrap(True)
            row_label.setBuddy(editor.focus_target())
            self.form.addRow(row_label, cell)
        else:
            self.form.addRow(cell)
        self._cells[key] = cell
        # A check box says its own name (Confidential (Art. 10.1)) in a row without a label.
        self._labels[key] = label or (editor.box.text() if isinstance(editor, BoolInput) else "")
        editor.changed.connect(self.changed)
        editor.editing_finished.connect(self.editing_finished)
        return editor

    def editor(self, key: str) -> FieldEditor:
        return self._cells[key].editor

    def keys(self) -> list[str]:
        return list(self._cells)

    def value(self) -> Any:
        return {key: cell.editor.value() for key, cell in self._cells.items()}

    def set_value(self, value: Any) -> None:
        data = value if isinstance(value, dict) else {}
        for key, cell in self._cells.items():
            cell.editor.set_value(data.get(key))

    def issue_targets(self, path: str) -> dict[str, Any]:
        targets: dict[str, Any] = {path: self}
        for key, cell in self._cells.items():
            child = join(path, key)
            targets[child] = cell
            targets.update(cell.editor.issue_targets(child))
            if editor_is_composite(cell.editor):
                targets[child] = cell.editor  # its own frame shows its messages
        return targets

    def field_labels(self, path: str) -> dict[str, str]:
        found: dict[str, str] = {}
        for key, cell in self._cells.items():
            child = join(path, key)
            # A section holding one unlabelled field (the record's persons, links…) is titled
            # by what it holds: its title names the field.
            label = self._labels.get(key) or (self.title if len(self._cells) == 1 else "")
            if label:
                found[child] = label
            found.update(cell.editor.field_labels(child))
        return found

    def set_messages(self, messages: list[str]) -> None:
        self.message.set_messages(messages)

    def focus_first(self) -> None:
        if self._cells:
            next(iter(self._cells.values())).focus_first()

    def focus_target(self) -> QWidget:
        cell = next(iter(self._cells.values()), None)
        return cell.editor.focus_target() if cell else self

    def set_accessible_label(self, label: str) -> None:
        self.setAccessibleName(label)


class _Entry(QFrame):
    """One entry of a list, with its move and remove buttons."""

    def __init__(self, owner: ListEditor, editor: FieldEditor) -> None:
        super().__init__(owner)
        self.owner = owner
        self.editor = editor
        self.touched = False
        compact = owner.compact
        if not compact:
            self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(0, 0, 0, 0) if compact else (6, 4, 6, 6))
        layout.setSpacing(2)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        self.up = self._button("↑", owner.ordered)
        self.down = self._button("↓", owner.ordered)
        self.remove = self._button("✕", True)
        if compact:
            header.addWidget(editor, 1)
            self.title.hide()
        else:
            header.addWidget(self.title, 1)
        for button in (self.up, self.down, self.remove):
            header.addWidget(button)
        layout.addLayout(header)
        if not compact:
            layout.addWidget(editor)
        self.message = MessageLabel(self)
        layout.addWidget(self.message)
        self.up.clicked.connect(lambda: owner.move_entry(self, -1))
        self.down.clicked.connect(lambda: owner.move_entry(self, +1))
        self.remove.clicked.connect(lambda: owner.remove_entry(self))
        if owner.ordered:
            for keys, step in (("Alt+Shift+Up", -1), ("Alt+Shift+Down", +1)):
                shortcut = QShortcut(QKeySequence(keys), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda step=step: owner.move_entry(self, step))
        editor.editing_finished.connect(self._touch)

    def _button(self, text: str, visible: bool) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setVisible(visible)
        return button

    def _touch(self) -> None:
        self.touched = True

    def retitle(self, index: int, count: int) -> None:
        name = self.owner.entry_title(index, count)
        self.title.setText(name)
        self.editor.set_accessible_label(name)
        self.up.setAccessibleName(translate("RecordEditor", "Move up") + f": {name}")
        self.down.setAccessibleName(translate("RecordEditor", "Move down") + f": {name}")
        self.remove.setAccessibleName(translate("RecordEditor", "Remove") + f": {name}")
        self.up.setToolTip(translate("RecordEditor", "Move up (Alt+Shift+Up)"))
        self.down.setToolTip(translate("RecordEditor", "Move down (Alt+Shift+Down)"))
        self.remove.setToolTip(translate("RecordEditor", "Remove"))
        self.up.setEnabled(index > 0)
        self.down.setEnabled(index < count - 1)

    def set_messages(self, messages: list[str]) -> None:
        self.message.set_messages(messages)
        if self.owner.compact:
            mark_invalid(self.editor.focus_target(), messages)

    def focus_first(self) -> None:
        self.editor.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)


def editor_of(target: object) -> FieldEditor | None:
    """The input behind an issue target (`issue_targets`): a field's cell, a list's entry, or
    a composite that shows its own messages."""
    if isinstance(target, FieldCell | _Entry):
        return target.editor
    return target if isinstance(target, FieldEditor) else None


class ListEditor(FieldEditor):
    """A JSON list: entries made by `factory`, added with a button, removed, maybe reordered.

    `ordered` lists (route legs) get move buttons and Alt+Shift+Up/Down. `compact` lists show
    each entry on one line (citizenships, links). With `skip_empty`, entries left empty are not
    part of the value (an unfilled citizenship line is no citizenship).
    """

    structure_changed = Signal()

    def __init__(self, factory: Callable[[], FieldEditor], add_text: str,
                 entry_title: Callable[[int, int], str], parent: QWidget | None = None, *,
                 ordered: bool = False, compact: bool = False, skip_empty: bool = False,
                 minimum: int = 0) -> None:
        super().__init__(parent)
        self.factory = factory
        self.entry_title = entry_title
        self.ordered = ordered
        self.compact = compact
        self.skip_empty = skip_empty
        self.minimum = minimum
        self._changed_by_hand = False
        self.entries: list[_Entry] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.message = MessageLabel(self)
        layout.addWidget(self.message)
        self.column = QVBoxLayout()
        self.column.setSpacing(4)
        layout.addLayout(self.column)
        self.add_button = QPushButton("+ " + add_text, self)
        self.add_button.setAutoDefault(False)
        self.add_button.setAccessibleName(add_text)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_button.clicked.connect(self._add_by_hand)
        for _ in range(minimum):
            self._append()
        self._retitle()

    @property
    def touched(self) -> bool:
        return self._changed_by_hand or any(entry.touched for entry in self.entries)

    # --- structure --------------------------------------------------------------------------
    def _append(self, value: Any = None) -> _Entry:
        editor = self.factory()
        entry = _Entry(self, editor)
        if value is not None:
            editor.set_value(value)
        self.entries.append(entry)
        self.column.addWidget(entry)
        editor.changed.connect(self.changed)
        editor.editing_finished.connect(self.editing_finished)
        return entry

    def _add_by_hand(self) -> None:
        entry = self.add_entry()
        entry.focus_first()

    def add_entry(self, value: Any = None) -> _Entry:
        entry = self._append(value)
        self._changed_by_hand = True
        self._structure_changed()
        return entry

    def remove_entry(self, entry: _Entry) -> None:
        index = self.entries.index(entry)
        self.entries.remove(entry)
        self.column.removeWidget(entry)
        entry.hide()
        entry.deleteLater()
        self._changed_by_hand = True
        if len(self.entries) < self.minimum:
            self._append()
        self._structure_changed()
        if self.entries:
            self.entries[min(index, len(self.entries) - 1)].remove.setFocus()
        else:
            self.add_button.setFocus()

    def move_entry(self, entry: _Entry, step: int) -> None:
        index = self.entries.index(entry)
        target = index + step
        if not 0 <= target < len(self.entries):
            return
        self.entries.insert(target, self.entries.pop(index))
        self.column.removeWidget(entry)
        self.column.insertWidget(target, entry)
        self._changed_by_hand = True
        self._structure_changed()
        button = entry.up if step < 0 else entry.down
        (button if button.isEnabled() else entry.remove).setFocus()

    def _structure_changed(self) -> None:
        self._retitle()
        self.structure_changed.emit()
        self.changed.emit()

    def _retitle(self) -> None:
        for index, entry in enumerate(self.entries):
            entry.retitle(index, len(self.entries))

    # --- value ------------------------------------------------------------------------------
    def _kept(self) -> list[_Entry]:
        if not self.skip_empty:
            return list(self.entries)
        return [e for e in self.entries if e.editor.value() not in (None, "")]

    def value(self) -> Any:
        return [entry.editor.value() for entry in self._kept()]

    def set_value(self, value: Any) -> None:
        values = list(value) if isinstance(value, list) else []
        while len(self.entries) > max(len(values), self.minimum):
            entry = self.entries.pop()
            self.column.removeWidget(entry)
            entry.hide()
            entry.deleteLater()
        while len(self.entries) < max(len(values), self.minimum):
            self._append()
        for index, entry in enumerate(self.entries):
            entry.editor.set_value(values[index] if index < len(values) else None)
        self._retitle()
        self.structure_changed.emit()

    # --- messages ---------------------------------------------------------------------------
    def issue_targets(self, path: str) -> dict[str, Any]:
        targets: dict[str, Any] = {path: self}
        for index, entry in enumerate(self._kept()):
            child = join(path, index)
            targets[child] = entry
            targets.update(entry.editor.issue_targets(child))
        return targets

    def field_labels(self, path: str) -> dict[str, str]:
        found: dict[str, str] = {}
        kept = self._kept()
        for index, entry in enumerate(kept):
            child = join(path, index)
            found[child] = self.entry_title(index, len(kept))
            found.update(entry.editor.field_labels(child))
        return found

    def set_messages(self, messages: list[str]) -> None:
        self.message.set_messages(messages)

    def focus_first(self) -> None:
        (self.entries[0].editor.focus_target() if self.entries else self.add_button).setFocus()

    def focus_target(self) -> QWidget:
        return self.entries[0].editor.focus_target() if self.entries else self.add_button

    def set_accessible_label(self, label: str) -> None:
        self.setAccessibleName(label)
        self.add_button.setAccessibleDescription(label)
