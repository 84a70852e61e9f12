"""The bytes a record leaves behind are the same as before issue 13's encoders made once: the
stored JSON, the content hash's canonical JSON, an audit entry's hash and detail. Each is
compared with the json.dumps call it replaced, on the sample generator's records."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime
from typing import Any

from shekara.demo.samples import generate_records
from shekara.domain.records import content_hash
from shekara.domain.reference import load_default
from shekara.domain.strictjson import canonical_json
from shekara.domain.validation import validate_record
from shekara.vault import audit
from shekara.vault import records as repo

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
TRICKY: list[Any] = [{"b": 1, "a": [1.5, 2, None, True]}, "ünï\u2028\"\\\n", 1e-7, 2**53, {}]


def _records() -> list[dict[str, Any]]:
    ref = load_default()
    return [validate_record(r, ref, now=NOW) for r in
            generate_records(200, seed=5, party="LT", today=date(2026, 11, 21))]


def test_stored_json_and_canonical_json_are_the_bytes_dumps_wrote() -> None:
    for data in [*_records(), *({"x": value} for value in TRICKY)]:
        assert repo._dump(data) == json.dumps(data, ensure_ascii=False, sort_keys=True,
                                              allow_nan=False)
        assert canonical_json(data) == json.dumps(
            data, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
            allow_nan=False).encode("utf-8")


def test_content_hash_is_the_sha256_of_the_canonical_record() -> None:
    data = _records()[0]
    body = {**data, "id": "3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b", "version": 1}
    expected = hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":"),
                                         ensure_ascii=False).encode("utf-8")).hexdigest()
    assert content_hash(body) == expected


def test_audit_entry_hash_is_unchanged() -> None:
    detail = {"kind": "border_violation", "names": ["Žukauskas", "Сүлейменов"], "n": 2}
    body = [7, "2026-11-21T12:00:00.000000+00:00", "officer", "record.create", "id", 1, detail,
            "0" * 64]
    expected = hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":"),
                                         ensure_ascii=False, allow_nan=False)
                              .encode("utf-8")).hexdigest()
    assert audit.entry_hash(*body) == expected  # type: ignore[arg-type]
