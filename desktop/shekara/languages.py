"""The languages Shekara speaks: the one list the desktop application, the reports and the
command line take their codes, names and date forms from.

Dates are numeric with a four-digit year everywhere (records span years; "05.03.26" would not
do), written as each country writes them on forms: day.month.year in Kazakh and Russian, ISO
year-month-day in Lithuanian and in English (whose readers at the two Parties and elsewhere would
each read "05/03/2026" their own way). The patterns are the ones Qt's `QDate.toString` and
babel's `format_date` share (`dd`, `MM`, `yyyy`).

A new language is one line here, its catalog `i18n/shekara_<code>.ts`, its wording in
`reports/catalog.py` and its names in `resources/reference/*.json` (docs/architecture.md).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1, as the catalogs, reports and --lang name it
    native_name: str  # how the language names itself (the language pickers)
    locale: str  # babel's locale for long dates, numbers and plural rules in reports
    date_pattern: str  # a day, numeric
    month_pattern: str  # a month of a year, numeric


LANGUAGES: dict[str, Language] = {language.code: language for language in (
    Language("kk", "Қазақша", "kk_KZ", "dd.MM.yyyy", "MM.yyyy"),
    Language("lt", "Lietuvių", "lt_LT", "yyyy-MM-dd", "yyyy-MM"),
    Language("ru", "Русский", "ru_RU", "dd.MM.yyyy", "MM.yyyy"),
    Language("en", "English", "en_GB", "yyyy-MM-dd", "yyyy-MM"),
)}
CODES: tuple[str, ...] = tuple(LANGUAGES)  # kk, lt, ru, en: the order pickers list them in
