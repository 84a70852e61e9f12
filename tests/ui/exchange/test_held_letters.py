"""Exchange > Held and quarantined letters… on two real HQ vaults: the partner's letter held
behind a gap and a second letter under a number already imported (a fork), sealed with HQ-LT's
real keys and imported at HQ-KZ, are listed; an officer cannot discard; Yes discards exactly that
letter (gone from the list and from `partner status`, audited, and our next letter's receipts
name the number as missing); a refusal shows in red; the Exchange menu reaches the screen. Why a
letter was quarantined shows in the officer's language, as the catalogs translate it."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from shekara.services import keys
from shekara.services.fork_reasons import FORK_REASONS
from shekara.services.session import Session
from shekara.ui.context import UiContext
from shekara.ui.exchange.held_letters import PartnerHeldDialog
from shekara.ui.widgets.kept_packets import Column, KeptRow
from shekara.vault import audit
from tests.cli.exchange_packets import Partner, fact
from tests.support.ts_catalog import catalog_translation
from tests.ui.exchange.world import CODES, OFFICER, Exchange

WAIT = 20000
LT = CODES["LT"]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def letters(linked: Exchange) -> dict[str, Path]:
    """HQ-LT's letters 1 and 3 imported at HQ-KZ (3 is held: 2 is missing), and another
    letter numbered 1 (a fork)."""
    sender = Partner(keys.own_keys(linked.lt.vault), keys.own_keys(linked.kz.vault),
                     CODES["KZ"], "KZ", linked.stick)
    first, second, third = (sender.letter(facts=[fact()]) for _ in range(3))
    other_one = sender.seal(sender.payload(facts=[fact()]), seq=1, prev_hash=None,
                            advance=False, name="other-one.shk")
    outcomes = linked.kz.partner.import_files([first, third, other_one])
    assert [o.status for o in outcomes] == ["imported", "held", "fork"]
    return {"first": first, "missing": second, "held": third, "fork": other_one}


def open_screen(qtbot: Any, session: Session) -> PartnerHeldDialog:
    dialog = PartnerHeldDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    return dialog


def select(dialog: PartnerHeldDialog, state: str) -> KeptRow:
    for row, item in enumerate(dialog.model.rows()):
        if item.state == state:
            dialog.view.selectRow(row)
            return item
    raise AssertionError(f"no {state} row")


def kept_ids(session: Session) -> list[str]:
    return [k.id for stream in session.partner.status() for k in stream.kept]


def test_the_partners_held_and_forked_letters_are_listed(qtbot: Any, linked: Exchange,
                                                         letters: dict[str, Path]) -> None:
    dialog = open_screen(qtbot, linked.kz)
    model = dialog.model
    assert model.headerData(Column.SOURCE, Qt.Orientation.Horizontal) == "Partner"
    assert dialog.view.isColumnHidden(Column.RECORDS)
    rows = {item.state: item for item in model.rows()}
    assert set(rows) == {"held", "fork"}
    assert (rows["held"].source, rows["held"].seq) == (LT, 3)
    assert rows["held"].sha256 == _sha(letters["held"])
    assert (rows["fork"].seq, rows["fork"].sha256) == (1, _sha(letters["fork"]))
    fork_row = model.rows().index(rows["fork"])
    assert model.data(model.index(fork_row, Column.STATE)) == "fork, quarantined"
    assert "a different packet with sequence number 1" in model.data(
        model.index(fork_row, Column.REASON))
    assert sorted(r.id for r in model.rows()) == sorted(kept_ids(linked.kz))
    assert "receipts of our next letter" in dialog.explain.text()


def test_an_officer_cannot_discard_a_letter(qtbot: Any, linked: Exchange,
                                            letters: dict[str, Path]) -> None:
    dialog = open_screen(qtbot, linked.as_("KZ", OFFICER))
    assert dialog.model.rowCount() == 2
    select(dialog, "held")
    assert not dialog.discard_button.isEnabled()
    assert dialog.discard_button.toolTip() == "Only a supervisor can do this"
    assert dialog.open_discard() is None


def test_yes_discards_exactly_that_letter(qtbot: Any, linked: Exchange,
                                          letters: dict[str, Path]) -> None:
    assert linked.kz.partner.received_ranges(LT).held == ((3, 3),)
    dialog = open_screen(qtbot, linked.kz)
    row = select(dialog, "held")
    form = dialog.open_discard()
    assert form is not None and form.what.text() == f"Discard letter 3 from {LT}?"
    form.reason.setText("")
    form.ok_button.click()
    assert form.confirm_box is None and "required" in form.refusal.text()
    form.reason.setText("letter 2 was lost")
    form.ok_button.click()
    box = form.confirm_box
    assert box is not None and box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    assert "receipts of our next letter" in box.informativeText()
    with qtbot.waitSignals([form.accepted, dialog.changed], timeout=WAIT):
        box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not dialog.loading and dialog.model.rowCount() == 1, timeout=WAIT)
    assert [r.state for r in dialog.model.rows()] == ["fork"]
    assert f"Letter 3 from {LT} is discarded." in dialog.outcome.text()
    assert row.id not in kept_ids(linked.kz) and len(kept_ids(linked.kz)) == 1
    [entry] = audit.entries(linked.kz.vault.conn, action="hq.held_discard")
    assert entry.detail == {"partner": LT, "seq": 3, "state": "held",
                            "sha256": _sha(letters["held"]), "reason": "letter 2 was lost"}
    receipts = linked.kz.partner.received_ranges(LT)
    assert (receipts.through, receipts.gaps, receipts.held) == (1, ((2, 3),), ())


def test_a_refusal_of_the_service_shows_in_red(qtbot: Any, linked: Exchange,
                                               letters: dict[str, Path]) -> None:
    dialog = open_screen(qtbot, linked.kz)
    row = select(dialog, "fork")
    form = dialog.open_discard()
    assert form is not None
    linked.kz.partner.discard(row.id, "settled by another supervisor")
    form.reason.setText("not from the chain")
    form.ok_button.click()
    assert form.confirm_box is not None
    form.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: bool(form.refusal.text()), timeout=WAIT)
    assert form.refusal.text() == (
        f"No held or forked letter {row.id} (see 'shekara partner status'; in the window: "
        "Exchange > Held and quarantined letters)")
    assert form.isVisible() and form.reason.text() == "not from the chain"


@pytest.mark.parametrize("login", [None, OFFICER])
def test_the_exchange_menu_opens_the_screen(qtbot: Any, ui_context: UiContext,
                                            linked: Exchange, letters: dict[str, Path],
                                            login: str | None) -> None:
    from shekara.ui.main.window import MainWindow

    window = MainWindow(linked.as_("KZ", login) if login else linked.kz, ui_context)
    qtbot.addWidget(window)
    assert window.exchange_menu is not None
    action = window.exchange_menu.actions["actPartnerHeld"]
    assert action.text() == "&Held and quarantined letters…" and action.isEnabled()
    assert action in window.exchange_menu.menu.actions()
    action.trigger()
    [dialog] = [d for d in window.open_dialogs() if isinstance(d, PartnerHeldDialog)]
    qtbot.waitUntil(lambda: not dialog.loading and dialog.model.rowCount() == 2, timeout=WAIT)
    assert dialog.discard_button.isEnabled() is (login is None)
    window.clear_for_lock()
    assert window.open_dialogs() == []


def test_why_a_letter_was_quarantined_shows_in_the_officers_language(
        qtbot: Any, english: UiContext, linked: Exchange) -> None:
    """Another letter numbered 1 (quarantined on arrival), and a letter 3 that waited behind
    the gap and did not follow letter 2 once it came (quarantined then)."""
    sender = Partner(keys.own_keys(linked.lt.vault), keys.own_keys(linked.kz.vault),
                     CODES["KZ"], "KZ", linked.stick)
    first, second = sender.letter(facts=[fact()]), sender.letter(facts=[fact()])
    other_one = sender.seal(sender.payload(facts=[fact()]), seq=1, prev_hash=None,
                            advance=False, name="other-one.shk")
    stray = sender.seal(sender.payload(facts=[fact()]), seq=3, prev_hash="0" * 64,
                        advance=False, name="stray-three.shk")
    outcomes = linked.kz.partner.import_files([first, other_one, stray, second])
    assert [o.status for o in outcomes] == ["imported", "fork", "held", "imported"]
    reasons = {1: ("exchange.fork_seq", {"seq": 1, "partner": LT}),
               3: ("exchange.fork_chain", {"last": 2, "partner": LT})}
    kept = {k.seq: k for stream in linked.kz.partner.status() for k in stream.kept}
    assert {seq: (k.reason_message.msgid, dict(k.reason_message.params))
            for seq, k in kept.items() if k.reason_message is not None} == reasons
    assert all(k.reason == str(k.reason_message) for k in kept.values())
    dialog = open_screen(qtbot, linked.kz)
    model = dialog.model

    def shown() -> dict[int, str]:
        return {row.seq: model.data(model.index(n, Column.REASON))
                for n, row in enumerate(model.rows())}

    in_english = shown()
    assert in_english == {
        1: f"a different packet with sequence number 1 was received from {LT} before",
        3: f"it does not follow packet 2, the last one imported from {LT}"}
    for lang in ("kk", "lt", "ru"):
        english.translations.set_language(lang)
        texts = shown()
        for seq, (msgid, params) in reasons.items():
            expected = catalog_translation(lang, "errors", FORK_REASONS[msgid]).format(**params)
            assert texts[seq] == expected and expected != in_english[seq], (lang, seq)
            assert LT in texts[seq]
    english.translations.set_language("en")
