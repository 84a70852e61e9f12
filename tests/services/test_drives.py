"""Listing removable drives, on a fake Linux tree (proc/mounts, sys/block, mount points) and a
fake kernel32 for Windows."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from shekara.services import drives
from shekara.services.drives import Drive, linux_drives, removable_drives, windows_drives

MOUNTS = """\
sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
/dev/nvme0n1p1 /boot/efi vfat rw,relatime 0 0
/dev/sdb1 /media/aigerim/SHEKARA vfat rw,nosuid,nodev,relatime,uid=1000 0 0
/dev/sdc1 /run/media/tomas/USB\\040DISK exfat rw,nosuid,nodev,relatime 0 0
/dev/sdd /mnt/backup ext4 rw,relatime 0 0
/dev/sde1 /mnt/fixed ext4 rw,relatime 0 0
/dev/loop3 /media/aigerim/image.iso iso9660 ro,relatime 0 0
/dev/sdf1 /media/aigerim/PULLED vfat rw,relatime 0 0
tmpfs /media/tmp tmpfs rw 0 0
"""


def _fake_root(tmp_path: Path) -> Path:
    root = tmp_path / "root"
    (root / "proc").mkdir(parents=True)
    (root / "proc" / "mounts").write_text(MOUNTS, encoding="utf-8")
    block = root / "sys" / "block"
    disks = {"nvme0n1": ("0", ["nvme0n1p1", "nvme0n1p2"]), "sdb": ("1", ["sdb1"]),
             "sdc": ("0", ["sdc1"]),  # a USB disk that calls itself fixed, mounted by udisks
             "sdd": ("1", []), "sde": ("0", ["sde1"]), "loop3": ("0", []),
             "sdf": ("1", ["sdf1"])}
    for disk, (removable, partitions) in disks.items():
        (block / disk).mkdir(parents=True)
        (block / disk / "removable").write_text(removable + "\n", encoding="utf-8")
        for partition in partitions:
            (block / disk / partition).mkdir()
    for mount in ("media/aigerim/SHEKARA", "run/media/tomas/USB DISK", "mnt/backup",
                  "mnt/fixed", "media/aigerim/image.iso", "media/tmp", "boot/efi"):
        (root / mount).mkdir(parents=True)
    return root  # media/aigerim/PULLED is not there: the stick was pulled out


def test_linux_lists_removable_and_desktop_mounted_drives(tmp_path: Path) -> None:
    root = _fake_root(tmp_path)
    found = linux_drives(root)
    assert [(d.device, d.label) for d in found] == [
        ("/dev/sdb1", "SHEKARA"),  # removable partition under /media
        ("/dev/sdd", "backup"),  # a removable whole disk mounted anywhere
        ("/dev/sdc1", "USB DISK"),  # "fixed" but where the desktop mounts sticks; \040 read
    ]
    by_device = {d.device: d for d in found}
    assert by_device["/dev/sdc1"].path == root / "run" / "media" / "tomas" / "USB DISK"
    assert by_device["/dev/sdb1"].path == root / "media" / "aigerim" / "SHEKARA"
    # The fake mount points are real folders here, so their free space is known.
    assert all(d.free_bytes is not None and d.total_bytes for d in found)
    devices = set(by_device)
    assert "/dev/nvme0n1p2" not in devices and "/dev/sde1" not in devices  # fixed disks
    assert "/dev/loop3" not in devices  # a disk image, even under /media
    assert "/dev/sdf1" not in devices  # listed in mounts, but its folder is gone


def test_linux_sorted_by_mount_point(tmp_path: Path) -> None:
    found = linux_drives(_fake_root(tmp_path))
    assert [str(d.path) for d in found] == sorted(str(d.path) for d in found)


def test_linux_without_proc_finds_nothing(tmp_path: Path) -> None:
    assert linux_drives(tmp_path) == []
    assert removable_drives(root=tmp_path, platform="linux") == []


def test_linux_without_sys_still_finds_desktop_mounts(tmp_path: Path) -> None:
    root = _fake_root(tmp_path)
    shutil.rmtree(root / "sys")
    assert [d.device for d in linux_drives(root)] == ["/dev/sdb1", "/dev/sdc1"]


def test_other_systems_list_nothing(tmp_path: Path) -> None:
    assert removable_drives(root=_fake_root(tmp_path), platform="darwin") == []


def test_removable_drives_dispatches_to_linux(tmp_path: Path) -> None:
    root = _fake_root(tmp_path)
    # The free space is read from the real file system twice: other work may change it between
    # the two readings, so compare what identifies each drive.
    def identity(drives: list) -> list:
        return [(d.path, d.label, d.device, d.total_bytes) for d in drives]

    assert identity(removable_drives(root=root, platform="linux")) == identity(linux_drives(root))


class FakeKernel32:
    """GetLogicalDrives: C, D, E, F, G. C fixed, D CD-ROM, E a stick, F an empty card reader,
    G a stick without a label."""

    def __init__(self) -> None:
        self.error_modes: list[int] = []

    def GetLogicalDrives(self) -> int:
        return sum(1 << (ord(letter) - ord("A")) for letter in "CDEFG")

    def GetDriveTypeW(self, root: str) -> int:
        return {"C:\\": 3, "D:\\": 5, "E:\\": 2, "F:\\": 2, "G:\\": 2}[root]

    def GetVolumeInformationW(self, root: str, buffer: Any, *_rest: Any) -> int:
        if root == "F:\\":
            return 0  # no medium
        buffer.value = {"E:\\": "SHEKARA", "G:\\": ""}[root]
        return 1

    def SetErrorMode(self, mode: int) -> int:
        self.error_modes.append(mode)
        return 0x8000 if len(self.error_modes) == 1 else mode


def test_windows_lists_removable_drives_with_a_medium() -> None:
    kernel32 = FakeKernel32()
    found = windows_drives(kernel32)
    assert [(d.device, d.label) for d in found] == [("E:", "SHEKARA"), ("G:", "")]
    assert str(found[0].path).startswith("E:")
    # Critical-error boxes are off while asking, and the old mode is put back.
    assert kernel32.error_modes == [drives.SEM_FAILCRITICALERRORS, 0x8000]


def test_drive_is_a_plain_value() -> None:
    drive = Drive(Path("/media/x"), "x", "/dev/sdb1")
    assert drive.free_bytes is None and drive == Drive(Path("/media/x"), "x", "/dev/sdb1")
