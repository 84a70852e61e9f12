"""The unlock screen: right and wrong passphrases, the growing wait, the demo banner."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from shekara.demo.vault import DemoVault
from shekara.services.session import Session
from shekara.ui.context import UiContext
from shekara.ui.unlock.window import UnlockWindow, wait_after
from tests.ui.conftest import OFFICER, SUPERVISOR, SUPERVISOR_PASS, VaultFixture


def _window(qtbot: Any, context: UiContext) -> UnlockWindow:
    window = UnlockWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def _try(qtbot: Any, window: UnlockWindow, login: str, passphrase: str) -> None:
    window.login_edit.setText(login)
    window.pass_edit.setText(passphrase)
    assert window.unlock_button.isEnabled()
    window.unlock_button.click()
    qtbot.waitUntil(lambda: window.login_edit.isEnabled(), timeout=10000)


def test_wait_grows_and_is_capped() -> None:
    assert [wait_after(n) for n in range(8)] == [0, 1, 2, 4, 8, 16, 30, 30]


def test_the_right_passphrase_opens_the_vault(qtbot: Any, ui_context: UiContext,
                                              vault: VaultFixture) -> None:
    window = _window(qtbot, ui_context)
    with qtbot.waitSignal(window.unlocked, timeout=10000) as blocker:
        window.login_edit.setText(SUPERVISOR)
        window.pass_edit.setText(SUPERVISOR_PASS)
        window.unlock_button.click()
    session = blocker.args[0]
    assert isinstance(session, Session) and session.vault.officer == SUPERVISOR
    assert window.pass_edit.text() == ""  # nothing of the passphrase stays on screen
    session.close()


def test_a_wrong_passphrase_says_so_and_slows_the_next_try(qtbot: Any, ui_context: UiContext,
                                                           vault: VaultFixture) -> None:
    window = _window(qtbot, ui_context)
    unlocked: list[object] = []
    window.unlocked.connect(unlocked.append)
    _try(qtbot, window, SUPERVISOR, "not the passphrase at all")
    assert unlocked == []
    assert "Wrong officer name or passphrase" in window.message_label.text()
    assert window.failures == 1 and window.waiting_seconds == 1
    assert not window.unlock_button.isEnabled() and not window.pass_edit.isEnabled()
    assert "Wait 1 second" in window.wait_label.text()
    qtbot.waitUntil(lambda: window.waiting_seconds == 0, timeout=3000)
    assert window.pass_edit.isEnabled()
    _try(qtbot, window, SUPERVISOR, "still not the passphrase")
    assert window.failures == 2 and window.waiting_seconds == 2
    assert "Wait 2 second" in window.wait_label.text()
    assert window.pass_edit.text() == ""


def test_an_unknown_officer_is_refused_plainly(qtbot: Any, ui_context: UiContext,
                                               vault: VaultFixture) -> None:
    window = _window(qtbot, ui_context)
    _try(qtbot, window, "nobody.here", "whatever passphrase")
    # The same words as a wrong passphrase: the screen must not tell who works here.
    assert "Wrong officer name or passphrase" in window.message_label.text()
    assert window.failures == 1


def test_a_missing_vault_is_not_counted_as_a_wrong_passphrase(qtbot: Any,
                                                              ui_context: UiContext) -> None:
    window = _window(qtbot, ui_context)  # no vault fixture: the folder is empty
    _try(qtbot, window, OFFICER, "some passphrase here")
    assert "No vault" in window.message_label.text()
    assert window.failures == 0 and window.waiting_seconds == 0


def test_unlock_needs_both_fields(qtbot: Any, ui_context: UiContext) -> None:
    window = _window(qtbot, ui_context)
    assert not window.unlock_button.isEnabled()
    window.login_edit.setText(SUPERVISOR)
    assert not window.unlock_button.isEnabled()
    window.pass_edit.setText("x")
    assert window.unlock_button.isEnabled()
    assert window.pass_edit.echoMode() == window.pass_edit.EchoMode.Password


def test_the_demo_banner_shows_officers_and_passphrase(qtbot: Any, ui_context: UiContext,
                                                       tmp_path: Path) -> None:
    ui_context.demo = DemoVault(tmp_path, "KZ", "KZ-DEMO",
                                (("demo.supervisor", "supervisor"), ("demo.officer", "officer")),
                                "demo-shekara-2026", 300)
    window = _window(qtbot, ui_context)
    window.set_demo_preparing(True)
    assert window.busy_bar.isVisible() and "Preparing" in window.wait_label.text()
    assert window.login_edit.isEnabled() and window.pass_edit.isEnabled()  # usable at once
    window.set_demo_preparing(False)
    window.show_demo()
    text = window.demo_label.text()
    assert window.demo_label.isVisible()
    assert "demo.supervisor" in text and "demo-shekara-2026" in text and "KZ-DEMO" in text
    assert window.login_edit.text() == "demo.supervisor"
    label = window.demo_label  # every line fits, the passphrase (the last one) included
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=2000)


def _demo(directory: Path) -> DemoVault:
    return DemoVault(directory, "KZ", "KZ-DEMO", (("demo.supervisor", "supervisor"),),
                     "demo-shekara-2026", 300)


def test_an_unlock_pressed_while_the_demo_is_made_waits_for_it(
        qtbot: Any, ui_context: UiContext, vault: VaultFixture) -> None:
    ui_context.demo = _demo(ui_context.vault_dir)
    window = _window(qtbot, ui_context)
    window.set_demo_preparing(True)
    window.show_demo()
    assert window.login_edit.text() == "demo.supervisor"
    window.login_edit.setText(SUPERVISOR)  # typed while the vault is being made: kept
    window.show_demo()
    assert window.login_edit.text() == SUPERVISOR
    unlocked: list[Session] = []
    window.unlocked.connect(unlocked.append)
    window.pass_edit.setText(SUPERVISOR_PASS)
    window.unlock_button.click()
    qtbot.wait(200)
    assert unlocked == [] and window.preparing  # nothing to open yet: it waits
    assert "as soon as the demo vault is ready" in window.message_label.text()
    assert not window.unlock_button.isEnabled() and not window.pass_edit.isEnabled()
    with qtbot.waitSignal(window.unlocked, timeout=10000):
        window.set_demo_preparing(False)  # the vault is made: the waiting try goes through
    assert unlocked[0].vault.officer == SUPERVISOR
    assert window.pass_edit.text() == ""
    unlocked[0].close()


def test_a_waiting_unlock_is_dropped_when_the_demo_could_not_be_made(
        qtbot: Any, ui_context: UiContext, tmp_path: Path) -> None:
    ui_context.demo = _demo(tmp_path / "never-made")
    window = _window(qtbot, ui_context)
    window.set_demo_preparing(True)
    window.show_demo()
    window.pass_edit.setText("demo-shekara-2026")
    window.unlock_button.click()
    unlocked: list[object] = []
    window.unlocked.connect(unlocked.append)
    window.set_demo_preparing(False, made=False)
    qtbot.wait(200)
    assert unlocked == [] and window.message_label.text() == ""
    assert not window.busy_bar.isVisible() and window.login_edit.isEnabled()
    assert window.unlock_button.isEnabled()  # the officer may try again


@pytest.mark.parametrize("reason,expected", [("idle", "without use"),
                                             ("desktop", "computer was locked"),
                                             ("shortcut", "was locked")])
def test_after_a_lock_the_reason_is_shown(qtbot: Any, ui_context: UiContext, reason: str,
                                          expected: str) -> None:
    window = _window(qtbot, ui_context)
    window.pass_edit.setText("typed before the lock")
    window.after_lock(SUPERVISOR, reason)
    assert expected in window.wait_label.text()
    assert window.login_edit.text() == SUPERVISOR and window.pass_edit.text() == ""


@pytest.mark.parametrize("lang", ["kk", "lt", "ru"])
def test_a_refusal_is_said_again_in_the_language_chosen_after_it(
        qtbot: Any, ui_context: UiContext, vault: VaultFixture, catalogs: Path,
        lang: str) -> None:
    """The refusal was set once, in English, and stayed so after a switch (issue 10): the
    window keeps the error and says it again in the new language."""
    from PySide6.QtCore import QCoreApplication

    window = _window(qtbot, ui_context)
    _try(qtbot, window, "nobody.here", "whatever passphrase")
    assert window.message_label.text() == "Wrong officer name or passphrase"
    ui_context.translations.set_language(lang)
    said = QCoreApplication.translate("errors", "wrong officer name or passphrase")
    assert said != "wrong officer name or passphrase", "the catalog translates it"
    qtbot.waitUntil(lambda: window.message_label.text() == said[:1].upper() + said[1:],
                    timeout=3000)
    ui_context.translations.set_language("en")
    qtbot.waitUntil(lambda: window.message_label.text() == "Wrong officer name or passphrase",
                    timeout=3000)
