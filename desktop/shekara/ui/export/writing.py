"""The export's work, run in a worker thread: what would go, and writing it with progress; and
writing outbox packets again (the Outbox screen, also for the packets an acknowledgement says
HQ misses), one after another with the same progress and read-back.

The writer (`packets.writer.write_atomically`) opens its temporary file through an `opener`
hook; `ProgressOpener` wraps the file it opens so every chunk written reports progress and
checks for cancellation. Cancelling raises inside the write, so the export undoes itself as for
a pulled stick: nothing is marked exported and no file is left.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Protocol

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

# Refusals that concern one packet's copy in the vault, not the stick: writing several packets
# again goes on with the next one after these, and stops after any other (a full, read-only or
# pulled-out stick would refuse the next packet as well; Stop means stop).
OWN_COPY_REFUSALS = frozenset({"outbox.file_missing", "outbox.file_unreadable",
                               "outbox.file_altered", "export.not_in_outbox",
                               "export.unfinished"})


def own_copy_refused(err: BaseException) -> bool:
    """A refusal of one packet's own copy in the vault (`OWN_COPY_REFUSALS`)."""
    return isinstance(err, ShekaraError) and err.msgid in OWN_COPY_REFUSALS


class Reporter(Protocol):
    """What the writing needs of `ops.Progress`: a packet written among several reports
    through `_PacketProgress`, which places it in the whole."""

    def check(self) -> None: ...

    def report(self, done: int, total: int, note: str = "") -> None: ...


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
    def __init__(self, inner: WritableFile, progress: Reporter) -> None:
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

    def __init__(self, progress: Reporter, inner: Opener | None = None) -> None:
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


def rewrite_packet(session: Session, directory: Path, seq: int, progress: Reporter,
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


@dataclass(frozen=True)
class Rewrite:
    """One packet of those written again together: written, refused, or neither (not tried:
    the writing stopped before it)."""

    seq: int
    written: Written | None = None
    failure: Failed | None = None


@dataclass(frozen=True)
class BatchStep:
    """Where the writing of several packets is, as the progress note carries it to the GUI
    thread (the note is one string: `batch_note` and `batch_step` write and read it)."""

    phase: str
    seq: int
    index: int  # 0 for the first packet
    count: int


def batch_note(step: BatchStep) -> str:
    return f"{step.phase}:{step.seq}:{step.index}:{step.count}"


def batch_step(note: str) -> BatchStep | None:
    parts = note.split(":")
    if len(parts) != 4 or not all(p.isdigit() for p in parts[1:]):
        return None
    return BatchStep(parts[0], int(parts[1]), int(parts[2]), int(parts[3]))


class _PacketProgress:
    """One packet's progress as a part of the whole: its bytes after those of the packets
    before it, out of all of them; its phase, number and place in the note."""

    def __init__(self, whole: ops.Progress, before: int, size: int, total: int, seq: int,
                 index: int, count: int) -> None:
        self._whole = whole
        self._before = before
        self._size = size
        self._total = total
        self._seq, self._index, self._count = seq, index, count

    def check(self) -> None:
        self._whole.check()

    def report(self, done: int, total: int, note: str = "") -> None:
        # A packet's write reports its own bytes; the other phases report 0 of 0 or 1 of 1:
        # before the write nothing of it is on the stick, once read back all of it.
        into = done if note == PHASE_WRITE else self._size if note == PHASE_VERIFY else 0
        self._whole.report(min(self._before + into, self._total), self._total,
                           batch_note(BatchStep(note, self._seq, self._index, self._count)))


def rewrite_packets(session: Session, directory: Path, packets: Sequence[tuple[int, int]],
                    progress: ops.Progress, opener: Opener | None = None) -> list[Rewrite]:
    """Write outbox packets again to `directory`, in the order given (`packets`: each
    number with the size of its copy, 0 when unknown, for the progress over all of them).
    Each is `rewrite_packet`, the very service call of `export --resend SEQ`; a refusal of
    one packet's own copy goes on with the next, any other refusal or Stop ends the writing
    there. Runs in a worker under the session lock; never raises."""
    total = sum(size for _seq, size in packets)
    out: list[Rewrite] = []
    before = 0
    stopped = False
    for index, (seq, size) in enumerate(packets):
        if stopped:
            out.append(Rewrite(seq))
            continue
        if progress.cancelled:  # Stop between two packets: nothing of this one was begun
            out.append(Rewrite(seq, failure=Failed(ops.Cancelled(), True)))
            stopped = True
            continue
        part = _PacketProgress(progress, before, size, total, seq, index, len(packets))
        outcome = rewrite_packet(session, directory, seq, part, opener)
        before += size
        if isinstance(outcome, Written):
            out.append(Rewrite(seq, written=outcome))
            continue
        out.append(Rewrite(seq, failure=outcome))
        stopped = not own_copy_refused(outcome.error)
    return out


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
