"""The export's work, run in a worker thread: what would go, and writing it with progress; and
writing an outbox packet again (the Outbox screen), with the same progress and read-back.

The writer (`packets.writer.write_atomically`) opens its temporary file through an `opener`
hook; `ProgressOpener` wraps the file it opens so every chunk written reports progress and
checks for cancellation. Cancelling raises inside the write, so the export undoes itself as for
a pulled stick: nothing is marked exported and no file is left.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from shekara.errors import ShekaraError
from shekara.packets.writer import Opener, WritableFile
from shekara.services import export, keys
from shekara.services.export import ExportPreview, ExportResult, RestoreNotice
from shekara.services.session import Session
from shekara.ui import ops

# Phases reported as the progress note; the page turns them into words in the GUI thread.
PHASE_BUILD = "build"
PHASE_WRITE = "write"
PHASE_VERIFY = "verify"
PHASE_COPY = "copy"  # reading the outbox's copy, to write it again (the Outbox screen)


@dataclass(frozen=True)
class Contents:
    """What the contents page shows: the preview, or why nothing can be exported now."""

    preview: ExportPreview | None
    problem: BaseException | None = None
    restored: RestoreNotice | None = None  # restored, no HQ acknowledgement taken since


def read_contents(session: Session) -> Contents:
    """Runs in a worker under the session lock. A restore waiting for HQ's acknowledgement is
    read first, so that an officer who may not export still learns why (and whom to ask)."""
    vault = session.vault
    restored = None
    try:
        restored = export.restore_notice(vault)
        vault.require_supervisor()
        keys.own_keys(vault)
        keys.pinned_hq(vault)
        return Contents(export.preview(vault), restored=restored)
    except ShekaraError as err:
        return Contents(None, err, restored)


class _CountingFile:
    def __init__(self, inner: WritableFile, progress: ops.Progress) -> None:
        self._inner = inner
        self._progress = progress
        self._written = 0

    def write(self, data: memoryview, /) -> int | None:
        self._progress.check()  # Cancelled propagates: the writer removes its temporary file
        count = self._inner.write(data)
        self._written += count or 0
        # The writer hands out slices of one memoryview over the whole packet: its `obj` is
        # the packet, so the total is known without being told.
        whole = data.obj
        total = len(whole) if isinstance(whole, bytes | bytearray) else 0
        self._progress.report(self._written, max(total, self._written), PHASE_WRITE)
        return count

    def flush(self) -> None:
        self._inner.flush()
        self._progress.report(1, 1, PHASE_VERIFY)  # then fsync, rename, read back, verify

    def fileno(self) -> int:
        return self._inner.fileno()

    def __enter__(self) -> _CountingFile:
        self._inner.__enter__()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None, /) -> object:
        return self._inner.__exit__(kind, exc, tb)


def _open_new(path: Path) -> WritableFile:
    return open(path, "xb")  # as the writer's own opener: never reuse someone else's file


class ProgressOpener:
    """An `Opener` that reports each chunk written; wraps another opener (tests' failing one)."""

    def __init__(self, progress: ops.Progress, inner: Opener | None = None) -> None:
        self._progress = progress
        self._inner = inner or _open_new

    def __call__(self, path: Path) -> WritableFile:
        return _CountingFile(self._inner(path), self._progress)


@dataclass(frozen=True)
class Written:
    result: ExportResult
    size: int  # bytes of the file read back from the stick
    readback_sha256: str  # computed here from the file on the stick, independently

    @property
    def verified(self) -> bool:
        return self.readback_sha256 == self.result.sha256


@dataclass(frozen=True)
class Failed:
    error: BaseException
    kept_for_retry: bool  # True: the vault keeps the packet; the next try writes the same bytes


def write_packet(session: Session, directory: Path, progress: ops.Progress,
                 opener: Opener | None = None, *, after_restore: bool = False) -> Written | Failed:
    """Export to `directory` (runs in a worker under the session lock). `after_restore` is the
    supervisor's tick on the contents page; the export service decides what it allows."""
    vault = session.vault
    progress.report(0, 0, PHASE_BUILD)
    try:
        result = export.export(vault, directory, opener=ProgressOpener(progress, opener),
                               after_restore=after_restore)
    except Exception as err:
        kept = False
        # If the vault is in trouble too, the first error is the one to show.
        with contextlib.suppress(Exception):
            kept = export.preview(vault).unfinished_seq is not None
        return Failed(err, kept)
    return _read_back(result)


def rewrite_packet(session: Session, directory: Path, seq: int, progress: ops.Progress,
                   opener: Opener | None = None) -> Written | Failed:
    """Write outbox packet `seq` to `directory` again, byte for byte (`export --resend`; the
    Outbox screen; runs in a worker under the session lock). The service reads the vault's
    copy (refused when missing or hashing differently), writes it atomically, reads it back
    and verifies it as an export does; a failure changes nothing in the vault."""
    progress.report(0, 0, PHASE_COPY)
    try:
        result = export.resend(session.vault, directory, seq,
                               opener=ProgressOpener(progress, opener))
    except Exception as err:
        return Failed(err, kept_for_retry=True)  # the outbox keeps its copy whatever failed
    return _read_back(result)


def _read_back(result: ExportResult) -> Written:
    """The file on the stick read once more, its SHA-256 computed here, independently of the
    service's own check."""
    digest = hashlib.sha256()
    size = 0
    try:
        with open(result.path, "rb") as back:
            if hasattr(os, "posix_fadvise"):  # read the stick, not the kernel's cache
                with contextlib.suppress(OSError):
                    os.posix_fadvise(back.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
            while chunk := back.read(1 << 20):
                digest.update(chunk)
                size += len(chunk)
    except OSError:
        return Written(result, 0, "")  # pulled out right after: export had verified it
    return Written(result, size, digest.hexdigest())
