"""Art. 14: a record's free text in the state language, with its Russian translation beside it.

Each Party writes in its state language with a Russian translation attached. A record's
`translations` is `{"ru": {...}}` holding the Russian text of its free-text fields under the
same names, nested as in the record (records.md):

    {"ru": {"narrative": "…", "place": {"description": "…"},
            "items": [{"description": "…"}, {}], "concealment": {"description": "…"}}}

A list holds one object per entry of the record's list, in the same order (an entry with
nothing to translate is `{}`). Names, numbers, markings and places are written as in the
document and never translated. A record written in Russian needs no translation: the key is
then absent (and an empty one is dropped, so records without translations keep their content
hash).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

# Every translatable free-text field, by path: (top-level field, sub-field or None, is a list).
TRANSLATABLE: tuple[tuple[str, str | None, bool], ...] = (
    ("narrative", None, False),
    ("place", "description", False),
    ("handling", "note", False),
    ("items", "description", True),
    ("concealment", "description", False),
    ("substances", "properties", True),
    ("channel", None, False),
    ("equipment", None, False),
)
LANGUAGE = "ru"

# check_text(value, path, cap) -> the normalised text (the caller's FieldChecker.text)
TextCheck = Callable[[Any, str, int], str]


def source_texts(record: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """(path, text) of every non-empty translatable field the record holds."""
    for top, sub, is_list in TRANSLATABLE:
        value = record.get(top)
        if sub is None:
            if isinstance(value, str) and value.strip():
                yield top, value
        elif is_list:
            for i, entry in enumerate(value if isinstance(value, list) else []):
                text = entry.get(sub) if isinstance(entry, Mapping) else None
                if isinstance(text, str) and text.strip():
                    yield f"{top}[{i}].{sub}", text
        elif isinstance(value, Mapping):
            text = value.get(sub)
            if isinstance(text, str) and text.strip():
                yield f"{top}.{sub}", text


def translated(record: Mapping[str, Any], path: str) -> str:
    """The Russian translation of the field at `path` ("" when there is none)."""
    tree: Any = (record.get("translations") or {}).get(LANGUAGE) or {}
    for part in path.replace("]", "").replace("[", ".").split("."):
        if isinstance(tree, list):
            tree = tree[int(part)] if part.isdigit() and int(part) < len(tree) else None
        elif isinstance(tree, Mapping):
            tree = tree.get(part)
        else:
            return ""
    return tree if isinstance(tree, str) else ""


def from_paths(record: Mapping[str, Any], texts: Mapping[str, str]) -> dict[str, Any]:
    """`translations` built from Russian texts by path ("items[1].description": "…"), nested as
    in the record, lists as long as the record's (an entry with nothing `{}`); paths whose field
    has no text in the record, and empty texts, are dropped. {} when nothing is left."""
    wanted = {path for path, _ in source_texts(record)}
    kept = {path: text.strip() for path, text in texts.items()
            if path in wanted and text.strip()}
    out: dict[str, Any] = {}
    for top, sub, is_list in TRANSLATABLE:
        if sub is None:
            if top in kept:
                out[top] = kept[top]
        elif is_list:
            entries = record.get(top) if isinstance(record.get(top), list) else []
            items = [({sub: kept[f"{top}[{i}].{sub}"]} if f"{top}[{i}].{sub}" in kept else {})
                     for i in range(len(entries or []))]
            if any(items):
                out[top] = items
        elif f"{top}.{sub}" in kept:
            out[top] = {sub: kept[f"{top}.{sub}"]}
    return {LANGUAGE: out} if out else {}


def missing(record: Mapping[str, Any]) -> list[str]:
    """Paths of the free-text fields that have text but no Russian translation."""
    return [path for path, _ in source_texts(record) if not translated(record, path).strip()]


def normalise(value: Any, record: Mapping[str, Any], check: TextCheck,
              report: Callable[[str, str], None], caps: Mapping[str, int]) -> dict[str, Any]:
    """The record's `translations` checked against its own fields; problems go to `report`
    (path, msgid) and the rest is kept. `caps[top]` is the cap of each field."""
    if value is None or value == {}:
        return {}
    if not isinstance(value, Mapping) or set(value) - {LANGUAGE}:
        report("translations", "validation.translation_language")
        return {}
    ru = value.get(LANGUAGE)
    if not isinstance(ru, Mapping):
        report("translations.ru", "validation.not_an_object")
        return {}
    known = {top: (sub, is_list) for top, sub, is_list in TRANSLATABLE}
    out: dict[str, Any] = {}
    for top, given in ru.items():
        where = f"translations.ru.{top}"
        if top not in known or top not in record:
            report(where, "validation.translation_field")
            continue
        sub, is_list = known[top]
        cap = caps.get(top, 2000)
        if sub is None:
            text = check(given, where, cap)
            if text:
                out[top] = text
        elif is_list:
            entries = record.get(top) or []
            if not isinstance(given, list) or len(given) != len(entries):
                report(where, "validation.translation_entries")
                continue
            items = [_one(entry, sub, f"{where}[{i}]", check, report, cap)
                     for i, entry in enumerate(given)]
            if any(items):
                out[top] = items
        else:
            item = _one(given, sub, where, check, report, cap)
            if item:
                out[top] = item
    return {LANGUAGE: out} if out else {}


def _one(value: Any, sub: str, where: str, check: TextCheck,
         report: Callable[[str, str], None], cap: int) -> dict[str, str]:
    if not isinstance(value, Mapping) or set(value) - {sub}:
        report(where, "validation.translation_field")
        return {}
    text = check(value.get(sub), f"{where}.{sub}", cap)
    return {sub: text} if text else {}
