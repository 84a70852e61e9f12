"""Persons and their documents for the sample-record generator (`samples.py`).

A person gets a citizenship (weighted per post), a name from a tradition that fits it, written
the way that post's officers would copy it (a KZ officer types an Afghan name in Cyrillic now and
then, an LT officer a Russian one in its passport's Latin), documents with numbers in the
issuing state's format, and sometimes the passport's MRZ, made so that its check digits are
right and it agrees with the rest of the person (the validator checks both).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from shekara.demo.draw import Weighted, add_years
from shekara.demo.names import (
    BIRTH_PLACES,
    NAME_GROUPS_BY_CITIZENSHIP,
    NameGroup,
    icao_latin,
    lithuanian_in_cyrillic,
    name_groups,
)
from shekara.demo.world import DEFAULT_DOCUMENT_NUMBER, DOCUMENT_NUMBERS
from shekara.domain.codes import PARTY_ALPHA3
from shekara.domain.mrz import compute_check_digit
from shekara.domain.reference import ReferenceData

# Who turns up at each Party's posts. A KZ post sees LTU citizens and an LT post KAZ citizens
# often enough that a good share of records qualifies under the Agreement.
CITIZENSHIP_WEIGHTS: dict[str, tuple[tuple[str, int], ...]] = {
    "KZ": (("KAZ", 26), ("LTU", 16), ("RUS", 13), ("UZB", 10), ("KGZ", 8), ("TJK", 7),
           ("AFG", 6), ("CHN", 5), ("BLR", 2), ("UKR", 2), ("XXA", 2), ("XXX", 3)),
    "LT": (("LTU", 24), ("KAZ", 17), ("BLR", 15), ("RUS", 11), ("UKR", 8), ("AFG", 5),
           ("UZB", 4), ("TJK", 4), ("KGZ", 3), ("CHN", 2), ("XXA", 3), ("XXX", 4)),
}
NOT_A_STATE = frozenset({"XXA", "XXX"})

# How long documents run, in years (visas in days, below).
_VALID_YEARS = {"passport": 10, "id_card": 10, "residence_permit": 5, "driving_licence": 10,
                "seaman_book": 5, "border_crossing_card": 3, "vehicle_document": 10, "other": 5}
_SECOND_DOCUMENT = Weighted([("visa", 30), ("residence_permit", 20), ("driving_licence", 20),
                             ("border_crossing_card", 6), ("seaman_book", 4),
                             ("vehicle_document", 14), ("other", 6)])
_SEX = Weighted([("M", 80), ("F", 18.5), ("unknown", 1.2), ("X", 0.3)])
_DOCUMENT_COUNT = Weighted([(0, 15), (1, 68), (2, 17)])


class PersonMaker:
    """Makes persons for one post; keeps its transliterations so each is done once."""

    def __init__(self, rng: random.Random, ref: ReferenceData, party: str) -> None:
        self.rng = rng
        self.ref = ref
        self.party = party
        self.post_state = PARTY_ALPHA3[party]
        self.groups = name_groups()
        known = [(code, weight) for code, weight in CITIZENSHIP_WEIGHTS[party]
                 if ref.is_country(code)]
        self.citizenship = Weighted(known or [("XXX", 1)])
        self._group_of = {code: Weighted(pairs)
                          for code, pairs in NAME_GROUPS_BY_CITIZENSHIP.items()}
        self._latin: dict[str, str] = {}
        self._cyrillic: dict[str, str] = {}

    # --- the person ---------------------------------------------------------------------------
    def person(self, role: str, on: date, citizenship: str | None = None) -> dict[str, Any]:
        rng = self.rng
        state = citizenship or self.citizenship.pick(rng)
        group = self.groups[(self._group_of.get(state) or self._group_of["XXX"]).pick(rng)]
        sex = _SEX.pick(rng)
        female = sex == "F"
        surname = rng.choice(group.surnames)
        if female:
            surname = group.feminine(surname, married=rng.random() < 0.6)
        given = rng.choice(group.female if female else group.male)
        patronymic = ""
        if group.patronymics and rng.random() < 0.85:
            patronymic = rng.choice(group.patronymics)[1 if female else 0]
        latin_surname, latin_given = self._icao(surname), self._icao(given)
        surname, given, patronymic = self._as_typed(group, surname, given, patronymic)

        birth = _birth_day(rng, on)
        birth_roll = rng.random()
        birth_date = (birth.isoformat() if birth_roll < 0.86 else
                      birth.isoformat()[:7] if birth_roll < 0.91 else
                      str(birth.year) if birth_roll < 0.96 else None)
        citizenships = [state]
        if rng.random() < 0.02:
            second = self.citizenship.pick(rng)
            if second != state and second not in NOT_A_STATE and state not in NOT_A_STATE:
                citizenships.append(second)
        documents = self.documents(state, on, add_years(birth, 16))
        person: dict[str, Any] = {
            "role": role, "surname": surname, "given_names": given, "patronymic": patronymic,
            "latin_name": f"{latin_surname} {latin_given}" if rng.random() < 0.35 else "",
            "birth_date": birth_date, "sex": sex, "citizenship": citizenships,
            "birth_place": rng.choice(BIRTH_PLACES[group.key]) if rng.random() < 0.5 else "",
            "documents": documents,
        }
        passport = documents[0] if documents and documents[0]["type"] == "passport" else None
        if (passport and birth_date and len(birth_date) == 10 and sex in ("M", "F")
                and passport["number"] and passport["expires_on"]
                and passport["issuing_state"] == state
                and len(passport["number"]) <= 9 and rng.random() < 0.12):
            person["mrz"] = td3_mrz(latin_surname, latin_given, passport["number"], state,
                                    birth, sex, date.fromisoformat(passport["expires_on"]))
        return person

    def _icao(self, name: str) -> str:
        latin = self._latin.get(name)
        if latin is None:
            latin = self._latin[name] = icao_latin(name)
        return latin

    def _as_typed(self, group: NameGroup, surname: str, given: str,
                  patronymic: str) -> tuple[str, str, str]:
        """The names as this post's officer writes them down."""
        roll = self.rng.random()
        if self.party == "LT" and not group.latin_script and roll < 0.35:
            # Copied from the passport's Latin line, which has no patronymic.
            return self._icao(surname).title(), self._icao(given).title(), ""
        if self.party == "KZ" and group.cyrillic and roll < 0.5:
            return (group.cyrillic.get(surname, surname), group.cyrillic.get(given, given),
                    patronymic)
        if self.party == "KZ" and group.key == "lithuanian" and roll < 0.25:
            return self._lt_cyrillic(surname), self._lt_cyrillic(given), patronymic
        return surname, given, patronymic

    def _lt_cyrillic(self, name: str) -> str:
        text = self._cyrillic.get(name)
        if text is None:
            text = self._cyrillic[name] = lithuanian_in_cyrillic(name)
        return text

    # --- documents ----------------------------------------------------------------------------
    def documents(self, state: str, on: date, earliest: date) -> list[dict[str, Any]]:
        """The person's papers; none issued before `earliest` (the holder's 16th birthday)."""
        rng = self.rng
        if state == "XXX" and rng.random() < 0.85:
            return []  # unknown citizenship: usually because there were no papers
        count = _DOCUMENT_COUNT.pick(rng)
        if count == 0:
            return []
        if state == "XXA":
            first = self.document("other", None, on, earliest)
        else:
            kind = "id_card" if ((state, "id_card") in DOCUMENT_NUMBERS
                                 and rng.random() < 0.25) else "passport"
            first = self.document(kind, state, on, earliest)
        documents = [first]
        if count == 2:
            kind = _SECOND_DOCUMENT.pick(rng)
            issuer = (self.post_state if kind in ("visa", "residence_permit",
                                                  "border_crossing_card") else state)
            documents.append(self.document(kind, None if issuer in NOT_A_STATE else issuer, on,
                                           earliest))
        return documents

    def document(self, kind: str, state: str | None, on: date,
                 earliest: date | None = None) -> dict[str, Any]:
        """One document valid on `on` (now and then expired: that is what got noticed)."""
        rng = self.rng
        if kind == "visa":
            issued = on - timedelta(days=rng.randint(3, 300))
            expires = issued + timedelta(days=rng.choice((30, 90, 180, 365)))
        else:
            years = _VALID_YEARS.get(kind, 5)
            issued = on - timedelta(days=rng.randint(20, years * 365 - 30))
            if rng.random() < 0.06:
                issued -= timedelta(days=years * 365 + rng.randint(1, 400))
            if earliest is not None and issued < earliest:
                issued = earliest
            expires = add_years(issued, years) - timedelta(days=1)
        if state is not None and not self.ref.is_country(state):
            state = None
        return {
            "type": kind,
            "number": self.number(state, kind) if rng.random() < 0.96 else "",
            "issuing_state": state,
            "issued_on": issued.isoformat() if rng.random() < 0.75 else None,
            "expires_on": expires.isoformat() if rng.random() < 0.85 else None,
        }

    def number(self, state: str | None, kind: str) -> str:
        formats = DOCUMENT_NUMBERS.get((state or "", kind), DEFAULT_DOCUMENT_NUMBER)
        prefix, digits = formats[0] if len(formats) == 1 else self.rng.choice(formats)
        return f"{prefix}{self.rng.randrange(10 ** digits):0{digits}d}"


def _birth_day(rng: random.Random, on: date) -> date:
    age = 18 + int(rng.random() * 47)
    return date(on.year - age, rng.randint(1, 12), rng.randint(1, 28))


def _yymmdd(day: date) -> str:
    return day.strftime("%y%m%d")


def td3_mrz(surname: str, given: str, number: str, state: str, birth: date, sex: str,
            expires: date) -> str:
    """A passport's two MRZ lines (ICAO 9303 TD3) with correct check digits.

    `surname` and `given` are already ICAO Latin (A-Z and spaces); the name is cut to fit.
    """
    name = (surname.replace(" ", "<") + "<<" + given.replace(" ", "<"))[:39]
    line1 = f"P<{state}{name}".ljust(44, "<")
    number9 = number.ljust(9, "<")
    personal = "<" * 14
    body = (f"{number9}{compute_check_digit(number9)}{state}"
            f"{_yymmdd(birth)}{compute_check_digit(_yymmdd(birth))}{sex}"
            f"{_yymmdd(expires)}{compute_check_digit(_yymmdd(expires))}"
            f"{personal}{compute_check_digit(personal)}")
    composite = body[0:10] + body[13:20] + body[21:43]
    return f"{line1}\n{body}{compute_check_digit(composite)}"
