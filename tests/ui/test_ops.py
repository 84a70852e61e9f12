"""Work off the GUI thread: results, errors, cancellation, and the session lock."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from shekara.errors import StateError
from shekara.ui import ops


class _Session:
    """Stands in for a Session: the lock lives on whatever object is the session."""


def test_result_arrives_in_the_gui_thread(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    seen: list[tuple[object, bool]] = []
    gui = threading.get_ident()
    op = ops.run(owner, lambda _p: threading.get_ident(),
                 on_done=lambda r: seen.append((r, threading.get_ident() == gui)))
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    [(worker, in_gui)] = seen
    assert worker != gui and in_gui


def test_errors_arrive_as_exceptions(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    errors: list[BaseException] = []

    def work(_progress: ops.Progress) -> None:
        raise StateError("x.y", "nope")

    op = ops.run(owner, work, on_error=errors.append)
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert isinstance(errors[0], StateError)


def test_cancel_stops_work_at_its_next_check(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    steps: list[int] = []
    progress: list[tuple[int, int]] = []
    errors: list[BaseException] = []

    def work(p: ops.Progress) -> None:
        for i in range(1000):
            p.check()
            steps.append(i)
            p.report(i, 1000)
            time.sleep(0.005)

    op = ops.run(owner, work, on_error=errors.append,
                 on_progress=lambda d, t, _n: progress.append((d, t)))
    qtbot.waitUntil(lambda: len(steps) > 3, timeout=5000)
    op.cancel()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ops.Cancelled)
    assert len(steps) < 1000 and progress


def test_the_session_lock_keeps_work_from_overlapping(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    session = _Session()
    inside = threading.Event()
    release = threading.Event()
    done: list[object] = []

    def slow(_p: ops.Progress) -> str:
        inside.set()
        release.wait(5)
        return "slow"

    ops.run(owner, slow, session=session, on_done=done.append)
    assert inside.wait(5)
    # The GUI thread cannot take the lock while the worker holds it.
    assert not ops.session_lock(session).acquire(timeout=0.1)
    release.set()
    qtbot.waitUntil(lambda: done == ["slow"], timeout=5000)
    with ops.locked(session):
        pass


def test_work_that_holds_no_lock_takes_it_for_its_vault_calls_only(qtbot: Any) -> None:
    """`hold_lock=False`: the GUI thread takes the lock while the work waits on its file; the
    work's `vault_call` runs under the lock; a lock of the vault (cancel, then the lock) stops
    it at its next vault call."""
    owner = QWidget()
    qtbot.addWidget(owner)
    session = _Session()
    reading = threading.Event()
    answered = threading.Event()
    held: list[bool] = []
    errors: list[BaseException] = []

    def work(p: ops.Progress) -> None:
        held.append(ops.vault_call(session, p, lambda: _held_by_me(session)))
        reading.set()
        answered.wait(5)  # a slow stick
        ops.vault_call(session, p, lambda: held.append(True))

    op = ops.run(owner, work, session=session, hold_lock=False, on_error=errors.append)
    assert reading.wait(5) and held == [True]
    assert ops.session_lock(session).acquire(timeout=1)  # not held while the file is read
    ops.cancel_operations(session)  # still registered with the session
    ops.session_lock(session).release()
    answered.set()
    qtbot.waitUntil(lambda: op.is_done, timeout=5000)
    assert held == [True] and isinstance(errors[0], ops.Cancelled)


def _held_by_me(session: object) -> bool:
    """Whether the session's lock is held, asked from another thread (an RLock lets the thread
    holding it in again)."""
    free: list[bool] = []

    def try_it() -> None:
        lock = ops.session_lock(session)
        free.append(lock.acquire(blocking=False))
        if free[0]:
            lock.release()

    other = threading.Thread(target=try_it)
    other.start()
    other.join()
    return not free[0]


def test_cancel_operations_reaches_every_running_one(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    session = _Session()
    errors: list[BaseException] = []
    started = threading.Event()

    def work(p: ops.Progress) -> None:
        started.set()
        while True:
            p.check()
            time.sleep(0.01)

    ops.run(owner, work, session=session, on_error=errors.append)
    assert started.wait(5)
    ops.cancel_operations(session)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ops.Cancelled)


def test_late_results_for_a_closed_window_go_nowhere(qtbot: Any) -> None:
    owner = QWidget()
    release = threading.Event()
    seen: list[object] = []
    ops.run(owner, lambda _p: release.wait(5), on_done=seen.append)
    owner.deleteLater()
    qtbot.wait(50)
    release.set()
    qtbot.wait(200)
    assert seen == []


@pytest.mark.parametrize("cancellable", [True, False])
def test_run_with_dialog_closes_its_dialog(qtbot: Any, cancellable: bool) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    results: list[object] = []
    op = ops.run_with_dialog(owner, "Working", lambda _p: 7, on_done=results.append,
                             cancellable=cancellable, delay_ms=0)
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert results == [7]


def test_the_progress_of_a_shown_dialog_reaches_every_listener_in_order(qtbot: Any) -> None:
    """Reports queued while the dialog is on screen: a modal QProgressDialog's setValue runs
    processEvents, which delivered the later reports inside the first one, so a listener
    connected after the dialog heard [2, 3, 4, 5, 1]."""
    owner = QWidget()
    qtbot.addWidget(owner)
    gate = threading.Event()

    def work(progress: ops.Progress) -> None:
        gate.wait(5)
        for done in range(1, 6):
            progress.report(done, 5)

    op = ops.run_with_dialog(owner, "Working", work, delay_ms=0)
    told: list[int] = []
    op.progressed.connect(lambda done, _total, _note: told.append(done))
    dialog = owner.findChild(QProgressDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    bar = dialog.findChild(QProgressBar)
    assert bar is not None
    bars: list[int] = []
    op.progressed.connect(lambda *_: bars.append(bar.value()))
    gate.set()
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert told == [1, 2, 3, 4, 5] and bars == told


def test_an_operation_outlives_its_jobs_references(qtbot: Any,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The result can reach the GUI thread while the worker is still returning from its emit;
    the Operation (holding the relay and the work) is deleted only after the job dropped its
    own references, so no Qt object's last reference goes in a worker thread."""
    gate = threading.Event()
    emit = ops._Job._emit

    def slow_emit(signal: Any, value: object) -> None:
        emit(signal, value)
        gate.wait(5)  # the worker is still in `run`, holding the relay

    monkeypatch.setattr(ops._Job, "_emit", staticmethod(slow_emit))
    seen: list[object] = []
    op = ops.run(None, lambda _p: 42, on_done=seen.append)
    destroyed: list[bool] = []
    op.destroyed.connect(lambda: destroyed.append(True))
    qtbot.waitUntil(lambda: seen == [42], timeout=5000)
    qtbot.wait(100)
    assert destroyed == [] and not op._released.is_set()
    gate.set()
    qtbot.waitUntil(lambda: destroyed == [True], timeout=5000)
