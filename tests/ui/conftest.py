"""Fixtures for the desktop application's tests: real vaults in tmp_path, real widgets offscreen.

Importing `shekara.ui` first applies the guard against PySide6 6.12's reference-count bug on
Python 3.11 (shekara/ui/refcount_guard.py) before pytest-qt makes any Qt call.

Waiting: use `qtbot.wait` / `qtbot.waitUntil` / `qtbot.waitSignal` (they run a QEventLoop, which
releases the GIL). `QTest.qWait` keeps the GIL while it sleeps and starves the worker threads.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMessageBox, QWidget

import shekara.ui  # noqa: F401 - the refcount guard, before any Qt call
from shekara.services.session import Session, open_session
from shekara.ui import i18n, theme
from shekara.ui.context import UiContext
from shekara.ui.settings.store import UiPreferences
from shekara.ui.widgets.shown_fit import ShownWindowFit, install_screen_fit
from shekara.vault.vault import Vault

SUPERVISOR = "aigerim.s"
SUPERVISOR_PASS = "Шекара-сенім-2026"
SECOND = "tomas.z"
SECOND_PASS = "pasienio-kontrole-77"
OFFICER = "nurlan.k"
OFFICER_PASS = "officer-pass-phrase-1"
PASSWORDS = {SUPERVISOR: SUPERVISOR_PASS, SECOND: SECOND_PASS, OFFICER: OFFICER_PASS}
POST = "KZ-NUR-ZHOLY"


@pytest.fixture(scope="session", autouse=True)
def _isolated_preferences(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Never touch the developer's real preferences file."""
    path = tmp_path_factory.mktemp("prefs") / "ui.ini"
    old = os.environ.get("SHEKARA_UI_CONFIG")
    os.environ["SHEKARA_UI_CONFIG"] = str(path)
    yield
    if old is None:
        os.environ.pop("SHEKARA_UI_CONFIG", None)
    else:
        os.environ["SHEKARA_UI_CONFIG"] = old


@pytest.fixture(scope="session")
def _application_font(qapp: Any) -> QFont:
    """The bundled Noto Sans at its base size, as `create_application` sets it: the screens are
    measured (nothing cut off) in the font officers see, not in the platform's default."""
    theme.register_fonts(qapp)
    return QFont(qapp.font())


@pytest.fixture(autouse=True)
def _same_font_in_every_test(qapp: Any, _application_font: QFont) -> Iterator[None]:
    """A test that zooms (View > Zoom) or starts the application (`run` sets the saved zoom)
    changes the application's font; the next tests measured their screens in it, and a
    clipping test failed or passed by the order the tests ran in."""
    qapp.setFont(_application_font)
    yield
    qapp.setFont(_application_font)


@pytest.fixture(scope="session")
def catalogs() -> Path:
    """The compiled .qm catalogs (built from i18n/*.ts when missing or stale)."""
    i18n.ensure_catalogs()
    directory = i18n.translations_dir()
    for lang in ("kk", "lt", "ru"):
        assert (directory / f"shekara_{lang}.qm").exists(), f"catalog {lang} was not built"
    return directory


def deliver_language_change() -> None:
    """A translator swap reaches the widgets as posted events (to the application, which posts
    one to each window): deliver them now, to this test's windows. One that arrived in the
    next test rebuilt its editor under its feet ("Internal C++ object already deleted")."""
    for _ in range(2):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


@pytest.fixture
def ui_context(qapp: Any, tmp_path: Path) -> UiContext:
    """Its translations are deleted after the test, once the test's windows are, with any
    other a test made (_nothing_of_a_test_reaches_the_next)."""
    translations = i18n.Translations(qapp)
    translations.set_language("en")
    return UiContext(translations, UiPreferences(tmp_path / "ui.ini"), tmp_path / "vault")


class VaultFixture:
    """A KZ post vault with two supervisors and an officer; sessions opened as any of them."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        vault, self.recovery_key = Vault.create(directory, mode="post", party="KZ",
                                                post_code=POST, officer=SUPERVISOR,
                                                passphrase=SUPERVISOR_PASS)
        vault.add_officer(SECOND, "supervisor", SECOND_PASS)
        vault.add_officer(OFFICER, "officer", OFFICER_PASS)
        vault.lock()
        self._open: list[Session] = []

    def session(self, login: str = SUPERVISOR) -> Session:
        session = open_session(self.directory, login, PASSWORDS[login])
        self._open.append(session)
        return session

    def add_samples(self, count: int, *, login: str = OFFICER, seed: int = 11) -> list[str]:
        from shekara.demo.samples import generate_records

        with open_session(self.directory, login, PASSWORDS[login]) as writer:
            return writer.records.add(list(generate_records(count, seed=seed, party="KZ")))

    def close_all(self) -> None:
        for session in self._open:
            close_under_lock(session)  # a list page may still be read in a worker


def shown_error_box(qtbot: Any, parent: QWidget, timeout: int = 5000) -> QMessageBox:
    """The error box (ui/errors.show_error) shown over `parent`, once it is on screen."""
    def shown() -> list[QMessageBox]:
        return [b for b in parent.findChildren(QMessageBox, "errorBox") if b.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()), timeout=timeout)
    [box] = shown()
    return box


def close_under_lock(session: Session) -> None:
    """Close a session a window may still be reading in a worker (a list page, a save): under
    the session lock, as the shell locks — closing the connection under a running worker
    crashes the process."""
    from shekara.ui.ops import session_lock

    with session_lock(session):
        if not session.vault.is_locked:
            session.close()


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[VaultFixture]:
    fixture = VaultFixture(tmp_path / "vault")
    yield fixture
    fixture.close_all()


@pytest.fixture(autouse=True)
def _no_background_job_outlives_its_test(request: pytest.FixtureRequest) -> Iterator[None]:
    """Background work runs on Qt's global thread pool (ui/ops.py), which has as many threads
    as cores (two in CI). A job left blocked by one test starves every later test's work, and
    the failure shows up far from its cause; so each test must leave the pool idle."""
    yield
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        return
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    if not pool.waitForDone(15000):
        pytest.fail(f"{pool.activeThreadCount()} background job(s) still running after the test",
                    pytrace=False)


@pytest.fixture(autouse=True)
def _no_garbage_collection_during_a_test() -> Iterator[None]:
    """Python's cyclic garbage collector runs whenever allocations add up. A window a test let
    go of while it was shown (pages opened in a loop: `qtbot.addWidget` keeps only a weak
    reference, and a page's lambdas hold it in a cycle) was destroyed by it in the middle of
    event processing, visible and with the focus in a field. Its Python half was torn down
    already when Qt told that field it lost the focus, so the editor's `editing_finished` went
    to a FieldCell being destroyed ("Slot 'FieldCell::' not found"), and Qt went on to give
    the focus to a widget already deleted: a segfault in pytest-qt's event processing. How
    many objects the earlier tests had made decided when the collector ran: the crash came
    and went with a shuffled order (tests/ui/editors/test_pages_let_go.py).

    So the collector is off during a test, and on again once the windows the test made are
    deleted, hidden first (`_nothing_of_a_test_reaches_the_next` asks for this fixture, so
    its clean-up runs before this one's)."""
    collecting = gc.isenabled()
    gc.disable()
    yield
    if collecting:
        gc.enable()


@pytest.fixture(autouse=True)
def _nothing_of_a_test_reaches_the_next(qapp: Any,
                                        _no_garbage_collection_during_a_test: None,
                                        ) -> Iterator[None]:
    """What a test leaves on the shared application reached the next test on the same worker,
    so a test passed or failed by the order tests ran in (pytest-xdist, a shuffled order):
    - pytest-qt closes the test's widgets and deletes them *later*, which happened in the next
      test's first event loop: their child dialogs (some modal, blocking the next test's
      windows) and an open menu stayed on screen until then;
    - windows nobody registered (a parentless message box, a screen opened by a command);
    - an `AppController` (a child of the application) with its idle timer and event filter,
      which locked its vault in a later test;
    - a test's own `Translations`, and the language and default locale it set.
    So after each test: controllers shut down, the deferred deletes delivered, every window
    the test made deleted, stray translations deleted; each test starts in English, as the
    application starts in a language."""
    _english(qapp)
    before = {_address(window) for window in qapp.topLevelWidgets()}
    yield
    from shekara.ui.app import AppController

    for controller in qapp.findChildren(AppController):
        for name in ("main_window", "rebuild_dialog"):  # pytest-qt may have deleted them
            if getattr(controller, name) is not None and \
                    not shiboken6.isValid(getattr(controller, name)):
                setattr(controller, name, None)
        controller.shutdown()
        controller.setParent(None)
        shiboken6.delete(controller)
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for window in qapp.topLevelWidgets():
        if _address(window) not in before:
            # Hidden first (a hidden window takes its focus along, while it is whole), then
            # deleted now: left to Python's garbage collector, a window of this test was
            # destroyed in the middle of a later one (a crash in its event processing); the
            # collector is off until this is done (_no_garbage_collection_during_a_test).
            window.hide()
            window.deleteLater()
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for translations in qapp.findChildren(i18n.Translations):
        translations.setParent(None)
        shiboken6.delete(translations)
    deliver_language_change()
    _english(qapp)


def _address(widget: QWidget) -> int:
    address: int = shiboken6.getCppPointer(widget)[0]
    return address


def _english(app: Any) -> None:
    app.setProperty(i18n.LANGUAGE_PROPERTY, "en")
    QLocale.setDefault(QLocale("en"))


def _no_dialog_fit(app: Any) -> None:
    fit = app.findChild(ShownWindowFit)
    if fit is not None:
        fit.dialogs = False


@pytest.fixture(autouse=True)
def _no_screen_fit_left(qapp: Any) -> Iterator[None]:
    """A test that starts the application the way `shekara` does (`create_application`)
    turns on the shrinking of dialogs into the screen; on the offscreen 800×800 screen it
    would then shrink the next tests' dialogs, whose columns and labels those tests measure at
    the dialog's own size. Each test starts without it."""
    _no_dialog_fit(qapp)
    yield
    _no_dialog_fit(qapp)


@pytest.fixture
def screen_fit(qapp: Any) -> Iterator[None]:
    """Dialogs shrunk into the screen, as `create_application` has them, for this test."""
    install_screen_fit(qapp)
    install_screen_fit(qapp)  # idempotent: one filter
    assert len(qapp.findChildren(ShownWindowFit)) == 1
    yield


def free_area(widget: QWidget) -> QRect:
    """The free area (under no taskbar) of the screen `widget` is on."""
    screen = widget.screen()
    assert screen is not None
    return screen.availableGeometry()
