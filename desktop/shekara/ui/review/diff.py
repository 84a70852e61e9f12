"""What changed between two versions of a record, field by field, in the interchange form.

Both versions are flattened to paths (`persons[0].documents[1].number`), leaf by leaf; a path in
both is the same or changed, a path only in the newer one was added, only in the older one
removed. Paths keep the record's own order, a removed path standing where it stood before.
A path `whole` names is one leaf however it is built (a set of topics, an attachment).
Pure Python: the table model and the view show it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

SAME, CHANGED, ADDED, REMOVED = "same", "changed", "added", "removed"
EMPTY_LIST = ()  # marks a list with no entries, so "no documents" is a visible value


@dataclass(frozen=True)
class DiffRow:
    path: str
    old: Any
    new: Any
    change: str


Whole = Callable[[str], bool]


def leaf_by_leaf(_path: str) -> bool:
    """No path is kept whole."""
    return False


def flatten(value: Any, prefix: str = "", whole: Whole = leaf_by_leaf) -> dict[str, Any]:
    """Leaves by path; an empty list or object is a leaf of its own."""
    out: dict[str, Any] = {}
    if isinstance(value, Mapping | list) and value and prefix and whole(prefix):
        out[prefix] = value
    elif isinstance(value, Mapping):
        if not value and prefix:
            out[prefix] = {}
        for key, item in value.items():
            out.update(flatten(item, f"{prefix}.{key}" if prefix else str(key), whole))
    elif isinstance(value, list):
        if not value:
            out[prefix] = EMPTY_LIST
        for index, item in enumerate(value):
            out.update(flatten(item, f"{prefix}[{index}]", whole))
    else:
        out[prefix] = value
    return out


def _merged_order(old: list[str], new: list[str]) -> list[str]:
    order = list(new)
    known = set(new)
    previous: str | None = None
    for path in old:
        if path not in known:
            at = order.index(previous) + 1 if previous is not None else 0
            order.insert(at, path)
            known.add(path)
        previous = path
    return order


def diff_versions(old: Mapping[str, Any] | None, new: Mapping[str, Any],
                  whole: Whole = leaf_by_leaf) -> list[DiffRow]:
    """Every leaf of both versions; with `old` None every leaf of `new` is "added"."""
    old_flat = flatten(old or {}, whole=whole)
    new_flat = flatten(new, whole=whole)
    rows = []
    for path in _merged_order(list(old_flat), list(new_flat)):
        if path in old_flat and path in new_flat:
            change = SAME if old_flat[path] == new_flat[path] else CHANGED
        else:
            change = ADDED if path in new_flat else REMOVED
        rows.append(DiffRow(path, old_flat.get(path), new_flat.get(path), change))
    return rows
