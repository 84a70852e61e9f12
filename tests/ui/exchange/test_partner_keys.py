"""Partner keys on real vaults: enroll after the fingerprint comparison, the list with state,
revoke (a supervisor only; an officer sees the list)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from shekara.services.partner import partners
from shekara.ui.exchange.partner_keys import Column, PartnerKeysDialog, PartnerKeysTableModel
from tests.ui.exchange.world import OFFICER, Exchange

WAIT = 20000


def open_dialog(qtbot: Any, parties: Exchange, login: str | None = None) -> PartnerKeysDialog:
    session = parties.as_("KZ", login) if login else parties.kz
    dialog = PartnerKeysDialog(session, list_drives=parties.drives)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    return dialog


def test_enroll_after_comparing_the_fingerprint_then_revoke(qtbot: Any, qtmodeltester: Any,
                                                           parties: Exchange) -> None:
    dialog = open_dialog(qtbot, parties)
    assert dialog.model.rowCount() == 0
    dialog.enroll_file(parties.keys_file(parties.lt))
    qtbot.waitUntil(lambda: dialog.confirm_dialog is not None, timeout=WAIT)
    confirm = dialog.confirm_dialog
    assert confirm is not None
    assert confirm.print_value.text().replace("\n", " ") == parties.fingerprint(parties.lt)
    assert confirm.code_value.text() == "HQ-LT"
    assert not confirm.confirm_button.isEnabled()  # nothing is trusted before the paper check
    confirm.same.setChecked(True)
    confirm.confirm_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT)
    row = [dialog.model.data(dialog.model.index(0, c)) for c in range(len(Column))]
    assert row[Column.CODE] == "HQ-LT" and row[Column.PARTY] == "LT"
    assert row[Column.STATE] == "active"
    assert row[Column.FINGERPRINT] == parties.fingerprint(parties.lt)
    assert "HQ-LT is trusted" in dialog.status.text()
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(PartnerKeysTableModel())

    dialog.view.setCurrentIndex(dialog.model.index(0, 0))
    assert dialog.revoke_button.isEnabled()
    box = dialog.ask_revoke()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: partners(parties.kz.vault)[0].state == "revoked", timeout=WAIT)
    qtbot.waitUntil(lambda: dialog.model.data(dialog.model.index(0, Column.STATE))
                    == "revoked", timeout=WAIT)
    assert dialog.status.text().startswith("Revoked: 1 key")


def test_a_key_of_our_own_party_is_refused(qtbot: Any, parties: Exchange) -> None:
    dialog = open_dialog(qtbot, parties)
    dialog.enroll_file(parties.keys_file(parties.kz))
    qtbot.waitUntil(lambda: dialog.confirm_dialog is not None, timeout=WAIT)
    assert dialog.confirm_dialog is not None
    dialog.confirm_dialog.same.setChecked(True)
    dialog.confirm_dialog.confirm_button.click()
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=WAIT)
    assert "other Party" in dialog.status.text()
    assert partners(parties.kz.vault) == []


def test_an_officer_sees_the_list_and_cannot_change_it(qtbot: Any, linked: Exchange) -> None:
    dialog = open_dialog(qtbot, linked, OFFICER)
    assert dialog.model.rowCount() == 1
    dialog.view.setCurrentIndex(dialog.model.index(0, 0))
    assert not dialog.enroll_button.isEnabled()
    assert not dialog.revoke_button.isEnabled()
    assert dialog.ask_revoke() is None


def test_the_partners_rotation_statement_is_followed_without_paper(qtbot: Any,
                                                                   linked: Exchange) -> None:
    """HQ-LT renews its keys (as its Renew HQ's keys… does); HQ-KZ takes the statement here."""
    from shekara.services.rotation_files import rotate_into
    from shekara.ui.keys.files import KIND_PARTNER_ROTATION

    old = linked.fingerprint(linked.lt)
    written = rotate_into(linked.lt.vault, linked.stick, mode="hq")
    dialog = open_dialog(qtbot, linked)
    dialog.enroll_file(written.statement)
    qtbot.waitUntil(lambda: dialog.confirm_dialog is not None, timeout=WAIT)
    confirm = dialog.confirm_dialog
    assert confirm is not None and confirm.key.kind == KIND_PARTNER_ROTATION
    assert "no paper is needed" in confirm.question.text()
    assert confirm.print_value.text().replace("\n", " ") == written.new_fingerprint
    assert confirm.old_value.text().replace("\n", " ") == old
    assert not confirm.warning.isVisible()  # not a replacement by hand: the old key vouches
    assert not confirm.confirm_button.isEnabled()
    confirm.same.setChecked(True)
    confirm.confirm_button.click()
    qtbot.waitUntil(lambda: "has its new key" in dialog.status.text(), timeout=WAIT)
    states = {k.fingerprint: k.state for k in partners(linked.kz.vault)}
    assert states == {old: "rotated", written.new_fingerprint: "active"}
    # The keys file alone still needs the paper check, as before.
    dialog.enroll_file(written.keys_file)
    qtbot.waitUntil(lambda: dialog.confirm_dialog is not confirm, timeout=WAIT)
    assert dialog.confirm_dialog is not None and dialog.confirm_dialog.key.kind == "hq-keys"
