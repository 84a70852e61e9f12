"""Fields named as the officer knows them in the version diff: "Person 1 › Citizenship 2",
not `persons[0].citizenship[1]` (issue 10).

The names are the record editor's own labels, in the UI language: the kind's form is built
(never shown) with each version's values, so every list entry of either version has its title,
and asked for its labels. A path the form has no label for keeps its last parts as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from shekara.ui.editors.context import EditorContext
from shekara.ui.editors.fields import translate
from shekara.ui.editors.record_form import RecordForm

_STEP = re.compile(r"\.?([^.\[\]]+)|\[(\d+)\]")
SEPARATOR = " › "


def _prefixes(path: str) -> list[str]:
    """`persons[0].citizenship` → persons, persons[0], persons[0].citizenship."""
    found = []
    for match in _STEP.finditer(path):
        found.append(path[:match.end()])
    return found


def name_path(path: str, labels: Mapping[str, str]) -> str:
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
    if rest:
        parts.append(rest)
    return SEPARATOR.join(parts)


def field_namer(ctx: EditorContext, kind: str,
                versions: Iterable[Mapping[str, Any]]) -> Callable[[str], str]:
    form = RecordForm(ctx, kind)
    labels: dict[str, str] = {"kind": translate("RecordEditor", "Kind")}
    for data in versions:
        form.set_value(dict(data))
        labels.update(form.field_labels(""))
    form.deleteLater()
    return lambda path: name_path(path, labels)
