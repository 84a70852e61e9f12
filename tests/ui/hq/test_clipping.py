"""HQ's screens (the check against the transmittal sheets among them, a sheet found and a sheet
found in none) and the key screens in every language (and the stretched pseudo-language): no
label, button or column header is cut, and no screen needs more width than the narrowest
laptop at a post or HQ."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from shekara.reports.qr import PacketRef
from shekara.ui import i18n
from shekara.ui.context import UiContext
from shekara.ui.export import AckImportDialog
from shekara.ui.hq.ack_dialog import WriteAckDialog
from shekara.ui.hq.import_dialog import HqImportDialog
from shekara.ui.hq.overview import PostsOverviewDialog
from shekara.ui.hq.sheet_check import SheetCheckDialog
from shekara.ui.keys.hq_keys import HqKeysDialog
from shekara.ui.keys.post_keys import PostKeysDialog
from tests.ui.export.world import POST, World
from tests.ui.test_catalogs import settled_problems

WAIT = 20000


def sheet_checks(qtbot: Any, packets: list[Path]) -> tuple[SheetCheckDialog, SheetCheckDialog]:
    """The check against the transmittal sheets: a scanned sheet found (green), and one found in
    none (red, with the rule and the file whose SHA-256 differs)."""
    dialogs = []
    for changed in (False, True):
        dialog = SheetCheckDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.add_files(packets)
        qtbot.waitUntil(lambda d=dialog: not d.hashing, timeout=WAIT)
        digest = hashlib.sha256(packets[0].read_bytes()).hexdigest()
        dialog.qr_edit.setText(PacketRef(POST, 1, "0" * 64 if changed else digest).text())
        dialog.check_sheet()
        assert dialog.match is not None and (dialog.match.file is None) == changed
        dialogs.append(dialog)
    return dialogs[0], dialogs[1]


@pytest.mark.parametrize("lang", [i18n.PSEUDO, "kk", "lt", "ru"])
def test_no_hq_or_key_screen_clips_its_labels(qtbot: Any, ui_context: UiContext,
                                              linked: World, lang: str) -> None:
    ui_context.translations.set_language(lang)
    packets = []
    for seed in (1, 2):
        linked.approved(1, seed=seed)
        packets.append(linked.export().path)
    importer = HqImportDialog(linked.hq, list_drives=linked.drives)
    qtbot.addWidget(importer)
    importer.show()
    importer.import_files([packets[1], packets[0], packets[0]])  # held, imported, duplicate
    qtbot.waitUntil(lambda: not importer.busy and importer.model.rowCount() == 3, timeout=WAIT)
    keys_at_hq = HqKeysDialog(linked.hq, list_drives=linked.drives)
    qtbot.addWidget(keys_at_hq)
    keys_at_hq.show()
    qtbot.waitUntil(lambda: not keys_at_hq.loading, timeout=WAIT)
    keys_at_hq.select_post(POST)
    importer.view.selectRow(1)  # imported: Print the transmittal sheet… enabled
    sheet_found, sheet_none = sheet_checks(qtbot, packets)
    screens: dict[str, QWidget] = {
        "import": importer,
        "sheet check, found": sheet_found,
        "sheet check, none": sheet_none,
        "posts": PostsOverviewDialog(linked.hq, list_drives=linked.drives),
        "write ack": WriteAckDialog(linked.hq, post=POST, list_drives=linked.drives),
        "keys at HQ": keys_at_hq,
        "keys at the post": PostKeysDialog(linked.post, list_drives=linked.drives),
        "ack import": AckImportDialog(linked.post, list_drives=linked.drives),
    }
    problems: dict[str, list[str]] = {}
    for name, widget in screens.items():
        qtbot.addWidget(widget)
        if found := settled_problems(qtbot, widget):
            problems[name] = found
    assert not problems, problems
