"""Seized items, substances, routes, vehicles and case numbers for the sample generator.

`ThingMaker` draws the parts of contraband_detention and drug_intel records, and the small
fields every Art. 6 kind has (case numbers), from `world` and `phrases`, using
substance codes from the reference data it is given (a new substance now and then is free
text, as records.md allows).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from shekara.demo.draw import Weighted, log_uniform, rounded_quantity, shown_number
from shekara.demo.phrases import (
    CHANNELS,
    CONCEALMENTS,
    DOCUMENT_WORDS,
    EQUIPMENT,
    ITEM_PACKAGING,
    MARKINGS,
    NEW_SUBSTANCES,
    NON_DRUG_ITEMS,
    PROPERTIES,
    UNIT_WORDS,
)
from shekara.demo.world import (
    AIRLINES,
    CATEGORY_PROFILES,
    CITIES,
    CITY_LANG_INDEX,
    FORGED_ISSUERS,
    PLATE_LETTERS_CYRILLIC,
    PLATE_LETTERS_LATIN,
    ROUTES,
    SEA_LEGS,
    SUBSTANCE_PROFILES,
    SUBSTANCE_WEIGHTS,
    VESSELS,
)
from shekara.domain.codes import CODE_LISTS, PARTY_ALPHA3
from shekara.domain.reference import Checkpoint, ReferenceData

DRUG_CATEGORIES = ("narcotic_drug", "psychotropic", "precursor")
_ITEM_CATEGORIES = (("narcotic_drug", 52), ("psychotropic", 18), ("precursor", 8),
                    ("firearm", 7), ("ammunition", 9), ("explosive", 2), ("toxic", 2),
                    ("radioactive", 2))
_INTEL_CATEGORIES = Weighted([("narcotic_drug", 55), ("psychotropic", 30), ("precursor", 15)])
_INTEL_SUBSTANCE_COUNT = Weighted([(0, 12), (1, 62), (2, 20), (3, 6)])
_CONCEALMENT_METHODS = Weighted([
    ("body_internal", 6), ("body_worn", 10), ("luggage_false_bottom", 8), ("luggage", 14),
    ("vehicle_natural_cavity", 18), ("vehicle_built_compartment", 12), ("vehicle_fuel_tank", 4),
    ("cargo_mixed", 16), ("postal", 7), ("other", 5)])
_DETECTIONS = Weighted([("xray", 22), ("dog", 18), ("physical_search", 20),
                        ("risk_profiling", 15), ("intelligence", 12), ("radiation_monitor", 1),
                        ("document_check", 4), ("random_check", 6), ("other", 2)])
_CONVEYANCE_MODES = {
    "road": Weighted([("road", 85), ("pedestrian", 10), ("postal", 5)]),
    "rail": Weighted([("rail", 100)]),
    "air": Weighted([("air", 92), ("postal", 8)]),
    "sea": Weighted([("sea", 100)]),
    "river": Weighted([("river", 100)]),
    "none": Weighted([("road", 80), ("pedestrian", 20)]),
}
_LEG_MODES = Weighted([("road", 70), ("rail", 12), ("air", 8), ("postal", 3), ("pedestrian", 2),
                       (None, 5)])
_SOURCES = Weighted([("A", 5), ("B", 35), ("C", 35), ("D", 10), ("X", 15)])
_INFORMATION = Weighted([("1", 10), ("2", 45), ("3", 35), ("4", 10)])
_FLAGS = {"KZ": ("AZE", "KAZ", "RUS", "TKM"), "LT": ("LTU", "DNK", "CYP", "MLT")}
_PLATE_STATES = frozenset({"KAZ", "LTU", "RUS", "BLR", "UZB", "KGZ", "POL", "UKR"})
_ATTACHMENTS = (("IMG_{n:04d}.jpg", "image/jpeg", 150_000, 4_500_000),
                ("protocol_{n}.pdf", "application/pdf", 60_000, 900_000),
                ("VID_{n:04d}.mp4", "video/mp4", 2_000_000, 60_000_000))


class ThingMaker:
    """Draws items, substances, routes and the like for one post."""

    def __init__(self, rng: random.Random, ref: ReferenceData, party: str) -> None:
        self.rng = rng
        self.ref = ref
        self.party = party
        self.post_state = PARTY_ALPHA3[party]
        self.substances: dict[str, Weighted[str]] = {}
        for category in DRUG_CATEGORIES:
            codes = [(code, SUBSTANCE_WEIGHTS.get(code, 1))
                     for code, substance in ref.substances.items()
                     if substance.category == category]
            if codes:
                self.substances[category] = Weighted(codes)
        self.categories = Weighted(_ITEM_CATEGORIES)
        state = self.post_state
        routes = [route for route in ROUTES if all(ref.is_country(code) for code in route)]
        self.routes = Weighted((route, 4 if state in route else 1) for route in routes) \
            if routes else None
        issuers = [(code, weight) for code, weight in FORGED_ISSUERS[party]
                   if ref.is_country(code)]
        self.issuers = Weighted(issuers) if issuers else None
        self.flags = [code for code in _FLAGS[party] if ref.is_country(code)]
        self._profiles: dict[str, tuple[str, Weighted[tuple[str, float, float]]]] = {}

    # --- seized items -------------------------------------------------------------------------
    def item(self, lang: str) -> dict[str, Any]:
        rng = self.rng
        category = self.categories.pick(rng)
        if category in DRUG_CATEGORIES:
            substance, _, quantity, unit = self.amount(category, new_rate=0.03)
            description = (rng.choice(ITEM_PACKAGING[lang]).format(n=rng.randint(1, 24))
                           if rng.random() < 0.8 else "")
            return {"category": category, "substance": substance, "description": description,
                    "quantity": quantity, "unit": unit,
                    "serial_number": None if rng.random() < 0.5 else "",
                    "markings": rng.choice(MARKINGS) if rng.random() < 0.25 else ""}
        names, unit, low, high = rng.choice(NON_DRUG_ITEMS[category])
        serial = ""
        if category == "firearm" and rng.random() < 0.9:
            serial = (f"{rng.choice(PLATE_LETTERS_CYRILLIC)}{rng.choice(PLATE_LETTERS_CYRILLIC)}"
                      f" {rng.randint(1000, 9999)}")
        return {"category": category, "substance": "", "description": names[lang],
                "quantity": rounded_quantity(log_uniform(rng, low, high), unit), "unit": unit,
                "serial_number": serial, "markings": ""}

    def amount(self, category: str, *, new_rate: float) -> tuple[str, str, float | int, str]:
        """(substance code or new free text, form, quantity, unit) for one seizure."""
        rng = self.rng
        pool = self.substances.get(category)
        substance = rng.choice(NEW_SUBSTANCES) if pool is None or rng.random() < new_rate \
            else pool.pick(rng)
        form, units = self._profile(substance, category)
        unit, low, high = units.pick(rng)
        return substance, form, rounded_quantity(log_uniform(rng, low, high), unit), unit

    def _profile(self, substance: str,
                 category: str) -> tuple[str, Weighted[tuple[str, float, float]]]:
        found = self._profiles.get(substance)
        if found is None:
            form, units = SUBSTANCE_PROFILES.get(substance) or CATEGORY_PROFILES[category]
            found = self._profiles[substance] = (
                form, Weighted(((unit, low, high), weight) for unit, low, high, weight in units))
        return found

    def shown_quantity(self, quantity: float | int, unit: str, lang: str) -> str:
        return f"{shown_number(quantity, lang)} {UNIT_WORDS[lang][unit]}"

    def concealment(self, lang: str) -> dict[str, Any]:
        method = _CONCEALMENT_METHODS.pick(self.rng)
        description = self.rng.choice(CONCEALMENTS[lang][method]) \
            if self.rng.random() < 0.8 else ""
        return {"method": method, "description": description}

    def detection(self) -> str:
        return _DETECTIONS.pick(self.rng)

    # --- vehicles and routes ------------------------------------------------------------------
    def conveyance(self, checkpoint: Checkpoint | None, citizenship: str,
                   lang: str) -> dict[str, Any]:
        rng = self.rng
        mode = _CONVEYANCE_MODES.get(checkpoint.type if checkpoint else "none",
                                     _CONVEYANCE_MODES["none"]).pick(rng)
        identifier, country = "", None
        if mode == "road":
            country = citizenship if citizenship in _PLATE_STATES else self.post_state
            if checkpoint and checkpoint.neighbour and rng.random() < 0.3:
                country = checkpoint.neighbour
            identifier = self.plate(country)
        elif mode == "rail":
            identifier = f"Nr. {rng.randint(1, 399)}" if lang == "lt" else \
                f"№ {rng.randint(1, 399)}"
            country = self.post_state
        elif mode == "air":
            identifier = f"{rng.choice(AIRLINES[self.party])} {rng.randint(100, 9999)}"
        elif mode in ("sea", "river"):
            identifier = rng.choice(VESSELS[self.party])
            country = rng.choice(self.flags) if self.flags else None
        elif mode == "postal":
            origin = citizenship if citizenship not in ("XXA", "XXX") else "CHN"
            alpha2 = self.ref.countries.get(origin, {}).get("alpha2") or "KZ"
            identifier = f"{rng.choice(('RR', 'EE', 'CP', 'LP'))}{rng.randrange(10**9):09d}" \
                         f"{alpha2}"
            country = origin
        if country is not None and not self.ref.is_country(country):
            country = None
        return {"mode": mode, "identifier": identifier if rng.random() < 0.92 else "",
                "country": country if rng.random() < 0.9 else None}

    def plate(self, country: str) -> str:
        rng = self.rng
        latin = PLATE_LETTERS_LATIN
        if country == "KAZ":
            return (f"{rng.randint(1, 999):03d} {rng.choice(latin)}{rng.choice(latin)}"
                    f"{rng.choice(latin)} {rng.randint(1, 18):02d}")
        if country == "LTU":
            return f"{rng.choice(latin)}{rng.choice(latin)}{rng.choice(latin)} " \
                   f"{rng.randint(1, 999):03d}"
        if country == "RUS":
            cyr = PLATE_LETTERS_CYRILLIC
            return (f"{rng.choice(cyr)}{rng.randint(1, 999):03d}{rng.choice(cyr)}"
                    f"{rng.choice(cyr)} {rng.choice(('77', '39', '56', '30', '55', '164'))}")
        if country == "BLR":
            return f"{rng.randint(1, 9999):04d} {rng.choice(latin)}{rng.choice(latin)}-" \
                   f"{rng.randint(1, 7)}"
        return f"{rng.choice(latin)}{rng.choice(latin)} {rng.randint(1000, 9999)}"

    def route(self, day: date, lang: str) -> list[dict[str, Any]]:
        """2-5 legs of a known route, origin first; dated legs end on or before `day`."""
        if self.routes is None:
            return []
        rng = self.rng
        route = self.routes.pick(rng)
        length = rng.randint(2, len(route))
        start = rng.randint(0, len(route) - length)
        countries = route[start:start + length]
        first_day = day - timedelta(days=rng.randint(3 * length, 60)) \
            if rng.random() < 0.25 else None
        city = CITY_LANG_INDEX.get(lang, 2)
        legs = []
        for index, country in enumerate(countries):
            cities = CITIES.get(country)
            following = countries[index + 1] if index + 1 < length else None
            mode = "sea" if (country, following) in SEA_LEGS else _LEG_MODES.pick(rng)
            leg_day = min(first_day + timedelta(days=3 * index), day) if first_day else None
            legs.append({
                "country": country,
                "place": rng.choice(cities)[city] if cities and rng.random() < 0.7 else "",
                "mode": mode,
                "date": leg_day.isoformat() if leg_day else None,
            })
        return legs

    # --- documents and cases ------------------------------------------------------------------
    def forged_issuer(self) -> str | None:
        return self.issuers.pick(self.rng) if self.issuers else None

    def document_words(self, document: dict[str, Any], lang: str) -> str:
        """"паспорт, Литва": what a forged document claims to be, for the narrative."""
        word = DOCUMENT_WORDS[lang].get(document["type"], "")
        state = document.get("issuing_state")
        return f"{word}, {self.ref.country_name(state, lang)}" if word and state else word

    def case_number(self, kind: str, outcome: str, day: date) -> str | None:
        rng = self.rng
        criminal = outcome == "criminal_case"
        if not criminal and not (outcome == "administrative_case" and rng.random() < 0.7):
            return None if rng.random() < 0.3 else ""
        yy = day.year % 100
        if self.party == "KZ":  # KZ: the 15-digit number of the unified pre-trial register
            if criminal:
                return f"{yy:02d}{rng.randint(1000, 7599):04d}{rng.randrange(10**9):09d}"
            return f"{day.year}-{rng.randint(1, 9999):04d}"
        if criminal:  # LT: pre-trial investigation number
            return f"{rng.randint(1, 60):02d}-1-{rng.randint(1, 99999):05d}-{yy:02d}"
        return f"ANR-{day.year}-{rng.randint(1, 99999):05d}"

    # --- drug intelligence --------------------------------------------------------------------
    def intel_substances(self, lang: str) -> list[dict[str, Any]]:
        rng = self.rng
        entries = []
        for _ in range(_INTEL_SUBSTANCE_COUNT.pick(rng)):
            substance, form, quantity, unit = self.amount(_INTEL_CATEGORIES.pick(rng),
                                                          new_rate=0.08)
            estimated = rng.random() < 0.55
            entries.append({
                "substance": substance,
                "form": form if rng.random() < 0.85 else None,
                "quantity": quantity if estimated else None,
                "unit": unit if estimated else None,
                "purity_percent": round(5 + rng.random() * 90, 1) if rng.random() < 0.25
                else None,
                "markings": rng.choice(MARKINGS) if rng.random() < 0.15 else "",
                "properties": rng.choice(PROPERTIES[lang]) if rng.random() < 0.25 else "",
            })
        return entries

    def topics(self, persons: list[Any], substances: list[dict[str, Any]],
               route: list[Any], concealment: Any, detection: Any, equipment: str) -> list[str]:
        """The Art. 4 topics the record's content is about, in the code list's order."""
        rng = self.rng
        chosen = set()
        if persons:
            chosen.add("persons")
        if concealment:
            chosen.add("concealment")
        if detection:
            chosen.add("detection")
        if route and rng.random() < 0.9:
            chosen.add("route")
        if any(entry["substance"] not in self.ref.substances for entry in substances):
            chosen.add("new_substance")
        if equipment:
            chosen.add("equipment")
        if any(self.ref.substances[entry["substance"]].category == "precursor"
               for entry in substances if entry["substance"] in self.ref.substances) \
                and rng.random() < 0.6:
            chosen.add("diversion")
        if not chosen:
            chosen.add(rng.choice(("route", "persons", "diversion")))
        return [topic for topic in CODE_LISTS["topic"] if topic in chosen]

    def channel(self, lang: str) -> str:
        return self.rng.choice(CHANNELS[lang]).format(amount=self.rng.randrange(300, 3001, 100))

    def equipment(self, lang: str) -> str:
        return self.rng.choice(EQUIPMENT[lang])

    def evaluation(self) -> dict[str, Any]:
        rng = self.rng
        return {"source": _SOURCES.pick(rng),
                "information": _INFORMATION.pick(rng) if rng.random() < 0.95 else None}

    def attachments(self) -> list[dict[str, Any]]:
        """Metadata of photos and scans; the bytes are not generated."""
        rng = self.rng
        found = []
        for index in range(rng.randint(1, 3)):
            name, media_type, low, high = _ATTACHMENTS[0 if index == 0 else
                                                       rng.randrange(len(_ATTACHMENTS))]
            found.append({"name": name.format(n=rng.randint(1, 9999)), "media_type": media_type,
                          "sha256": f"{rng.getrandbits(256):064x}",
                          "size": rng.randint(low, high)})
        return found
