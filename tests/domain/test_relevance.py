"""Agreement relevance (records.md "Agreement relevance"; Agreement Art. 4 and Art. 6)."""

from __future__ import annotations

from typing import Any

import pytest

from shekara.domain.codes import CODE_LISTS
from shekara.domain.relevance import RULES, qualifies, qualifies_under

ROLES = CODE_LISTS["role"]
SUBJECTS = {"violator", "detainee", "courier", "organizer", "holder", "maker", "recipient",
            "manufacturer", "financier"}
OTHER = {"KZ": "LTU", "LT": "KAZ"}
OWN = {"KZ": "KAZ", "LT": "LTU"}


def record(kind: str, *persons: tuple[str, list[str]], issuer: str | None = None
           ) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": kind, "persons": [{"role": role, "citizenship": citizenship}
                                                     for role, citizenship in persons]}
    if issuer is not None:
        out["document"] = {"type": "passport", "issuing_state": issuer}
    return out


def test_every_role_is_a_subject_or_a_bystander() -> None:
    assert SUBJECTS | {"witness", "other"} == set(ROLES)


@pytest.mark.parametrize("party", ["KZ", "LT"])
@pytest.mark.parametrize("kind", ["border_violation", "contraband_detention"])
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("citizenship", ["other", "own", "third", "dual", "stateless"])
def test_art_6_1_1_and_6_1_2_every_role_and_citizenship(party: str, kind: str, role: str,
                                                       citizenship: str) -> None:
    codes = {"other": [OTHER[party]], "own": [OWN[party]], "third": ["RUS"],
             "dual": ["RUS", OTHER[party]], "stateless": ["XXA"]}[citizenship]
    expected = role in SUBJECTS and citizenship in ("other", "dual")
    rec = record(kind, (role, codes))
    assert qualifies(rec, party) is expected
    assert qualifies_under(rec, party) == (
        {"border_violation": "6.1.1", "contraband_detention": "6.1.2"}[kind] if expected else None)


@pytest.mark.parametrize("party", ["KZ", "LT"])
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("citizenship", ["other", "own", "third", "dual"])
@pytest.mark.parametrize("issuer", ["KAZ", "LTU", "RUS", None])
def test_art_6_1_3_every_role_citizenship_and_issuer(party: str, role: str, citizenship: str,
                                                     issuer: str | None) -> None:
    codes = {"other": [OTHER[party]], "own": [OWN[party]], "third": ["RUS"],
             "dual": ["BLR", OTHER[party]]}[citizenship]
    expected = issuer in ("KAZ", "LTU") or (
        role in ("holder", "maker") and citizenship in ("other", "dual"))
    rec = record("forged_document", (role, codes), issuer=issuer)
    assert qualifies(rec, party) is expected
    assert qualifies_under(rec, party) == ("6.1.3" if expected else None)


@pytest.mark.parametrize(("rec", "party", "expected"), [
    # A witness of the other Party's citizenship never makes a record qualify.
    (record("border_violation", ("violator", ["RUS"]), ("witness", ["LTU"])), "KZ", False),
    (record("contraband_detention", ("courier", ["RUS"]), ("other", ["KAZ"])), "LT", False),
    (record("contraband_detention", ("courier", ["RUS"]), ("organizer", ["LTU"])), "KZ", True),
    (record("contraband_detention"), "KZ", False),
    # Art. 6.1.3: a forged KZ or LT document qualifies whoever carried or made it...
    (record("forged_document", ("holder", ["RUS"]), issuer="KAZ"), "KZ", True),
    (record("forged_document", ("maker", ["KAZ"]), issuer="LTU"), "KZ", True),
    (record("forged_document", issuer="LTU"), "LT", True),
    # ...a forged third-country document only through the other Party's holder or maker.
    (record("forged_document", ("maker", ["KAZ"]), issuer="RUS"), "KZ", False),
    (record("forged_document", ("maker", ["KAZ"]), issuer="RUS"), "LT", True),
    (record("forged_document", ("witness", ["LTU"]), issuer="POL"), "KZ", False),
    (record("forged_document", ("holder", ["RUS"]), ("maker", ["BLR", "KAZ"]), issuer="UKR"),
     "LT", True),
    # Art. 4: no citizenship condition.
    (record("drug_intel"), "KZ", True),
    (record("drug_intel", ("courier", ["RUS"])), "LT", True),
    ({"kind": "something_else", "persons": [{"role": "violator", "citizenship": ["LTU"]}]},
     "KZ", False),
])
def test_qualifies(rec: dict[str, Any], party: str, expected: bool) -> None:
    assert qualifies(rec, party) is expected


def test_drug_intel_qualifies_under_art_4() -> None:
    assert qualifies_under(record("drug_intel"), "LT") == "4"


def test_every_record_kind_has_a_rule() -> None:
    assert set(RULES) == set(CODE_LISTS["kind"])


def test_tolerates_a_draft_with_gaps() -> None:
    draft = {"kind": "border_violation", "persons": [{"citizenship": None}, "junk",
                                                     {"role": "violator",
                                                      "citizenship": ["LTU", None]}]}
    assert qualifies(draft, "KZ") is True
    assert qualifies({"kind": "border_violation", "persons": None}, "KZ") is False
    assert qualifies({"kind": "forged_document", "document": "junk"}, "KZ") is False
    assert qualifies({"kind": None}, "KZ") is False


def test_unknown_party_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="Party"):
        qualifies(record("drug_intel"), "KAZ")
