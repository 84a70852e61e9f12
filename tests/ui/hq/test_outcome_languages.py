"""Every HQ import outcome shows in the UI language: each sentence the import service can put in
an outcome (a refusal, a fork's reason, a problem found on the way) is found in its code and
shown through the outcome table in kk, lt and ru, with its numbers, and never in English."""

from __future__ import annotations

import ast
import string
from pathlib import Path
from typing import Any

import pytest

from shekara.messages import Message
from shekara.services.audit_breaks import AUDIT_BREAKS
from shekara.services.fork_reasons import FORK_REASONS
from shekara.services.hq import ImportOutcome
from shekara.ui.hq.outcome_model import ImportOutcomeTableModel
from shekara.ui.widgets.reasons import REASONS

SERVICES = Path(__file__).resolve().parents[3] / "desktop" / "shekara" / "services"
HQ_MODULES = ("hq.py", "hq_held.py", "hq_records.py")
ERRORS = {"PacketError", "InputError", "StateError", "NotFound", "ShekaraError"}


def _literal_messages(callables: set[str]) -> list[Message]:
    """A `Message` for each literal (msgid, template) call of `callables` in the HQ services,
    each parameter a distinctive number."""
    found: list[Message] = []
    for name in HQ_MODULES:
        for node in ast.walk(ast.parse((SERVICES / name).read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func.id if isinstance(node.func, ast.Name) else ""
            msgid, template = node.args[0], node.args[1]
            if func in callables and isinstance(msgid, ast.Constant) and \
                    isinstance(template, ast.Constant) and isinstance(template.value, str):
                found.append(_numbered(str(msgid.value), template.value))
    return found


def _numbered(msgid: str, template: str) -> Message:
    fields = [f for _, f, _, _ in string.Formatter().parse(template) if f]
    return Message(msgid, template, {f: 9000 + i for i, f in enumerate(fields)})


# A fork's reasons and an audit break's are tables (the vault keeps their ids beside the
# English): the HQ's too.
FORKS = [_numbered(msgid, template) for msgid, template in FORK_REASONS.items()
         if msgid.startswith("hq.")]
BREAKS = [_numbered(msgid, template) for msgid, template in AUDIT_BREAKS.items()]
PROBLEMS = _literal_messages({"message", "Message"}) + FORKS + BREAKS
REFUSALS = [m for m in _literal_messages(ERRORS) if m.msgid not in REASONS]


def _outcomes() -> list[ImportOutcome]:
    held_refusal = Message("hq.held_refused", "held packet {seq} refused: {reason}",
                           {"seq": 8, "reason": REFUSALS[0]})
    return [
        ImportOutcome("a.shk", "imported", post="KZ-NUR-ZHOLY", seq=3, records=2, duplicates=1,
                      applied=[4, 5], applied_records=3, problems=[*PROBLEMS, held_refusal]),
        ImportOutcome("b.shk", "duplicate", post="KZ-NUR-ZHOLY", seq=3),
        ImportOutcome("c.shk", "held", post="KZ-NUR-ZHOLY", seq=9, gaps=[6, 7, 8]),
        ImportOutcome("d.shk", "fork", post="KZ-NUR-ZHOLY", seq=3, msgid="packet.fork",
                      message=PROBLEMS[0]),
        *[ImportOutcome("e.shk", "refused", msgid=m.msgid, message=m) for m in REFUSALS],
        ImportOutcome("f.shk", "refused", msgid="packet.bad_signature",
                      message=Message("packet.bad_signature", "the signature does not verify")),
    ]


def test_the_service_words_outcomes_as_messages() -> None:
    assert {m.msgid for m in PROBLEMS} >= {"hq.fork_same_seq", "hq.fork_not_following",
                                           "hq.audit_went_back", "hq.audit_entry_changed",
                                           "hq.held_fork", "hq.held_refused"}
    assert REFUSALS, "the import refuses with sentences of its own (packet.seq_too_far, …)"


@pytest.mark.parametrize("lang", ["kk", "lt", "ru"])
def test_every_outcome_shows_in_the_ui_language(lang: str, english: Any) -> None:
    model = ImportOutcomeTableModel()
    outcomes = _outcomes()
    english.set_language("en")
    in_english = [model.details(o) for o in outcomes]
    english.set_language(lang)
    shown = [model.details(o) for o in outcomes]
    for outcome, before, text in zip(outcomes, in_english, shown, strict=True):
        assert text != before, (outcome.status, text)
        for sentence in [*(str(p) for p in outcome.problems), str(outcome.message or "")]:
            assert not sentence or sentence not in text, (lang, sentence)
        assert not outcome.msgid or outcome.msgid not in text  # never an id for want of words
    problems = shown[0]
    for message in PROBLEMS:
        for value in message.params.values():
            assert str(value) in problems  # the numbers survive translation
