"""Rough edges of a shift (issue 10): a search hit on a record's second person shows that
person, "Last change" follows an approval, a new record's tab title follows the language,
Kind and citizenship columns fit their text in every language."""

from __future__ import annotations

from typing import Any

from shekara.ui.context import UiContext
from shekara.ui.main.record_list import COLUMN_WIDTHS, FIT_COLUMNS, FIT_SHARES
from shekara.ui.main.record_model import Column
from shekara.ui.main.window import MainWindow
from tests.cli.conftest import border_record
from tests.ui.conftest import OFFICER, SUPERVISOR, VaultFixture


def _three_persons() -> dict[str, Any]:
    record = border_record("Petrov", "Ivan", "RUS")
    first = record["persons"][0]
    record["persons"] = [first, {**first, "surname": "Sidorova", "given_names": "Anna"},
                         {**first, "surname": "Žukauskas", "given_names": "Tomas"}]
    return record


def test_a_hit_on_the_second_person_shows_that_person(vault: VaultFixture) -> None:
    with vault.session(OFFICER) as session:
        [record_id] = session.records.add([_three_persons()])
        assert session.records.listed(record_id).title == "Petrov Ivan +2"  # type: ignore[union-attr]
        [hit] = session.records.search("Sidorova")
        assert hit.id == record_id and hit.title == "Sidorova Anna +2"
        [hit] = session.records.search("zukausk")
        assert hit.title == "Žukauskas Tomas +2"
        [hit] = session.records.search("Petrov")
        assert hit.title == "Petrov Ivan +2"


def test_last_change_follows_an_approval(vault: VaultFixture) -> None:
    with vault.session(OFFICER) as officer:
        [record_id] = officer.records.add([border_record("Petrov", "Ivan", "LTU")])
        before = officer.records.listed(record_id)
    with vault.session(SUPERVISOR) as supervisor:
        approved = supervisor.records.approve(record_id)
        after = supervisor.records.listed(record_id)
    assert before is not None and after is not None and approved.approved_at
    assert after.status == "approved" and after.updated_at == approved.approved_at
    assert after.updated_at >= before.updated_at


def test_a_new_records_tab_title_follows_the_language(qtbot: Any, ui_context: UiContext,
                                                   vault: VaultFixture, catalogs: Any) -> None:
    session = vault.session(OFFICER)
    window = MainWindow(session, ui_context)
    qtbot.addWidget(window)
    page = window.editors.open_new("border_violation")
    assert page is not None
    index = window.tabs.indexOf(page)
    assert window.tabs.tabText(index).startswith("New: Violation")
    ui_context.translations.set_language("ru")
    qtbot.waitUntil(lambda: not window.tabs.tabText(index).startswith("New"), timeout=3000)
    assert window.tabs.tabToolTip(index).startswith("Нов")
    ui_context.translations.set_language("en")
    qtbot.waitUntil(lambda: window.tabs.tabText(index).startswith("New"), timeout=3000)


def test_kind_and_citizenship_fit_their_text(qtbot: Any, ui_context: UiContext,
                                             vault: VaultFixture, catalogs: Any) -> None:
    vault.add_samples(40)
    window = MainWindow(vault.session(SUPERVISOR), ui_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 40, timeout=10000)
    for lang in ("kk", "lt", "ru", "en"):
        ui_context.translations.set_language(lang)
        qtbot.wait(50)
        for column, share in zip(FIT_COLUMNS, FIT_SHARES, strict=True):
            needed = window.view.sizeHintForColumn(column)
            limit = int(window.view.viewport().width() * share)
            assert window.view.columnWidth(column) >= min(needed, limit), (lang, column)
        # the persons keep room whatever the window's width (issue 10, seen on screenshots)
        assert window.view.columnWidth(Column.SUMMARY) >= COLUMN_WIDTHS[Column.SUMMARY], lang
