"""Officers, change of passphrase, settings, audit log viewer, about, user guide."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from shekara.errors import PermissionDenied
from shekara.services.session import open_session
from shekara.ui.about.dialog import AboutDialog
from shekara.ui.about.guide import GuideDialog
from shekara.ui.audit.dialog import AuditDialog
from shekara.ui.audit.model import AuditFilter, AuditTableModel
from shekara.ui.context import UiContext
from shekara.ui.officers import dialog as officers_module
from shekara.ui.officers.dialog import OfficersDialog
from shekara.ui.officers.model import OfficerTableModel
from shekara.ui.officers.passphrase import ChangePassphraseDialog
from shekara.ui.settings.dialog import SettingsDialog
from shekara.ui.settings.vault_settings import read_settings
from shekara.vault import audit
from tests.cli.conftest import example_record
from tests.ui.conftest import OFFICER, OFFICER_PASS, SECOND, SUPERVISOR, VaultFixture

NEW_PASS = "Жаңа құпия сөйлем бес"


# --- officers ------------------------------------------------------------------------------
def test_officers_are_listed_and_the_model_passes(qtbot: Any, qtmodeltester: Any,
                                                  vault: VaultFixture) -> None:
    dialog = OfficersDialog(vault.session(SUPERVISOR))
    qtbot.addWidget(dialog)
    logins = [dialog.model.row_at(i).login  # type: ignore[union-attr]
              for i in range(dialog.model.rowCount())]
    assert logins == sorted([SUPERVISOR, SECOND, OFFICER])
    qtmodeltester.check(dialog.model)
    empty = OfficerTableModel(dialog.session.ref)
    qtmodeltester.check(empty)


def test_adding_an_officer(qtbot: Any, vault: VaultFixture) -> None:
    dialog = OfficersDialog(vault.session(SUPERVISOR))
    qtbot.addWidget(dialog)
    add = dialog.add_officer()
    ok = add.buttons.button(QDialogButtonBox.StandardButton.Ok)
    add.login_edit.setText("Bad Login")
    assert not ok.isEnabled() and "2 to 32" in add.problem.text()
    add.login_edit.setText("dana.m")
    add.role_combo.setCurrentIndex(add.role_combo.findData("officer"))
    add.pair.first.setText(NEW_PASS)
    add.pair.second.setText(NEW_PASS)
    assert ok.isEnabled()
    ok.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 4, timeout=10000)
    assert "dana.m" in dialog.status.text()
    open_session(vault.directory, "dana.m", NEW_PASS).close()


def test_a_refused_add_is_shown(qtbot: Any, vault: VaultFixture,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(officers_module, "show_error", lambda _p, err: shown.append(err))
    dialog = OfficersDialog(vault.session(SUPERVISOR))
    qtbot.addWidget(dialog)
    dialog._add(OFFICER, "officer", NEW_PASS)  # already there
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "already exists" in str(shown[0])
    assert dialog.add_button.isEnabled()


def test_removing_an_officer_asks_first(qtbot: Any, vault: VaultFixture,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    answers = [False, True]
    monkeypatch.setattr(officers_module, "confirm", lambda *_a: answers.pop(0))
    dialog = OfficersDialog(vault.session(SUPERVISOR))
    qtbot.addWidget(dialog)
    row = next(i for i in range(dialog.model.rowCount())
               if dialog.model.row_at(i).login == OFFICER)  # type: ignore[union-attr]
    dialog.view.selectRow(row)
    assert dialog.remove_button.isEnabled()
    dialog.remove_selected()
    assert dialog.model.rowCount() == 3  # said no
    dialog.remove_selected()
    assert dialog.model.rowCount() == 2
    from shekara.errors import AuthError

    with pytest.raises(AuthError):
        open_session(vault.directory, OFFICER, OFFICER_PASS)


def test_you_cannot_remove_yourself(qtbot: Any, vault: VaultFixture) -> None:
    dialog = OfficersDialog(vault.session(SUPERVISOR))
    qtbot.addWidget(dialog)
    row = next(i for i in range(dialog.model.rowCount())
               if dialog.model.row_at(i).login == SUPERVISOR)  # type: ignore[union-attr]
    dialog.view.selectRow(row)
    assert not dialog.remove_button.isEnabled()


def select_officer(dialog: OfficersDialog, login: str) -> None:
    dialog.view.selectRow(next(i for i in range(dialog.model.rowCount())
                               if dialog.model.row_at(i).login == login))  # type: ignore[union-attr]


def test_a_supervisor_sets_an_officers_printed_name(qtbot: Any, vault: VaultFixture) -> None:
    session = vault.session(SUPERVISOR)
    dialog = OfficersDialog(session)
    qtbot.addWidget(dialog)
    select_officer(dialog, OFFICER)
    assert dialog.profile_button.isEnabled()
    form = dialog.edit_profile()
    assert form is not None
    form.edits["full_name"].setText("  Нұрлан   Қасымов ")
    form.edits["rank"].setText("капитан")
    form.edits["position"].setText("Аға инспектор")
    form.edits["full_name_ru"].setText("Нурлан Касымов")
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "saved" in dialog.status.text(), timeout=10000)
    profile = session.officials.profile(OFFICER)
    assert profile.values["full_name"] == "Нұрлан   Қасымов"  # trimmed, as typed within
    assert profile.get("full_name", "ru") == "Нурлан Касымов"
    assert profile.values["position"] == "Аға инспектор"
    assert audit.entries(session.vault.conn, action="officer.edit")


def test_a_printed_name_with_a_control_character_is_refused_and_kept(
        qtbot: Any, vault: VaultFixture) -> None:
    from PySide6.QtWidgets import QMessageBox

    session = vault.session(SUPERVISOR)
    dialog = OfficersDialog(session)
    qtbot.addWidget(dialog)
    select_officer(dialog, OFFICER)
    form = dialog.edit_profile()
    assert form is not None
    form.edits["full_name"].setText("Нұрлан\u202eҚасымов")
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not form.busy and any(
        b.isVisible() for b in form.findChildren(QMessageBox, "errorBox")), timeout=10000)
    assert form.isVisible() and "\u202e" in form.edits["full_name"].text()
    assert session.officials.profile(OFFICER).values["full_name"] == ""
    box = next(b for b in form.findChildren(QMessageBox, "errorBox") if b.isVisible())
    # The field as the form names it, never its key.
    assert "Full name" in box.text() and "full_name" not in box.text(), box.text()
    box.accept()
    form.edits["full_name"].setText("Нұрлан Қасымов")
    form.edits["rank_ru"].setText("капитан\u200b")
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not form.busy and any(
        b.isVisible() for b in form.findChildren(QMessageBox, "errorBox")), timeout=10000)
    box = next(b for b in form.findChildren(QMessageBox, "errorBox") if b.isVisible())
    assert "Rank in Russian" in box.text() and "rank_ru" not in box.text(), box.text()
    assert form.focusWidget() is form.edits["rank_ru"]


def test_an_officer_cannot_set_printed_names(qtbot: Any, vault: VaultFixture) -> None:
    dialog = OfficersDialog(vault.session(OFFICER))
    qtbot.addWidget(dialog)
    select_officer(dialog, OFFICER)
    assert not dialog.profile_button.isEnabled()


def test_changing_ones_own_passphrase(qtbot: Any, vault: VaultFixture) -> None:
    dialog = ChangePassphraseDialog(vault.session(OFFICER))
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.pair.first.setText(NEW_PASS)
    dialog.pair.second.setText(NEW_PASS)
    assert not ok.isEnabled()  # the current passphrase is needed
    dialog.current_edit.setText("not my passphrase")
    ok.click()
    qtbot.waitUntil(lambda: "Wrong officer name or passphrase" in dialog.message.text(),
                    timeout=10000)
    assert dialog.isVisible()
    dialog.current_edit.setText(OFFICER_PASS)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        ok.click()
    open_session(vault.directory, OFFICER, NEW_PASS).close()


# --- settings ------------------------------------------------------------------------------
def test_settings_change_the_idle_lock_audited(qtbot: Any, ui_context: UiContext,
                                               vault: VaultFixture) -> None:
    session = vault.session(SUPERVISOR)
    dialog = SettingsDialog(session, ui_context)
    qtbot.addWidget(dialog)
    assert dialog.idle_spin.value() == 5 and dialog.idle_spin.isEnabled()
    assert dialog.four_eyes_check.isChecked() and dialog.four_eyes_check.isEnabled()
    assert "cannot approve" in dialog.four_eyes_note.text()
    dialog.idle_spin.setValue(12)
    with qtbot.waitSignal(dialog.idle_minutes_changed, timeout=2000) as blocker:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert blocker.args == [12]
    assert read_settings(session).idle_lock_minutes == 12
    entries = audit.entries(session.vault.conn, action="settings.change")
    assert entries and entries[-1].detail == {"idle_lock_minutes": "12"}


def test_an_officer_sees_the_idle_lock_but_cannot_change_it(qtbot: Any, ui_context: UiContext,
                                                            vault: VaultFixture) -> None:
    dialog = SettingsDialog(vault.session(OFFICER), ui_context)
    qtbot.addWidget(dialog)
    assert not dialog.idle_spin.isEnabled() and not dialog.four_eyes_check.isEnabled()
    assert dialog.four_eyes_check.isChecked()  # shown as it is
    assert "Only a supervisor" in dialog.note.text()


def test_four_eyes_is_switched_off_only_after_asking_and_on_again_at_once(
        qtbot: Any, ui_context: UiContext, vault: VaultFixture) -> None:
    from PySide6.QtWidgets import QMessageBox

    session = vault.session(SUPERVISOR)
    [own] = session.records.add([example_record()])  # the supervisor's own draft

    def settings() -> SettingsDialog:
        dialog = SettingsDialog(session, ui_context)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    def ok(dialog: SettingsDialog) -> None:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def changes() -> list[dict[str, Any]]:
        return [e.detail for e in audit.entries(session.vault.conn, action="settings.change")]

    dialog = settings()
    dialog.four_eyes_check.setChecked(False)
    assert "may approve their own" in dialog.four_eyes_note.text()
    ok(dialog)
    box = dialog.confirm_box
    assert box.defaultButton() == box.button(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.No).click()
    assert dialog.isVisible() and read_settings(session).four_eyes and changes() == []
    with pytest.raises(PermissionDenied):
        session.records.approve(own)  # still refused

    ok(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        dialog.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert not read_settings(session).four_eyes
    assert changes() == [{"four_eyes": "0"}]
    session.records.approve(own)  # the service follows the setting

    dialog = settings()
    assert not dialog.four_eyes_check.isChecked()
    dialog.four_eyes_check.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        ok(dialog)  # switching on asks nothing
    assert read_settings(session).four_eyes
    assert changes() == [{"four_eyes": "0"}, {"four_eyes": "1"}]


def test_settings_switch_the_language_at_once(qtbot: Any, ui_context: UiContext,
                                              vault: VaultFixture) -> None:
    dialog = SettingsDialog(vault.session(OFFICER), ui_context)
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("lt"))
    assert ui_context.translations.language == "lt" and ui_context.prefs.language == "lt"


# --- audit ---------------------------------------------------------------------------------
def test_audit_viewer_filters_and_the_model_passes(qtbot: Any, qtmodeltester: Any,
                                                   vault: VaultFixture) -> None:
    vault.add_samples(5)
    dialog = AuditDialog(vault.session(SUPERVISOR))
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    total = dialog.model.rowCount()
    assert total == 8  # vault created, 2 officers added, 5 records created
    dialog.action_combo.setCurrentIndex(dialog.action_combo.findData("record.create"))
    assert dialog.model.rowCount() == 5
    assert all(dialog.model.row_at(i).action == "record.create"  # type: ignore[union-attr]
               for i in range(5))
    assert dialog.model.data(dialog.model.index(0, 3)) == "Record created"
    dialog.action_combo.setCurrentIndex(0)
    dialog.officer_edit.setText(SUPERVISOR)
    dialog.apply_filters()
    assert all(dialog.model.row_at(i).officer == SUPERVISOR  # type: ignore[union-attr]
               for i in range(dialog.model.rowCount()))
    qtmodeltester.check(dialog.model)


def test_audit_model_pages(qtmodeltester: Any) -> None:
    from shekara.vault.audit import AuditEntry

    entries = [AuditEntry(i, "2026-11-01T10:00:00+00:00", "a.b", "record.view", None, None,
                          {"n": i}, "0" * 64, "1" * 64) for i in range(1, 1201)]
    model = AuditTableModel()
    model.set_reader(lambda _f, limit, offset: entries[offset:offset + limit])
    assert model.rowCount() == 500 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 1200 and not model.canFetchMore()
    qtmodeltester.check(model)
    seen: list[AuditFilter] = []
    other = AuditTableModel()
    other.set_reader(lambda f, limit, offset: seen.append(f) or entries[offset:offset + 3])
    other.set_filter(AuditFilter(action="record.view"))
    assert seen[-1].action == "record.view" and other.rowCount() == 3
    other.clear()
    assert other.rowCount() == 0 and not other.canFetchMore()
    qtmodeltester.check(other)


def test_verify_chain_reports_intact(qtbot: Any, vault: VaultFixture) -> None:
    dialog = AuditDialog(vault.session(SUPERVISOR))
    qtbot.addWidget(dialog)
    dialog.verify_chain()
    qtbot.waitUntil(lambda: dialog.verdict is not None, timeout=10000)
    assert dialog.verdict is not None and dialog.verdict.ok
    assert "intact" in dialog.verdict_label.text()


def test_verify_chain_reports_a_break(qtbot: Any, vault: VaultFixture) -> None:
    from shekara.messages import Message
    from shekara.vault.audit import ChainVerdict

    dialog = AuditDialog(vault.session(SUPERVISOR))
    qtbot.addWidget(dialog)
    dialog._verified(ChainVerdict(False, 7, 7, "ab" * 32, 5,
                                  Message("audit.entry_altered", "entry {entry} was altered",
                                          {"entry": 5})))
    text = dialog.verdict_label.text()
    assert "BROKEN" in text and "No. 5" in text and "entry 5 was altered" in text


# --- about and guide -----------------------------------------------------------------------
def test_about_shows_versions_and_fingerprints(qtbot: Any, vault: VaultFixture) -> None:
    from shekara.services import keys

    session = vault.session(SUPERVISOR)
    keys.create_own_keys(session.vault)
    dialog = AboutDialog(session)
    qtbot.addWidget(dialog)
    texts = {name.text(): value.text() for name, value in dialog.rows}
    assert texts["SQLCipher:"][0].isdigit()
    assert texts["Our key:"] == keys.own_keys(session.vault).public.fingerprint()
    assert texts["HQ's key:"] == "none yet"
    assert "Shekara 0." in dialog.heading.text()


def test_guide_lists_the_keys(qtbot: Any) -> None:
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "Ctrl+L" in text and "Ctrl+N" in text and "lock the vault" in text
