"""When to lock: after a time without input, and when the desktop itself locks.

`IdleWatcher` filters the application's input events and fires `idle` after `timeout_ms`
without any. `DesktopLockWatcher` fires `desktop_locked` when the platform says the session
locked: on Linux from D-Bus (org.freedesktop.ScreenSaver / org.gnome.ScreenSaver
`ActiveChanged(true)`, and logind's `Lock` signal for this session), on Windows from
WTS session notifications (WM_WTSSESSION_CHANGE with WTS_SESSION_LOCK) seen in `nativeEvent`.
Both are best effort and guarded: without a bus, or on another platform, nothing happens.
The Windows path cannot be exercised on the Linux build machines; it is written to the Win32
documentation (WTSRegisterSessionNotification, NOTIFY_FOR_THIS_SESSION).
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.InputMethod,
})

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, app: QObject, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, timeout_ms))
        self._timer.timeout.connect(self.idle)
        self._active = False

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timer.setInterval(max(1, timeout_ms))
        if self._active:
            self._timer.start()

    def start(self) -> None:
        if not self._active:
            self._app.installEventFilter(self)
            self._active = True
        self._timer.start()

    def stop(self) -> None:
        if self._active:
            self._app.removeEventFilter(self)
            self._active = False
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._active

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._timer.start()
        return False


class DesktopLockWatcher(QWidget):
    """An invisible widget: it needs a native window on Windows to receive session messages."""

    desktop_locked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("desktopLockWatcher")
        self.sources: list[str] = []
        self._windows_registered = False

    def start(self) -> list[str]:
        """Listen where the platform allows; returns the sources in use (for the log/tests)."""
        if sys.platform.startswith("win"):
            if self._register_windows():
                self.sources.append("wts")
        elif sys.platform.startswith("linux"):
            self.sources += self._connect_dbus()
        return self.sources

    # --- Linux --------------------------------------------------------------------------------
    def _connect_dbus(self) -> list[str]:
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection, QDBusInterface
        except ImportError:
            return []
        found: list[str] = []
        session_bus = QDBusConnection.sessionBus()
        if session_bus.isConnected():
            for service, path in (("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                                  ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver")):
                if session_bus.connect("", path, service, "ActiveChanged", self,
                                       SLOT("_screensaver_changed(bool)").encode()):
                    found.append(service)
        system_bus = QDBusConnection.systemBus()
        if system_bus.isConnected():
            manager = QDBusInterface("org.freedesktop.login1", "/org/freedesktop/login1",
                                     "org.freedesktop.login1.Manager", system_bus)
            reply = manager.call("GetSessionByPID", os.getpid()) if manager.isValid() else None
            arguments = reply.arguments() if reply is not None else []
            path = _object_path(arguments[0]) if arguments else ""
            if path and system_bus.connect("org.freedesktop.login1", path,
                                           "org.freedesktop.login1.Session", "Lock", self,
                                           SLOT("_session_lock()").encode()):
                found.append("login1")
        return found

    @Slot(bool)
    def _screensaver_changed(self, active: bool) -> None:
        if active:
            self.desktop_locked.emit()

    @Slot()
    def _session_lock(self) -> None:
        self.desktop_locked.emit()

    # --- Windows ------------------------------------------------------------------------------
    def _register_windows(self) -> bool:
        try:
            import ctypes

            wtsapi = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
            hwnd = int(self.winId())
            self._windows_registered = bool(
                wtsapi.WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION))
        except (OSError, AttributeError):
            self._windows_registered = False
        return self._windows_registered

    def nativeEvent(self, event_type: Any, message: Any) -> Any:
        if self._windows_registered and bytes(event_type) == b"windows_generic_MSG":
            with contextlib.suppress(Exception):
                import ctypes.wintypes

                msg = ctypes.wintypes.MSG.from_address(int(message))
                if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
                    self.desktop_locked.emit()
        return super().nativeEvent(event_type, message)

    def stop(self) -> None:
        if self._windows_registered:
            with contextlib.suppress(Exception):
                import ctypes

                ctypes.WinDLL("wtsapi32").WTSUnRegisterSessionNotification(  # type: ignore[attr-defined]
                    int(self.winId()))
            self._windows_registered = False


def _object_path(value: Any) -> str:
    path = getattr(value, "path", None)
    if callable(path):
        return str(path())
    return str(value) if isinstance(value, str) and value.startswith("/") else ""
