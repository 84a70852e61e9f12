"""Sending to the other Party through the real command (issue 9 §3–4): a KZ post → HQ-KZ →
HQ-LT and back, with minimization, four-eyes, the disclosure register, corrections after a
withdrawal, receipts, resending a letter, and every refusal."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import SECOND, SECOND_PASS, SUPERVISOR, Shekara, border_record
from tests.cli.exchange_packets import enroll, hq
from tests.cli.packet_world import World
from tests.reports.pdfcheck import assert_laid_out_cleanly

NUMBER = re.compile(r"^HQ-KZ/\d{4}/\d{6}$")


def forged_record() -> dict[str, Any]:
    """A forged Lithuanian passport carried by an Uzbek citizen, made by a Kazakh one."""
    return {
        "kind": "forged_document", "occurred_at": "2026-10-05",
        "place": {"checkpoint": None, "description": "Booth 2", "lat": None, "lon": None},
        "narrative": "Photo substituted in a Lithuanian passport.",
        "persons": [
            {"role": "holder", "surname": "Karimov", "given_names": "Rustam", "patronymic": "",
             "birth_date": "1991", "sex": "M", "citizenship": ["UZB"], "documents": []},
            {"role": "maker", "surname": "Омаров", "given_names": "Ерлан", "patronymic": "",
             "birth_date": "1980", "sex": "M", "citizenship": ["KAZ"], "documents": []}],
        "act": "use",
        "document": {"type": "passport", "number": "LT1234567", "issuing_state": "LTU",
                     "issued_on": None, "expires_on": None},
        "forgery": "photo_substitution", "detected_by": "uv", "outcome": "detained",
        "case_number": "",
    }


class Parties:
    """A KZ post and HQ-KZ (packet_world), HQ-LT, the two HQs enrolled as partners."""

    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch,
                 capsys: pytest.CaptureFixture[str]) -> None:
        self.world = World(root, monkeypatch, capsys)
        self.kz = self.world.hq
        self.kz.ok("officer", "add", SECOND, "--role", "supervisor",
                   env={"SHEKARA_NEW_PASSPHRASE": SECOND_PASS})
        self.kz.ok("officer", "edit", SECOND, "--full-name", "Сүлейменов Бауыржан",
                   "--position", "Басқарма бастығы", "--rank", "полковник")
        self.lt = hq(root, "LT", "HQ-LT", monkeypatch, capsys)
        self.lt.ok("officer", "edit", SUPERVISOR, "--full-name", "Rūta Jankauskienė",
                   "--position", "Direktorė")
        enroll(self.kz, self.lt, root / "lt-keys.json")
        enroll(self.lt, self.kz, root / "kz-keys.json")
        self.stick = root / "to-lt"
        self.stick.mkdir()
        self.back = root / "to-kz"
        self.back.mkdir()

    def post_sends(self, *records: dict[str, Any]) -> list[str]:
        ids = self.world.add_approved(*records)
        self.world.hq_import(self.world.export())
        return ids

    def send(self, ids: list[str]) -> dict[str, Any]:
        self.kz.ok("share", "add", *ids)
        self.kz.ok("share", "approve", officer=SECOND)
        return self.kz.ok("share", "send", "--to", str(self.stick), "--json").json()


@pytest.fixture
def parties(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
            capsys: pytest.CaptureFixture[str]) -> Parties:
    return Parties(tmp_path, monkeypatch, capsys)


def candidates(cli: Shekara) -> dict[str, dict[str, Any]]:
    return {c["id"]: c for c in cli.ok("share", "candidates", "--json").json()}


def received(cli: Shekara, fact_id: str) -> dict[str, Any]:
    return dict(cli.ok("received", "show", fact_id, "--json").json())


def test_what_qualifies_leaves_minimized_and_is_registered(parties: Parties) -> None:
    witness = {"role": "witness", "surname": "Ахметов", "given_names": "Серік",
               "patronymic": "", "birth_date": "1975", "sex": "M", "citizenship": ["KAZ"],
               "documents": []}
    border = border_record("Žukauskas", "Tomas", "LTU")
    border["persons"].append(witness)
    qualifying, home, forged = parties.post_sends(
        border, border_record("Иванов", "Пётр", "KAZ"), forged_record())

    found = candidates(parties.kz)
    assert set(found) == {qualifying, forged}  # the KZ-only violation is not the partner's
    assert found[qualifying]["article"] == "6.1.1" and found[qualifying]["why"] == "new"
    assert found[forged]["article"] == "6.1.3"

    parties.kz.ok("share", "add", qualifying, forged)
    shown = {i["id"]: i for i in parties.kz.ok("share", "show", "--json").json()["items"]}
    assert shown[qualifying]["persons_sent"] == [0] and shown[qualifying]["withheld_persons"] == 1
    assert shown[forged]["persons_sent"] == [0]  # the Uzbek holder; the Kazakh maker stays
    leaving = shown[qualifying]["record"]
    assert [p["surname"] for p in leaving["persons"]] == ["Žukauskas"]
    for internal in ("created_by", "approved_by", "status", "retain_until", "content_hash"):
        assert internal not in leaving

    parties.kz.refused("share", "approve")  # the supervisor who added cannot approve
    parties.kz.ok("share", "approve", officer=SECOND)
    sent = parties.kz.ok("share", "send", "--to", str(parties.stick), "--json").json()
    packet = Path(sent["path"])
    assert NUMBER.match(sent["registration_number"])
    assert sent["counts"]["facts"] == 2
    assert sent["sha256"] == hashlib.sha256(packet.read_bytes()).hexdigest()
    assert candidates(parties.kz) == {}  # sent and current

    register = parties.kz.ok("disclosures", "list", "--json").json()
    assert {(d["record_id"], d["version"], d["action"]) for d in register} == {
        (qualifying, 1, "fact"), (forged, 1, "fact")}
    for entry in register:
        assert entry["registration_number"] == sent["registration_number"]
        assert entry["packet_sha256"] == sent["sha256"]
        assert entry["markings"]["confidential"] is True
    assert home not in {d["record_id"] for d in register}

    parties.lt.ok("partner", "import", str(packet))
    fact = received(parties.lt, qualifying)
    assert [p["surname"] for p in fact["persons"]] == ["Žukauskas"]
    assert fact["received"]["withheld_persons"] == 1
    assert fact["received"]["letter"] == sent["registration_number"]
    holder = received(parties.lt, forged)
    assert [p["surname"] for p in holder["persons"]] == ["Karimov"]
    again = parties.lt("partner", "import", str(packet), "--json")
    assert again.code == 0 and again.json()[0]["status"] == "duplicate"


def test_a_forgery_of_a_partys_document_leaves_without_own_citizens(parties: Parties) -> None:
    """6.1.3 by the issuing state alone: every person is a citizen of the sending Party, so
    none leaves — the partner still learns of the forged passport, and that two were held."""
    record = forged_record()
    record["persons"][0]["citizenship"] = ["KAZ"]
    (record_id,) = parties.post_sends(record)
    parties.kz.ok("share", "add", record_id)
    item = parties.kz.ok("share", "show", "--json").json()["items"][0]
    assert item["persons_sent"] == [] and item["withheld_persons"] == 2
    parties.kz.ok("share", "approve", officer=SECOND)
    sent = parties.kz.ok("share", "send", "--to", str(parties.stick), "--json").json()
    parties.lt.ok("partner", "import", sent["path"])
    fact = received(parties.lt, record_id)
    assert fact["persons"] == [] and fact["received"]["withheld_persons"] == 2
    assert fact["document"]["number"] == "LT1234567"


def test_a_person_the_rule_keeps_home_leaves_only_with_a_reason(parties: Parties) -> None:
    record = border_record("Žukauskas", "Tomas", "LTU")
    record["persons"].append({"role": "witness", "surname": "Ахметов", "given_names": "Серік",
                              "patronymic": "", "birth_date": "1975", "sex": "M",
                              "citizenship": ["KAZ"], "documents": []})
    (record_id,) = parties.post_sends(record)
    parties.kz.refused("share", "add", record_id, "--include-person", "1")
    parties.kz.refused("share", "add", record_id, "--include-person", "5", "--reason", "x")
    parties.kz.ok("share", "add", record_id, "--include-person", "1", "--reason",
                  "the witness identified the guide")
    item = parties.kz.ok("share", "show", "--json").json()["items"][0]
    assert item["persons_sent"] == [0, 1] and item["included"] == {
        "1": "the witness identified the guide"}
    parties.kz.ok("share", "approve", officer=SECOND)
    parties.kz.ok("share", "send", "--to", str(parties.stick))
    (entry,) = parties.kz.ok("disclosures", "list", "--json").json()
    assert entry["persons"] == [{"index": 0, "reason": None},
                                {"index": 1, "reason": "the witness identified the guide"}]


def test_a_change_after_approval_voids_it(parties: Parties) -> None:
    first, second = parties.post_sends(border_record("Žukauskas", "Tomas", "LTU"),
                                       border_record("Kazlauskas", "Jonas", "LTU"))
    parties.kz.ok("share", "add", first)
    parties.kz.ok("share", "approve", officer=SECOND)
    parties.kz.ok("share", "add", second)
    refused = parties.kz.refused("share", "send", "--to", str(parties.stick))
    assert "not approved" in refused.err
    parties.kz.ok("share", "remove", second)  # back to what was approved
    parties.kz.ok("share", "send", "--to", str(parties.stick))


def test_a_withdrawal_after_sending_travels_as_a_correction(parties: Parties) -> None:
    (record_id,) = parties.post_sends(border_record("Žukauskas", "Tomas", "LTU"))
    first = parties.send([record_id])
    parties.lt.ok("partner", "import", first["path"])

    parties.world.post.ok("record", "withdraw", record_id, "--reason", "Entered twice")
    parties.world.hq_import(parties.world.export())
    (candidate,) = candidates(parties.kz).values()
    assert (candidate["action"], candidate["why"], candidate["sent_version"]) == (
        "withdrawn", "withdrawn", 1)
    second = parties.send([record_id])
    assert second["counts"]["corrections"] == 1
    assert [d["action"] for d in parties.kz.ok(
        "disclosures", "list", "--record", record_id, "--json").json()] == ["fact", "withdrawn"]
    parties.lt.ok("partner", "import", second["path"])
    assert received(parties.lt, record_id)["status"] == "withdrawn"


def test_a_newer_version_is_a_candidate_again(parties: Parties) -> None:
    (record_id,) = parties.post_sends(border_record("Žukauskas", "Tomas", "LTU"))
    parties.lt.ok("partner", "import", parties.send([record_id])["path"])
    version = parties.world.correct(record_id, case_number="2026-0999")
    parties.world.hq_import(parties.world.export())
    (candidate,) = candidates(parties.kz).values()
    assert (candidate["version"], candidate["why"]) == (version, "newer_version")
    parties.lt.ok("partner", "import", parties.send([record_id])["path"])
    assert received(parties.lt, record_id)["case_number"] == "2026-0999"


def test_receipts_travel_back_and_a_letter_can_be_written_again(parties: Parties) -> None:
    (record_id,) = parties.post_sends(border_record("Žukauskas", "Tomas", "LTU"))
    sent = parties.send([record_id])
    parties.lt.ok("partner", "import", sent["path"])
    # LT has nothing to share, but its receipts changed: a receipts-only letter may go.
    back = parties.lt.ok("share", "send", "--to", str(parties.back), "--json").json()
    assert back["counts"] == {"facts": 0, "corrections": 0, "requests": 0, "answers": 0,
                              "refusals": 0}
    assert parties.kz("partner", "import", back["path"], "--json").code == 0
    parties.lt.refused("share", "send", "--to", str(parties.back))  # nothing new now

    original = Path(sent["path"]).read_bytes()
    Path(sent["path"]).unlink()
    again = parties.kz.ok("share", "send", "--to", str(parties.stick), "--resend",
                          str(sent["seq"]), "--json").json()
    assert Path(again["path"]).read_bytes() == original
    letters = parties.kz.ok("share", "letters", "--json").json()
    assert [entry["registration_number"] for entry in letters] == [sent["registration_number"]]


def test_refusals(parties: Parties, tmp_path: Path) -> None:
    (record_id,) = parties.post_sends(border_record("Иванов", "Пётр", "KAZ"))
    kz = parties.kz
    assert "does not qualify" in kz.refused("share", "add", record_id).err
    kz.refused("share", "add", "0b0b0b0b-0000-4000-8000-000000000000")
    kz.refused("share", "remove", record_id)  # not on the notice
    kz.refused("share", "approve", officer=SECOND)  # nothing to approve
    assert "nothing to send" in kz.refused("share", "send", "--to", str(parties.stick)).err
    kz.refused("share", "send", "--to", str(tmp_path / "missing"))
    kz.refused("share", "send", "--to", str(parties.stick), "--resend", "7")
    kz.refused("share", "add", record_id, "--reason", "no person named")
    parties.world.post.refused("share", "candidates")  # a post never talks to the partner
    parties.world.post.refused("disclosures", "list")


def test_the_signing_official_must_have_a_printed_name(parties: Parties) -> None:
    (record_id,) = parties.post_sends(border_record("Žukauskas", "Tomas", "LTU"))
    parties.kz.ok("share", "add", record_id, officer=SECOND)
    parties.kz.ok("share", "approve")  # SUPERVISOR approves, and has no printed name yet
    refused = parties.kz.refused("share", "send", "--to", str(parties.stick))
    assert "officer edit" in refused.err
    assert list(parties.stick.iterdir()) == []


def test_without_a_partner_nothing_is_sent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    world = World(tmp_path, monkeypatch, capsys)
    (record_id,) = world.add_approved(border_record("Žukauskas", "Tomas", "LTU"))
    world.hq_import(world.export())
    world.hq.ok("share", "add", record_id)
    refused = world.hq.refused("share", "send", "--to", str(world.stick))
    assert "partner enroll" in refused.err
    assert json.loads(world.hq.ok("share", "letters", "--json").out) == []


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                          check=True)
    return " ".join(done.stdout.decode().split())


def test_the_covering_letter_and_the_register_print(parties: Parties, tmp_path: Path) -> None:
    qualifying, forged = parties.post_sends(border_record("Žukauskas", "Tomas", "LTU"),
                                            forged_record())
    sent = parties.send([qualifying, forged])
    number = sent["registration_number"]
    kk = tmp_path / "notice-kk.pdf"
    parties.kz.ok("report", "notice", number, "--lang", "kk", "--out", str(kk))
    text = pdf_text(kk)
    for expected in (number, "Ақпарат беру туралы ілеспе хат",
                     "Сопроводительное письмо о передаче информации",
                     "Сүлейменов Бауыржан", "Басқарма бастығы", sent["sha256"][:16],
                     "6-бабының 1.1-тармақшасы", "1/0", "1/1"):
        assert expected in text, expected
    assert "Žukauskas" not in text  # a covering letter lists facts, not the people in them
    assert_laid_out_cleanly(kk.read_bytes(), tmp_path)
    assert "report verify" not in text  # a letter to the other Party: no QR hint

    lt = tmp_path / "register-lt.pdf"
    today = date.today().isoformat()
    parties.kz.ok("report", "disclosures", "--from", today, "--to", today, "--lang", "lt",
                  "--out", str(lt))
    text = pdf_text(lt)
    assert "Kitai Šaliai pateiktos informacijos registras" in text
    assert qualifying in text.replace(" ", "") or qualifying[:8] in text
    assert number in text
    assert_laid_out_cleanly(lt.read_bytes(), tmp_path)

    parties.kz.refused("report", "notice", "HQ-KZ/2026/999999", "--out",
                       str(tmp_path / "x.pdf"))
    parties.kz.refused("report", "disclosures", "--from", today, "--to", "2000-01-01",
                       "--out", str(tmp_path / "y.pdf"))
    parties.kz.refused("report", "disclosures", "--from", "yesterday", "--to", today,
                       "--out", str(tmp_path / "z.pdf"))
    assert not list(tmp_path.glob("[xyz].pdf"))


def test_requests_answers_and_refusals_travel_both_ways(parties: Parties) -> None:
    """Art. 8/9 through letters: our requests go with the next letter, the partner's answer
    and refusal come back with its letters, and both registers agree."""
    from tests.cli.test_reports_cli import request_data

    kz, lt = parties.kz, parties.lt
    asked = [kz.ok("request", "add", "-", stdin=json.dumps(request_data(
        reference=f"18-2/{n}")).encode()).lines[0] for n in (417, 418)]
    for request_id in asked:
        kz.ok("request", "approve", request_id, officer=SECOND)
    preview = kz.ok("share", "show", "--json").json()
    assert sorted(preview["requests"]) == sorted(asked)
    kz.ok("share", "approve", officer=SECOND)  # the approval covers the requests too
    sent = kz.ok("share", "send", "--to", str(parties.stick), "--json").json()
    assert sent["counts"]["requests"] == 2
    assert {r["status"] for r in kz.ok("request", "list", "--direction", "out",
                                       "--json").json()} == {"sent"}

    lt.ok("partner", "import", sent["path"])
    incoming = {r["id"]: r for r in lt.ok("request", "list", "--direction", "in",
                                          "--json").json()}
    assert set(incoming) == set(asked)
    assert {r["status"] for r in incoming.values()} == {"received"}
    lt.ok("request", "answer", asked[0], "-", stdin=json.dumps(
        {"text": "Asmuo patikrintas.", "translations": {"ru": {"text": "Лицо проверено."}}}
    ).encode())
    lt.ok("request", "refuse", asked[1], "--ground", "national_law", "--reason",
          "Prieštarautų nacionalinei teisei.")
    lt.ok("share", "approve")
    back = lt.ok("share", "send", "--to", str(parties.back), "--json").json()
    assert (back["counts"]["answers"], back["counts"]["refusals"]) == (1, 1)

    kz.ok("partner", "import", back["path"])
    statuses = {r["id"]: r["status"] for r in kz.ok("request", "list", "--direction", "out",
                                                    "--json").json()}
    assert statuses == {asked[0]: "answered", asked[1]: "refused"}
    assert lt.ok("share", "show", "--json").json()["answers"] == []  # travelled once


def test_a_purge_after_sending_asks_the_partner_to_destroy(parties: Parties) -> None:
    (record_id,) = parties.post_sends(border_record("Žukauskas", "Tomas", "LTU"))
    parties.lt.ok("partner", "import", parties.send([record_id])["path"])
    world = parties.world  # the post purges once HQ has it; the purge travels to HQ
    world.post.ok("ack", "import", str(world.ack()))
    purged = world.post.ok("retention", "purge", "--as-of", "2040-01-01", "--json").json()
    assert record_id in json.dumps(purged)
    world.hq_import(world.export())
    (candidate,) = candidates(parties.kz).values()
    assert (candidate["action"], candidate["why"]) == ("destroyed", "destroyed")
    letter = parties.send([record_id])
    assert letter["counts"]["corrections"] == 1
    register = parties.kz.ok("disclosures", "list", "--record", record_id, "--json").json()
    assert [d["action"] for d in register] == ["fact", "destroyed"]
    parties.lt.ok("partner", "import", letter["path"])
    assert parties.lt.ok("received", "list", "--json").json()[0]["status"] == "destroyed"
    assert candidates(parties.kz) == {}


def test_the_register_refuses_a_period_that_is_not_a_date(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`disclosures list --from` is a date like `--to`: a typo is refused, not compared as text
    with the time sent (which listed nothing, or everything, and said nothing)."""
    kz = hq(tmp_path, "KZ", "HQ-KZ", monkeypatch, capsys)
    for option in ("--from", "--to"):
        for typo in ("2026-13-01", "yesterday", "2026-1"):
            refused = kz.refused("disclosures", "list", option, typo, code=2)
            assert "YYYY-MM-DD" in refused.err
    assert kz.ok("disclosures", "list", "--from", "2026-01-01", "--to", "2026-12-31",
                 "--json").json() == []
