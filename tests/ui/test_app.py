"""The shell's states: setup when there is no vault, unlock, the main window, and locking by
shortcut and by idle time — which closes the vault and empties every screen."""

from __future__ import annotations

from typing import Any

from shekara.services.drafts import DraftService
from shekara.ui.app import AppController, vault_exists
from shekara.ui.context import UiContext
from shekara.ui.setup.wizard import SetupWizard
from shekara.ui.widgets.kind_chooser import NewRecordDialog
from tests.ui.conftest import OFFICER, OFFICER_PASS, SUPERVISOR, SUPERVISOR_PASS, VaultFixture


def _controller(qtbot: Any, qapp: Any, context: UiContext, **kw: Any) -> AppController:
    controller = AppController(qapp, context, **kw)
    qtbot.addWidget(controller.unlock_window)
    return controller


def _unlock(qtbot: Any, controller: AppController, login: str, passphrase: str) -> Any:
    window = controller.unlock_window
    window.login_edit.setText(login)
    window.pass_edit.setText(passphrase)
    with qtbot.waitSignal(controller.unlocked, timeout=10000):
        window.unlock_button.click()
    main = controller.main_window
    qtbot.addWidget(main)
    return main


def test_no_vault_starts_the_setup_wizard(qtbot: Any, qapp: Any, ui_context: UiContext) -> None:
    controller = _controller(qtbot, qapp, ui_context)
    assert not vault_exists(ui_context.vault_dir)
    controller.start()
    assert isinstance(controller.setup_wizard, SetupWizard)
    qtbot.addWidget(controller.setup_wizard)
    assert controller.setup_wizard.isVisible() and not controller.unlock_window.isVisible()
    controller.shutdown()


def test_unlock_then_lock_by_shortcut(qtbot: Any, qapp: Any, ui_context: UiContext,
                                      vault: VaultFixture) -> None:
    vault.add_samples(30)
    controller = _controller(qtbot, qapp, ui_context)
    controller.start()
    assert controller.unlock_window.isVisible()
    main = _unlock(qtbot, controller, SUPERVISOR, SUPERVISOR_PASS)
    session = controller.session
    assert main.isVisible() and not controller.unlock_window.isVisible()
    qtbot.waitUntil(lambda: main.model.rowCount() == 30, timeout=10000)
    assert controller.idle.active
    with qtbot.waitSignal(controller.locked, timeout=5000) as blocker:
        main.act_lock.trigger()
    assert blocker.args == ["shortcut"]
    assert session is not None and session.vault.is_locked
    assert controller.session is None and controller.main_window is None
    assert main.model.rowCount() == 0 and not main.isVisible()
    assert controller.unlock_window.isVisible()
    assert controller.unlock_window.login_edit.text() == SUPERVISOR
    assert not controller.idle.active
    controller.shutdown()


def test_idle_lock_clears_every_widget(qtbot: Any, qapp: Any, ui_context: UiContext,
                                       vault: VaultFixture) -> None:
    vault.add_samples(30)
    controller = _controller(qtbot, qapp, ui_context, idle_ms=1000)
    controller.start()
    main = _unlock(qtbot, controller, OFFICER, OFFICER_PASS)
    session = controller.session
    qtbot.waitUntil(lambda: main.model.rowCount() == 30, timeout=10000)
    main.search_edit.setText("abc")
    about = main.open_about()
    main.act_new.trigger()
    chooser = next(d for d in main.open_dialogs() if isinstance(d, NewRecordDialog))
    chooser.accept()
    qtbot.waitUntil(lambda: main.tabs.count() == 2, timeout=5000)
    with qtbot.waitSignal(controller.locked, timeout=5000) as blocker:
        pass  # no input: the idle timer runs out after one second
    assert blocker.args == ["idle"]
    assert session is not None and session.vault.is_locked
    assert main.model.rowCount() == 0 and main.tabs.count() == 1
    assert main.search_edit.text() == "" and main.open_dialogs() == []
    assert not about.isVisible()
    assert "without use" in controller.unlock_window.wait_label.text()
    controller.shutdown()


def test_input_keeps_the_vault_open(qtbot: Any, qapp: Any, ui_context: UiContext,
                                    vault: VaultFixture) -> None:
    controller = _controller(qtbot, qapp, ui_context, idle_ms=600)
    controller.start()
    main = _unlock(qtbot, controller, SUPERVISOR, SUPERVISOR_PASS)
    for _ in range(5):
        qtbot.wait(250)
        qtbot.keyClick(main.search_edit, "a")
    assert controller.session is not None  # 1.25 s with typing every 0.25 s: still open
    qtbot.waitUntil(lambda: controller.session is None, timeout=5000)
    controller.shutdown()


def test_lock_keeps_what_an_editor_had_typed(qtbot: Any, qapp: Any, ui_context: UiContext,
                                             vault: VaultFixture) -> None:
    controller = _controller(qtbot, qapp, ui_context)
    controller.start()
    main = _unlock(qtbot, controller, OFFICER, OFFICER_PASS)
    main.editors.open_new("border_violation")
    page = main.tabs.widget(1)
    assert page is not None and page.form is not None  # type: ignore[attr-defined]
    narrative = page.form.findChild(object, "narrative")  # type: ignore[attr-defined]
    if narrative is None:
        from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

        edits = page.findChildren(QPlainTextEdit) + page.findChildren(QTextEdit)
        narrative = edits[0]
    narrative.setPlainText("Crossed at night near the lake")
    controller.lock("shortcut")
    with vault.session(OFFICER) as again:
        pending = DraftService(again.vault, again.records).pending()
    assert any("Crossed at night" in str(p.data) for p in pending)
    controller.shutdown()


def test_quitting_closes_the_session(qtbot: Any, qapp: Any, ui_context: UiContext,
                                     vault: VaultFixture) -> None:
    controller = _controller(qtbot, qapp, ui_context)
    controller.start()
    main = _unlock(qtbot, controller, SUPERVISOR, SUPERVISOR_PASS)
    session = controller.session
    controller.shutdown()
    assert session is not None and session.vault.is_locked
    assert controller.session is None and not main.isVisible()


def test_desktop_lock_locks_the_vault(qtbot: Any, qapp: Any, ui_context: UiContext,
                                      vault: VaultFixture) -> None:
    controller = _controller(qtbot, qapp, ui_context)
    controller.start()
    _unlock(qtbot, controller, SUPERVISOR, SUPERVISOR_PASS)
    controller.desktop._screensaver_changed(False)  # the screen saver went off: nothing
    assert controller.session is not None
    with qtbot.waitSignal(controller.locked, timeout=5000) as blocker:
        controller.desktop._screensaver_changed(True)  # what D-Bus delivers on a lock
    assert blocker.args == ["desktop"] and controller.session is None
    assert "computer was locked" in controller.unlock_window.wait_label.text()
    controller.shutdown()


def test_run_starts_on_the_unlock_screen_and_quits(qtbot: Any, qapp: Any, vault: VaultFixture,
                                                   monkeypatch: Any) -> None:
    import argparse

    from PySide6.QtWidgets import QApplication

    from shekara.ui import app as shell
    from shekara.ui.unlock.window import UnlockWindow

    def unlock_windows() -> list[UnlockWindow]:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, UnlockWindow) and w.isVisible()]

    def exec_until_the_unlock_screen(_app: Any) -> int:
        # The real exec() would end with QCoreApplication.quit(), which leaves every later
        # event loop of this test process returning at once: wait for the screen instead.
        qtbot.waitUntil(lambda: bool(unlock_windows()), timeout=5000)
        for window in unlock_windows():
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_until_the_unlock_screen)
    code = shell.run(argparse.Namespace(demo=False, vault=str(vault.directory)))
    assert code == 0 and not unlock_windows()
    shell.i18n.Translations(qapp).set_language("en")  # run() installed the saved language


def test_hq_mode_has_an_hq_menu(qtbot: Any, ui_context: UiContext, tmp_path: Any) -> None:
    from shekara.services.session import Session
    from shekara.ui.main.window import MainWindow
    from shekara.vault.vault import Vault

    hq, _ = Vault.create(tmp_path / "hq", mode="hq", party="KZ", post_code="KZ-HQ",
                         officer="hq.boss", passphrase="headquarters passphrase 1")
    session = Session(hq)
    window = MainWindow(session, ui_context)
    qtbot.addWidget(window)
    assert window.menu_post.title() == "H&Q"
    assert [a.objectName() for a in window.menu_post.actions() if not a.isSeparator()] == \
        ["actHqImport", "actHqAck", "actHqPosts", "actHqHeld", "actHqRefdata",
         "actInspectPacket"]
    window.close_for_lock()
    session.close()


def test_the_window_keeps_its_size_across_a_lock(qtbot: Any, qapp: Any, ui_context: UiContext,
                                                 vault: VaultFixture) -> None:
    """Issue 10: the window came back at its default size after every lock."""
    controller = _controller(qtbot, qapp, ui_context)
    controller.start()
    window = controller.unlock_window
    for attempt in range(2):
        window.login_edit.setText(SUPERVISOR)
        window.pass_edit.setText(SUPERVISOR_PASS)
        with qtbot.waitSignal(controller.unlocked, timeout=10000):
            window.unlock_button.click()
        main = controller.main_window
        if attempt == 0:
            assert main.size().width() != 900
            main.resize(900, 640)
            qtbot.waitUntil(lambda m=main: m.size().width() == 900, timeout=3000)
            with qtbot.waitSignal(controller.locked, timeout=5000):
                main.act_lock.trigger()
    qtbot.waitUntil(lambda: controller.main_window.size().width() == 900, timeout=3000)
    assert controller.main_window.size().height() == 640
    controller.shutdown()
