"""Recovery key… on the unlock screen: a forgotten passphrase set with the vault's recovery key,
as `shekara recover LOGIN` does — on a real vault, with real key derivations."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

import pytest

from shekara.services.session import open_session
from shekara.ui.context import UiContext
from shekara.ui.unlock.recover_dialog import RecoverPassphraseDialog
from shekara.ui.unlock.window import UnlockWindow
from shekara.vault import audit
from shekara.vault.keyslots import SLOT_FILE, format_recovery_key
from shekara.vault.vault import Vault
from tests.ui.conftest import OFFICER, OFFICER_PASS, SUPERVISOR, SUPERVISOR_PASS, VaultFixture

NEW_PASS = "снег-над-хоргосом-42"


def _dialog(qtbot: Any, vault: VaultFixture, login: str = OFFICER) -> RecoverPassphraseDialog:
    dialog = RecoverPassphraseDialog(vault.directory, login)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill(dialog: RecoverPassphraseDialog, key: str, new: str = NEW_PASS) -> None:
    dialog.key_edit.setText(key)
    dialog.pair.first.setText(new)
    dialog.pair.second.setText(new)


def _slots(vault: VaultFixture) -> bytes:
    return (vault.directory / SLOT_FILE).read_bytes()


def _mistype(key: str, group: int) -> str:
    """`key` with one letter of group `group` (1-based) changed: its check letter then fails."""
    groups = key.split("-")
    first = groups[group - 1][0]
    groups[group - 1] = ("B" if first != "B" else "C") + groups[group - 1][1:]
    return "-".join(groups)


def test_the_unlock_screen_sets_a_forgotten_passphrase_then_unlocks_with_it(
        qtbot: Any, ui_context: UiContext, vault: VaultFixture) -> None:
    window = UnlockWindow(ui_context)
    qtbot.addWidget(window)
    window.show()
    assert window.recover_button.isVisible() and window.recover_button.text() == "Recovery &key…"
    window.login_edit.setText(OFFICER)
    dialog = window.open_recover()
    assert isinstance(dialog, RecoverPassphraseDialog)
    assert dialog.login_edit.text() == OFFICER  # the login typed on the unlock screen
    _fill(dialog, vault.recovery_key.lower())  # as typed from paper, in any case
    assert dialog.set_button.isEnabled()
    with qtbot.waitSignal(dialog.recovered, timeout=20000) as blocker:
        dialog.set_button.click()
    assert blocker.args == [OFFICER]
    assert window.login_edit.text() == OFFICER
    assert f"The passphrase of {OFFICER} was set" in window.message_label.text()
    with qtbot.waitSignal(window.unlocked, timeout=20000) as opened:
        window.pass_edit.setText(NEW_PASS)
        window.unlock_button.click()
    session = opened.args[0]
    try:
        assert session.vault.officer == OFFICER
        entries = audit.entries(session.vault.conn, action="officer.passphrase")
        assert [(e.officer, e.detail) for e in entries] == [("recovery", {"login": OFFICER})]
    finally:
        session.close()
    # The old passphrase no longer opens; the other officers' still do.
    for login, passphrase, opens in ((OFFICER, OFFICER_PASS, False),
                                     (SUPERVISOR, SUPERVISOR_PASS, True)):
        try:
            Vault.open(vault.directory, login, passphrase).lock()
            assert opens
        except Exception:
            assert not opens


def test_the_key_is_checked_group_by_group_before_any_derivation(
        qtbot: Any, vault: VaultFixture) -> None:
    dialog = _dialog(qtbot, vault)
    before = _slots(vault)
    _fill(dialog, vault.recovery_key[:23])
    assert "(20 of 65 typed)" in dialog.key_state.text()
    assert not dialog.set_button.isEnabled()
    dialog.key_edit.setText(_mistype(vault.recovery_key, 4))
    assert "group 4 of the recovery key is mistyped" in dialog.key_state.text().lower()
    assert not dialog.set_button.isEnabled()
    dialog.key_edit.setText(vault.recovery_key)
    assert dialog.key_state.text() == "The key is complete and every group checks out."
    assert dialog.set_button.isEnabled()
    dialog.reject()
    assert dialog.key_edit.text() == "" and dialog.pair.passphrase() == ""  # nothing kept
    assert _slots(vault) == before


def test_a_weak_or_unequal_passphrase_cannot_be_set(qtbot: Any, vault: VaultFixture) -> None:
    dialog = _dialog(qtbot, vault)
    _fill(dialog, vault.recovery_key, "short")
    assert not dialog.set_button.isEnabled()
    assert "at least" in dialog.message.text()
    _fill(dialog, vault.recovery_key)
    dialog.pair.second.setText(NEW_PASS + "x")
    assert not dialog.set_button.isEnabled()


def test_another_vaults_key_is_refused_and_nothing_is_written(
        qtbot: Any, vault: VaultFixture) -> None:
    dialog = _dialog(qtbot, vault)
    before = _slots(vault)
    other = format_recovery_key(secrets.token_bytes(32))  # well formed, not this vault's
    _fill(dialog, other)
    assert dialog.set_button.isEnabled()
    dialog.set_button.click()
    qtbot.waitUntil(lambda: dialog.message.styleSheet() != "", timeout=20000)
    assert dialog.isVisible()
    assert dialog.message.text() and "#B00020" in dialog.message.styleSheet()
    assert dialog.pair.passphrase() == ""  # the new passphrase is not kept after a try
    assert dialog.key_edit.text() == other  # the key is, to correct a typo
    assert _slots(vault) == before
    Vault.open(vault.directory, OFFICER, OFFICER_PASS).lock()
    dialog.key_edit.setText(vault.recovery_key)  # correcting it clears the refusal
    assert "#B00020" not in dialog.message.styleSheet()


def test_an_unknown_officer_is_refused_and_nothing_is_written(
        qtbot: Any, vault: VaultFixture) -> None:
    dialog = _dialog(qtbot, vault, login="nobody.here")
    before = _slots(vault)
    _fill(dialog, vault.recovery_key)
    dialog.set_button.click()
    qtbot.waitUntil(lambda: "#B00020" in dialog.message.styleSheet(), timeout=20000)
    assert "nobody.here" in dialog.message.text()
    assert _slots(vault) == before
    with open_session(vault.directory, SUPERVISOR, SUPERVISOR_PASS) as session:
        assert audit.entries(session.vault.conn, action="officer.passphrase") == []


def test_no_login_no_try(qtbot: Any, vault: VaultFixture) -> None:
    dialog = _dialog(qtbot, vault, login="")
    _fill(dialog, vault.recovery_key)
    assert not dialog.set_button.isEnabled()
    dialog.login_edit.setText(OFFICER)
    assert dialog.set_button.isEnabled()


def test_the_demo_offers_no_recovery_key(qtbot: Any, ui_context: UiContext,
                                         tmp_path: Path) -> None:
    from shekara.demo.vault import DemoVault

    ui_context.demo = DemoVault(tmp_path, "KZ", "KZ-DEMO", (("demo.supervisor", "supervisor"),),
                                "demo-shekara-2026", 300)
    window = UnlockWindow(ui_context)
    qtbot.addWidget(window)
    window.show()
    assert not window.recover_button.isVisible()  # its passphrase is on the screen


@pytest.mark.parametrize("lang", ["kk", "lt", "ru", "en"])
def test_the_recovery_sheet_names_the_button_as_the_screen_shows_it(
        qtbot: Any, ui_context: UiContext, lang: str) -> None:
    """The printed sheet in the safe sends the supervisor to this button, in the same words."""
    from shekara.reports.catalog import CATALOG

    ui_context.translations.set_language(lang)
    window = UnlockWindow(ui_context)
    qtbot.addWidget(window)
    shown = window.recover_button.text().replace("&", "")
    assert shown in CATALOG["recovery.use"][lang]
    assert "shekara recover" in CATALOG["recovery.use"][lang]


@pytest.mark.parametrize("lang", ["kk", "lt", "ru", "en"])
def test_passphrase_forms_line_their_fields_up_with_the_pairs(
        qtbot: Any, ui_context: UiContext, vault: VaultFixture, lang: str) -> None:
    """A dialog's own form above the shared passphrase pair: every field starts at one x."""
    from PySide6.QtWidgets import QWidget

    from shekara.ui.officers.dialog import AddOfficerDialog
    from shekara.ui.officers.passphrase import ChangePassphraseDialog

    ui_context.translations.set_language(lang)
    session = vault.session()
    dialogs: list[tuple[QWidget, list[QWidget]]] = []
    recover = RecoverPassphraseDialog(vault.directory, OFFICER)
    dialogs.append((recover, [recover.login_edit, recover.key_edit]))
    change = ChangePassphraseDialog(session)
    dialogs.append((change, [change.current_edit]))
    add = AddOfficerDialog(session)
    dialogs.append((add, [add.login_edit, add.role_combo]))
    for dialog, own in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        pair = dialog.pair  # type: ignore[attr-defined]
        starts = {field.mapTo(dialog, field.rect().topLeft()).x()
                  for field in [*own, pair.first, pair.second, pair.bar]}
        assert len(starts) == 1, (type(dialog).__name__, starts)
