"""The mouse wheel scrolls forms; it never changes a field the officer is not in.

Qt's combo and spin boxes (dates too) take focus from the wheel and change their value under
it. In a long scrolling form the officer turning the wheel to reach the next section then
silently changes whatever passes under the pointer — a citizenship, which decides whether a
fact is exchanged with the other Party (issue 10). So, application-wide:
- such a box no longer takes focus from the wheel (Qt's WheelFocus becomes StrongFocus when the
  widget is polished: click or Tab into it);
- a wheel event over such a box without focus is not given to it: inside a scroll area it
  scrolls the area instead, elsewhere it is dropped.
A box that has focus keeps the wheel: the officer who clicked into it may scroll its values.

One application event filter, installed once (`install_wheel_guard` is idempotent), so boxes
added later — a new person section, a picker — are covered without registering each one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QScrollArea, QWidget

GUARDED = (QComboBox, QAbstractSpinBox)
_PROPERTY = "shekaraWheelGuard"


def _guarded_box(obj: QObject) -> QWidget | None:
    """The combo or spin box this object is, or whose inner line edit it is."""
    if isinstance(obj, GUARDED):
        return obj
    parent = obj.parent() if isinstance(obj, QWidget) else None
    return parent if isinstance(parent, GUARDED) else None


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if kind != QEvent.Type.Wheel:
            return False
        box = _guarded_box(watched)
        if box is None or box.hasFocus():
            return False
        area = _scroll_area_of(box)
        if area is not None:
            QCoreApplication.sendEvent(area.verticalScrollBar(), event)
        return True  # never the box's


def install_wheel_guard(app: QCoreApplication) -> WheelGuard:
    """Install the guard on the application once; later calls return the same guard."""
    existing = app.findChild(WheelGuard, _PROPERTY)
    if isinstance(existing, WheelGuard):
        return existing
    guard = WheelGuard(app)
    guard.setObjectName(_PROPERTY)
    app.installEventFilter(guard)
    return guard
