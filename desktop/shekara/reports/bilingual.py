"""A document's languages (Art. 14) and how values are written in each of them.

`--lang kk` prints Kazakh with the Russian translation, `lt` Lithuanian with Russian, `ru`
Russian alone and `en` English alone (internal use). `Wording` answers every "how is this
written?" question for one document: catalog strings, code labels, country and place names,
dates and numbers, each as one string per language, state language first. How the languages
are laid out on paper (labels stacked, values joined with " / ") is in layout.py and
docs/reports.md.

Names of people, document numbers and free text are never translated or transliterated: they
are printed once, exactly as recorded.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from babel import Locale
from babel.dates import format_date, format_time
from babel.numbers import format_decimal

from shekara.domain.officials import OfficialProfile
from shekara.domain.reference import ReferenceData
from shekara.errors import InputError
from shekara.languages import LANGUAGES
from shekara.reports import catalog
from shekara.reports.catalog import UNIT_FORMS

DOCUMENT_LANGUAGES: dict[str, tuple[str, ...]] = {
    "kk": ("kk", "ru"), "lt": ("lt", "ru"), "ru": ("ru",), "en": ("en",),
}
# babel's locale of each language (shekara.languages); numeric dates follow its patterns too
# (babel's "short" would give kk a 2-digit year).
LOCALES = {code: language.locale for code, language in LANGUAGES.items()}
SEPARATOR = " / "


def document_languages(lang: str) -> tuple[str, ...]:
    """The languages a document is printed in, state language (or the only one) first."""
    try:
        return DOCUMENT_LANGUAGES[lang]
    except KeyError:
        raise InputError("report.unknown_language",
                         "unknown report language {lang}: use kk, lt, ru or en",
                         lang=str(lang)[:8]) from None


def join_unique(values: Iterable[str]) -> str:
    """`Паспорт / Паспорт` is printed once: identical translations add nothing."""
    shown: list[str] = []
    for value in values:
        if value and value not in shown:
            shown.append(value)
    return SEPARATOR.join(shown)


class Wording:
    """How one document, in one language setting, writes catalog strings and values."""

    def __init__(self, lang: str, ref: ReferenceData) -> None:
        self.lang = lang
        self.langs = document_languages(lang)
        self.primary = self.langs[0]
        self.ref = ref

    # --- catalog ----------------------------------------------------------------------------
    def t(self, key: str, **params: Any) -> list[str]:
        """A catalog string in each of the document's languages."""
        return [catalog.text(key, lang, **params) for lang in self.langs]

    def tj(self, key: str, **params: Any) -> str:
        """A catalog string in the document's languages, joined on one line."""
        return join_unique(self.t(key, **params))

    # --- reference data ---------------------------------------------------------------------
    def code(self, code_list: str, code: Any) -> str:
        if code is None or code == "":
            return ""
        return join_unique(self.ref.label(code_list, str(code), lang) for lang in self.langs)

    def codes(self, code_list: str, codes: Sequence[Any]) -> str:
        """A list of codes: each language's labels comma-joined, then the languages joined."""
        if not codes:
            return ""
        return join_unique(", ".join(self.ref.label(code_list, str(c), lang) for c in codes)
                           for lang in self.langs)

    def country(self, alpha3: Any) -> str:
        if not alpha3:
            return ""
        return join_unique(self.ref.country_name(str(alpha3), lang) for lang in self.langs)

    def countries(self, codes: Sequence[Any]) -> str:
        if not codes:
            return ""
        return join_unique(", ".join(self.ref.country_name(str(c), lang) for c in codes)
                           for lang in self.langs)

    def checkpoint(self, code: Any) -> str:
        if not code:
            return ""
        return join_unique(self.ref.checkpoint_name(str(code), lang) for lang in self.langs)

    def substance(self, code: Any) -> str:
        """A listed substance by name; a new one is free text and printed as recorded."""
        if not code:
            return ""
        return join_unique(self.ref.substance_name(str(code), lang) for lang in self.langs)

    def authority(self, code: Any) -> str:
        entry = self.ref.authorities.get(str(code)) if code else None
        if entry is None:
            return str(code or "")
        return join_unique(entry.names.get(lang) or entry.names.get("en") or entry.code
                           for lang in self.langs)

    # --- dates and numbers ------------------------------------------------------------------
    def long_date(self, value: date) -> str:
        return join_unique(self.long_date_in(value, lang) for lang in self.langs)

    def period(self, start: date, end: date) -> str:
        """"from … to …" in the document's languages, dates written out."""
        return join_unique(catalog.text("summary.range", lang, start=self.long_date_in(start, lang),
                                        end=self.long_date_in(end, lang)) for lang in self.langs)

    @staticmethod
    def long_date_in(value: date, lang: str) -> str:
        return format_date(value, "long", locale=LOCALES[lang])

    def numeric_date(self, value: date) -> str:
        """Digits need no translation: a numeric date is written once, the state language's way."""
        language = LANGUAGES[self.primary]
        return format_date(value, language.date_pattern, locale=language.locale)

    def date_text(self, value: Any) -> str:
        """A stored date (YYYY-MM-DD, YYYY-MM or YYYY) written numerically; "" when absent.

        Partial birth dates stay partial: a year is never printed as 1 January.
        """
        if not value:
            return ""
        text = str(value)
        try:
            if len(text) == 4:
                return str(int(text))
            if len(text) == 7:
                month = date(int(text[:4]), int(text[5:7]), 1)
                return format_date(month, LANGUAGES[self.primary].month_pattern,
                                   locale=LOCALES[self.primary])
            return self.numeric_date(date.fromisoformat(text[:10]))
        except ValueError:
            return text  # validated data never gets here; print what is stored, not nothing

    def moment(self, value: Any) -> str:
        """When something happened, as recorded: local date and time with its UTC offset."""
        if not value:
            return ""
        text = str(value)
        if len(text) == 10:
            try:
                return self.long_date(date.fromisoformat(text))
            except ValueError:
                return text
        try:
            when = datetime.fromisoformat(text)
        except ValueError:
            return text
        return join_unique(f"{format_date(when.date(), 'long', locale=LOCALES[lang])}, "
                           f"{self._clock(when, lang)}{_offset(when)}" for lang in self.langs)

    def timestamp(self, value: datetime) -> str:
        """A moment the software made (printed, approved): numeric date and time."""
        return f"{self.numeric_date(value.date())} {self._clock(value, self.primary)}"

    def iso_timestamp(self, value: Any) -> str:
        if not value:
            return ""
        try:
            return self.timestamp(datetime.fromisoformat(str(value)))
        except ValueError:
            return str(value)

    def number(self, value: Any) -> str:
        if value is None or value == "":
            return ""
        return format_decimal(value, format="#,##0.######", locale=LOCALES[self.primary])

    def stamp(self, party: str) -> str:
        """The Party's handling stamp (reference data) in the document's languages; the
        catalog's wording when the data has none."""
        stamps = [self.ref.marking(party, lang) or catalog.text("marking.confidential", lang)
                  for lang in self.langs]
        return join_unique(stamps)

    def official(self, profile: OfficialProfile | None, *, with_position: bool = True) -> str:
        """"старший инспектор, капитан Нурланов Н. Б." in each of the document's languages;
        "" for an officer with no printed name (a blank line to sign on, never the login)."""
        if profile is None or not profile.values.get("full_name"):
            return ""

        def one(lang: str) -> str:
            name = " ".join(p for p in (profile.get("rank", lang), profile.get("full_name", lang))
                            if p)
            position = profile.get("position", lang) if with_position else ""
            return f"{position}, {name}" if position else name

        return join_unique(one(lang) for lang in self.langs)

    def installation(self, values: Mapping[str, str], name: str) -> str:
        """The unit's or authority's printed name in the document's languages ("" if unset)."""
        def one(lang: str) -> str:
            if lang == "ru" and values.get(f"{name}_ru"):
                return values[f"{name}_ru"]
            return values.get(name, "")

        return join_unique(v for v in (one(lang) for lang in self.langs) if v)

    def quantity(self, value: Any, unit: Any) -> str:
        """"16 патронов", "200 tablečių": the number and its unit in each language, a counted
        unit in the plural form the number takes there (catalog.UNIT_FORMS)."""
        if value is None or value == "":
            return ""
        return join_unique(f"{format_decimal(value, format='#,##0.######', locale=LOCALES[lang])}"
                           f" {self._unit(value, str(unit or ''), lang)}".rstrip()
                           for lang in self.langs)

    def _unit(self, value: Any, unit: str, lang: str) -> str:
        forms = UNIT_FORMS.get(unit, {}).get(lang)
        if not forms:
            return self.ref.label("unit", unit, lang) if unit else ""
        try:
            category = Locale.parse(LOCALES[lang]).plural_form(abs(value))
        except (TypeError, ValueError):
            category = "other"
        return forms.get(category, forms["other"])

    @staticmethod
    def _clock(when: datetime, lang: str) -> str:
        pattern = "HH:mm:ss" if when.second else "HH:mm"
        return format_time(when.time(), pattern, locale=LOCALES[lang])


def _offset(when: datetime) -> str:
    offset = when.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f" (UTC{sign}{hours:02d}:{mins:02d})"
