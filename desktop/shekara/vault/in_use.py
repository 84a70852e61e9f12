"""Who has the vault open: a shared lock on `<vault>/vault.lock` for as long as a process holds
the vault unlocked, an exclusive one to put a new database file in its place.

Why a lock of our own beside SQLite's: SQLite locks the file it has open, not its name. A new
master key (vault/rekey.py) and a restore over a vault (vault/backup.py) rename a new
`vault.db` into place. A process that had the old one open went on reading and writing the old
file — on POSIX unlinked, or moved aside — and everything it wrote after was lost without a word:
a record and an officer added in a window left open across `shekara rekey` were gone, and the
officer's new slot held the old master key. An unlock during a rekey's export ran the cleanup of
an interrupted rekey (vault/rekey_swap.py) and deleted the new file as it was being written.

- Shared: every unlocked Vault, in any process (the window, each `shekara` command), from before
  its first look at the files until it locks.
- Exclusive: the rekey (it upgrades its own shared lock) and a restore over a vault. Refused at
  once when anyone else holds the vault, never waited for, with words that say what to close.

The locks are the operating system's (flock on POSIX, byte ranges on Windows): they go with the
process, a SIGKILL included. The file holds nothing and is never removed (a holder of the removed
file and a holder of a new one would not see each other). Where a file system has no locks (some
network shares) the vault works unguarded, as before; the transactions' check of the file's
identity (Vault._still_ours) still refuses every write to a replaced file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import sys
from pathlib import Path

from shekara.errors import StateError

LOCK_FILE = "vault.lock"
# Windows has no shared locks: each holder locks one byte of [1, _SPAN], a replacement all of
# [0, _SPAN]. Two holders picking the same byte try another.
_SPAN = 4096
_PICKS = 16


def _in_use() -> StateError:
    return StateError("vault.in_use", "the vault is open in another window or command: lock "
                      "it or close it there, then try again")


def _busy() -> StateError:
    return StateError("vault.busy", "another window or command is putting a new vault file in "
                      "place (a new master key or a restore): try again when it has finished")


def _unsupported(exc: OSError) -> bool:
    """A file system without locks, rather than a lock held by someone else."""
    return exc.errno in (errno.ENOLCK, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS)


class VaultHold:
    """One process's hold on one vault folder; `release` (or the process's end) ends it."""

    def __init__(self, fd: int | None) -> None:
        self._fd = fd  # None: no hold (a taken hold's stand-in, or a folder without locks)
        self._token: int | None = None  # what the shared lock holds (Windows: its byte)

    @classmethod
    def shared(cls, directory: Path) -> VaultHold:
        """A hold beside other holders; StateError `vault.busy` while a new vault file is
        being put in place."""
        hold = cls(_open_lock_file(directory))
        if hold._fd is not None:
            hold._token = _lock_shared(hold._fd)
            if hold._token is None:
                hold.release()
                raise _busy()
        return hold

    @classmethod
    def exclusive(cls, directory: Path) -> VaultHold:
        """The only hold, for replacing the files of a vault no one has unlocked; `vault.in_use`
        while anyone holds it."""
        hold = cls(_open_lock_file(directory))
        if hold._fd is not None and not _lock_exclusive(hold._fd):
            hold.release()
            raise _in_use()
        return hold

    def make_exclusive(self) -> None:
        """Upgrade this shared hold; `vault.in_use` (still holding it shared) while anyone else
        holds the vault."""
        if self._fd is None:
            return
        _unlock_shared(self._fd, self._token)
        if _lock_exclusive(self._fd):
            return
        # Neither flock's conversion nor Windows keeps the shared lock through a refused
        # upgrade: take it again. Should even that be refused (another replacement won the
        # moment between), the transactions' identity check refuses our writes afterwards.
        self._token = _lock_shared(self._fd)
        raise _in_use()

    def make_shared(self) -> None:
        """Back to a hold beside others (a rekey that failed half way keeps its vault open)."""
        if self._fd is not None:
            _unlock_exclusive(self._fd)
            self._token = _lock_shared(self._fd)

    def release(self) -> None:
        """Safe to call twice."""
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)  # closing the file ends its locks
            self._fd = None


# --- the operating system's locks: a shared lock's token, or None when refused ----------------
if sys.platform == "win32":  # pragma: no cover - the tests run on Linux
    import msvcrt

    def _lock_range(fd: int, start: int, length: int) -> bool:
        os.lseek(fd, start, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, length)
        except OSError as exc:
            return _unsupported(exc)
        return True

    def _unlock_range(fd: int, start: int, length: int) -> None:
        os.lseek(fd, start, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, length)

    def _lock_shared(fd: int) -> int | None:
        for _ in range(_PICKS):
            byte = 1 + secrets.randbelow(_SPAN)
            if _lock_range(fd, byte, 1):
                return byte
        return None

    def _unlock_shared(fd: int, token: int | None) -> None:
        if token is not None:
            _unlock_range(fd, token, 1)

    def _lock_exclusive(fd: int) -> bool:
        return _lock_range(fd, 0, _SPAN + 1)

    def _unlock_exclusive(fd: int) -> None:
        _unlock_range(fd, 0, _SPAN + 1)

else:
    import fcntl

    def _flock(fd: int, kind: int) -> bool:
        try:
            fcntl.flock(fd, kind | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
                return False
            if _unsupported(exc):
                return True
            raise
        return True

    def _lock_shared(fd: int) -> int | None:
        return 0 if _flock(fd, fcntl.LOCK_SH) else None

    def _lock_exclusive(fd: int) -> bool:
        return _flock(fd, fcntl.LOCK_EX)

    def _unlock_exclusive(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)

    def _unlock_shared(fd: int, token: int | None) -> None:
        _unlock_exclusive(fd)  # flock has one unlock for both kinds


def _open_lock_file(directory: Path) -> int | None:
    """The lock file's descriptor; None where it cannot be made (a read-only folder: nothing
    there can be replaced by us either, and opening must still work)."""
    try:
        return os.open(directory / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
            return None
        raise
