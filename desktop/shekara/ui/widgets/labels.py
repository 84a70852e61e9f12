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



class ContentHeight:
    """Keeps a top-level window as tall as its wrapped content needs, each time the content
    changes: it grows for a long result and shrinks back for a short one
    (`fit_to_wrapped_text` only grows, so one long result left empty space under every later
    one). Never below a height the officer resized the window to: a height other than the one
    last fitted was theirs, and stays the floor until they resize again."""

    def __init__(self, window: QWidget, width: int) -> None:
        self.window = window
        self.width = width  # the narrowest the window is laid out at
        self.fitted: int | None = None  # the height last set here
        self.chosen = 0  # the officer's height, 0 while they have not resized

    def fit(self) -> None:
        window, layout = self.window, self.window.layout()
        if layout is None:
            return
        if self.fitted is not None and window.height() != self.fitted:
            self.chosen = window.height()
        layout.activate()
        needed = layout.totalHeightForWidth(max(window.width(), self.width))
        if needed <= 0:
            return
        window.setMinimumHeight(needed)
        height = max(needed, self.chosen)
        if window.height() != height:
            window.resize(window.width(), height)
        self.fitted = window.height()

def align_label_columns(*labels: QLabel) -> None:
    """Give form labels that sit in separate form layouts one width, so that their fields start
    at one line (a form of our own above the shared passphrase pair's). Call it after every
    retranslation: the widest label changes with the language."""
    for label in labels:
        label.setMinimumWidth(0)
    width = max(label.sizeHint().width() for label in labels)
    for label in labels:
        label.setMinimumWidth(width)
