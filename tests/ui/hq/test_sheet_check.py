"""HQ takes a stick in the window: each packet file's SHA-256 in the transmittal sheet's lines,
computed off the GUI thread (and stoppable), the sheet's QR code matched against the files, the
ticked files imported, and HQ's own sheet of a received packet printed — on a real post vault's
real packets and a real HQ vault."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument

from shekara.errors import InputError
from shekara.reports.qr import PacketRef, VersionRef
from shekara.services.packet_receipt import CHUNK_BYTES, digest_packet_file, match_sheet
from shekara.ui.hq.import_dialog import HqImportDialog
from shekara.ui.hq.sheet_check import SheetCheckDialog
from shekara.ui.hq.sheet_check_model import Column
from shekara.ui.reports.preview import ReportPreviewDialog
from tests.reports.pdfcheck import flat, text
from tests.ui.export.world import POST, World

WAIT = 20000
GREEN, RED = "#1B5E20", "#B00020"  # the colours of Documents > Check a printed document…
RULE = "Do not accept the packet: sign nothing and ask the post to write it again."


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sheet_lines(digest: str) -> list[str]:
    """The transmittal sheet's print of a SHA-256, written out here on its own: groups of four
    upper-case digits, eight groups to a line."""
    groups = [digest.upper()[i:i + 4] for i in range(0, 64, 4)]
    return [" ".join(groups[:8]), " ".join(groups[8:])]


def packets(world: World, count: int) -> list[Path]:
    made = []
    for seed in range(1, count + 1):
        world.approved(1, seed=seed)
        made.append(world.export().path)
    return made


def checker(qtbot: Any, paths: list[Path]) -> SheetCheckDialog:
    dialog = SheetCheckDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_files(paths)
    qtbot.waitUntil(lambda: not dialog.hashing, timeout=WAIT)
    return dialog


def scan(dialog: SheetCheckDialog, qr_text: str) -> None:
    """What a scanner does: types the text, then Enter."""
    dialog.qr_edit.setFocus()
    dialog.qr_edit.setText(qr_text)
    dialog.qr_edit.returnPressed.emit()


def cell(dialog: SheetCheckDialog, row: int, column: Column) -> Any:
    return dialog.model.data(dialog.model.index(row, column))


def preview_of(qtbot: Any, start: Any) -> ReportPreviewDialog:
    found: list[ReportPreviewDialog] = []
    assert start(found.append) is not None
    qtbot.waitUntil(lambda: bool(found), timeout=WAIT)
    qtbot.waitUntil(lambda: found[0].document.status() == QPdfDocument.Status.Ready,
                    timeout=WAIT)
    return found[0]


def test_each_file_shows_its_sha256_as_the_post_s_sheet_prints_it(qtbot: Any,
                                                                  linked: World) -> None:
    paths = packets(linked, 2)
    dialog = checker(qtbot, list(reversed(paths)))  # listed in name order whatever the order
    assert [row.path for row in dialog.rows()] == paths
    for number, path in enumerate(paths):
        assert dialog.rows()[number].digest is not None
        assert dialog.rows()[number].digest.sha256 == sha(path)  # type: ignore[union-attr]
        assert cell(dialog, number, Column.SHA256) == "\n".join(sheet_lines(sha(path)))
        assert cell(dialog, number, Column.POST) == POST
        assert cell(dialog, number, Column.PACKET) == str(number + 1)
        # The same lines as the post's real sheet of this file prints.
        post_sheet = linked.post.reports.transmittal(path.read_bytes(), path.name, "en")
        printed = flat(text(post_sheet.pdf))
        assert all(flat(line) in printed for line in sheet_lines(sha(path)))
    dialog.select_row(1)
    assert dialog.hash_label.text() == "\n".join(sheet_lines(sha(paths[1])))
    assert paths[1].name in dialog.hash_title.text()
    assert dialog.hash_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert dialog.hash_label.textInteractionFlags() & \
        Qt.TextInteractionFlag.TextSelectableByKeyboard
    # Nothing is ticked until the officer compares; then the tick is per file.
    assert not dialog.import_button.isEnabled() and dialog.ticked_paths() == []
    assert dialog.matches_box.isEnabled()
    dialog.matches_box.click()
    assert dialog.ticked_paths() == [paths[1]]
    assert dialog.model.data(dialog.model.index(1, Column.MATCHES),
                             Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert dialog.summary.text() == "1 of 2 files ticked as matching their sheet."
    assert dialog.import_button.isEnabled()
    # The table's own check box ticks the other.
    assert dialog.model.setData(dialog.model.index(0, Column.MATCHES), Qt.CheckState.Checked,
                                Qt.ItemDataRole.CheckStateRole)
    assert dialog.ticked_paths() == paths


def test_the_scanned_qr_of_the_post_s_sheet_finds_and_ticks_its_file(qtbot: Any,
                                                                     linked: World) -> None:
    paths = packets(linked, 3)
    dialog = checker(qtbot, paths)
    scan(dialog, PacketRef(POST, 2, sha(paths[1])).text())
    assert dialog.headline.text() == f"The sheet matches {paths[1].name}."
    assert GREEN in dialog.headline.styleSheet()
    assert f"Post {POST}, packet 2" in dialog.detail.text()
    assert dialog.ticked_paths() == [paths[1]]
    assert dialog.current_row() is dialog.rows()[1]
    assert dialog.qr_edit.selectedText() == dialog.qr_edit.text()  # the next scan replaces it
    # Typed from the paper, the hash in lower case and in its groups, it is the same sheet.
    scan(dialog, f"SHK1:P:{POST}:3:" + " ".join(sheet_lines(sha(paths[2]))).lower())
    assert dialog.headline.text() == f"The sheet matches {paths[2].name}."
    assert dialog.ticked_paths() == paths[1:]


def test_a_changed_hash_or_another_post_matches_no_file(qtbot: Any, linked: World) -> None:
    [path] = packets(linked, 1)
    dialog = checker(qtbot, [path])
    digest = sha(path)
    changed = digest[:-1] + ("0" if digest[-1] != "0" else "1")
    scan(dialog, PacketRef(POST, 1, changed).text())
    assert dialog.headline.text() == "No file here matches this sheet."
    assert RED in dialog.headline.styleSheet()
    detail = dialog.detail.text()
    assert f"The sheet: post {POST}, packet 1." in detail
    assert f"{path.name} is that packet, but its SHA-256 is not the one on the sheet" in detail
    assert detail.endswith(RULE)
    scan(dialog, PacketRef("LT-VILNIUS", 1, digest).text())
    assert dialog.headline.text() == "No file here matches this sheet."
    assert f"{path.name} has this SHA-256, but not this post and number." in dialog.detail.text()
    assert dialog.detail.text().endswith(RULE)
    scan(dialog, PacketRef(POST, 7, changed).text())  # nothing near it
    assert dialog.detail.text() == f"The sheet: post {POST}, packet 7.\n{RULE}"
    assert dialog.ticked_paths() == []
    dialog.qr_edit.setText("SHK1:P:")  # editing clears the verdict
    assert dialog.headline.text() == "" and dialog.detail.text() == ""


def test_a_qr_text_of_another_document_or_none_is_refused_plainly(qtbot: Any,
                                                                 linked: World) -> None:
    [path] = packets(linked, 1)
    dialog = checker(qtbot, [path])
    record = VersionRef("record", "bf8ac8c3-ada6-48a7-a2d9-1eab14b3133f", 2, sha(path))
    scan(dialog, record.text())
    assert dialog.headline.text() == ("This is the QR code of another document (Incident "
                                      "report), not of a Packet transmittal sheet.")
    assert RED in dialog.headline.styleSheet() and dialog.detail.text() == ""
    scan(dialog, "hello")
    assert dialog.headline.text() == "Not a Shekara QR text: it does not start with SHK1:"
    assert RED in dialog.headline.styleSheet()
    scan(dialog, f"SHK1:P:{POST}:1:NOTAHASH")
    assert dialog.headline.text() == "Not a Shekara QR text: bad hash"
    assert dialog.ticked_paths() == []


def test_a_sheet_scanned_while_hashing_is_matched_when_the_hashes_are_done(
        qtbot: Any, linked: World) -> None:
    [path] = packets(linked, 1)
    dialog = SheetCheckDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    scan(dialog, PacketRef(POST, 1, sha(path)).text())
    assert dialog.headline.text() == "Add the packet files of the stick first."
    dialog.add_files([path])
    if dialog.hashing:
        assert dialog.headline.text() == "Waiting for the SHA-256 of every file…"
    qtbot.waitUntil(lambda: not dialog.hashing, timeout=WAIT)
    assert dialog.headline.text() == f"The sheet matches {path.name}."


def test_files_that_are_no_packet_or_cannot_be_read(qtbot: Any, linked: World,
                                                    tmp_path: Path) -> None:
    junk = tmp_path / "shekara-KZ-NUR-ZHOLY-records-000009.shk"
    junk.write_bytes(b"not a packet at all")
    gone = tmp_path / "shekara-KZ-NUR-ZHOLY-records-000010.shk"
    dialog = checker(qtbot, [junk, gone])
    assert cell(dialog, 0, Column.SHA256) == "\n".join(sheet_lines(sha(junk)))
    assert cell(dialog, 0, Column.POST) == "—" and cell(dialog, 0, Column.PACKET) == "—"
    assert cell(dialog, 1, Column.SHA256) == "the file cannot be read"
    assert dialog.rows()[1].state == "failed"
    dialog.select_row(1)
    assert not dialog.matches_box.isEnabled()
    assert not dialog.model.setData(dialog.model.index(1, Column.MATCHES),
                                    Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    with pytest.raises(InputError):
        digest_packet_file(gone)


def test_hashing_reads_in_chunks_and_reports_each(tmp_path: Path) -> None:
    path = tmp_path / "dummy.bin"
    path.write_bytes(os.urandom(CHUNK_BYTES * 3 + 17))
    told: list[tuple[int, int]] = []
    digest = digest_packet_file(path, lambda done, total: told.append((done, total)))
    assert digest.sha256 == sha(path) and digest.size == path.stat().st_size
    assert digest.kind is None and digest.ref is None
    assert [done for done, _ in told] == [CHUNK_BYTES, 2 * CHUNK_BYTES, 3 * CHUNK_BYTES,
                                          path.stat().st_size]
    assert {total for _, total in told} == {path.stat().st_size}
    assert match_sheet(PacketRef(POST, 1, digest.sha256), [digest]).file is None  # no header


def test_a_large_file_s_hashing_can_be_stopped(qtbot: Any, linked: World,
                                               tmp_path: Path) -> None:
    [small] = packets(linked, 1)
    big = tmp_path / "shekara-KZ-NUR-ZHOLY-records-000000.shk"
    with open(big, "wb") as fh:  # a sparse GiB: the hashing is of bytes, any file
        fh.truncate(1 << 30)
    dialog = SheetCheckDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_files([small, big])  # the big one's name sorts first: it is hashed first
    assert dialog.hashing and dialog.rows()[0].path == big
    qtbot.waitUntil(lambda: dialog.rows()[0].percent >= 1, timeout=WAIT)
    assert dialog.bar.isVisible() and dialog.stop_button.isVisible()
    assert cell(dialog, 0, Column.SHA256).startswith("computing… ")
    assert big.name in dialog.status.text()
    dialog.stop_button.click()
    qtbot.waitUntil(lambda: not dialog.hashing, timeout=WAIT)
    assert [row.state for row in dialog.rows()] == ["stopped", "stopped"]
    assert cell(dialog, 0, Column.SHA256) == "stopped: not computed"
    assert dialog.rows()[0].digest is None and not dialog.bar.isVisible()
    assert dialog.status.text() == ("Stopped: the SHA-256 of 2 files was not computed; add "
                                    "them again to compute it.")
    scan(dialog, PacketRef(POST, 1, sha(small)).text())  # not matched against half the files
    assert dialog.headline.text() == ("Not every file's SHA-256 is computed: add the stopped "
                                      "files again.")
    assert dialog.ticked_paths() == []
    dialog.add_files([small])  # listed again: computed again
    qtbot.waitUntil(lambda: not dialog.hashing, timeout=WAIT)
    assert dialog.rows()[1].state == "done" and dialog.rows()[1].digest is not None
    assert dialog.rows()[0].state == "stopped"
    assert dialog.headline.text() == ("Not every file's SHA-256 is computed: add the stopped "
                                      "files again.")


def test_the_import_screen_checks_the_stick_then_imports_the_ticked_files(
        qtbot: Any, linked: World) -> None:
    paths = packets(linked, 2)
    on_stick = {p.name: p.read_bytes() for p in linked.stick.iterdir()}
    importer = HqImportDialog(linked.hq, list_drives=linked.drives)
    qtbot.addWidget(importer)
    importer.show()
    qtbot.waitUntil(lambda: importer._start is not None, timeout=WAIT)  # the stick found
    assert importer.check_button.isEnabled() and not importer.print_button.isEnabled()
    dialog = importer.open_sheet_check()
    assert dialog.isVisible() and [row.path for row in dialog.rows()] == paths
    qtbot.waitUntil(lambda: not dialog.hashing, timeout=WAIT)
    scan(dialog, PacketRef(POST, 1, sha(paths[0])).text())
    assert dialog.ticked_paths() == [paths[0]]
    # The check only read the stick: nothing written to it, or beside the files.
    assert {p.name: p.read_bytes() for p in linked.stick.iterdir()} == on_stick
    with qtbot.waitSignal(importer.imported, timeout=WAIT) as done:
        dialog.import_button.click()
    assert [(o.file, o.status) for o in done.args[0]] == [(paths[0].name, "imported")]
    assert importer.outcome_paths == [paths[0]]


def test_print_the_transmittal_sheet_of_a_received_file(qtbot: Any, linked: World) -> None:
    paths = packets(linked, 3)
    importer = HqImportDialog(linked.hq, list_drives=linked.drives)
    qtbot.addWidget(importer)
    importer.show()
    with qtbot.waitSignal(importer.imported, timeout=WAIT) as done:
        importer.import_files([paths[2], paths[0], paths[0]])  # held, imported, duplicate
    assert [o.status for o in done.args[0]] == ["held", "imported", "duplicate"]
    importer.view.selectRow(0)
    assert not importer.print_button.isEnabled()  # held: not received into the chain yet
    assert importer.print_transmittal() is None
    for row in (1, 2):
        importer.view.selectRow(row)
        assert importer.print_button.isEnabled()
        preview = preview_of(qtbot, lambda shown: importer.print_transmittal(on_shown=shown))
        printed = flat(text(bytes(preview._data.data())))
        assert all(flat(line) in printed for line in sheet_lines(sha(paths[0])))
        assert flat(PacketRef(POST, 1, sha(paths[0])).text()) in printed
        assert preview.windowTitle().startswith("Packet transmittal sheet")
        preview.close()
    importer.view.selectRow(1)
    importer.print_button.click()  # the button itself opens it too
    qtbot.waitUntil(lambda: any(d.isVisible() for d in
                                importer.findChildren(ReportPreviewDialog)), timeout=WAIT)


def test_an_empty_folder_and_no_file_say_so_and_the_screen_follows_the_language(
        qtbot: Any, linked: World, english: Any, tmp_path: Path) -> None:
    dialog = SheetCheckDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.status.text() == ("No file listed yet: add the packet files, or the whole "
                                    "stick.")
    assert dialog.summary.text() == "" and not dialog.import_button.isEnabled()
    dialog.add_folder(tmp_path)
    assert dialog.status.text() == f"No records packet (…-records-….shk) in {tmp_path}."
    assert dialog.model.rowCount() == 0 and not dialog.hashing
    english.set_language("lt")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Tikrinimas pagal perdavimo ir priėmimo "
                    "aktus", timeout=WAIT)
    assert dialog.model.headerData(Column.MATCHES, Qt.Orientation.Horizontal) == "Atitinka aktą"
    assert dialog.rule.text().startswith("Jei failas neatitinka savo akto")


def test_the_keyboard_reaches_the_tick_and_the_hash(qtbot: Any, linked: World) -> None:
    [path] = packets(linked, 1)
    dialog = checker(qtbot, [path])
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    assert dialog.focusWidget() is dialog.qr_edit  # where a scanner types
    qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # its Alt+letter
    qtbot.waitUntil(lambda: dialog.ticked_paths() == [path], timeout=WAIT)
    assert dialog.matches_box.hasFocus()
    qtbot.keyClick(dialog.matches_box, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.ticked_paths() == [], timeout=WAIT)
    assert dialog.hash_label.focusPolicy() == Qt.FocusPolicy.StrongFocus
    dialog.hash_label.setFocus()
    qtbot.keyClick(dialog.hash_label, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert dialog.hash_label.selectedText().split() == " ".join(sheet_lines(sha(path))).split()
