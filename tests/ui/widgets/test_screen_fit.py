"""The first main window fits the screen it opens on (ui/widgets/screen_fit.py).

The offscreen platform of the tests has one screen of 800×800: smaller than the main window's
1280×780, as a 1366×768 laptop's free area is smaller than it with its frame.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from shekara.ui.context import UiContext
from shekara.ui.widgets.screen_fit import FRAME_HEIGHT, FRAME_WIDTH, fit_to_screen
from shekara.ui.widgets.shown_fit import (
    ShownWindowFit,
    install_combo_popup_fit,
    install_screen_fit,
)
from tests.ui.conftest import SUPERVISOR, SUPERVISOR_PASS, VaultFixture, free_area
from tests.ui.test_app import _controller, _unlock


def test_a_window_too_big_for_the_screen_opens_maximized_within_it(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1280, 780)
    free = free_area(window)
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
    controller = _controller(qtbot, qapp, ui_context)
    controller.start()
    main = _unlock(qtbot, controller, SUPERVISOR, SUPERVISOR_PASS)
    free = free_area(main)
    assert main.isMaximized()
    assert main.frameGeometry().width() <= free.width()
    assert main.frameGeometry().height() <= free.height()
    controller.shutdown()


def test_a_dialog_taller_than_the_screen_is_shrunk_into_it_once(qtbot: Any,
                                                                screen_fit: None) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(860, 980)  # the report preview's own size
    dialog.show()
    free = free_area(dialog)
    assert dialog.height() <= free.height() - FRAME_HEIGHT
    assert dialog.width() <= free.width() - FRAME_WIDTH
    assert free.contains(dialog.geometry())
    dialog.hide()
    dialog.resize(860, 980)  # the officer made it tall on purpose: shown again, it stays so
    dialog.show()
    assert dialog.height() == 980


def test_a_dialog_that_fits_is_left_alone(qtbot: Any, screen_fit: None) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(500, 300)
    dialog.show()
    assert (dialog.width(), dialog.height()) == (500, 300)



def test_one_filter_for_both_fits_each_turned_on_by_its_own_install(qtbot: Any, qapp: Any) -> None:
    """Every Qt event crosses each Python filter (docs/speed-ui.md): the combo popups' fit and
    the dialogs' share one, and installing one fit does not turn on the other."""
    install_combo_popup_fit(qapp)
    (fit,) = qapp.findChildren(ShownWindowFit)
    assert fit.combo_popups and not fit.dialogs
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(860, 980)
    dialog.show()
    assert dialog.height() == 980  # dialogs not fitted: only the combo popups' part is on

    install_screen_fit(qapp)
    assert qapp.findChildren(ShownWindowFit) == [fit] and fit.dialogs
