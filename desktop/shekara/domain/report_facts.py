"""What the period reports read of a record version, kept beside it so a year's report never
parses the whole record (issue 13: a summary of 333,917 records at 1,000,000 took 11.8 s, most
of it finding, decrypting and parsing whole versions).

`REPORT_FACTS` names, of a record's interchange form, exactly the fields that the period
summary (reports/summary.py), the statistics (reports/statistics.py) and the Agreement
relevance rule (domain/relevance.py) read — codes, dates and quantities, never a name or a
narrative; `report_facts_json` stores them and `report_facts_from_json` gives them back as the
dict those readers take. tests/domain/test_report_facts.py runs that code over traced records
and fails when it reads a field `REPORT_FACTS` lacks, or the stored form a field it names: a
report that starts counting something new must add it to both (and a schema step must flag the
facts stale, see vault/migrations.py).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

# Each field read; a nested mapping names the fields read of it, a list those of each element.
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

# The stored form (`records.facts`, and the report index's copy of it) is a JSON array, not
# the dict: a report reads it for every record of its period and the index keeps it ordered by
# date, so its size is what an add writes at a random place (issue 13: 260 → 97 bytes a record
# on the sample records). The date and crossing point are
# not in it: they are columns of the list row beside it. Absent and null are one to every
# reader of these fields (each reads `x.get(key) or …`, tested), so the array keeps null.
LAYOUT = 1  # the array's first element; another layout: a schema step empties records.facts and
# flags them stale (report_facts_stale), and the record service refills them
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def report_facts_json(data: Mapping[str, Any]) -> str:
    """The stored form of the report facts of a validated record."""
    document = data.get("document")
    return _ENCODER.encode([
        LAYOUT, data.get("kind"), data.get("outcome"),
        document.get("issuing_state") if isinstance(document, Mapping) else None,
        [[p.get("role"), p.get("citizenship")] for p in _entries(data, "persons")],
        [[i.get("substance"), i.get("category"), i.get("unit"), i.get("quantity")]
         for i in _entries(data, "items")],
        [leg.get("country") for leg in _entries(data, "route")],
    ])


def report_facts_from_json(text: str, occurred_on: str,
                           checkpoint: str | None) -> dict[str, Any] | None:
    """The report facts back from their stored form and the list row's date and crossing
    point; None for a layout this program does not know."""
    stored = json.loads(text)
    if not isinstance(stored, list) or not stored or stored[0] != LAYOUT:
        return None
    _, kind, outcome, issuing_state, persons, items, route = stored
    return {
        "kind": kind, "occurred_at": occurred_on, "outcome": outcome,
        "place": {"checkpoint": checkpoint}, "document": {"issuing_state": issuing_state},
        "persons": [{"role": role, "citizenship": citizenship}
                    for role, citizenship in persons],
        "items": [{"substance": substance, "category": category, "unit": unit,
                   "quantity": quantity} for substance, category, unit, quantity in items],
        "route": [{"country": country} for country in route],
    }


def _entries(data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = data.get(key)
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []
