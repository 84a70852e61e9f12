"""Writing a packet to a stick so that it is there whole, or not there at all.

A USB stick fills up, is pulled out mid-write, or lies about what it stored. The writer
therefore writes to a temporary name in the same folder, flushes and fsyncs, renames to the
final name (atomic within one file system), fsyncs the folder, then reads the file back and
compares it with what it meant to write. On Linux the read-back first asks the kernel
to drop the file's cached pages, so the bytes compared come from the stick, not from memory.

The write itself is `fileio.write_atomically` (the one way Shekara writes a file); packets are
left readable by other accounts (0o644), since HQ's account reads the stick. On any failure the
temporary file is removed, nothing is left under the final name, and one
`PacketError` says what happened in words a supervisor can act on. The written bytes are an
encrypted packet: the temporary file never holds plaintext.
"""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

from shekara import fileio
from shekara.errors import PacketError

# WritableFile and Opener are re-exported: tests and callers name them from here.
from shekara.fileio import CHUNK_BYTES, Opener, WritableFile
from shekara.packets.container import PACKET_KINDS
from shekara.packets.fields import CODE_PATTERN
from shekara.targets import check_folder, check_name

__all__ = ["Opener", "WritableFile", "packet_file_name", "write_atomically"]

PACKET_SUFFIX = ".shk"
_NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}\Z")


def packet_file_name(sender: str, kind: str, seq: int, recipient: str | None = None) -> str:
    """`shekara-<sender>-<kind>-<seq:06d>.shk`, or `shekara-<sender>-<kind>-<recipient>-<seq>
    .shk` for a kind numbered per recipient (acks: each post's own sequence, so two posts'
    ack 3 never share a name on one stick): codes and numbers only, no personal data."""
    if not CODE_PATTERN.match(sender) or kind not in PACKET_KINDS or seq < 1 or (
            recipient is not None and not CODE_PATTERN.match(recipient)):
        raise ValueError("a packet name is made of codes, a kind and a positive number")
    middle = f"{kind}-{recipient}" if recipient is not None else kind
    return f"shekara-{sender}-{middle}-{seq:06d}{PACKET_SUFFIX}"


def no_folder() -> PacketError:
    return PacketError("packet.no_folder", "the folder to write the packet to does not exist "
                       "(is the stick plugged in?)")


def write_atomically(directory: Path, name: str, data: bytes, *, opener: Opener | None = None,
                     overwrite: bool = False) -> Path:
    """Write `data` as `directory/name`, verified by read-back; return the final path.

    An existing file of that name is refused unless `overwrite`: a packet once written may
    already have been copied, and silently replacing it would hide a fork.
    `opener` opens the temporary file for writing; tests pass one that fails.
    """
    if not _NAME_PATTERN.match(name):
        raise ValueError("a packet file name is plain letters, digits, '.', '_' and '-'")
    check_folder(directory, PacketError, no_folder())
    final = directory / name
    check_name(final, PacketError)
    # lexists, not exists: a dangling symlink under the final name would be replaced too
    if os.path.lexists(final) and not overwrite:
        raise PacketError("packet.file_exists", "a file named {name} is already in that "
                          "folder: move it away or choose another folder", name=name)
    try:
        fileio.write_atomically(final, data, replace=overwrite, opener=opener, mode=0o644)
    except FileExistsError:
        raise PacketError("packet.file_exists", "a file named {name} is already in that "
                          "folder: move it away or choose another folder", name=name) from None
    except OSError as exc:
        raise _write_error(exc, len(data)) from None
    try:
        _read_back(final, data)
    except BaseException as exc:
        _remove(final)
        if isinstance(exc, OSError):
            raise _write_error(exc, len(data)) from None
        raise
    return final


def _read_back(path: Path, data: bytes) -> None:
    # Compared with what was meant chunk by chunk: as strict as comparing hashes, without
    # hashing both sides (two SHA-256 passes over a 100 MB packet). Each side is a bytes
    # object: bytes compare with memcmp, while a memoryview compares byte by byte through its
    # format (0.037 s against 0.002 s for 50 MB, the slice's copy included).
    same = True
    size = 0
    with open(path, "rb") as back:
        if hasattr(os, "posix_fadvise"):
            try:
                os.posix_fadvise(back.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
            except OSError:
                pass  # only a hint; some file systems do not support it
        while chunk := back.read(CHUNK_BYTES):
            same = same and data[size:size + len(chunk)] == chunk
            size += len(chunk)
    if size != len(data) or not same:
        raise PacketError("packet.readback_mismatch", "the packet read back from the stick "
                          "differs from what was written: the stick may be faulty; nothing "
                          "was kept")


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass  # the stick is gone: nothing more can be done, and the error already says so


def _write_error(exc: OSError, size: int) -> PacketError:
    # Messages name neither paths nor folders: a path can hold a user's name.
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return PacketError("packet.no_space", "the stick is full: the packet needs {size} bytes; "
                           "free some space or use another stick; nothing was kept", size=size)
    if exc.errno == errno.EFBIG:
        return PacketError("packet.file_too_big", "the stick's file system cannot hold a file of "
                           "{size} bytes; nothing was kept", size=size)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return PacketError("packet.not_writable", "the stick is read-only or the folder is not "
                           "writable; nothing was kept")
    reason = os.strerror(exc.errno) if exc.errno else "unknown error"
    return PacketError("packet.write_failed", "writing the packet failed ({reason}): was the "
                       "stick removed? nothing was kept", reason=reason)
