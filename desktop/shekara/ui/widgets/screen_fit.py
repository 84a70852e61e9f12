"""Windows that fit the screen they open on.

The main window asks for 1280×780, the report preview for 860×980, the share and request
screens for 720–760 px of height. A 1366×768 laptop — the commonest screen at a post — has
about 728 px free under its taskbar, and a window manager (Windows' in particular) does not
shrink a new window to the free area: the status bar, or a dialog's Print and Close buttons,
would open under the taskbar or below the screen's edge.
- The main window, where it does not fit with its frame, opens maximized instead, sized to the
  free area for a platform that has no window manager to maximize it (`fit_to_screen`).
- Every dialog is shrunk to the free area when it is first shown (`shown_fit.install_screen_fit`:
  the application's one filter of shown windows, so a dialog added later is covered without
  registering it). Its layout's minimum size still wins: the narrowest screens are checked
  against those by tests/ui/test_catalogs.py.
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
    frame, sized into that area first; True if it had to."""
    if not shrink_to_screen(window):
        return False
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    return True


def shrink_to_screen(window: QWidget) -> bool:
    """Make `window` no larger than its screen's free area with its frame, and inside it;
    True if it had to."""
    screen = window.screen()
    if screen is None:
        return False
    free = screen.availableGeometry()
    width = min(window.width(), free.width() - FRAME_WIDTH)
    height = min(window.height(), free.height() - FRAME_HEIGHT)
    if (width, height) == (window.width(), window.height()):
        return False
    window.resize(width, height)
    x = min(max(window.x(), free.left()), free.right() - FRAME_WIDTH - width)
    y = min(max(window.y(), free.top()), free.bottom() - FRAME_HEIGHT - height)
    window.move(x, y)
    return True

