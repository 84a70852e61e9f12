"""Validate a record against the data dictionary and return its normalised interchange form.

`validate_record` is the one gate every record passes (`record add`, `amend`, the GUI's save,
packet import). It collects every problem, then raises one `ValidationError` listing them as
`Issue(path, message)` with paths such as `persons[0].citizenship[1]`, `items[2].quantity`,
`place.lat`. `MESSAGES` (msgid → English template, the `validation.mrz_*` ones of
`shekara.domain.mrz` included) is what the GUI builds its catalog from.

The normalised form has every field of the record's kind, in `records.record_fields` order:
missing free text becomes "", missing nullable values None, missing lists [], a missing
`handling` {"confidential": true, "third_party": "consent_required", "legal_hold": false,
"note": ""}; text is NFC-normalised and stripped; dates are written canonically; integral
numbers are ints. Null is accepted wherever "" is the default (the records.md example sends
`"serial_number": null`).

What must be there (everything else may be left out):
- `kind`, `occurred_at`; at least one person in an Art. 6 kind; at least one topic in drug_intel;
- the `document` of a forged_document;
- per person: `role`, a non-empty `citizenship` (XXX when unknown), and a surname, given names
  or Latin name unless an MRZ is given (it can fill them);
- per document: `type`; per item: `category`, `quantity`, `unit`, and `substance` for
  narcotic_drug, psychotropic and precursor; per route leg: `country`; per drug_intel substance:
  `substance`, and `unit` once a `quantity` is given; per attachment: every field.

Caps on text and lists are in `field_checks` (names 200 characters, document numbers 50,
narrative/channel/equipment 20,000, other text 2,000, lists 200 entries).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from shekara.domain import validation_fast
from shekara.domain.field_checks import FIELD_MESSAGES
from shekara.domain.mrz import MRZ_MESSAGES
from shekara.domain.reference import ReferenceData
from shekara.domain.validation_reference import validate_record_reference

__all__ = ["MESSAGES", "validate_record"]

MESSAGES: dict[str, str] = {**FIELD_MESSAGES, **MRZ_MESSAGES}


def validate_record(data: Mapping[str, Any], ref: ReferenceData, *, now: datetime,
                    on_add: bool = True) -> dict[str, Any]:
    """The normalised interchange form of `data`, or ValidationError listing every problem.

    `now` must be timezone-aware; pass local time (`datetime.now().astimezone()`) so that a
    date-only `occurred_at` of today is today where the officer is. With `on_add` the read-only
    fields (`records.READ_ONLY_FIELDS`) are refused; without it (amending from
    `record show --json` output) they are dropped.

    Two walks, one result (issue 13): `validation_fast` accepts a record with no problem in one
    pass without building paths; whatever it does not vouch for — every refusal included — goes
    through `validation_reference`, so the issues are the reference walk's, path for path.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware (pass datetime.now().astimezone())")
    fast = validation_fast.normalised(data, ref, now, on_add)
    if fast is not None:
        return fast
    return validate_record_reference(data, ref, now=now, on_add=on_add)
