"""The export wizard on a post vault restored from a backup, with no HQ acknowledgement since:
the contents page explains it before anything is written (what happened, the safe way through
Post > Import acknowledgement…), the Write packet button waits, a supervisor may tick that HQ
has confirmed it received nothing newer (the service's `after_restore`), an officer
cannot, and the export service stays the judge (unticked, it refuses in the window too)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWizard

from shekara.services.backups import restore
from shekara.services.session import Session
from shekara.ui.audit.model import detail_text
from shekara.ui.context import UiContext
from shekara.ui.export.ack_import import AckImportDialog
from shekara.ui.export.wizard import PAGE_CONTENTS, PAGE_DONE, PAGE_WRITE, ExportWizard
from shekara.ui.i18n import format_stamp
from shekara.vault import audit, chain_store
from shekara.vault.backup import restored_unacknowledged
from shekara.vault.vault import Vault
from tests.ui.conftest import close_under_lock
from tests.ui.export.world import OFFICER, PASSPHRASE, POST, SUPERVISOR, World
from tests.ui.test_accelerators import _repeated, _shown_letters
from tests.ui.test_catalogs import clipped

WAIT = 20000


def restore_post(world: World) -> Path:
    """Back the post up now, close it, restore the backup over it (as a new laptop would) and
    open it again as the supervisor. Returns the backup."""
    folder = world.root / "backups"
    folder.mkdir(exist_ok=True)
    backup = world.post.backups.write(folder).path
    world.post.close()
    restore(backup, world.root / "post", SUPERVISOR, PASSPHRASE, replace=True)
    world.post = Session(Vault.open(world.root / "post", SUPERVISOR, PASSPHRASE))
    assert restored_unacknowledged(world.post.vault)
    return backup


def open_contents(qtbot: Any, world: World, session: Session | None = None) -> ExportWizard:
    wizard = ExportWizard(session or world.post, list_drives=world.drives)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.state.directory() == world.stick, timeout=WAIT)
    wizard.next()
    assert wizard.currentId() == PAGE_CONTENTS
    qtbot.waitUntil(lambda: wizard.contents_page.contents is not None, timeout=WAIT)
    return wizard


def write_button(wizard: ExportWizard) -> Any:
    return wizard.button(QWizard.WizardButton.NextButton)


def menu_path() -> str:
    """Post > Import acknowledgement, as the main window's menu says it in this language."""
    post = QCoreApplication.translate("MainWindow", "&Post")
    item = QCoreApplication.translate("MainWindow", "&Import acknowledgement…")
    return f"{post.replace('&', '')} > {item.replace('&', '')}"


def packets_on(stick: Path) -> list[Path]:
    return sorted(p for p in stick.iterdir() if p.suffix == ".shk")


@pytest.fixture
def restored(linked: World) -> World:
    """Packet 1 went to HQ, then the backup, then the restore; one record waits."""
    linked.approved(2)
    assert linked.hq_import(linked.export().path)[0].status == "imported"
    restore_post(linked)
    linked.approved(1, seed=11)
    return linked


def test_the_wizard_explains_the_restore_before_writing(qtbot: Any, restored: World) -> None:
    wizard = open_contents(qtbot, restored)
    page = wizard.contents_page
    panel = page.restored
    assert panel.isVisible() and page.values["new"].text() == "1"
    assert page.values["seq"].text() == "2"
    conn = restored.post.vault.conn
    [made] = audit.entries(conn, action="backup")
    [back] = audit.entries(conn, action="restore")
    assert panel.facts.text() == (f"Restored on {format_stamp(back.at)} from a backup made on "
                                  f"{format_stamp(made.at)}. The last packet this vault knows "
                                  "it sent is number 1.")
    assert "repeat their numbers" in panel.risk.text() and "fork" in panel.risk.text()
    assert menu_path() == "Post > Import acknowledgement…"
    assert menu_path() in panel.safe_way.text()
    # The safe way is the default: unticked, and Write packet waits.
    assert panel.confirm.isEnabled() and not panel.confirm.isChecked()
    assert "audit log" in panel.confirm_hint.text()
    assert not page.isComplete() and not write_button(wizard).isEnabled()
    assert [p.name for p in packets_on(restored.stick)] == [
        f"shekara-{POST}-records-000001.shk"]  # packet 1 only, from before the backup


def test_a_wizard_closed_before_its_notice_is_fitted_does_not_fail(qtbot: Any,
                                                                  restored: World) -> None:
    """The height fit waits for the next turn of the event loop; a wizard deleted before then
    (CI's run closed it at the test's end) must simply not be fitted: a timer bound to a
    deleted page raised "Internal C++ object already deleted" there."""
    wizard = open_contents(qtbot, restored)
    page = wizard.contents_page
    page._counted(page._asked, page.contents)  # schedules the fit again
    shiboken6.delete(wizard)
    qtbot.wait(50)  # pytest-qt fails the test on an exception raised in the event loop
    assert not shiboken6.isValid(page)


def test_a_supervisor_ticks_and_the_packet_goes_out_audited(qtbot: Any,
                                                          restored: World) -> None:
    wizard = open_contents(qtbot, restored)
    panel = wizard.contents_page.restored
    before = packets_on(restored.stick)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(wizard, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # its Alt+letter
    qtbot.waitUntil(panel.confirm.isChecked, timeout=WAIT)
    assert panel.confirm.hasFocus() and wizard.state.after_restore
    assert write_button(wizard).isEnabled()
    with qtbot.waitSignal(wizard.exported, timeout=WAIT) as exported:
        write_button(wizard).click()
    result = exported.args[0]
    assert wizard.currentId() == PAGE_DONE and result.seq == 2
    [packet] = [p for p in packets_on(restored.stick) if p not in before]
    assert packet == result.path and packet.name == f"shekara-{POST}-records-000002.shk"
    assert "after the restore without HQ's acknowledgement" in wizard.done_page.note.text()
    # HQ really had nothing newer: it imports packet 2, no fork.
    [outcome] = restored.hq_import(packet)
    assert outcome.status == "imported" and outcome.seq == 2
    # The audit log says the export went ahead after the restore, by whom.
    entry = audit.entries(restored.post.vault.conn, action="export")[-1]
    assert entry.officer == SUPERVISOR
    assert entry.detail == {"seq": 2, "records": 1, "tombstones": 0, "sha256": result.sha256,
                            "after_restore": True}
    assert "after_restore=true" in detail_text(entry.detail)
    # The flag is spent by HQ's acknowledgement, not by the export: the next wizard asks again.
    assert restored_unacknowledged(restored.post.vault)


def test_unticked_the_service_refuses_with_the_message(qtbot: Any, restored: World) -> None:
    """Ticked then unticked, Write packet waits again; pushed past the page anyway, the export
    service refuses and the write page shows its message, which names the tick."""
    wizard = open_contents(qtbot, restored)
    panel = wizard.contents_page.restored
    panel.confirm.setChecked(True)
    panel.confirm.setChecked(False)
    assert not wizard.state.after_restore and not write_button(wizard).isEnabled()
    before = packets_on(restored.stick)
    wizard.next()  # what the disabled button would do: the page does not guard, the service does
    assert wizard.currentId() == PAGE_WRITE
    page = wizard.write_page
    qtbot.waitUntil(lambda: page.failure is not None, timeout=WAIT)
    text = page.error_label.text()
    assert "Import HQ's newest acknowledgement first" in text
    assert panel.confirm.text().replace("&", "") in text and "--after-restore" in text
    assert packets_on(restored.stick) == before
    assert chain_store.chain(restored.post.vault.conn, "records")[0] == 1
    assert not [e for e in audit.entries(restored.post.vault.conn, action="export")
                if e.detail.get("after_restore")]


def test_an_officer_cannot_tick_and_is_told_whom_to_ask(qtbot: Any, restored: World) -> None:
    officer = Session(Vault.open(restored.root / "post", OFFICER, PASSPHRASE))
    try:
        wizard = open_contents(qtbot, restored, officer)
        page = wizard.contents_page
        assert page.restored.isVisible() and "number 1" in page.restored.facts.text()
        assert not page.restored.confirm.isEnabled()
        assert "ask your post's shift supervisor" in page.restored.confirm_hint.text()
        assert "supervisor" in page.note.text()  # the service's refusal of the export itself
        page.restored.confirm.setChecked(True)  # even set by a program, nothing is passed on
        assert not wizard.state.after_restore and not page.isComplete()
    finally:
        close_under_lock(officer)


def test_after_hq_acknowledges_the_wizard_exports_as_usual(qtbot: Any,
                                                          restored: World) -> None:
    """The safe way: HQ's acknowledgement imported, no notice, packet 2 follows packet 1."""
    restored.post.acks.import_ack(restored.ack_file().read_bytes())
    wizard = open_contents(qtbot, restored)
    page = wizard.contents_page
    assert not page.restored.isVisible() and page.isComplete()
    with qtbot.waitSignal(wizard.exported, timeout=WAIT) as exported:
        write_button(wizard).click()
    assert exported.args[0].seq == 2
    entry = audit.entries(restored.post.vault.conn, action="export")[-1]
    assert "after_restore" not in entry.detail


def test_the_notice_imports_hqs_acknowledgement_without_leaving_the_wizard(
        qtbot: Any, restored: World) -> None:
    """The safe way from the notice itself: its button opens the acknowledgement screen over
    the wizard; once HQ's ack is imported and the screen closed, the notice is gone and packet
    2 goes out as usual (no override in the audit log)."""
    wizard = open_contents(qtbot, restored)
    page = wizard.contents_page
    ack = restored.ack_file()
    page.restored.import_button.click()
    dialog = page.ack_dialog
    assert isinstance(dialog, AckImportDialog) and dialog.isVisible()
    assert dialog.isModal() and dialog.parent() is wizard
    assert not page.isComplete()  # nothing changes until the ack is in
    with qtbot.waitSignal(dialog.imported, timeout=WAIT):
        dialog.import_file(ack)
    assert not restored_unacknowledged(restored.post.vault)
    dialog.reject()
    qtbot.waitUntil(lambda: page.ack_dialog is None and page.contents is not None
                    and not page.restored.isVisible(), timeout=WAIT)
    assert page.isComplete() and write_button(wizard).isEnabled()
    with qtbot.waitSignal(wizard.exported, timeout=WAIT) as exported:
        write_button(wizard).click()
    assert exported.args[0].seq == 2
    assert "after_restore" not in audit.entries(restored.post.vault.conn,
                                                action="export")[-1].detail


def test_closing_the_acknowledgement_screen_unused_keeps_the_notice(
        qtbot: Any, restored: World) -> None:
    wizard = open_contents(qtbot, restored)
    page = wizard.contents_page
    page.restored.import_button.click()
    assert isinstance(page.ack_dialog, AckImportDialog)
    page.ack_dialog.reject()
    qtbot.waitUntil(lambda: page.ack_dialog is None and page.contents is not None,
                    timeout=WAIT)
    assert page.restored.isVisible() and not page.isComplete()
    assert not write_button(wizard).isEnabled()


def test_a_vault_never_restored_shows_no_notice(qtbot: Any, linked: World) -> None:
    linked.approved(1)
    wizard = open_contents(qtbot, linked)
    assert not wizard.contents_page.restored.isVisible()
    assert wizard.contents_page.isComplete()


@pytest.mark.parametrize("lang", ["en", "kk", "lt", "ru"])
def test_the_notice_in_each_language_keys_and_menu_path(
        lang: str, qtbot: Any, restored: World, ui_context: UiContext) -> None:
    """The tick has its own Alt+letter on the page (with the wizard's buttons), the safe way
    names the menu as the translated main window does, and the wizard grows to show the notice
    whole (nothing clipped)."""
    ui_context.translations.set_language(lang)
    wizard = open_contents(qtbot, restored)
    panel = wizard.contents_page.restored
    qtbot.waitUntil(lambda: lang == "en" or "HQ" not in panel.headline.text(), timeout=WAIT)
    assert "&" in panel.confirm.text()
    assert not _repeated(_shown_letters(wizard)), lang
    assert menu_path() in panel.safe_way.text()
    assert "1" in panel.facts.text()
    qtbot.waitUntil(lambda: not clipped(wizard), timeout=WAIT)
    assert wizard.height() > 520  # taller than it opened
