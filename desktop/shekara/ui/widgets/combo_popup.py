"""A combo box's list is as wide as its longest item: "Border cr…sing card" was elided to the
width of the box in Kazakh, Lithuanian and Russian.

One application event filter, installed once (`install_combo_popup_fit` is idempotent): when a
combo box's popup shows, its list is given the width of its widest item (plus the scroll bar),
and nothing in it is elided. The box itself keeps its size in the form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QStyle, QWidget

_NAME = "shekaraComboPopupFit"


class ComboPopupFit(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and \
                watched.isWindow() and isinstance(watched.parent(), QComboBox):
            fit_popup(watched.parent())  # type: ignore[arg-type]
        return False


def fit_popup(combo: QComboBox) -> None:
    view = combo.view()
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    scroll = combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    wanted = view.sizeHintForColumn(0) + scroll + 2 * view.frameWidth() + 8
    container = view.window()
    if container is not combo.window() and container.width() < wanted:
        view.setMinimumWidth(wanted - 2 * container.contentsMargins().left())
        container.resize(wanted, container.height())


def install_combo_popup_fit(app: QCoreApplication) -> ComboPopupFit:
    existing = app.findChild(ComboPopupFit, _NAME)
    if isinstance(existing, ComboPopupFit):
        return existing
    fit = ComboPopupFit(app)
    fit.setObjectName(_NAME)
    app.installEventFilter(fit)
    return fit
