"""Follow-up questions and withdrawals of requests on the screens (packet format 1.2): the share
screen says the letter carries them, the letters sent and the import outcome count them, and the
partner's request opens with the withdrawal and its reason in the thread — in English and in
Russian."""

from __future__ import annotations

from typing import Any

from shekara.ui.context import UiContext
from shekara.ui.exchange.received_models import LetterOutcomeTableModel, OutcomeColumn
from shekara.ui.exchange.requests import RequestDialog
from shekara.ui.exchange.share_models import LetterColumn
from tests.ui.exchange.test_share import act, cell, open_share
from tests.ui.exchange.world import SECOND, Exchange, request_data

REASON = "Күдікті ұсталды / Подозреваемый задержан."


def _sent_request(linked: Exchange) -> tuple[str, str]:
    """Two requests of HQ-KZ's, sent to HQ-LT in a letter and imported there."""
    asked = [linked.kz.requests.add(request_data(reference=f"18-2/{n}")).id for n in (1, 2)]
    second = linked.as_("KZ", SECOND)
    for request_id in asked:
        second.requests.approve(request_id)
    second.share.approve()
    letter = second.share.send(linked.stick)
    assert letter.path is not None
    linked.lt_imports(letter.path)
    return asked[0], asked[1]


def test_the_letter_says_it_carries_a_follow_up_and_a_withdrawal(
        qtbot: Any, qtmodeltester: Any, linked: Exchange, english: UiContext) -> None:
    ours, withdrawn = _sent_request(linked)
    linked.kz.requests.follow_up(ours, "Туған күнін нақтылаңыз / Уточните дату рождения.")
    linked.as_("KZ", SECOND).requests.withdraw(withdrawn, REASON)
    second = open_share(qtbot, linked, SECOND)
    text = second.approval.text()
    assert "With 1 follow-up question on requests." in text
    assert "With 1 withdrawal of our requests." in text
    assert "request(s), answer(s)" not in text and "Not approved yet." in text
    assert second.approve_button.isEnabled()  # a register item alone is a letter's worth
    act(qtbot, second, second.approve())
    letter = linked.as_("KZ", SECOND).share.send(linked.stick)
    assert letter.path is not None and letter.path.read_bytes()[9] == 2
    second.reload()
    qtbot.waitUntil(lambda: not second.loading and second.letters.rowCount() == 2,
                    timeout=20000)
    rows = {cell(second.letters, r, LetterColumn.NUMBER): r for r in range(2)}
    assert cell(second.letters, rows[letter.registration_number], LetterColumn.CONTENT) == (
        "1 follow-up question, 1 withdrawal of our request")

    [outcome] = linked.lt.partner.import_files([letter.path])
    model = LetterOutcomeTableModel()
    model.set_rows([outcome])
    assert model.data(model.index(0, OutcomeColumn.DETAILS)) == (
        "1 follow-up question, 1 withdrawal of their request")
    qtmodeltester.check(model)

    dialog = RequestDialog(linked.lt.requests.show(withdrawn), ref=linked.lt.ref)
    qtbot.addWidget(dialog)
    assert "withdrawn" in dialog.headline.text()
    assert f"withdrawal of the request: {REASON}" in dialog.text.toPlainText()
    asked = RequestDialog(linked.lt.requests.show(ours), ref=linked.lt.ref)
    qtbot.addWidget(asked)
    assert "follow-up question: Туған күнін" in asked.text.toPlainText()
    try:
        english.translations.set_language("ru")
        qtbot.waitUntil(lambda: "Переписка" in dialog.text.toPlainText() or
                        "отзыв" in dialog.text.toPlainText(), timeout=5000)
        assert f"отзыв запроса: {REASON}" in dialog.text.toPlainText()
        assert "отозван" in dialog.headline.text()
        assert model.data(model.index(0, OutcomeColumn.DETAILS)) == (
            "1 дополнительный вопрос, 1 отзыв их запроса")
    finally:
        english.translations.set_language("en")
