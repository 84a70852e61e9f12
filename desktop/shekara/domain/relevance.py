"""Agreement relevance: does a record qualify for exchange with the other Party, and under what?

Derived, never typed (records.md "Agreement relevance"). A post records incidents involving
anyone; the Agreement only obliges the Parties to exchange some of them. Art. 6 of the Kazakh
text speaks of the *subject* of the fact, and for 6.1.3 of the *document*:

- Art. 6.1.1 and 6.1.2 (border_violation, contraband_detention): a citizen of the other Party's
  State is a subject of the fact — the violator, the detained person, the courier, the
  organizer, and the other parties to it (holder, maker, recipient, manufacturer, financier).
  A witness never makes a record qualify, nor does a bystander (`other`): on a KZ installation
  a subject with LTU citizenship, on an LT installation one with KAZ citizenship.
- Art. 6.1.3 (forged_document): "false documents giving citizens of the Parties' States the
  right to cross the state border" — a forged document claiming to be issued by KAZ or LTU
  qualifies whoever used or made it; so does any forgery whose holder or maker is a citizen of
  the other Party.
- Art. 4 (drug_intel): the Parties exchange drug-route intelligence as such; Art. 4 sets no
  condition on anyone's citizenship, so every drug_intel record qualifies.

Dual citizenship counts: any listed citizenship is enough. Each kind's rule sits in one table
(`RULES`): a new kind adds one line there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from shekara.domain.codes import CODE_LISTS, KIND_ARTICLE, PARTY_ALPHA3, other_party

# The persons who are a subject of an Art. 6.1.1 / 6.1.2 fact: every role but a witness and a
# bystander (`other`), who are never the subject of the fact (records.md; docs/exchange.md shares
# exactly these persons).
NOT_SUBJECT_ROLES = frozenset({"witness", "other"})
SUBJECT_ROLES = frozenset(set(CODE_LISTS["role"]) - NOT_SUBJECT_ROLES)
# The persons whose citizenship makes a forgery an Art. 6.1.3 fact.
FORGERY_ROLES = frozenset({"holder", "maker"})

Rule = Callable[[Mapping[str, Any], str], bool]


def _citizenships(person: Mapping[str, Any]) -> set[str]:
    codes = person.get("citizenship") or []
    return {code for code in codes if isinstance(code, str)}


def _persons(record: Mapping[str, Any]) -> Iterable[Mapping[str, Any]]:
    return [p for p in record.get("persons") or [] if isinstance(p, Mapping)]


def _other_citizen_in(record: Mapping[str, Any], party: str, roles: frozenset[str]) -> bool:
    other = PARTY_ALPHA3[other_party(party)]
    return any(p.get("role") in roles and other in _citizenships(p) for p in _persons(record))


def _subject_is_other_citizen(record: Mapping[str, Any], party: str) -> bool:
    return _other_citizen_in(record, party, SUBJECT_ROLES)


def _forgery_concerns_the_parties(record: Mapping[str, Any], party: str) -> bool:
    document = record.get("document")
    issuer = document.get("issuing_state") if isinstance(document, Mapping) else None
    if issuer in PARTY_ALPHA3.values():
        return True  # a document giving the Parties' citizens the right to cross the border
    return _other_citizen_in(record, party, FORGERY_ROLES)


def _always(record: Mapping[str, Any], party: str) -> bool:
    return True  # Art. 4: no citizenship condition


RULES: dict[str, Rule] = {
    "border_violation": _subject_is_other_citizen,
    "contraband_detention": _subject_is_other_citizen,
    "forged_document": _forgery_concerns_the_parties,
    "drug_intel": _always,
}


def qualifies_under(record: Mapping[str, Any], party: str) -> str | None:
    """The Agreement article under which `record`, held by an installation of `party` ("KZ" or
    "LT"), is for exchange ("6.1.1", "6.1.2", "6.1.3", "4"), or None when it is not."""
    if party not in PARTY_ALPHA3:
        raise ValueError(f"unknown Party {party!r}")
    kind = record.get("kind")
    rule = RULES.get(kind) if isinstance(kind, str) else None
    if rule is None or not rule(record, party):
        return None
    return KIND_ARTICLE[str(kind)]


def qualifies(record: Mapping[str, Any], party: str) -> bool:
    """Whether `record`, held by an installation of `party` ("KZ" or "LT"), is for exchange."""
    return qualifies_under(record, party) is not None
