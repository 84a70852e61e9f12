"""Route legs in order (add, remove, move by button and by keyboard), and the type-ahead
pickers over countries, crossing points and substances."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shekara.domain.reference import load_default
from shekara.ui.editors.context import EditorContext
from shekara.ui.editors.forms import ListEditor
from shekara.ui.editors.pickers import (
    SEARCH_ROLE,
    CheckpointInput,
    CountryInput,
    SubstanceInput,
    checkpoint_model,
    country_model,
    match_rank,
    substance_model,
)
from shekara.ui.editors.sections import route_editor
from tests.ui.editors.filling import fill, press

REF = load_default()


def ctx(lang: str = "lt", party: str = "KZ") -> EditorContext:
    return EditorContext(REF, lang, party)


def legs(route: ListEditor) -> list[str]:
    return [leg["country"] for leg in route.value()]


def test_route_legs_are_added_moved_and_removed(qtbot: Any) -> None:
    route = route_editor(ctx())
    qtbot.addWidget(route)
    route.show()
    for country in ("AFG", "KAZ", "LTU"):
        route.add_button.click()
        fill(route.entries[-1].editor.editor("country"), country)
    assert legs(route) == ["AFG", "KAZ", "LTU"]
    assert [e.title.text() for e in route.entries] == [
        "Leg 1 — origin", "Leg 2", "Leg 3 — destination"]
    route.entries[2].up.click()
    assert legs(route) == ["AFG", "LTU", "KAZ"]
    assert not route.entries[0].up.isEnabled() and not route.entries[2].down.isEnabled()
    route.entries[0].down.click()
    assert legs(route) == ["LTU", "AFG", "KAZ"]
    route.entries[1].remove.click()
    assert legs(route) == ["LTU", "KAZ"]
    assert route.entries[1].title.text() == "Leg 2 — destination"


def test_route_legs_move_from_the_keyboard(qtbot: Any) -> None:
    route = route_editor(ctx())
    qtbot.addWidget(route)
    route.show()
    route.activateWindow()
    route.set_value([{"country": c} for c in ("AFG", "UZB", "KAZ")])
    field = route.entries[2].editor.editor("place").focus_target()
    field.setFocus()
    press(field, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier
          | Qt.KeyboardModifier.ShiftModifier)
    assert legs(route) == ["AFG", "KAZ", "UZB"]
    moved = route.entries[1]
    press(moved.up, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier
          | Qt.KeyboardModifier.ShiftModifier)
    assert legs(route) == ["KAZ", "AFG", "UZB"]
    assert moved.up.accessibleName().startswith("Move up: Leg 1")
    assert moved.remove.accessibleName() == "Remove: Leg 1 — origin"


@pytest.mark.parametrize("make", [country_model, checkpoint_model, substance_model])
def test_picker_models_pass_the_model_tester(qtmodeltester: Any, make: Any) -> None:
    qtmodeltester.check(make(ctx("kk")))


def _completions(picker: Any, typed: str) -> list[str]:
    completer = picker.combo.completer()
    completer.setCompletionPrefix(typed)
    model = completer.completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_country_type_ahead_in_any_language_and_without_diacritics(qtbot: Any) -> None:
    picker = CountryInput(ctx("kk"))
    qtbot.addWidget(picker)
    for typed in ("литв", "Lietuv", "LTU", "lithuania"):
        shown = _completions(picker, typed)
        assert "Литва (LTU)" in shown, typed
    assert "Қазақстан (KAZ)" in _completions(picker, "kazach")  # "Kazachstanas", folded
    fill(picker, "LTU")
    assert picker.combo.currentText() == "Литва (LTU)" and picker.value() == "LTU"
    picker.combo.setEditText("ltu")
    assert picker.value() == "LTU"
    picker.combo.setEditText("zzz")
    assert picker.value() == "ZZZ"  # three letters: a code, for validation to refuse
    picker.combo.setEditText("")
    assert picker.value() is None


def test_checkpoints_are_the_posts_party_only(qtbot: Any) -> None:
    picker = CheckpointInput(ctx("lt", party="LT"))
    qtbot.addWidget(picker)
    codes = {picker.model.entry(r).code for r in range(picker.model.rowCount())}
    assert codes == {c for c, cp in REF.checkpoints.items() if cp.party == "LT"}
    medininkai = "LT-MEDININKAI-ROAD"
    assert any("Medinink" in s for s in _completions(picker, "medinink"))
    fill(picker, medininkai)
    assert picker.value() == medininkai


def test_substance_by_name_in_another_language_or_free_text(qtbot: Any) -> None:
    picker = SubstanceInput(ctx("lt"))
    qtbot.addWidget(picker)
    assert "heroinas" in _completions(picker, "героин")
    row = picker.model.row_of("heroin")
    assert "героин" in picker.model.index(row).data(SEARCH_ROLE)
    fill(picker, "heroin")
    assert picker.combo.currentText() == "heroinas" and picker.value() == "heroin"
    picker.combo.setEditText("Naujoji medžiaga X-7")
    assert picker.value() == "Naujoji medžiaga X-7"
    picker.combo.setEditText("")
    assert picker.value() == ""


def test_choosing_from_the_popup_puts_the_name_not_the_search_text(qtbot: Any) -> None:
    picker = CountryInput(ctx("lt"))
    qtbot.addWidget(picker)
    picker.show()
    completer = picker.combo.completer()
    completer.setCompletionPrefix("latv")
    index = completer.completionModel().index(0, 0)
    assert completer.pathFromIndex(index) == "Latvija (LVA)"
    QApplication.processEvents()


@pytest.mark.parametrize(("lang", "typed", "first", "later"), [
    ("en", "Russ", "RUS", "BRN"),  # Russian Federation before Brunei Darussalam
    ("ru", "рос", "RUS", None),
    ("lt", "lat", "LVA", None),
    ("en", "ltu", "LTU", None),  # the code first
])
def test_the_start_of_a_name_outranks_a_match_inside_one(
        qtbot: Any, lang: str, typed: str, first: str, later: str | None) -> None:
    picker = CountryInput(ctx(lang))
    qtbot.addWidget(picker)
    shown = _completions(picker, typed)
    codes = [picker.model.code_for_display(s) for s in shown]
    assert codes[0] == first, shown[:5]
    if later is not None:
        assert later in codes and codes.index(later) > codes.index(first)
    ranks = [match_rank(picker.model.entry(picker.model.row_of(c)), typed) for c in codes]
    assert ranks == sorted(ranks), "every better match is above every worse one"
