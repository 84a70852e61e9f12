"""Key screens on real vaults: the post's fingerprint and enrollment file; HQ's keys trusted only
after the fingerprint was shown and the comparison confirmed; HQ enrolls, follows a rotation
and revokes posts; the sheets open in the report preview."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from shekara.packets import enrollment
from shekara.packets.keys import PrivateKeys
from shekara.services import keys
from shekara.ui.keys.confirm import FingerprintConfirmDialog, fingerprint_lines
from shekara.ui.keys.files import KIND_ROTATION
from shekara.ui.keys.hq_keys import HqKeysDialog
from shekara.ui.keys.keys_model import Column, PostKeysTableModel
from shekara.ui.keys.post_keys import PostKeysDialog
from shekara.ui.reports.preview import ReportPreviewDialog
from tests.ui.export.world import HQ, POST, World

WAIT = 20000


def post_dialog(qtbot: Any, world: World, session: Any = None) -> PostKeysDialog:
    dialog = PostKeysDialog(session or world.post, list_drives=world.drives)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def hq_dialog(qtbot: Any, world: World) -> HqKeysDialog:
    dialog = HqKeysDialog(world.hq, list_drives=world.drives)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    return dialog


def wait_confirm(qtbot: Any, dialog: Any) -> FingerprintConfirmDialog:
    qtbot.waitUntil(lambda: dialog.confirm_dialog is not None, timeout=WAIT)
    confirm = dialog.confirm_dialog
    assert isinstance(confirm, FingerprintConfirmDialog) and confirm.isVisible()
    return confirm


def confirm_it(confirm: FingerprintConfirmDialog) -> None:
    assert not confirm.confirm_button.isEnabled()  # not before the comparison is confirmed
    confirm.same.setChecked(True)
    assert confirm.confirm_button.isEnabled()
    confirm.confirm_button.click()


# --- at the post ---------------------------------------------------------------------------------
def test_post_shows_its_fingerprint_and_writes_the_enrollment_file(qtbot: Any,
                                                                   world: World) -> None:
    dialog = post_dialog(qtbot, world)
    own = keys.own_keys(world.post.vault).public.fingerprint()
    assert dialog.own_value.text() == fingerprint_lines(own)
    assert dialog.code_value.text() == POST
    assert "not imported yet" in dialog.hq_value.text()
    target = world.stick / "kz-nur-zholy.json"
    dialog.write_enrollment(target)
    qtbot.waitUntil(lambda: "enrollment file is written" in dialog.status.text(), timeout=WAIT)
    assert enrollment.read_enrollment(target.read_bytes()).fingerprint() == own
    dialog.write_enrollment(target)  # never overwritten
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=WAIT)
    assert "already exists" in dialog.status.text()


def test_hq_keys_are_trusted_only_after_the_comparison(qtbot: Any, world: World) -> None:
    dialog = post_dialog(qtbot, world)
    expected = keys.own_keys(world.hq.vault).public.fingerprint()
    dialog.import_hq_file(world.hq_keys_file())
    confirm = wait_confirm(qtbot, dialog)
    assert confirm.print_value.text() == fingerprint_lines(expected)
    assert confirm.code_value.text() == HQ
    assert confirm.party_value.text()  # the country's name
    assert not confirm.warning.isVisible()
    # Nothing is trusted while the question is open.
    assert "not imported yet" in dialog.hq_value.text()
    confirm_it(confirm)
    qtbot.waitUntil(lambda: dialog.hq_fingerprint == expected, timeout=WAIT)
    assert keys.pinned_hq(world.post.vault).fingerprint() == expected
    assert fingerprint_lines(expected) in dialog.hq_value.text()
    assert "trusted now" in dialog.status.text()
    # The same file again: already trusted.
    dialog.import_hq_file(world.hq_keys_file())
    qtbot.waitUntil(lambda: dialog.confirm_dialog is not confirm, timeout=WAIT)
    confirm_it(wait_confirm(qtbot, dialog))
    qtbot.waitUntil(lambda: "already trusted" in dialog.status.text(), timeout=WAIT)


def test_cancelling_the_comparison_trusts_nothing(qtbot: Any, world: World) -> None:
    dialog = post_dialog(qtbot, world)
    dialog.import_hq_file(world.hq_keys_file())
    confirm = wait_confirm(qtbot, dialog)
    confirm.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.wait(200)
    assert dialog.hq_fingerprint is None
    assert not _pinned(world)


def _pinned(world: World) -> bool:
    try:
        keys.pinned_hq(world.post.vault)
    except Exception:
        return False
    return True


def test_a_new_hq_key_replaces_the_old_with_a_warning(qtbot: Any, world: World) -> None:
    world.link()
    old = keys.pinned_hq(world.post.vault).fingerprint()
    new_keys = PrivateKeys.generate(HQ, "KZ", "hq")
    other = world.root / "new-hq-keys.json"
    other.write_bytes(enrollment.make_hq_keys(new_keys))
    dialog = post_dialog(qtbot, world)
    dialog.import_hq_file(other)
    confirm = wait_confirm(qtbot, dialog)
    assert confirm.warning.isVisible() and "replaces the key trusted now" in \
        confirm.warning.text()
    assert confirm.old_value.text() == fingerprint_lines(old)
    confirm_it(confirm)
    qtbot.waitUntil(lambda: dialog.hq_fingerprint == new_keys.public.fingerprint(),
                    timeout=WAIT)


def test_a_wrong_file_is_refused_before_any_question(qtbot: Any, world: World) -> None:
    dialog = post_dialog(qtbot, world)
    dialog.import_hq_file(world.enrollment_file())  # a post's file, not HQ's
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=WAIT)
    assert dialog.confirm_dialog is None
    assert dialog.status.text()


def test_an_officer_may_not_trust_hq_keys(qtbot: Any, world: World) -> None:
    dialog = post_dialog(qtbot, world, world.officer_session())
    dialog.import_hq_file(world.hq_keys_file())
    confirm_it(wait_confirm(qtbot, dialog))
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=WAIT)
    assert "supervisor" in dialog.status.text()
    assert not _pinned(world)


def test_the_enrollment_sheet_opens(qtbot: Any, world: World) -> None:
    dialog = post_dialog(qtbot, world)
    dialog.sheet_button.click()
    qtbot.waitUntil(lambda: bool(dialog.findChildren(ReportPreviewDialog)), timeout=WAIT)
    dialog.findChildren(ReportPreviewDialog)[0].close()


# --- at HQ ---------------------------------------------------------------------------------------
def test_hq_exports_its_keys_file(qtbot: Any, world: World) -> None:
    dialog = hq_dialog(qtbot, world)
    own = keys.own_keys(world.hq.vault).public.fingerprint()
    assert dialog.own_value.text() == fingerprint_lines(own)
    target = world.stick / "hq-keys.json"
    dialog.export_keys(target)
    qtbot.waitUntil(lambda: "keys file is written" in dialog.status.text(), timeout=WAIT)
    assert enrollment.read_hq_keys(target.read_bytes()).fingerprint() == own


def test_hq_enrolls_a_post_after_the_comparison(qtbot: Any, qtmodeltester: Any,
                                                world: World) -> None:
    dialog = hq_dialog(qtbot, world)
    assert dialog.model.rowCount() == 0
    post_print = keys.own_keys(world.post.vault).public.fingerprint()
    dialog.enroll_file(world.enrollment_file())
    confirm = wait_confirm(qtbot, dialog)
    assert confirm.code_value.text() == POST
    assert confirm.print_value.text() == fingerprint_lines(post_print)
    assert keys.enrolled_posts(world.hq.vault) == []  # not before the confirmation
    confirm_it(confirm)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT)
    model = dialog.model
    assert model.data(model.index(0, Column.POST)) == POST
    assert model.data(model.index(0, Column.FINGERPRINT)) == post_print
    assert model.data(model.index(0, Column.STATE)) == "active"
    assert f"Post {POST} is enrolled" in dialog.status.text()
    assert keys.enrolled_posts(world.hq.vault) == [POST]
    qtmodeltester.check(model)
    qtmodeltester.check(PostKeysTableModel())


def test_hq_follows_a_rotation(qtbot: Any, world: World) -> None:
    world.link()
    old = keys.own_keys(world.post.vault).public.fingerprint()
    files = keys.rotate(world.post.vault)
    statement = world.root / "rotation.json"
    statement.write_bytes(files.statement)
    dialog = hq_dialog(qtbot, world)
    dialog.enroll_file(statement)
    confirm = wait_confirm(qtbot, dialog)
    assert confirm.key.kind == KIND_ROTATION
    assert confirm.print_value.text() == fingerprint_lines(files.new_fingerprint)
    assert confirm.old_value.text() == fingerprint_lines(old)
    confirm_it(confirm)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=WAIT)
    states = sorted(dialog.model.data(dialog.model.index(r, Column.STATE)) for r in range(2))
    assert states == ["active", "rotated"]
    assert "has its new key" in dialog.status.text()


def test_hq_revokes_a_post_after_asking(qtbot: Any, world: World) -> None:
    world.link()
    dialog = hq_dialog(qtbot, world)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT)
    assert not dialog.revoke_button.isEnabled()  # nothing selected
    dialog.select_post(POST)
    assert dialog.revoke_button.isEnabled()
    box = dialog.ask_revoke()
    assert box is not None and box.defaultButton() == box.button(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.wait(100)
    assert keys.enrolled_posts(world.hq.vault) == [POST]
    box = dialog.ask_revoke()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: "Revoked: 1 key of post" in dialog.status.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: dialog.model.data(dialog.model.index(0, Column.STATE)) == "revoked",
                    timeout=WAIT)
    assert keys.enrolled_posts(world.hq.vault) == []
    dialog.select_post(POST)
    assert not dialog.revoke_button.isEnabled()


def test_hq_refuses_a_file_that_is_not_a_post_key(qtbot: Any, world: World,
                                                  tmp_path: Path) -> None:
    dialog = hq_dialog(qtbot, world)
    dialog.enroll_file(world.hq_keys_file())
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=WAIT)
    assert dialog.confirm_dialog is None
    junk = tmp_path / "junk.json"
    junk.write_text("{not json")
    dialog.enroll_file(junk)
    qtbot.waitUntil(lambda: dialog.status.text() != "", timeout=WAIT)
    assert dialog.confirm_dialog is None
