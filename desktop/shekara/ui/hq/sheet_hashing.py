"""The SHA-256 of the packet files listed in the sheet check, computed off the GUI thread one file
after the other (services/packet_receipt.py reads each in chunks), with the current file's
progress and a Stop that leaves the file being read and the ones waiting not computed. No
vault is touched: the work runs without the session lock."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from shekara.services.packet_io import ByteProgress
from shekara.services.packet_receipt import PacketFileDigest, digest_packet_file
from shekara.ui import ops
from shekara.ui.hq.sheet_check_model import SheetCheckTableModel, SheetRow

PER_MILLE = 1000


def byte_reporter(progress: ops.Progress) -> ByteProgress:
    """Bytes read → per mille of the file (a Qt signal carries 32-bit numbers, a packet may be
    2 GB), told only when it moves; Stop ends the reading at the next chunk."""
    told = -1

    def report(done: int, total: int) -> None:
        nonlocal told
        progress.check()
        permille = done * PER_MILLE // total if total else PER_MILLE
        if permille != told:
            told = permille
            progress.report(permille, PER_MILLE)

    return report


class FileHasher(QObject):
    moved = Signal()  # a file started, finished or failed; Stop was pressed
    progressed = Signal(int)  # per mille of the file being read
    idle = Signal()  # no file waits any more

    def __init__(self, model: SheetCheckTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._op: ops.Operation | None = None
        self.current: SheetRow | None = None  # the file being read
        self.stopping = False  # Stop pressed: the file being read ends at its next chunk

    @property
    def busy(self) -> bool:
        return self._op is not None

    def add(self, paths: Iterable[Path]) -> None:
        """List the files (in name order) and hash them; a file listed again is hashed again
        (the post may have written it again), its tick cleared."""
        listed = {row.path: row for row in self.model.rows()}
        fresh: list[SheetRow] = []
        for path in sorted(set(paths)):
            row = listed.get(path)
            if row is None:
                fresh.append(SheetRow(path))
            elif row is not self.current:
                row.state, row.digest, row.error, row.matches = "waiting", None, None, False
                self.model.changed(row)
        self.model.append_rows(fresh)
        self._next()

    def stop(self) -> None:
        for row in self.model.rows():
            if row.state == "waiting":
                row.state = "stopped"
                self.model.changed(row)
        if self._op is not None:
            self._op.cancel()
            self.stopping = True
        self.moved.emit()

    def _next(self) -> None:
        if self._op is not None:
            return
        row = next((r for r in self.model.rows() if r.state == "waiting"), None)
        self.current = row
        if row is None:
            self.moved.emit()
            self.idle.emit()
            return
        row.state, row.percent = "hashing", 0
        self.model.changed(row)
        self.stopping = False
        self.progressed.emit(0)
        path = row.path
        self._op = ops.run(self, lambda progress: digest_packet_file(path,
                                                                     byte_reporter(progress)),
                           on_done=self._hashed, on_error=self._not_hashed,
                           on_progress=self._progressed)
        self.moved.emit()

    def _progressed(self, done: int, _total: int, _note: str) -> None:
        row = self.current
        self.progressed.emit(done)
        if row is not None and row.percent != done * 100 // PER_MILLE:
            row.percent = done * 100 // PER_MILLE
            self.model.changed(row)

    def _hashed(self, digest: PacketFileDigest) -> None:
        self._finish("done", digest, None)

    def _not_hashed(self, err: BaseException) -> None:
        if isinstance(err, ops.Cancelled):
            self._finish("stopped", None, None)
        else:
            self._finish("failed", None, err)

    def _finish(self, state: str, digest: PacketFileDigest | None,
                error: BaseException | None) -> None:
        row, self._op = self.current, None
        if row is not None:
            row.state, row.digest, row.error = state, digest, error
            self.model.changed(row)
        self._next()
