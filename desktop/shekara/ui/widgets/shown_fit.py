"""What must happen when a window shows, application-wide, in one event filter.

Every Qt event of the application crosses each Python event filter: the wheel guard, this one
and the idle watch cost ~10 % of opening a record (docs/speed-ui.md), so the two fits that
react to a window being shown share one filter instead of adding one each:
- a combo box's popup list gets the width of its widest item (`combo_popup.fit_popup`);
- a dialog larger than its screen's free area is shrunk into it, the first time it shows
  (`screen_fit.shrink_to_screen`).
Each `install_…` turns its part on (idempotent); the filter itself is installed once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from shekara.ui.widgets.combo_popup import fit_popup
from shekara.ui.widgets.screen_fit import shrink_to_screen

_NAME = "shekaraShownWindowFit"
_FITTED = "shekaraScreenFit"  # a dialog's property: shrunk once; one the officer enlarged stays


class ShownWindowFit(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.combo_popups = False
        self.dialogs = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Show or not isinstance(watched, QWidget) \
                or not watched.isWindow():
            return False
        parent = watched.parent()
        if isinstance(parent, QComboBox):
            if self.combo_popups:
                fit_popup(parent)
        elif self.dialogs and isinstance(watched, QDialog) and not watched.property(_FITTED):
            watched.setProperty(_FITTED, True)
            shrink_to_screen(watched)
        return False


def shown_window_fit(app: QCoreApplication) -> ShownWindowFit:
    """The application's one filter, installed the first time it is asked for."""
    existing = app.findChild(ShownWindowFit, _NAME)
    if isinstance(existing, ShownWindowFit):
        return existing
    fit = ShownWindowFit(app)
    fit.setObjectName(_NAME)
    app.installEventFilter(fit)
    return fit


def install_combo_popup_fit(app: QCoreApplication) -> ShownWindowFit:
    """Every combo box's list shows its items whole."""
    fit = shown_window_fit(app)
    fit.combo_popups = True
    return fit


def install_screen_fit(app: QCoreApplication) -> ShownWindowFit:
    """No dialog opens larger than its screen (a 1366×768 laptop under its taskbar)."""
    fit = shown_window_fit(app)
    fit.dialogs = True
    return fit
