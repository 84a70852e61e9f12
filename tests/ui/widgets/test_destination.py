"""Choosing the stick or a folder: the drive list, Refresh, a folder, a listing that fails."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from shekara.services.drives import Drive
from shekara.ui.widgets.destination import DestinationChooser

WAIT = 10000


class Lister:
    def __init__(self, *drives: Drive) -> None:
        self.drives = list(drives)
        self.calls = 0

    def __call__(self) -> list[Drive]:
        self.calls += 1
        return list(self.drives)


def chooser(qtbot: Any, lister: Any) -> DestinationChooser:
    widget = DestinationChooser(list_drives=lister)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: not widget.loading, timeout=WAIT)
    return widget


def test_one_stick_is_listed_and_chosen(qtbot: Any, tmp_path: Path) -> None:
    stick = Drive(tmp_path, "SHEKARA", "/dev/sdb1", 3_200_000_000, 7_800_000_000)
    widget = chooser(qtbot, Lister(stick))
    assert widget.drive_list.count() == 1
    text = widget.drive_list.item(0).text()
    assert text.startswith(f"SHEKARA ({tmp_path}) — ") and "free of" in text
    assert "3.2 GB" in text and "7.8 GB" in text
    assert widget.directory() == tmp_path and widget.free_bytes() == 3_200_000_000
    assert not widget.empty_label.isVisible()


def test_several_sticks_wait_for_a_choice(qtbot: Any, tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    widget = chooser(qtbot, Lister(Drive(a, "", "/dev/sdb1"), Drive(b, "B", "/dev/sdc1")))
    assert widget.directory() is None
    assert widget.drive_list.item(0).text() == f"/dev/sdb1 ({a})"  # no label, no size
    with qtbot.waitSignal(widget.changed) as changed:
        widget.drive_list.setCurrentRow(1)
    assert changed.args == [b] and widget.free_bytes() is None


def test_no_stick_then_a_folder_then_refresh(qtbot: Any, tmp_path: Path) -> None:
    lister = Lister()
    widget = chooser(qtbot, lister)
    assert widget.directory() is None
    assert widget.empty_label.isVisible() and "No stick found" in widget.empty_label.text()
    widget.set_folder(tmp_path)
    assert widget.directory() == tmp_path
    assert widget.drive_list.currentItem().text() == f"Folder: {tmp_path}"
    lister.drives = [Drive(tmp_path / "stick", "NEW", "/dev/sdb1")]
    widget.refresh_button.click()
    qtbot.waitUntil(lambda: lister.calls == 2 and not widget.loading, timeout=WAIT)
    assert widget.drive_list.count() == 2
    assert widget.directory() == tmp_path  # the folder chosen stays chosen


def test_a_failing_listing_is_an_empty_list(qtbot: Any) -> None:
    def broken() -> list[Drive]:
        raise OSError("no /proc")

    widget = chooser(qtbot, broken)
    assert widget.drive_list.count() == 0 and widget.refresh_button.isEnabled()
