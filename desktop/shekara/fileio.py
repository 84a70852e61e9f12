"""Writing a file so that it is there whole, or not there at all: the one way Shekara does it.

A temporary file in the same folder (same file system, so the last step is atomic) is written,
flushed and fsynced; then it is renamed over the target (`replace=True`) or hard-linked to the
target name, which fails if that name exists (`replace=False`: a check-then-rename would race
with whoever creates the name in between); then the folder is fsynced so that the new name
itself survives a power cut. On any error, the temporary file is removed and nothing is left
under the target name. Errors are plain `OSError`s (a refused existing target is
`FileExistsError`): each caller words them for its own users.

File systems without hard links (FAT on many USB sticks) fall back to an exclusive check and a
rename: the same result unless another program creates the name at that very moment.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO, Protocol, cast

CHUNK_BYTES = 1024 * 1024


class WritableFile(Protocol):
    """What the writer needs of an open file: a real one, or a test's failing device."""

    def write(self, data: memoryview, /) -> int | None: ...
    def flush(self) -> None: ...
    def fileno(self) -> int: ...
    def __enter__(self) -> WritableFile: ...
    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None, /) -> object: ...


Opener = Callable[[Path], WritableFile]


def _open_new(path: Path) -> WritableFile:
    # "x": never reuse a file someone else is writing; created private (0o600) from the
    # start, so no other account can open it between creation and a later chmod.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    return open(fd, "wb")


def temp_name(path: Path) -> Path:
    """The temporary name next to `path`: hidden, random, never a name a user would pick."""
    return path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")


_TEMP_NAME = re.compile(r"\..+\.[0-9a-f]{12}\.tmp")


def remove_stale_temporaries(folder: Path, older_than_seconds: float) -> int:
    """Remove the temporary files (`temp_name`'s) that a write killed before its rename left in
    `folder` (SIGKILL, a power cut: nothing else skips the cleanup above), once they are older
    than `older_than_seconds`; return how many. The age keeps a write still running in another
    process safe: it renames its file within moments. Other names are never touched."""
    removed = 0
    cutoff = time.time() - older_than_seconds
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not _TEMP_NAME.fullmatch(entry.name):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat(
                    follow_symlinks=False).st_mtime < cutoff:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            pass  # gone meanwhile, or not ours to remove: the next unlock tries again
    return removed


# What to write: the bytes, or a function that writes them to the open file (a backup streams
# a database too large to hold in memory twice).
Content = bytes | Callable[[IO[bytes]], None]


def write_atomically(path: Path, data: Content, *, replace: bool,
                     opener: Opener | None = None, mode: int | None = None,
                     keep_if_renamed: bool = False) -> Path:
    """Write `data` as `path`, whole or not at all; return `path`.

    `replace=False` refuses an existing `path` (FileExistsError) without touching it.
    The file is private to its owner (0o600) unless `mode` says otherwise (set before any byte
    is written). `opener` opens the temporary file (tests pass a failing device). An error after
    the rename removes the new file too: the caller reports that nothing was kept — unless
    `keep_if_renamed`, for a file replaced in place whose old version the rename has already
    taken away (the vault's key slots): there no file at all would lock everyone out, while the
    new one is whole; the error is still raised.
    """
    temp = temp_name(path)
    renamed = False
    try:
        with (opener or _open_new)(temp) as out:
            if mode is not None and os.name == "posix":
                os.chmod(out.fileno(), mode)
            if isinstance(data, bytes):
                write_all(out, data)
            else:
                data(cast(IO[bytes], out))
            out.flush()
            os.fsync(out.fileno())
        if replace:
            os.replace(temp, path)
        else:
            _rename_new(temp, path)
        renamed = True
        fsync_directory(path.parent)
    except BaseException:
        _remove(temp)
        if renamed and not keep_if_renamed:
            _remove(path)  # its name may not survive a power cut: the caller says none was kept
        raise
    return path


def _rename_new(temp: Path, path: Path) -> None:
    try:
        os.link(temp, path)  # atomic, and fails with EEXIST when `path` exists
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV,
                             errno.EMLINK, errno.ENOSYS):
            raise
        # No hard links here (FAT, some network shares): check, then rename.
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST)) from None
        os.replace(temp, path)
        return
    os.unlink(temp)


def write_all(out: WritableFile, data: bytes) -> None:
    """Write every byte of `data`, in chunks; a device that accepts nothing is an EIO."""
    view = memoryview(data)
    pos = 0
    while pos < len(view):
        written = out.write(view[pos:pos + CHUNK_BYTES])
        if not written:  # a raw file may write less, or nothing: never loop forever
            raise OSError(errno.EIO, "the device accepted no more bytes")
        pos += written


def fsync_directory(directory: Path) -> None:
    """Make a rename in `directory` durable. Windows cannot open a folder for fsync; there the
    file system's own journal makes the rename durable (or nothing does, on FAT)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass  # the stick is gone: nothing more can be done, and the caller's error says so
