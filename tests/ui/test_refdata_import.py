"""A post supervisor takes HQ's reference data in the window (Post > Import reference data from
HQ…): the real shell, a real HQ vault issuing a signed refdata packet onto a stick, the post's
vault locking when the screen closes, and the next unlock using the new version — whose renamed
country makes the search index be made again first, so an old record is found by its new name."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from shekara.paths import resources_dir
from shekara.services import keys
from shekara.services.session import Session
from shekara.ui.context import UiContext
from shekara.ui.export.refdata_import import RefdataImportDialog
from shekara.ui.ops import session_lock
from shekara.vault.vault import Vault
from tests.ui.conftest import (
    OFFICER,
    SUPERVISOR,
    SUPERVISOR_PASS,
    VaultFixture,
    close_under_lock,
)
from tests.ui.test_app import _controller, _unlock

WAIT = 20000
HQ_PASS = "hq-pass-phrase-2026"


def refdata_packet(root: Path, post_dir: Path, version: int) -> Path:
    """An HQ that pinned and enrolled the post issues reference data `version`, in which
    Lithuania's English name is Zorgland; the packet's path on the stick."""
    post = Vault.open(post_dir, SUPERVISOR, SUPERVISOR_PASS)
    keys.create_own_keys(post)
    hq, _ = Vault.create(root / "hq", mode="hq", party="KZ", post_code="HQ-KZ",
                         officer="hq.sup", passphrase=HQ_PASS)
    keys.create_own_keys(hq)
    keys.import_hq_keys(post, keys.hq_keys_file(hq))
    keys.enroll(hq, keys.enrollment_file(post))
    post.lock()
    folder = root / f"reference-v{version}"
    shutil.copytree(resources_dir() / "reference", folder)
    meta = json.loads((folder / "meta.json").read_text())
    meta.update(version=version, issued_by="HQ-KZ")
    (folder / "meta.json").write_text(json.dumps(meta))
    countries = json.loads((folder / "countries.json").read_text())
    countries["LTU"]["names"]["en"] = "Zorgland"
    (folder / "countries.json").write_text(json.dumps(countries))
    stick = root / "stick"
    stick.mkdir()
    with Session(hq) as central:
        [sent] = central.refdata.issue(stick, source=folder)
    return sent.path


def test_reference_data_is_taken_in_the_window_and_used_from_the_next_unlock(
        qtbot: Any, qapp: Any, ui_context: UiContext, vault: VaultFixture,
        tmp_path: Path) -> None:
    vault.add_samples(40)
    packet = refdata_packet(tmp_path, vault.directory, 9)
    controller = _controller(qtbot, qapp, ui_context)
    controller.start()
    main = _unlock(qtbot, controller, SUPERVISOR, SUPERVISOR_PASS)
    action = main.post_actions[2]
    assert action.isEnabled() and action.text() == "Import &reference data from HQ…"
    assert controller.session is not None
    with session_lock(controller.session):  # the window may be reading its list in a worker
        assert controller.session.records.search("Zorgland") == []
    action.trigger()
    dialog = main._find_dialog(RefdataImportDialog)
    assert isinstance(dialog, RefdataImportDialog)
    with qtbot.waitSignal(dialog.taken, timeout=WAIT) as taken:
        dialog.import_file(packet)
    assert taken.args == [9]
    assert dialog.headline.text() == "Reference data version 9 is taken (version 2 was in force)."
    assert "when you close this window the vault locks" in dialog.details.text()
    assert not dialog.choose_button.isEnabled()
    with qtbot.waitSignal(controller.locked, timeout=WAIT) as locked:
        dialog.reject()
    assert locked.args == ["refdata"]
    assert "new reference data is used" in controller.unlock_window.wait_label.text()

    # The next unlock reads version 9; LTU's new name flags the search index, which is made
    # again (the rebuild dialog) before the window opens.
    window = controller.unlock_window
    window.login_edit.setText(SUPERVISOR)
    window.pass_edit.setText(SUPERVISOR_PASS)
    window.unlock_button.click()
    qtbot.waitUntil(lambda: controller.rebuild_dialog is not None
                    or controller.main_window is not None, timeout=WAIT)
    assert controller.rebuild_dialog is not None  # the names changed: rebuilt first
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT)
    qtbot.addWidget(controller.main_window)
    session = controller.session
    assert session is not None and session.ref.version == 9
    with session_lock(session):
        assert session.records.search("Zorgland", limit=100)  # old records, by the new name
        assert session.rebuilds.pending() == []
    controller.shutdown()


def test_an_officer_is_refused_and_a_wrong_file_is_said(qtbot: Any, qapp: Any,
                                                        ui_context: UiContext,
                                                        vault: VaultFixture,
                                                        tmp_path: Path) -> None:
    packet = refdata_packet(tmp_path, vault.directory, 9)
    officer = vault.session(OFFICER)
    dialog = RefdataImportDialog(officer, list_drives=list)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.import_file(packet)
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=WAIT)
    assert dialog.headline.text() == "The reference data was not taken."
    assert "supervisor" in dialog.details.text()
    assert officer.refdata.current().version == 2  # nothing taken
    close_under_lock(officer)

    supervisor = vault.session(SUPERVISOR)
    dialog = RefdataImportDialog(supervisor, list_drives=list)
    qtbot.addWidget(dialog)
    not_a_packet = tmp_path / "notes.shk"
    not_a_packet.write_bytes(b"not a packet at all")
    dialog.import_file(not_a_packet)
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=WAIT)
    assert dialog.headline.text() == "The reference data was not taken."
    assert dialog.choose_button.isEnabled()  # choose another file
    with qtbot.waitSignal(dialog.taken, timeout=WAIT):
        dialog.import_file(packet)
    again = RefdataImportDialog(supervisor, list_drives=list)
    qtbot.addWidget(again)
    again.import_file(packet)
    qtbot.waitUntil(lambda: again.outcome is not None, timeout=WAIT)
    assert again.headline.text() == ("Nothing new: version 9 is already in force. Nothing was "
                                     "changed.")
