"""The window's Print the transmittal sheet… (export's last page, the outbox, HQ's imports): the
packet file read off the GUI thread a chunk at a time, its progress in the dialog, without the
session lock meanwhile (a slow stick does not hold up the window's own vault calls), stopped by
a lock of the vault, and refused in one error box."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QMessageBox, QWidget

from shekara.services.keys import own_keys
from shekara.services.packet_io import READ_CHUNK_BYTES
from shekara.services.session import Session
from shekara.ui import ops
from shekara.ui.hq.sheet_hashing import PER_MILLE
from shekara.ui.reports.opening import open_transmittal_report
from shekara.ui.reports.preview import ReportPreviewDialog
from tests.packets.builders import HQ
from tests.reports.pdfcheck import flat, text
from tests.support.big_packet import write_big_records_packet

WAIT = 20_000


def parent_widget(qtbot: Any) -> QWidget:
    parent = QWidget()
    qtbot.addWidget(parent)
    return parent


def test_the_sheet_opens_after_both_readings_are_shown(qtbot: Any, session: Session,
                                                       tmp_path: Path) -> None:
    path = write_big_records_packet(tmp_path / "shekara-KZ-NUR-ZHOLY-records-000001.shk",
                                    own_keys(session.vault), HQ.public, 3 * READ_CHUNK_BYTES,
                                    records=2)
    parent = parent_widget(qtbot)
    shown: list[ReportPreviewDialog] = []
    told: list[int] = []
    op = open_transmittal_report(parent, session, path, "en", on_shown=shown.append)
    op.progressed.connect(lambda done, total, _note: told.append(done * PER_MILLE // total))
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    dialog = shown[0]
    dialog.keep_parent_alive = parent  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready,
                    timeout=WAIT)
    assert told == sorted(told) and told[-1] == PER_MILLE and len(told) >= 4, told
    expected = session.reports.transmittal_file(path, "en")
    assert expected.detail["records"] == 2
    printed = flat(text(bytes(dialog._data.data())))
    sha = expected.detail["sha256"].upper()
    assert sha[:4] in printed and sha[-4:] in printed and path.name in printed


def test_a_slow_stick_holds_no_lock_and_a_lock_of_the_vault_stops_the_reading(
        qtbot: Any, session: Session, tmp_path: Path) -> None:
    """A pipe stands for a stick that answers when it pleases: the worker waits in the read,
    the window's vault calls go on meanwhile, and locking the vault stops the reading."""
    stick = tmp_path / "slow.shk"
    os.mkfifo(stick)
    parent = parent_widget(qtbot)
    shown: list[ReportPreviewDialog] = []
    op = open_transmittal_report(parent, session, stick, on_shown=shown.append)
    failed: list[BaseException] = []
    op.failed.connect(failed.append)
    with open(stick, "wb") as fh:  # returns once the worker has opened it to read
        lock = ops.session_lock(session)
        assert lock.acquire(blocking=False)  # the worker waits for the stick, not holding it
        lock.release()
        assert ops.call(session, session.records.count) == 0  # a vault call goes ahead
        ops.cancel_operations(session)  # what locking the vault does first
        fh.write(bytes(READ_CHUNK_BYTES))  # the stick answers: the read ends at this chunk
    qtbot.waitUntil(lambda: op.is_done, timeout=WAIT)
    assert len(failed) == 1 and isinstance(failed[0], ops.Cancelled)
    assert shown == [] and parent.findChild(QMessageBox, "errorBox") is None


def test_a_file_cut_short_is_refused_in_one_error_box(qtbot: Any, session: Session,
                                                      tmp_path: Path) -> None:
    path = write_big_records_packet(tmp_path / "whole.shk", own_keys(session.vault),
                                    HQ.public, 1000)
    cut = tmp_path / "cut.shk"
    cut.write_bytes(path.read_bytes()[:-1])
    parent = parent_widget(qtbot)
    shown: list[ReportPreviewDialog] = []
    open_transmittal_report(parent, session, cut, on_shown=shown.append)
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox, "errorBox") is not None,
                    timeout=WAIT)
    box = parent.findChild(QMessageBox, "errorBox")
    assert "cut short" in box.text() and shown == []
