"""Tab order in reading order.

Qt's default focus chain follows the order widgets were created, so a list entry added later
(a second person, a new route leg) would be reached after the Save button. Here the chain is
rebuilt from the layouts: top to bottom, left to right, as the form reads.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLayout, QScrollArea, QWidget


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def focus_leaves(widget: QWidget) -> list[QWidget]:
    """The widgets inside `widget` that Tab stops at, in layout order."""
    if widget.isHidden() and widget.parentWidget() is not None:
        return []
    if isinstance(widget, QScrollArea):  # a frame around the content, not a stop of its own
        inner = widget.widget()
        return focus_leaves(inner) if inner is not None else []
    if _takes_tab(widget) and (widget.layout() is None
                               or isinstance(widget, QAbstractScrollArea)):
        return [widget]
    layout = widget.layout()
    out: list[QWidget] = []
    if layout is not None:
        out += _from_layout(layout)
    else:
        proxy = widget.focusProxy()
        if proxy is not None:
            out += focus_leaves(proxy)
    if _takes_tab(widget) and widget not in out:
        out.insert(0, widget)
    return out


def _from_layout(layout: QLayout) -> list[QWidget]:
    out: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        child = item.widget()
        if child is not None:
            out += focus_leaves(child)
        else:
            inner = item.layout()
            if inner is not None:
                out += _from_layout(inner)
    return out


def chain_tab_order(widgets: Iterable[QWidget]) -> list[QWidget]:
    order: list[QWidget] = []
    for widget in widgets:
        for leaf in focus_leaves(widget):
            if leaf not in order:
                order.append(leaf)
    for first, second in itertools.pairwise(order):
        QWidget.setTabOrder(first, second)
    return order
