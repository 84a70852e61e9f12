"""Realistic, deterministic sample records: the demo vault (`shekara --demo`) and the benchmarks.

`generate_records` yields records in the interchange form of `shared/domain/records.md`, as
`shekara record add` takes them (no id, version or status), for one Party's post:

- all four kinds in the shares of KIND_SHARES, every optional field set in some records;
- persons named in the traditions of the region (Kazakh, Lithuanian, Russian, Belarusian,
  Ukrainian, Uzbek, Kyrgyz, Tajik, Afghan, Chinese), with citizenships weighted so that a good
  share of records qualifies under the Agreement (an LTU citizen at a KZ post, a KAZ citizen at
  an LT post) and a good share does not (`persons.py`);
- the post's own crossing points from reference data, place descriptions in the post's language,
  real coordinates for some (`world.py`);
- narratives of 1-5 sentences in kk (KZ) or lt (LT), sometimes ru, from phrase pools
  (`phrases.py`);
- `occurred_at` spread over the three years before `today`, with the Party's UTC offset
  (+05:00 in Kazakhstan; +02:00 or, in summer time, +03:00 in Lithuania). Every moment is before
  midnight starting `today` in the Party's zone, so it is never in the future for a validator
  whose `now` is at or after that midnight.

Same seed, Party, `today` and reference data: the same records, record for record. The random
stream is the generator's own (`random.Random`), not the module-level one.

`links` are always empty: record ids are given by the vault, so a generated record cannot name
another one. `attachments` are empty too unless `with_attachments` is set: then some records
list photos and scans by metadata only. Their bytes do not exist, so such records validate and
store but cannot be exported (export refuses a record whose attachment bytes are missing); the
demo vault leaves them out.
"""

from __future__ import annotations

import random
import string
from collections.abc import Iterator, Mapping
from datetime import date, timedelta
from typing import Any

from shekara.demo.draw import SampleRandom, Weighted
from shekara.demo.persons import PersonMaker
from shekara.demo.phrases import (
    CRIMINAL_ARTICLES,
    CRIMINAL_CODE_RU,
    HANDLING_NOTES,
    NARRATIVE_CLOSINGS,
    NARRATIVE_DETAILS,
    NARRATIVE_OPENINGS,
    PLACE_DESCRIPTIONS,
)
from shekara.demo.things import ThingMaker
from shekara.demo.world import CHECKPOINT_COORDINATES
from shekara.domain.codes import ART6_KINDS, CODE_LISTS, PARTY_ALPHA3
from shekara.domain.reference import Checkpoint, ReferenceData, load_default
from shekara.errors import InputError

# The demo vault holds only generated records; its passphrase is public on purpose.
DEMO_PASSPHRASE = "demo-shekara-2026"  # noqa: S105
DEMO_OFFICERS = [("demo.supervisor", "supervisor"), ("demo.officer", "officer"),
                 ("demo.second", "supervisor")]

# Roughly what a post records: mostly border violations, then seizures, forged documents, and
# the intelligence that comes out of them.
KIND_SHARES: dict[str, float] = {"border_violation": 0.40, "contraband_detention": 0.27,
                                 "forged_document": 0.18, "drug_intel": 0.15}
POST_LANGUAGE = {"KZ": "kk", "LT": "lt"}
NARRATIVE_LANGUAGES = {"KZ": (("kk", 80), ("ru", 20)), "LT": (("lt", 85), ("ru", 15))}
DAYS_BACK = 3 * 365
MAX_COUNT = 10_000_000

# Closed points were open for part of the three years: they get fewer records, not none.
_STATUS_WEIGHT = {"open": 6.0, "restricted": 4.0, "unknown": 1.0, "closed": 0.4}
# Where each kind happens, by checkpoint type ("none": between crossing points).
_PLACE_TYPES: dict[str, tuple[tuple[str, int], ...]] = {
    "contraband_detention": (("road", 66), ("rail", 10), ("air", 14), ("sea", 3), ("river", 1),
                             ("none", 6)),
    "forged_document": (("road", 52), ("air", 36), ("rail", 8), ("sea", 2), ("river", 1),
                        ("none", 1)),
    "drug_intel": (("road", 20), ("air", 10), ("rail", 4), ("none", 66)),
}
_SECTIONS = Weighted([("bcp", 50), ("green", 38), ("blue", 5), ("air", 7)])
_SENTENCE_COUNT = Weighted([(1, 10), (2, 25), (3, 35), (4, 20), (5, 10)])
_HOURS = Weighted([(h, 2 if 7 <= h <= 22 else 1) for h in range(24)])
_OUTCOMES = {
    "border_violation": Weighted([("detained", 30), ("refused_entry", 14), ("returned", 10),
                                  ("handed_over", 8), ("administrative_case", 22),
                                  ("criminal_case", 13), ("escaped", 3)]),
    "contraband_detention": Weighted([("criminal_case", 55), ("administrative_case", 20),
                                      ("detained", 20), ("handed_over", 5)]),
    "forged_document": Weighted([("refused_entry", 30), ("administrative_case", 20),
                                 ("criminal_case", 35), ("detained", 15)]),
    "manufacture": Weighted([("criminal_case", 80), ("detained", 20)]),
}
_METHODS = {
    "bcp": Weighted([("hidden_in_vehicle", 35), ("hidden_in_cargo", 20),
                     ("false_documents", 20), ("avoiding_control", 25)]),
    "green": Weighted([("on_foot", 80), ("avoiding_control", 12), ("other", 8)]),
    "blue": Weighted([("by_water", 90), ("other", 10)]),
    "air": Weighted([("false_documents", 70), ("avoiding_control", 30)]),
}
_DETECTED_BY = {
    "bcp": Weighted([("bcp_check", 80), ("tip_off", 8), ("surveillance_tech", 8),
                     ("other_agency", 4)]),
    "green": Weighted([("patrol", 45), ("surveillance_tech", 35), ("tip_off", 10),
                       ("other_agency", 8), ("other", 2)]),
    "blue": Weighted([("patrol", 50), ("surveillance_tech", 45), ("other", 5)]),
    "air": Weighted([("bcp_check", 90), ("other_agency", 10)]),
}
_FORGERIES = Weighted([("counterfeit", 20), ("pseudo", 5), ("photo_substitution", 18),
                       ("page_substitution", 8), ("data_alteration", 12), ("false_stamp", 15),
                       ("stolen_blank", 8), ("fraudulently_obtained", 6), ("impostor", 8)])
_DOCUMENT_DETECTION = Weighted([("visual", 25), ("uv", 20), ("ir", 8), ("magnifier", 12),
                                ("document_examiner", 15), ("database_hit", 15), ("other", 5)])
_FORGED_TYPES = Weighted([("passport", 50), ("id_card", 15), ("visa", 20),
                          ("residence_permit", 15)])
_ACTS = Weighted([("use", 75), ("possession", 18), ("manufacture", 7)])
_GROUP_SIZE = Weighted([(1, 64), (2, 14), (3, 8), (4, 6), (5, 4), (6, 2), (8, 1), (12, 1)])
_INTEL_ROLES = Weighted([("courier", 40), ("organizer", 20), ("recipient", 15),
                         ("manufacturer", 8), ("financier", 7), ("other", 10)])
_INTEL_PERSON_COUNT = Weighted([(0, 40), (1, 35), (2, 18), (3, 7)])


def generate_records(count: int, *, seed: int = 2026, party: str = "KZ",
                     today: date | None = None, ref: ReferenceData | None = None,
                     with_attachments: bool = False) -> Iterator[dict[str, Any]]:
    """`count` sample records for a post of `party`, the same ones for the same arguments.

    Raises InputError for a negative or absurd count or an unknown Party (before yielding).
    `ref` defaults to the shipped reference data (`reference.load_default()`).
    `with_attachments`: some records list attachment metadata (no bytes; see above).
    """
    if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_COUNT:
        raise InputError("samples.bad_count", "the number of sample records must be 0 to {max}",
                         max=MAX_COUNT)
    if party not in PARTY_ALPHA3:
        raise InputError("samples.bad_party", "unknown Party {party}: use KZ or LT",
                         party=str(party)[:8])
    maker = _RecordMaker(SampleRandom(f"shekara-samples/{seed}/{party}"),
                         ref if ref is not None else load_default(), party,
                         today or date.today(), with_attachments)
    return (maker.record() for _ in range(count))


class _RecordMaker:
    """Makes the records of one call; holds every pool it precomputed for speed."""

    def __init__(self, rng: random.Random, ref: ReferenceData, party: str, today: date,
                 with_attachments: bool) -> None:
        self.rng = rng
        self.with_attachments = with_attachments
        self.ref = ref
        self.party = party
        self.today = today
        self.post_lang = POST_LANGUAGE[party]
        self.persons = PersonMaker(rng, ref, party)
        self.things = ThingMaker(rng, ref, party)
        self.kinds = Weighted(KIND_SHARES.items())
        self.languages = Weighted(NARRATIVE_LANGUAGES[party])
        self._templates = _TemplatePools()

        own = [cp for cp in ref.checkpoints.values() if cp.party == party]
        self.checkpoints: dict[str, Weighted[Checkpoint]] = {}
        for kind in {cp.type for cp in own}:
            self.checkpoints[kind] = Weighted(
                (cp, _STATUS_WEIGHT.get(cp.status, 1.0)) for cp in own if cp.type == kind)
        land = [cp for cp in own if cp.type in ("road", "rail")]
        self.land = Weighted((cp, _STATUS_WEIGHT.get(cp.status, 1.0)) for cp in land) \
            if land else None
        # Green- and blue-border incidents happen near the land crossing points.
        self.land_positions = [CHECKPOINT_COORDINATES[cp.code] for cp in land
                               if cp.code in CHECKPOINT_COORDINATES]
        self.place_types = {
            kind: Weighted((t, w) for t, w in pairs if t == "none" or t in self.checkpoints)
            for kind, pairs in _PLACE_TYPES.items()}
        self._lt_summer: dict[int, tuple[date, date]] = {}

    # --- the record ---------------------------------------------------------------------------
    def record(self) -> dict[str, Any]:
        rng = self.rng
        kind = self.kinds.pick(rng)
        occurred_at, day, time = self._occurred()
        lang = self.languages.pick(rng)
        values: dict[str, str] = {}
        if time:
            values["time"] = time
        if kind == "border_violation":
            section = _SECTIONS.pick(rng)
            place, checkpoint = self._border_place(section)
            fields = self._border_violation(section, day, values)
        else:
            place, checkpoint = self._place(kind)
            fields = {"contraband_detention": self._contraband, "forged_document": self._forged,
                      "drug_intel": self._intel}[kind](day, lang, checkpoint, values)
        if checkpoint is not None:
            values["cp"] = self.ref.checkpoint_name(checkpoint.code, lang)
            values["if_checkpoint"] = ""
        else:
            values["if_between"] = ""
        persons = fields.pop("persons")
        self._narrative_values(kind, lang, persons, fields, values)
        record: dict[str, Any] = {
            "kind": kind, "occurred_at": occurred_at, "place": place,
            "narrative": self._narrative(kind, lang, fields.get("outcome"), values),
            "persons": persons,
        }
        record.update(fields)
        roll = rng.random()
        if roll >= 0.1:  # else left out: the vault's defaults apply
            record["handling"] = self._handling(lang)
        record["links"] = []
        attach = rng.random() < 0.04  # drawn either way: the flag leaves other fields alone
        record["attachments"] = self.things.attachments() if attach and self.with_attachments \
            else []
        return record

    def _occurred(self) -> tuple[str, date, str | None]:
        rng = self.rng
        day = self.today - timedelta(days=1 + int(rng.random() * DAYS_BACK))
        if rng.random() < 0.03:
            return day.isoformat(), day, None  # the time is not known
        time = f"{_HOURS.pick(rng):02d}:{rng.randrange(0, 60, 5):02d}"
        return f"{day.isoformat()}T{time}:00{self._utc_offset(day)}", day, time

    def _utc_offset(self, day: date) -> str:
        if self.party == "KZ":
            return "+05:00"
        summer = self._lt_summer.get(day.year)
        if summer is None:  # EU summer time: last Sunday of March to last Sunday of October
            summer = self._lt_summer[day.year] = (_last_sunday(day.year, 3),
                                                  _last_sunday(day.year, 10))
        return "+03:00" if summer[0] <= day < summer[1] else "+02:00"

    # --- places -------------------------------------------------------------------------------
    def _border_place(self, section: str) -> tuple[dict[str, Any], Checkpoint | None]:
        if section == "air" and "air" in self.checkpoints:
            return self._at(self.checkpoints["air"].pick(self.rng))
        if section == "bcp" and self.land is not None:
            return self._at(self.land.pick(self.rng))
        return self._between("blue" if section == "blue" else "green"), None

    def _place(self, kind: str) -> tuple[dict[str, Any], Checkpoint | None]:
        where = self.place_types[kind].pick(self.rng)
        if where == "none":
            if kind == "drug_intel":
                return {"checkpoint": None, "description": "", "lat": None, "lon": None}, None
            return self._between("green"), None
        return self._at(self.checkpoints[where].pick(self.rng))

    def _at(self, checkpoint: Checkpoint) -> tuple[dict[str, Any], Checkpoint]:
        rng = self.rng
        lat = lon = None
        position = CHECKPOINT_COORDINATES.get(checkpoint.code)
        if position is not None and rng.random() < 0.45:
            lat = round(position[0] + (rng.random() - 0.5) * 0.006, 5)
            lon = round(position[1] + (rng.random() - 0.5) * 0.006, 5)
        pool = PLACE_DESCRIPTIONS[self.post_lang].get(checkpoint.type)
        description = self._fill(rng.choice(pool)) if pool and rng.random() < 0.85 else ""
        return {"checkpoint": checkpoint.code, "description": description, "lat": lat,
                "lon": lon}, checkpoint

    def _between(self, section: str) -> dict[str, Any]:
        rng = self.rng
        lat = lon = None
        if self.land_positions and rng.random() < 0.5:
            base = rng.choice(self.land_positions)
            lat = round(base[0] + (rng.random() - 0.5) * 0.12, 5)
            lon = round(base[1] + (rng.random() - 0.5) * 0.12, 5)
        description = self._fill(rng.choice(PLACE_DESCRIPTIONS[self.post_lang][section]))
        return {"checkpoint": None, "description": description, "lat": lat, "lon": lon}

    def _fill(self, template: str) -> str:
        if "{" not in template:
            return template
        rng = self.rng
        return template.format(lane=rng.randint(1, 8), sign=rng.randint(1, 1400),
                               km=rng.randint(1, 12))

    # --- the kinds ----------------------------------------------------------------------------
    def _border_violation(self, section: str, day: date,
                          values: dict[str, str]) -> dict[str, Any]:
        rng = self.rng
        size = _GROUP_SIZE.pick(rng)
        # A group usually travels together: most of its members share one citizenship.
        shared = self.persons.citizenship.pick(rng)
        persons = [self.persons.person("violator", day,
                                       shared if i == 0 or rng.random() < 0.8 else None)
                   for i in range(size)]
        if size > 1:
            values["count"] = str(size)
            if rng.random() < 0.2:
                persons.append(self.persons.person("organizer", day))
        if rng.random() < 0.03:
            persons.append(self.persons.person("witness", day))
        outcome = _OUTCOMES["border_violation"].pick(rng)
        return {
            "persons": persons,
            "direction": ("entry" if rng.random() < 0.7 else "exit")
            if rng.random() < 0.95 else None,
            "section": section,
            "method": _METHODS[section].pick(rng) if rng.random() < 0.95 else None,
            "detected_by": _DETECTED_BY[section].pick(rng) if rng.random() < 0.95 else None,
            "outcome": outcome,
            "case_number": self.things.case_number("border_violation", outcome, day),
        }

    def _contraband(self, day: date, lang: str, checkpoint: Checkpoint | None,
                    values: dict[str, str]) -> dict[str, Any]:
        rng = self.rng
        things = self.things
        persons = [self.persons.person("detainee" if rng.random() < 0.6 else "courier", day)]
        if rng.random() < 0.22:
            persons.append(self.persons.person(rng.choice(("recipient", "organizer", "courier")),
                                               day))
        items = [things.item(lang) for _ in range(1 if rng.random() < 0.75 else
                                                  rng.randint(2, 3))]
        conveyance = things.conveyance(checkpoint, persons[0]["citizenship"][0], lang) \
            if rng.random() < 0.9 else None
        route = things.route(day, lang) if rng.random() < 0.55 else []
        outcome = _OUTCOMES["contraband_detention"].pick(rng)
        if conveyance and conveyance["identifier"]:
            values["vehicle"] = conveyance["identifier"]
        return {
            "persons": persons,
            "items": items,
            "concealment": things.concealment(lang) if rng.random() < 0.9 else None,
            "detection": things.detection() if rng.random() < 0.95 else None,
            "conveyance": conveyance,
            "route": route,
            "outcome": outcome,
            "case_number": things.case_number("contraband_detention", outcome, day),
        }

    def _forged(self, day: date, lang: str, checkpoint: Checkpoint | None,
                values: dict[str, str]) -> dict[str, Any]:
        rng = self.rng
        act = _ACTS.pick(rng)
        document = self.persons.document(_FORGED_TYPES.pick(rng), self.things.forged_issuer(),
                                         day)
        words = self.things.document_words(document, lang)
        if words:
            values["doc"] = words
        if act == "manufacture":
            persons = [self.persons.person("maker", day)]
            if rng.random() < 0.3:
                persons.append(self.persons.person("holder", day))
        else:
            persons = [self.persons.person("holder", day)]
            if rng.random() < 0.12:
                persons.append(self.persons.person("maker", day))
        outcome = _OUTCOMES["forged_document" if act != "manufacture" else "manufacture"] \
            .pick(rng)
        return {
            "persons": persons,
            "act": act,
            "document": document,
            "forgery": _FORGERIES.pick(rng) if rng.random() < 0.95 else None,
            "detected_by": _DOCUMENT_DETECTION.pick(rng) if rng.random() < 0.95 else None,
            "outcome": outcome,
            "case_number": self.things.case_number("forged_document", outcome, day),
        }

    def _intel(self, day: date, lang: str, checkpoint: Checkpoint | None,
               values: dict[str, str]) -> dict[str, Any]:
        rng = self.rng
        things = self.things
        persons = [self.persons.person(_INTEL_ROLES.pick(rng), day)
                   for _ in range(_INTEL_PERSON_COUNT.pick(rng))]
        substances = things.intel_substances(lang)
        route = things.route(day, lang) if rng.random() < 0.8 else []
        concealment = things.concealment(lang) if rng.random() < 0.5 else None
        detection = things.detection() if rng.random() < 0.4 else None
        equipment = things.equipment(lang) if rng.random() < 0.15 else ""
        fields: dict[str, Any] = {
            "persons": persons,
            "topics": things.topics(persons, substances, route, concealment, detection,
                                    equipment),
            "substances": substances,
            "route": route,
            "channel": things.channel(lang) if rng.random() < 0.6 else "",
            "concealment": concealment,
            "detection": detection,
            "equipment": equipment,
        }
        if rng.random() < 0.92:
            fields["evaluation"] = things.evaluation()
        return fields

    # --- free text ----------------------------------------------------------------------------
    def _narrative_values(self, kind: str, lang: str, persons: list[dict[str, Any]],
                          fields: Mapping[str, Any], values: dict[str, str]) -> None:
        rng = self.rng
        ref = self.ref
        values["km"] = str(rng.randint(1, 12))
        values["sign"] = str(rng.randint(1, 1400))
        values["amount"] = str(rng.randrange(300, 5001, 50))
        # "Citizenship (in the person's words)": worth saying of foreigners only.
        citizenship = persons[0]["citizenship"][0] if persons else "XXX"
        if citizenship not in ("XXA", "XXX", PARTY_ALPHA3[self.party]):
            values["country"] = ref.country_name(citizenship, lang)
        route = fields.get("route")
        if route:
            values["route"] = " – ".join(ref.country_name(leg["country"], lang)
                                         for leg in route)
        first = (fields.get("items") or fields.get("substances") or [None])[0]
        if first is not None:
            values["substance"] = ref.substance_name(first["substance"], lang) \
                if first["substance"] else first["description"]
            if first.get("quantity") is not None and first.get("unit"):
                values["qty"] = self.things.shown_quantity(first["quantity"], first["unit"],
                                                           lang)
            if first.get("markings"):
                values["marking"] = first["markings"]
            values["n"] = str(rng.randint(1, 24))
        for flag in _condition_flags(kind, fields):
            values[flag] = ""
        concealment = fields.get("concealment")
        if concealment and concealment["description"]:
            values["hiding"] = concealment["description"]
        if kind in ART6_KINDS:
            values["article"] = CRIMINAL_ARTICLES[self.party][kind]
            values["code"] = CRIMINAL_CODE_RU[self.party]

    def _narrative(self, kind: str, lang: str, outcome: str | None,
                   values: Mapping[str, str]) -> str:
        rng = self.rng
        available = frozenset(values)
        count = _SENTENCE_COUNT.pick(rng)
        openings = self._templates.usable(NARRATIVE_OPENINGS[lang][kind], available,
                                          favour_conditions=True)
        sentences = [rng.choice(openings)] if openings else []
        if sentences:  # say each fact once: details may not repeat what the opening said
            told = {name for name in self._templates.needs(sentences[0]) if values[name]}
            available = available - told
        closing = None
        if outcome is not None and count >= 2:
            closings = self._templates.usable(NARRATIVE_CLOSINGS[lang][outcome], available)
            if closings:
                closing = rng.choice(closings)
                count -= 1
        details = self._templates.usable(NARRATIVE_DETAILS[lang][kind], available)
        sentences += rng.sample(details, max(0, min(count - 1, len(details))))
        if closing is not None:
            sentences.append(closing)
        return " ".join(sentence.format_map(values) for sentence in sentences)

    def _handling(self, lang: str) -> dict[str, Any]:
        rng = self.rng
        legal_hold = rng.random() < 0.05
        notes = HANDLING_NOTES[lang]
        note = ""
        if legal_hold:
            note = notes[-1]
        elif rng.random() < 0.1:
            note = rng.choice(notes[:-1])
        return {"confidential": rng.random() < 0.85,
                "third_party": "allowed" if rng.random() < 0.15 else "consent_required",
                "legal_hold": legal_hold, "note": note}


_METHOD_FLAGS = {"on_foot": "if_on_foot", "hidden_in_vehicle": "if_hidden",
                 "hidden_in_cargo": "if_hidden", "false_documents": "if_false_docs",
                 "by_water": "if_by_water"}


def _condition_flags(kind: str, fields: Mapping[str, Any]) -> list[str]:
    """The conditions (placeholders that print nothing) this record meets; see phrases.py."""
    if kind == "border_violation":
        flag = _METHOD_FLAGS.get(fields.get("method") or "")
        return [flag] if flag else []
    if kind == "contraband_detention":
        flags = [f"if_det_{fields['detection']}"] if fields.get("detection") else []
        conveyance = fields.get("conveyance")
        if conveyance and conveyance["mode"] == "road":
            flags.append("if_driver")
        return flags
    if kind == "forged_document":
        flags = [f"if_{prefix}_{fields[name]}" for prefix, name in
                 (("act", "act"), ("fg", "forgery"), ("dd", "detected_by")) if fields.get(name)]
        if fields.get("act") in ("use", "possession"):
            flags.append("if_act_holder")
        return flags
    return []


class _TemplatePools:
    """Which templates of a pool can be filled from the placeholders at hand (cached)."""

    def __init__(self) -> None:
        self._fields: dict[str, frozenset[str]] = {}
        self._usable: dict[tuple[int, frozenset[str], bool], tuple[str, ...]] = {}

    def usable(self, pool: tuple[str, ...], available: frozenset[str], *,
               favour_conditions: bool = False) -> tuple[str, ...]:
        """The templates of `pool` that `available` can fill; with `favour_conditions` those
        that meet an `if_…` condition appear three times, so a random choice prefers them."""
        key = (id(pool), available, favour_conditions)
        found = self._usable.get(key)
        if found is None:
            chosen: list[str] = []
            for template in pool:
                needs = self.needs(template)
                if needs <= available:
                    conditional = any(name.startswith("if_") for name in needs)
                    chosen += [template] * (3 if favour_conditions and conditional else 1)
            found = self._usable[key] = tuple(chosen)
        return found

    def needs(self, template: str) -> frozenset[str]:
        needs = self._fields.get(template)
        if needs is None:
            needs = self._fields[template] = frozenset(
                name for _, name, _, _ in string.Formatter().parse(template) if name)
        return needs


def _last_sunday(year: int, month: int) -> date:
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() + 1) % 7)


assert set(KIND_SHARES) == set(CODE_LISTS["kind"])
