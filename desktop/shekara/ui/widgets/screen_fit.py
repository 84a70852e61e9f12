"""A first window that fits the screen it opens on.

The main window asks for 1280×780. A 1366×768 laptop — the commonest screen at a post — has
about 728 px free under its taskbar, and a window manager (Windows' in particular) does not
shrink a new window to the free area: the status bar and the list's last rows would open under
the taskbar. Where the window with its frame does not fit, it opens maximized instead, sized to
the free area for a platform that has no window manager to maximize it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

# A window's frame (title bar and borders) before it is shown, when it cannot be measured yet:
# about 30 px of title bar and a few px of border on the usual desktops.
FRAME_HEIGHT = 40
FRAME_WIDTH = 16


def fit_to_screen(window: QWidget) -> bool:
    """Maximize `window` (not yet shown) if it does not fit its screen's free area with its
    frame; True if it had to."""
    screen = window.screen()
    if screen is None:
        return False
    free = screen.availableGeometry()
    if (window.width() + FRAME_WIDTH <= free.width()
            and window.height() + FRAME_HEIGHT <= free.height()):
        return False
    window.resize(min(window.width(), free.width() - FRAME_WIDTH),
                  min(window.height(), free.height() - FRAME_HEIGHT))
    window.move(free.topLeft())
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    return True
