"""Work off the GUI thread, and the lock that keeps vault calls from overlapping.

The session's SQLCipher connection is shared by the GUI thread and the worker threads (it is
opened with check_same_thread=False). A service call is several statements, often a
transaction, so two threads must never interleave them: every vault call — in the GUI thread or
in a worker — runs while holding `session_lock(session)`. Locking the vault takes the same lock,
so it waits for the running call to finish before it closes the connection.

`run(owner, work, session=…)` runs `work(progress)` on Qt's global thread pool and reports back
in the GUI thread through Qt signals (`succeeded`, `failed`, `progressed`, `finished`).
`work` may call `progress.report(done, total)` and should call `progress.check()` between steps:
it raises `Cancelled` once someone called `cancel()`. Work that spends minutes on a file and
seconds on the vault (a transmittal sheet of a 2 GB packet) runs with `hold_lock=False` and
makes its few vault calls through `vault_call`: a window's own vault calls (an editor's
autosave) do not wait for the file meanwhile.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

_LOCK_ATTR = "_ui_session_lock"
RELEASE_RETRY_MS = 5
_OPS_ATTR = "_ui_operations"


class Cancelled(Exception):
    """Raised by `Progress.check()` in a worker whose operation was cancelled."""


def session_lock(session: object) -> threading.RLock:
    """The lock guarding `session`'s vault connection (created with the session's first use,
    which is in the GUI thread right after unlocking)."""
    lock = getattr(session, _LOCK_ATTR, None)
    if lock is None:
        lock = threading.RLock()
        setattr(session, _LOCK_ATTR, lock)
    return lock


@contextmanager
def locked(session: object) -> Iterator[None]:
    """`with locked(session): session.records.count()` — for quick calls in the GUI thread."""
    with session_lock(session):
        yield


def call(session: object, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Call `fn` under the session lock (GUI thread; keep it short)."""
    with session_lock(session):
        return fn(*args, **kwargs)


def vault_call(session: object, progress: Progress, fn: Callable[[], Any]) -> Any:
    """`fn()` from the work of `run(…, session=…, hold_lock=False)`: under the session lock,
    and not once the operation was cancelled — locking the vault cancels the running
    operations, then takes the lock and closes the connection."""
    with session_lock(session):
        progress.check()
        return fn()


class Progress:
    """Handed to the work function: report progress, notice cancellation."""

    def __init__(self, relay: _Relay, cancelled: threading.Event) -> None:
        self._relay = relay
        self._cancelled = cancelled

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled()

    def report(self, done: int, total: int, note: str = "") -> None:
        try:
            self._relay.progressed.emit(done, total, note)
        except RuntimeError:
            pass  # the operation's owner is gone; keep working, nobody is listening


class _Relay(QObject):
    """Signals emitted from the worker thread; delivered queued to the Operation."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    """The worker's side of an Operation. Its references to the relay (a QObject of the GUI
    thread) and to the work are dropped at the end of `run`, and only then is `released` set:
    the Operation, which holds the same objects, waits for it before it lets go of them, so
    their last reference always goes in the GUI thread. (The pool deletes a job in the worker
    thread; a relay freed there was destroyed by two threads at once: a crash seen once in a
    few hundred searches, issue 10.)"""

    def __init__(self, work: Callable[[Progress], Any], session: object | None,
                 relay: _Relay, cancelled: threading.Event, released: threading.Event,
                 hold_lock: bool = True) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work: Callable[[Progress], Any] | None = work
        self._session = session
        self._hold_lock = hold_lock
        self._relay: _Relay | None = relay
        self._cancelled = cancelled
        self._released = released

    def run(self) -> None:
        try:
            self._run()
        finally:
            self._work = None
            self._relay = None
            self._session = None
            self._released.set()

    def _run(self) -> None:
        relay, work = self._relay, self._work
        if relay is None or work is None:
            return
        progress = Progress(relay, self._cancelled)
        try:
            if self._cancelled.is_set():
                raise Cancelled()
            if self._session is not None and self._hold_lock:
                with session_lock(self._session):
                    result = work(progress)
            else:
                result = work(progress)
        except BaseException as exc:  # delivered to the GUI thread, shown by ui/errors.py
            self._emit(relay.failed, exc)
        else:
            self._emit(relay.succeeded, result)
        finally:
            del progress, relay, work  # the references of this frame, before `released`

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            pass  # the receiver was deleted (its window closed): the result has no one to go to


class Operation(QObject):
    """One piece of work on the thread pool, seen from the GUI thread.

    An Operation has no Qt parent: the running ones are kept in `_RUNNING` until they finish,
    then released. Its `owner` only decides whether anyone still listens: once the owner is
    destroyed (its window closed), results are dropped and the work is asked to stop. (Making
    the Operation a child of its owner let Qt delete it while its own results were still being
    delivered.)"""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception; Cancelled when cancelled
    finished = Signal()

    def __init__(self, work: Callable[[Progress], Any], *, session: object | None,
                 owner: QObject | None = None, hold_lock: bool = True) -> None:
        super().__init__(None)
        self._cancelled = threading.Event()
        self._done = threading.Event()
        self._owner_alive = True
        self._relay = _Relay()
        self._relay.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._relay.succeeded.connect(self._on_success, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._on_failure, Qt.ConnectionType.QueuedConnection)
        self._released = threading.Event()  # the job dropped its references (see _Job)
        self._work = work  # kept, so the work's closure is also freed in the GUI thread
        self._job: _Job | None = _Job(work, session, self._relay, self._cancelled,
                                      self._released, hold_lock)
        self._session = session
        self.result: object = None
        self.error: BaseException | None = None
        if owner is not None:
            owner.destroyed.connect(self._owner_destroyed)
        self.destroyed.connect(functools.partial(_RUNNING.pop, id(self), None))

    def start(self) -> Operation:
        if self._session is not None:
            _register(self._session, self)
        _RUNNING[id(self)] = self
        job, self._job = self._job, None
        if job is not None:
            QThreadPool.globalInstance().start(job)
        return self

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    @property
    def is_done(self) -> bool:
        return self._done.is_set()

    @Slot()
    def _owner_destroyed(self) -> None:
        self._owner_alive = False
        self._cancelled.set()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, note: str) -> None:
        if self._owner_alive:
            self.progressed.emit(done, total, note)

    @Slot(object)
    def _on_success(self, result: object) -> None:
        self.result = result
        self._finish()
        if self._owner_alive:
            self.succeeded.emit(result)
            self.finished.emit()
        self._release()

    @Slot(object)
    def _on_failure(self, error: object) -> None:
        self.error = error if isinstance(error, BaseException) else RuntimeError(str(error))
        self._finish()
        if self._owner_alive:
            self.failed.emit(self.error)
            self.finished.emit()
        self._release()

    def _finish(self) -> None:
        self._done.set()
        if self._session is not None:
            _unregister(self._session, self)

    def _release(self) -> None:
        """Let Qt delete the object once this slot has returned; its connections (which may
        hold the owner) go with it, and then the strong reference below. Not before the job
        has dropped its references (it may still be returning from its last emit)."""
        if not self._released.is_set():
            QTimer.singleShot(RELEASE_RETRY_MS, self._release)
            return
        self.deleteLater()


# Operations not yet deleted, by id: a parentless Qt object needs a strong Python reference
# until Qt has deleted it (dropping the last reference inside its own slot would delete it
# under Qt's feet).
_RUNNING: dict[int, Operation] = {}


def _register(session: object, op: Operation) -> None:
    with session_lock(session):
        ops: list[Operation] = getattr(session, _OPS_ATTR, None) or []
        ops.append(op)
        setattr(session, _OPS_ATTR, ops)


def _unregister(session: object, op: Operation) -> None:
    ops: list[Operation] = getattr(session, _OPS_ATTR, None) or []
    if op in ops:
        ops.remove(op)


def cancel_operations(session: object) -> None:
    """Ask every running operation on `session` to stop (before locking the vault)."""
    for op in list(getattr(session, _OPS_ATTR, None) or []):
        op.cancel()


def run(owner: QObject | None, work: Callable[[Progress], Any], *,
        session: object | None = None, hold_lock: bool = True,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None) -> Operation:
    """Start `work(progress)` off the GUI thread; callbacks run in the GUI thread.

    With `session`, the work holds the session lock while it runs — without `hold_lock`, only
    while it calls `vault_call` — and a lock of the vault cancels it. When `owner` is destroyed
    before the work ends, the callbacks are not called and the work is asked to stop."""
    op = Operation(work, session=session, owner=owner, hold_lock=hold_lock)
    if on_done is not None:
        op.succeeded.connect(on_done)
    if on_error is not None:
        op.failed.connect(on_error)
    if on_progress is not None:
        op.progressed.connect(on_progress)
    return op.start()


def run_with_dialog(parent: QWidget, label: str, work: Callable[[Progress], Any], *,
                    session: object | None = None, hold_lock: bool = True,
                    on_done: Callable[[Any], None] | None = None,
                    on_error: Callable[[BaseException], None] | None = None,
                    cancellable: bool = True, delay_ms: int = 400) -> Operation:
    """`run` with a progress dialog that appears only if the work takes longer than `delay_ms`.

    Once the dialog is shown, progress moves its bar, not `QProgressDialog.setValue`: a shown
    modal progress dialog's setValue runs `processEvents`, which delivered the next reports
    (and could deliver the result) inside this one, so the operation's later listeners heard
    them out of order (a test saw [166, 499, …, 332] when the machine was slow). Before, the
    dialog's setValue decides when to show it."""
    dialog = QProgressDialog(parent)
    bar = QProgressBar(dialog)
    dialog.setBar(bar)
    dialog.setLabelText(label)
    dialog.setRange(0, 0)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(delay_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setAccessibleName(label)
    if not cancellable:
        dialog.setCancelButton(None)

    def progressed(done: int, total: int, note: str) -> None:
        value = min(done, total) if total > 0 else 0
        if dialog.isVisible():
            bar.setMaximum(max(total, 0))
            bar.setValue(value)
        else:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(value)
        if note:
            dialog.setLabelText(f"{label}\n{note}")

    op = run(parent, work, session=session, hold_lock=hold_lock, on_done=on_done,
             on_error=on_error, on_progress=progressed)
    dialog.canceled.connect(op.cancel)
    op.finished.connect(dialog.close)
    op.finished.connect(dialog.deleteLater)
    return op
