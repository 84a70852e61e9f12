"""HQ screens on real vaults and real packet files: import (imported, duplicate, held with the
missing numbers, fork quarantined, refused with its reason), the posts overview, and writing an
acknowledgement that the post then takes."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from shekara.services import acks, export
from shekara.services.session import Session
from shekara.ui.hq.ack_dialog import WriteAckDialog
from shekara.ui.hq.import_dialog import HqImportDialog
from shekara.ui.hq.outcome_model import Column, ImportOutcomeTableModel
from shekara.ui.hq.overview import PostsOverviewDialog
from shekara.ui.hq.posts_model import Column as PostColumn
from shekara.ui.hq.posts_model import PostsTableModel
from shekara.ui.hq.work import packet_files_in
from shekara.vault.vault import Vault
from tests.ui.export.world import HQ, OFFICER, PASSPHRASE, POST, SUPERVISOR, World

WAIT = 20000


def import_dialog(qtbot: Any, world: World) -> HqImportDialog:
    dialog = HqImportDialog(world.hq, list_drives=world.drives)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def run_import(qtbot: Any, dialog: HqImportDialog, paths: list[Path]) -> list[Any]:
    with qtbot.waitSignal(dialog.imported, timeout=WAIT) as done:
        assert dialog.import_files(paths) is not None
    return list(done.args[0])


def cells(model: Any, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_import_shows_imported_then_duplicate(qtbot: Any, qtmodeltester: Any,
                                              linked: World) -> None:
    linked.approved(3)
    packet = linked.export().path
    dialog = import_dialog(qtbot, linked)
    [first] = run_import(qtbot, dialog, [packet])
    assert first.status == "imported"
    row = cells(dialog.model, 0)
    assert row[Column.FILE] == packet.name and row[Column.POST] == POST
    assert row[Column.PACKET] == "1" and row[Column.OUTCOME] == "imported"
    assert row[Column.DETAILS] == "3 record versions imported"
    [again] = run_import(qtbot, dialog, [packet])
    assert again.status == "duplicate"
    row = cells(dialog.model, 1)
    assert row[Column.OUTCOME] == "duplicate"
    assert row[Column.DETAILS] == "already received; nothing changed"
    assert dialog.summary.text() == ("2 files: 1 imported, 1 duplicate, 0 held, 0 fork(s), "
                                     "0 refused.")
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(ImportOutcomeTableModel())


def test_held_with_the_missing_numbers_then_applied(qtbot: Any, linked: World,
                                                    tmp_path: Path) -> None:
    paths = []
    for seed in (1, 2, 3):
        linked.approved(1, seed=seed)
        paths.append(linked.export().path)
    dialog = import_dialog(qtbot, linked)
    held = run_import(qtbot, dialog, [paths[2]])
    assert held[0].status == "held"
    assert cells(dialog.model, 0)[Column.DETAILS] == "waits for the missing packet(s) 1–2"
    assert cells(dialog.model, 0)[Column.OUTCOME] == "held"
    run_import(qtbot, dialog, [paths[0]])
    [last] = run_import(qtbot, dialog, [paths[1]])
    assert last.status == "imported" and last.applied == [3]
    assert cells(dialog.model, 2)[Column.DETAILS] == (
        "1 record version imported; then held packet(s) 3 applied (1 record versions)")


def test_refused_files_say_why(qtbot: Any, linked: World, tmp_path: Path) -> None:
    junk = tmp_path / "shekara-KZ-NUR-ZHOLY-records-000009.shk"
    junk.write_bytes(b"this is not a packet at all")
    empty = tmp_path / "empty.shk"
    empty.write_bytes(b"")
    dialog = import_dialog(qtbot, linked)
    outcomes = run_import(qtbot, dialog, [junk, empty, tmp_path / "gone.shk"])
    assert [o.status for o in outcomes] == ["refused"] * 3
    details = [cells(dialog.model, r)[Column.DETAILS] for r in range(3)]
    assert details == ["not a Shekara packet", "the file is empty", "the file cannot be read"]
    tip = dialog.model.data(dialog.model.index(0, Column.DETAILS), 3)  # ToolTipRole
    assert tip  # the service's own words, for reporting


def test_a_packet_of_an_unenrolled_post_is_refused(qtbot: Any, world: World) -> None:
    world.link()
    world.approved(1)
    packet = world.export().path
    from shekara.services import keys

    keys.revoke(world.hq.vault, POST)
    dialog = import_dialog(qtbot, world)
    [outcome] = run_import(qtbot, dialog, [packet])
    assert outcome.status == "refused"
    assert cells(dialog.model, 0)[Column.DETAILS] == "signed by a revoked key"


def test_a_fork_is_quarantined(qtbot: Any, linked: World) -> None:
    """A cloned laptop: two different packets number 1 from one post."""
    linked.post.close()
    shutil.copytree(linked.root / "post", linked.root / "clone")
    clone = Session(Vault.open(linked.root / "clone", SUPERVISOR, PASSPHRASE))
    linked.post = Session(Vault.open(linked.root / "post", SUPERVISOR, PASSPHRASE))
    try:
        linked.approved(1, seed=1)
        original = linked.export().path
        other = linked.root / "other"
        other.mkdir()
        [cloned_id] = clone.records.add([_sample(9)])
        clone.records.approve(cloned_id)
        forked = export.export(clone.vault, other).path
    finally:
        clone.close()
    dialog = import_dialog(qtbot, linked)
    outcomes = run_import(qtbot, dialog, [original, forked])
    assert [o.status for o in outcomes] == ["imported", "fork"]
    assert cells(dialog.model, 1)[Column.OUTCOME] == "fork quarantined"
    assert "kept apart" in cells(dialog.model, 1)[Column.DETAILS]


def _sample(seed: int) -> dict[str, Any]:
    from shekara.demo.samples import generate_records

    return next(iter(generate_records(1, seed=seed, party="KZ")))


def test_a_whole_stick_folder_imports_records_packets_in_order(qtbot: Any,
                                                               linked: World) -> None:
    for seed in (1, 2, 3):
        linked.approved(1, seed=seed)
        linked.export()
    (linked.stick / "shekara-HQ-KZ-ack-000001.shk").write_bytes(b"an ack of HQ's own")
    (linked.stick / "notes.txt").write_text("not a packet")
    paths, skipped = packet_files_in(linked.stick)
    assert [p.name[-10:-4] for p in paths] == ["000001", "000002", "000003"] and skipped == 1
    dialog = import_dialog(qtbot, linked)
    with qtbot.waitSignal(dialog.imported, timeout=WAIT) as done:
        dialog.import_folder(linked.stick)
    assert [o.status for o in done.args[0]] == ["imported"] * 3  # none held: in order
    assert "1 other file in the folder was not a records packet" in dialog.summary.text()
    empty = linked.root / "empty"
    empty.mkdir()
    assert dialog.import_folder(empty) is None
    assert "No records packet" in dialog.summary.text()


def test_stop_leaves_the_remaining_files(qtbot: Any, linked: World) -> None:
    linked.approved(1)
    packet = linked.export().path
    dialog = import_dialog(qtbot, linked)
    op = dialog.import_files([packet] * 5)
    assert op is not None and dialog.busy
    dialog.reject()  # Close while importing: stop after the current file
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    run = dialog.last_run
    assert run is not None
    assert len(run.outcomes) + run.left == 5
    if run.stopped:
        assert "Stopped:" in dialog.summary.text()


def test_posts_overview_shows_the_post_and_its_details(qtbot: Any, qtmodeltester: Any,
                                                       linked: World) -> None:
    paths = []
    for seed in (1, 2, 3):
        linked.approved(2, seed=seed)
        paths.append(linked.export().path)
    linked.hq_import(paths[0], paths[2])  # 2 is missing: 3 is held
    dialog = PostsOverviewDialog(linked.hq, list_drives=linked.drives)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT)
    row = cells(dialog.model, 0)
    assert row[PostColumn.POST] == POST
    assert row[PostColumn.THROUGH] == "1" and row[PostColumn.RECORDS] == "2"
    assert row[PostColumn.GAPS] == "2" and row[PostColumn.HELD] == "3"
    assert row[PostColumn.FORKS] == "0" and row[PostColumn.REFUSALS] == "0"
    assert row[PostColumn.AUDIT_BREAKS] == "0" and row[PostColumn.KEY] == "active"
    assert dialog.selected_post() == POST
    text = dialog.details.toPlainText()
    assert "Post KZ-NUR-ZHOLY" in text
    assert "Every packet up to number 1 is imported" in text
    assert "Missing packets (gaps): 2" in text and "Held until the missing ones arrive: 3." \
        in text
    assert "— active" in text  # the key's fingerprint and state
    assert dialog.ack_button.isEnabled()
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(PostsTableModel())
    # The missing packet arrives: the overview follows on Refresh.
    linked.hq_import(paths[1])
    dialog.refresh()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    row = cells(dialog.model, 0)
    assert row[PostColumn.THROUGH] == "3" and row[PostColumn.GAPS] == "—"
    assert "No gaps, held packets, forks, refusals or audit breaks." in \
        dialog.details.toPlainText()


def test_overview_without_posts_says_what_to_do(qtbot: Any, world: World) -> None:
    dialog = PostsOverviewDialog(world.hq, list_drives=world.drives)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    assert dialog.model.rowCount() == 0
    assert dialog.empty_label.isVisible() and "Enroll the posts" in dialog.empty_label.text()
    assert not dialog.ack_button.isEnabled()


def test_a_revoked_post_is_flagged(qtbot: Any, linked: World) -> None:
    from shekara.services import keys

    keys.revoke(linked.hq.vault, POST)
    dialog = PostsOverviewDialog(linked.hq, list_drives=linked.drives)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT)
    assert cells(dialog.model, 0)[PostColumn.KEY] == "revoked"
    assert not dialog.ack_button.isEnabled()  # no active key to encrypt the ack to


def test_write_ack_and_the_post_takes_it(qtbot: Any, linked: World) -> None:
    ids = linked.approved(2)
    linked.hq_import(linked.export().path)
    dialog = WriteAckDialog(linked.hq, post=POST, list_drives=linked.drives)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.write_button.isEnabled(), timeout=WAIT)
    assert dialog.post_combo.currentText() == POST
    with qtbot.waitSignal(dialog.written, timeout=WAIT) as written:
        dialog.write_button.click()
    result = written.args[0]
    assert result.sent.path.parent == linked.stick and result.sent.path.exists()
    text = dialog.result_label.text()
    assert f"Acknowledgement 1 for {POST} is written and checked:" in text
    assert result.sent.sha256 in text
    assert "It confirms 2 record versions and every packet up to number 1." in text
    taken = acks.import_ack(linked.post.vault, result.sent.path.read_bytes())
    assert taken.newer and taken.acknowledged == 2
    assert linked.statuses(ids) == ["acknowledged"] * 2


def test_write_ack_refusal_is_shown(qtbot: Any, linked: World) -> None:
    dialog = WriteAckDialog(linked.hq, post=POST, list_drives=linked.drives)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.chooser.set_folder(linked.root / "not-there")
    dialog.write()
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=WAIT)
    assert "does not exist" in dialog.result_label.text()


def test_the_overview_opens_import_and_ack(qtbot: Any, linked: World) -> None:
    dialog = PostsOverviewDialog(linked.hq, list_drives=linked.drives)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT)
    importer = dialog.open_import()
    assert isinstance(importer, HqImportDialog) and importer.isVisible()
    importer.close()
    writer = dialog.open_write_ack()
    assert isinstance(writer, WriteAckDialog) and writer.post_combo.currentText() == POST
    writer.close()


def test_hq_screens_refuse_a_post_vault(qtbot: Any, linked: World) -> None:
    dialog = PostsOverviewDialog(linked.post, list_drives=linked.drives)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    assert dialog.model.rowCount() == 0
    boxes = [w for w in dialog.findChildren(QMessageBox) if w.objectName() == "errorBox"]
    assert boxes and "HQ" in boxes[0].text()
    assert HQ and OFFICER  # the world's names, used by the other test modules


def test_the_screens_follow_a_language_switch(qtbot: Any, linked: World,
                                              english: Any) -> None:
    linked.approved(1)
    packet = linked.export().path
    overview = PostsOverviewDialog(linked.hq, list_drives=linked.drives)
    qtbot.addWidget(overview)
    overview.show()
    qtbot.waitUntil(lambda: overview.model.rowCount() == 1, timeout=WAIT)
    importer = import_dialog(qtbot, linked)
    run_import(qtbot, importer, [packet])
    english.set_language("lt")
    qtbot.waitUntil(lambda: overview.windowTitle() == "Postų apžvalga", timeout=WAIT)
    assert overview.model.headerData(PostColumn.POST, Qt.Orientation.Horizontal) == "Postas"
    assert cells(overview.model, 0)[PostColumn.KEY] == "galiojantis"
    assert "Postas KZ-NUR-ZHOLY" in overview.details.toPlainText()
    assert importer.windowTitle() == "Paketų iš postų importas"
    assert cells(importer.model, 0)[Column.OUTCOME] == "importuotas"
    assert cells(importer.model, 0)[Column.DETAILS] == "importuota 1 įrašo versija"
    english.set_language("kk")
    qtbot.waitUntil(lambda: importer.summary.text().startswith("1 файл: жүктелді 1"),
                    timeout=WAIT)
    assert cells(importer.model, 0)[Column.OUTCOME] == "жүктелді"
