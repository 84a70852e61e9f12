"""Search the way officers think, through the real command (docs/search.md)."""

from __future__ import annotations

import pytest

from tests.cli.conftest import Shekara, border_record, example_record


@pytest.fixture
def people(shekara: Shekara) -> dict[str, str]:
    ids = shekara.add(
        border_record("Жукаускас", "Томас", "LTU"),
        border_record("Сүлейменов", "Нұрлан", "KAZ"),
        border_record("Jankauskaitė", "Rūta", "LTU"),
        border_record("Иванов", "Сергей", "RUS",
                      narrative="Задержан при попытке пересечь границу вне пункта пропуска."),
        example_record(),
    )
    return dict(zip(["zhukauskas", "suleimenov", "jankauskaite", "ivanov", "example"], ids,
                    strict=True))


@pytest.mark.parametrize(("query", "who"), [
    ("Žukauskas", "zhukauskas"), ("Zhukauskas", "zhukauskas"), ("жукаускас", "zhukauskas"),
    ("Suleimenov", "suleimenov"), ("Süleımenov", "suleimenov"), ("СҮЛЕЙМЕНОВ", "suleimenov"),
    ("Янкаускайте", "jankauskaite"), ("jankauskaite", "jankauskaite"),
    ("Сулейм", "suleimenov"),
])
def test_names_across_scripts(shekara: Shekara, people: dict[str, str], query: str,
                              who: str) -> None:
    found = [r["id"] for r in shekara.ok("search", query, "--json").json()]
    assert found and found[0] == people[who], (query, found)


def test_document_number_substance_place_narrative(shekara: Shekara,
                                                   people: dict[str, str]) -> None:
    def ids(text: str) -> list[str]:
        return [r["id"] for r in shekara.ok("search", text, "--json").json()]

    assert ids("12345678") == [people["example"]]
    assert ids("heroin") == [people["example"]]
    assert ids("героин")[:1] == [people["example"]]  # substance names in every language
    assert people["example"] in ids("Vilnius")
    assert ids("пункта пропуска") == [people["ivanov"]]
    assert ids("nobody-like-this") == []


def test_two_words_narrow_and_filters_apply(shekara: Shekara, people: dict[str, str]) -> None:
    found = shekara.ok("search", "Žukauskas Tomas", "--json").json()
    assert {r["id"] for r in found} >= {people["zhukauskas"]}
    only_kz = shekara.ok("search", "Tomas", "--citizenship", "KAZ", "--json").json()
    assert only_kz == []


def test_search_writes_nothing_and_opening_a_result_is_audited(shekara: Shekara,
                                                                people: dict[str, str]) -> None:
    before = shekara.ok("audit", "verify", "--json").json()["entries"]
    hit = shekara.ok("search", "Žukauskas Томас", "--json").json()[0]["id"]
    assert shekara.ok("audit", "verify", "--json").json()["entries"] == before
    shekara.ok("record", "show", hit)
    views = shekara.ok("audit", "list", "--action", "record.view", "--json").json()
    assert [e["record_id"] for e in views] == [hit]


# --- spellings from real documents (issue 15; docs/search.md, "Document tables") ----------------
@pytest.fixture
def documented(shekara: Shekara) -> dict[str, str]:
    ids = shekara.add(
        border_record("Фёдоров", "Пётр", "RUS"),
        border_record("Бауыржан", "Сейітқали", "KAZ"),
        border_record("Жямайтис", "Пятрас", "LTU"),
        border_record("Ščerbakov", "Jurij", "RUS"),
        border_record("Цой", "Ляззат", "KAZ"),
    )
    return dict(zip(["fedorov", "bauyrzhan", "zemaitis", "shcherbakov", "tsoi"], ids,
                    strict=True))


@pytest.mark.parametrize(("query", "who"), [
    ("Fyodorov", "fedorov"), ("FIODOROV", "fedorov"), ("Fjodorov", "fedorov"),  # ё: passport, LT
    ("BAURZHAN", "bauyrzhan"), ("BAUYRZHAN", "bauyrzhan"), ("Бауржан", "bauyrzhan"),  # Kazakh
    ("Žemaitis", "zemaitis"), ("Petras", "zemaitis"),  # Lithuanian names in Soviet spelling
    ("Щербаков", "shcherbakov"), ("Юрий", "shcherbakov"),  # Russian names in Lithuanian spelling
    ("TCOI", "tsoi"), ("LIAZZAT", "tsoi"),  # Russian passports of 2010-2014, ICAO
])
def test_document_spellings_find_the_person(shekara: Shekara, documented: dict[str, str],
                                            query: str, who: str) -> None:
    hits = shekara.ok("search", query, "--json").json()
    assert [h["id"] for h in hits] == [documented[who]], query
    assert hits[0]["match"] == "exact"


# --- one letter off ------------------------------------------------------------------------------
def test_one_letter_off_is_found_and_marked_approximate(shekara: Shekara,
                                                       people: dict[str, str]) -> None:
    for typo in ("Zhukauskos", "Жукауксас", "Sulejmenof", "Jankauskaiti Rūta"):
        hits = shekara.ok("search", typo, "--json").json()
        assert hits, typo
        assert {h["match"] for h in hits} == {"approximate"}, typo
    hits = shekara.ok("search", "Zhukauskos", "--json").json()
    assert {h["id"] for h in hits} == {people["zhukauskas"], people["example"]}  # both Žukauskas
    text = shekara.ok("search", "Zhukauskos").lines
    assert text and all("≈ " in line for line in text)


def test_an_exact_hit_is_never_hidden_by_an_approximate_one(shekara: Shekara,
                                                            people: dict[str, str]) -> None:
    # Иванова is one letter from Иванов, but typing Ivanov finds the exact Иванов only.
    extra = shekara.add(border_record("Ivanova", "Anna", "RUS"))[0]
    hits = shekara.ok("search", "Иванов", "--json").json()
    assert {h["match"] for h in hits} == {"exact"}
    assert people["ivanov"] in [h["id"] for h in hits]
    exact = shekara.ok("search", "Ivanovu", "--json").json()  # nothing exact: both one off
    assert {h["id"] for h in exact} >= {people["ivanov"]}
    assert {h["match"] for h in exact} == {"approximate"}
    assert extra not in [h["id"] for h in shekara.ok("search", "Ivanov Sergei", "--json").json()]


@pytest.mark.parametrize("query", [
    "Zhukauskoz Tomos",  # two letters off in one word, one in the other: not one letter off
    "Zhukausko",  # a half-typed name: prefixes are never approximated
    "Ivam",  # too short to approximate
    "12345679",  # numbers are never approximated
    "Zzyzx Qwqwqw",  # words no name is near
])
def test_what_is_not_approximated_finds_nothing(shekara: Shekara, people: dict[str, str],
                                                query: str) -> None:
    assert shekara.ok("search", query, "--json").json() == [], query


def test_filters_apply_to_approximate_hits(shekara: Shekara, people: dict[str, str]) -> None:
    assert shekara.ok("search", "Zhukauskos", "--citizenship", "KAZ", "--json").json() == []
    hits = shekara.ok("search", "Zhukauskos", "--kind", "border_violation", "--json").json()
    assert [h["id"] for h in hits] == [people["zhukauskas"]]
