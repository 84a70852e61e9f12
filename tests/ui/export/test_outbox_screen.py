"""Post > Packets in the outbox on real vaults with real exported packets: the list of what HQ
has not acknowledged (`shekara outbox`), a packet written again byte for byte to another stick
(`export --resend`), with its read-back and its transmittal sheet; every refusal — the vault's
copy missing or altered, an interrupted export, a folder that is gone or not a folder, a
read-only or full stick, Stop — said in red in the officer's language, with nothing lost: the
outbox keeps the packet and nothing is left on the stick."""

from __future__ import annotations

import errno
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu

from shekara.services import export, keys
from shekara.services.drives import Drive
from shekara.services.outbox import outbox_packets
from shekara.ui import i18n, ops
from shekara.ui.context import UiContext
from shekara.ui.export import AckImportDialog
from shekara.ui.export.outbox import OutboxDialog
from shekara.ui.export.outbox_model import COLUMN_WIDTHS, Column
from shekara.ui.export.writing import Written
from shekara.ui.main.window import MainWindow
from shekara.ui.reports.preview import ReportPreviewDialog
from shekara.ui.widgets.destination import data_size
from shekara.vault import audit, outbox_files, outbox_store
from tests.ui.export.test_export_wizard import Failing, Held
from tests.ui.export.world import World
from tests.ui.test_accelerators import _repeated, _shown_letters
from tests.ui.test_catalogs import settled_problems

WAIT = 20000


def second_stick(world: World) -> tuple[Path, Callable[[], list[Drive]]]:
    """Another stick (a folder) and the drive listing that finds only it."""
    stick = world.root / "second-stick"
    stick.mkdir()
    return stick, lambda: [Drive(stick, "SPARE", "/dev/sdc1", 3_000_000_000, 7_800_000_000)]


def open_outbox(qtbot: Any, world: World, lister: Callable[[], list[Drive]] | None = None,
                **kwargs: Any) -> OutboxDialog:
    session = kwargs.pop("session", world.post)
    dialog = OutboxDialog(session, list_drives=lister or world.drives, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading and not dialog.chooser.loading, timeout=WAIT)
    return dialog


def cell(dialog: OutboxDialog, row: int, column: Column) -> str:
    return str(dialog.model.index(row, column).data())


def exported_twice(world: World) -> list[Path]:
    """Packets 1 (two records) and 2 (one record) on the first stick."""
    world.approved(2, seed=1)
    first = world.export().path
    world.approved(1, seed=2)
    return [first, world.export().path]


def write_and_wait(qtbot: Any, dialog: OutboxDialog) -> None:
    assert dialog.write_button.isEnabled()
    dialog.write_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)


def resent_entries(world: World) -> list[dict[str, Any]]:
    return [e.detail for e in audit.entries(world.post.vault.conn, action="export")
            if e.detail.get("resent")]


def kept_seqs(world: World) -> list[int]:
    return [e.seq for e in outbox_store.outbox_entries(world.post.vault.conn)]


# --- the list ------------------------------------------------------------------------------------
def test_the_outbox_lists_what_hq_has_not_acknowledged(qtbot: Any, linked: World) -> None:
    packets = exported_twice(linked)
    dialog = open_outbox(qtbot, linked)
    assert dialog.windowTitle() == "Outbox: packets not yet acknowledged by HQ"
    assert dialog.model.rowCount() == 2 and not dialog.empty_label.isVisible()
    assert [cell(dialog, r, Column.NUMBER) for r in range(2)] == ["1", "2"]
    assert [cell(dialog, r, Column.RECORDS) for r in range(2)] == ["2", "1"]
    assert [cell(dialog, r, Column.STATE) for r in range(2)] == ["on a stick, checked"] * 2
    assert [cell(dialog, r, Column.AGAIN) for r in range(2)] == ["—", "—"]
    assert cell(dialog, 0, Column.WRITTEN) not in ("", "—")
    sha = hashlib.sha256(packets[0].read_bytes()).hexdigest()
    assert cell(dialog, 0, Column.SHA256) == sha[:16] + "…"
    assert dialog.model.index(0, Column.SHA256).data(Qt.ItemDataRole.ToolTipRole) == sha
    rows = dialog.model.rows()
    assert [r.size for r in rows] == [p.stat().st_size for p in packets]
    # The first packet is selected: its file name and whole SHA-256 are readable below.
    assert [r.seq for r in rows if r is dialog.selected()] == [1]
    assert packets[0].name in dialog.details.text() and sha in dialog.details.text()
    assert "2 record versions, 0 removed records" in dialog.details.text()
    # Keyboard: the table has the focus and its caption's Alt-letter leads to it.
    assert dialog.caption.buddy() is dialog.view and dialog.focusWidget() is dialog.view
    # Each column as wide as its values, its header and its least width need.
    header = dialog.view.horizontalHeader()
    for column in Column:
        assert dialog.view.columnWidth(column) >= max(
            COLUMN_WIDTHS[column], dialog.view.sizeHintForColumn(column),
            header.sectionSizeHint(column)), column


def test_an_empty_outbox_says_so_plainly(qtbot: Any, linked: World) -> None:
    dialog = open_outbox(qtbot, linked)
    assert dialog.empty_label.isVisible() and not dialog.view.isVisible()
    assert dialog.empty_label.text().startswith(
        "Every packet written has been acknowledged by HQ")
    assert not dialog.write_box.isVisible()


def test_the_outbox_is_empty_once_hq_acknowledges_every_packet(qtbot: Any,
                                                                 linked: World) -> None:
    linked.approved(1)
    packet = linked.export().path
    assert [o.status for o in linked.hq_import(packet)] == ["imported"]
    ack = AckImportDialog(linked.post, list_drives=linked.drives)
    qtbot.addWidget(ack)
    with qtbot.waitSignal(ack.imported, timeout=WAIT):
        ack.import_file(linked.ack_file())
    dialog = open_outbox(qtbot, linked)
    assert dialog.model.rowCount() == 0 and dialog.empty_label.isVisible()
    assert "acknowledged by HQ" in dialog.empty_label.text()


# --- writing again -------------------------------------------------------------------------------
def test_a_packet_is_written_again_byte_for_byte_and_checked(qtbot: Any, linked: World) -> None:
    packets = exported_twice(linked)
    stick, lister = second_stick(linked)
    dialog = open_outbox(qtbot, linked, lister)
    assert dialog.chooser.directory() == stick  # the one stick found is chosen
    # By keyboard: down to packet 2 in the list, Enter writes it (Write again is the default).
    assert dialog.focusWidget() is dialog.view
    qtbot.keyClick(dialog.view, Qt.Key.Key_Down)
    assert dialog.details.text().startswith("Packet 2: ")
    with qtbot.waitSignal(dialog.rewritten, timeout=WAIT) as done:
        qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    written = done.args[0]
    assert isinstance(written, Written) and written.verified and written.result.resent
    assert (stick / packets[1].name).read_bytes() == packets[1].read_bytes()
    assert sorted(p.name for p in stick.iterdir()) == [packets[1].name]  # no temporary file
    assert dialog.outcome.text() == (f"Packet 2 is written again to {stick / packets[1].name}, "
                                     "with its original contents.")
    assert "the signature verified" in dialog.hint.text()
    assert dialog.print_button.isVisible() and dialog.print_button.isEnabled()
    # The audit log has it, the outbox still keeps it (HQ has not acknowledged it yet), and
    # the list says it was written again.
    assert [(d["seq"], d["sha256"]) for d in resent_entries(linked)] == [
        (2, hashlib.sha256(packets[1].read_bytes()).hexdigest())]
    assert kept_seqs(linked) == [1, 2]
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    assert cell(dialog, 1, Column.AGAIN).startswith("1 time, last ")
    assert cell(dialog, 0, Column.AGAIN) == "—"
    assert [r.seq for r in dialog.model.rows() if r is dialog.selected()] == [2]
    # HQ takes the copy as it would have taken the first one.
    assert [o.status for o in linked.hq_import(stick / packets[1].name)] == ["held"]
    # The transmittal sheet of the copy opens in the preview.
    dialog.print_button.click()
    qtbot.waitUntil(lambda: bool(dialog.findChildren(ReportPreviewDialog)), timeout=WAIT)
    [preview] = dialog.findChildren(ReportPreviewDialog)
    assert preview.isVisible()
    preview.close()


def test_several_packets_are_selected_by_keyboard_and_written_in_one_go(
        qtbot: Any, linked: World) -> None:
    packets = exported_twice(linked)
    stick, lister = second_stick(linked)
    dialog = open_outbox(qtbot, linked, lister)
    assert dialog.write_box.title() == "Write the selected packet again"
    qtbot.keyClick(dialog.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert [p.seq for p in dialog.selected_packets()] == [1, 2]
    assert dialog.write_box.title() == "Write the 2 selected packets again, one after another"
    assert dialog.details.text().startswith("Packet 2: ")  # the current row's
    with qtbot.waitSignal(dialog.writing_finished, timeout=WAIT) as done:
        qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert [r.seq for r in done.args[0] if r.written is not None] == [1, 2]
    assert sorted(p.name for p in stick.iterdir()) == [p.name for p in packets]
    assert dialog.per_packet.text().splitlines()[1].startswith(
        "Packet 2: written again, read back from the stick and checked (")
    assert [d["seq"] for d in resent_entries(linked)] == [1, 2]
    # One alone again: its own words, as before (no list of one line).
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    dialog.select_packets([1])
    for copy in stick.iterdir():
        copy.unlink()
    write_and_wait(qtbot, dialog)
    assert dialog.outcome.text().startswith("Packet 1 is written again to ")
    assert not dialog.per_packet.isVisible()


def test_the_service_counts_only_this_packets_writes_again(linked: World, tmp_path: Path) -> None:
    exported_twice(linked)
    again = tmp_path / "again"
    again.mkdir()
    vault = linked.post.vault
    export.resend(vault, again, 1)
    export.resend(vault, again, 1)  # the same file is there already: taken, checked, counted
    listed = outbox_packets(vault)
    assert [(p.seq, p.resent) for p in listed] == [(1, 2), (2, 0)]
    assert listed[0].last_resent_at is not None and listed[1].last_resent_at is None
    assert listed[0].size == outbox_files.size(vault.directory, listed[0].sha256)


def test_a_full_stick_is_refused_and_nothing_is_lost(qtbot: Any, linked: World) -> None:
    [packet, _] = exported_twice(linked)
    stick, lister = second_stick(linked)
    dialog = open_outbox(qtbot, linked, lister, opener=Failing(10, errno.ENOSPC))
    write_and_wait(qtbot, dialog)
    assert dialog.failure is not None
    assert dialog.outcome.text().startswith("The stick is full: the packet needs ")
    assert dialog.outcome.styleSheet()  # in red
    assert dialog.hint.text().startswith("Nothing changed in the vault: it keeps packet 1 ")
    assert "Check the stick" in dialog.hint.text()
    assert list(stick.iterdir()) == [] and kept_seqs(linked) == [1, 2]
    assert resent_entries(linked) == [] and not dialog.print_button.isVisible()
    # Room made on the stick: the same button writes the very same bytes.
    dialog.opener = None
    with qtbot.waitSignal(dialog.rewritten, timeout=WAIT):
        dialog.write_button.click()
    assert (stick / packet.name).read_bytes() == packet.read_bytes()
    assert dialog.failure is None and not dialog.outcome.styleSheet()


def test_a_stick_too_small_is_warned_about_before_writing(qtbot: Any, linked: World) -> None:
    [packet, _] = exported_twice(linked)
    stick = linked.root / "small-stick"
    stick.mkdir()

    def small() -> list[Drive]:
        return [Drive(stick, "SMALL", "/dev/sdd1", 100, 7_800_000)]

    dialog = open_outbox(qtbot, linked, small)
    assert dialog.space_warning.isVisible()
    takes = data_size(packet.stat().st_size)
    assert dialog.space_warning.text() == (
        f"The stick may be too small: packet 1 takes {takes} and it has 100 bytes free.")
    # A warning, not a refusal: the stick's answer may be stale (here it has room).
    with qtbot.waitSignal(dialog.rewritten, timeout=WAIT):
        dialog.write_button.click()
    assert (stick / packet.name).read_bytes() == packet.read_bytes()
    dialog.chooser.set_folder(linked.root)  # a folder: no free space known, no warning
    assert not dialog.space_warning.isVisible()


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES])
def test_a_read_only_stick_is_refused(qtbot: Any, linked: World, code: int) -> None:
    exported_twice(linked)
    stick, lister = second_stick(linked)
    dialog = open_outbox(qtbot, linked, lister, opener=Failing(0, code))
    write_and_wait(qtbot, dialog)
    assert dialog.outcome.text() == ("The stick is read-only or the folder is not writable; "
                                     "nothing was kept")
    assert list(stick.iterdir()) == [] and kept_seqs(linked) == [1, 2]


def test_a_folder_that_is_gone_or_not_a_folder_is_refused(qtbot: Any, linked: World) -> None:
    exported_twice(linked)
    dialog = open_outbox(qtbot, linked, list)
    gone = linked.root / "pulled-out"
    dialog.chooser.set_folder(gone)
    write_and_wait(qtbot, dialog)
    assert dialog.outcome.text().startswith("The folder to write the packet to does not exist")
    not_folder = linked.root / "a-file"
    not_folder.write_bytes(b"x")
    dialog.chooser.set_folder(not_folder)
    write_and_wait(qtbot, dialog)
    assert dialog.outcome.text().startswith("The place to write to is not a folder")
    assert not gone.exists() and kept_seqs(linked) == [1, 2] and resent_entries(linked) == []


def test_a_missing_outbox_copy_is_shown_and_refused(qtbot: Any, linked: World) -> None:
    exported_twice(linked)
    [first, _] = outbox_store.outbox_entries(linked.post.vault.conn)
    outbox_files.path_of(linked.post.vault.directory, first.sha256).unlink()
    stick, lister = second_stick(linked)
    dialog = open_outbox(qtbot, linked, lister)
    assert cell(dialog, 0, Column.STATE) == "copy missing from the vault"
    assert cell(dialog, 0, Column.SIZE) == "—"
    assert cell(dialog, 1, Column.STATE) == "on a stick, checked"
    write_and_wait(qtbot, dialog)
    assert dialog.outcome.text().startswith("The outbox copy of packet 1 is missing from the "
                                            "vault's folder")
    assert "restore the vault from a backup" in dialog.outcome.text()
    # Not the stick's fault: no advice about sticks, only that nothing changed.
    assert "Check the stick" not in dialog.hint.text()
    assert list(stick.iterdir()) == [] and kept_seqs(linked) == [1, 2]


def test_an_altered_outbox_copy_is_never_written(qtbot: Any, linked: World) -> None:
    exported_twice(linked)
    [first, _] = outbox_store.outbox_entries(linked.post.vault.conn)
    kept = outbox_files.path_of(linked.post.vault.directory, first.sha256)
    data = bytearray(kept.read_bytes())
    data[-1] ^= 1
    kept.write_bytes(bytes(data))
    stick, lister = second_stick(linked)
    dialog = open_outbox(qtbot, linked, lister)
    write_and_wait(qtbot, dialog)
    assert dialog.outcome.text().startswith("The outbox copy of packet 1 differs from what was "
                                            "written")
    assert list(stick.iterdir()) == [] and resent_entries(linked) == []


def test_an_interrupted_export_is_sent_to_the_export(qtbot: Any, linked: World) -> None:
    linked.approved(1)
    vault = linked.post.vault
    export._build_and_reserve(vault, keys.own_keys(vault), keys.pinned_hq(vault))  # a crash
    stick, lister = second_stick(linked)
    dialog = open_outbox(qtbot, linked, lister)
    assert cell(dialog, 0, Column.STATE) == "interrupted while writing"
    assert cell(dialog, 0, Column.WRITTEN) == "—"
    write_and_wait(qtbot, dialog)
    assert "Post > Export packet to a stick" in dialog.outcome.text()
    assert list(stick.iterdir()) == []


def test_stop_leaves_nothing_on_the_stick(qtbot: Any, linked: World) -> None:
    exported_twice(linked)
    held = Held()
    stick, lister = second_stick(linked)
    dialog = open_outbox(qtbot, linked, lister, opener=held)
    dialog.write_button.click()
    qtbot.waitUntil(held.opened.is_set, timeout=WAIT)
    assert dialog.busy and dialog.stop_button.isVisible() and not dialog.write_button.isEnabled()
    dialog.reject()  # Close / Escape while writing stops the writing; the screen stays
    assert dialog.isVisible()
    held.release.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.outcome.text() == "Writing was stopped."
    assert list(stick.iterdir()) == [] and resent_entries(linked) == []
    dialog.reject()
    assert not dialog.isVisible()


def test_an_officer_sees_the_outbox_but_only_a_supervisor_writes(qtbot: Any,
                                                                  linked: World) -> None:
    exported_twice(linked)
    stick, lister = second_stick(linked)
    dialog = open_outbox(qtbot, linked, lister, session=linked.officer_session())
    assert dialog.model.rowCount() == 2
    assert not dialog.write_button.isEnabled()
    assert dialog.write_button.toolTip() == "Only a supervisor can do this"
    assert dialog.hint.text() == "Only a supervisor can write a packet again."
    assert not dialog.outcome.isVisible()  # nothing to say there: no empty line either
    assert dialog.write_again() is None and list(stick.iterdir()) == []


# --- the officer's language ----------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["kk", "lt", "ru"])
def test_refusals_are_said_in_the_officers_language(qtbot: Any, linked: World,
                                                    ui_context: UiContext, lang: str) -> None:
    ui_context.translations.set_language(lang)
    exported_twice(linked)
    stick, lister = second_stick(linked)
    dialog = open_outbox(qtbot, linked, lister, opener=Failing(10, errno.ENOSPC))
    write_and_wait(qtbot, dialog)
    full = QCoreApplication.translate(
        "errors", "the stick is full: the packet needs {size} bytes; free some space or use "
        "another stick; nothing was kept")
    assert full != "the stick is full" and "{size}" in full
    start = full.split("{size}")[0][1:]  # the sentence starts with a capital here
    assert start and start in dialog.outcome.text()
    kept = QCoreApplication.translate("RewritePanel", "Nothing changed in the vault: it keeps "
                                      "packet %1 until HQ acknowledges it.")
    assert kept.replace("%1", "1") in dialog.hint.text() and "Nothing changed" not in kept
    assert cell(dialog, 0, Column.STATE) != "on a stick, checked"
    assert list(stick.iterdir()) == []


@pytest.mark.parametrize("lang", [i18n.PSEUDO, "kk", "lt", "ru", "en"])
def test_nothing_is_cut_off_and_no_letter_repeats(qtbot: Any, linked: World,
                                                  ui_context: UiContext, lang: str) -> None:
    """The whole screen as a supervisor sees it — the list, a packet written again, then a
    refusal — in each language: no label, button or header cut off, no Alt-letter twice."""
    ui_context.translations.set_language(lang)
    exported_twice(linked)
    stick, lister = second_stick(linked)
    dialog = open_outbox(qtbot, linked, lister)
    with qtbot.waitSignal(dialog.rewritten, timeout=WAIT):
        dialog.write_button.click()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    assert dialog.print_button.isVisible()
    assert settled_problems(qtbot, dialog) == []
    assert _repeated(_shown_letters(dialog)) == {}
    dialog.opener = Failing(10, errno.ENOSPC)
    for copy in stick.iterdir():  # else the same bytes found there are taken as written
        copy.unlink()
    write_and_wait(qtbot, dialog)
    assert dialog.failure is not None and dialog.hint.text()
    assert settled_problems(qtbot, dialog) == []


# --- from the window -----------------------------------------------------------------------------
def test_the_post_menu_opens_the_outbox_after_export(qtbot: Any, linked: World,
                                                     ui_context: UiContext) -> None:
    window = MainWindow(linked.post, ui_context)
    qtbot.addWidget(window)
    window.show()
    menu = window.findChild(QMenu, "postMenu")
    assert menu is not None
    names = [a.objectName() for a in menu.actions()]
    assert names[:2] == ["actExport", "actOutbox"]
    assert window.act_outbox.text() == "Packets in the &outbox…"
    window.act_outbox.trigger()
    [dialog] = [d for d in window.open_dialogs() if isinstance(d, OutboxDialog)]
    window.act_outbox.trigger()  # one at a time: the open one is raised
    assert [d for d in window.open_dialogs() if isinstance(d, OutboxDialog)] == [dialog]
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    dialog.reject()


def test_locking_while_writing_stops_and_leaves_nothing(qtbot: Any, linked: World,
                                                        ui_context: UiContext) -> None:
    """The window locks (idle, Ctrl+L) while a packet is being written again: the screen goes
    with the window, the writing stops, the stick is cleaned and the outbox keeps the packet."""
    exported_twice(linked)
    stick, _drives = second_stick(linked)
    window = MainWindow(linked.post, ui_context)
    qtbot.addWidget(window)
    window.show()
    window.act_outbox.trigger()
    [dialog] = [d for d in window.open_dialogs() if isinstance(d, OutboxDialog)]
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    held = Held()
    dialog.opener = held
    dialog.chooser.set_folder(stick)
    dialog.write_button.click()
    qtbot.waitUntil(held.opened.is_set, timeout=WAIT)
    window.clear_for_lock()
    assert window.open_dialogs() == []
    held.release.set()
    qtbot.waitUntil(lambda: not any(stick.iterdir()) and not ops_running(linked), timeout=WAIT)
    assert kept_seqs(linked) == [1, 2] and resent_entries(linked) == []


def ops_running(world: World) -> bool:
    """Whether a worker still holds the post's session (the lock waits for it)."""
    lock = ops.session_lock(world.post)
    if not lock.acquire(blocking=False):
        return True
    lock.release()
    return False


def test_an_hq_window_has_no_outbox(qtbot: Any, linked: World, ui_context: UiContext) -> None:
    window = MainWindow(linked.hq, ui_context)
    qtbot.addWidget(window)
    menu = window.findChild(QMenu, "postMenu")
    assert menu is not None and window.act_outbox not in menu.actions()
    assert not window.act_outbox.isEnabled()
