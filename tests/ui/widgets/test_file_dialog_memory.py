"""A file dialog leaves no folder it visited in Qt's settings (ui/widgets/file_dialog_memory.py).

Qt's user settings are sent to the test's folder (QSettings.setPath) and back afterwards: the
developer's own QtProject.conf is never touched."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog

from shekara.ui.widgets.file_dialog_memory import (
    FileDialogMemoryGuard,
    install_file_dialog_memory_guard,
)

CASE = "Žvirblytė Gintarė byla"


def _remove_guards(app: Any) -> None:
    for guard in app.findChildren(FileDialogMemoryGuard):
        app.removeEventFilter(guard)
        guard.setParent(None)
        shiboken6.delete(guard)


@pytest.fixture(autouse=True)
def _no_guard_on_the_application(qapp: Any) -> Iterator[None]:
    """A test that starts the application as `shekara` does (tests/ui/test_app.py) leaves the
    guard on the shared application; these tests install their own, and leave none."""
    _remove_guards(qapp)
    yield
    _remove_guards(qapp)


@pytest.fixture
def qt_settings(tmp_path: Path) -> Iterator[Path]:
    """Qt's user-scope settings in tmp_path/config for this test."""
    folder = tmp_path / "config"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    yield folder / "QtProject.conf"
    default = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.GenericConfigLocation)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, default)


def _visit_and_destroy(qtbot: Any, folder: Path, guard: FileDialogMemoryGuard | None) -> None:
    """A dialog, as Qt's static functions make one: shown, the officer goes to `folder` and
    saves there; destroyed when the function returns."""
    dialog = QFileDialog(None, "Save", str(folder.parent))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if guard is not None:
        dialog.installEventFilter(guard)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.setDirectory(str(folder))
    dialog.selectFile(str(folder / "report.pdf"))
    dialog.accept()
    shiboken6.delete(dialog)  # Qt writes its settings in the destructor


def _visited(conf: Path) -> str:
    return conf.read_text(encoding="utf-8") if conf.exists() else ""


def test_qt_keeps_the_folders_and_the_guard_removes_them(qtbot: Any, tmp_path: Path,
                                                         qt_settings: Path) -> None:
    case = tmp_path / CASE
    case.mkdir()
    encoded = "%C5%BDvirblyt%C4%97"  # how Qt writes the name: in a file:// URL
    _visit_and_destroy(qtbot, case, None)
    assert encoded in _visited(qt_settings)  # why the guard exists
    qt_settings.unlink()

    guard = FileDialogMemoryGuard()
    _visit_and_destroy(qtbot, case, guard)
    kept = _visited(qt_settings)
    assert "[FileDialog]" in kept  # Qt wrote its dialog's state, then the guard took out:
    assert encoded not in kept and "history" not in kept and "lastVisited" not in kept
    assert str(tmp_path) not in kept.replace(f"{tmp_path}/config", "")


def test_install_once_uses_qt_dialogs_and_forgets_what_was_kept(qapp: Any, tmp_path: Path,
                                                                qt_settings: Path) -> None:
    left = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "QtProject")
    left.setValue("FileDialog/lastVisited", f"file://{tmp_path}/{CASE}")
    left.setValue("FileDialog/history", [f"file://{tmp_path}/{CASE}"])
    left.setValue("FileDialog/viewMode", "Detail")
    left.sync()
    native_before = QCoreApplication.testAttribute(
        Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    guard = install_file_dialog_memory_guard(qapp)
    try:
        assert install_file_dialog_memory_guard(qapp) is guard
        assert QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
        kept = _visited(qt_settings)
        assert "viewMode=Detail" in kept and "lastVisited" not in kept and "history" not in kept
    finally:  # the shared application goes on with the attribute as it was
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs,
                                      native_before)
