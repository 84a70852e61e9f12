"""The atomic writer: whole file or nothing, for every way a stick can fail."""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from shekara import fileio
from shekara.errors import PacketError
from shekara.packets.writer import WritableFile, packet_file_name, write_atomically

from .builders import SURNAME, records_packet

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

NAME = "shekara-KZ-P001-records-000001.shk"


class FailingFile(io.RawIOBase):
    """A real file that fails (or goes silent) once `limit` bytes are written: a full or
    pulled stick. Like KeePassXC's FailDevice, a short write comes first."""

    def __init__(self, path: Path, limit: int, error: int | None = errno.EIO) -> None:
        self._file = open(path, "xb", buffering=0)
        self.limit, self.error, self.written = limit, error, 0

    def writable(self) -> bool:
        return True

    def write(self, data: ReadableBuffer) -> int:
        room = self.limit - self.written
        if room <= 0:
            if self.error is None:
                return 0
            raise OSError(self.error, os.strerror(self.error))
        count = self._file.write(bytes(memoryview(data)[:room])) or 0
        self.written += count
        return count

    def fileno(self) -> int:
        return self._file.fileno()

    def close(self) -> None:
        self._file.close()
        super().close()


class CorruptingFile(FailingFile):
    """A stick that accepts every byte and stores one of them wrong."""

    def write(self, data: ReadableBuffer) -> int:
        chunk = bytearray(memoryview(data))
        if self.written == 0 and chunk:
            chunk[len(chunk) // 2] ^= 0x10
        count = self._file.write(bytes(chunk)) or 0
        self.written += count
        return count


def assert_nothing_left(folder: Path) -> None:
    assert sorted(p.name for p in folder.iterdir()) == []


def test_writes_the_file_and_nothing_else(tmp_path: Path) -> None:
    data = records_packet()
    path = write_atomically(tmp_path, NAME, data)
    assert path == tmp_path / NAME and path.read_bytes() == data
    assert [p.name for p in tmp_path.iterdir()] == [NAME]


def test_nothing_readable_lands_on_the_stick(tmp_path: Path) -> None:
    write_atomically(tmp_path, NAME, records_packet())
    for path in tmp_path.rglob("*"):
        content = path.read_bytes()
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert SURNAME.encode(encoding) not in content
        assert SURNAME.encode("ascii", "ignore") not in content
        assert b"spare tyre" not in content


def test_failure_after_every_number_of_bytes(tmp_path: Path) -> None:
    data = bytes(range(256)) * 2
    for limit in range(len(data)):
        with pytest.raises(PacketError) as caught:
            write_atomically(tmp_path, NAME, data,
                             opener=lambda p, n=limit: FailingFile(p, n))  # type: ignore[misc]
        assert caught.value.msgid == "packet.write_failed", limit
        assert "removed" in str(caught.value)
        assert_nothing_left(tmp_path)
    # and with room for every byte, the same opener succeeds
    write_atomically(tmp_path, NAME, data, opener=lambda p: FailingFile(p, len(data)))
    assert (tmp_path / NAME).read_bytes() == data


def test_a_device_that_stops_accepting_bytes(tmp_path: Path) -> None:
    with pytest.raises(PacketError) as caught:
        write_atomically(tmp_path, NAME, b"x" * 100,
                         opener=lambda p: FailingFile(p, 10, error=None))
    assert caught.value.msgid == "packet.write_failed"
    assert_nothing_left(tmp_path)


def test_stick_full(tmp_path: Path) -> None:
    with pytest.raises(PacketError) as caught:
        write_atomically(tmp_path, NAME, b"x" * 100,
                         opener=lambda p: FailingFile(p, 50, errno.ENOSPC))
    assert caught.value.msgid == "packet.no_space"
    assert "full" in str(caught.value) and "100 bytes" in str(caught.value)
    assert_nothing_left(tmp_path)


@pytest.mark.parametrize(("code", "msgid"), [(errno.EFBIG, "packet.file_too_big"),
                                             (errno.EROFS, "packet.not_writable"),
                                             (errno.EACCES, "packet.not_writable")])
def test_other_errors_have_their_own_words(tmp_path: Path, code: int, msgid: str) -> None:
    with pytest.raises(PacketError) as caught:
        write_atomically(tmp_path, NAME, b"x" * 10, opener=lambda p: FailingFile(p, 0, code))
    assert caught.value.msgid == msgid
    assert_nothing_left(tmp_path)


def test_a_failing_opener(tmp_path: Path) -> None:
    def refuse(path: Path) -> WritableFile:
        raise OSError(errno.EIO, "I/O error")

    with pytest.raises(PacketError) as caught:
        write_atomically(tmp_path, NAME, b"data", opener=refuse)
    assert caught.value.msgid == "packet.write_failed"
    assert_nothing_left(tmp_path)


def test_fsync_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(fd: int) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(PacketError) as caught:
        write_atomically(tmp_path, NAME, b"data")
    assert caught.value.msgid == "packet.write_failed"
    assert_nothing_left(tmp_path)


def test_rename_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(src: object, dst: object) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(os, "replace", fail)
    monkeypatch.setattr(os, "link", fail)
    with pytest.raises(PacketError):
        write_atomically(tmp_path, NAME, b"data")
    assert_nothing_left(tmp_path)


def test_failure_after_the_rename_removes_the_final_file(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(directory: Path) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(fileio, "fsync_directory", fail)
    with pytest.raises(PacketError):
        write_atomically(tmp_path, NAME, b"data")
    assert_nothing_left(tmp_path)


def test_read_back_mismatch(tmp_path: Path) -> None:
    with pytest.raises(PacketError) as caught:
        write_atomically(tmp_path, NAME, b"0123456789" * 10,
                         opener=lambda p: CorruptingFile(p, 10**6))
    assert caught.value.msgid == "packet.readback_mismatch"
    assert_nothing_left(tmp_path)


class LateCorruptingFile(FailingFile):
    """A stick that stores one byte wrong at `position`: past the first chunk the read-back
    compares, so a comparison that stopped early or compared the wrong slice would pass it."""

    def __init__(self, path: Path, position: int) -> None:
        super().__init__(path, 10**9)
        self.position = position

    def write(self, data: ReadableBuffer) -> int:
        chunk = bytearray(memoryview(data))
        if self.written <= self.position < self.written + len(chunk):
            chunk[self.position - self.written] ^= 0x01
        count = self._file.write(bytes(chunk)) or 0
        self.written += count
        return count


@pytest.mark.parametrize("position", [0, fileio.CHUNK_BYTES - 1, fileio.CHUNK_BYTES,
                                      2 * fileio.CHUNK_BYTES + 7, 3 * fileio.CHUNK_BYTES - 1])
def test_read_back_finds_a_wrong_byte_in_any_chunk(tmp_path: Path, position: int) -> None:
    data = os.urandom(3 * fileio.CHUNK_BYTES)
    with pytest.raises(PacketError) as caught:
        write_atomically(tmp_path, NAME, data,
                         opener=lambda p: LateCorruptingFile(p, position))
    assert caught.value.msgid == "packet.readback_mismatch"
    assert_nothing_left(tmp_path)


def test_read_back_finds_a_stick_that_stored_fewer_bytes(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    data = os.urandom(2 * fileio.CHUNK_BYTES + 5)
    real = fileio.write_all

    def short(out: WritableFile, written: bytes) -> None:  # the stick drops the last bytes
        real(out, written[:-5])

    monkeypatch.setattr(fileio, "write_all", short)
    with pytest.raises(PacketError) as caught:
        write_atomically(tmp_path, NAME, data)
    assert caught.value.msgid == "packet.readback_mismatch"
    assert_nothing_left(tmp_path)


def test_an_existing_packet_is_not_replaced(tmp_path: Path) -> None:
    (tmp_path / NAME).write_bytes(b"earlier packet")
    with pytest.raises(PacketError) as caught:
        write_atomically(tmp_path, NAME, b"new packet")
    assert caught.value.msgid == "packet.file_exists"
    assert (tmp_path / NAME).read_bytes() == b"earlier packet"
    write_atomically(tmp_path, NAME, b"new packet", overwrite=True)
    assert (tmp_path / NAME).read_bytes() == b"new packet"
    assert len(list(tmp_path.iterdir())) == 1


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(PacketError) as caught:
        write_atomically(tmp_path / "unplugged", NAME, b"data")
    assert caught.value.msgid == "packet.no_folder"


@pytest.mark.parametrize("name", ["", ".hidden", "../escape.shk", "a/b.shk", "a\\b.shk",
                                  "x" * 200, "имя.shk"])
def test_names_are_plain(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError):
        write_atomically(tmp_path, name, b"data")


def test_packet_file_names() -> None:
    assert packet_file_name("KZ-P001", "records", 12) == "shekara-KZ-P001-records-000012.shk"
    assert packet_file_name("HQ-KZ", "ack", 1) == "shekara-HQ-KZ-ack-000001.shk"
    assert packet_file_name("HQ-KZ", "ack", 3, "KZ-P001") == "shekara-HQ-KZ-ack-KZ-P001-000003.shk"
    for bad in (("kz p001", "records", 1), ("KZ-P001", "photos", 1), ("KZ-P001", "ack", 0),
                ("HQ-KZ", "ack", 1, "../x")):
        with pytest.raises(ValueError):
            packet_file_name(*bad)
