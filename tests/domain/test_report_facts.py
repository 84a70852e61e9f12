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
from shekara.domain.report_facts import REPORT_FACTS, report_facts, report_facts_json
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


@pytest.mark.parametrize("party", ["KZ", "LT"])
def test_the_facts_count_as_the_whole_records(party: str) -> None:
    whole = _records(party)
    facts = [{**report_facts(r), **{k: r[k] for k in ADDED if k in r}} for r in whole]
    assert len(report_facts_json(whole[0])) < len(str(whole[0])) / 3  # far smaller
    for checkpoint in (None, whole[0]["place"].get("checkpoint")):
        assert summarize(facts, START, END, checkpoint) == summarize(whole, START, END,
                                                                    checkpoint)
    one, two = count_statistics(facts, START, END, party), count_statistics(whole, START, END,
                                                                            party)
    assert dataclasses.asdict(one) == dataclasses.asdict(two)
    assert one.counted > 100 and one.by_citizenship and one.seized  # something was counted
    assert [qualifies(f, party) for f in facts] == [qualifies(r, party) for r in whole]


def test_the_projection_keeps_odd_values_as_they_are() -> None:
    odd = {"kind": "drug_intel", "persons": "not a list", "place": None,
           "items": [{"substance": "HEROIN", "name": "x"}, 5], "route": [],
           "narrative": "never kept"}
    assert report_facts(odd) == {"kind": "drug_intel", "persons": "not a list", "place": None,
                                 "items": [{"substance": "HEROIN"}, 5], "route": []}
