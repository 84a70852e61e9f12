"""A search hit shows the person that matched, not the first person and "+2" (issue 10)."""

from __future__ import annotations

from pathlib import Path

from shekara.domain.search_key import matching_person
from tests.cli.conftest import border_record
from tests.ui.editors.conftest import OFFICER, make_vault, open_as


def three_persons() -> dict[str, object]:
    record = border_record("Иванов", "Пётр", "LTU")
    record["persons"] = [
        {**record["persons"][0]},  # type: ignore[index]
        {"role": "organizer", "surname": "Žukauskas", "given_names": "Tomas",
         "citizenship": ["LTU"], "documents": []},
        {"role": "witness", "surname": "Ахметов", "given_names": "Серік",
         "citizenship": ["KAZ"], "documents": []}]
    return record


def test_the_matching_person_is_found_across_scripts() -> None:
    persons = three_persons()["persons"]
    assert matching_person(persons, "Жукаускас") == 1  # type: ignore[arg-type]
    assert matching_person(persons, "Akhmetov Serik") == 2  # type: ignore[arg-type]
    assert matching_person(persons, "Иванов") == 0  # type: ignore[arg-type]
    assert matching_person(persons, "Petrauskas") is None  # type: ignore[arg-type]


def test_a_hit_names_the_person_that_matched(tmp_path: Path) -> None:
    make_vault(tmp_path / "v")
    session = open_as(tmp_path / "v", OFFICER)
    session.records.add([three_persons()])
    [hit] = session.records.search("Zukauskas")
    assert hit.title == "Žukauskas Tomas +2"
    [first] = session.records.search("Иванов")
    assert first.title.startswith("Иванов Пётр") and first.title.endswith("+2")
    session.close()
