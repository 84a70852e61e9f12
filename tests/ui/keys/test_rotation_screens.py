"""New keys from the window, on real vaults and real files: the post's Make new keys… and HQ's
Renew HQ's keys… (Admin > Keys and fingerprints). The files written are read back and taken by
the other side (HQ applies the post's statement; a post pins HQ's new keys file; the partner HQ
follows HQ's statement); No changes nothing; an officer, an interrupted export and a folder
gone before the rotation are refused with nothing changed; a write that fails after the
rotation leaves the keys rotated, and Write the files again writes them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from shekara.packets import enrollment
from shekara.services import export, hq_rotation, keys
from shekara.services.keys import RotationFiles
from shekara.services.partner import enroll_partner
from shekara.services.session import Session
from shekara.ui.keys.confirm import fingerprint_lines
from shekara.ui.keys.hq_keys import HqKeysDialog
from shekara.ui.keys.post_keys import PostKeysDialog
from shekara.ui.keys.rotate_dialog import RotateKeysDialog
from shekara.ui.ops import Operation
from shekara.ui.reports.preview import ReportPreviewDialog
from shekara.ui.theme import ERROR_STYLE
from shekara.vault import audit
from shekara.vault.vault import Vault
from tests.ui.conftest import close_under_lock
from tests.ui.exchange.world import make_hq
from tests.ui.export.world import HQ, POST, World
from tests.ui.keys.test_key_screens import hq_dialog, post_dialog

WAIT = 20000


def own_print(session: Session) -> str:
    return keys.own_keys(session.vault).public.fingerprint()


def rotations(session: Session) -> int:
    return len(audit.entries(session.vault.conn, action="keys.rotate"))


def open_rotation(qtbot: Any, screen: PostKeysDialog | HqKeysDialog, *, rewrite: bool = False,
                  folder: Path | None = None) -> RotateKeysDialog:
    button = screen.rotation.rewrite_button if rewrite else screen.rotation.rotate_button
    assert button.isVisible() and button.isEnabled()
    button.click()
    dialog = screen.rotation.dialog
    assert isinstance(dialog, RotateKeysDialog) and dialog.isVisible()
    assert dialog.rewrite == rewrite
    if folder is not None:
        dialog.chooser.set_folder(folder)
    qtbot.waitUntil(lambda: dialog.chooser.directory() is not None, timeout=WAIT)
    assert dialog.go_button.isEnabled()
    return dialog


def confirm(dialog: RotateKeysDialog, answer: QMessageBox.StandardButton) -> None:
    box = dialog.start()
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.defaultButton() == box.button(QMessageBox.StandardButton.No)
    assert "cannot be undone" in box.informativeText()
    box.button(answer).click()


def finished(qtbot: Any, dialog: RotateKeysDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.working and (dialog.written is not None
                                                    or dialog.error is not None),
                    timeout=WAIT)


def written_files(dialog: RotateKeysDialog) -> tuple[Path, Path]:
    assert dialog.written is not None and dialog.result_panel.isVisible()
    folder = Path(dialog.folder_value.text())
    statement = folder / dialog.statement_value.text()
    keys_file = folder / dialog.keys_value.text()
    assert statement == dialog.written.statement and keys_file == dialog.written.keys_file
    return statement, keys_file


# --- at the post -------------------------------------------------------------------------------
def test_the_post_makes_new_keys_and_hq_takes_the_statement(qtbot: Any, linked: World) -> None:
    old = own_print(linked.post)
    screen = post_dialog(qtbot, linked)
    assert not screen.rotation.rewrite_button.isVisible()  # nothing rotated yet
    dialog = open_rotation(qtbot, screen)
    assert "routine change" in dialog.explain.text() and "printed enrollment sheet" in \
        dialog.explain.text()
    assert dialog.chooser.directory() == linked.stick  # the one stick, chosen for you
    # The keyboard reaches it: Alt+M asks first.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.confirm_box is not None, timeout=WAIT)
    assert dialog.confirm_box is not None
    dialog.confirm_box.button(QMessageBox.StandardButton.No).click()
    qtbot.wait(100)
    assert own_print(linked.post) == old
    confirm(dialog, QMessageBox.StandardButton.Yes)
    finished(qtbot, dialog)
    new = own_print(linked.post)
    assert new != old and dialog.error is None
    statement, enrollment_file = written_files(dialog)
    # Only public keys left the vault: no secret of the new keys nor of the retired ones.
    for private in keys.identities(linked.post.vault):
        for secret in (private.signing_seed.hex(), private.age_secret):
            assert secret.encode() not in statement.read_bytes() + enrollment_file.read_bytes()
    assert sorted(p.name for p in linked.stick.iterdir()) == sorted(
        [statement.name, enrollment_file.name])
    assert statement.name.startswith(f"shekara-{POST}-{new.replace(' ', '')[:8].lower()}")
    assert enrollment_file.name.endswith(".enrollment.json")
    assert enrollment.read_enrollment(enrollment_file.read_bytes()).fingerprint() == new
    assert dialog.old_value.text() == fingerprint_lines(old)
    assert dialog.new_value.text() == fingerprint_lines(new)
    assert dialog.new_value.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert "new keys are made" in dialog.status.text()
    assert [e.detail["new"] for e in audit.entries(linked.post.vault.conn,
                                                   action="keys.rotate")] == [new]
    # The key screen shows the new fingerprint, and can write the files again from now on.
    assert screen.own_value.text() == fingerprint_lines(new)
    assert screen.rotation.rewrite_button.isVisible()
    # HQ takes the statement written by the window (no paper: the old key vouches).
    change = keys.enroll(linked.hq.vault, statement.read_bytes())
    assert (change.outcome, change.fingerprint, change.old_fingerprint) == ("rotated", new, old)
    # The sheet of the new keys opens from the result.
    dialog.sheet_button.click()
    qtbot.waitUntil(lambda: bool(dialog.findChildren(ReportPreviewDialog)), timeout=WAIT)
    dialog.findChildren(ReportPreviewDialog)[0].close()


def test_the_dialog_stays_open_while_the_keys_are_made(qtbot: Any, linked: World) -> None:
    screen = post_dialog(qtbot, linked)
    dialog = open_rotation(qtbot, screen)
    directory = dialog.chooser.directory()
    assert directory is not None
    dialog.write(directory)  # as Yes does
    dialog.reject()  # Escape or the window's close button, at once
    assert dialog.isVisible() or dialog.written is not None
    finished(qtbot, dialog)
    assert dialog.isVisible() and dialog.written is not None
    assert screen.own_value.text() == fingerprint_lines(own_print(linked.post))
    dialog.reject()
    assert not dialog.isVisible()


def test_no_changes_nothing(qtbot: Any, linked: World) -> None:
    old = own_print(linked.post)
    screen = post_dialog(qtbot, linked)  # kept: the dialog is its child
    dialog = open_rotation(qtbot, screen)
    confirm(dialog, QMessageBox.StandardButton.No)
    qtbot.wait(200)
    assert own_print(linked.post) == old and rotations(linked.post) == 0
    assert list(linked.stick.iterdir()) == [] and not dialog.working
    assert dialog.go_button.isVisible() and dialog.chooser.isVisible()


def test_an_officer_is_refused(qtbot: Any, linked: World) -> None:
    officer = linked.officer_session()
    screen = post_dialog(qtbot, linked, officer)
    assert not screen.rotation.rotate_button.isEnabled()
    assert "supervisor" in screen.rotation.rotate_button.toolTip()
    assert screen.rotation.open_rotation(rewrite=False) is None
    # And the vault refuses it too, whatever opens the dialog.
    dialog = RotateKeysDialog(officer, screen, list_drives=linked.drives)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.chooser.set_folder(linked.stick)
    confirm(dialog, QMessageBox.StandardButton.Yes)
    finished(qtbot, dialog)
    assert "supervisor" in dialog.status.text() and "Nothing was changed" in \
        dialog.status.text()
    assert dialog.status.styleSheet() == ERROR_STYLE
    assert rotations(linked.post) == 0 and list(linked.stick.iterdir()) == []


def test_an_interrupted_export_refuses_the_rotation(qtbot: Any, linked: World,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    linked.approved(1)

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as mp:
        mp.setattr(export, "_verify", interrupted)
        with pytest.raises(KeyboardInterrupt):
            linked.export()
    old = own_print(linked.post)
    folder = linked.root / "keys-out"
    folder.mkdir()
    screen = post_dialog(qtbot, linked)  # kept: the dialog is its child
    dialog = open_rotation(qtbot, screen, folder=folder)
    confirm(dialog, QMessageBox.StandardButton.Yes)
    finished(qtbot, dialog)
    assert "export was interrupted" in dialog.status.text()
    assert "Post > Export packet to a stick" in dialog.status.text()
    assert "Nothing was changed" in dialog.status.text()
    assert dialog.status.styleSheet() == ERROR_STYLE
    assert own_print(linked.post) == old and list(folder.iterdir()) == []
    assert dialog.go_button.isVisible() and not dialog.rewrite


def test_a_folder_gone_before_the_rotation_changes_nothing(qtbot: Any, linked: World) -> None:
    old = own_print(linked.post)
    folder = linked.root / "pulled"
    folder.mkdir()
    screen = post_dialog(qtbot, linked)  # kept: the dialog is its child
    dialog = open_rotation(qtbot, screen, folder=folder)
    folder.rmdir()  # the stick pulled while the question was read
    confirm(dialog, QMessageBox.StandardButton.Yes)
    finished(qtbot, dialog)
    assert "does not exist" in dialog.status.text() and "Nothing was changed" in \
        dialog.status.text()
    assert own_print(linked.post) == old and rotations(linked.post) == 0


def _pull_the_stick_after(monkeypatch: pytest.MonkeyPatch, module: Any, name: str,
                          folder: Path) -> None:
    """The real rotation, then the folder is gone before the files are written."""
    real = getattr(module, name)

    def rotate_then_pull(vault: Vault) -> RotationFiles:
        files: RotationFiles = real(vault)
        folder.rmdir()
        return files

    monkeypatch.setattr(module, name, rotate_then_pull)


def test_a_failed_write_leaves_the_keys_rotated_and_writes_them_again(
        qtbot: Any, linked: World, monkeypatch: pytest.MonkeyPatch) -> None:
    old = own_print(linked.post)
    pulled = linked.root / "pulled"
    pulled.mkdir()
    screen = post_dialog(qtbot, linked)
    dialog = open_rotation(qtbot, screen, folder=pulled)
    with monkeypatch.context() as mp:
        _pull_the_stick_after(mp, keys, "rotate", pulled)
        confirm(dialog, QMessageBox.StandardButton.Yes)
        finished(qtbot, dialog)
    new = own_print(linked.post)
    assert new != old and rotations(linked.post) == 1
    assert "new keys are made and the old ones retired, but the files were not written" in \
        dialog.status.text()
    assert "does not exist" in dialog.status.text()  # the failed write's reason
    assert dialog.status.styleSheet() == ERROR_STYLE
    assert dialog.rewrite and dialog.go_button.text() == "&Write the files again"
    assert screen.own_value.text() == fingerprint_lines(new)
    assert screen.rotation.rewrite_button.isVisible()
    # Another folder: written again without a question, nothing rotated again.
    dialog.chooser.set_folder(linked.stick)
    assert isinstance(dialog.start(), Operation)  # not a question
    finished(qtbot, dialog)
    statement, enrollment_file = written_files(dialog)
    assert dialog.error is None and "written again" in dialog.status.text()
    assert dialog.old_value.text() == fingerprint_lines(old)
    assert enrollment.read_enrollment(enrollment_file.read_bytes()).fingerprint() == new
    assert rotations(linked.post) == 1 and own_print(linked.post) == new
    assert keys.enroll(linked.hq.vault, statement.read_bytes()).outcome == "rotated"


def test_write_the_files_again_from_the_key_screen(qtbot: Any, linked: World) -> None:
    """A rotation made with the command: the screen offers its files again."""
    files = keys.rotate(linked.post.vault)
    screen = post_dialog(qtbot, linked)
    dialog = open_rotation(qtbot, screen, rewrite=True)
    assert "no new keys are made" in dialog.explain.text()
    dialog.start()
    finished(qtbot, dialog)
    statement, _ = written_files(dialog)
    assert statement.read_bytes() == files.statement
    # Once more into the same folder: the files are there, refused, nothing rotated.
    again = open_rotation(qtbot, screen, rewrite=True)
    again.start()
    finished(qtbot, again)
    assert "already exists" in again.status.text()
    assert "Nothing was changed" not in again.status.text() and rotations(linked.post) == 1


# --- at HQ ---------------------------------------------------------------------------------------
@pytest.fixture
def partner(linked: World) -> Any:
    """HQ-LT, which trusts HQ-KZ's keys as its partner's (compared on paper)."""
    lt = Session(make_hq(linked.root / "HQ-LT", "LT"))
    enroll_partner(lt.vault, keys.hq_keys_file(linked.hq.vault), own_print(linked.hq))
    yield lt
    close_under_lock(lt)


def test_hq_renews_its_keys_for_the_partner_and_the_posts(qtbot: Any, linked: World,
                                                          partner: Session) -> None:
    old = own_print(linked.hq)
    screen = hq_dialog(qtbot, linked)
    dialog = open_rotation(qtbot, screen)
    assert "partner's central authority" in dialog.explain.text()
    assert dialog.go_button.text() == "Re&new HQ's keys"
    confirm(dialog, QMessageBox.StandardButton.Yes)
    finished(qtbot, dialog)
    new = own_print(linked.hq)
    assert new != old and dialog.error is None
    statement, keys_file = written_files(dialog)
    assert keys_file.name.startswith(f"shekara-{HQ}-") and keys_file.name.endswith(
        ".hq-keys.json")
    assert enrollment.read_hq_keys(keys_file.read_bytes()).fingerprint() == new
    assert dialog.old_value.text() == fingerprint_lines(old)
    assert "Exchange > Partner keys" in dialog.handover.text()
    assert screen.own_value.text() == fingerprint_lines(new)
    assert len(audit.entries(linked.hq.vault.conn, action="keys.rotate")) == 1
    # The partner follows the statement (no paper); the post pins the new keys file.
    followed = enroll_partner(partner.vault, statement.read_bytes(), None)
    assert (followed.outcome, followed.fingerprint) == ("rotated", new)
    pinned = keys.import_hq_keys(linked.post.vault, keys_file.read_bytes(), replace=True)
    assert (pinned.outcome, pinned.fingerprint) == ("pinned", new)


def test_hq_renewal_not_written_then_written_again(qtbot: Any, linked: World,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    old = own_print(linked.hq)
    pulled = linked.root / "pulled"
    pulled.mkdir()
    screen = hq_dialog(qtbot, linked)
    dialog = open_rotation(qtbot, screen, folder=pulled)
    with monkeypatch.context() as mp:
        _pull_the_stick_after(mp, hq_rotation, "rotate_hq", pulled)
        confirm(dialog, QMessageBox.StandardButton.Yes)
        finished(qtbot, dialog)
    new = own_print(linked.hq)
    assert new != old and dialog.rewrite and "files were not written" in dialog.status.text()
    assert screen.rotation.rewrite_button.isVisible()
    dialog.chooser.set_folder(linked.stick)
    dialog.start()
    finished(qtbot, dialog)
    _, keys_file = written_files(dialog)
    assert enrollment.read_hq_keys(keys_file.read_bytes()).fingerprint() == new


def test_an_hq_officer_may_not_renew(qtbot: Any, linked: World) -> None:
    from tests.ui.export.world import OFFICER, PASSPHRASE

    officer = Session(Vault.open(linked.root / "hq", OFFICER, PASSPHRASE))
    try:
        screen = HqKeysDialog(officer, list_drives=linked.drives)
        qtbot.addWidget(screen)
        assert not screen.rotation.rotate_button.isEnabled()
        assert "supervisor" in screen.rotation.rotate_button.toolTip()
    finally:
        close_under_lock(officer)


def test_the_key_screens_place_the_new_buttons(qtbot: Any, world: World) -> None:
    screen: PostKeysDialog = post_dialog(qtbot, world)
    assert screen.rotation.rotate_button.text() == "Make new &keys…"
    assert screen.rotation.rewrite_button.text() == "Write the files &again…"
