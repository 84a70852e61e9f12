"""Fields and values of the version diff in the officer's words: "Person 1 › Citizenship 2" and
"Беларусь", not `persons[0].citizenship[1]` and `BLR` (issue 10).

The words are the record editor's own, in the UI language: the kind's form is built (never
shown) and filled with each version in turn, so every list entry of either version has its
title, and asked for its labels (`field_labels`) and for the input at each path
(`issue_targets`: what the value is, review/field_values.py).

Every path of a record is meant to be known (tests/ui/review/test_field_words.py walks every
field of every kind). One that is not — a field a newer program wrote — is still shown, never
hidden from the reviewer: named by its nearest known part followed by the rest of its path as
stored, its value as stored; `FieldWords.known` says which.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from shekara.ui.editors.context import EditorContext
from shekara.ui.editors.fields import translate
from shekara.ui.editors.record_form import RecordForm
from shekara.ui.review.field_values import WHOLE, ValueKind, comparable, show, value_kinds

_STEP = re.compile(r"\.?([^.\[\]]+)|\[(\d+)\]")
SEPARATOR = " › "


def _prefixes(path: str) -> list[str]:
    """`persons[0].citizenship` → persons, persons[0], persons[0].citizenship."""
    found = []
    for match in _STEP.finditer(path):
        found.append(path[:match.end()])
    return found


def _named(path: str, labels: Mapping[str, str]) -> tuple[list[str], str]:
    """The labels along `path`, and what is left of it that no label names ("" when none)."""
    parts: list[str] = []
    last = ""
    for prefix in _prefixes(path):
        label = labels.get(prefix)
        if label:
            if parts and last and prefix.endswith("]") and prefix.startswith(last + "["):
                parts[-1] = label  # "Documents" then "Document 2": the entry says both
            else:
                parts.append(label)
            last = prefix
    rest = path[len(last):].lstrip(".") if last else path
    return parts, rest


def name_path(path: str, labels: Mapping[str, str]) -> str:
    parts, rest = _named(path, labels)
    return SEPARATOR.join([*parts, rest] if rest else parts)


class FieldWords:
    """Names and values of one kind's fields over some versions of a record, in `ctx.lang`.

    `links` gives a linked record's words by its id (its number and title: the page reads
    them); an id it lacks is shown short.
    """

    def __init__(self, ctx: EditorContext, kind: str, versions: Iterable[Mapping[str, Any]],
                 links: Mapping[str, str] | None = None) -> None:
        self.ctx = ctx
        self.links = dict(links or {})
        self.labels: dict[str, str] = {"kind": translate("RecordEditor", "Kind")}
        self.kinds: dict[str, ValueKind] = {}
        self.order: dict[str, int] = {"kind": 0}  # paths as the editor lays them out
        form = RecordForm(ctx, kind)
        try:
            for data in versions:
                form.set_value(dict(data))
                self.labels.update(form.field_labels(""))
                targets = form.issue_targets("")
                targets["translations"] = form.translations  # Art. 14: below the sections
                self.kinds.update(value_kinds(targets, data))
                for path in [*targets, *self.kinds]:
                    self.order.setdefault(path, len(self.order))
        finally:
            form.deleteLater()

    def comparable(self, data: Mapping[str, Any]) -> dict[str, Any]:
        """A version's data as the diff compares it (review/field_values.py), its fields in
        the editor's order: the vault keeps them sorted by name."""
        ordered: dict[str, Any] = self._in_order(comparable(data), "")
        return ordered

    def _in_order(self, value: Any, path: str) -> Any:
        if isinstance(value, list):
            return [self._in_order(item, f"{path}[{index}]") for index, item in enumerate(value)]
        if not isinstance(value, Mapping):
            return value
        children = {key: (f"{path}.{key}" if path else str(key)) for key in value}
        keys = sorted(value, key=lambda key: self.order.get(children[key], len(self.order)))
        return {key: self._in_order(value[key], children[key]) for key in keys}

    def whole(self, path: str) -> bool:
        """Whether the value at `path` is shown as one (topics, an attachment)."""
        kind = self.kinds.get(path)
        return kind is not None and kind.what in WHOLE

    def name(self, path: str) -> str:
        return name_path(path, self.labels)

    def value(self, path: str, value: Any) -> str | None:
        """A non-empty value in words; None when this field does not say how (as stored)."""
        return show(self.kinds.get(path), value, self.ctx, self.links)

    def known(self, path: str) -> bool:
        """Whether `path` is named by labels only and its value's kind is known."""
        return not _named(path, self.labels)[1] and path in self.kinds
