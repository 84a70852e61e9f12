"""A picker's entries are built and folded once per list, reference data, language and Party
(issue 10: a record's form has a country picker per person and citizenship, and opening a
record rebuilt ~250 entries and folded every name for each one)."""

from __future__ import annotations

from typing import Any

from shekara.domain.reference import load_default
from shekara.ui.editors.context import EditorContext
from shekara.ui.editors.pickers import (
    CountryInput,
    PickerEntry,
    checkpoint_model,
    country_model,
    match_rank,
)

REF = load_default()


def test_pickers_of_one_context_share_their_entries(qtbot: Any) -> None:
    first, second = CountryInput(EditorContext(REF, "lt", "KZ")), \
        CountryInput(EditorContext(REF, "lt", "KZ"))
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    row = first.model.row_of("LTU")
    assert first.model.entry(row) is second.model.entry(second.model.row_of("LTU"))
    first.set_value("LTU")
    second.set_value("KAZ")  # each picker keeps its own value over the shared entries
    assert (first.value(), second.value()) == ("LTU", "KAZ")


def test_another_language_or_party_gets_its_own_entries() -> None:
    lt = country_model(EditorContext(REF, "lt", "KZ"))
    ru = country_model(EditorContext(REF, "ru", "KZ"))
    assert lt.entry(lt.row_of("LTU")).display == "Lietuva (LTU)"
    assert ru.entry(ru.row_of("LTU")).display.startswith("Литва")
    kz_points = checkpoint_model(EditorContext(REF, "en", "KZ"))
    lt_points = checkpoint_model(EditorContext(REF, "en", "LT"))
    kz_codes = {kz_points.entry(r).code for r in range(kz_points.rowCount())}
    lt_codes = {lt_points.entry(r).code for r in range(lt_points.rowCount())}
    assert kz_codes and lt_codes and not kz_codes & lt_codes


def test_ranks_from_the_folded_names_are_the_typed_ones() -> None:
    entry = PickerEntry("LTU", "Lithuania (LTU)", "LTU | Lithuania (LTU) | Lietuva | Литва")
    assert [match_rank(entry, t) for t in ("ltu", "lith", "LIETUV", "литв", "uva", "ania (")] \
        == [0, 1, 2, 2, 3, 3]
    assert match_rank(entry, "lietuvà") == 2  # typed with a diacritic, folded like the names
