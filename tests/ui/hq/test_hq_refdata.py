"""HQ > Send reference data to the posts…: the version in force, or a newer one from a folder
(which becomes HQ's own), written as one signed packet per enrolled post onto the stick — and the
post takes it (Post > Import reference data from HQ…). Real HQ and post vaults, real packets."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from shekara.paths import resources_dir
from shekara.services.session import Session
from shekara.ui import i18n
from shekara.ui.context import UiContext
from shekara.ui.export.refdata_import import RefdataImportDialog
from shekara.ui.hq.refdata_dialog import HqRefdataDialog
from shekara.vault.vault import Vault
from tests.ui.export.world import HQ, OFFICER, PASSPHRASE, POST, World
from tests.ui.test_catalogs import clipped, too_wide

WAIT = 20000


def reference_folder(root: Path, version: int) -> Path:
    folder = root / f"reference-v{version}"
    shutil.copytree(resources_dir() / "reference", folder)
    meta = json.loads((folder / "meta.json").read_text())
    meta.update(version=version, issued_by=HQ)
    (folder / "meta.json").write_text(json.dumps(meta))
    return folder


def open_dialog(qtbot: Any, session: Session, world: World) -> HqRefdataDialog:
    dialog = HqRefdataDialog(session, list_drives=world.drives)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.chooser.drive_list.count() > 0, timeout=WAIT)
    dialog.chooser.drive_list.setCurrentRow(0)
    dialog.chooser.drive_list.item(0).setSelected(True)
    return dialog


def test_the_version_in_force_goes_to_every_post(
        qtbot: Any, linked: World) -> None:
    dialog = open_dialog(qtbot, linked.hq, linked)
    assert dialog.version_label.text() == "Version in force: 2."
    assert dialog.post_combo.currentText() == "every enrolled post"
    assert dialog.write_button.isEnabled()
    with qtbot.waitSignal(dialog.written, timeout=WAIT) as written:
        dialog.write()
    [sent] = written.args[0]
    assert sent.recipient == POST and sent.path.parent == linked.stick
    assert "Reference data written and checked for 1 post:" in dialog.result_label.text()
    assert not dialog.newer_taken  # the same version: nothing locks
    taker = RefdataImportDialog(linked.post, list_drives=linked.drives)
    qtbot.addWidget(taker)
    taker.import_file(sent.path)
    qtbot.waitUntil(lambda: taker.outcome is not None or taker.error is not None, timeout=WAIT)
    # the post has the same version from the program's own files: refused, nothing changed
    assert taker.error is not None and "already in force" in taker.details.text()
    assert linked.post.refdata.current().version == 2


def test_a_newer_version_from_a_folder_becomes_hqs_own_and_reaches_the_post(
        qtbot: Any, linked: World, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, linked.hq, linked)
    folder = reference_folder(tmp_path, 7)
    op = dialog.use_folder(folder)
    qtbot.waitUntil(lambda: dialog.source is not None, timeout=WAIT)
    assert op is not None
    assert dialog.version_label.text() == f"Version 7 from {folder} (version 2 is in force)."
    dialog.post_combo.setCurrentIndex(dialog.post_combo.findData(POST))
    with qtbot.waitSignal(dialog.taken, timeout=WAIT) as taken:
        dialog.write()
    assert taken.args == [7] and dialog.newer_taken
    assert "when you close this window the vault locks" in dialog.result_label.text()
    assert linked.hq.refdata.current().version == 7  # HQ's own now
    [sent] = dialog.sent
    taker = RefdataImportDialog(linked.post, list_drives=linked.drives)
    qtbot.addWidget(taker)
    with qtbot.waitSignal(taker.taken, timeout=WAIT) as took:
        taker.import_file(sent.path)
    assert took.args == [7]


def test_refusals_are_said_an_older_folder_a_folder_without_reference_files_an_officer(
        qtbot: Any, linked: World, tmp_path: Path) -> None:
    newer = reference_folder(tmp_path, 7)
    dialog = open_dialog(qtbot, linked.hq, linked)
    dialog.use_folder(newer)
    qtbot.waitUntil(lambda: dialog.source is not None, timeout=WAIT)
    with qtbot.waitSignal(dialog.written, timeout=WAIT):
        dialog.write()
    (tmp_path / "old").mkdir()
    older = reference_folder(tmp_path / "old", 3)
    dialog.use_folder(older)
    qtbot.waitUntil(lambda: dialog.source == older, timeout=WAIT)
    dialog.write()
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=WAIT)
    assert "version 7 is in force" in dialog.result_label.text()

    empty = tmp_path / "empty"
    empty.mkdir()
    dialog.use_folder(empty)
    qtbot.waitUntil(lambda: dialog.source is None and dialog.error is not None, timeout=WAIT)
    assert "cannot read reference file" in dialog.result_label.text()
    assert dialog.version_label.text() == "Version in force: 7."

    officer = Session(Vault.open(linked.root / "hq", OFFICER, PASSPHRASE))
    try:
        refused = open_dialog(qtbot, officer, linked)
        refused.write()
        qtbot.waitUntil(lambda: refused.error is not None, timeout=WAIT)
        assert "supervisor" in refused.result_label.text()
    finally:
        officer.close()


@pytest.mark.parametrize("lang", [i18n.PSEUDO, "kk", "lt", "ru"])
def test_no_label_is_cut_in_any_language(qtbot: Any, ui_context: UiContext, linked: World,
                                         lang: str) -> None:
    ui_context.translations.set_language(lang)
    dialog = open_dialog(qtbot, linked.hq, linked)
    qtbot.wait(50)
    found = clipped(dialog) + too_wide(dialog)
    assert not found, found


def test_the_hq_window_locks_once_a_newer_version_became_its_own(
        qtbot: Any, ui_context: UiContext, linked: World, tmp_path: Path) -> None:
    from shekara.ui.main.window import MainWindow

    window = MainWindow(linked.hq, ui_context)
    qtbot.addWidget(window)
    action = window.hq_actions[4]
    assert action.isEnabled() and action.text() == "Send &reference data to the posts…"
    action.trigger()
    dialog = window._find_dialog(HqRefdataDialog)
    assert isinstance(dialog, HqRefdataDialog)
    dialog.chooser.set_folder(linked.stick)  # the window lists the machine's real drives
    qtbot.waitUntil(lambda: dialog.chooser.directory() == linked.stick, timeout=WAIT)
    dialog.use_folder(reference_folder(tmp_path, 8))
    qtbot.waitUntil(lambda: dialog.source is not None, timeout=WAIT)
    with qtbot.waitSignal(dialog.taken, timeout=WAIT):
        dialog.write()
    with qtbot.waitSignal(window.lock_requested, timeout=WAIT) as locked:
        dialog.reject()
    assert locked.args == ["refdata"]
