"""Labels shared by screens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def selectable_label(object_name: str) -> QLabel:
    """A wrapping label whose text can be selected and copied, by mouse or keyboard (a packet
    number or a date an officer reads out to HQ on the phone)."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label
