"""File dialogs remember no folder on disk (design decision 1: nothing personal in plaintext).

When a Qt file dialog is destroyed it writes the folders it visited ("history") and the last
one ("lastVisited") into Qt's own user settings: `QtProject.conf` in the user's configuration
folder on Linux, the registry on Windows. Officers keep a case's documents in a folder named
after the person ("Žvirblytė Gintarė byla"); that name stayed there in plaintext after the
report was saved (found by tests/ui/test_window_plaintext_scan.py). So, application-wide:
- every file dialog, once destroyed — after Qt wrote its settings, as `destroyed` is emitted
  by the base class's destructor — has those two keys removed again (the rest — view mode,
  column widths, the sidebar's home folder — says nothing about anyone);
- the keys are removed once at start too: what an earlier version left is not kept;
- dialogs are Qt's own, not the platform's (`AA_DontUseNativeDialogs`): native dialogs keep
  lists of their own that the program cannot clear — Windows' recent files and folders of its
  common dialog in the registry, GTK's `recently-used.xbel`.
Within one run Qt still starts the next dialog in the last folder (kept in memory only).

One application event filter, installed once (`install_file_dialog_memory_guard` is
idempotent), so dialogs opened anywhere — Qt's static `QFileDialog.get…` functions included —
are covered without each call site knowing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import QFileDialog

_NAME = "shekaraFileDialogMemory"
_WATCHED = "shekaraForgetsFolders"
# Where Qt keeps its file dialogs' state (qfiledialog.cpp, QFileDialogPrivate::saveSettings).
QT_ORGANIZATION = "QtProject"
QT_GROUP = "FileDialog"
VISITED_KEYS = ("history", "lastVisited")


def forget_visited_folders() -> None:
    """Remove the folders Qt's file dialogs wrote into Qt's user settings."""
    settings = QSettings(QSettings.Scope.UserScope, QT_ORGANIZATION)  # as Qt opens it
    settings.beginGroup(QT_GROUP)
    if any(settings.contains(key) for key in VISITED_KEYS):
        for key in VISITED_KEYS:
            settings.remove(key)
        settings.endGroup()
        settings.sync()


class FileDialogMemoryGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QFileDialog) \
                and not watched.property(_WATCHED):
            watched.setProperty(_WATCHED, True)
            watched.destroyed.connect(forget_visited_folders)
        return False


def install_file_dialog_memory_guard(app: QCoreApplication) -> FileDialogMemoryGuard:
    """Qt's own dialogs, and the guard on the application once; later calls return it."""
    existing = app.findChild(FileDialogMemoryGuard, _NAME)
    if isinstance(existing, FileDialogMemoryGuard):
        return existing
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    forget_visited_folders()
    guard = FileDialogMemoryGuard(app)
    guard.setObjectName(_NAME)
    app.installEventFilter(guard)
    return guard
