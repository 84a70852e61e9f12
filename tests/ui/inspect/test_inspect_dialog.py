"""Post / HQ > Inspect a packet file…: real packet files (a post's records, HQ's acknowledgement
and reference data) read by the real dialog over real vaults — what the header says, the
signature checked against the keys each vault trusts, the age command copied, every refusal
said in the dialog, a read that never holds the window, nothing written and nothing decrypted."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from shekara.packets.container import MAX_PACKET_BYTES
from shekara.reports.sheets import transmittal_sha256_lines
from shekara.services import refdata
from shekara.services.keys import own_keys
from shekara.services.session import Session
from shekara.ui.context import UiContext
from shekara.ui.inspect.dialog import PacketInspectDialog
from shekara.vault import audit
from tests.ui.export.world import HQ, POST, World
from tests.ui.test_catalogs import clipped, too_wide

WAIT = 20000
GREEN, RED = "#1B5E20", "#B00020"


def open_dialog(qtbot: Any, session: Session, world: World) -> PacketInspectDialog:
    dialog = PacketInspectDialog(session, list_drives=world.drives)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def inspected(qtbot: Any, dialog: PacketInspectDialog, path: Path) -> PacketInspectDialog:
    assert dialog.inspect(path) is not None
    qtbot.waitUntil(lambda: not dialog.busy and settled(dialog), timeout=WAIT)
    return dialog


def settled(dialog: PacketInspectDialog) -> bool:
    """The result as the officer sees it: laid out, the dialog as tall as it needs. Both come
    by events after the result; a click at once met the copy button still 0 px tall (when the
    GUI thread was late, as after a heavy test: test_autosave_and_save's draft test)."""
    layout = dialog.layout()
    return layout is not None and \
        dialog.height() >= layout.totalHeightForWidth(dialog.width()) and \
        all(widget.height() > 0 for widget in dialog.findChildren(QWidget) if widget.isVisible())


def shown(dialog: PacketInspectDialog) -> dict[str, str]:
    return {field: label.text() for field, label in dialog.values.items()}


def all_text(dialog: PacketInspectDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def untouched(world: World) -> list[tuple[str, int, int]]:
    """Every file under the world's folder (the stick, both vaults): name, size, mtime."""
    return sorted((str(p), p.stat().st_size, p.stat().st_mtime_ns)
                  for p in world.root.rglob("*") if p.is_file())


def test_a_records_packet_is_described_and_verified_at_both_ends(
        qtbot: Any, linked: World) -> None:
    linked.approved(2)
    packet = linked.export().path
    data = packet.read_bytes()
    before = untouched(linked)
    heads = (audit.head(linked.post.vault.conn), audit.head(linked.hq.vault.conn))
    for session in (linked.post, linked.hq):  # its own key at the post, enrolled at HQ
        dialog = inspected(qtbot, open_dialog(qtbot, session, linked), packet)
        assert dialog.error is None and dialog.inspection is not None
        assert dialog.headline.text() == packet.name
        assert dialog.verdict.text() == (f"Signature verified: signed by the key of {POST}, "
                                         "which this vault trusts.")
        assert GREEN in dialog.verdict.styleSheet() and dialog.details.text() == ""
        values = shown(dialog)
        offset = dialog.inspection.info["body_offset"]
        assert values["kind"] == "records packet (a post's records for HQ)"
        assert (values["sender"], values["seq"], values["recipient"]) == (POST, "1", HQ)
        assert values["version"] == f"{data[8]}.{data[9]}"  # the preamble's major, minor
        assert values["size"].startswith(f"{len(data):,} bytes (")
        assert values["sha256"].split("\n") == transmittal_sha256_lines(
            hashlib.sha256(data).hexdigest())
        assert values["signer"] == own_keys(linked.post.vault).public.fingerprint()
        assert values["body"] == f"from byte {offset}, {len(data) - offset} bytes"
        assert values["age"] == (f"tail -c +{offset + 1} {packet.name} | age -d -i "
                                 "identity.txt > body.bin")
        assert values["created"] and dialog.form.isVisible()
        assert not dialog.progress.isVisible() and not dialog.stop_button.isVisible()
        # Nothing decrypted: no name, place or narrative of the records reaches the screen.
        for record in linked.post.records.list_records(limit=10):
            assert record.title not in all_text(dialog)
    assert untouched(linked) == before  # nothing written, the file read as it lay
    assert (audit.head(linked.post.vault.conn), audit.head(linked.hq.vault.conn)) == heads


def test_hqs_acknowledgement_and_reference_data_verify_at_the_post_and_at_hq(
        qtbot: Any, linked: World) -> None:
    linked.approved(1)
    linked.hq_import(linked.export().path)
    ack = linked.ack_file()
    [sent] = refdata.issue(linked.hq.vault, linked.stick, post=POST)
    expected = {ack: "acknowledgement (HQ's answer to a post)",
                sent.path: "reference data (from HQ to a post)"}
    for path, kind in expected.items():
        for session in (linked.post, linked.hq):  # HQ's pinned key; HQ's own
            dialog = inspected(qtbot, open_dialog(qtbot, session, linked), path)
            assert dialog.inspection is not None and dialog.inspection.verified
            values = shown(dialog)
            assert (values["kind"], values["sender"], values["recipient"]) == (kind, HQ, POST)
            assert dialog.verdict.text().startswith(f"Signature verified: signed by the key "
                                                    f"of {HQ},")


def test_an_altered_packet_shows_its_claimed_header_not_verified_with_the_reason(
        qtbot: Any, linked: World, tmp_path: Path) -> None:
    linked.approved(1)
    packet = linked.export().path
    altered = bytearray(packet.read_bytes())
    altered[-10] ^= 1  # inside the encrypted body, after the signed header
    bad = tmp_path / "altered.shk"
    bad.write_bytes(bytes(altered))
    dialog = inspected(qtbot, open_dialog(qtbot, linked.hq, linked), bad)
    assert dialog.inspection is not None and not dialog.inspection.verified
    assert dialog.verdict.text() == "Not verified: the header as the file claims it."
    assert RED in dialog.verdict.styleSheet()
    assert dialog.details.text() == ("Why: the packet's encrypted body does not match its "
                                     "signed hash: it was altered")
    assert shown(dialog)["sender"] == POST and dialog.form.isVisible()


def test_a_post_that_has_not_pinned_hqs_key_cannot_verify_hqs_ack(
        qtbot: Any, tmp_path: Path) -> None:
    world = World(tmp_path)
    try:
        world.link()
        world.approved(1)
        world.hq_import(world.export().path)
        ack = world.ack_file()
        stranger = World(tmp_path / "other")  # another post, HQ's key never imported
        try:
            dialog = inspected(qtbot, open_dialog(qtbot, stranger.post, world), ack)
            assert dialog.inspection is not None and not dialog.inspection.verified
            assert dialog.details.text().startswith(
                "Why: the packet is signed by an unknown or revoked key (")
            assert shown(dialog)["kind"] == "acknowledgement (HQ's answer to a post)"
        finally:
            stranger.close()
    finally:
        world.close()


def _refusals(linked: World, tmp_path: Path) -> dict[str, tuple[Path, str, str]]:
    """file → (path, verdict, reason) for each file that is no packet to show."""
    linked.approved(1)
    packet = linked.export().path
    empty, text_file, cut = tmp_path / "empty.shk", tmp_path / "notes.txt", tmp_path / "cut.shk"
    empty.write_bytes(b"")
    text_file.write_text("not a packet at all, just some text on the stick")
    cut.write_bytes(packet.read_bytes()[:200])
    huge = tmp_path / "huge.shk"
    with open(huge, "wb") as fh:  # sparse: nothing is written to the disk but its length
        fh.truncate(MAX_PACKET_BYTES + 1)
    folder = tmp_path / "a-folder.shk"
    folder.mkdir()
    packet_like = "This file is not a packet that can be read."
    return {
        "empty": (empty, packet_like, "The file is empty: it is not a packet"),
        "text": (text_file, packet_like, "This file is not a Shekara packet"),
        "cut": (cut, packet_like, "The packet is cut short (200 bytes): was it copied "
                                  "completely?"),
        "huge": (huge, packet_like, f"The file is larger than {MAX_PACKET_BYTES} bytes: it is "
                                    "not accepted as a packet"),
        "folder": (folder, "This file cannot be read.", "Cannot read a-folder.shk: "),
        "missing": (tmp_path / "gone.shk", "This file cannot be read.", "Cannot read gone.shk: "),
    }


def test_every_refusal_is_said_in_the_dialog_never_as_a_traceback(
        qtbot: Any, linked: World, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, linked.post, linked)
    for name, (path, verdict, reason) in _refusals(linked, tmp_path).items():
        inspected(qtbot, dialog, path)
        assert dialog.inspection is None and dialog.error is not None, name
        assert dialog.headline.text() == path.name
        assert dialog.verdict.text() == verdict, name
        assert RED in dialog.verdict.styleSheet()
        assert dialog.details.text().startswith(reason), (name, dialog.details.text())
        assert "internal error" not in dialog.details.text() and "Traceback" not in all_text(
            dialog)
        assert not dialog.form.isVisible()
    # A good file after the refusals: the screen shows it whole again.
    good = next(linked.stick.glob("*.shk"))
    inspected(qtbot, dialog, good)
    assert dialog.inspection is not None and dialog.form.isVisible()
    assert dialog.details.text() == "" and GREEN in dialog.verdict.styleSheet()


def test_the_reason_is_in_the_officers_language(qtbot: Any, linked: World, tmp_path: Path,
                                                ui_context: UiContext) -> None:
    linked.approved(1)
    packet = linked.export().path
    cut = tmp_path / "cut.shk"
    cut.write_bytes(packet.read_bytes()[:200])
    ui_context.translations.set_language("kk")
    dialog = inspected(qtbot, open_dialog(qtbot, linked.post, linked), cut)
    assert dialog.details.text() == ("Пакет қысқартылған (200 байт): ол толық көшірілді ме?")
    assert dialog.windowTitle() != "Inspect a packet file"
    inspected(qtbot, dialog, packet)
    assert dialog.verdict.text().startswith("Қолтаңба тексерілді")
    assert dialog.verdict.text() != "Signature verified"


def test_the_age_command_is_copied_by_the_button_and_its_alt_letter(
        qtbot: Any, linked: World) -> None:
    linked.approved(1)
    packet = linked.export().path
    dialog = inspected(qtbot, open_dialog(qtbot, linked.hq, linked), packet)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("")
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == dialog.values["age"].text()
    assert clipboard.text().startswith("tail -c +") and dialog.copied.text() == "Copied."
    clipboard.setText("")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(dialog, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # Cop&y
    qtbot.waitUntil(lambda: clipboard.text() == dialog.values["age"].text(), timeout=WAIT)
    # The values are reached by the keyboard too (selectable, in the tab order).
    assert dialog.values["sha256"].focusPolicy() & Qt.FocusPolicy.TabFocus


def test_a_name_with_spaces_is_quoted_in_the_command(qtbot: Any, linked: World,
                                                     tmp_path: Path) -> None:
    linked.approved(1)
    packet = linked.export().path
    spaced = tmp_path / "copy of packet.shk"
    spaced.write_bytes(packet.read_bytes())
    dialog = inspected(qtbot, open_dialog(qtbot, linked.post, linked), spaced)
    assert " 'copy of packet.shk' | age -d" in dialog.values["age"].text()


def test_a_slow_file_is_read_off_the_window_and_can_be_stopped(
        qtbot: Any, linked: World, tmp_path: Path) -> None:
    """A pipe stands for a slow stick: the worker waits on it while the window answers, shows
    its progress and takes Stop; the next chunk ends the reading."""
    pipe = tmp_path / "slow.shk"
    os.mkfifo(pipe)
    chunk = b"\0" * (1 << 20)
    go_on = threading.Event()

    def stick() -> None:
        with open(pipe, "wb") as fh:
            fh.write(chunk)
            fh.flush()
            go_on.wait(WAIT / 1000)
            fh.write(chunk)

    writer = threading.Thread(target=stick)
    writer.start()
    try:
        dialog = open_dialog(qtbot, linked.post, linked)
        dialog.inspect(pipe)
        qtbot.waitUntil(lambda: dialog.progress.value() > 0 or
                        dialog.progress.maximum() == 0, timeout=WAIT)
        assert dialog.busy and dialog.headline.text() == "Reading slow.shk…"
        assert dialog.progress.isVisible() and dialog.stop_button.isVisible()
        assert not dialog.choose_button.isEnabled()
        assert dialog.inspect(pipe) is None  # one file at a time
        qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
        go_on.set()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    finally:
        go_on.set()
        writer.join()
    assert dialog.stopped and dialog.inspection is None and dialog.error is None
    assert dialog.headline.text() == "Reading slow.shk was stopped: nothing is shown."
    assert dialog.choose_button.isEnabled() and not dialog.form.isVisible()


def test_the_menus_of_a_post_and_of_hq_open_it_for_every_officer(
        qtbot: Any, linked: World, ui_context: UiContext) -> None:
    from shekara.ui.main.window import MainWindow

    for session in (linked.officer_session(), linked.hq):
        window = MainWindow(session, ui_context)
        qtbot.addWidget(window)
        action = window.act_inspect
        assert action.objectName() == "actInspectPacket"
        assert action in window.menu_post.actions() and action.isEnabled()
        assert action.text() == "Inspect a packet &file…"
        action.trigger()
        action.trigger()  # once only: the open one is raised
        opened = [d for d in window.open_dialogs() if isinstance(d, PacketInspectDialog)]
        assert len(opened) == 1
        window.clear_for_lock()  # the lock closes it with the other screens
        assert window.open_dialogs() == []
        window.close_for_lock()



def test_the_dialog_takes_the_height_of_each_result_not_of_the_longest(
        qtbot: Any, linked: World, tmp_path: Path) -> None:
    """A short result after a long one leaves no empty space under it; a height the officer
    chose stays."""
    linked.approved(1)
    packet = linked.export().path
    gone = tmp_path / "gone.shk"
    dialog = open_dialog(qtbot, linked.post, linked)
    layout = dialog.layout()
    assert layout is not None

    def settled(path: Path) -> int:
        inspected(qtbot, dialog, path)
        qtbot.wait(50)  # the fit runs once the new texts reached the layouts
        assert not clipped(dialog) + too_wide(dialog), path.name
        return dialog.height()

    width = dialog.width()
    long = settled(packet)
    assert long == layout.totalHeightForWidth(width)  # the header's lines: no more, no less
    short = settled(gone)
    assert short == layout.totalHeightForWidth(width) and short < long - 100
    assert settled(packet) == long and settled(gone) == short  # and again, both ways
    dialog.resize(width, long + 80)  # the officer makes it taller
    assert settled(packet) == long + 80 and settled(gone) == long + 80
    dialog.resize(width, short + 30)  # and shorter again
    assert settled(gone) == short + 30
    assert settled(packet) == long  # the header needs more: it grows, nothing cut off
    assert dialog.width() == width

@pytest.mark.parametrize("lang", ["en", "kk", "lt", "ru"])
def test_nothing_is_cut_off_in_any_language(qtbot: Any, linked: World, tmp_path: Path,
                                            ui_context: UiContext, lang: str) -> None:
    linked.approved(1)
    packet = linked.export().path
    altered = bytearray(packet.read_bytes())
    altered[-10] ^= 1
    bad = tmp_path / "altered.shk"
    bad.write_bytes(bytes(altered))
    ui_context.translations.set_language(lang)
    dialog = open_dialog(qtbot, linked.hq, linked)
    for path in (packet, bad, tmp_path / "gone.shk"):
        inspected(qtbot, dialog, path)
        qtbot.wait(50)
        assert not clipped(dialog) + too_wide(dialog), (lang, path.name)


def test_a_letter_between_the_hqs_verifies_at_both_hqs_and_not_at_a_post(
        qtbot: Any, tmp_path: Path) -> None:
    from tests.ui.exchange.world import Exchange

    parties = Exchange(tmp_path / "exchange").link()
    world = World(tmp_path / "posts")
    try:
        lithuanian, _ours = parties.sample()  # only the first qualifies
        letter = parties.send([lithuanian])
        assert letter.path is not None
        kind = "letter between the Parties' HQs (the exchange)"
        for session in (parties.lt, parties.kz):  # the partner's key; HQ-KZ's own
            dialog = inspected(qtbot, open_dialog(qtbot, session, world), letter.path)
            assert dialog.inspection is not None and dialog.inspection.verified
            values = shown(dialog)
            assert (values["kind"], values["sender"], values["recipient"]) == (
                kind, "HQ-KZ", "HQ-LT")
            assert "Žukauskas" not in all_text(dialog)  # nothing decrypted
        dialog = inspected(qtbot, open_dialog(qtbot, world.post, world), letter.path)
        assert dialog.inspection is not None and not dialog.inspection.verified
        assert shown(dialog)["kind"] == kind
        assert "unknown or revoked key" in dialog.details.text()
    finally:
        world.close()
        parties.close()


def test_a_vault_that_cannot_be_read_is_said_not_raised(qtbot: Any, linked: World) -> None:
    """The trusted keys come from the vault: a vault closed under the screen (as at a lock
    whose screens have not closed yet) is a refusal in the dialog, not an exception."""
    from tests.ui.conftest import close_under_lock

    linked.approved(1)
    packet = linked.export().path
    dialog = open_dialog(qtbot, linked.post, linked)
    close_under_lock(linked.post)
    assert dialog.inspect(packet) is None and not dialog.busy
    assert dialog.error is not None and dialog.inspection is None
    assert dialog.verdict.text() == "The file was not inspected."
    assert RED in dialog.verdict.styleSheet() and dialog.details.text() == "The vault is locked"
    assert not dialog.form.isVisible()
