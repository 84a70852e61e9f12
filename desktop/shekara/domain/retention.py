"""Retention: how long an approved record is kept, and when it is next reviewed.

Directive 2016/680 Art. 5 asks for a time limit or a periodic review; the Party's rules per
record kind are reference data (`ReferenceData.retention(party, kind)`: `retain_years`,
`review_months`). Both dates count from the approval date.

Calendar arithmetic clamps to the end of a shorter month: 29 Feb 2028 + 1 year is 28 Feb 2029,
31 Jan + 1 month is 28 (or 29) Feb. Clamping never keeps personal data a day longer than the
rule allows. A `review_months` of 0 means no periodic review: the review falls on the
retention date. A review never falls after the retention date.
"""

from __future__ import annotations

import calendar
from datetime import date

from shekara.domain.reference import ReferenceData


def add_months(start: date, months: int) -> date:
    """`start` moved by whole months, clamped to the last day of a shorter month."""
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def retention_dates(kind: str, party: str, approved_on: date,
                    ref: ReferenceData) -> tuple[date, date]:
    """(retain_until, review_on) for a record of `kind` approved on `approved_on` by `party`.

    Raises InputError (`reference.no_retention`) when the reference data has no rule.
    """
    rule = ref.retention(party, kind)
    retain_until = add_months(approved_on, 12 * rule.retain_years)
    if rule.review_months <= 0:
        return retain_until, retain_until
    return retain_until, min(add_months(approved_on, rule.review_months), retain_until)


def is_due_for_purge(retain_until: date, as_of: date, legal_hold: bool) -> bool:
    """Kept through `retain_until` inclusive; never due while a legal hold is set."""
    return not legal_hold and as_of > retain_until
