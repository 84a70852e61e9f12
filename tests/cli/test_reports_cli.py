"""Reports and requests through the real command on real vaults: every document written as a
PDF that pypdf reads back, in both languages of kk/lt, each one logged as a `print`; the QR text
checked against the vault; Art. 8 requests and Art. 9 refusals with their refusals of bad input."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from shekara.reports import catalog
from tests.cli.conftest import (
    OFFICER,
    OFFICER_PASS,
    SECOND,
    SECOND_PASS,
    SUPERVISOR,
    Shekara,
    border_record,
    example_record,
)
from tests.reports.pdfcheck import flat, page_count, text

POST = "KZ-NUR-ZHOLY"
CHECKPOINT = "KZ-NUR-ZHOLY-ROAD"
QR_TEXT = re.compile(r"SHK1:[A-Z]:[0-9A-Za-z:*_.-]+")


def qr_text_of(pdf: Path) -> str:
    """The QR text as printed under the code (what an officer would type from the paper)."""
    found = QR_TEXT.findall(flat(text(pdf.read_bytes())))
    assert found, "no QR text printed"
    return found[-1]


def prints(cli: Shekara) -> list[dict[str, Any]]:
    return [e for e in cli.ok("audit", "list", "--json").json() if e["action"] == "print"]


def approved(cli: Shekara, *records: dict[str, Any]) -> list[str]:
    ids = cli.add(*records)
    for record_id in ids:
        cli.ok("record", "approve", record_id, officer=SUPERVISOR)
    return ids


def request_data(record_id: str | None = None, **changes: Any) -> dict[str, Any]:
    today = date.today()
    persons: list[dict[str, Any]] = [{"description": "Белгісіз жүргізуші / Неизвестный водитель"}]
    if record_id:
        persons.insert(0, {"record_id": record_id})
    data: dict[str, Any] = {
        "to_authority": "LT-VSAT", "from_authority": "KZ-KNB-PS", "reference": "18-2/417",
        "dated_on": today.isoformat(),
        "subject": "Героин контрабандасы / Контрабанда героина",
        "persons": persons,
        "facts": "Курьер ұсталды / Задержан курьер.",
        "objects_and_documents": "Автомобиль ABC123 (LTU)",
        "reasons": "Арнаны анықтау / Установить канал.",
        "procedure": "Тұлғаны тексеру / Проверить лицо по учётам.",
        "deadline": (today + timedelta(days=30)).isoformat(),
        "attachments_list": [{"title": "Хаттаманың көшірмесі / Копия протокола", "pages": 3}],
        "urgent": True,
        "signed_by": {"name": "А. Сүлейменов", "position": "Департамент бастығы"},
    }
    data.update(changes)
    return data


def refusal_data(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"reason_code": "national_law", "scope": "part",
                            "explanation": "Ішкі заңнамаға қайшы / Противоречит законодательству.",
                            "decided_on": date.today().isoformat(),
                            "signed_by": {"name": "R. Jankauskas", "position": "Direktorius"}}
    data.update(changes)
    return data


def add_request(cli: Shekara, data: dict[str, Any], **kw: Any) -> str:
    return cli.ok("request", "add", "-", stdin=json.dumps(data).encode(), **kw).lines[0]


# --- incident reports -----------------------------------------------------------------------------
def test_incident_report_in_kazakh_and_russian_is_logged(shekara: Shekara,
                                                         tmp_path: Path) -> None:
    [rid] = approved(shekara, example_record())
    out = tmp_path / "incident.pdf"
    result = shekara.ok("report", "incident", rid, "--out", str(out), "--json").json()
    assert result == {"path": str(out), "document": "incident", "lang": "kk", "id": rid,
                      "version": 1, "bytes": out.stat().st_size}
    words = flat(text(out.read_bytes()))
    for lang in ("kk", "ru"):  # KZ's state language by default, with the Russian translation
        assert flat(catalog.text("incident.title", lang)) in words
    assert "Žukauskas" in words  # names exactly as recorded
    [entry] = prints(shekara)
    assert entry["record_id"] == rid and entry["version"] == 1
    assert entry["detail"] == {"document": "incident", "lang": "kk", "output": "pdf",
                               "kind": "contraband_detention"}
    assert "Žukauskas" not in json.dumps(entry, ensure_ascii=False)


def test_lithuanian_post_prints_lithuanian_with_russian(tmp_path: Path, monkeypatch,
                                                       capsys) -> None:
    cli = Shekara(tmp_path / "lt", monkeypatch, capsys)
    cli.ok("init", "--mode", "post", "--party", "LT", "--post", "LT-MEDININKAI-ROAD",
           "--officer", SUPERVISOR)
    [rid] = cli.add(border_record("Сүлейменов", "Нұрлан", "KAZ"), officer=SUPERVISOR)
    out = tmp_path / "lt.pdf"
    cli.ok("report", "incident", rid, "--out", str(out))
    words = flat(text(out.read_bytes()))
    for lang in ("lt", "ru"):
        assert flat(catalog.text("incident.title", lang)) in words
    assert flat(catalog.text("incident.title", "kk")) not in words
    assert "Medininkų" in words  # the post's name from reference data, in Lithuanian
    assert prints(cli)[0]["detail"]["lang"] == "lt"


def test_other_languages_and_versions(shekara: Shekara, tmp_path: Path) -> None:
    [rid] = approved(shekara, example_record())
    shekara.ok("record", "amend", rid, "-", "--reason", "count", officer=OFFICER,
               stdin=json.dumps(example_record(narrative="Four packages.")).encode())
    for lang in ("ru", "en"):
        out = tmp_path / f"{lang}.pdf"
        shekara.ok("report", "incident", rid, "--version", "1", "--lang", lang, "--out",
                   str(out))
        words = flat(text(out.read_bytes()))
        assert flat(catalog.text("incident.title", lang)) in words
    assert [(e["version"], e["detail"]["lang"]) for e in prints(shekara)] == [(1, "ru"),
                                                                            (1, "en")]
    shekara.refused("report", "incident", rid, "--version", "7", "--out",
                    str(tmp_path / "x.pdf"), code=5)
    shekara.refused("report", "incident", rid, "--lang", "de", "--out",
                    str(tmp_path / "x.pdf"), code=2)
    assert not (tmp_path / "x.pdf").exists() and len(prints(shekara)) == 2


def test_no_partial_pdf_when_the_folder_is_missing(shekara: Shekara, tmp_path: Path) -> None:
    [rid] = shekara.add(example_record())
    missing = tmp_path / "no-such-stick" / "incident.pdf"
    result = shekara.refused("report", "incident", rid, "--out", str(missing), code=2)
    assert "folder" in result.err
    assert not missing.parent.exists()
    assert list(tmp_path.glob("**/*.pdf")) == [] and list(tmp_path.glob("**/.*.tmp")) == []
    assert prints(shekara) == []


def test_an_officer_may_print_and_the_audit_chain_stays_intact(shekara: Shekara,
                                                               tmp_path: Path) -> None:
    [rid] = shekara.add(example_record())
    shekara.ok("report", "incident", rid, "--out", str(tmp_path / "d.pdf"), officer=OFFICER)
    [entry] = prints(shekara)
    assert entry["officer"] == OFFICER
    assert shekara.ok("audit", "verify", "--json").json()["ok"] is True


# --- verify ---------------------------------------------------------------------------------------
def test_verify_current_superseded_and_none(shekara: Shekara, tmp_path: Path) -> None:
    [rid] = approved(shekara, example_record())
    v1 = tmp_path / "v1.pdf"
    shekara.ok("report", "incident", rid, "--out", str(v1))
    paper = qr_text_of(v1)
    assert paper.startswith(f"SHK1:R:{rid.upper()}:1:")

    verdict = shekara.ok("report", "verify", paper, "--json").json()
    assert verdict["match"] == "current" and verdict["current_version"] == 1
    assert "current" in shekara.ok("report", "verify", paper.lower()).out

    shekara.ok("record", "amend", rid, "-", "--reason", "count", officer=OFFICER,
               stdin=json.dumps(example_record(narrative="Four packages.")).encode())
    verdict = shekara.ok("report", "verify", paper, "--json").json()
    assert verdict["match"] == "superseded"
    assert verdict["version"] == 1 and verdict["current_version"] == 2
    assert "current version is 2" in shekara.ok("report", "verify", paper).out

    v2 = tmp_path / "v2.pdf"
    shekara.ok("report", "incident", rid, "--out", str(v2))
    assert shekara.ok("report", "verify", qr_text_of(v2), "--json").json()["match"] == "current"

    # A typed copy with the paper's line breaks still reads.
    assert shekara.ok("report", "verify", paper[:20] + "\n" + paper[20:], "--json"
                      ).json()["match"] == "superseded"


def test_verify_refuses_what_does_not_match(shekara: Shekara, tmp_path: Path) -> None:
    [rid] = approved(shekara, example_record())
    out = tmp_path / "r.pdf"
    shekara.ok("report", "incident", rid, "--out", str(out))
    paper = qr_text_of(out)
    altered = paper[:-1] + ("0" if paper[-1] != "0" else "1")
    result = shekara(*("report", "verify", altered, "--json"))
    assert result.code == 5 and result.json()["match"] == "none"
    shekara.refused("report", "verify", altered, code=5)
    stranger = paper.replace(rid.upper()[:8], "00000000")
    assert shekara("report", "verify", stranger, "--json").json()["match"] == "none"
    shekara.refused("report", "verify", "not a Shekara code", code=2)
    shekara.refused("report", "verify", "SHK1:R:" + rid + ":x:" + "0" * 64, code=2)


# --- requests and refusals ------------------------------------------------------------------------
@pytest.fixture
def hq(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
       capsys: pytest.CaptureFixture[str]) -> Shekara:
    """A KZ HQ vault (requests are a central authority's) with two supervisors and an officer."""
    cli = Shekara(tmp_path / "hq", monkeypatch, capsys)
    cli.ok("init", "--mode", "hq", "--party", "KZ", "--post", "HQ-KZ", "--officer", SUPERVISOR)
    cli.ok("officer", "add", SECOND, "--role", "supervisor",
           env={"SHEKARA_NEW_PASSPHRASE": SECOND_PASS})
    cli.ok("officer", "add", OFFICER, "--role", "officer",
           env={"SHEKARA_NEW_PASSPHRASE": OFFICER_PASS})
    return cli


def incoming_data(**changes: Any) -> dict[str, Any]:
    """A request the Lithuanian Border Guard sent to the KZ Border Service."""
    return request_data(to_authority="KZ-KNB-PS", from_authority="LT-VSAT",
                        signed_by={"name": "R. Jankauskas", "position": "Direktorius"},
                        **changes)


def add_incoming(cli: Shekara, data: dict[str, Any], number: str = "LT-VSAT/2026/000031") -> str:
    return cli.ok("request", "add", "-", "--incoming", "--their-number", number,
                  stdin=json.dumps(data).encode()).lines[0]


def test_our_request_is_a_draft_until_a_second_supervisor_approves_it(hq: Shekara) -> None:
    [rid] = approved(hq, example_record())
    request_id = add_request(hq, request_data(rid))
    assert len(request_id) == 36
    [listed] = hq.ok("request", "list", "--json").json()
    assert listed["id"] == request_id and listed["status"] == "draft" and listed["urgent"]
    assert listed["direction"] == "out" and listed["to_authority"] == "LT-VSAT"
    assert listed["due_on"] == request_data()["deadline"] and listed["overdue"] is False
    shown = hq.ok("request", "show", request_id, "--json").json()
    assert shown["version"] == 1 and shown["persons"][0]["record_id"] == rid
    assert shown["signed_by"]["name"] == "А. Сүлейменов" and shown["refusals"] == []
    assert shown["thread"] == [] and shown["direction"] == "out"
    assert request_id in hq.ok("request", "show", request_id).out

    hq.refused("request", "approve", request_id, code=4)  # its author: four-eyes
    hq.refused("request", "approve", request_id, officer=OFFICER, code=4)
    approved_json = hq.ok("request", "approve", request_id, "--json", officer=SECOND).json()
    assert approved_json["status"] == "approved" and approved_json["approved_by"] == SECOND
    hq.refused("request", "approve", request_id, officer=SECOND, code=6)  # not a draft now
    # Our own request is not ours to refuse or answer: the partner's letter brings that.
    hq.refused("request", "refuse", request_id, "--ground", "national_law", "--reason", "x",
               code=6)
    hq.refused("request", "answer", request_id, "-", stdin=b'{"text": "x"}', code=6)
    withdrawn = hq.ok("request", "withdraw", request_id, "--reason", "Sent by mistake",
                      "--json").json()
    assert withdrawn["status"] == "withdrawn"
    hq.refused("request", "withdraw", request_id, "--reason", "again", code=6)

    actions = [(e["action"], e["record_id"]) for e in hq.ok("audit", "list", "--json").json()]
    for action in ("request.create", "request.approve", "request.view", "request.withdraw"):
        assert (action, request_id) in actions
    details = json.dumps(hq.ok("audit", "list", "--json").json(), ensure_ascii=False)
    assert "Сүлейменов" not in details


def test_a_post_makes_no_requests(shekara: Shekara) -> None:
    result = shekara.refused("request", "add", "-", stdin=json.dumps(request_data()).encode(),
                             code=6)
    assert "central authority" in result.err
    assert shekara.ok("request", "list", "--json").json() == []


def test_incoming_request_answered_refused_and_followed_up(hq: Shekara) -> None:
    request_id = add_incoming(hq, incoming_data())
    [listed] = hq.ok("request", "list", "--direction", "in", "--json").json()
    assert listed["status"] == "received" and listed["their_number"] == "LT-VSAT/2026/000031"
    assert hq.ok("request", "list", "--direction", "out", "--json").json() == []
    hq.refused("request", "approve", request_id, officer=SECOND, code=6)  # not ours to approve

    [rid] = approved(hq, example_record())
    answer = {"text": "Асмен тексерілді.", "translations": {"ru": {"text": "Лицо проверено."}},
              "records": [rid], "partial": True}
    hq.ok("request", "answer", request_id, "-", stdin=json.dumps(answer).encode())
    assert hq.ok("request", "show", request_id, "--json").json()["status"] == "partly_answered"
    hq.ok("request", "follow-up", request_id, "--text", "Нақтылаңыз / Уточните дату.")
    refusal_id = hq.ok("request", "refuse", request_id, "--ground", "national_law",
                       "--reason", "Ішкі заңнама / Национальное законодательство",
                       "--scope", "part").lines[0]
    shown = hq.ok("request", "show", request_id, "--json").json()
    assert shown["status"] == "partly_refused"
    [refusal] = shown["refusals"]
    assert refusal["id"] == refusal_id and refusal["direction"] == "out"
    assert [m["kind"] for m in shown["thread"]] == ["answer", "question"]
    assert shown["thread"][0]["translations"] == {"ru": {"text": "Лицо проверено."}}
    # Refused in part, the rest may still be refused in whole; then it is closed.
    hq.ok("request", "refuse", request_id, "-",
          stdin=json.dumps(refusal_data(scope="whole")).encode())
    assert hq.ok("request", "list", "--json").json()[0]["status"] == "refused"
    hq.refused("request", "answer", request_id, "-", stdin=json.dumps(answer).encode(), code=6)
    actions = [e["action"] for e in hq.ok("audit", "list", "--json").json()]
    for action in ("request.answer", "request.follow_up", "request.refusal"):
        assert action in actions


def test_overdue_requests_are_flagged(hq: Shekara) -> None:
    old = (date.today() - timedelta(days=45)).isoformat()
    late = add_incoming(hq, incoming_data(dated_on=old, deadline=None))
    fresh = add_incoming(hq, incoming_data(deadline=None), number="LT-VSAT/2026/000032")
    rows = {r["id"]: r for r in hq.ok("request", "list", "--json").json()}
    assert rows[late]["overdue"] is True and rows[fresh]["overdue"] is False
    assert rows[late]["due_on"] == (date.fromisoformat(old) + timedelta(days=30)).isoformat()
    assert [r["id"] for r in hq.ok("request", "list", "--overdue", "--json").json()] == [late]
    assert "OVERDUE" in hq.ok("request", "show", late).out
    hq.ok("request", "answer", late, "-", stdin=b'{"text": "Done"}')
    assert hq.ok("request", "list", "--overdue", "--json").json() == []


def test_a_request_for_legal_assistance_needs_confirmation(hq: Shekara) -> None:
    data = request_data(procedure="Провести допрос свидетеля и обыск / Жауап алу.")
    result = hq.refused("request", "add", "-", stdin=json.dumps(data).encode(), code=2)
    assert "Art. 1.2" in result.err and "interrogation" in result.err
    assert hq.ok("request", "list", "--json").json() == []
    request_id = hq.ok("request", "add", "-", "--confirm-scope",
                       stdin=json.dumps(data).encode()).lines[0]
    [entry] = [e for e in hq.ok("audit", "list", "--json").json()
               if e["action"] == "request.create"]
    assert entry["record_id"] == request_id
    assert sorted(entry["detail"]["scope_confirmed"]) == ["interrogation", "search_and_seizure"]


@pytest.mark.parametrize(("changes", "path", "needle"), [
    ({"to_authority": "LT-NOPE"}, "to_authority", "not a central competent authority"),
    ({"to_authority": "KZ-KNB"}, "to_authority", "must be an authority of LT"),
    ({"subject": ""}, "subject", "required"),
    ({"facts": None, "reasons": "  "}, "facts", "required"),
    ({"signed_by": None}, "signed_by", "required"),
    ({"deadline": "2020-01-01", "dated_on": "2019-12-01"}, "deadline", "already passed"),
    ({"deadline": "2000-01-01"}, "deadline", "before the date of the request"),
    ({"dated_on": "2999-01-01", "deadline": None}, "dated_on", "in the future"),
    ({"persons": [{"record_id": "5f0c6a8e-2b1d-4c3e-9a7f-0123456789ab"}]}, "persons[0]",
     "not a record in this vault"),
    ({"persons": [{}]}, "persons[0]", "needs a linked record id"),
    ({"attachments_list": [{"title": "copy", "pages": 0}]}, "attachments_list[0].pages",
     "greater than zero"),
    ({"status": "open"}, "status", "set by the vault"),
    ({"colour": "red"}, "colour", "not a field"),
])
def test_bad_requests_are_refused(hq: Shekara, changes: dict[str, Any], path: str,
                                  needle: str) -> None:
    data = request_data()
    data.update(changes)
    result = hq.refused("request", "add", "-", stdin=json.dumps(data).encode(), code=2)
    assert path in result.err
    assert needle in result.err
    assert hq.ok("request", "list", "--json").json() == []


def test_bad_incoming_requests_answers_and_refusals_are_refused(hq: Shekara) -> None:
    # An incoming request is addressed to us: a request to the other Party is not one.
    result = hq.refused("request", "add", "-", "--incoming", "--their-number", "X/1",
                        stdin=json.dumps(request_data()).encode(), code=2)
    assert "must be an authority of KZ" in result.err
    hq.refused("request", "add", "-", "--incoming", stdin=json.dumps(incoming_data()).encode(),
               code=2)  # no number
    hq.refused("request", "add", "-", "--incoming", "--their-number", "X/1", "--received-on",
               "2999-01-01", stdin=json.dumps(incoming_data()).encode(), code=2)
    hq.refused("request", "add", "-", "--their-number", "X/1",
               stdin=json.dumps(request_data()).encode(), code=2)  # not --incoming
    request_id = add_incoming(hq, incoming_data())
    for changes, needle in [({"reason_code": "mood"}, "Art. 9 grounds"),
                            ({"explanation": ""}, "explanation"),
                            ({"decided_on": "2999-01-01"}, "in the future"),
                            ({"decided_on": "2000-01-01"}, "before the date of the request"),
                            ({"scope": "most"}, "whole or part")]:
        result = hq.refused("request", "refuse", request_id, "-",
                            stdin=json.dumps(refusal_data(**changes)).encode(), code=2)
        assert needle in result.err
    hq.refused("request", "refuse", request_id, code=2)  # neither FILE nor --ground/--reason
    hq.refused("request", "refuse", request_id, "--ground", "national_law", code=2)
    hq.refused("request", "refuse", request_id, "-", "--ground", "security", "--reason", "x",
               stdin=json.dumps(refusal_data()).encode(), code=2)
    for answer in ({}, {"text": ""}, {"text": "x", "partial": "yes"},
                   {"text": "x", "records": ["5f0c6a8e-2b1d-4c3e-9a7f-0123456789ab"]},
                   {"text": "x", "translations": {"en": {"text": "x"}}},
                   {"text": "x", "colour": 1}):
        hq.refused("request", "answer", request_id, "-", stdin=json.dumps(answer).encode(),
                   code=2)
    hq.refused("request", "follow-up", request_id, "--text", "  ", code=2)
    shown = hq.ok("request", "show", request_id, "--json").json()
    assert shown["refusals"] == [] and shown["thread"] == [] and shown["status"] == "received"
    unknown = "00000000-0000-4000-8000-000000000000"
    hq.refused("request", "show", unknown, code=5)
    hq.refused("request", "refuse", unknown, "-", stdin=json.dumps(refusal_data()).encode(),
               code=5)
    hq.refused("request", "add", "-", stdin=b"[1, 2]", code=2)
    hq.refused("request", "add", "-", stdin=b"{not json", code=2)


def test_request_and_refusal_reports_and_their_qr(hq: Shekara, tmp_path: Path) -> None:
    [rid] = approved(hq, example_record())
    request_id = add_request(hq, request_data(rid))
    incoming_id = add_incoming(hq, incoming_data())
    refusal_id = hq.ok("request", "refuse", incoming_id, "-",
                       stdin=json.dumps(refusal_data()).encode()).lines[0]
    request_pdf, refusal_pdf = tmp_path / "q.pdf", tmp_path / "n.pdf"
    hq.ok("report", "request", request_id, "--out", str(request_pdf))
    hq.ok("report", "refusal", refusal_id, "--out", str(refusal_pdf), "--lang", "ru")
    words = flat(text(request_pdf.read_bytes()))
    for lang in ("kk", "ru"):
        assert flat(catalog.text("request.title", lang)) in words
    assert "Žukauskas" in words  # the linked record's person
    refusal_words = flat(text(refusal_pdf.read_bytes()))
    assert flat(catalog.text("refusal.title", "ru")) in refusal_words
    # A draft request printed in-house carries its QR code, checked against the vault.
    q = qr_text_of(request_pdf)
    assert q.startswith("SHK1:Q:")
    assert hq.ok("report", "verify", q, "--json").json()["match"] == "current"
    # Our refusal is a letter to the other Party: its registration number, no QR code.
    refusals = hq.ok("request", "show", incoming_id, "--json").json()["refusals"]
    number = next(r for r in refusals if r["id"] == refusal_id)["registration_number"]
    assert number and number.startswith("HQ-KZ/")
    assert flat(number) in refusal_words and "SHK1:" not in refusal_words
    # Once approved, the request is a letter too: numbered, its QR code gone.
    hq.ok("request", "approve", request_id, officer=SECOND)
    issued = hq.ok("request", "show", request_id, "--json").json()["registration_number"]
    assert issued.startswith("HQ-KZ/") and issued != number
    letter = tmp_path / "letter.pdf"
    hq.ok("report", "request", request_id, "--out", str(letter))
    letter_words = flat(text(letter.read_bytes()))
    assert flat(issued) in letter_words and "SHK1:" not in letter_words
    [req_print, ref_print, _] = prints(hq)
    assert req_print["record_id"] == request_id and req_print["detail"]["document"] == "request"
    assert ref_print["detail"] == {"document": "refusal", "lang": "ru", "output": "pdf",
                                   "refusal": refusal_id, "reason": "national_law"}
    hq.refused("report", "refusal", request_id, "--out", str(tmp_path / "x.pdf"), code=5)


# --- summary --------------------------------------------------------------------------------------
def test_summary_counts_and_verifies(shekara: Shekara, tmp_path: Path) -> None:
    place = {"checkpoint": CHECKPOINT, "description": "", "lat": None, "lon": None}
    approved(shekara, example_record(place=place),
             border_record("Jankauskaitė", "Rūta", "LTU", occurred_at="2026-10-02"))
    shekara.add(example_record())  # a draft: left out
    out = tmp_path / "summary.pdf"
    shekara.ok("report", "summary", "--from", "2026-10-01", "--to", "2026-11-30", "--out",
               str(out))
    words = flat(text(out.read_bytes()))
    assert flat(catalog.text("summary.title", "kk")) in words
    paper = qr_text_of(out)
    assert paper.startswith("SHK1:S:20261001:20261130:*:2:")
    assert shekara.ok("report", "verify", paper, "--json").json()["match"] == "current"

    at_point = tmp_path / "point.pdf"
    shekara.ok("report", "summary", "--from", "2026-10-01", "--to", "2026-11-30",
               "--checkpoint", CHECKPOINT, "--out", str(at_point))
    assert qr_text_of(at_point).startswith(f"SHK1:S:20261001:20261130:{CHECKPOINT}:1:")
    [whole, point] = prints(shekara)
    assert whole["detail"]["records"] == 2 and whole["detail"]["checkpoint"] is None
    assert point["detail"]["checkpoint"] == CHECKPOINT and point["detail"]["records"] == 1

    approved(shekara, border_record("Other", "Person", "LTU", occurred_at="2026-10-05"))
    assert shekara("report", "verify", paper, "--json").json()["match"] == "none"

    for args in (["--from", "2026-11-30", "--to", "2026-10-01"],
                 ["--from", "2026-13-01", "--to", "2026-10-01"],
                 ["--from", "2026-10-01", "--to", "2026-11-30", "--checkpoint", "NOWHERE"]):
        shekara.refused("report", "summary", *args, "--out", str(tmp_path / "x.pdf"), code=2)
    assert not (tmp_path / "x.pdf").exists()


# --- sheets ---------------------------------------------------------------------------------------
def test_enrollment_sheet_and_its_qr(shekara: Shekara, tmp_path: Path) -> None:
    out = tmp_path / "enrollment.pdf"
    shekara.ok("report", "enrollment", "--out", str(out), "--lang", "kk")
    fingerprint = shekara.ok("keys", "show", "--json").json()
    words = flat(text(out.read_bytes()))
    assert flat(catalog.text("enrollment.title", "kk")) in words
    assert flat(catalog.text("enrollment.title", "ru")) in words
    own = json.dumps(fingerprint)
    paper = qr_text_of(out)
    assert paper.startswith(f"SHK1:E:KZ:{POST}:")
    assert paper.split(":")[4][:4] in own.replace(" ", "").upper()
    assert shekara.ok("report", "verify", paper, "--json").json()["match"] == "current"
    assert prints(shekara)[0]["detail"]["document"] == "enrollment"


def test_recovery_sheet_needs_the_right_key(tmp_path: Path, monkeypatch, capsys) -> None:
    cli = Shekara(tmp_path / "vault", monkeypatch, capsys)
    init = cli.ok("init", "--mode", "post", "--party", "KZ", "--post", POST, "--officer",
                  SUPERVISOR, "--json").json()
    key = init["recovery_key"]
    assert init["recovery_sheet"] is None
    out = tmp_path / "recovery.pdf"
    wrong = "AAAA-" * 12 + "AAAA"
    cli.refused("report", "recovery", "--out", str(out), env={"SHEKARA_RECOVERY_KEY": wrong},
                code=3)
    cli.refused("report", "recovery", "--out", str(out), code=3)  # no key given
    cli.refused("report", "recovery", "--out", str(out), env={"SHEKARA_RECOVERY_KEY": "short"},
                code=3)
    assert not out.exists() and prints(cli) == []
    key_file = tmp_path / "key.txt"
    key_file.write_text(key.lower().replace("-", " ") + "\n", encoding="utf-8")
    cli.ok("report", "recovery", "--out", str(out), "--recovery-key-file", str(key_file))
    words = flat(text(out.read_bytes()))
    assert all(group in words for group in key.split("-"))
    assert flat(catalog.text("recovery.title", "kk")) in words
    assert prints(cli)[0]["detail"] == {"document": "recovery", "lang": "kk", "output": "pdf"}
    assert key not in json.dumps(cli.ok("audit", "list", "--json").json())


def test_init_writes_the_recovery_sheet(tmp_path: Path, monkeypatch, capsys) -> None:
    cli = Shekara(tmp_path / "vault", monkeypatch, capsys)
    sheet = tmp_path / "sheet.pdf"
    init = cli.ok("init", "--mode", "post", "--party", "LT", "--post", "LT-NIDA-ROAD",
                  "--officer", SUPERVISOR, "--recovery-sheet", str(sheet), "--json").json()
    assert init["recovery_sheet"] == str(sheet) and page_count(sheet.read_bytes()) == 1
    words = flat(text(sheet.read_bytes()))
    assert all(group in words for group in init["recovery_key"].split("-"))
    assert flat(catalog.text("recovery.title", "lt")) in words  # LT: Lithuanian by default
    [entry] = prints(cli)
    assert entry["detail"]["document"] == "recovery" and entry["detail"]["lang"] == "lt"

    other = Shekara(tmp_path / "other", monkeypatch, capsys)
    ru = tmp_path / "ru.pdf"
    out = other.ok("init", "--mode", "post", "--party", "KZ", "--post", POST, "--officer",
                   SUPERVISOR, "--recovery-sheet", str(ru), "--lang", "ru").out
    assert "recovery sheet:" in out
    assert flat(catalog.text("recovery.title", "ru")) in flat(text(ru.read_bytes()))


def test_init_refuses_a_missing_sheet_folder_before_making_the_vault(tmp_path: Path,
                                                                    monkeypatch,
                                                                    capsys) -> None:
    cli = Shekara(tmp_path / "vault", monkeypatch, capsys)
    cli.refused("init", "--mode", "post", "--party", "KZ", "--post", POST, "--officer",
                SUPERVISOR, "--recovery-sheet", str(tmp_path / "nope" / "s.pdf"), code=2)
    assert not (tmp_path / "vault").exists()


def test_transmittal_sheet_for_an_exported_packet(tmp_path: Path, monkeypatch,
                                                  capsys) -> None:
    from tests.cli.packet_world import World

    world = World(tmp_path, monkeypatch, capsys)
    world.add_approved(example_record(), border_record("Сүлейменов", "Нұрлан", "LTU"))
    packet = world.export()
    out = tmp_path / "transmittal.pdf"
    world.post.ok("report", "transmittal", str(packet), "--out", str(out))
    import hashlib

    sha = hashlib.sha256(packet.read_bytes()).hexdigest().upper()
    words = flat(text(out.read_bytes()))
    assert sha[:4] in words and sha[-4:] in words and packet.name in words
    assert flat(catalog.text("transmittal.title", "kk")) in words
    paper = qr_text_of(out)
    assert paper == f"SHK1:P:{POST}:1:{sha}"
    assert world.post.ok("report", "verify", paper, "--json").json()["match"] == "current"
    [entry] = prints(world.post)
    assert entry["detail"] == {"document": "transmittal", "lang": "kk", "output": "pdf",
                               "post": POST, "seq": 1, "records": 2, "sha256": sha.lower()}
    # HQ prints the receipt side for the same file once it has taken it.
    world.hq_import(packet)
    hq_out = tmp_path / "hq.pdf"
    world.hq.ok("report", "transmittal", str(packet), "--out", str(hq_out))
    assert world.hq.ok("report", "verify", paper, "--json").json()["match"] == "current"
    # Once HQ acknowledged it the post's outbox forgets the packet; the sheet still verifies.
    world.post.ok("ack", "import", str(world.ack()))
    assert world.post.ok("outbox", "--json").json() == []
    assert world.post.ok("report", "verify", paper, "--json").json()["match"] == "current"
    forged = paper[:-1] + ("1" if paper[-1] == "0" else "0")
    assert world.post("report", "verify", forged, "--json").json()["match"] == "none"

    not_a_packet = tmp_path / "junk.shk"
    not_a_packet.write_bytes(b"hello")
    world.post.refused("report", "transmittal", str(not_a_packet), "--out",
                       str(tmp_path / "x.pdf"), code=8)
    world.post.refused("report", "transmittal", str(tmp_path / "missing.shk"), "--out",
                       str(tmp_path / "x.pdf"), code=2)
    assert not (tmp_path / "x.pdf").exists()


def test_supervisor_second_login_sees_the_same_reports(shekara: Shekara, tmp_path: Path) -> None:
    """Reports read the vault; any officer of it gets the same PDF content and QR."""
    [rid] = approved(shekara, example_record())
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    shekara.ok("report", "incident", rid, "--out", str(a))
    shekara.ok("report", "incident", rid, "--out", str(b), officer=SECOND,
               passphrase=SECOND_PASS)
    assert qr_text_of(a) == qr_text_of(b)
    assert [e["officer"] for e in prints(shekara)] == [SUPERVISOR, SECOND]


def test_a_letter_without_its_russian_translation_is_written_with_a_warning(
        hq: Shekara, tmp_path: Path) -> None:
    plain = add_request(hq, request_data())
    out = tmp_path / "plain.pdf"
    result = hq.ok("report", "request", plain, "--lang", "kk", "--out", str(out))
    assert out.exists()
    assert "no Russian translation of subject, facts, objects_and_documents, reasons, " \
           "procedure (Art. 14)" in result.err
    assert "warning" not in hq.ok("report", "request", plain, "--lang", "ru",
                                  "--out", str(tmp_path / "ru.pdf")).err  # Russian: none needed
    ru = {"subject": "Контрабанда героина", "facts": "Задержан курьер.",
          "objects_and_documents": "Автомобиль ABC123", "reasons": "Установить канал.",
          "procedure": "Проверить лицо по учётам."}
    translated = add_request(hq, request_data(translations={"ru": ru}))
    result = hq.ok("report", "request", translated, "--lang", "kk",
                   "--out", str(tmp_path / "translated.pdf"))
    assert "warning" not in result.err
    assert flat("Установить канал.") in flat(text((tmp_path / "translated.pdf").read_bytes()))
