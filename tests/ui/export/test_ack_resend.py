"""Writing again the packets HQ's acknowledgement says are missing, on real vaults, real exported
packets and a real acknowledgement: the acknowledgement screen opens the Outbox screen over
itself with the missing packets selected, and they are written there in one go — the stick
chooser, progress over all of them, Stop (the packet begun removed from the stick), the
read-back, a result packet by packet and their transmittal sheets. Every refusal (a copy gone
or altered in the vault, a full, read-only or pulled-out stick, a folder gone, Stop) is said in
the officer's language and changes nothing in the vault; only a supervisor writes."""

from __future__ import annotations

import errno
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from shekara.packets.writer import Opener
from shekara.services.drives import Drive
from shekara.services.session import Session
from shekara.ui import i18n
from shekara.ui.context import UiContext
from shekara.ui.export.ack_import import AckImportDialog
from shekara.ui.export.outbox import OutboxDialog
from shekara.ui.export.outbox_model import Column
from shekara.ui.export.writing import BatchStep, batch_step
from shekara.ui.main.window import MainWindow
from shekara.ui.reports.preview import ReportPreviewDialog
from shekara.vault import audit, outbox_files, outbox_store
from tests.ui.export.test_export_wizard import Failing, Held
from tests.ui.export.test_outbox_screen import ops_running
from tests.ui.export.world import World
from tests.ui.test_accelerators import _repeated, _shown_letters
from tests.ui.test_catalogs import settled_problems

WAIT = 20000


class FirstThen:
    """An opener that opens the first `count` files as the writer would, then hands over to
    `then` (a stick pulled out, or Stop, while the second packet is written)."""

    def __init__(self, count: int, then: Opener) -> None:
        self.count = count
        self.then = then

    def __call__(self, path: Path) -> Any:
        if self.count > 0:
            self.count -= 1
            return open(path, "xb")
        return self.then(path)


def missing_two_and_three(world: World) -> list[Path]:
    """Packets 1–4 exported; HQ got 1 and 4 only: its acknowledgement says 2 and 3 are
    missing and holds 4. The packet files as first written, by number."""
    packets = []
    for seed in (1, 2, 3, 4):
        world.approved(1, seed=seed)
        packets.append(world.export().path)
    kept = world.root / "sent"
    kept.mkdir()
    for packet in packets:  # the stick went to HQ with only 1 and 4; the copies stay here
        packet.rename(kept / packet.name)
    packets = [kept / p.name for p in packets]
    outcomes = world.hq_import(packets[0], packets[3])
    assert [o.status for o in outcomes] == ["imported", "held"]
    return packets


def spare_stick(world: World) -> tuple[Path, Callable[[], list[Drive]]]:
    stick = world.root / "spare-stick"
    stick.mkdir()
    return stick, lambda: [Drive(stick, "SPARE", "/dev/sdc1", 3_000_000_000, 7_800_000_000)]


def ack_taken(qtbot: Any, world: World, lister: Callable[[], list[Drive]],
              session: Session | None = None) -> AckImportDialog:
    """The acknowledgement screen with HQ's acknowledgement imported."""
    ack = world.ack_file()
    dialog = AckImportDialog(session or world.post, list_drives=lister)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT):
        dialog.import_file(ack)
    return dialog


def open_outbox(qtbot: Any, ack: AckImportDialog) -> OutboxDialog:
    ack.resend_button.click()
    outbox = ack.outbox
    assert outbox is not None
    qtbot.waitUntil(lambda: not outbox.loading and not outbox.chooser.loading, timeout=WAIT)
    return outbox


def write_all(qtbot: Any, outbox: OutboxDialog) -> list[Any]:
    assert outbox.write_button.isEnabled()
    with qtbot.waitSignal(outbox.writing_finished, timeout=WAIT) as done:
        outbox.write_button.click()
    qtbot.waitUntil(lambda: not outbox.loading, timeout=WAIT)
    return list(done.args[0])


def resent(world: World) -> list[int]:
    return [e.detail["seq"] for e in audit.entries(world.post.vault.conn, action="export")
            if e.detail.get("resent")]


def kept_seqs(world: World) -> list[int]:
    return [e.seq for e in outbox_store.outbox_entries(world.post.vault.conn)]


def selected_seqs(outbox: OutboxDialog) -> list[int]:
    return [p.seq for p in outbox.selected_packets()]


def shk_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- written in one go ---------------------------------------------------------------------------
def test_the_missing_packets_are_written_again_in_one_go(qtbot: Any, linked: World) -> None:
    packets = missing_two_and_three(linked)
    stick, lister = spare_stick(linked)
    ack = ack_taken(qtbot, linked, lister)
    assert "HQ is missing packet(s) 2–3: write them again" in ack.details.text()
    assert ack.resendable == [2, 3] and ack.resend_button.isVisible()
    assert ack.resend_button.isEnabled() and ack.focusWidget() is ack.resend_button
    assert not ack.resend_label.isVisible()  # nothing to say yet: no empty line
    # By keyboard: Space on the focused button opens the outbox over the acknowledgement.
    qtbot.keyClick(ack.resend_button, Qt.Key.Key_Space)
    outbox = ack.outbox
    assert isinstance(outbox, OutboxDialog) and outbox.parent() is ack
    assert outbox.windowModality() == Qt.WindowModality.WindowModal and outbox.isVisible()
    qtbot.waitUntil(lambda: not outbox.loading and not outbox.chooser.loading, timeout=WAIT)
    # The whole outbox, the missing packets selected; the stick found is chosen.
    assert [r.seq for r in outbox.model.rows()] == [2, 3, 4]
    assert selected_seqs(outbox) == [2, 3]
    assert outbox.missing_note.text() == (
        "HQ says packet(s) 2–3 are missing: they are selected below. Choose the stick and "
        "press Write again: they are written one after another.")
    assert outbox.write_box.title() == "Write the 2 selected packets again, one after another"
    assert outbox.chooser.directory() == stick
    # Enter in the list writes them (Write again is the default button); the progress runs
    # over both packets' bytes, packet by packet.
    assert outbox.focusWidget() is outbox.view
    steps: list[tuple[int, int, BatchStep | None]] = []
    with qtbot.waitSignal(outbox.writing_finished, timeout=WAIT) as done:
        qtbot.keyClick(outbox.view, Qt.Key.Key_Return)
        op = outbox.write_box._op
        assert op is not None
        op.progressed.connect(lambda d, t, note: steps.append((d, t, batch_step(note))))
    results = done.args[0]
    assert [(r.seq, r.written is not None, r.failure) for r in results] == [
        (2, True, None), (3, True, None)]
    assert all(r.written.verified for r in results)
    # The very same bytes, nothing else left on the stick.
    assert shk_files(stick) == sorted(p.name for p in packets[1:3])
    for packet in packets[1:3]:
        assert (stick / packet.name).read_bytes() == packet.read_bytes()
    total = sum(p.stat().st_size for p in packets[1:3])
    assert steps and {t for _d, t, _s in steps} == {total}
    assert [d for d, _t, _s in steps] == sorted(d for d, _t, _s in steps)  # never backwards
    seen = [(s.seq, s.index, s.count) for _d, _t, s in steps if s is not None]
    assert (2, 0, 2) in seen and (3, 1, 2) in seen
    assert steps[-1][0] == total
    # The result, packet by packet; the vault logged both; the outbox keeps them for HQ.
    assert outbox.outcome.text() == (f"2 packets written again to {stick}, with their "
                                     "original contents.")
    assert not outbox.outcome.styleSheet()
    lines = outbox.per_packet.text().splitlines()
    assert [line.split(":")[0] for line in lines] == ["Packet 2", "Packet 3"]
    assert all("written again, read back from the stick and checked" in line
               for line in lines)
    assert outbox.hint.text() == ("Hand the stick over with the printed transmittal sheets, "
                                  "one for each packet.")
    assert resent(linked) == [2, 3] and kept_seqs(linked) == [2, 3, 4]
    qtbot.waitUntil(lambda: not outbox.loading, timeout=WAIT)
    assert outbox.model.index(0, Column.AGAIN).data().startswith("1 time, last ")
    assert selected_seqs(outbox) == [2, 3]
    # The transmittal sheets: one for each packet, the next opening when one is closed.
    assert outbox.print_button.text() == "Print the &transmittal sheets…"
    assert outbox.print_button.isVisible() and outbox.focusWidget() is outbox.print_button
    outbox.print_button.click()
    first = wait_preview(qtbot, outbox, [])
    assert first.windowTitle() == "Packet transmittal sheet: packet 2 (1 of 2)"
    first.close()
    second = wait_preview(qtbot, outbox, [first])
    assert second.windowTitle() == "Packet transmittal sheet: packet 3 (2 of 2)"
    second.close()
    qtbot.wait(100)
    assert [d for d in live_previews(outbox) if d.isVisible()] == []
    # Back on the acknowledgement: what was written, and where.
    outbox.reject()
    qtbot.waitUntil(lambda: ack.outbox is None, timeout=WAIT)
    assert ack.resend_label.text() == (f"Packet(s) 2–3 written again to {stick} with their "
                                       "original contents. Send them to HQ with the next "
                                       "stick.")
    assert not ack.resend_label.styleSheet()
    # HQ takes them as it would have taken the first copies: 2, 3, then the held 4.
    outcomes = linked.hq_import(stick / packets[1].name, stick / packets[2].name)
    assert [o.status for o in outcomes] == ["imported", "imported"]
    assert outcomes[1].applied == [4]


def live_previews(outbox: OutboxDialog) -> list[ReportPreviewDialog]:
    return outbox.findChildren(ReportPreviewDialog)


def wait_preview(qtbot: Any, outbox: OutboxDialog,
                 before: list[ReportPreviewDialog]) -> ReportPreviewDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() and d not in before
                                for d in live_previews(outbox)), timeout=WAIT)
    [preview] = [d for d in live_previews(outbox) if d.isVisible() and d not in before]
    return preview


# --- refusals ------------------------------------------------------------------------------------
def test_a_missing_packet_whose_copy_is_gone_is_refused_and_the_next_is_written(
        qtbot: Any, linked: World) -> None:
    packets = missing_two_and_three(linked)
    entry = next(e for e in outbox_store.outbox_entries(linked.post.vault.conn) if e.seq == 2)
    outbox_files.path_of(linked.post.vault.directory, entry.sha256).unlink()
    stick, lister = spare_stick(linked)
    ack = ack_taken(qtbot, linked, lister)
    assert ack.resendable == [2, 3]
    outbox = open_outbox(qtbot, ack)
    # The list says so before anything is written.
    assert outbox.model.index(0, Column.STATE).data() == "copy missing from the vault"
    results = write_all(qtbot, outbox)
    assert [(r.seq, r.written is not None) for r in results] == [(2, False), (3, True)]
    assert outbox.outcome.text() == f"Only 1 of the 2 packets were written again to {stick}."
    assert outbox.outcome.styleSheet()  # in red
    [two, three] = outbox.per_packet.text().splitlines()
    assert two.startswith("Packet 2: not written. The outbox copy of packet 2 is missing "
                          "from the vault's folder")
    assert three.startswith("Packet 3: written again, read back from the stick and checked")
    assert outbox.hint.text().startswith("Nothing changed in the vault: it keeps packet 2 "
                                         "until HQ acknowledges it.")
    assert "Check the stick" not in outbox.hint.text()  # not the stick's fault
    assert outbox.print_button.text() == "Print the &transmittal sheet…"
    assert shk_files(stick) == [packets[2].name] and resent(linked) == [3]
    assert kept_seqs(linked) == [2, 3, 4]
    outbox.reject()
    qtbot.waitUntil(lambda: ack.outbox is None, timeout=WAIT)
    assert ack.resend_label.text().endswith("Packet(s) 2 not written again yet.")
    assert ack.resend_label.styleSheet()  # amber: something is left to do


def test_an_altered_copy_is_never_written(qtbot: Any, linked: World) -> None:
    missing_two_and_three(linked)
    entry = next(e for e in outbox_store.outbox_entries(linked.post.vault.conn) if e.seq == 3)
    kept = outbox_files.path_of(linked.post.vault.directory, entry.sha256)
    data = bytearray(kept.read_bytes())
    data[-1] ^= 1
    kept.write_bytes(bytes(data))
    stick, lister = spare_stick(linked)
    ack = ack_taken(qtbot, linked, lister)  # kept: the outbox is its child
    outbox = open_outbox(qtbot, ack)
    write_all(qtbot, outbox)
    three = outbox.per_packet.text().splitlines()[1]
    assert three.startswith("Packet 3: not written. The outbox copy of packet 3 differs from "
                            "what was written")
    assert len(shk_files(stick)) == 1 and resent(linked) == [2]
    assert hashlib.sha256(kept.read_bytes()).hexdigest() != entry.sha256  # left as found


def test_a_full_stick_ends_the_writing_and_nothing_is_lost(qtbot: Any, linked: World) -> None:
    packets = missing_two_and_three(linked)
    stick, lister = spare_stick(linked)
    ack = ack_taken(qtbot, linked, lister)  # kept: the outbox is its child
    outbox = open_outbox(qtbot, ack)
    outbox.opener = Failing(10, errno.ENOSPC)
    write_all(qtbot, outbox)
    assert outbox.outcome.text() == "No packet was written again."
    assert outbox.outcome.styleSheet()
    [two, three] = outbox.per_packet.text().splitlines()
    assert two.startswith("Packet 2: not written. The stick is full: the packet needs ")
    assert three == "Packet 3: not written: the writing ended at the refusal above."
    assert outbox.hint.text().startswith("Nothing changed in the vault for packet(s) 2–3: it "
                                         "keeps them until HQ acknowledges them. Check the "
                                         "stick")
    assert shk_files(stick) == [] and resent(linked) == [] and kept_seqs(linked) == [2, 3, 4]
    assert not outbox.print_button.isVisible()
    # Room made: both are still selected and the same button writes them.
    assert selected_seqs(outbox) == [2, 3]
    outbox.opener = None
    results = write_all(qtbot, outbox)
    assert all(r.written is not None for r in results)
    assert shk_files(stick) == sorted(p.name for p in packets[1:3])


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES])
def test_a_read_only_stick_is_refused(qtbot: Any, linked: World, code: int) -> None:
    missing_two_and_three(linked)
    stick, lister = spare_stick(linked)
    ack = ack_taken(qtbot, linked, lister)  # kept: the outbox is its child
    outbox = open_outbox(qtbot, ack)
    outbox.opener = Failing(0, code)
    write_all(qtbot, outbox)
    assert outbox.per_packet.text().splitlines()[0] == (
        "Packet 2: not written. The stick is read-only or the folder is not writable; "
        "nothing was kept")
    assert shk_files(stick) == [] and resent(linked) == [] and kept_seqs(linked) == [2, 3, 4]


def test_a_stick_pulled_out_during_the_second_packet(qtbot: Any, linked: World) -> None:
    packets = missing_two_and_three(linked)
    stick, lister = spare_stick(linked)
    ack = ack_taken(qtbot, linked, lister)  # kept: the outbox is its child
    outbox = open_outbox(qtbot, ack)
    outbox.opener = FirstThen(1, Failing(10, errno.EIO))
    write_all(qtbot, outbox)
    [two, three] = outbox.per_packet.text().splitlines()
    assert two.startswith("Packet 2: written again, read back from the stick and checked")
    assert three.startswith("Packet 3: not written. Writing the packet failed (")
    assert "was the stick removed?" in three
    assert outbox.outcome.text() == f"Only 1 of the 2 packets were written again to {stick}."
    assert "Those written are on the stick and checked" in outbox.hint.text()
    # Packet 2 whole and checked on the stick; nothing of 3 (no temporary file either).
    assert shk_files(stick) == [packets[1].name] and resent(linked) == [2]
    # What is left to write is what is selected now: Write again writes packet 3.
    qtbot.waitUntil(lambda: selected_seqs(outbox) == [3], timeout=WAIT)


def test_a_folder_that_is_gone_is_refused(qtbot: Any, linked: World) -> None:
    missing_two_and_three(linked)
    ack = ack_taken(qtbot, linked, list)  # kept: the outbox is its child
    outbox = open_outbox(qtbot, ack)
    gone = linked.root / "pulled-out"
    outbox.chooser.set_folder(gone)
    write_all(qtbot, outbox)
    assert outbox.per_packet.text().splitlines()[0].startswith(
        "Packet 2: not written. The folder to write the packet to does not exist")
    assert not gone.exists() and resent(linked) == [] and kept_seqs(linked) == [2, 3, 4]


def test_stop_leaves_the_packet_begun_off_the_stick(qtbot: Any, linked: World) -> None:
    packets = missing_two_and_three(linked)
    stick, lister = spare_stick(linked)
    ack = ack_taken(qtbot, linked, lister)  # kept: the outbox is its child
    outbox = open_outbox(qtbot, ack)
    held = Held()
    outbox.opener = FirstThen(1, held)
    outbox.write_button.click()
    qtbot.waitUntil(held.opened.is_set, timeout=WAIT)  # packet 2 written, 3 begun
    assert outbox.busy and outbox.focusWidget() is outbox.stop_button
    # The progress is over both packets: packet 2's bytes of the two packets' bytes.
    qtbot.waitUntil(lambda: outbox.phase_label.text() == (
        "Packet 3 (2 of 2). Reading the copy of packet 3 kept in the vault…"), timeout=WAIT)
    sizes = [p.stat().st_size for p in packets[1:3]]
    assert outbox.bar.maximum() == 1000
    assert outbox.bar.value() == int(sizes[0] * 1000 / sum(sizes))
    assert not outbox.view.isEnabled()
    qtbot.keyClick(outbox.stop_button, Qt.Key.Key_Space)
    assert outbox.phase_label.text() == "Stopping… the stick is being cleaned up."
    held.release.set()
    qtbot.waitUntil(lambda: not outbox.busy, timeout=WAIT)
    assert outbox.outcome.text() == "Writing was stopped."
    [two, three] = outbox.per_packet.text().splitlines()
    assert two.startswith("Packet 2: written again")
    assert three == "Packet 3: not written. Writing was stopped."
    assert shk_files(stick) == [packets[1].name] and resent(linked) == [2]
    assert kept_seqs(linked) == [2, 3, 4]
    qtbot.waitUntil(lambda: not outbox.loading and selected_seqs(outbox) == [3], timeout=WAIT)


def test_an_officer_is_told_to_ask_a_supervisor(qtbot: Any, linked: World) -> None:
    missing_two_and_three(linked)
    stick, lister = spare_stick(linked)
    ack = ack_taken(qtbot, linked, lister, session=linked.officer_session())
    assert ack.resendable == [2, 3] and ack.resend_button.isVisible()
    assert not ack.resend_button.isEnabled()
    assert ack.resend_button.toolTip() == "Only a supervisor can do this"
    assert ack.resend_label.text() == (
        "Only a supervisor can write packets again: ask a supervisor to write packet(s) 2–3 "
        "again (Post > Packets in the outbox…).")
    assert ack.write_missing_again() is None and ack.outbox is None
    assert shk_files(stick) == [] and resent(linked) == []


def test_an_old_acknowledgement_offers_nothing_once_hq_has_everything(qtbot: Any,
                                                                      linked: World) -> None:
    """No gap, nothing to write: neither the button nor its line."""
    linked.approved(1)
    linked.hq_import(linked.export().path)
    _stick, lister = spare_stick(linked)
    ack = ack_taken(qtbot, linked, lister)
    assert ack.resendable == [] and not ack.resend_button.isVisible()
    assert not ack.resend_label.isVisible() and ack.write_missing_again() is None


# --- the officer's language ----------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["kk", "lt", "ru"])
def test_refusals_are_said_in_the_officers_language(qtbot: Any, linked: World,
                                                    ui_context: UiContext, lang: str) -> None:
    ui_context.translations.set_language(lang)
    missing_two_and_three(linked)
    stick, lister = spare_stick(linked)
    ack = ack_taken(qtbot, linked, lister)  # kept: the outbox is its child
    outbox = open_outbox(qtbot, ack)
    outbox.opener = Failing(10, errno.ENOSPC)
    write_all(qtbot, outbox)

    def tr(context: str, text: str) -> str:
        translated = QCoreApplication.translate(context, text)
        assert translated != text, (context, text)
        return translated

    full = tr("errors", "the stick is full: the packet needs {size} bytes; free some space or "
              "use another stick; nothing was kept").split("{size}")[0][1:]
    [two, three] = outbox.per_packet.text().splitlines()
    assert full and full in two
    assert three == tr("RewritePanel", "Packet %1: not written: the writing ended at the "
                       "refusal above.").replace("%1", "3")
    assert outbox.outcome.text() == tr("RewritePanel", "No packet was written again.")
    kept = tr("RewritePanel", "Nothing changed in the vault for packet(s) %1: it keeps them "
              "until HQ acknowledges them.").replace("%1", "2–3")
    assert outbox.hint.text().startswith(kept)
    assert shk_files(stick) == [] and resent(linked) == []


@pytest.mark.parametrize("lang", [i18n.PSEUDO, "kk", "lt", "ru", "en"])
def test_nothing_is_cut_off_and_no_letter_repeats(qtbot: Any, linked: World,
                                                  ui_context: UiContext, lang: str) -> None:
    """The acknowledgement screen with its button, as a supervisor and as an officer see it;
    the outbox over it with the missing packets selected, then after a writing that wrote
    one and was refused the other (every line of the result shown)."""
    ui_context.translations.set_language(lang)
    missing_two_and_three(linked)
    _stick, lister = spare_stick(linked)
    officer = ack_taken(qtbot, linked, lister, session=linked.officer_session())
    assert officer.resend_label.isVisible()
    assert settled_problems(qtbot, officer) == []
    assert _repeated(_shown_letters(officer)) == {}
    officer.close()
    ack = ack_taken(qtbot, linked, lister)
    assert settled_problems(qtbot, ack) == []
    assert _repeated(_shown_letters(ack)) == {}
    outbox = open_outbox(qtbot, ack)
    assert outbox.missing_note.isVisible()
    assert settled_problems(qtbot, outbox) == []
    outbox.opener = FirstThen(1, Failing(10, errno.ENOSPC))
    write_all(qtbot, outbox)
    assert outbox.per_packet.isVisible() and outbox.print_button.isVisible()
    assert settled_problems(qtbot, outbox) == []
    # The lines of the result took no rows of the list out of view: the window grew.
    view = outbox.view
    assert view.rowViewportPosition(2) + view.rowHeight(2) <= view.viewport().height()
    assert _repeated(_shown_letters(outbox)) == {}
    outbox.reject()
    qtbot.waitUntil(lambda: ack.outbox is None, timeout=WAIT)
    assert ack.resend_label.isVisible()
    assert settled_problems(qtbot, ack) == []


# --- from the window -----------------------------------------------------------------------------
def test_locking_while_the_missing_packets_are_written(qtbot: Any, linked: World,
                                                       ui_context: UiContext) -> None:
    """The window locks while the outbox opened from the acknowledgement writes: both screens
    go with the window, the writing stops, the stick is cleaned, the outbox keeps the packets."""
    missing_two_and_three(linked)
    stick, _drives = spare_stick(linked)
    ack_path = linked.ack_file()
    window = MainWindow(linked.post, ui_context)
    qtbot.addWidget(window)
    window.show()
    window.post_actions[1].trigger()  # Post > Import acknowledgement…
    [ack] = [d for d in window.open_dialogs() if isinstance(d, AckImportDialog)]
    with qtbot.waitSignal(ack.imported, timeout=WAIT):
        ack.import_file(ack_path)
    outbox = ack.write_missing_again()
    assert outbox is not None
    qtbot.waitUntil(lambda: not outbox.loading, timeout=WAIT)
    held = Held()
    outbox.opener = held
    outbox.chooser.set_folder(stick)
    outbox.write_button.click()
    qtbot.waitUntil(held.opened.is_set, timeout=WAIT)
    window.clear_for_lock()
    assert window.open_dialogs() == []
    held.release.set()
    qtbot.waitUntil(lambda: not any(stick.iterdir()) and not ops_running(linked), timeout=WAIT)
    assert resent(linked) == [] and kept_seqs(linked) == [2, 3, 4]
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, OutboxDialog) and w.isVisible()]
