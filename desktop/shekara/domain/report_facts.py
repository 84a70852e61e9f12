"""What the period reports read of a record version, kept beside it so a year's report never
parses the whole record (issue 13: a summary of 333,917 records at 1,000,000 took 11.8 s, most
of it finding, decrypting and parsing whole versions).

`report_facts(data)` keeps, of a record's interchange form, exactly the fields that the period
summary (reports/summary.py), the statistics (reports/statistics.py) and the Agreement
relevance rule (domain/relevance.py) read — codes, dates and quantities, never a name or a
narrative. A field absent from the record stays absent, and a value of an unexpected type is
kept as it is, so the counting code sees the same values through the same `.get` calls.
tests/domain/test_report_facts.py runs that code over traced records and fails when it reads a
field this projection drops: a report that starts counting something new must add it here
(and a schema step must flag the facts stale, see vault/migrations.py).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

# Each key kept; a nested mapping keeps the keys of its own spec; a list keeps each element's.
Spec = Mapping[str, Any]
_ITEM: Spec = {"substance": True, "category": True, "unit": True, "quantity": True}
REPORT_FACTS: Spec = {
    "kind": True,
    "occurred_at": True,
    "outcome": True,
    "place": {"checkpoint": True},
    "document": {"issuing_state": True},
    "persons": [{"role": True, "citizenship": True}],
    "items": [_ITEM],
    "route": [{"country": True}],
}

# Compact and stable: the facts are stored as this text (`vault/records.py`).
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                            allow_nan=False)


def report_facts(data: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of `data` the period reports read (see the module's docstring)."""
    return _project(data, REPORT_FACTS)


def report_facts_json(data: Mapping[str, Any]) -> str:
    return _ENCODER.encode(_project(data, REPORT_FACTS))


def _project(data: Mapping[str, Any], spec: Spec) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, inner in spec.items():
        if key not in data:
            continue
        value = data[key]
        if inner is True:
            out[key] = value
        elif isinstance(inner, list):
            out[key] = ([_project(v, inner[0]) if isinstance(v, Mapping) else v for v in value]
                        if isinstance(value, list) else value)
        else:
            out[key] = _project(value, inner) if isinstance(value, Mapping) else value
    return out
