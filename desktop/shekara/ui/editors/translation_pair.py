"""Art. 14 in the editor: each free-text field beside its Russian translation.

One row per free-text field that holds text (the narrative, a place's description, each item's
description…, `domain.translations.TRANSLATABLE`): on the left the text as written in the
state language (read-only here: it is edited in its own field above), on the right its Russian
translation. Rows follow the record as it is typed: a field that gets text gets a row, an
emptied one loses it (what was typed for it is kept while the record is open, in case the text
comes back). A missing translation is a hint, never a reason not to save: a Russian-language
post writes none, and the documents for the other Party say which fields lack one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QWidget

from shekara.domain.translations import from_paths, source_texts, translated
from shekara.ui.editors.fields import FieldEditor, ProseInput

_tr = QCoreApplication.translate


class TranslationColumns(FieldEditor):
    """The record's `translations` (`{"ru": {…}}`), one row per field with text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("translationColumns")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self.texts: dict[str, str] = {}  # path -> Russian text typed (kept while open)
        self.rows: dict[str, tuple[QLabel, QPlainTextEdit, ProseInput]] = {}
        self.heading_source = QLabel(self)
        self.heading_translation = QLabel(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.grid.addWidget(self.hint, 0, 0, 1, 2)
        self.grid.addWidget(self.heading_source, 1, 0)
        self.grid.addWidget(self.heading_translation, 1, 1)
        self._record: Mapping[str, Any] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.heading_source.setText(
            "<b>" + _tr("TranslationColumns", "As written") + "</b>")
        self.heading_translation.setText(
            "<b>" + _tr("TranslationColumns", "Russian translation (Art. 14)") + "</b>")
        self._update_hint()

    def _update_hint(self) -> None:
        lacking = [p for p in self.rows if not self.texts.get(p, "").strip()]
        self.hint.setText(
            _tr("TranslationColumns", "No free text yet: its Russian translation is written "
                "here.") if not self.rows
            else _tr(
                "TranslationColumns", "A Russian translation is missing for %n field(s): the "
                "documents for the other Party will say so. A record written in Russian needs "
                "none.", "", len(lacking)) if lacking
            else _tr("TranslationColumns",
                     "Every free-text field has its Russian translation."))

    # --- following the record ------------------------------------------------------------
    def sync(self, record: Mapping[str, Any]) -> None:
        """Rows for the fields of `record` that hold text now (left column updated)."""
        self._record = record
        present = dict(source_texts(record))
        for path in [p for p in self.rows if p not in present]:
            label, source, editor = self.rows.pop(path)
            for widget in (label, source, editor):
                self.grid.removeWidget(widget)
                widget.deleteLater()
        for path, text in present.items():
            if path not in self.rows:
                self._add_row(path)
            label, source, editor = self.rows[path]
            if source.toPlainText() != text:
                source.setPlainText(text)
        self._relayout()
        self._update_hint()

    def _add_row(self, path: str) -> None:
        label = QLabel(path, self)
        source = QPlainTextEdit(self)
        source.setReadOnly(True)
        source.setTabChangesFocus(True)
        source.setFocusPolicy(source.focusPolicy().NoFocus)
        source.setMaximumHeight(source.fontMetrics().lineSpacing() * 6 + 12)
        editor = ProseInput(self, lines=3)
        editor.set_value(self.texts.get(path, ""))
        editor.set_accessible_label(fmt_path(path))
        editor.changed.connect(lambda p=path, e=editor: self._typed(p, e))
        editor.editing_finished.connect(self.editing_finished)
        self.rows[path] = (label, source, editor)

    def _relayout(self) -> None:
        row = 2
        for path in sorted(self.rows, key=_order):
            label, source, editor = self.rows[path]
            label.setText(fmt_path(path))
            self.grid.addWidget(label, row, 0, 1, 2)
            self.grid.addWidget(source, row + 1, 0)
            self.grid.addWidget(editor, row + 1, 1)
            row += 2

    def _typed(self, path: str, editor: ProseInput) -> None:
        self.texts[path] = str(editor.value())
        self._update_hint()
        self.changed.emit()

    # --- FieldEditor -------------------------------------------------------------------------
    def value(self) -> Any:
        return from_paths(self._record, self.texts)

    def set_value(self, value: Any) -> None:
        self.texts = _texts_of(value)
        for path, (_label, _source, editor) in self.rows.items():
            editor.set_value(self.texts.get(path, ""))
        self._update_hint()

    def field_labels(self, path: str) -> dict[str, str]:
        """Each translation by the field it translates (`translations.ru.items[0].description`:
        "Item 1: description"), as its row here is called."""
        return {f"{path}.ru.{text_path}": fmt_path(text_path) for text_path in self.texts}

    def missing(self) -> list[str]:
        return [p for p in self.rows if not self.texts.get(p, "").strip()]


def _order(path: str) -> tuple[int, str]:
    from shekara.domain.translations import TRANSLATABLE

    tops = [top for top, _sub, _list in TRANSLATABLE]
    top = path.split(".")[0].split("[")[0]
    return (tops.index(top) if top in tops else len(tops), path)


def fmt_path(path: str) -> str:
    """What a row is called: the field's name in the UI language, with the entry's number."""
    names = {
        "narrative": _tr("TranslationColumns", "Narrative"),
        "place.description": _tr("TranslationColumns", "Place description"),
        "handling.note": _tr("TranslationColumns", "Handling note"),
        "concealment.description": _tr("TranslationColumns", "Concealment"),
        "channel": _tr("TranslationColumns", "Channel"),
        "equipment": _tr("TranslationColumns", "Equipment"),
    }
    if path in names:
        return names[path]
    top, rest = path.split("[", 1)
    number = int(rest.split("]", 1)[0]) + 1
    if top == "items":
        return _tr("TranslationColumns", "Item %1: description").replace("%1", str(number))
    return _tr("TranslationColumns", "Substance %1: properties").replace(
        "%1", str(number))


def _texts_of(value: Any) -> dict[str, str]:
    """The Russian texts of a stored `translations`, by path."""
    if not isinstance(value, Mapping):
        return {}
    ru = value.get("ru")
    if not isinstance(ru, Mapping):
        return {}
    record: dict[str, Any] = {"translations": value}
    for top, entry in ru.items():
        record[top] = entry  # shape mirrors the record: source_texts finds the paths
    return {path: translated(record, path) for path, _ in source_texts(record)}
