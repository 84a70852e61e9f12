"""The question asked before something that cannot be undone (revoking keys, purging records,
closing a request's copy): asked without blocking the event loop, No the default so that Enter
never does it, Yes carrying the action's own word."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def ask_first(parent: QWidget, name: str, *, title: str, text: str, informative: str,
              yes_text: str, on_yes: Callable[[], object],
              icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
    """Open the question (object name `name`) over `parent`; `on_yes` runs when Yes is chosen.
    Returns the box, open (tests answer it; callers keep it to find it)."""
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(informative)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    yes = box.button(QMessageBox.StandardButton.Yes)
    yes.setText(yes_text)
    box.buttonClicked.connect(lambda button: on_yes() if button == yes else None)
    box.finished.connect(box.deleteLater)
    box.open()
    return box
