"""Removable drives (USB sticks) this computer has mounted, for the export and import screens.

Only a hint for the person choosing where to write: any folder may be chosen instead, and a
listing that finds nothing is not an error. Nothing here reads or writes files on the drives
except asking for their free space.

- Linux: the mounts in `/proc/mounts` whose device is a block device marked removable in
  `/sys/block/*/removable` (a partition is found under its disk's folder there), or whose mount
  point is where desktops mount sticks (`/media/…`, `/run/media/…`): some USB disks call
  themselves fixed. `root` lets tests pass a fake tree holding `proc/mounts`, `sys/block/…` and
  the mount points.
- Windows: `GetLogicalDrives` and `GetDriveTypeW` (DRIVE_REMOVABLE) through ctypes; the label
  from `GetVolumeInformationW`. `kernel32` can be given (tests pass a fake).
"""

from __future__ import annotations

import ctypes
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

STICK_MOUNT_PREFIXES = ("/media/", "/run/media/")
# Block devices that are never sticks even when mounted under /media (disk images, RAM disks).
_NOT_STICKS = ("loop", "ram", "zram")
DRIVE_REMOVABLE = 2  # GetDriveTypeW


@dataclass(frozen=True)
class Drive:
    path: Path  # where to write (the mount point, or "E:\\")
    label: str  # the volume's name as the desktop shows it; may be empty
    device: str  # "/dev/sdb1" or "E:"
    free_bytes: int | None = None  # unknown when the drive does not answer
    total_bytes: int | None = None


def removable_drives(*, root: Path | None = None, platform: str | None = None) -> list[Drive]:
    """The removable drives mounted now, sorted by where they are mounted."""
    system = platform or sys.platform
    if system.startswith("win"):
        return windows_drives()
    if system.startswith("linux"):
        return linux_drives(root or Path("/"))
    return []  # macOS and others: the person picks a folder


# --- Linux ---------------------------------------------------------------------------------------
def _unescape(field: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash in mount points as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def _read_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def _disk_folder(root: Path, name: str) -> Path | None:
    """The /sys/block folder of the disk holding block device `name` (a disk or a partition)."""
    block = root / "sys" / "block"
    if (block / name).is_dir():
        return block / name
    try:
        disks = sorted(block.iterdir())
    except OSError:
        return None
    for disk in disks:
        if (disk / name).is_dir():  # partitions are folders inside their disk's folder
            return disk
    return None


def is_removable(root: Path, device: str) -> bool:
    name = device.rsplit("/", 1)[-1]
    disk = _disk_folder(root, name)
    if disk is None:
        return False
    return (_read_text(disk / "removable") or "").strip() == "1"


def _usage(path: Path) -> tuple[int | None, int | None]:
    try:
        usage = shutil.disk_usage(path)
    except OSError:
        return None, None
    return usage.free, usage.total


def linux_drives(root: Path = Path("/")) -> list[Drive]:
    mounts = _read_text(root / "proc" / "mounts")
    if mounts is None:
        return []
    found: dict[str, Drive] = {}
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3 or not fields[0].startswith("/dev/"):
            continue
        device, mount_point = _unescape(fields[0]), _unescape(fields[1])
        name = device.rsplit("/", 1)[-1]
        if name.startswith(_NOT_STICKS) or mount_point in found:
            continue
        if not (is_removable(root, device)
                or mount_point.startswith(STICK_MOUNT_PREFIXES)):
            continue
        path = root / mount_point.lstrip("/")
        if not path.is_dir():
            continue  # a stale entry: the stick was pulled and not yet unmounted
        free, total = _usage(path)
        found[mount_point] = Drive(path, Path(mount_point).name, device, free, total)
    return [found[key] for key in sorted(found)]


# --- Windows -------------------------------------------------------------------------------------
def _kernel32() -> Any:
    return ctypes.windll.kernel32  # type: ignore[attr-defined]


def _volume_label(kernel32: Any, root: str) -> str | None:
    """The volume's label; None when the drive has no medium in it (an empty card reader)."""
    buffer = ctypes.create_unicode_buffer(261)
    try:
        ok = kernel32.GetVolumeInformationW(root, buffer, len(buffer), None, None, None, None, 0)
    except (OSError, AttributeError):
        return ""
    return str(buffer.value) if ok else None


def windows_drives(kernel32: Any = None) -> list[Drive]:
    k32 = kernel32 if kernel32 is not None else _kernel32()
    # Asking an empty card reader for its volume would pop up "no disk" boxes; this stops that.
    old_mode = _quiet_errors(k32)
    try:
        mask = int(k32.GetLogicalDrives())
        drives: list[Drive] = []
        for index in range(26):
            if not mask & (1 << index):
                continue
            letter = chr(ord("A") + index)
            root = f"{letter}:\\"
            if int(k32.GetDriveTypeW(root)) != DRIVE_REMOVABLE:
                continue
            label = _volume_label(k32, root)
            if label is None:
                continue
            free, total = _usage(Path(root))
            drives.append(Drive(Path(root), label, f"{letter}:", free, total))
        return drives
    finally:
        _restore_errors(k32, old_mode)


SEM_FAILCRITICALERRORS = 0x0001


def _quiet_errors(kernel32: Any) -> int | None:
    try:
        return int(kernel32.SetErrorMode(SEM_FAILCRITICALERRORS))
    except (OSError, AttributeError, TypeError):
        return None


def _restore_errors(kernel32: Any, mode: int | None) -> None:
    if mode is not None:
        try:
            kernel32.SetErrorMode(mode)
        except (OSError, AttributeError, TypeError):
            pass
