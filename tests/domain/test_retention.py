"""Retention and review dates, and when a record is due for purge."""

from __future__ import annotations

from datetime import date

import pytest

from shekara.domain.reference import ReferenceData
from shekara.domain.retention import add_months, is_due_for_purge, retention_dates
from shekara.errors import InputError


@pytest.mark.parametrize(("kind", "party", "approved", "expected"), [
    ("border_violation", "KZ", date(2026, 11, 20), (date(2031, 11, 20), date(2027, 11, 20))),
    ("contraband_detention", "KZ", date(2026, 1, 31), (date(2036, 1, 31), date(2028, 1, 31))),
    ("border_violation", "LT", date(2026, 8, 31), (date(2030, 8, 31), date(2027, 2, 28))),
    ("border_violation", "LT", date(2027, 8, 31), (date(2031, 8, 31), date(2028, 2, 29))),
    # 29 February: clamped to the 28th in a common year, kept in a leap year.
    ("forged_document", "KZ", date(2028, 2, 29), (date(2033, 2, 28), date(2029, 2, 28))),
    ("border_violation", "LT", date(2028, 2, 29), (date(2032, 2, 29), date(2028, 8, 29))),
    # No periodic review: the review is the retention date.
    ("drug_intel", "KZ", date(2026, 3, 1), (date(2029, 3, 1), date(2029, 3, 1))),
    # A review later than the retention date is pulled back to it.
    ("contraband_detention", "LT", date(2026, 5, 10), (date(2027, 5, 10), date(2027, 5, 10))),
])
def test_retention_dates(kind: str, party: str, approved: date,
                         expected: tuple[date, date], ref: ReferenceData) -> None:
    assert retention_dates(kind, party, approved, ref) == expected


def test_missing_rule_is_refused(ref: ReferenceData) -> None:
    with pytest.raises(InputError) as caught:
        retention_dates("terrorism", "KZ", date(2026, 1, 1), ref)
    assert caught.value.msgid == "reference.no_retention"


@pytest.mark.parametrize(("start", "months", "expected"), [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2028, 1, 31), 1, date(2028, 2, 29)),
    (date(2026, 12, 15), 1, date(2027, 1, 15)),
    (date(2026, 3, 31), -1, date(2026, 2, 28)),
    (date(2026, 5, 31), 0, date(2026, 5, 31)),
    (date(2026, 11, 30), 27, date(2029, 2, 28)),
])
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@pytest.mark.parametrize(("as_of", "legal_hold", "due"), [
    (date(2031, 11, 19), False, False),
    (date(2031, 11, 20), False, False),
    (date(2031, 11, 21), False, True),
    (date(2040, 1, 1), True, False),
])
def test_is_due_for_purge(as_of: date, legal_hold: bool, due: bool) -> None:
    assert is_due_for_purge(date(2031, 11, 20), as_of, legal_hold) is due
