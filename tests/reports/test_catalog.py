"""The catalog is complete and consistent; a document's languages follow Art. 14."""

from __future__ import annotations

import re
import string
from datetime import date

import pytest

from shekara.domain.reference import ReferenceData
from shekara.domain.request import REFUSAL_REASONS, REFUSAL_SCOPES
from shekara.errors import InputError
from shekara.languages import CODES as LANGUAGES
from shekara.reports import catalog
from shekara.reports.bilingual import Wording, document_languages, join_unique


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_key_has_all_four_languages_non_empty() -> None:
    for key, entry in catalog.CATALOG.items():
        assert set(entry) == set(LANGUAGES), key
        assert all(value.strip() for value in entry.values()), key


def test_every_language_of_a_key_has_the_same_placeholders() -> None:
    for key, entry in catalog.CATALOG.items():
        expected = _placeholders(entry["en"])
        for lang, template in entry.items():
            assert _placeholders(template) == expected, (key, lang)


def test_every_refusal_ground_and_scope_has_a_label() -> None:
    for reason in REFUSAL_REASONS:
        assert f"refusal.reason.{reason}" in catalog.CATALOG
    for scope in REFUSAL_SCOPES:
        assert f"refusal.scope.{scope}" in catalog.CATALOG


def test_kazakh_and_lithuanian_strings_are_really_in_those_languages() -> None:
    # A copy-paste of the Russian into kk, or of the English into lt, would pass every other
    # test: check the letters only those languages use appear across their catalogs.
    kk = "".join(entry["kk"] for entry in catalog.CATALOG.values())
    lt = "".join(entry["lt"] for entry in catalog.CATALOG.values())
    assert set("әғқңөұүі") <= set(kk)  # һ is in the alphabet but in no word we print
    assert set("ąčęėįšųūž") <= set(lt)


def test_seal_place_uses_each_languages_abbreviation() -> None:
    assert catalog.CATALOG["sig.seal"] == {"kk": "М.О.", "lt": "A.V.", "ru": "М.П.",
                                           "en": "L.S."}


def test_text_fills_placeholders_and_refuses_unknown_keys_and_languages() -> None:
    assert catalog.text("page_n_of_m", "ru", n=2, m=5) == "Страница 2 из 5"
    assert catalog.text("page_n_of_m", "kk", n=2, m=5) == "5 беттің 2-беті"
    with pytest.raises(KeyError):
        catalog.text("no.such.key", "ru")
    with pytest.raises(KeyError):
        catalog.text("post", "de")


@pytest.mark.parametrize(("lang", "expected"), [
    ("kk", ("kk", "ru")), ("lt", ("lt", "ru")), ("ru", ("ru",)), ("en", ("en",))])
def test_document_languages_follow_article_14(lang: str, expected: tuple[str, ...]) -> None:
    assert document_languages(lang) == expected


def test_unknown_document_language_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        document_languages("de")
    assert caught.value.msgid == "report.unknown_language"


def test_identical_translations_are_printed_once() -> None:
    assert join_unique(["Паспорт", "Паспорт"]) == "Паспорт"
    assert join_unique(["Pasas", "Паспорт"]) == "Pasas / Паспорт"
    assert join_unique(["", "x"]) == "x"


def test_wording_writes_dates_the_way_each_language_does(ref: ReferenceData) -> None:
    kk, lt, en = Wording("kk", ref), Wording("lt", ref), Wording("en", ref)
    day = date(2026, 11, 20)
    nbsp = "\u202f"  # CLDR puts a narrow no-break space before "ж." and "г."
    assert kk.long_date(day) == f"2026{nbsp}ж. 20 қараша / 20 ноября 2026{nbsp}г."
    assert lt.long_date(day) == f"2026 m. lapkričio 20 d. / 20 ноября 2026{nbsp}г."
    assert kk.date_text("2026-11-20") == "20.11.2026"
    assert lt.date_text("2026-11-20") == "2026-11-20"
    assert en.date_text("2026-11-20") == "2026-11-20"  # as the English UI writes it
    # Partial birth dates stay partial: never a made-up 1 January.
    assert kk.date_text("1988") == "1988"
    assert kk.date_text("1988-04") == "04.1988"
    assert lt.date_text("1988-04") == "1988-04"
    assert kk.moment("2026-11-20T14:30:00+05:00") == (
        f"2026{nbsp}ж. 20 қараша, 14:30 (UTC+05:00) / 20 ноября 2026{nbsp}г., 14:30 (UTC+05:00)")
    assert kk.number(1.85) == "1,85"
    assert en.number(1234.5) == "1,234.5"


def test_a_passphrase_is_called_one_thing_on_paper_and_on_screen() -> None:
    """The recovery sheet told the supervisor to set "a new password" ("құпия сөз",
    "slaptažodis", "пароль") where every screen says passphrase."""
    password = {"kk": re.compile(r"құпия сөз", re.IGNORECASE),
                "lt": re.compile(r"slaptažod", re.IGNORECASE),
                "ru": re.compile(r"\bпарол(ь|я|ю|ем|е|и|ей|ям|ями|ях)\b", re.IGNORECASE)}
    found = [(key, lang) for key, entry in catalog.CATALOG.items()
             for lang, pattern in password.items() if pattern.search(entry[lang])]
    assert not found, found
    assert "құпия фраза" in catalog.CATALOG["recovery.use"]["kk"]
    assert "slaptafrazę" in catalog.CATALOG["recovery.use"]["lt"]
    assert "парольную фразу" in catalog.CATALOG["recovery.use"]["ru"]
