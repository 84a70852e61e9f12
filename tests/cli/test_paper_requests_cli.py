"""A request of the partner's that reached us on paper is registered by hand (`request add
--incoming`) under an id of ours the partner's system never saw. What answers it — an answer, a
refusal, a follow-up question — stays out of the letters: a letter naming that id would make the
partner refuse the whole letter, and every letter after it would wait behind it. What answers a
request that came in a letter still travels, in the same letter as before. Through the real
commands, both HQs, real packets on a real stick."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import SECOND
from tests.cli.test_letter_follow_ups_cli import ask, ex, imported, send, shown
from tests.cli.test_reports_cli import request_data

__all__ = ["ex"]  # the two linked HQs, from the follow-up tests


def test_what_answers_a_paper_request_stays_home_and_the_partner_imports_the_letter(
        ex: object, tmp_path: Path) -> None:
    kz, lt = ex.kz, ex.lt  # type: ignore[attr-defined]
    to_lt, to_kz = tmp_path / "to-lt", tmp_path / "to-kz"
    to_lt.mkdir()
    to_kz.mkdir()
    # One request of KZ's went in a letter; another KZ sent on paper, and LT registers it.
    by_letter = ask(kz, "18-2/601")
    imported(lt, send(kz, to_lt)["path"])
    on_paper = lt.ok("request", "add", "-", "--incoming", "--their-number",
                     "HQ-KZ/2026/000602", stdin=json.dumps(request_data(
                         reference="18-2/602")).encode()).lines[0]
    assert shown(lt, by_letter)["received_in"] == "letter"
    assert shown(lt, on_paper)["received_in"] == "paper"
    listed = {r["id"]: r["received_in"] for r in lt.ok("request", "list", "--json").json()}
    assert listed == {by_letter: "letter", on_paper: "paper"}

    for request_id in (by_letter, on_paper):
        lt.ok("request", "answer", request_id, "-", stdin=json.dumps(
            {"text": "Patikrinta / Проверено.", "partial": True}).encode())
        lt.ok("request", "follow-up", request_id, "--text", "Kokia data? / Какая дата?")
    lt.ok("request", "refuse", on_paper, "--ground", "national_law", "--reason",
          "Prieštarauja įstatymui / Противоречит закону.", officer=SECOND)
    for request_id in (by_letter, on_paper):
        assert [m["kind"] for m in shown(lt, request_id)["thread"]] == ["answer", "question"]

    preview = lt.ok("share", "show", "--json").json()
    letter_items = {m["id"] for m in shown(lt, by_letter)["thread"]}
    paper_items = {m["id"] for m in shown(lt, on_paper)["thread"]}
    assert set(preview["answers"]) | set(preview["follow_ups"]) == letter_items
    assert not (set(preview["answers"]) | set(preview["follow_ups"])) & paper_items
    assert preview["refusals"] == []  # the refusal of the paper request goes on paper

    outcome = imported(kz, send(lt, to_kz)["path"])
    assert outcome["status"] == "imported" and outcome["problems"] == []
    assert (outcome["counts"]["answers"], outcome["counts"]["follow_ups"]) == (1, 1)
    assert shown(kz, by_letter)["status"] == "partly_answered"
    assert [m["kind"] for m in shown(kz, by_letter)["thread"]] == ["answer", "question"]
    # Still home, and still home after the next letter: nothing of it is ever queued.
    again = lt.ok("share", "show", "--json").json()
    assert not (set(again["answers"]) | set(again["follow_ups"])) & paper_items
    assert again["refusals"] == []


def test_a_request_typed_in_from_paper_and_then_received_in_a_letter_names_its_twin(
        ex: object, tmp_path: Path) -> None:
    """The paper copy came first and was typed in; then the letter brought the same request
    under the partner's id. Both stay (the paper one may already have a thread), and each
    names the other, so the officer answers the letter's copy."""
    kz, lt = ex.kz, ex.lt  # type: ignore[attr-defined]
    to_lt = tmp_path / "to-lt"
    to_lt.mkdir()
    by_letter = ask(kz, "18-2/801")
    number = shown(kz, by_letter)["registration_number"]
    on_paper = lt.ok("request", "add", "-", "--incoming", "--their-number", number,
                     stdin=json.dumps(request_data(reference="18-2/801")).encode()).lines[0]
    assert shown(lt, on_paper)["twins"] == []
    imported(lt, send(kz, to_lt)["path"])
    assert shown(lt, on_paper)["twins"] == [{"id": by_letter, "received_in": "letter"}]
    assert shown(lt, by_letter)["twins"] == [{"id": on_paper, "received_in": "paper"}]
    # A request of ours has none, whatever its number.
    assert shown(kz, by_letter)["twins"] == []


def test_the_paper_copy_is_closed_once_the_letter_brought_its_request(
        ex: object, tmp_path: Path) -> None:
    """`request close-paper-copy`: the copy typed in from paper becomes `duplicate`, its thread
    kept and no longer open or overdue in the register; refused before the letter came, on
    the letter's own copy, on our own request, and a second time. Registering the paper copy
    after the letter brought the request is refused: the register already has it."""
    kz, lt = ex.kz, ex.lt  # type: ignore[attr-defined]
    to_lt = tmp_path / "to-lt"
    to_lt.mkdir()
    by_letter = ask(kz, "18-2/901")
    number = shown(kz, by_letter)["registration_number"]
    on_paper = lt.ok("request", "add", "-", "--incoming", "--their-number", number,
                     "--received-on", "2026-01-05", stdin=json.dumps(request_data(
                         reference="18-2/901", dated_on="2026-01-02",
                         deadline="2026-01-20")).encode()).lines[0]
    lt.ok("request", "follow-up", on_paper, "--text", "Kokia data? / Какая дата?")
    refused = lt.refused("request", "close-paper-copy", on_paper, code=6)
    assert "has not come in a letter yet" in refused.err
    assert shown(lt, on_paper)["status"] == "received"

    imported(lt, send(kz, to_lt)["path"])
    assert on_paper in {r["id"] for r in lt.ok("request", "list", "--overdue", "--json").json()}
    lt.refused("request", "close-paper-copy", by_letter, code=6)  # the letter's copy
    lt.refused("request", "close-paper-copy", by_letter, code=6, officer=SECOND)
    kz.refused("request", "close-paper-copy", by_letter, code=6)  # our own request
    closed = lt.ok("request", "close-paper-copy", on_paper, "--json").json()
    assert closed == {"id": on_paper, "status": "duplicate", "letter_copy": by_letter}
    paper = shown(lt, on_paper)
    assert paper["status"] == "duplicate" and not paper["overdue"]
    assert [m["kind"] for m in paper["thread"]] == ["question"]  # kept
    assert shown(lt, by_letter)["status"] == "received"  # the copy to answer, untouched
    overdue = {r["id"] for r in lt.ok("request", "list", "--overdue", "--json").json()}
    assert on_paper not in overdue
    listed = lt.ok("request", "list", "--status", "duplicate", "--json").json()
    assert [r["id"] for r in listed] == [on_paper]
    again = lt.refused("request", "close-paper-copy", on_paper, code=6)
    assert "duplicate" in again.err
    entries = lt.ok("audit", "list", "--action", "request.duplicate", "--json").json()
    assert [(e["record_id"], e["detail"]) for e in entries] == [
        (on_paper, {"was": "received", "letter_copy": by_letter})]

    # The letter came first: typing the paper copy in afterwards is refused, nothing stored.
    before = len(lt.ok("request", "list", "--json").json())
    refused = lt.refused("request", "add", "-", "--incoming", "--their-number", number, code=2,
                         stdin=json.dumps(request_data(reference="18-2/901")).encode())
    assert "already in the register" in refused.err and by_letter in refused.err
    assert len(lt.ok("request", "list", "--json").json()) == before
