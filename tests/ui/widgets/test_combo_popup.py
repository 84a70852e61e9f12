"""A combo box's open list shows its longest item whole, however narrow the box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from shekara.ui.widgets.shown_fit import install_combo_popup_fit

LONG = "Пересечение государственной границы: карточка пересечения границы"


def test_the_open_list_is_as_wide_as_its_longest_item(qtbot: Any, qapp: Any) -> None:
    install_combo_popup_fit(qapp)
    assert install_combo_popup_fit(qapp) is install_combo_popup_fit(qapp)
    holder = QWidget()
    qtbot.addWidget(holder)
    combo = QComboBox(holder)
    combo.addItems(["—", "Passport", LONG])
    combo.setFixedWidth(120)
    holder.resize(400, 200)
    holder.show()
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(lambda: view.isVisible(), timeout=2000)
    assert view.window().width() >= view.sizeHintForColumn(0)
    assert view.width() >= view.sizeHintForColumn(0)
    # Fusion (offscreen) widens the list itself; Windows' style does not, and elided in the
    # middle: the fit turns eliding off whatever the style.
    assert view.textElideMode() == Qt.TextElideMode.ElideNone
    combo.hidePopup()
