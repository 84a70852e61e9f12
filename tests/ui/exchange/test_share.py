"""The share screen on real vaults: candidates, the notice, the preview of exactly what leaves
(persons sent and withheld, a person included by hand with a reason), four-eyes approval (the
adder is told why not), sending to the stick, the letters sent and writing one again; an
officer reads only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from shekara.ui.exchange.share import ShareDialog
from shekara.ui.exchange.share_models import (
    CandidateColumn,
    CandidatesTableModel,
    LetterColumn,
    LettersTableModel,
    NoticeColumn,
    NoticeTableModel,
)
from tests.ui.exchange.world import OFFICER, SECOND, Exchange

WAIT = 20000


def open_share(qtbot: Any, parties: Exchange, login: str | None = None) -> ShareDialog:
    session = parties.as_("KZ", login) if login else parties.kz
    dialog = ShareDialog(session, list_drives=parties.drives)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state is not None and not dialog.loading, timeout=WAIT)
    return dialog


def reload(qtbot: Any, dialog: ShareDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    dialog.reload()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)


def act(qtbot: Any, dialog: ShareDialog, op: Any) -> None:
    assert op is not None
    with qtbot.waitSignal(op.finished, timeout=WAIT):
        pass
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)


def cell(model: Any, row: int, column: int) -> str:
    return str(model.data(model.index(row, column)))


def test_candidates_preview_include_approve_and_send(qtbot: Any, qtmodeltester: Any,
                                                     linked: Exchange) -> None:
    lithuanian, _home = linked.sample()
    dialog = open_share(qtbot, linked)
    assert dialog.candidates.rowCount() == 1  # the Kazakh-only record is not the partner's
    assert cell(dialog.candidates, 0, CandidateColumn.ARTICLE) == "6.1.1"
    assert cell(dialog.candidates, 0, CandidateColumn.VERSION) == "1"
    assert cell(dialog.candidates, 0, CandidateColumn.WHY) == (
        "qualifies under Art. 6.1.1 and was never sent")
    assert dialog.preview.toPlainText() == "The notice is empty: add candidates to it."

    dialog.select_candidates([lithuanian])
    act(qtbot, dialog, dialog.add_selected())
    assert cell(dialog.candidates, 0, CandidateColumn.QUEUED) == "yes"
    assert dialog.notice.rowCount() == 1
    assert cell(dialog.notice, 0, NoticeColumn.SENT) == "1"
    assert cell(dialog.notice, 0, NoticeColumn.WITHHELD) == "1"
    qtbot.waitUntil(lambda: "Ахметов" in dialog.preview.toPlainText(), timeout=WAIT)
    text = dialog.preview.toPlainText()
    sent, withheld = text.split("Persons withheld")
    assert "Žukauskas Tomas" in sent and "Ахметов" not in sent  # the witness stays home
    assert "Ахметов Серік" in withheld

    # The adder cannot approve, and is told why.
    assert not dialog.approve_button.isEnabled()
    assert "another supervisor must approve" in dialog.approval.text()

    # Include the witness, with a reason.
    include = dialog.ask_include()
    assert include is not None
    assert include.person_combo.count() == 1
    assert not include.ok_button.isEnabled()  # no reason yet
    include.reason_edit.setPlainText("The witness identified the guide")
    include.ok_button.click()
    qtbot.waitUntil(lambda: cell(dialog.notice, 0, NoticeColumn.WITHHELD) == "0", timeout=WAIT)
    assert cell(dialog.notice, 0, NoticeColumn.SENT).startswith("2 (1 by hand")
    sent = dialog.preview.toPlainText().split("Persons withheld")[0]
    assert "Ахметов Серік" in sent and "included by hand: The witness identified the guide" \
        in sent
    qtmodeltester.check(dialog.candidates)
    qtmodeltester.check(dialog.notice)

    # A second supervisor approves and sends to the stick.
    second = open_share(qtbot, linked, SECOND)
    assert second.approve_button.isEnabled()
    act(qtbot, second, second.approve())
    assert "Approved by tomas.z" in second.approval.text()
    destination = second.ask_send()
    qtbot.waitUntil(lambda: destination.ok_button.isEnabled(), timeout=WAIT)  # the one stick
    with qtbot.waitSignal(second.letters.modelReset, timeout=WAIT):
        destination.ok_button.click()
    qtbot.waitUntil(lambda: second.letters.rowCount() == 1, timeout=WAIT)
    assert "is written" in second.status.text(), second.status.text()
    number = cell(second.letters, 0, LetterColumn.NUMBER)
    assert number.startswith("HQ-KZ/")
    assert cell(second.letters, 0, LetterColumn.CONTENT) == "1 fact"
    assert second.candidates.rowCount() == 0 and second.notice.rowCount() == 0
    [packet] = linked.stick.iterdir()
    [outcome] = linked.lt.partner.import_files([packet])
    assert outcome.status == "imported" and outcome.letter == number
    qtmodeltester.check(second.letters)


def test_write_a_letter_again(qtbot: Any, linked: Exchange, tmp_path: Path) -> None:
    [lithuanian, _home] = linked.sample()
    sent = linked.send([lithuanian])
    assert sent.path is not None
    original = sent.path.read_bytes()
    sent.path.unlink()
    dialog = open_share(qtbot, linked)
    assert dialog.letters.rowCount() == 1
    dialog.letters_view.setCurrentIndex(dialog.letters.index(0, 0))
    assert dialog.again_button.isEnabled()
    destination = dialog.ask_write_again()
    assert destination is not None and sent.registration_number in destination.explain.text()
    qtbot.waitUntil(lambda: destination.ok_button.isEnabled(), timeout=WAIT)
    destination.ok_button.click()
    qtbot.waitUntil(lambda: "Written again" in dialog.status.text(), timeout=WAIT)
    assert sent.path.read_bytes() == original


def test_a_refusal_is_shown_in_words(qtbot: Any, linked: Exchange) -> None:
    dialog = open_share(qtbot, linked)
    dialog.send(linked.stick)  # nothing to send
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=WAIT)
    assert "nothing to send" in dialog.status.text().lower()


def test_an_officer_reads_only(qtbot: Any, linked: Exchange) -> None:
    linked.sample()
    dialog = open_share(qtbot, linked, OFFICER)
    assert dialog.candidates.rowCount() == 1
    dialog.select_candidates([dialog.candidates.rows()[0].record_id])
    for button in (dialog.add_button, dialog.remove_button, dialog.include_button,
                   dialog.approve_button, dialog.send_button, dialog.again_button):
        assert not button.isEnabled()
    assert dialog.approve_blocked_reason() == "Only a supervisor can approve the notice."


def test_models_are_sound_empty(qtmodeltester: Any) -> None:
    for model in (CandidatesTableModel(), NoticeTableModel(), LettersTableModel()):
        qtmodeltester.check(model)


def test_a_withdrawal_after_sending_is_a_correction(qtbot: Any, linked: Exchange) -> None:
    lithuanian, _home = linked.sample()
    linked.send([lithuanian])
    linked.kz.records.withdraw(lithuanian, "Entered twice")
    dialog = open_share(qtbot, linked)
    assert dialog.candidates.rowCount() == 1
    assert cell(dialog.candidates, 0, CandidateColumn.ACTION) == "withdrawal"
    assert cell(dialog.candidates, 0, CandidateColumn.WHY) == (
        "withdrawn after version 1 was sent: the partner must withdraw it too")
    dialog.select_candidates([lithuanian])
    act(qtbot, dialog, dialog.add_selected())
    assert cell(dialog.notice, 0, NoticeColumn.SENT) == "—"
    assert not dialog.include_button.isEnabled()  # a correction carries no person
    assert "A correction: only the record's id, version and the reason leave" in \
        dialog.preview.toPlainText()
