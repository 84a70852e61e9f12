"""Agreement relevance (records.md; Agreement Art. 4 and Art. 6)."""

from __future__ import annotations

from typing import Any

import pytest

from shekara.domain.relevance import qualifies


def record(kind: str, *persons: tuple[str, list[str]]) -> dict[str, Any]:
    return {"kind": kind,
            "persons": [{"role": role, "citizenship": citizenship}
                        for role, citizenship in persons]}


@pytest.mark.parametrize(("rec", "party", "expected"), [
    # Art. 6.1.1 / 6.1.2: a citizen of the *other* Party.
    (record("border_violation", ("violator", ["LTU"])), "KZ", True),
    (record("border_violation", ("violator", ["LTU"])), "LT", False),
    (record("border_violation", ("violator", ["KAZ"])), "LT", True),
    (record("border_violation", ("violator", ["KAZ"])), "KZ", False),
    (record("border_violation", ("violator", ["RUS"]), ("witness", ["LTU"])), "KZ", True),
    (record("contraband_detention", ("courier", ["RUS", "LTU"])), "KZ", True),
    (record("contraband_detention", ("courier", ["RUS"]), ("organizer", ["BLR"])), "LT", False),
    (record("contraband_detention", ("courier", ["XXA"])), "KZ", False),
    (record("contraband_detention"), "KZ", False),
    # Art. 6.1.3: also a maker who is a citizen of either Party.
    (record("forged_document", ("holder", ["LTU"])), "KZ", True),
    (record("forged_document", ("maker", ["KAZ"])), "KZ", True),
    (record("forged_document", ("maker", ["LTU"])), "LT", True),
    (record("forged_document", ("maker", ["RUS"])), "KZ", False),
    (record("forged_document", ("holder", ["KAZ"])), "KZ", False),
    (record("forged_document", ("holder", ["RUS"]), ("maker", ["BLR", "KAZ"])), "KZ", True),
    # Art. 4: no citizenship condition.
    (record("drug_intel"), "KZ", True),
    (record("drug_intel", ("courier", ["RUS"])), "LT", True),
    ({"kind": "something_else", "persons": [{"citizenship": ["LTU"]}]}, "KZ", False),
])
def test_qualifies(rec: dict[str, Any], party: str, expected: bool) -> None:
    assert qualifies(rec, party) is expected


def test_tolerates_a_draft_with_gaps() -> None:
    draft = {"kind": "border_violation", "persons": [{"citizenship": None}, "junk",
                                                     {"citizenship": ["LTU", None]}]}
    assert qualifies(draft, "KZ") is True
    assert qualifies({"kind": "border_violation", "persons": None}, "KZ") is False


def test_unknown_party_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="Party"):
        qualifies(record("drug_intel"), "KAZ")
