"""The record's shape: which fields each kind has, and the hash that identifies its content.

The interchange form (`shared/domain/records.md`) is a JSON object with the COMMON_FIELDS, the
fields of its kind (KIND_FIELDS[kind]) and, once stored, the READ_ONLY_FIELDS the vault keeps.
`validation.validate_record` produces it; this module only names its parts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from shekara.domain.strictjson import canonical_json

# Kept by the vault, never typed: refused on `add`, dropped on `amend` (records.md). This is
# every key `record show --json` prints beside the content, so its output can be amended as is.
READ_ONLY_FIELDS: tuple[str, ...] = (
    "id", "version", "status", "retain_until", "review_on", "created_by", "approved_by",
    "created_at", "approved_at", "qualifies", "qualifies_under", "content_hash", "reason",
    "registration_number", "sent_back",
)

# Every kind has these, in this order (`persons` is optional only for drug_intel).
COMMON_FIELDS: tuple[str, ...] = (
    "kind", "occurred_at", "place", "narrative", "persons", "handling", "links", "attachments",
)

# Content fields a record may leave out: Art. 14's Russian translation (domain/translations.py)
# is absent when the record is written in Russian, so records without it keep their hash.
OPTIONAL_FIELDS: tuple[str, ...] = ("translations",)

# The fields of each kind beyond COMMON_FIELDS, in records.md's order.
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    "border_violation": ("direction", "section", "method", "detected_by", "outcome",
                         "case_number"),
    "contraband_detention": ("items", "concealment", "detection", "conveyance", "route",
                             "outcome", "case_number"),
    "forged_document": ("act", "document", "forgery", "detected_by", "outcome", "case_number"),
    "drug_intel": ("topics", "substances", "route", "channel", "concealment", "detection",
                   "equipment", "evaluation"),
}

PERSON_FIELDS: tuple[str, ...] = (
    "role", "surname", "given_names", "patronymic", "latin_name", "birth_date", "sex",
    "citizenship", "birth_place", "documents", "mrz",
)
DOCUMENT_FIELDS: tuple[str, ...] = ("type", "number", "issuing_state", "issued_on", "expires_on")

# The fields that identify a version of a record on paper and in packets (see content_hash).
IDENTITY_FIELDS: tuple[str, ...] = ("id", "version")


def record_fields(kind: str) -> tuple[str, ...]:
    """All content fields of a kind, in display order: the common head, the kind's own, the tail.

    Raises KeyError for an unknown kind.
    """
    head = COMMON_FIELDS[:5]  # kind, occurred_at, place, narrative, persons
    tail = COMMON_FIELDS[5:]  # handling, links, attachments
    return head + KIND_FIELDS[kind] + tail


def content_hash(record: Mapping[str, Any]) -> str:
    """Hex SHA-256 identifying one version of a record's content.

    What is hashed, exactly: `canonical_json` (strictjson: sorted keys, no whitespace, UTF-8)
    of a JSON object holding `id`, `version` and every field of `record_fields(kind)` — the
    normalised interchange form as `validate_record` returns it — and nothing else. Lifecycle
    fields (status, created_by, approval, retention dates, qualifies) are left out: they change
    while the content does not, and paper printed before an export must still match after it.
    No prefix or salt is added, so any implementation can recompute it from a packet.

    Raises ValueError when a field is missing: a partial record must never get a hash.
    """
    kind = record.get("kind")
    if kind not in KIND_FIELDS:
        raise ValueError(f"cannot hash a record of unknown kind {kind!r}")
    fields = IDENTITY_FIELDS + record_fields(str(kind))
    missing = [name for name in fields if name not in record]
    if missing:
        raise ValueError(f"cannot hash a record without {', '.join(missing)}")
    return hashlib.sha256(canonical_json({name: record[name] for name in fields})).hexdigest()


def person_display_name(person: Mapping[str, Any]) -> str:
    """Surname, given names and patronymic as recorded (any script), else the Latin name."""
    parts = [str(person.get(name) or "").strip()
             for name in ("surname", "given_names", "patronymic")]
    shown = " ".join(part for part in parts if part)
    return shown or str(person.get("latin_name") or "").strip()
