"""Every kind of bad record input is refused with one line, a non-zero exit, and nothing changed."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from tests.cli.conftest import Shekara, border_record, example_record


def _with(path: str, value: Any) -> dict[str, Any]:
    record = copy.deepcopy(example_record())
    target: Any = record
    keys = path.split(".")
    for key in keys[:-1]:
        target = target[int(key)] if isinstance(target, list) else target[key]
    last = keys[-1]
    if isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value
    return record


def _drop(path: str) -> dict[str, Any]:
    record = copy.deepcopy(example_record())
    target: Any = record
    keys = path.split(".")
    for key in keys[:-1]:
        target = target[int(key)] if isinstance(target, list) else target[key]
    del target[keys[-1]]
    return record


BAD_RECORDS = {
    "unknown kind": (_with("kind", "smuggling"), "kind"),
    "unknown unit": (_with("items.0.unit", "tonnes"), "items[0].unit"),
    "unknown checkpoint": (_with("place.checkpoint", "KZ-NOWHERE"), "place.checkpoint"),
    "unknown outcome": (_with("outcome", "shot"), "outcome"),
    "impossible date": (_with("occurred_at", "2026-02-30T10:00:00+05:00"), "occurred_at"),
    "future date": (_with("occurred_at", "2099-01-01T10:00:00+05:00"), "occurred_at"),
    "no offset": (_with("occurred_at", "2026-01-01T10:00:00"), "occurred_at"),
    "future birth": (_with("persons.0.birth_date", "2090-01-01"), "persons[0].birth_date"),
    "zero quantity": (_with("items.0.quantity", 0), "items[0].quantity"),
    "negative quantity": (_with("items.0.quantity", -2), "items[0].quantity"),
    "string quantity": (_with("items.0.quantity", "2"), "items[0].quantity"),
    "latitude": (_with("place", {"checkpoint": None, "description": "", "lat": 91.0,
                                 "lon": 10.0}), "place.lat"),
    "longitude": (_with("place", {"checkpoint": None, "description": "", "lat": 10.0,
                                  "lon": -181.0}), "place.lon"),
    "alpha-2 citizenship": (_with("persons.0.citizenship", ["LT"]), "persons[0].citizenship[0]"),
    "unknown alpha-3": (_with("persons.0.citizenship", ["QQQ"]), "persons[0].citizenship[0]"),
    "no person": (border_record("A", "B", "LTU", persons=[]), "persons"),
    "missing occurred_at": (_drop("occurred_at"), "occurred_at"),
    "control character": (_with("persons.0.surname", "Žukaus\x07kas"), "persons[0].surname"),
    "unknown field": (_with("colour", "red"), "colour"),
    "id given": (_with("id", "00000000-0000-4000-8000-000000000000"), "id"),
    "bad mrz": (_with("persons.0.mrz", "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                      "L898902C36UTO7408122F1204159ZE184226B<<<<<11"), "persons[0].mrz"),
}


def _counts(shekara: Shekara) -> tuple[int, int]:
    records = len(shekara.ok("record", "list", "--json").json())
    entries = shekara.ok("audit", "verify", "--json").json()["entries"]
    return records, entries


@pytest.mark.parametrize("case", sorted(BAD_RECORDS))
def test_bad_record_refused_naming_the_field(shekara: Shekara, case: str) -> None:
    record, path = BAD_RECORDS[case]
    before = _counts(shekara)
    err = shekara.refused("record", "add", "-", stdin=json.dumps(record).encode(), code=2).err
    assert f"error: {path}:" in err, err
    after = _counts(shekara)
    assert after == before


def test_one_bad_record_in_an_array_stores_none(shekara: Shekara) -> None:
    batch = [example_record(), _with("items.0.quantity", 0), example_record()]
    err = shekara.refused("record", "add", "-", stdin=json.dumps(batch).encode(), code=2).err
    assert "[1] items[0].quantity" in err
    assert shekara.ok("record", "list", "--json").json() == []


RAW_INPUTS = {
    "malformed": b'{"kind": "border_violation",',
    "nan": json.dumps(example_record()).replace("1.85", "NaN").encode(),
    "infinity": json.dumps(example_record()).replace("1.85", "Infinity").encode(),
    "duplicate keys": b'{"kind": "drug_intel", "kind": "border_violation"}',
    "too deep": b"[" * 100 + b"]" * 100,
    "empty": b"",
    "not an object": b"42",
    "bad utf-8": b'{"kind": "\xff"}',
    "too large": b'{"narrative": "' + b"x" * (2 * 1024 * 1024) + b'"}',
}


@pytest.mark.parametrize("case", sorted(RAW_INPUTS))
def test_bad_json_refused(shekara: Shekara, case: str) -> None:
    before = _counts(shekara)
    shekara.refused("record", "add", "-", stdin=RAW_INPUTS[case], code=2)
    assert _counts(shekara) == before


def test_missing_input_file(shekara: Shekara, tmp_path) -> None:
    shekara.refused("record", "add", str(tmp_path / "nope.json"), code=2)


def test_refusals_do_not_echo_personal_data(shekara: Shekara) -> None:
    record = _with("persons.0.surname", "Žukaus\x07kas")
    err = shekara.refused("record", "add", "-", stdin=json.dumps(record).encode()).err
    assert "ukaus" not in err
