"""Agreement relevance: does a record qualify for exchange with the other Party?

Derived, never typed (records.md "Agreement relevance"). A post records incidents involving
anyone; the Agreement only obliges the Parties to exchange some of them:

- Art. 6.1.1 and 6.1.2 (border_violation, contraband_detention): facts concerning *citizens of
  the other Party's State* — on a KZ installation a person with LTU citizenship, on an LT
  installation one with KAZ citizenship.
- Art. 6.1.3 (forged_document): the same, and also whenever a person with role `maker` is a
  citizen of *either* Party ("by citizens of the Parties' States").
- Art. 4 (drug_intel): the Parties exchange drug-route intelligence (persons involved, new
  concealment and detection methods, routes and channels, new substances, equipment) as such;
  Art. 4 sets no condition on anyone's citizenship, so every drug_intel record qualifies.

Dual citizenship counts: any listed citizenship is enough.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from shekara.domain.codes import ART6_KINDS, PARTY_ALPHA3, other_party


def _citizenships(person: Mapping[str, Any]) -> set[str]:
    codes = person.get("citizenship") or []
    return {code for code in codes if isinstance(code, str)}


def _persons(record: Mapping[str, Any]) -> Iterable[Mapping[str, Any]]:
    return [p for p in record.get("persons") or [] if isinstance(p, Mapping)]


def qualifies(record: Mapping[str, Any], party: str) -> bool:
    """Whether `record`, held by an installation of `party` ("KZ" or "LT"), is for exchange."""
    if party not in PARTY_ALPHA3:
        raise ValueError(f"unknown Party {party!r}")
    kind = record.get("kind")
    if kind == "drug_intel":
        return True  # Art. 4: no citizenship condition
    if kind not in ART6_KINDS:
        return False
    other_citizens = PARTY_ALPHA3[other_party(party)]
    if any(other_citizens in _citizenships(p) for p in _persons(record)):
        return True  # Art. 6.1.1-6.1.3: a citizen of the other Party's State
    if kind == "forged_document":
        either = set(PARTY_ALPHA3.values())
        return any(p.get("role") == "maker" and _citizenships(p) & either
                   for p in _persons(record))  # Art. 6.1.3: made by citizens of the Parties
    return False
