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
