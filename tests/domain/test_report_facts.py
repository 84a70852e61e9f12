"""The report facts (domain/report_facts.py) hold everything the period reports read: the
summary, the statistics and the relevance rule they call, run over records that note every
field read, read only fields the projection keeps; and they count the projection exactly as
they count the whole record."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

import pytest

from shekara.demo.samples import generate_records
from shekara.domain.relevance import qualifies
from shekara.domain.report_facts import (
    LAYOUT,
    REPORT_FACTS,
    report_facts_from_json,
    report_facts_json,
)
from shekara.reports.statistics import count_statistics
from shekara.reports.summary import summarize

START, END = date(2000, 1, 1), date(2100, 1, 1)


class Traced(dict[str, Any]):
    """A record (or a part of one) that notes the path of every field read from it."""

    def __init__(self, data: Mapping[str, Any], path: str, seen: set[str]) -> None:
        super().__init__(data)
        self.path, self.seen = path, seen

    def _wrap(self, key: str, value: Any) -> Any:
        path = f"{self.path}.{key}" if self.path else key
        self.seen.add(path)
        if isinstance(value, Mapping):
            return Traced(value, path, self.seen)
        if isinstance(value, list):
            return [Traced(v, f"{path}[]", self.seen) if isinstance(v, Mapping) else v
                    for v in value]
        return value

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        return self._wrap(key, super().get(key, default))

    def __getitem__(self, key: str) -> Any:
        return self._wrap(key, super().__getitem__(key))

    def __contains__(self, key: object) -> bool:
        self.seen.add(f"{self.path}.{key}" if self.path else str(key))
        return super().__contains__(key)

    def items(self) -> Any:
        raise AssertionError(f"{self.path or 'the record'} read whole: list its fields")

    values = keys = __iter__ = items


def _paths(spec: Mapping[str, Any], prefix: str = "") -> Iterator[str]:
    for key, inner in spec.items():
        path = f"{prefix}.{key}" if prefix else key
        yield path
        if isinstance(inner, list):
            yield from _paths(inner[0], f"{path}[]")
        elif isinstance(inner, Mapping):
            yield from _paths(inner, path)


# added to each record by the vault and the report service, not read from its data
ADDED = {"id", "version", "status", "qualifies"}


def _records(party: str) -> list[dict[str, Any]]:
    records = list(generate_records(400, seed=13, party=party))
    for number, record in enumerate(records):
        record.update(id=f"r{number}", version=1 + number % 3,
                      status=("draft", "withdrawn", "approved", "exported")[number % 4])
    return records


@pytest.mark.parametrize("party", ["KZ", "LT"])
def test_the_reports_read_only_what_the_facts_keep(party: str) -> None:
    seen: set[str] = set()
    traced = [Traced(r, "", seen) for r in _records(party)]
    summarize(traced, START, END)
    summarize(traced, START, END, checkpoint="KZ-DOSTYK")
    count_statistics(traced, START, END, party)
    for record in traced:
        qualifies(record, party)
    kept = set(_paths(REPORT_FACTS)) | ADDED
    assert seen - kept == set(), "the reports read fields report_facts drops"
    # and the tracing sees what it should: a field of a nested list's element
    assert {"persons[].citizenship", "items[].quantity", "route[].country"} <= seen


def _stored(record: dict[str, Any]) -> dict[str, Any]:
    """The facts as a report reads them back from the list row."""
    back = report_facts_from_json(report_facts_json(record), record["occurred_at"][:10],
                                  (record.get("place") or {}).get("checkpoint"))
    assert back is not None
    return back


@pytest.mark.parametrize("party", ["KZ", "LT"])
def test_the_facts_count_as_the_whole_records(party: str) -> None:
    whole = _records(party)
    facts = [{**_stored(r), **{k: r[k] for k in ADDED if k in r}} for r in whole]
    assert len(report_facts_json(whole[0])) < len(str(whole[0])) / 5  # far smaller
    for checkpoint in (None, whole[0]["place"].get("checkpoint")):
        assert summarize(facts, START, END, checkpoint) == summarize(whole, START, END,
                                                                    checkpoint)
    one, two = count_statistics(facts, START, END, party), count_statistics(whole, START, END,
                                                                            party)
    assert dataclasses.asdict(one) == dataclasses.asdict(two)
    assert one.counted > 100 and one.by_citizenship and one.seized  # something was counted
    assert [qualifies(f, party) for f in facts] == [qualifies(r, party) for r in whole]


def test_the_stored_form_keeps_only_the_facts_and_skips_odd_values() -> None:
    odd = {"kind": "drug_intel", "occurred_at": "2026-01-02T10:00:00+05:00",
           "persons": "not a list", "place": None, "document": "not an object",
           "items": [{"substance": "HEROIN", "name": "x"}, 5], "route": [],
           "narrative": "never kept"}
    assert report_facts_json(odd) == '[1,"drug_intel",null,null,[],[["HEROIN",null,null,null]],[]]'
    assert _stored(odd)["items"] == [{"substance": "HEROIN", "category": None, "unit": None,
                                      "quantity": None}]


def _leaf_paths(value: Any, prefix: str = "") -> set[str]:
    if isinstance(value, Mapping):
        return {p for k, v in value.items()
                for p in _leaf_paths(v, f"{prefix}.{k}" if prefix else k) | {
                    f"{prefix}.{k}" if prefix else k}}
    if isinstance(value, list):
        return {p for v in value for p in _leaf_paths(v, f"{prefix}[]")}
    return set()


def test_the_stored_form_holds_every_field_of_the_facts() -> None:
    """A field added to REPORT_FACTS and not to the stored form fails here."""
    seen: set[str] = set()
    for record in _records("KZ"):
        seen |= _leaf_paths(_stored(record))
    assert seen == set(_paths(REPORT_FACTS))


def test_absent_and_null_are_one_to_the_readers() -> None:
    """The stored form keeps null where a field was absent: every reader must not care."""
    sparse = [{"kind": "contraband_detention", "occurred_at": "2026-01-02T10:00:00+05:00",
               "id": "a", "version": 1, "status": "approved",
               "persons": [{}], "items": [{}], "route": [{}], "document": {}},
              {"kind": "drug_intel", "occurred_at": "2026-01-03T10:00:00+05:00", "id": "b",
               "version": 1, "status": "approved"}]
    nulls = [{**_stored(r), **{k: r[k] for k in ADDED if k in r}} for r in sparse]
    assert nulls[0]["persons"] == [{"role": None, "citizenship": None}]
    assert summarize(nulls, START, END) == summarize(sparse, START, END)
    assert dataclasses.asdict(count_statistics(nulls, START, END, "KZ")) == dataclasses.asdict(
        count_statistics(sparse, START, END, "KZ"))
    assert [qualifies(r, "LT") for r in nulls] == [qualifies(r, "LT") for r in sparse]


def test_a_stored_form_of_another_layout_is_not_read() -> None:
    text = report_facts_json(_records("KZ")[0])
    assert text.startswith(f"[{LAYOUT},")
    assert report_facts_from_json(text.replace(f"[{LAYOUT},", "[99,", 1), "2026-01-01",
                                  None) is None
    assert report_facts_from_json('{"kind": "drug_intel"}', "2026-01-01", None) is None
