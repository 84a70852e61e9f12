"""The main window: list, filters, search as you type, editors in tabs, menus, clearing."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from shekara.ui.context import UiContext
from shekara.ui.main.window import MainWindow
from shekara.ui.widgets.kind_chooser import NewRecordDialog
from tests.ui.conftest import OFFICER, POST, SUPERVISOR, VaultFixture


@pytest.fixture
def window(qtbot: Any, ui_context: UiContext, vault: VaultFixture) -> MainWindow:
    vault.add_samples(240)
    session = vault.session(SUPERVISOR)
    main = MainWindow(session, ui_context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.model.total == 240, timeout=10000)
    return main


def test_title_names_the_program_post_and_officer(window: MainWindow) -> None:
    title = window.windowTitle()
    assert "Shekara" in title and POST in title and SUPERVISOR in title


def test_the_list_shows_the_first_page_and_counts(window: MainWindow) -> None:
    assert window.model.rowCount() == 200
    assert window.count_label.text() == "200 of 240 records loaded"
    assert SUPERVISOR in window.who_label.text()


def test_a_filter_narrows_the_list(qtbot: Any, window: MainWindow) -> None:
    session = window.session
    combo = window.filter_bar.kind_combo
    combo.setCurrentIndex(combo.findData("drug_intel"))
    from shekara.vault.records import RecordFilter

    expected = session.records.count(RecordFilter(kinds=("drug_intel",)))
    qtbot.waitUntil(lambda: window.model.total == expected, timeout=10000)
    assert all(window.model.row_at(i).kind == "drug_intel"  # type: ignore[union-attr]
               for i in range(window.model.rowCount()))
    window.filter_bar.qualifies_check.setChecked(True)
    expected = session.records.count(RecordFilter(kinds=("drug_intel",), qualifies=True))
    qtbot.waitUntil(lambda: window.model.total == expected, timeout=10000)
    window.clear_filters()
    qtbot.waitUntil(lambda: window.model.total == 240, timeout=10000)


def test_citizenship_filter_types_ahead_in_the_ui_language(qtbot: Any,
                                                           window: MainWindow) -> None:
    picker = window.filter_bar.country_picker
    picker.setFocus()
    picker.setEditText("Lithuan")
    picker.lineEdit().editingFinished.emit()  # type: ignore[union-attr]
    assert picker.code() == "LTU"
    qtbot.waitUntil(lambda: window.model.filter.citizenship == "LTU", timeout=5000)
    picker.setEditText("uzb")
    picker.lineEdit().editingFinished.emit()  # type: ignore[union-attr]
    assert picker.code() == "UZB"
    picker.setEditText("no such country")
    picker.lineEdit().editingFinished.emit()  # type: ignore[union-attr]
    assert picker.code() == "UZB"  # nonsense does not change the choice


def test_search_runs_as_you_type_and_empty_goes_back(qtbot: Any, window: MainWindow) -> None:
    first = window.model.row_at(0)
    assert first is not None
    word = first.title.split()[0][:4]
    window.search_edit.setText(word)
    qtbot.waitUntil(lambda: window.model.searching, timeout=5000)
    assert window.model.total and window.model.total > 0
    assert "found" in window.count_label.text()
    assert window.last_search_ms > 0
    window.search_edit.clear()
    qtbot.waitUntil(lambda: not window.model.searching and window.model.total == 240,
                    timeout=5000)


def test_a_search_with_no_match_says_none(qtbot: Any, window: MainWindow) -> None:
    window.search_edit.setText("zzqqjjwwyy")
    qtbot.waitUntil(lambda: window.model.searching, timeout=5000)
    assert window.model.rowCount() == 0
    assert window.count_label.text() == "0 record(s) found" or "0 records" in \
        window.count_label.text()


def test_find_shortcut_focuses_search(qtbot: Any, window: MainWindow) -> None:
    window.activateWindow()
    window.view.setFocus()
    window.act_find.trigger()
    assert window.search_edit.hasFocus() or window.focusWidget() is window.search_edit


def test_new_record_asks_the_kind_then_opens_an_editor(qtbot: Any, window: MainWindow) -> None:
    window.act_new.trigger()
    chooser = next(d for d in window.open_dialogs() if isinstance(d, NewRecordDialog))
    chooser.chooser.kinds.setCurrentRow(3)
    assert chooser.kind() == "drug_intel"
    chooser.accept()
    qtbot.waitUntil(lambda: window.tabs.count() == 2, timeout=5000)
    assert window.tabs.currentIndex() == 1
    page = window.tabs.widget(1)
    assert type(page).__name__ == "RecordEditorPage"


def test_activating_a_row_opens_that_record_once(qtbot: Any, window: MainWindow) -> None:
    index = window.model.index(0, 0)
    window.view.setCurrentIndex(index)
    window.act_open.trigger()
    qtbot.waitUntil(lambda: window.tabs.count() == 2, timeout=5000)
    window.tabs.setCurrentIndex(0)
    window.view.activated.emit(index)
    assert window.tabs.count() == 2 and window.tabs.currentIndex() == 1


def test_clear_for_lock_empties_everything(qtbot: Any, window: MainWindow) -> None:
    window.act_new.trigger()
    chooser = next(d for d in window.open_dialogs() if isinstance(d, NewRecordDialog))
    chooser.accept()
    qtbot.waitUntil(lambda: window.tabs.count() == 2, timeout=5000)
    window.open_about()
    window.search_edit.setText("something")
    window.clear_for_lock()
    assert window.model.rowCount() == 0 and window.tabs.count() == 1
    assert window.open_dialogs() == [] and window.search_edit.text() == ""


def test_supervisor_only_menus(qtbot: Any, ui_context: UiContext, vault: VaultFixture) -> None:
    main = MainWindow(vault.session(OFFICER), ui_context)
    qtbot.addWidget(main)
    assert not main.act_officers.isEnabled() and not main.act_audit.isEnabled()
    assert main.open_officers() is None and main.open_audit() is None
    assert main.act_settings.isEnabled() and main.act_passphrase.isEnabled()
    export, ack, refdata = main.post_actions
    assert not export.isEnabled() and ack.isEnabled()  # any officer takes HQ's ack
    assert not refdata.isEnabled()  # reference data is a supervisor's to take
    assert export.statusTip() == refdata.statusTip() == "Only a supervisor can open this"
    assert main.act_outbox.isEnabled()  # every officer sees the outbox (writing is inside)
    # Admin > Retention…: listed in the Admin menu, disabled and saying why
    assert main.act_retention in main.menu_admin.actions()
    assert not main.act_retention.isEnabled() and main.open_retention() is None
    assert main.act_retention.statusTip() == "Only a supervisor can open this"


def test_post_menu_opens_the_packet_screens(qtbot: Any, window: MainWindow) -> None:
    from shekara.ui.export import ExportWizard

    titles = [a.text() for a in window.menu_post.actions() if not a.isSeparator()]
    # Export, the outbox right after it, the acknowledgement and reference data, then
    # looking at a file
    assert titles == ["&Export packet to a stick…", window.act_outbox.text(),
                      "&Import acknowledgement…", "Import &reference data from HQ…",
                      "Inspect a packet &file…"]
    assert window.menu_post.actions()[1] is window.act_outbox
    assert window.post_actions[0].isEnabled()
    window.post_actions[0].trigger()
    assert any(isinstance(d, ExportWizard) for d in window.open_dialogs())
    window.post_actions[0].trigger()  # once only
    assert sum(isinstance(d, ExportWizard) for d in window.open_dialogs()) == 1


def test_zoom_changes_the_font_and_is_remembered(qtbot: Any, window: MainWindow,
                                                 qapp: Any) -> None:
    before = qapp.font().pointSizeF()
    window.act_zoom_in.trigger()
    assert qapp.font().pointSizeF() > before
    assert window.context.prefs.font_scale > 1.0
    window.act_zoom_reset.trigger()
    assert abs(qapp.font().pointSizeF() - 10.0) < 0.01


def test_standard_shortcuts(window: MainWindow) -> None:
    assert window.act_lock.shortcut().toString() == "Ctrl+L"
    assert window.act_new.shortcut().toString() == "Ctrl+N"
    assert window.act_find.shortcut().toString() == "Ctrl+F"
    assert window.act_quit.shortcut().toString() == "Ctrl+Q"
    assert window.view.selectionBehavior() == window.view.SelectionBehavior.SelectRows
    assert window.search_edit.accessibleName()
    assert Qt.Key.Key_F5 in [window.act_refresh.shortcut()[0].key()]


def test_a_new_records_tab_is_retitled_on_save_and_on_a_language_switch(
        qtbot: Any, ui_context: UiContext, vault: VaultFixture, catalogs: Any) -> None:
    from datetime import datetime

    from tests.cli.conftest import border_record
    from tests.ui.editors.filling import fill, press

    main = MainWindow(vault.session(OFFICER), ui_context)
    qtbot.addWidget(main)
    main.show()
    page = main.editors.open_new("border_violation")
    assert page is not None
    assert main.tabs.tabText(main.tabs.indexOf(page)).startswith("New: ")
    record = border_record("Žukauskas", "Tomas", "LTU",
                           occurred_at=datetime.now().strftime("%Y-%m-%dT%H:%M"))
    assert page.form is not None
    fill(page.form, record)
    saved: list[str] = []
    page.saved.connect(saved.append)
    main.activateWindow()
    page.form.focus_target().setFocus()
    press(page.form.focus_target(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved, page.issues
    assert "Žukauskas" in main.tabs.tabText(main.tabs.indexOf(page))

    other = main.editors.open_new("drug_intel")
    assert other is not None
    index = main.tabs.indexOf(other)
    ui_context.set_language("ru")
    qtbot.waitUntil(lambda: main.tabs.tabText(index).startswith("Новая: "), timeout=3000)
    assert "Žukauskas" in main.tabs.tabText(main.tabs.indexOf(page))  # names stay as written
    ui_context.set_language("en")
    qtbot.waitUntil(lambda: main.tabs.tabText(index).startswith("New: "), timeout=3000)


def test_spare_width_goes_to_the_persons_not_to_last_change(window: MainWindow) -> None:
    from shekara.ui.main.record_model import Column

    window.show()
    window.resize(1600, 800)
    header = window.view.horizontalHeader()
    assert not header.stretchLastSection()
    assert window.view.columnWidth(Column.UPDATED) <= 140
    assert window.view.columnWidth(Column.KIND) >= 240
    # the persons take what the other columns leave, and keep their room in a narrow window
    view = window.view
    used = sum(view.columnWidth(c) for c in Column if not view.isColumnHidden(c))
    assert abs(used - view.viewport().width()) <= 2 or \
        view.columnWidth(Column.SUMMARY) == 220
    window.resize(700, 500)
    assert view.columnWidth(Column.SUMMARY) >= 220


def test_a_new_post_is_told_its_first_steps(qtbot: Any, ui_context: UiContext,
                                            vault: VaultFixture) -> None:
    from shekara.ui.officers.dialog import OfficersDialog

    main = MainWindow(vault.session(SUPERVISOR), ui_context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.model.total == 0, timeout=5000)
    qtbot.waitUntil(main.first_steps.isVisible, timeout=3000)
    assert "second supervisor" in main.first_steps_text.text()
    main.first_steps_officers.click()
    assert any(isinstance(d, OfficersDialog) for d in main.open_dialogs())

    officer = MainWindow(vault.session(OFFICER), ui_context)  # not an officer's business
    qtbot.addWidget(officer)
    officer.show()
    qtbot.waitUntil(lambda: officer.model.total == 0, timeout=5000)
    assert not officer.first_steps.isVisible()


def test_the_first_steps_go_once_there_are_records(qtbot: Any, window: MainWindow) -> None:
    assert window.model.total == 240 and not window.first_steps.isVisible()
