"""What the partner sent, at the receiving HQ (issue 9 §5): facts kept apart under the sender's
markings and numbers, corrected and destroyed as the sender says, searchable across scripts
beside the HQ's own records (`origin`), printed with the partner's handling restrictions,
never among the HQ's own records; Art. 10.2 consents; requests, answers and refusals in the
register, threads kept."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.cli.conftest import OFFICER, SECOND, border_record, example_record
from tests.cli.exchange_packets import (
    Exchange,
    answer,
    consent,
    correction,
    fact,
    refusal,
    shared_request,
)
from tests.cli.test_reports_cli import request_data
from tests.reports.pdfcheck import assert_laid_out_cleanly


@pytest.fixture
def ex(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
       capsys: pytest.CaptureFixture[str]) -> Exchange:
    return Exchange(tmp_path, monkeypatch, capsys)


def _import(ex: Exchange, **items: object) -> dict[str, object]:
    code, [outcome] = ex.partner_import(ex.lt_sender.letter(**items))
    assert code == 0, outcome
    return dict(outcome)


def test_received_facts_keep_the_senders_markings_and_numbers(ex: Exchange) -> None:
    record = border_record("Сүлейменов", "Нұрлан", "KAZ",
                           handling={"confidential": True, "third_party": "consent_required",
                                     "legal_hold": False, "note": "tik tarnybai"})
    sent = fact(record, number="HQ-LT/2026/000101", withheld=2)
    outcome = _import(ex, facts=[sent])
    [listed] = ex.kz.ok("received", "list", "--json").json()
    assert (listed["id"], listed["version"], listed["status"]) == (sent.id, 1, "current")
    assert listed["registration_number"] == "HQ-LT/2026/000101"
    assert listed["letter"] == outcome["letter"] and listed["partner"] == "HQ-LT"
    assert listed["article"] == "6.1.1" and listed["citizenship"] == ["KAZ"]
    shown = ex.kz.ok("received", "show", sent.id, "--json").json()
    assert shown["handling"]["note"] == "tik tarnybai" and shown["handling"]["confidential"]
    assert shown["persons"][0]["surname"] == "Сүлейменов"
    assert shown["received"]["withheld_persons"] == 2 and shown["versions"] == [1]
    assert "received.view" in [e["action"] for e in ex.kz.ok("audit", "list", "--json").json()]
    # Apart from the HQ's own records: not listed, not a record to show.
    assert ex.kz.ok("record", "list", "--json").json() == []
    ex.kz.refused("record", "show", sent.id, code=5)
    assert "HQ-LT" in ex.kz.ok("received", "list").out
    ex.kz.refused("received", "show", "00000000-0000-4000-8000-000000000000", code=5)
    # Paging as every list command pages: --limit 0 printed nothing and said nothing of it.
    for paging in (("--limit", "0"), ("--limit", "100001"), ("--offset", "-1")):
        refused = ex.kz.refused("received", "list", *paging, code=2)
        assert "--limit is 1-100000" in refused.err
    assert len(ex.kz.ok("received", "list", "--limit", "1", "--json").json()) == 1


def test_corrections_apply_to_received_facts(ex: Exchange) -> None:
    first, second, third = fact(), fact(), fact()
    _import(ex, facts=[first, second, third])
    newer = fact(border_record("Сүлейменов", "Нұрлан", "KAZ", narrative="Corrected."),
                 fact_id=first.id, version=2)
    _import(ex, facts=[newer], corrections=[correction(second.id),
                                            correction(third.id, action="destroyed",
                                                       reason="retention_expired")])
    states = {f["id"]: (f["version"], f["status"])
              for f in ex.kz.ok("received", "list", "--json").json()}
    assert states == {first.id: (2, "current"), second.id: (1, "withdrawn"),
                      third.id: (1, "destroyed")}
    old = ex.kz.ok("received", "show", first.id, "--version", "1", "--json").json()
    assert old["status"] == "superseded" and old["narrative"] != "Corrected."
    gone = ex.kz.ok("received", "show", third.id, "--json").json()
    assert "persons" not in gone and gone["received"]["correction"] == "retention_expired"
    withdrawn = ex.kz.ok("received", "show", second.id, "--json").json()
    assert withdrawn["received"]["correction"] == "inaccurate"
    # A correction of a fact never received is reported, the rest of the letter applies.
    code, [outcome] = ex.partner_import(ex.lt_sender.letter(
        corrections=[correction("11111111-1111-4111-8111-111111111111")]))
    assert code == 8 and outcome["status"] == "imported" and outcome["problems"] == [
        "correction of 11111111-1111-4111-8111-111111111111 v1: no such fact was received"]
    letter = ex.lt_sender.letter(corrections=[correction("22222222-2222-4222-8222-222222222222",
                                                         version=3)])
    result = ex.kz("partner", "import", str(letter))
    assert result.code == 8 and result.out.endswith(
        ": receipts only; correction of 22222222-2222-4222-8222-222222222222 v3: no such fact "
        "was received\n")


def test_search_finds_received_facts_across_scripts_with_their_origin(ex: Exchange) -> None:
    own = ex.kz.add(example_record())[0]  # Žukauskas, LTU courier
    sent = fact(border_record("Jankauskaitė", "Rūta", "KAZ"), number="HQ-LT/2026/000777")
    destroyed = fact(border_record("Jankauskaitė", "Ona", "KAZ"))
    _import(ex, facts=[sent, destroyed])
    _import(ex, corrections=[correction(destroyed.id, action="destroyed")])
    hits = ex.kz.ok("search", "Янкаускайте", "--json").json()
    assert [(h["id"], h["origin"]) for h in hits] == [(sent.id, "partner")]
    assert hits[0]["registration_number"] == "HQ-LT/2026/000777"
    own_hits = ex.kz.ok("search", "Жукаускас", "--json").json()
    assert [(h["id"], h["origin"]) for h in own_hits] == [(own, "own")]
    assert set(own_hits[0]) >= {"id", "version", "kind", "status", "title", "match"}
    # By the sender's registration number; filters apply; own-only filters leave them out.
    assert [h["id"] for h in ex.kz.ok("search", "HQ-LT/2026/000777", "--json").json()] == [
        sent.id]
    assert ex.kz.ok("search", "Jankauskaite", "--kind", "forged_document",
                    "--json").json() == []
    assert ex.kz.ok("search", "Jankauskaite", "--status", "draft", "--json").json() == []
    assert "⇐ HQ-LT" in ex.kz.ok("search", "Jankauskaite").out


def test_a_received_fact_prints_with_the_partners_restrictions(ex: Exchange,
                                                               tmp_path: Path) -> None:
    sent = fact(number="HQ-LT/2026/000101")
    outcome = _import(ex, facts=[sent])
    out = tmp_path / "received.pdf"
    done = ex.kz.ok("report", "received", sent.id, "--lang", "kk", "--out", str(out),
                    "--json").json()
    assert done["document"] == "received" and done["id"] == sent.id
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "HQ-LT/2026/000101" in flat and str(outcome["letter"]) in flat
    assert "10-бабының 2-тармағы" in flat and "п. 2 ст. 10" in flat  # Art. 10.2, kk and ru
    assert "TIK TARNYBINIAM NAUDOJIMUI" in flat  # the partner's own stamp, in Lithuanian
    assert "Сүлейменов" in flat and "дальше не передаётся" in flat
    assert_laid_out_cleanly(out.read_bytes(), tmp_path)
    assert "print" in [e["action"] for e in ex.kz.ok("audit", "list", "--json").json()]
    _import(ex, corrections=[correction(sent.id, action="destroyed")])
    ex.kz.refused("report", "received", sent.id, "--out", str(tmp_path / "gone.pdf"), code=5)


def test_consent_is_recorded_against_a_received_fact(ex: Exchange, tmp_path: Path) -> None:
    sent = fact()
    _import(ex, facts=[sent])
    scan = tmp_path / "consent-scan.pdf"
    scan.write_bytes(b"%PDF-1.4 the partner's letter of consent")
    done = ex.kz.ok("consent", "add", sent.id, "--regno", "HQ-LT/2026/000555",
                    "--third-party", "Europol", "--file", str(scan), "--json").json()
    assert done["received_id"] == sent.id and done["source"] == "paper"
    assert done["document"]["size"] == scan.stat().st_size
    # One also arrives inside a letter.
    _import(ex, consents=[consent(sent.id)])
    listed = ex.kz.ok("consent", "list", "--json").json()
    assert [(c["registration_number"], c["source"]) for c in listed] == [
        ("HQ-LT/2026/000555", "paper"), ("HQ-LT/2026/000501", "packet")]
    shown = ex.kz.ok("received", "show", sent.id, "--json").json()
    assert len(shown["consents"]) == 2
    audit = [e for e in ex.kz.ok("audit", "list", "--json").json()
             if e["action"] == "consent.add"]
    assert [e["detail"]["source"] for e in audit] == ["paper", "packet"]
    # Refusals: an officer, an unknown item, a malformed number, no third party, no file.
    args = ["--regno", "HQ-LT/2026/000556", "--third-party", "Interpol", "--file", str(scan)]
    ex.kz.refused("consent", "add", sent.id, *args, officer=OFFICER, code=4)
    ex.kz.refused("consent", "add", "22222222-2222-4222-8222-222222222222", *args, code=5)
    ex.kz.refused("consent", "add", sent.id, "--regno", "no number", "--third-party", "X",
                  "--file", str(scan), code=2)
    ex.kz.refused("consent", "add", sent.id, "--regno", "HQ-LT/2026/000556",
                  "--third-party", "  ", "--file", str(scan), code=2)
    ex.kz.refused("consent", "add", sent.id, "--regno", "HQ-LT/2026/000556",
                  "--third-party", "X", "--file", str(tmp_path / "missing.pdf"), code=2)
    # Nothing is left of a destroyed fact to pass on.
    _import(ex, corrections=[correction(sent.id, action="destroyed")])
    ex.kz.refused("consent", "add", sent.id, *args, code=6)
    # A consent for something never received refuses the letter that carries it.
    code, [outcome] = ex.partner_import(ex.lt_sender.letter(
        consents=[consent("33333333-3333-4333-8333-333333333333")]))
    assert code == 8 and outcome["reason"] == "exchange.unknown_item"


def test_requests_answers_and_refusals_go_into_the_register(ex: Exchange) -> None:
    # Our two requests to LT, approved (four-eyes).
    ours = []
    for _ in range(2):
        rid = ex.kz.ok("request", "add", "-", stdin=json.dumps(request_data()).encode()).lines[0]
        ex.kz.ok("request", "approve", rid, officer=SECOND)
        ours.append(rid)
    theirs = shared_request(request_data(to_authority="KZ-KNB-PS", from_authority="LT-VSAT",
                                         signed_by={"name": "R. Jankauskas",
                                                    "position": "Direktorius"}))
    part = answer(ours[0], partial=True)
    _import(ex, requests=[theirs], answers=[part], refusals=[refusal(ours[1])])
    register = {r["id"]: r for r in ex.kz.ok("request", "list", "--json").json()}
    incoming = register[theirs.id]
    assert (incoming["direction"], incoming["status"]) == ("in", "received")
    assert incoming["their_number"] == theirs.registration_number and incoming["due_on"]
    assert register[ours[0]]["status"] == "partly_answered"
    assert register[ours[1]]["status"] == "refused"
    thread = ex.kz.ok("request", "show", ours[0], "--json").json()["thread"]
    assert [(m["direction"], m["kind"], m["registration_number"]) for m in thread] == [
        ("in", "answer", "HQ-LT/2026/000301")]
    [refused] = ex.kz.ok("request", "show", ours[1], "--json").json()["refusals"]
    assert refused["direction"] == "in" and refused["reason_code"] == "national_law"
    assert refused["registration_number"] == "HQ-LT/2026/000401"
    # The rest of the answer arrives later: the thread grows, the request is answered.
    _import(ex, answers=[answer(ours[0])])
    assert ex.kz.ok("request", "show", ours[0], "--json").json()["status"] == "answered"
    assert len(ex.kz.ok("request", "show", ours[0], "--json").json()["thread"]) == 2
    # The incoming request is ours to answer, as one typed in by hand; what the partner sent
    # is not a record of ours, so an answer cannot carry it back out (never sent on).
    sent = fact()
    _import(ex, facts=[sent])
    ex.kz.refused("request", "answer", theirs.id, "-", stdin=json.dumps(
        {"text": "Тексерілді / Проверено.", "records": [sent.id]}).encode(), code=2)
    ex.kz.ok("request", "answer", theirs.id, "-", stdin=json.dumps(
        {"text": "Тексерілді / Проверено."}).encode())
    # An answer to a request this HQ never sent refuses the letter.
    code, [outcome] = ex.partner_import(ex.lt_sender.letter(answers=[answer(theirs.id)]))
    assert code == 8 and outcome["reason"] == "exchange.unknown_request"


def test_the_received_index_is_rebuilt_when_the_search_keys_change(ex: Exchange) -> None:
    from shekara.vault.vault import Vault
    from tests.cli.conftest import PASSWORDS, SUPERVISOR
    sent = fact(border_record("Jankauskaitė", "Rūta", "KAZ"))
    _import(ex, facts=[sent])
    vault = Vault.open(ex.kz.vault, SUPERVISOR, PASSWORDS[SUPERVISOR])
    try:  # what a schema step that changed the keys leaves: an index to rebuild
        with vault.transaction() as conn:
            conn.execute("DELETE FROM received_search WHERE rowid IN (SELECT rowid FROM"
                         " received_facts)")
            vault.set_setting("search_index_stale", "1")
    finally:
        vault.lock()
    assert [h["id"] for h in ex.kz.ok("search", "Янкаускайте", "--json").json()] == [sent.id]


def test_receiving_leaves_no_plaintext(ex: Exchange, tmp_path: Path) -> None:
    """Import, show, search and a consent in a child process with its own temp and cache
    folders: no name of what was received is readable in any file but the PDF asked for."""
    from tests.cli.conftest import PASSWORDS, SUPERVISOR, run_process
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "TMPDIR": str(home), "XDG_CACHE_HOME": str(home),
           "XDG_STATE_HOME": str(home), "SHEKARA_OFFICER": SUPERVISOR,
           "SHEKARA_PASSPHRASE": PASSWORDS[SUPERVISOR]}
    sent = fact(border_record("Jankauskaitė", "Rūta", "KAZ", narrative="Spare tyre, Vilnius."))
    path = ex.lt_sender.letter(facts=[sent])
    scan = tmp_path / "consent.txt"
    scan.write_text("Sutinkame perduoti Europolui.")
    for args in (("partner", "import", str(path)), ("received", "show", sent.id, "--json"),
                 ("search", "Янкаускайте"), ("received", "list"),
                 ("consent", "add", sent.id, "--regno", "HQ-LT/2026/000555",
                  "--third-party", "Europol", "--file", str(scan))):
        result = run_process(ex.kz.vault, *args, env=env)
        assert result.code == 0, result.err
    needles = ["Jankauskaitė", "Jankauskaite", "Rūta", "Spare tyre", "Vilnius", "Sutinkame"]
    for file in tmp_path.rglob("*"):
        if file.is_file() and file != scan:
            blob = file.read_bytes()
            for needle in needles:
                for encoded in (needle.encode(), needle.encode("utf-16-le"),
                                needle.lower().encode()):
                    assert encoded not in blob, f"{needle!r} in plaintext in {file}"
