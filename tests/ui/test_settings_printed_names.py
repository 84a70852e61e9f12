"""Admin > Settings…: the installation's names printed on documents (the letterhead), set by a
supervisor in the window through the service the command uses, read-only for officers, a
refused value kept in its field with the reason under it; a document printed afterwards from the
window carries them, read back from the PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from shekara.errors import StateError
from shekara.services.officials import OfficialsService
from shekara.services.session import Session
from shekara.ui.context import UiContext
from shekara.ui.reports import ReportPreviewDialog, open_incident_report
from shekara.ui.settings.dialog import SettingsDialog
from shekara.ui.settings.vault_settings import read_settings
from shekara.vault import audit
from tests.cli.conftest import example_record
from tests.reports.pdfcheck import flat, text
from tests.ui.conftest import OFFICER, SECOND, SUPERVISOR, VaultFixture, shown_error_box

NAMES = {"authority_name": "ҚР ҰҚК Шекара қызметі",
         "authority_name_ru": "Пограничная служба КНБ РК",
         "unit_name": "«Нұр жолы» өткізу пункті",
         "unit_name_ru": "Пункт пропуска «Нур Жолы»"}


def settings(qtbot: Any, session: Session, ui_context: UiContext) -> SettingsDialog:
    dialog = SettingsDialog(session, ui_context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    return dialog


def ok(dialog: SettingsDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def changes(session: Session) -> list[dict[str, Any]]:
    return [e.detail for e in audit.entries(session.vault.conn, action="settings.change")]


def printed_incident(qtbot: Any, session: Session, record_id: str, out: Path) -> str:
    """The incident report as the window previews and saves it, as text."""
    parent = QWidget()
    qtbot.addWidget(parent)
    found: list[ReportPreviewDialog] = []
    open_incident_report(parent, session, record_id, lang="kk", on_shown=found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=20_000)
    preview = found[0]
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready)
    assert preview.save_to(out) == out
    preview.close()
    return flat(text(out.read_bytes()))


def test_a_supervisor_sets_the_letterhead_and_the_documents_print_it(
        qtbot: Any, ui_context: UiContext, vault: VaultFixture, tmp_path: Path) -> None:
    session = vault.session(SUPERVISOR)
    [record_id] = session.records.add([example_record()])
    before = printed_incident(qtbot, session, record_id, tmp_path / "before.pdf")
    assert flat(NAMES["authority_name"]) not in before

    dialog = settings(qtbot, session, ui_context)
    box = dialog.names_box
    assert all(edit.text() == "" and not edit.isReadOnly() for edit in box.edits.values())
    assert box.labels["authority_name"].text() == "&Authority (in Kazakh):"  # a KZ post
    for key, value in NAMES.items():
        box.edits[key].insert(value)  # as typed or pasted (QTest types Latin-1 only)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        ok(dialog)

    assert session.officials.names().values == NAMES
    assert changes(session) == [NAMES]  # one entry, the keys with their values
    after = printed_incident(qtbot, session, record_id, tmp_path / "after.pdf")
    for value in NAMES.values():  # the state language and the Russian form: kk + ru
        assert flat(value) in after, value

    # Opened again: the names as saved; OK without a change writes and logs nothing.
    dialog = settings(qtbot, session, ui_context)
    assert {k: e.text() for k, e in dialog.names_box.edits.items()} == NAMES
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        ok(dialog)
    assert changes(session) == [NAMES]


def test_clearing_a_russian_form_prints_the_state_language_one(
        qtbot: Any, ui_context: UiContext, vault: VaultFixture) -> None:
    session = vault.session(SUPERVISOR)
    session.officials.set_names(NAMES)
    dialog = settings(qtbot, session, ui_context)
    dialog.names_box.edits["unit_name_ru"].clear()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        ok(dialog)
    names = session.officials.names()
    assert names.values["unit_name_ru"] == "" and names.get("unit_name", "ru") == NAMES["unit_name"]
    assert changes(session)[-1] == {"unit_name_ru": ""}


def test_only_the_fields_edited_are_written(qtbot: Any, ui_context: UiContext,
                                           vault: VaultFixture) -> None:
    """A name another supervisor changed while the dialog was open is not put back."""
    session = vault.session(SUPERVISOR)
    dialog = settings(qtbot, session, ui_context)
    vault.session(SECOND).officials.set_names({"unit_name": NAMES["unit_name"]})
    dialog.names_box.edits["authority_name"].insert(NAMES["authority_name"])
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        ok(dialog)
    assert session.officials.names().values == {
        **dict.fromkeys(NAMES, ""), "authority_name": NAMES["authority_name"],
        "unit_name": NAMES["unit_name"]}
    assert changes(session)[-1] == {"authority_name": NAMES["authority_name"]}


def test_a_lithuanian_installation_names_its_state_language(
        qtbot: Any, ui_context: UiContext, tmp_path: Path) -> None:
    from shekara.vault.vault import Vault

    hq, _ = Vault.create(tmp_path / "hq", mode="hq", party="LT", post_code="HQ-LT",
                         officer="rasa.p", passphrase="lt-hq-passphrase-1")
    with Session(hq) as session:
        dialog = settings(qtbot, session, ui_context)  # held: qtbot holds widgets weakly
        box = dialog.names_box
        assert box.field_name("authority_name") == "Authority (in Lithuanian)"
        assert box.field_name("unit_name") == "Unit (in Lithuanian)"
        assert not box.edits["unit_name"].isReadOnly()


def test_an_officer_sees_the_names_read_only(qtbot: Any, ui_context: UiContext,
                                             vault: VaultFixture) -> None:
    vault.session(SUPERVISOR).officials.set_names(NAMES)
    session = vault.session(OFFICER)
    dialog = settings(qtbot, session, ui_context)
    box = dialog.names_box
    assert {key: edit.text() for key, edit in box.edits.items()} == NAMES
    assert all(edit.isReadOnly() for edit in box.edits.values())
    qtbot.keyClicks(box.edits["unit_name"], "x")  # read-only: typing changes nothing
    assert box.edits["unit_name"].text() == NAMES["unit_name"]
    assert "Only a supervisor" in dialog.note.text() and "names printed" in dialog.note.text()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        ok(dialog)
    assert changes(session) == [NAMES]  # the supervisor's, nothing more


@pytest.mark.parametrize(("bad", "reason"), [
    ("Пункт\x07пропуска", "holds a control or invisible character"),
    ("Пункт\u202eпропуска", "holds a control or invisible character"),
    ("П" * 201, "is longer than 200 characters"),
    ("    ", "has nothing visible in it"),
    ("\u00a0\u3000", "has nothing visible in it"),  # no-break and ideographic spaces
    ("\u0301\u0301", "has nothing visible in it"),  # combining marks alone
])
def test_a_refused_name_is_shown_under_its_field_and_nothing_is_saved(
        qtbot: Any, ui_context: UiContext, vault: VaultFixture, bad: str, reason: str) -> None:
    session = vault.session(SUPERVISOR)
    dialog = settings(qtbot, session, ui_context)
    box = dialog.names_box
    box.edits["authority_name"].setText(NAMES["authority_name"])  # a good one beside it
    box.edits["unit_name_ru"].setText(bad)
    dialog.idle_spin.setValue(17)  # not saved either: a refusal leaves every setting as it was
    ok(dialog)

    assert dialog.isVisible() and dialog.result() == 0
    assert box.edits["unit_name_ru"].text() == bad  # nothing lost, not even cut at 200
    error = box.errors["unit_name_ru"]
    assert error.isVisible() and error.text() == f"Unit (in Russian) {reason}"
    assert box.edits["unit_name_ru"].accessibleDescription() == error.text()
    assert dialog.focusWidget() is box.edits["unit_name_ru"]
    assert not any(box.errors[key].isVisible() for key in box.errors if key != "unit_name_ru")
    assert session.officials.names().values == dict.fromkeys(NAMES, "")
    assert read_settings(session).idle_lock_minutes == 5 and changes(session) == []

    # Corrected: the reason goes as the field is edited, and everything is saved.
    box.edits["unit_name_ru"].selectAll()
    box.edits["unit_name_ru"].insert(NAMES["unit_name_ru"])
    assert not error.isVisible() and box.edits["unit_name_ru"].accessibleDescription() == ""
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        ok(dialog)
    assert session.officials.names().values["unit_name_ru"] == NAMES["unit_name_ru"]
    assert read_settings(session).idle_lock_minutes == 17


def test_every_refused_field_says_why_and_the_first_has_the_focus(
        qtbot: Any, ui_context: UiContext, vault: VaultFixture) -> None:
    session = vault.session(SUPERVISOR)
    dialog = settings(qtbot, session, ui_context)
    box = dialog.names_box
    box.edits["authority_name_ru"].setText("x\u200b")
    box.edits["unit_name"].setText("y" * 300)
    ok(dialog)
    assert box.refusals() == {
        "authority_name_ru": "Authority (in Russian) holds a control or invisible character",
        "unit_name": "Unit (in Kazakh) is longer than 200 characters"}
    assert dialog.focusWidget() is box.edits["authority_name_ru"]
    assert dialog.isVisible() and changes(session) == []


def test_the_reason_is_in_the_windows_language(qtbot: Any, ui_context: UiContext,
                                               catalogs: Path, vault: VaultFixture) -> None:
    session = vault.session(SUPERVISOR)
    dialog = settings(qtbot, session, ui_context)
    box = dialog.names_box
    box.edits["authority_name"].setText("x\u202e")
    ok(dialog)
    ui_context.set_language("ru")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Настройки", timeout=3000)
    assert box.labels["authority_name"].text() == "&Орган (на казахском):"
    assert box.errors["authority_name"].text() == \
        "Орган (на казахском) содержит управляющий или невидимый символ"


def test_a_refusal_about_no_field_is_shown_in_a_box_and_the_dialog_stays(
        qtbot: Any, ui_context: UiContext, vault: VaultFixture,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever else the service refuses (here: the vault changed under the dialog) goes to
    the error box; what was typed stays."""
    def refused(self: OfficialsService, changes: object) -> None:
        raise StateError("vault.locked", "the vault is locked")

    session = vault.session(SUPERVISOR)
    dialog = settings(qtbot, session, ui_context)
    dialog.names_box.edits["unit_name"].setText(NAMES["unit_name"])
    monkeypatch.setattr(OfficialsService, "set_names", refused)
    ok(dialog)
    box = shown_error_box(qtbot, dialog)
    assert "locked" in box.text()
    assert dialog.isVisible() and dialog.names_box.edits["unit_name"].text() == NAMES["unit_name"]
    assert not any(error.isVisible() for error in dialog.names_box.errors.values())


def test_the_names_are_reached_by_keyboard(qtbot: Any, ui_context: UiContext,
                                           vault: VaultFixture) -> None:
    dialog = settings(qtbot, vault.session(SUPERVISOR), ui_context)
    box = dialog.names_box
    for key, letter in (("authority_name", Qt.Key.Key_A), ("authority_name_ru", Qt.Key.Key_T),
                        ("unit_name", Qt.Key.Key_U), ("unit_name_ru", Qt.Key.Key_N)):
        qtbot.keyClick(dialog, letter, Qt.KeyboardModifier.AltModifier)
        assert dialog.focusWidget() is box.edits[key], key
        assert box.edits[key].accessibleName() == box.field_name(key)
    assert box.edits["unit_name_ru"].accessibleName() == "Unit (in Russian)"
