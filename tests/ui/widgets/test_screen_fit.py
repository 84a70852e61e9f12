"""The first main window fits the screen it opens on (ui/widgets/screen_fit.py).

The offscreen platform of the tests has one screen of 800×800: smaller than the main window's
1280×780, as a 1366×768 laptop's free area is smaller than it with its frame.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from shekara.ui.app import AppController
from shekara.ui.context import UiContext
from shekara.ui.widgets.screen_fit import FRAME_HEIGHT, FRAME_WIDTH, fit_to_screen
from tests.ui.conftest import SUPERVISOR, SUPERVISOR_PASS, VaultFixture


def _free(widget: QWidget) -> Any:
    screen = widget.screen()
    assert screen is not None
    return screen.availableGeometry()


def test_a_window_too_big_for_the_screen_opens_maximized_within_it(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1280, 780)
    free = _free(window)
    assert free.width() < 1280 + FRAME_WIDTH  # the premise: this screen is the small one

    assert fit_to_screen(window)
    assert window.isMaximized()
    assert window.width() <= free.width() - FRAME_WIDTH
    assert window.height() <= free.height() - FRAME_HEIGHT


def test_a_window_that_fits_keeps_its_size(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(600, 400)

    assert not fit_to_screen(window)
    assert not window.isMaximized()
    assert (window.width(), window.height()) == (600, 400)


def test_the_main_window_opens_maximized_on_a_small_screen(
        qtbot: Any, qapp: Any, ui_context: UiContext, vault: VaultFixture) -> None:
    controller = AppController(qapp, ui_context)
    qtbot.addWidget(controller.unlock_window)
    controller.start()
    unlock = controller.unlock_window
    unlock.login_edit.setText(SUPERVISOR)
    unlock.pass_edit.setText(SUPERVISOR_PASS)
    with qtbot.waitSignal(controller.unlocked, timeout=10000):
        unlock.unlock_button.click()
    main = controller.main_window
    qtbot.addWidget(main)
    free = _free(main)
    assert main.isMaximized()
    assert main.frameGeometry().width() <= free.width()
    assert main.frameGeometry().height() <= free.height()
    controller.shutdown()
