"""The MRZ box: live status per line while typing or scanning, and filling a person."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel

from shekara.services.session import Session
from shekara.ui.editors import RecordEditorPage
from shekara.ui.editors.mrz_box import read_mrz
from shekara.ui.editors.person import PersonForm
from tests.ui.editors.filling import fill, type_text
from tests.ui.editors.records import LTU_PASSPORT

TODAY = date(2026, 11, 27)
LINE_1, LINE_2 = LTU_PASSPORT.split("\n")


def person_page(qtbot: Any, session: Session) -> tuple[RecordEditorPage, PersonForm]:
    page = RecordEditorPage(session, None, "border_violation")
    qtbot.addWidget(page)
    assert page.form is not None
    person = page.form.persons.entries[0].editor
    assert isinstance(person, PersonForm)
    return page, person


def test_scanned_mrz_fills_the_empty_fields_and_says_which(qtbot: Any,
                                                           officer: Session) -> None:
    page, person = person_page(qtbot, officer)
    fill(person.editor("role"), "courier")
    type_text(person.mrz.edit, LTU_PASSPORT + "\n")  # a scanner ends with a newline
    value = person.value()
    assert value["surname"] == "ZUKAUSKAS" and value["given_names"] == "TOMAS"
    assert value["latin_name"] == "ZUKAUSKAS TOMAS"
    assert value["birth_date"] == "1985-09-23" and value["sex"] == "M"
    assert value["citizenship"] == ["LTU"]
    assert value["documents"] == [{"type": "passport", "number": "12345678",
                                   "issuing_state": "LTU", "issued_on": None,
                                   "expires_on": "2030-01-01"}]
    assert value["role"] == "courier"
    filled = person.mrz.filled.text()
    for label in ("Surname", "Given names", "Birth date", "Sex", "Citizenship", "Documents"):
        assert label in filled
    assert not person.mrz.filled.isHidden()
    status = person.mrz.status.text().splitlines()
    assert status[0].startswith("✓") and status[1].startswith("✓")
    assert "Check digits agree" in person.mrz.status.text()
    page.validate()
    assert not [i for i in page.issues if i[0].startswith("persons")]


def test_typed_names_are_kept_and_only_empty_fields_filled(qtbot: Any,
                                                           officer: Session) -> None:
    _page, person = person_page(qtbot, officer)
    fill(person.editor("surname"), "Жукаускас")
    fill(person.editor("given_names"), "Томас")
    type_text(person.mrz.edit, LTU_PASSPORT)
    value = person.value()
    assert (value["surname"], value["given_names"]) == ("Жукаускас", "Томас")
    assert value["latin_name"] == "ZUKAUSKAS TOMAS"
    assert "Surname" not in person.mrz.filled.text()


def test_a_wrong_check_digit_is_shown_on_its_line_and_fills_nothing(qtbot: Any,
                                                                    officer: Session) -> None:
    _page, person = person_page(qtbot, officer)
    wrong = LINE_2[:19] + ("4" if LINE_2[19] != "4" else "5") + LINE_2[20:]  # birth check
    type_text(person.mrz.edit, f"{LINE_1}\n{wrong}")
    status = person.mrz.status.text().splitlines()
    assert status[0].startswith("✓")  # line 1 holds no check digit of a passport
    assert status[1].startswith("✗")
    assert "check digit of the birth date" in status[1] and "position 20" in status[1]
    assert person.value()["surname"] == ""
    assert person.mrz.filled.isHidden()


def test_status_counts_characters_while_typing() -> None:
    reading = read_mrz(LINE_1[:20], TODAY)
    assert reading.data is None and reading.general == [] and not reading.complete
    assert [(line.length, line.expected) for line in reading.lines] == [(20, None)]
    reading = read_mrz(LINE_1 + "\n" + LINE_2[:30], TODAY)
    assert [(line.length, line.expected) for line in reading.lines] == [(44, 44), (30, 44)]
    assert not any(line.messages for line in reading.lines)
    reading = read_mrz(LINE_1 + "\n" + LINE_2, TODAY)
    assert reading.data is not None and all(line.ok for line in reading.lines)
    assert reading.complete


def test_a_character_no_mrz_has_is_named_while_typing() -> None:
    reading = read_mrz("P<LTUŽUKAUSKAS", TODAY)
    assert reading.lines[0].messages
    assert "line 1, position 6" in reading.lines[0].messages[0]


def test_a_conflict_with_what_was_typed_is_shown(qtbot: Any, officer: Session) -> None:
    page, person = person_page(qtbot, officer)
    fill(person.editor("sex"), "F")
    type_text(person.mrz.edit, LTU_PASSPORT)
    assert "differs from the MRZ" in person.mrz.filled.text()
    assert person.value()["sex"] == "F" and person.value()["surname"] == ""
    page.show_all_issues = True
    page.validate()
    assert any(issue.path == "persons[0].sex" and issue.msgid == "validation.mrz_conflict"
               for issue in page.issues)


def test_loading_a_stored_mrz_fills_nothing_again(qtbot: Any, officer: Session) -> None:
    _page, person = person_page(qtbot, officer)
    person.set_value({"role": "holder", "surname": "Жукаускас", "mrz": LTU_PASSPORT,
                      "citizenship": ["LTU"]})
    assert person.value()["given_names"] == "" and person.mrz.filled.isHidden()


def shown_texts(page: RecordEditorPage) -> str:
    """Everything the page says in labels the officer can see."""
    return "\n".join(label.text() for label in page.findChildren(QLabel)
                     if label.isVisibleTo(page))


def test_a_wrong_check_digit_is_said_once_with_the_digit_expected(qtbot: Any,
                                                                  officer: Session) -> None:
    page, person = person_page(qtbot, officer)
    page.show()
    wrong = LINE_2[:19] + ("4" if LINE_2[19] != "4" else "5") + LINE_2[20:]  # birth check
    type_text(person.mrz.edit, f"{LINE_1}\n{wrong}")
    page.show_all_issues = True
    page.validate()
    expected = LINE_2[19]
    sentence = f"MRZ check digit of the birth date should be {expected} (line 2, position 20)"
    assert [str(i.message) for i in page.issues if i.path == "persons[0].mrz"] == [sentence]
    assert shown_texts(page).count("check digit") == 1, shown_texts(page)
    assert sentence in person.mrz.status.text()  # on its line, in the box
    assert person.mrz.edit.property("invalid") is True  # and the box is marked
    assert "problem" in page.problems.full_text
