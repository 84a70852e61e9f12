"""The desktop application: `shekara` with no command calls `run(args)`.

`AppController` moves between the three states of the shell:
- no vault yet → the setup wizard (which leaves the new vault unlocked);
- locked → the unlock screen;
- unlocked → the main window, watched for idle time (vault setting `idle_lock_minutes`), the
  lock shortcut (Ctrl+L) and the desktop locking.
Locking lets the editors autosave, empties and closes every screen holding data, closes the
session (the connection and the key) and shows the unlock screen again.
With `--demo`, a demo vault is made in a temporary folder (off the GUI thread) and the unlock
screen shows its officers and passphrase; the folder is deleted on exit.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from shekara.paths import APP_NAME, default_vault_dir
from shekara.services.session import Session
from shekara.ui import i18n, ops, theme
from shekara.ui.context import UiContext
from shekara.ui.errors import show_error
from shekara.ui.settings.store import UiPreferences
from shekara.ui.unlock.locking import DesktopLockWatcher, IdleWatcher
from shekara.ui.unlock.window import UnlockWindow
from shekara.ui.widgets.file_dialog_memory import install_file_dialog_memory_guard
from shekara.ui.widgets.screen_fit import fit_to_screen
from shekara.ui.widgets.shown_fit import install_combo_popup_fit, install_screen_fit
from shekara.ui.widgets.wheel_guard import install_wheel_guard
from shekara.vault.connection import DB_FILE

DEFAULT_IDLE_MS = 5 * 60 * 1000


def vault_folder(args: argparse.Namespace) -> Path:
    given = getattr(args, "vault", None)
    return Path(given) if given else default_vault_dir()


def vault_exists(directory: Path) -> bool:
    return (directory / DB_FILE).exists()


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(theme.app_icon())
    theme.register_fonts(app)
    install_wheel_guard(app)  # every form: the wheel scrolls, never changes a field
    install_combo_popup_fit(app)  # every combo box's list shows its items whole
    install_screen_fit(app)  # no dialog opens larger than the screen (a 1366×768 laptop)
    install_file_dialog_memory_guard(app)  # no folder a file dialog visited kept on disk
    return app


class AppController(QObject):
    """The shell's state machine (see the module docstring)."""

    unlocked = Signal()
    locked = Signal(str)

    def __init__(self, app: QApplication, context: UiContext, *,
                 idle_ms: int | None = None, demo: bool = False) -> None:
        super().__init__(app)
        self.app = app
        self.context = context
        self.session: Session | None = None
        self.main_window: Any = None
        self.setup_wizard: Any = None
        self.rebuild_dialog: Any = None  # while the rebuilds flagged by a schema step run
        self._lock_after_rebuild: str | None = None
        self._demo_requested = demo
        self._idle_override = idle_ms
        self._last_login = ""
        self._window_place: tuple[QSize, QPoint, bool] | None = None
        self.unlock_window = UnlockWindow(context)
        self.unlock_window.unlocked.connect(self._on_unlocked)
        self.idle = IdleWatcher(app, idle_ms or DEFAULT_IDLE_MS, self)
        self.idle.idle.connect(lambda: self.lock("idle"))
        self.desktop = DesktopLockWatcher()
        self.desktop.desktop_locked.connect(lambda: self.lock("desktop"))
        self.desktop.start()

    # --- start -----------------------------------------------------------------------------
    def start(self) -> None:
        if self._demo_requested:
            self._start_demo()
        elif vault_exists(self.context.vault_dir):
            self.show_unlock()
        else:
            self.show_setup()

    def _start_demo(self) -> None:
        from shekara.demo import vault as demo
        from shekara.demo.samples import DEMO_OFFICERS, DEMO_PASSPHRASE

        directory = self.context.vault_dir
        # The demo's officers and passphrase are known before its vault is made (seconds of
        # Argon2id, one slot per officer): the screen shows them and takes them at once, and
        # an Unlock pressed early waits for the vault (issue 10).
        self.context.demo = demo.DemoVault(directory, "KZ", demo.DEMO_POSTS["KZ"],
                                           tuple(DEMO_OFFICERS), DEMO_PASSPHRASE,
                                           demo.DEMO_RECORDS)
        self.unlock_window.set_demo_preparing(True)
        self.unlock_window.show_demo()
        self.show_unlock()

        def made(info: Any) -> None:
            self.context.demo = info
            self.unlock_window.set_demo_preparing(False)
            self.unlock_window.show_demo()

        def failed(err: BaseException) -> None:
            self.context.demo = None
            self.unlock_window.set_demo_preparing(False, made=False)
            self.unlock_window.show_demo()
            show_error(self.unlock_window, err)

        ops.run(self.unlock_window,
                lambda progress: demo.create_demo_vault(directory, progress=progress.report),
                on_done=made, on_error=failed)

    def show_unlock(self) -> None:
        self.unlock_window.show()
        self.unlock_window.raise_()
        self.unlock_window.activateWindow()
        if not self.unlock_window.login_edit.text():
            self.unlock_window.login_edit.setFocus()
        else:
            self.unlock_window.pass_edit.setFocus()

    def show_setup(self) -> None:
        from shekara.ui.setup.wizard import SetupWizard

        self.setup_wizard = SetupWizard(self.context)
        self.setup_wizard.vault_ready.connect(self._on_created)
        self.setup_wizard.restored.connect(self._on_restored)
        self.setup_wizard.rejected.connect(self.app.quit)
        self.setup_wizard.show()

    def _on_restored(self, restored: Any) -> None:
        """A backup came back instead of a new vault: unlock it as any vault."""
        wizard = self.setup_wizard
        self.setup_wizard = None
        if wizard is not None:
            wizard.rejected.disconnect(self.app.quit)
            wizard.hide()
            wizard.deleteLater()
        self.show_unlock()
        self.unlock_window.show_restored(restored)

    def _on_created(self, session: Session) -> None:
        wizard = self.setup_wizard
        self.setup_wizard = None
        if wizard is not None:
            wizard.hide()
            wizard.deleteLater()
        self._on_unlocked(session)

    # --- unlocked --------------------------------------------------------------------------
    def _on_unlocked(self, session: Session) -> None:
        self.session = session
        self._last_login = session.vault.officer
        ops.session_lock(session)  # made here, in the GUI thread, before any worker needs it
        try:
            pending = ops.call(session, session.rebuilds.pending)
        except Exception as err:
            self._drop_session(session, err)
            return
        if not pending:
            self._open_main(session)
            return
        # What a schema step flagged runs first, with progress (ui/unlock/rebuild_dialog.py);
        # the main window opens once it is done.
        from shekara.ui.unlock.rebuild_dialog import run_rebuilds

        self.rebuild_dialog = run_rebuilds(
            self.unlock_window, session, pending,
            on_done=lambda: self._rebuilt(session),
            on_error=lambda err: self._rebuild_failed(session, err))

    def _rebuilt(self, session: Session) -> None:
        self.rebuild_dialog = None
        if session is not self.session:
            return
        reason, self._lock_after_rebuild = self._lock_after_rebuild, None
        if reason is not None:  # the desktop locked meanwhile: the vault locks now
            self.lock(reason)
        else:
            self._open_main(session)

    def _rebuild_failed(self, session: Session, err: BaseException) -> None:
        """The flag is still set: the rebuild runs again at the next unlock."""
        self.rebuild_dialog = None
        self._lock_after_rebuild = None
        if session is self.session and not isinstance(err, ops.Cancelled):
            self._drop_session(session, err)

    def _drop_session(self, session: Session, err: BaseException) -> None:
        self.session = None
        with ops.session_lock(session):
            session.close()
        show_error(self.unlock_window, err)

    def _open_main(self, session: Session) -> None:
        from shekara.ui.main.window import MainWindow
        from shekara.ui.settings.vault_settings import read_settings

        try:
            window = MainWindow(session, self.context)
        except Exception as err:
            self._drop_session(session, err)
            return
        window.lock_requested.connect(self.lock)
        window.quit_requested.connect(self._quit_from_window)
        window.idle_minutes_changed.connect(self._set_idle_minutes)
        self.main_window = window
        self.unlock_window.hide()
        if self._window_place is not None:  # as the officer left it before the lock
            size, position, maximized = self._window_place
            window.resize(size)
            window.move(position)
            if maximized:
                window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        else:
            fit_to_screen(window)
        window.show()
        window.activateWindow()
        minutes = read_settings(session).idle_lock_minutes
        self.idle.set_timeout_ms(self._idle_override or minutes * 60 * 1000)
        self.idle.start()
        self.unlocked.emit()

    def _set_idle_minutes(self, minutes: int) -> None:
        if self._idle_override is None:
            self.idle.set_timeout_ms(minutes * 60 * 1000)

    def lock(self, reason: str = "shortcut") -> None:
        """Close the vault and every screen showing its data; back to the unlock screen."""
        session = self.session
        if session is None:
            return
        if self.rebuild_dialog is not None:
            # Stopping a rebuild would throw away minutes of work and start it over at the next
            # unlock (and a screen that locks itself after a few idle minutes would stop it
            # every time): it finishes, and then the vault locks instead of opening. Nothing
            # of the vault is on the screen meanwhile.
            self._lock_after_rebuild = reason
            return
        self.idle.stop()
        window = self.main_window
        self.main_window = None
        ops.cancel_operations(session)
        if window is not None:
            # Size and place survive the lock (issue 10), kept in memory only: a window's
            # geometry says nothing about the vault.
            self._window_place = (window.size(), window.pos(), window.isMaximized())
            window.clear_for_lock()
        with ops.session_lock(session):  # waits for a vault call still running in a worker
            session.close()
        self.session = None
        if window is not None:
            window.close_for_lock()
            window.deleteLater()
        self.unlock_window.after_lock(self._last_login, reason)
        self.show_unlock()
        self.locked.emit(reason)

    def _quit_from_window(self) -> None:
        self.shutdown()
        self.app.quit()

    def shutdown(self) -> None:
        """Lock (if open) and forget everything; remove a demo vault's folder."""
        self.idle.stop()
        self.desktop.stop()
        session = self.session
        if session is not None:
            self.session = None
            ops.cancel_operations(session)
            with ops.session_lock(session):  # a rebuild rolls back at its next batch
                session.close()
        if self.rebuild_dialog is not None:
            dialog, self.rebuild_dialog = self.rebuild_dialog, None
            dialog.finish()
        if self.main_window is not None:
            window = self.main_window
            self.main_window = None
            window.close_for_lock()  # already locked above: closing must not quit again
            window.deleteLater()
        if self._demo_requested:
            from shekara.demo.vault import remove_demo_folder

            remove_demo_folder(self.context.vault_dir)


def build_context(app: QApplication, vault_dir: Path,
                  prefs: UiPreferences | None = None) -> UiContext:
    prefs = prefs or UiPreferences()
    theme.set_font_scale(app, prefs.font_scale)
    i18n.ensure_catalogs()
    translations = i18n.Translations(app)
    translations.set_language(prefs.language)
    return UiContext(translations, prefs, vault_dir)


def stop_on_signals(app: QApplication) -> None:
    """Ctrl+C or a TERM signal ends the event loop, so the vault is locked and a demo folder
    removed on the way out. (Python runs signal handlers only between bytecodes: a timer gives
    it a chance while Qt's loop runs.)"""
    for number in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(ValueError, OSError):  # not the main thread, or no such signal
            signal.signal(number, lambda *_args: app.quit())
    heartbeat = QTimer(app)
    heartbeat.setInterval(250)
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start()


def run(args: argparse.Namespace) -> int:
    app = create_application(sys.argv[:1])
    demo = bool(getattr(args, "demo", False))
    if demo:
        from shekara.demo.vault import make_demo_folder

        directory = make_demo_folder()
    else:
        directory = vault_folder(args)
    context = build_context(app, directory)
    controller = AppController(app, context, demo=demo)
    controller.start()
    stop_on_signals(app)
    try:
        return int(app.exec())
    finally:
        controller.shutdown()  # locks the vault; removes a demo vault's folder
