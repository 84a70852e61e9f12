"""The record's field lists, its content hash, and how a person's name is shown."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest

from shekara.domain.codes import CODE_LISTS
from shekara.domain.records import (
    COMMON_FIELDS,
    KIND_FIELDS,
    READ_ONLY_FIELDS,
    content_hash,
    person_display_name,
    record_fields,
)
from shekara.domain.reference import ReferenceData
from shekara.domain.validation import validate_record

from .conftest import NOW, records_md_example

RECORD_ID = "3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b"


def stored(ref: ReferenceData) -> dict[str, Any]:
    """The example as the vault keeps it: normalised, with id, version and lifecycle fields."""
    record = validate_record(records_md_example(), ref, now=NOW)
    record.update(id=RECORD_ID, version=1, status="draft", created_by="officer1",
                  created_at="2026-11-20T15:00:00+05:00", approved_by=None, approved_at=None,
                  retain_until=None, review_on=None, qualifies=True)
    return record


def test_every_kind_has_its_fields() -> None:
    assert set(KIND_FIELDS) == set(CODE_LISTS["kind"])
    for kind in KIND_FIELDS:
        fields = record_fields(kind)
        assert len(fields) == len(set(fields))
        assert set(COMMON_FIELDS) <= set(fields)
        assert not set(fields) & set(READ_ONLY_FIELDS)
        assert fields[0] == "kind" and fields[-1] == "attachments"
    with pytest.raises(KeyError):
        record_fields("smuggling")


def test_content_hash_is_sha256_of_canonical_content(ref: ReferenceData) -> None:
    record = stored(ref)
    hashed = {name: record[name] for name in ("id", "version",
                                              *record_fields("contraband_detention"))}
    canonical = json.dumps(hashed, sort_keys=True, separators=(",", ":"),
                           ensure_ascii=False).encode("utf-8")
    assert content_hash(record) == hashlib.sha256(canonical).hexdigest()
    assert len(content_hash(record)) == 64


def test_content_hash_ignores_lifecycle_and_key_order(ref: ReferenceData) -> None:
    record = stored(ref)
    before = content_hash(record)
    record.update(status="exported", approved_by="supervisor", retain_until="2036-11-20",
                  qualifies=False, something_the_vault_adds=1)
    assert content_hash(record) == before
    assert content_hash(dict(reversed(list(record.items())))) == before


@pytest.mark.parametrize("change", [
    lambda r: r.update(version=2),
    lambda r: r.update(id="00000000-0000-4000-8000-000000000000"),
    lambda r: r.update(narrative=r["narrative"] + "."),
    lambda r: r["persons"][0].update(surname="Zukauskas"),
    lambda r: r["items"][0].update(quantity=1.86),
    lambda r: r["handling"].update(legal_hold=True),
])
def test_content_hash_changes_with_content(change: Any, ref: ReferenceData) -> None:
    record = stored(ref)
    before = content_hash(record)
    change(record)
    assert content_hash(record) != before


def test_content_hash_refuses_partial_records(ref: ReferenceData) -> None:
    record = stored(ref)
    del record["version"]
    with pytest.raises(ValueError, match="version"):
        content_hash(record)
    record = stored(ref)
    del record["route"]
    with pytest.raises(ValueError, match="route"):
        content_hash(record)
    with pytest.raises(ValueError, match="unknown kind"):
        content_hash({"kind": "smuggling", "id": RECORD_ID, "version": 1})


@pytest.mark.parametrize(("person", "shown"), [
    ({"surname": "Сүлейменов", "given_names": "Ерлан", "patronymic": "Маратұлы"},
     "Сүлейменов Ерлан Маратұлы"),
    ({"surname": "Žukauskas", "given_names": "Tomas", "patronymic": ""}, "Žukauskas Tomas"),
    ({"surname": "", "given_names": "Tomas", "latin_name": "ZUKAUSKAS TOMAS"}, "Tomas"),
    ({"surname": "", "given_names": "", "latin_name": "ZUKAUSKAS TOMAS"}, "ZUKAUSKAS TOMAS"),
    ({"surname": None}, ""),
    ({}, ""),
])
def test_person_display_name(person: dict[str, Any], shown: str) -> None:
    assert person_display_name(person) == shown
