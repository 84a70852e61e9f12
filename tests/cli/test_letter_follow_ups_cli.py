"""Follow-up questions (Art. 8.6) and withdrawals of requests travel in the letter (packet
format 1.2) through the real commands: HQ-KZ asks more on its own request and on HQ-LT's, and
withdraws one of its requests; HQ-LT sees them in the threads and the register. Then letters
forged exactly as a sender makes them: idempotent items, and every refusal (the vault unchanged
but for the refusal log)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import SECOND, SUPERVISOR, Shekara
from tests.cli.exchange_packets import Exchange, follow_up, shared_request, withdrawal
from tests.cli.test_reports_cli import request_data
from tests.cli.test_share_cli import pdf_text

QUESTION_OURS = "Жүргізушінің туған күнін нақтылаңыз / Уточните дату рождения водителя."
QUESTION_THEIRS = "Сұраудың мерзімі қандай? / Каков срок по запросу?"
REASON = "Күдікті ұсталды / Подозреваемый задержан."


@pytest.fixture
def ex(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
       capsys: pytest.CaptureFixture[str]) -> Exchange:
    exchange = Exchange(tmp_path, monkeypatch, capsys)
    for cli, name, position in ((exchange.kz, "Сүлейменов Бауыржан", "Басқарма бастығы"),
                                (exchange.lt, "Rūta Jankauskienė", "Direktorė")):
        for login in (SUPERVISOR, SECOND):
            cli.ok("officer", "edit", login, "--full-name", name, "--position", position,
                   officer=SUPERVISOR)
    return exchange


def ask(cli: Shekara, reference: str, **changes: Any) -> str:
    """A request of ours, approved by a second supervisor (four-eyes)."""
    request_id = cli.ok("request", "add", "-", stdin=json.dumps(request_data(
        reference=reference, **changes)).encode()).lines[0]
    cli.ok("request", "approve", request_id, officer=SECOND)
    return request_id


def send(cli: Shekara, stick: Path) -> dict[str, Any]:
    cli.ok("share", "approve", officer=SECOND)
    return dict(cli.ok("share", "send", "--to", str(stick), "--json").json())


def imported(cli: Shekara, path: str | Path) -> dict[str, Any]:
    result = cli("partner", "import", str(path), "--json")
    assert result.code == 0, result.out + result.err
    (outcome,) = result.json()
    return dict(outcome)


def shown(cli: Shekara, request_id: str) -> dict[str, Any]:
    return dict(cli.ok("request", "show", request_id, "--json").json())


def test_follow_ups_and_a_withdrawal_travel_from_kz_to_lt(ex: Exchange, tmp_path: Path) -> None:
    kz, lt = ex.kz, ex.lt
    to_lt, to_kz = tmp_path / "to-lt", tmp_path / "to-kz"
    to_lt.mkdir()
    to_kz.mkdir()
    ours, withdrawn = ask(kz, "18-2/501"), ask(kz, "18-2/502")
    theirs = ask(lt, "LT-7/33", to_authority="KZ-KNB-PS", from_authority="LT-VSAT")
    first = send(kz, to_lt)
    assert Path(first["path"]).read_bytes()[9] == 1  # nothing of 1.2 in it: the minor stays 1
    imported(lt, first["path"])
    back = send(lt, to_kz)
    assert Path(back["path"]).read_bytes()[9] == 1
    imported(kz, back["path"])

    asked_ours = kz.ok("request", "follow-up", ours, "--text", QUESTION_OURS).lines[0]
    asked_theirs = kz.ok("request", "follow-up", theirs, "--text", QUESTION_THEIRS).lines[0]
    kz.ok("request", "withdraw", withdrawn, "--reason", REASON)
    preview = kz.ok("share", "show", "--json").json()
    assert sorted(preview["follow_ups"]) == sorted([asked_ours, asked_theirs])
    assert preview["withdrawals"] == [withdrawn]
    text = kz.ok("share", "show").out
    assert f"follow-up {asked_ours}" in text and f"withdrawal of request {withdrawn}" in text
    # the notice's approval covers them: approving before they existed does not send them
    kz.refused("share", "send", "--to", str(to_lt))
    letter = send(kz, to_lt)
    assert (letter["counts"]["follow_ups"], letter["counts"]["withdrawals"]) == (2, 1)
    assert Path(letter["path"]).read_bytes()[9] == 2  # the preamble's minor: format 1.2
    after = kz.ok("share", "show", "--json").json()
    assert (after["follow_ups"], after["withdrawals"]) == ([], [])  # each travels once
    thread = shown(kz, ours)["thread"]
    assert [(m["kind"], m["direction"]) for m in thread] == [("question", "out")]
    assert thread[0]["sent_at"] is not None
    # the covering letter names them: the questions by number, the request withdrawn by ours
    notice = tmp_path / "notice-ru.pdf"
    kz.ok("report", "notice", letter["registration_number"], "--lang", "ru", "--out",
          str(notice))
    printed = " ".join(pdf_text(notice).split())
    assert "Дополнительные вопросы по запросам (ст. 8.6): HQ-KZ/" in printed
    assert f"Отозванные запросы: {shown(kz, withdrawn)['registration_number']}" in printed
    first_notice = tmp_path / "first-ru.pdf"
    kz.ok("report", "notice", first["registration_number"], "--lang", "ru", "--out",
          str(first_notice))
    assert "Отозванные запросы" not in pdf_text(first_notice)

    outcome = imported(lt, letter["path"])
    assert (outcome["counts"]["follow_ups"], outcome["counts"]["withdrawals"]) == (2, 1)
    on_theirs = shown(lt, ours)  # KZ's request, received at LT
    assert on_theirs["direction"] == "in" and on_theirs["status"] == "received"
    (question,) = on_theirs["thread"]
    assert (question["id"], question["kind"], question["direction"], question["text"]) == (
        asked_ours, "question", "in", QUESTION_OURS)
    assert question["registration_number"].startswith("HQ-KZ/")
    (question,) = shown(lt, theirs)["thread"]  # LT's own request: KZ asks about it
    assert (question["direction"], question["text"]) == ("in", QUESTION_THEIRS)
    closed = shown(lt, withdrawn)
    assert closed["status"] == "withdrawn"
    assert [(m["kind"], m["direction"], m["reason"]) for m in closed["thread"]] == [
        ("withdrawal", "in", REASON)]
    assert "withdrawal: " + REASON in lt.ok("request", "show", withdrawn).out
    # LT stops working on it: no answer, no refusal, never overdue
    assert "withdrawn" in lt.refused("request", "answer", withdrawn, "-", stdin=json.dumps(
        {"text": "Atsakymas."}).encode()).err
    lt.refused("request", "refuse", withdrawn, "--ground", "national_law", "--reason", "x")
    assert withdrawn not in {r["id"] for r in lt.ok("request", "list", "--overdue",
                                                    "--json").json()}
    # the audit names ids and codes, never the question or the reason
    audit = lt.ok("audit", "list", "--json").json()
    entries = [e for e in audit if e["action"] in ("request.follow_up", "request.withdraw")]
    assert sorted(e["action"] for e in entries) == ["request.follow_up", "request.follow_up",
                                                    "request.withdraw"]
    assert {e["detail"]["direction"] for e in entries} == {"in"}
    dumped = json.dumps(audit, ensure_ascii=False)
    for words in (QUESTION_OURS, QUESTION_THEIRS, REASON):
        assert words not in dumped

    # the same file again changes nothing
    again = imported(lt, letter["path"])
    assert again["status"] == "duplicate"
    assert len(shown(lt, ours)["thread"]) == 1


def test_a_withdrawal_of_a_request_never_sent_stays_home(ex: Exchange) -> None:
    kz = ex.kz
    draft = kz.ok("request", "add", "-", stdin=json.dumps(request_data()).encode()).lines[0]
    kz.ok("request", "withdraw", draft, "--reason", REASON)
    approved = ask(kz, "18-2/503")
    kz.ok("request", "withdraw", approved, "--reason", REASON)
    preview = kz.ok("share", "show", "--json").json()
    assert (preview["requests"], preview["withdrawals"]) == ([], [])
    # its reason is kept in its thread all the same
    assert shown(kz, draft)["thread"][0]["reason"] == REASON
    kz.refused("request", "follow-up", draft, "--text", "?")  # withdrawn: no follow-up


# --- letters forged as HQ-LT's sender makes them, read by HQ-KZ ----------------------------------
def _snapshot(cli: Shekara) -> tuple[Any, Any]:
    return (cli.ok("request", "list", "--json").json(),
            cli.ok("audit", "verify", "--json").json()["head_seq"])


def _their_request(ex: Exchange) -> str:
    """A request of HQ-LT's, received by HQ-KZ in a letter (packet 1)."""
    request = shared_request(request_data(to_authority="KZ-KNB-PS", from_authority="LT-VSAT"))
    outcome = imported(ex.kz, ex.lt_sender.letter(requests=[request]))
    assert outcome["counts"]["requests"] == 1
    return request.id


def test_items_seen_twice_are_applied_once(ex: Exchange) -> None:
    theirs = _their_request(ex)
    ours = ex.kz.ok("request", "add", "-", stdin=json.dumps(request_data()).encode()).lines[0]
    question = follow_up(ours)
    outcome = imported(ex.kz, ex.lt_sender.letter(follow_ups=[question],
                                                  request_withdrawals=[withdrawal(theirs)]))
    assert (outcome["counts"]["follow_ups"], outcome["counts"]["withdrawals"]) == (1, 1)
    assert shown(ex.kz, theirs)["status"] == "withdrawn"
    outcome = imported(ex.kz, ex.lt_sender.letter(follow_ups=[question],
                                                  request_withdrawals=[withdrawal(theirs)]))
    assert outcome["status"] == "imported"
    assert (outcome["counts"]["follow_ups"], outcome["counts"]["withdrawals"]) == (0, 0)
    assert [m["kind"] for m in shown(ex.kz, ours)["thread"]] == ["question"]
    assert [m["kind"] for m in shown(ex.kz, theirs)["thread"]] == ["withdrawal"]


def test_a_withdrawal_crossing_our_answer_is_kept_and_the_status_stays(ex: Exchange) -> None:
    theirs = _their_request(ex)
    ex.kz.ok("request", "answer", theirs, "-", stdin=json.dumps(
        {"text": "Тексерілді / Проверено."}).encode())
    outcome = imported(ex.kz, ex.lt_sender.letter(request_withdrawals=[withdrawal(theirs)]))
    assert outcome["counts"]["withdrawals"] == 1 and outcome["problems"] == []
    request = shown(ex.kz, theirs)
    assert request["status"] == "answered"
    assert [m["kind"] for m in request["thread"]] == ["answer", "withdrawal"]


def _refused(ex: Exchange, path: Path, msgid: str) -> str:
    before = _snapshot(ex.kz)
    result = ex.kz("partner", "import", str(path), "--json")
    (outcome,) = result.json()
    assert result.code != 0 and outcome["status"] == "refused", outcome
    assert outcome["reason"] == msgid, outcome
    assert _snapshot(ex.kz) == before  # nothing applied, not even the letter's other items
    return str(outcome["message"])


def test_a_follow_up_on_an_unknown_request_refuses_the_letter(ex: Exchange) -> None:
    theirs = _their_request(ex)
    path = ex.lt_sender.letter(follow_ups=[follow_up(theirs),
                                           follow_up("0b0b0b0b-0000-4000-8000-000000000000")])
    message = _refused(ex, path, "exchange.unknown_request")
    assert "follow-up question on request 0b0b0b0b-" in message
    assert shown(ex.kz, theirs)["thread"] == []


def test_a_withdrawal_of_an_unknown_request_refuses_the_letter(ex: Exchange) -> None:
    _their_request(ex)
    path = ex.lt_sender.letter(request_withdrawals=[withdrawal(
        "0b0b0b0b-0000-4000-8000-000000000000")])
    assert "never received" in _refused(ex, path, "exchange.unknown_request")


def test_a_withdrawal_of_a_request_that_is_not_the_senders_refuses_the_letter(
        ex: Exchange) -> None:
    ours = ask(ex.kz, "18-2/504")
    path = ex.lt_sender.letter(request_withdrawals=[withdrawal(ours)])
    assert "this HQ's own" in _refused(ex, path, "exchange.not_their_request")
    assert shown(ex.kz, ours)["status"] == "approved"


def test_a_1_2_item_in_a_letter_marked_1_1_refuses_it(ex: Exchange) -> None:
    theirs = _their_request(ex)
    path = ex.lt_sender.seal(ex.lt_sender.payload(follow_ups=[follow_up(theirs)]), minor=1)
    assert path.read_bytes()[9] == 1
    assert "format 1.2 field" in _refused(ex, path, "packet.bad_body")
    # the sender sees it missing: our receipts name it as a gap (resent once we read 1.2)
    (stream,) = ex.kz.ok("partner", "status", "--json").json()
    assert (stream["imported_through"], stream["gaps"], stream["refusals"]) == (1, [[2, 2]], 1)


def test_a_question_and_a_withdrawal_travel_with_their_russian_translation(
        ex: Exchange, tmp_path: Path) -> None:
    """Art. 14: a question and a withdrawal's reason, written in the state language, carry
    their Russian translation to the partner; one over the cap is refused, nothing kept."""
    kz, lt = ex.kz, ex.lt
    to_lt = tmp_path / "to-lt"
    to_lt.mkdir()
    ours, withdrawn = ask(kz, "18-2/701"), ask(kz, "18-2/702")
    imported(lt, send(kz, to_lt)["path"])
    assert "at most" in kz.refused("request", "follow-up", ours, "--text", "Сұрақ.",
                                   "--text-ru", "я" * 20_001).err
    assert shown(kz, ours)["thread"] == []
    asked = kz.ok("request", "follow-up", ours, "--text", "Туған күнін нақтылаңыз.",
                  "--text-ru", "Уточните дату рождения.").lines[0]
    kz.ok("request", "withdraw", withdrawn, "--reason", "Күдікті ұсталды.", "--reason-ru",
          "Подозреваемый задержан.")
    letter = send(kz, to_lt)
    outcome = imported(lt, letter["path"])
    assert (outcome["counts"]["follow_ups"], outcome["counts"]["withdrawals"]) == (1, 1)
    (question,) = shown(lt, ours)["thread"]
    assert question["id"] == asked and question["text"] == "Туған күнін нақтылаңыз."
    assert question["translations"] == {"ru": {"text": "Уточните дату рождения."}}
    (withdrawal_message,) = shown(lt, withdrawn)["thread"]
    assert withdrawal_message["reason"] == "Күдікті ұсталды."
    assert withdrawal_message["translations"] == {"ru": {"reason": "Подозреваемый задержан."}}
