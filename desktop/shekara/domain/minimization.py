"""What of a record leaves for the other Party (issue 9 §3; docs/exchange.md decision 4).

Art. 10.3 lets the information be used only for the Agreement's purposes, and the data
protection law both Parties apply (purpose limitation, data minimisation) asks that no more
personal data leave than the purpose needs. A shared fact therefore carries the record's facts
and only the persons who make it the other Party's business:

- Art. 6.1.1 / 6.1.2: the subjects of the fact (every role but `witness` and `other`) who hold
  the other Party's citizenship — exactly the persons that make the record qualify;
- Art. 6.1.3: the holder and the maker of the false document unless they are citizens of the
  sending Party only. A forged Kazakh or Lithuanian document concerns its issuing Party whoever
  carried it (a third-country national with a forged Lithuanian passport at a Kazakh crossing is
  what Lithuania needs to know); the sending Party's own citizens stay home;
- Art. 4: the subjects who are not citizens of the sending Party only (intelligence on a route
  is about the couriers and organisers on it, whoever they are, except the sender's own people,
  whom its own authorities pursue).

Witnesses, bystanders and the sending Party's own citizens stay home unless a supervisor
includes a person by hand with a written reason, which the disclosure register keeps. What never
leaves: who wrote or approved the record, its internal bookkeeping, its attachments (bytes stay
in the vault), and links to records the partner never received. `withheld` tells the partner how
many persons were left out, so it knows to ask (Art. 8) when it needs them.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from shekara.domain.codes import KIND_ARTICLE, PARTY_ALPHA3, other_party
from shekara.domain.records import COMMON_FIELDS, KIND_FIELDS, OPTIONAL_FIELDS
from shekara.domain.relevance import FORGERY_ROLES, SUBJECT_ROLES

# Fields of the interchange form that describe the fact (records.md); anything else in a stored
# version (status, created_by, approved_by, timestamps, retention, registration numbers) is this
# installation's bookkeeping and stays. Links and attachments are filled in below.
SHARED_FIELDS = frozenset(
    {name for name in COMMON_FIELDS if name not in ("links", "attachments")}
    | {name for fields in KIND_FIELDS.values() for name in fields} | set(OPTIONAL_FIELDS))


@dataclass(frozen=True)
class Minimized:
    article: str  # the article the fact is sent under
    record: dict[str, Any]  # what leaves
    sent: tuple[int, ...]  # indexes (in the stored record) of the persons sent
    included: dict[int, str]  # of those, the ones a supervisor added by hand, with the reason
    withheld: int  # persons left out


def _citizenships(person: Mapping[str, Any]) -> set[str]:
    return {c for c in person.get("citizenship") or [] if isinstance(c, str)}


def _own_only(person: Mapping[str, Any], party: str) -> bool:
    """A citizen of the sending Party and of no other State (a dual KZ/LT citizen is both
    Parties' business)."""
    codes = _citizenships(person)
    return PARTY_ALPHA3[party] in codes and PARTY_ALPHA3[other_party(party)] not in codes


def _other_citizen(person: Mapping[str, Any], party: str) -> bool:
    return PARTY_ALPHA3[other_party(party)] in _citizenships(person)


def person_leaves(person: Mapping[str, Any], article: str, party: str) -> bool:
    """Whether the rule itself sends this person (before anything a supervisor adds)."""
    role = person.get("role")
    if article in ("6.1.1", "6.1.2"):
        return role in SUBJECT_ROLES and _other_citizen(person, party)
    if article == "6.1.3":
        return role in FORGERY_ROLES and not _own_only(person, party)
    if article == "4":
        return role in SUBJECT_ROLES and not _own_only(person, party)
    raise ValueError(f"unknown article {article!r}")


def article_of(record: Mapping[str, Any]) -> str:
    return KIND_ARTICLE[str(record["kind"])]


def minimize(record: Mapping[str, Any], party: str, *, include: Mapping[int, str] | None = None,
             shared_links: Collection[str] = ()) -> Minimized:
    """The shared form of `record` (the stored interchange form) sent by an installation of
    `party`. `include` maps person indexes a supervisor adds to the reason written for each;
    `shared_links` are the record ids the partner has received (other links are dropped)."""
    if party not in PARTY_ALPHA3:
        raise ValueError(f"unknown Party {party!r}")
    article = article_of(record)
    include = dict(include or {})
    persons = [p for p in record.get("persons") or [] if isinstance(p, Mapping)]
    for index in include:
        if not 0 <= index < len(persons):
            raise IndexError(index)
    sent = tuple(i for i, person in enumerate(persons)
                 if person_leaves(person, article, party) or i in include)
    included = {i: include[i] for i in sent if i in include
                and not person_leaves(persons[i], article, party)}
    shared = {key: value for key, value in record.items() if key in SHARED_FIELDS}
    shared["persons"] = [dict(persons[i]) for i in sent]
    received = set(shared_links)
    shared["links"] = [link for link in record.get("links") or [] if link in received]
    shared["attachments"] = []  # the bytes never leave; neither do their names
    return Minimized(article, shared, sent, included, len(persons) - len(sent))
