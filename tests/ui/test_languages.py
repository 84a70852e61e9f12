"""One list of languages (shekara.languages): every front end takes its codes, names and date
forms from it, and a date reads the same on the screen and in a report."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from babel.dates import format_date
from PySide6.QtCore import QDate

from shekara.cli.reports import LANGS
from shekara.domain.reference import load_default
from shekara.languages import CODES, LANGUAGES
from shekara.reports.bilingual import DOCUMENT_LANGUAGES, Wording
from shekara.ui import i18n
from shekara.ui.context import UiContext

DAY = date(2026, 3, 5)  # day and month differ, so their order shows


def test_every_front_end_offers_the_same_languages() -> None:
    assert CODES == ("kk", "lt", "ru", "en")
    assert LANGS == CODES
    assert set(DOCUMENT_LANGUAGES) == set(CODES)
    assert all(lang in CODES for langs in DOCUMENT_LANGUAGES.values() for lang in langs)


@pytest.mark.parametrize("code", CODES)
def test_qt_and_babel_write_a_date_pattern_alike(code: str) -> None:
    language = LANGUAGES[code]
    qt = QDate(DAY.year, DAY.month, DAY.day).toString(language.date_pattern)
    assert qt == format_date(DAY, language.date_pattern, locale=language.locale)
    assert "2026" in qt  # a four-digit year everywhere


def test_english_dates_are_written_one_way() -> None:
    assert LANGUAGES["en"].date_pattern == "yyyy-MM-dd"
    assert LANGUAGES["en"].month_pattern == "yyyy-MM"


@pytest.mark.parametrize("code", CODES)
def test_the_screen_and_the_report_write_a_date_alike(code: str, ui_context: UiContext,
                                                     catalogs: Any) -> None:
    ui_context.translations.set_language(code)
    on_screen = i18n.format_moment(DAY.isoformat())
    printed = Wording(code, load_default())
    if printed.primary == code:  # kk and lt documents print numeric dates the state's way
        assert printed.date_text(DAY.isoformat()) == on_screen
    assert on_screen == {"kk": "05.03.2026", "lt": "2026-03-05", "ru": "05.03.2026",
                         "en": "2026-03-05"}[code]
