"""fileio.write_atomically: the one way Shekara writes a file — whole or not at all."""

from __future__ import annotations

import errno
import io
import os
import stat
from pathlib import Path
from typing import IO, TYPE_CHECKING

import pytest

from shekara import fileio

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


class FailDevice(io.RawIOBase):
    """A real file that fails once `limit` bytes are written, after a short write (like
    KeePassXC's FailDevice): a full or pulled stick."""

    def __init__(self, path: Path, limit: int) -> None:
        self._file = open(path, "xb", buffering=0)
        self.limit, self.written = limit, 0

    def writable(self) -> bool:
        return True

    def write(self, data: ReadableBuffer) -> int:
        room = self.limit - self.written
        if room <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        count = self._file.write(bytes(memoryview(data)[:room])) or 0
        self.written += count
        return count

    def fileno(self) -> int:
        return self._file.fileno()

    def close(self) -> None:
        self._file.close()
        super().close()


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("replace", [True, False])
def test_writes_the_file_and_nothing_else(tmp_path: Path, replace: bool) -> None:
    target = tmp_path / "out.bin"
    assert fileio.write_atomically(target, b"hello", replace=replace) == target
    assert target.read_bytes() == b"hello"
    assert names(tmp_path) == ["out.bin"]


def test_an_existing_file_is_refused_and_kept(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"first")
    with pytest.raises(FileExistsError):
        fileio.write_atomically(target, b"second", replace=False)
    assert target.read_bytes() == b"first"
    assert names(tmp_path) == ["out.bin"]


def test_a_dangling_symlink_counts_as_existing(tmp_path: Path) -> None:
    link = tmp_path / "out.bin"
    link.symlink_to(tmp_path / "nowhere")
    with pytest.raises(FileExistsError):
        fileio.write_atomically(link, b"x", replace=False)
    assert not (tmp_path / "nowhere").exists()


def test_replace_overwrites_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"a much longer first version")
    fileio.write_atomically(target, b"short", replace=True)
    assert target.read_bytes() == b"short"


def test_no_hard_links_falls_back_to_a_checked_rename(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    def no_links(src: object, dst: object) -> None:
        raise OSError(errno.EPERM, "FAT has no hard links")

    monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "out.bin"
    fileio.write_atomically(target, b"fat", replace=False)
    assert target.read_bytes() == b"fat" and names(tmp_path) == ["out.bin"]
    with pytest.raises(FileExistsError):
        fileio.write_atomically(target, b"again", replace=False)
    assert target.read_bytes() == b"fat" and names(tmp_path) == ["out.bin"]


@pytest.mark.parametrize("replace", [True, False])
def test_failure_after_every_number_of_bytes_leaves_nothing(tmp_path: Path,
                                                            replace: bool) -> None:
    data = bytes(range(256)) * 3
    for limit in (0, 1, 255, len(data) - 1):
        with pytest.raises(OSError) as caught:
            fileio.write_atomically(tmp_path / "out.bin", data, replace=replace,
                                    opener=lambda p, n=limit: FailDevice(p, n))
        assert caught.value.errno == errno.ENOSPC
        assert names(tmp_path) == [], limit
    # A device just big enough writes the whole file.
    fileio.write_atomically(tmp_path / "out.bin", data, replace=replace,
                            opener=lambda p: FailDevice(p, len(data)))
    assert (tmp_path / "out.bin").read_bytes() == data


def test_a_failing_replace_keeps_the_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    with pytest.raises(OSError):
        fileio.write_atomically(target, b"new" * 100, replace=True,
                                opener=lambda p: FailDevice(p, 10))
    assert target.read_bytes() == b"old" and names(tmp_path) == ["out.bin"]


def test_a_failing_stream_writer_leaves_nothing(tmp_path: Path) -> None:
    def half_then_fail(out: IO[bytes]) -> None:
        out.write(b"partial")
        raise OSError(errno.EIO, "pulled out")

    with pytest.raises(OSError):
        fileio.write_atomically(tmp_path / "out.bin", half_then_fail, replace=False)
    assert names(tmp_path) == []
    fileio.write_atomically(tmp_path / "out.bin", lambda out: out.write(b"whole") and None,
                            replace=False)
    assert (tmp_path / "out.bin").read_bytes() == b"whole"


def test_a_failing_folder_fsync_removes_the_new_file(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(directory: Path) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(fileio, "fsync_directory", fail)
    with pytest.raises(OSError):
        fileio.write_atomically(tmp_path / "out.bin", b"data", replace=False)
    assert names(tmp_path) == []


def test_an_interrupt_leaves_nothing(tmp_path: Path) -> None:
    def interrupted(out: IO[bytes]) -> None:
        out.write(b"some")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        fileio.write_atomically(tmp_path / "out.bin", interrupted, replace=True)
    assert names(tmp_path) == []


def test_a_missing_folder_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        fileio.write_atomically(tmp_path / "gone" / "out.bin", b"x", replace=False)


@posix_only
def test_files_are_private_by_default_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o000)
    try:
        fileio.write_atomically(tmp_path / "private.bin", b"x", replace=False)
        fileio.write_atomically(tmp_path / "public.bin", b"x", replace=True, mode=0o644)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "private.bin").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "public.bin").stat().st_mode) == 0o644


@posix_only
def test_a_read_only_folder_is_refused_and_left_empty(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: permissions are not enforced")
        with pytest.raises(PermissionError):
            fileio.write_atomically(folder / "out.bin", b"x", replace=False)
        assert names(folder) == []
    finally:
        folder.chmod(0o700)


def test_keep_if_renamed_keeps_the_replacing_file_when_the_folder_fsync_fails(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The vault's key slots: once the rename has taken the old file away, removing the new
    one would leave none at all. The error is still raised; no temporary file is left."""
    def fail(directory: Path) -> None:
        raise OSError(errno.EIO, "I/O error")

    target = tmp_path / "slots.json"
    target.write_bytes(b"old")
    monkeypatch.setattr(fileio, "fsync_directory", fail)
    with pytest.raises(OSError):
        fileio.write_atomically(target, b"new", replace=True, keep_if_renamed=True)
    assert target.read_bytes() == b"new" and names(tmp_path) == ["slots.json"]
    with pytest.raises(OSError):  # without it, the file goes: the caller says none was kept
        fileio.write_atomically(target, b"newer", replace=True)
    assert names(tmp_path) == []
