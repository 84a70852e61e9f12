"""Reference data: countries, crossing points, substances, authorities, retention, code labels.

Reference data is data, never code (design decision 8): it ships as JSON files in
`resources/reference/` and HQ can replace it with a signed packet. This module only reads it
and answers questions about it; it never opens files on its own unless given a folder.

File formats (all UTF-8 JSON, every name in the four languages kk, lt, ru, en):
- `meta.json`: `{"version": int, "issued_on": "YYYY-MM-DD", "issued_by": str}`
- `countries.json`: `{alpha3: {"alpha2": str, "names": {lang: str}}}`, plus `XXA` and `XXX`
- `checkpoints.json`: `[{"code", "party", "type", "neighbour", "names": {lang: str},
   "status", "confidence", "note"}]` — `type` in road/rail/air/sea/river; `confidence`
   `confirmed` / `check` / `unconfirmed` as in `reference-facts.md`
- `substances.json`: `[{"code", "category", "schedule", "names": {lang: str}, "confidence"}]`
- `authorities.json`: `[{"code", "party", "names": {lang: str}, "note"}]`
- `retention.json`: `{party: {kind: {"retain_years": int, "review_months": int}}}`
- `labels.json`: `{code_list: {code: {lang: str}}}` for every list in `codes.CODE_LISTS`
- `markings.json` (optional in an HQ update, for updates made before it existed):
  `{party: {"stamp": {lang: str}}}` — the handling stamp a Party's documents carry. It says
  what Art. 10 asks (restricted official use) in words that are no national classification
  level: «ҚҰПИЯ» is the Kazakh state-secret level "Секретно", «KONFIDENCIALIAI» and «RIBOTO
  NAUDOJIMO» are Lithuanian classified levels. Each HQ may set its own by a reference update.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shekara.errors import InputError

FILES = ("meta", "countries", "checkpoints", "substances", "authorities", "retention", "labels")
OPTIONAL_FILES = ("markings",)


@dataclass(frozen=True)
class Checkpoint:
    code: str
    party: str
    type: str
    neighbour: str | None
    names: Mapping[str, str]
    status: str
    confidence: str
    note: str


@dataclass(frozen=True)
class Substance:
    code: str
    category: str
    schedule: str
    names: Mapping[str, str]
    confidence: str


@dataclass(frozen=True)
class Authority:
    code: str
    party: str
    names: Mapping[str, str]
    note: str


@dataclass(frozen=True)
class RetentionRule:
    retain_years: int
    review_months: int


class ReferenceData:
    """Read-only view over one set of reference files."""

    def __init__(self, sources: Mapping[str, Any]) -> None:
        try:
            self.version: int = int(sources["meta"]["version"])
            self.meta: Mapping[str, Any] = sources["meta"]
            self.countries: dict[str, Mapping[str, Any]] = dict(sources["countries"])
            self.checkpoints: dict[str, Checkpoint] = {
                c["code"]: Checkpoint(c["code"], c["party"], c["type"], c.get("neighbour"),
                                      c["names"], c.get("status", "unknown"),
                                      c.get("confidence", "check"), c.get("note", ""))
                for c in sources["checkpoints"]
            }
            self.substances: dict[str, Substance] = {
                s["code"]: Substance(s["code"], s["category"], s.get("schedule", ""),
                                     s["names"], s.get("confidence", "check"))
                for s in sources["substances"]
            }
            self.authorities: dict[str, Authority] = {
                a["code"]: Authority(a["code"], a["party"], a["names"], a.get("note", ""))
                for a in sources["authorities"]
            }
            self._retention: dict[str, dict[str, RetentionRule]] = {
                party: {kind: RetentionRule(int(r["retain_years"]), int(r["review_months"]))
                        for kind, r in kinds.items()}
                for party, kinds in sources["retention"].items()
            }
            self.labels: dict[str, dict[str, Mapping[str, str]]] = dict(sources["labels"])
            self.markings: dict[str, Mapping[str, Mapping[str, str]]] = {
                party: {"stamp": dict(entry["stamp"])}
                for party, entry in dict(sources.get("markings") or {}).items()}
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InputError("reference.malformed", "reference data is malformed: {what}",
                             what=type(exc).__name__ + " " + str(exc)[:80]) from None
        self.sources = sources

    @classmethod
    def load(cls, directory: Path) -> ReferenceData:
        sources: dict[str, Any] = {}
        for name in (*FILES, *OPTIONAL_FILES):
            path = directory / f"{name}.json"
            if name in OPTIONAL_FILES and not path.exists():
                continue
            try:
                sources[name] = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                raise InputError("reference.unreadable", "cannot read reference file {name}",
                                 name=path.name) from None
        return cls(sources)

    # --- questions --------------------------------------------------------------------------
    def is_country(self, alpha3: str) -> bool:
        return alpha3 in self.countries

    def country_name(self, alpha3: str, lang: str) -> str:
        entry = self.countries.get(alpha3)
        if entry is None:
            return alpha3
        names: Mapping[str, str] = entry["names"]
        return names.get(lang) or names.get("en") or alpha3

    def checkpoint_name(self, code: str, lang: str) -> str:
        cp = self.checkpoints.get(code)
        return (cp.names.get(lang) or cp.names.get("en") or code) if cp else code

    def substance_name(self, code: str, lang: str) -> str:
        """The name of a listed substance, or the free text itself for a new one."""
        sub = self.substances.get(code)
        return (sub.names.get(lang) or sub.names.get("en") or code) if sub else code

    def label(self, code_list: str, code: str, lang: str) -> str:
        entry = self.labels.get(code_list, {}).get(code)
        if not entry:
            return code
        return entry.get(lang) or entry.get("en") or code

    def marking(self, party: str, lang: str) -> str:
        """The handling stamp of `party`'s documents in `lang`; "" when the data has none."""
        stamp = self.markings.get(party, {}).get("stamp", {})
        return str(stamp.get(lang) or stamp.get("en") or "")

    def with_markings_of(self, other: ReferenceData) -> ReferenceData:
        """This data, taking `other`'s markings when it has none of its own (an HQ update made
        before markings.json existed keeps the shipped stamps)."""
        if self.markings or not other.markings:
            return self
        return ReferenceData({**self.sources, "markings": other.sources["markings"]})

    def retention(self, party: str, kind: str) -> RetentionRule:
        try:
            return self._retention[party][kind]
        except KeyError:
            raise InputError("reference.no_retention", "no retention rule for {party} {kind}",
                             party=party, kind=kind) from None

    def authorities_of(self, party: str) -> list[Authority]:
        return [a for a in self.authorities.values() if a.party == party]


def load_default() -> ReferenceData:
    """The reference data shipped with the program (not any HQ update kept in a vault)."""
    from shekara.paths import resources_dir  # paths is a leaf module with no layer of its own

    return ReferenceData.load(resources_dir() / "reference")
