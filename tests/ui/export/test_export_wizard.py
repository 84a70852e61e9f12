"""The export wizard on real vaults: a packet written to a (folder standing in for a) stick,
verified, records marked `exported`; a failing stick shows a translated error and marks nothing;
"Try again" then succeeds; cancel undoes; the refusals before writing are shown."""

from __future__ import annotations

import errno
import hashlib
import threading
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWizard

from shekara.demo.samples import generate_records
from shekara.services import export, hq, keys
from shekara.services.drives import Drive
from shekara.services.export import ExportResult
from shekara.ui.export.wizard import PAGE_CONTENTS, PAGE_DONE, PAGE_WRITE, ExportWizard
from shekara.ui.reports.preview import ReportPreviewDialog
from shekara.vault import chain_store, packet_store
from tests.ui.export.world import World

WAIT = 20000


class Failing:
    """The writer's `opener` hook: a file that fails after `limit` bytes (a pulled stick)."""

    def __init__(self, limit: int, code: int = errno.EIO) -> None:
        self.limit = limit
        self.code = code

    def __call__(self, path: Path) -> Any:
        limit, code = self.limit, self.code

        class Device:
            def __init__(self) -> None:
                self.file = open(path, "xb")
                self.written = 0

            def write(self, data: memoryview) -> int:
                if self.written >= limit:
                    raise OSError(code, "pulled out")
                count = self.file.write(bytes(data[:limit - self.written]))
                self.written += count
                return count

            def flush(self) -> None:
                self.file.flush()

            def fileno(self) -> int:
                return self.file.fileno()

            def __enter__(self) -> Device:
                return self

            def __exit__(self, *exc: object) -> None:
                self.file.close()

        return Device()


def open_wizard(qtbot: Any, world: World, **kwargs: Any) -> ExportWizard:
    wizard = ExportWizard(world.post, list_drives=world.drives, **kwargs)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.state.directory() == world.stick, timeout=WAIT)
    return wizard


def to_contents(qtbot: Any, wizard: ExportWizard) -> None:
    assert wizard.destination_page.isComplete()
    wizard.next()
    assert wizard.currentId() == PAGE_CONTENTS
    qtbot.waitUntil(lambda: wizard.contents_page.contents is not None, timeout=WAIT)


def packets_on(stick: Path) -> list[Path]:
    return sorted(p for p in stick.iterdir() if p.suffix == ".shk")


def test_the_wizard_exports_and_the_records_become_exported(qtbot: Any, linked: World) -> None:
    ids = linked.approved(3)
    wizard = open_wizard(qtbot, linked)
    assert wizard.destination_page.chooser.drive_list.count() == 1  # the one stick, chosen
    to_contents(qtbot, wizard)
    page = wizard.contents_page
    assert page.values["new"].text() == "3"
    assert page.values["corrections"].text() == "0"
    assert page.values["seq"].text() == "1"
    assert page.values["where"].text() == str(linked.stick)
    assert page.isComplete()
    with qtbot.waitSignal(wizard.exported, timeout=WAIT) as exported:
        wizard.next()
    result = exported.args[0]
    assert isinstance(result, ExportResult) and result.seq == 1 and result.records == 3
    assert wizard.currentId() == PAGE_DONE
    [packet] = packets_on(linked.stick)
    assert result.path == packet
    assert hashlib.sha256(packet.read_bytes()).hexdigest() == result.sha256
    done = wizard.done_page
    assert done.values["file"].text() == str(packet)
    assert done.values["sha"].text() == result.sha256
    assert wizard.state.written is not None and wizard.state.written.verified
    assert "SHA-256" in done.values["readback"].text()
    assert done.values["carried"].text() == "3 record versions, 0 removed records"
    assert linked.statuses(ids) == ["exported"] * 3
    # HQ takes exactly this file.
    [outcome] = linked.hq_import(packet)
    assert outcome.status == "imported" and outcome.records == 3


def test_a_pulled_stick_shows_the_error_and_marks_nothing(qtbot: Any, linked: World) -> None:
    ids = linked.approved(2)
    wizard = open_wizard(qtbot, linked, opener=Failing(100))
    to_contents(qtbot, wizard)
    wizard.next()
    assert wizard.currentId() == PAGE_WRITE
    page = wizard.write_page
    qtbot.waitUntil(lambda: page.failure is not None, timeout=WAIT)
    assert "was the stick removed? nothing was kept" in page.error_label.text()
    assert "Nothing was marked as exported" in page.hint_label.text()
    assert page.retry_button.isVisible() and not page.busy
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert wizard.state.written is None and wizard.currentId() == PAGE_WRITE
    # Nothing marked, nothing on the stick, the sequence number still free.
    assert linked.statuses(ids) == ["approved"] * 2
    assert packet_store.pending_count(linked.post.vault.conn) == 2
    assert packets_on(linked.stick) == [] and list(linked.stick.iterdir()) == []
    # Plugged in again: "Try again" writes packet 1.
    wizard.state.opener = None
    with qtbot.waitSignal(wizard.exported, timeout=WAIT):
        page.retry_button.click()
    assert wizard.currentId() == PAGE_DONE
    assert wizard.state.written is not None and wizard.state.written.result.seq == 1
    assert linked.statuses(ids) == ["exported"] * 2


def test_a_full_stick_says_so_in_the_ui_language(qtbot: Any, linked: World) -> None:
    linked.approved(1)
    wizard = open_wizard(qtbot, linked, opener=Failing(10, errno.ENOSPC))
    to_contents(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.write_page.failure is not None, timeout=WAIT)
    assert "the stick is full" in wizard.write_page.error_label.text().lower()
    assert chain_store.chain(linked.post.vault.conn, "records") == (0, None)


class Held:
    """An opener that waits until released (the person presses Stop meanwhile)."""

    def __init__(self) -> None:
        self.opened = threading.Event()
        self.release = threading.Event()

    def __call__(self, path: Path) -> Any:
        self.opened.set()
        self.release.wait(10)
        return open(path, "xb")


def test_stopping_the_write_undoes_it(qtbot: Any, linked: World) -> None:
    ids = linked.approved(1)
    held = Held()
    wizard = open_wizard(qtbot, linked, opener=held)
    to_contents(qtbot, wizard)
    wizard.next()
    page = wizard.write_page
    qtbot.waitUntil(held.opened.is_set, timeout=WAIT)
    assert page.busy and page.stop_button.isVisible()
    wizard.reject()  # Cancel / Escape while writing asks the writer to stop
    assert wizard.isVisible()
    held.release.set()
    qtbot.waitUntil(lambda: page.failure is not None, timeout=WAIT)
    assert page.error_label.text() == "Writing was stopped."
    assert linked.statuses(ids) == ["approved"]
    assert list(linked.stick.iterdir()) == []
    wizard.reject()  # not busy any more: closes
    assert not wizard.isVisible()


def test_nothing_to_export_stops_at_the_contents(qtbot: Any, linked: World) -> None:
    wizard = open_wizard(qtbot, linked)
    to_contents(qtbot, wizard)
    page = wizard.contents_page
    assert "Nothing to export" in page.status.text()
    assert not page.isComplete()


def test_without_hq_keys_the_wizard_says_so_before_writing(qtbot: Any, world: World) -> None:
    world.approved(1)
    wizard = open_wizard(qtbot, world)
    to_contents(qtbot, wizard)
    page = wizard.contents_page
    assert "HQ's keys are not imported yet" in page.note.text()
    assert not page.isComplete()


def test_an_officer_is_refused_before_writing(qtbot: Any, linked: World) -> None:
    linked.approved(1)
    wizard = ExportWizard(linked.officer_session(), list_drives=linked.drives)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.state.directory() is not None, timeout=WAIT)
    to_contents(qtbot, wizard)
    assert "supervisor" in wizard.contents_page.note.text()
    assert not wizard.contents_page.isComplete()


def test_the_contents_count_corrections_withdrawals_and_attachments(
        qtbot: Any, linked: World, tmp_path: Path) -> None:
    from shekara.services.attachments import attach

    first, second, third = linked.approved(3)
    linked.export()
    records = linked.post.records
    data = {k: v for k, v in records.show(first).current.data.items()}
    records.amend(first, data, "typo in the narrative")
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + bytes(5000))
    attach(linked.post.vault, linked.post.ref, first, photo)
    records.approve(first)
    records.withdraw(second, "entered twice")
    [fresh] = linked.approved(1, seed=77)
    preview = export.preview(linked.post.vault)
    assert (preview.new_records, preview.corrections, preview.withdrawals) == (1, 1, 1)
    assert (preview.attachments, preview.attachment_bytes, preview.next_seq) == (1, 5003, 2)
    wizard = open_wizard(qtbot, linked)
    to_contents(qtbot, wizard)
    values = wizard.contents_page.values
    assert [values[k].text() for k in ("new", "corrections", "withdrawals", "tombstones")] == [
        "1", "1", "1", "0"]
    assert values["attachments"].text().startswith("1 file, ")
    assert values["seq"].text() == "2"
    assert third and fresh


def test_a_small_stick_is_warned_about(qtbot: Any, linked: World, tmp_path: Path) -> None:
    from shekara.services.attachments import attach

    [record_id] = linked.post.records.add(list(generate_records(1, seed=3, party="KZ")))
    photo = tmp_path / "scan.png"
    photo.write_bytes(b"\x89PNG" + bytes(20_000))
    attach(linked.post.vault, linked.post.ref, record_id, photo)
    linked.post.records.approve(record_id)

    def tiny() -> list[Drive]:
        return [Drive(linked.stick, "TINY", "/dev/sdc1", 1000, 8000)]

    wizard = ExportWizard(linked.post, list_drives=tiny)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.state.directory() == linked.stick, timeout=WAIT)
    to_contents(qtbot, wizard)
    assert "may be too small" in wizard.contents_page.note.text()
    assert wizard.contents_page.isComplete()  # a warning, not a refusal


def test_an_interrupted_export_is_announced_and_finished(qtbot: Any, linked: World,
                                                         monkeypatch: Any) -> None:
    """Killed between tx1 and tx2: the next export writes the same bytes first."""
    ids = linked.approved(2)
    vault = linked.post.vault
    own, pinned = keys.own_keys(vault), keys.pinned_hq(vault)
    built = export._build_and_reserve(vault, own, pinned)  # tx1 only, as after a crash
    wizard = open_wizard(qtbot, linked)
    to_contents(qtbot, wizard)
    assert "interrupted" in wizard.contents_page.note.text()
    assert wizard.contents_page.values["seq"].text() == "1"
    with qtbot.waitSignal(wizard.exported, timeout=WAIT):
        wizard.next()
    written = wizard.state.written
    assert written is not None and written.result.resumed
    assert written.result.sha256 == built.entry.sha256  # the very same packet
    assert "interrupted" in wizard.done_page.note.text()
    assert linked.statuses(ids) == ["exported"] * 2
    [outcome] = hq.import_files(linked.hq.vault, linked.hq.ref, packets_on(linked.stick))
    assert outcome.status == "imported"


def test_the_transmittal_sheet_opens_in_the_preview(qtbot: Any, linked: World) -> None:
    linked.approved(1)
    wizard = open_wizard(qtbot, linked)
    to_contents(qtbot, wizard)
    with qtbot.waitSignal(wizard.exported, timeout=WAIT):
        wizard.next()
    wizard.done_page.print_button.click()
    qtbot.waitUntil(lambda: bool(wizard.findChildren(ReportPreviewDialog)), timeout=WAIT)
    [dialog] = wizard.findChildren(ReportPreviewDialog)
    assert dialog.isVisible()
    dialog.close()
