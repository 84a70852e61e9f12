"""A combo box's list is as wide as its longest item: "Border cr…sing card" was elided to the
width of the box in Kazakh, Lithuanian and Russian.

When a combo box's popup shows (the application's one filter of shown windows,
`shown_fit.install_combo_popup_fit`), its list is given the width of its widest item (plus the
scroll bar), and nothing in it is elided. The box itself keeps its size in the form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyle


def fit_popup(combo: QComboBox) -> None:
    view = combo.view()
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    scroll = combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    wanted = view.sizeHintForColumn(0) + scroll + 2 * view.frameWidth() + 8
    container = view.window()
    if container is not combo.window() and container.width() < wanted:
        view.setMinimumWidth(wanted - 2 * container.contentsMargins().left())
        container.resize(wanted, container.height())

