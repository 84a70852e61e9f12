"""Exchange > Import the partner's letters in the officer's language: real letters sealed with
HQ-LT's real keys, imported at HQ-KZ through the screen, each outcome the import can put into
words — a correction of a fact never received, a held letter refused or quarantined when its
turn comes, a refusal in a sentence of its own, a fork's reason — shows in kk, lt and ru exactly
as the catalogs translate its message (numbers filled in, a reason within a reason translated
too), never in English. The command line says the same in English (tests/cli)."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from shekara.messages import Message
from shekara.services import keys
from shekara.services.exchange_receive import ExchangeOutcome
from shekara.services.fork_reasons import fork_reason
from shekara.ui.context import UiContext
from shekara.ui.exchange.received import LetterImportDialog
from shekara.ui.exchange.received_models import LetterOutcomeTableModel, OutcomeColumn
from tests.cli.exchange_packets import Partner, answer, correction, fact
from tests.support.ts_catalog import catalog_translation
from tests.ui.exchange.world import CODES, Exchange

WAIT = 20000
LT = CODES["LT"]
LANGUAGES = ("kk", "lt", "ru")
NEVER_RECEIVED = "11111111-1111-4111-8111-111111111111"
NEVER_SENT = "44444444-4444-4444-8444-444444444444"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def in_catalog(lang: str, message: Message) -> str:
    """`message` as the .ts file of `lang` translates it, its parameters filled (a parameter
    that is a message translated the same way): read from the XML, not through the program."""
    params = {name: in_catalog(lang, value) if isinstance(value, Message) else value
              for name, value in message.params.items()}
    return catalog_translation(lang, "errors", message.template).format(**params)


# What the service says, written out here: the English the command line prints is its contract.
CORRECTION = Message("exchange.correction_unknown",
                     "correction of {id} v{version}: no such fact was received",
                     {"id": NEVER_RECEIVED, "version": 2})
HELD_REFUSED = Message("exchange.held_refused", "held packet {seq} refused: {reason}", {
    "seq": 4, "reason": Message("exchange.unknown_request", "the letter answers or refuses "
                                "request {id}, which this HQ did not send", {"id": NEVER_SENT})})
HELD_FORK = Message("exchange.held_fork", "held packet {seq} is a fork ({reason}): quarantined",
                    {"seq": 6, "reason": fork_reason("exchange.fork_chain", last=5,
                                                     partner=LT)})
TOO_FAR = Message("packet.seq_too_far", "packet {seq} is more than {limit} ahead of packet "
                  "{last}, the last one imported from this post: it is not held",
                  {"seq": 20_000, "limit": 10_000, "last": 5})
WRONG_PARTIES = Message("exchange.wrong_parties", "the letter says it goes from {sender} to "
                        "{recipient}, but it is signed by {signer} and this is {own}",
                        {"sender": "KZ", "recipient": "LT", "signer": "LT", "own": "KZ"})
FORK = fork_reason("exchange.fork_seq", seq=1, partner=LT)


@pytest.fixture
def imported(qtbot: Any, linked: Exchange) -> LetterImportDialog:
    """HQ-LT's letters 1-6 and four more, imported at HQ-KZ in one go through the screen:
    2 corrects a fact HQ-KZ never received; 4 (answering a request HQ-KZ never sent) waits
    for 3 and is refused once 3 is in; 4 again, right this time; 6 (not following 5) waits for
    5 and is quarantined once 5 is in; then a letter far ahead, one lying about its parties,
    another letter 1 (a fork) and a damaged file."""
    sender = Partner(keys.own_keys(linked.lt.vault), keys.own_keys(linked.kz.vault),
                     CODES["KZ"], "KZ", linked.stick)
    first = sender.letter(facts=[fact()])
    second = sender.letter(corrections=[correction(NEVER_RECEIVED, version=2)])
    third = sender.letter(facts=[fact()])
    unknown = sender.letter(answers=[answer(NEVER_SENT)])
    fourth = sender.seal(sender.payload(facts=[fact()]), seq=4, prev_hash=_sha(third))
    fifth = sender.letter(facts=[fact()])
    stray = sender.seal(sender.payload(facts=[fact()]), seq=6, prev_hash="0" * 64,
                        advance=False, name="stray-six.shk")
    far = sender.seal(sender.payload(facts=[fact()]), seq=20_000, prev_hash="1" * 64,
                      advance=False, name="far-ahead.shk")
    payload = sender.payload(facts=[fact()])
    lying = sender.seal(replace(payload, from_party="KZ", to_party="LT"), seq=7,
                        prev_hash=_sha(fifth), advance=False, name="lying.shk")
    other_one = sender.seal(sender.payload(facts=[fact()]), seq=1, prev_hash=None,
                            advance=False, name="other-one.shk")
    damaged = linked.stick / "damaged.shk"
    damaged.write_bytes(b"not a packet")
    dialog = LetterImportDialog(linked.kz, list_drives=linked.drives)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.imported, timeout=WAIT):
        dialog.import_files([first, second, unknown, third, fourth, stray, fifth, far, lying,
                             other_one, damaged])
    return dialog


def rows(dialog: LetterImportDialog) -> list[ExchangeOutcome]:
    return dialog.model.rows()


def cell(model: LetterOutcomeTableModel, row: int, role: int = Qt.ItemDataRole.DisplayRole,
         column: int = OutcomeColumn.DETAILS) -> Any:
    return model.data(model.index(row, column), role)


def test_the_service_says_each_outcome_as_a_message(imported: LetterImportDialog) -> None:
    outcomes = rows(imported)
    assert [o.status for o in outcomes] == [
        "imported", "imported", "held", "imported", "imported", "held", "imported", "refused",
        "refused", "fork", "refused"]
    assert [o.problems for o in outcomes] == [
        [], [CORRECTION], [], [HELD_REFUSED], [], [], [HELD_FORK], [], [], [], []]
    assert [o.message for o in outcomes[7:10]] == [TOO_FAR, WRONG_PARTIES, FORK]
    assert outcomes[10].msgid == "packet.bad_magic" and outcomes[10].message is not None
    # The English the command line prints and `--json` gives, from the same outcomes.
    assert outcomes[1].to_json()["problems"] == [
        f"correction of {NEVER_RECEIVED} v2: no such fact was received"]
    assert outcomes[3].line().endswith(
        f"; held packet 4 refused: the letter answers or refuses request {NEVER_SENT}, which "
        "this HQ did not send")
    assert outcomes[6].to_json()["problems"] == [
        f"held packet 6 is a fork (it does not follow packet 5, the last one imported from "
        f"{LT}): quarantined"]
    assert outcomes[8].to_json()["message"] == (
        "the letter says it goes from KZ to LT, but it is signed by LT and this is KZ")


def test_every_outcome_shows_in_the_officers_language(qtbot: Any, english: UiContext,
                                                      imported: LetterImportDialog) -> None:
    model = imported.model
    outcomes = rows(imported)
    problems = {1: CORRECTION, 3: HELD_REFUSED, 6: HELD_FORK}
    sentences = {7: TOO_FAR, 8: WRONG_PARTIES}  # refusals without a short name
    in_english = [cell(model, n) for n in range(model.rowCount())]
    for n, problem in problems.items():
        assert in_english[n].endswith(f"; warning: {problem}")
    for n, sentence in sentences.items():
        assert in_english[n] == str(sentence)
    assert cell(model, 9, Qt.ItemDataRole.ToolTipRole) == str(FORK)
    summary = "11 files: 5 imported, 0 duplicate, 2 held, 1 fork(s), 3 refused."
    assert imported.summary.text() == summary
    for lang in LANGUAGES:
        english.translations.set_language(lang)
        qtbot.waitUntil(lambda: imported.windowTitle() != "Import the partner's letters",
                        timeout=WAIT)
        # The summary under the table follows the language too, its numbers kept.
        assert imported.summary.text() != summary and "imported" not in imported.summary.text()
        assert all(n in imported.summary.text() for n in "11 5 0 2 1 3".split())
        for n, problem in problems.items():
            shown = cell(model, n)
            expected = in_catalog(lang, problem)
            assert shown.endswith(expected) and expected != str(problem), (lang, n, shown)
            inner = problem.params.get("reason")
            assert str(problem) not in shown and (inner is None or str(inner) not in shown)
            for value in problem.params.values():
                assert not isinstance(value, int) or str(value) in shown  # numbers survive
        for n, sentence in sentences.items():
            expected = in_catalog(lang, sentence)
            assert cell(model, n) == expected != str(sentence), (lang, n)
            assert cell(model, n, Qt.ItemDataRole.ToolTipRole) == expected
        # A fork and a damaged file show a short word; the whole sentence is the tooltip.
        fork_tip = cell(model, 9, Qt.ItemDataRole.ToolTipRole)
        assert fork_tip == in_catalog(lang, FORK) != str(FORK), lang
        damaged = outcomes[10].message
        assert damaged is not None
        assert cell(model, 10, Qt.ItemDataRole.ToolTipRole) == in_catalog(lang, damaged) != \
            str(damaged)
        assert cell(model, 10) == catalog_translation(lang, "PacketReasons",
                                                      "not a Shekara packet")
        english.translations.set_language("en")
        qtbot.waitUntil(lambda: imported.windowTitle() == "Import the partner's letters",
                        timeout=WAIT)
