"""What of a record leaves for the other Party (domain/minimization.py), on a table of every
kind × role × citizenship × sending Party, and the fields that never leave."""

from __future__ import annotations

from itertools import product
from typing import Any

import pytest

from shekara.domain.codes import CODE_LISTS
from shekara.domain.minimization import SHARED_FIELDS, minimize, person_leaves
from shekara.domain.relevance import qualifies_under

KINDS = {"border_violation": "6.1.1", "contraband_detention": "6.1.2",
         "forged_document": "6.1.3", "drug_intel": "4"}
CITIZENSHIPS = (["KAZ"], ["LTU"], ["KAZ", "LTU"], ["UZB"], ["XXA"], ["XXX"])


def expected(article: str, role: str, citizenship: list[str], party: str) -> bool:
    own, other = ("KAZ", "LTU") if party == "KZ" else ("LTU", "KAZ")
    own_only = own in citizenship and other not in citizenship
    subject = role not in ("witness", "other")
    if article in ("6.1.1", "6.1.2"):
        return subject and other in citizenship
    if article == "6.1.3":
        return role in ("holder", "maker") and not own_only
    return subject and not own_only  # Art. 4


CASES = list(product(KINDS.items(), CODE_LISTS["role"], CITIZENSHIPS, ("KZ", "LT")))


@pytest.mark.parametrize(("kind_article", "role", "citizenship", "party"), CASES,
                         ids=lambda v: v[0] if isinstance(v, tuple) else str(v))
def test_who_leaves(kind_article: tuple[str, str], role: str, citizenship: list[str],
                    party: str) -> None:
    kind, article = kind_article
    person = {"role": role, "surname": "X", "citizenship": citizenship}
    assert person_leaves(person, article, party) is expected(article, role, citizenship, party)
    shared = minimize({"kind": kind, "persons": [person], "narrative": "n"}, party)
    assert shared.sent == ((0,) if expected(article, role, citizenship, party) else ())
    assert shared.withheld == 1 - len(shared.sent)


def test_a_qualifying_6_1_1_record_always_sends_someone() -> None:
    """The rule sends exactly the persons that make an Art. 6.1.1/6.1.2 record qualify."""
    for role, citizenship, party in product(CODE_LISTS["role"], CITIZENSHIPS, ("KZ", "LT")):
        record = {"kind": "border_violation",
                  "persons": [{"role": role, "surname": "X", "citizenship": citizenship}]}
        assert bool(minimize(record, party).sent) == (qualifies_under(record, party) is not None)


def record() -> dict[str, Any]:
    return {"kind": "border_violation", "occurred_at": "2026-10-02", "narrative": "n",
            "place": {"checkpoint": None, "description": "", "lat": None, "lon": None},
            "persons": [{"role": "violator", "surname": "Žukauskas", "citizenship": ["LTU"]},
                        {"role": "witness", "surname": "Ахметов", "citizenship": ["KAZ"]}],
            "handling": {"confidential": True}, "direction": "entry",
            "links": ["a-record-sent", "a-record-never-sent"],
            "attachments": [{"name": "photo.jpg", "sha256": "00" * 32}],
            "id": "x", "version": 2, "status": "approved", "created_by": "nurlan.k",
            "approved_by": "tomas.z", "retain_until": "2029-01-01", "content_hash": "ab",
            "registration_number": "KZ-NUR/2026/000001", "translations": {"ru": {}}}


def test_bookkeeping_never_leaves_and_links_only_to_what_the_partner_has() -> None:
    shared = minimize(record(), "KZ", shared_links=["a-record-sent"])
    assert set(shared.record) <= SHARED_FIELDS | {"links", "attachments"}
    for internal in ("id", "version", "status", "created_by", "approved_by", "retain_until",
                     "content_hash", "registration_number"):
        assert internal not in shared.record
    assert shared.record["links"] == ["a-record-sent"]
    assert shared.record["attachments"] == []
    assert shared.record["translations"] == {"ru": {}} and shared.record["direction"] == "entry"
    assert [p["surname"] for p in shared.record["persons"]] == ["Žukauskas"]


def test_a_supervisor_includes_a_person_with_a_reason() -> None:
    shared = minimize(record(), "KZ", include={1: "identified the guide"})
    assert shared.sent == (0, 1) and shared.withheld == 0
    assert shared.included == {1: "identified the guide"}
    # including a person the rule sends anyway records no hand-made inclusion
    assert minimize(record(), "KZ", include={0: "x"}).included == {}
    with pytest.raises(IndexError):
        minimize(record(), "KZ", include={5: "no such person"})
    with pytest.raises(ValueError):
        minimize(record(), "RU")
