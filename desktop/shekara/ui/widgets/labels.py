"""Labels shared by screens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def selectable_label(object_name: str) -> QLabel:
    """A wrapping label whose text can be selected and copied, by mouse or keyboard (a packet
    number or a date an officer reads out to HQ on the phone)."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


def fit_to_wrapped_text(window: QWidget, width: int) -> None:
    """Make `window` as tall as its wrapped labels need at its width (at least `width`): a
    top-level window does not ask its layout's height for width by itself, and a long text in
    another language was cut off."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(max(window.width(), width))
    if needed > 0:
        window.setMinimumHeight(needed)
        if window.height() < needed:
            window.resize(window.width(), needed)


def align_label_columns(*labels: QLabel) -> None:
    """Give form labels that sit in separate form layouts one width, so that their fields start
    at one line (a form of our own above the shared passphrase pair's). Call it after every
    retranslation: the widest label changes with the language."""
    for label in labels:
        label.setMinimumWidth(0)
    width = max(label.sizeHint().width() for label in labels)
    for label in labels:
        label.setMinimumWidth(width)
