"""Records through the real command: add, list, show, approve, amend, withdraw, four-eyes."""

from __future__ import annotations

import json
from typing import Any

from tests.cli.conftest import OFFICER, SECOND, SUPERVISOR, Shekara, border_record, example_record


def test_add_prints_ids_and_list_shows_them(shekara: Shekara) -> None:
    ids = shekara.add(example_record(), border_record("Сүлейменов", "Нұрлан", "KAZ"))
    assert len(ids) == 2 and all(len(i) == 36 for i in ids)
    listed = shekara.ok("record", "list", "--json").json()
    assert {r["id"] for r in listed} == set(ids)
    assert all(r["status"] == "draft" and r["version"] == 1 for r in listed)


def test_add_accepts_one_object_and_json_lines(shekara: Shekara, tmp_path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps(example_record()), encoding="utf-8")
    assert len(shekara.ok("record", "add", str(one), officer=OFFICER).lines) == 1
    lines = tmp_path / "many.jsonl"
    lines.write_text("\n".join(json.dumps(border_record(f"Name{i}", "A", "LTU"))
                               for i in range(3)) + "\n", encoding="utf-8")
    out = shekara.ok("record", "add", str(lines), "--json", officer=OFFICER).json()
    assert [r["status"] for r in out] == ["draft"] * 3


def test_show_json_is_the_interchange_form_plus_lifecycle(shekara: Shekara) -> None:
    [rid] = shekara.add(example_record())
    shown = shekara.ok("record", "show", rid, "--json").json()
    assert shown["id"] == rid and shown["version"] == 1 and shown["status"] == "draft"
    assert shown["persons"][0]["surname"] == "Žukauskas"
    assert shown["handling"]["legal_hold"] is False  # default filled in
    assert shown["qualifies"] is True  # an LTU citizen at a KZ post
    assert shown["qualifies_under"] == "6.1.2"
    assert shown["created_by"] == OFFICER


def test_a_witness_of_the_other_party_does_not_make_a_record_qualify(shekara: Shekara) -> None:
    """Issue 9 §1: the subject of the fact decides (records.md), in list and show alike."""
    record = example_record()
    record["persons"][0]["citizenship"] = ["RUS"]
    record["persons"].append({**record["persons"][0], "role": "witness", "surname": "Petraitis",
                              "citizenship": ["LTU"]})
    [rid] = shekara.add(record)
    shown = shekara.ok("record", "show", rid, "--json").json()
    assert (shown["qualifies"], shown["qualifies_under"]) == (False, None)
    [listed] = shekara.ok("record", "list", "--json").json()
    assert (listed["qualifies"], listed["qualifies_under"]) == (False, None)
    [intel] = shekara.add(_intel_record(record))
    listed_intel = [r for r in shekara.ok("record", "list", "--json").json() if r["id"] == intel]
    assert (listed_intel[0]["qualifies"], listed_intel[0]["qualifies_under"]) == (True, "4")


def test_lifecycle_approve_amend_withdraw(shekara: Shekara) -> None:
    [rid] = shekara.add(example_record())
    approved = shekara.ok("record", "approve", rid, "--json", officer=SUPERVISOR).json()
    assert approved["status"] == "approved" and approved["retain_until"]
    shekara.refused("record", "approve", rid, officer=SUPERVISOR, code=6)

    corrected = example_record(narrative="Heroin found in the spare tyre; 4 packages.")
    shekara.refused("record", "amend", rid, "-", officer=OFFICER,
                    stdin=json.dumps(corrected).encode(), code=2)  # no reason
    out = shekara.ok("record", "amend", rid, "-", "--reason", "package count added", "--json",
                     officer=OFFICER, stdin=json.dumps(corrected).encode()).json()
    assert out["version"] == 2
    v1 = shekara.ok("record", "show", rid, "--version", "1", "--json").json()
    assert v1["narrative"].startswith("Heroin found in the spare tyre during")
    assert v1["status"] == "approved"
    head = shekara.ok("record", "show", rid, "--json", "--history").json()
    assert head["version"] == 2 and head["status"] == "draft"
    assert [h["version"] for h in head["history"]] == [1, 2]
    assert head["history"][1]["reason"] == "package count added"

    shekara.ok("record", "approve", rid, officer=SECOND)
    out = shekara.ok("record", "withdraw", rid, "--reason", "duplicate of another record",
                     "--json", officer=SUPERVISOR).json()
    assert out == {"id": rid, "version": 3, "status": "withdrawn"}
    shekara.refused("record", "withdraw", rid, "--reason", "again", code=6)
    shekara.refused("record", "amend", rid, "-", "--reason", "x",
                    stdin=json.dumps(corrected).encode(), code=6)


def test_four_eyes(shekara: Shekara) -> None:
    [by_officer] = shekara.add(example_record(), officer=OFFICER)
    [by_supervisor] = shekara.add(example_record(), officer=SUPERVISOR)
    err = shekara.refused("record", "approve", by_officer, officer=OFFICER, code=4).err
    assert "supervisor" in err
    err = shekara.refused("record", "approve", by_supervisor, officer=SUPERVISOR, code=4).err
    assert "four-eyes" in err
    shekara.ok("record", "approve", by_supervisor, officer=SECOND)


def test_draft_amend_changes_in_place(shekara: Shekara) -> None:
    [rid] = shekara.add(example_record())
    changed = example_record(case_number="2026-0200")
    out = shekara.ok("record", "amend", rid, "-", "--json", officer=OFFICER,
                     stdin=json.dumps(changed).encode()).json()
    assert out["version"] == 1
    assert shekara.ok("record", "show", rid, "--json").json()["case_number"] == "2026-0200"


def test_amend_accepts_show_output_and_refuses_kind_change(shekara: Shekara) -> None:
    [rid] = shekara.add(example_record())
    shekara.ok("record", "approve", rid, officer=SUPERVISOR)
    shown = shekara.ok("record", "show", rid, "--json").json()
    shown["case_number"] = "2026-0999"
    out = shekara.ok("record", "amend", rid, "-", "--reason", "case number", "--json",
                     stdin=json.dumps(shown).encode()).json()
    assert out["version"] == 2
    other = border_record("Ivanov", "Ivan", "RUS")
    shekara.refused("record", "amend", rid, "-", "--reason", "x",
                    stdin=json.dumps(other).encode(), code=2)


def test_officer_may_withdraw_only_own_draft(shekara: Shekara) -> None:
    [mine] = shekara.add(example_record(), officer=OFFICER)
    [theirs] = shekara.add(example_record(), officer=SUPERVISOR)
    shekara.refused("record", "withdraw", theirs, "--reason", "no", officer=OFFICER, code=4)
    out = shekara.ok("record", "withdraw", mine, "--reason", "typed twice", "--json",
                     officer=OFFICER).json()
    assert out["version"] == 1 and out["status"] == "withdrawn"


def test_filters(shekara: Shekara) -> None:
    kz = border_record("Қасымов", "Ержан", "KAZ")
    lt = border_record("Jankauskaitė", "Rūta", "LTU", occurred_at="2025-01-15")
    ids = shekara.add(kz, lt, example_record())
    assert len(shekara.ok("record", "list", "--kind", "border_violation", "--json").json()) == 2
    q = shekara.ok("record", "list", "--qualifies", "--json").json()
    assert {r["id"] for r in q} == {ids[1], ids[2]}
    nq = shekara.ok("record", "list", "--not-qualifies", "--json").json()
    assert [r["id"] for r in nq] == [ids[0]]
    by_date = shekara.ok("record", "list", "--from", "2025-01-01", "--to", "2025-12-31",
                         "--json").json()
    assert [r["id"] for r in by_date] == [ids[1]]
    assert [r["id"] for r in shekara.ok("record", "list", "--citizenship", "kaz",
                                        "--json").json()] == [ids[0]]
    shekara.refused("record", "list", "--from", "yesterday", code=2)
    shekara.refused("record", "list", "--citizenship", "KZ", code=2)


def test_unknown_record(shekara: Shekara) -> None:
    shekara.refused("record", "show", "00000000-0000-4000-8000-000000000000", code=5)
    shekara.refused("record", "approve", "nope", code=5)


def test_four_eyes_can_be_switched_off_by_a_supervisor(shekara: Shekara) -> None:
    [rid] = shekara.add(example_record(), officer=SUPERVISOR)
    shekara.refused("settings", "set", "four_eyes", "off", officer=OFFICER, code=4)
    shekara.refused("settings", "set", "four_eyes", "maybe", code=2)
    shekara.ok("settings", "set", "four_eyes", "off")
    assert shekara.ok("settings", "show", "--json").json()["four_eyes"] == "0"
    shekara.ok("record", "approve", rid, officer=SUPERVISOR)
    entries = shekara.ok("audit", "list", "--action", "settings.change", "--json").json()
    assert entries[0]["detail"] == {"four_eyes": "0"}


def test_review_extends_retention_with_a_reason(shekara: Shekara) -> None:
    [rid] = shekara.add(example_record())
    shekara.refused("record", "review", rid, "--extend-until", "2040-01-01", "--reason", "x",
                    code=6)  # never approved
    approved = shekara.ok("record", "approve", rid, "--json").json()
    shekara.refused("record", "review", rid, "--extend-until", "2000-01-01", "--reason",
                    "court case", code=2)
    shekara.refused("record", "review", rid, "--extend-until", "2040-01-01", "--reason", "x",
                    officer=OFFICER, code=4)
    out = shekara.ok("record", "review", rid, "--extend-until", "2040-01-01", "--reason",
                     "court case pending", "--json").json()
    assert out["retain_until"] == "2040-01-01" and out["retain_until"] > approved["retain_until"]
    assert out["review_on"] <= "2040-01-01"
    entries = shekara.ok("audit", "list", "--action", "record.review", "--json").json()
    assert entries[0]["record_id"] == rid


def test_approve_many_in_one_transaction(shekara: Shekara) -> None:
    ids = shekara.add(example_record(), border_record("Jankauskaitė", "Rūta", "LTU"),
                      example_record(narrative="Third."))
    own = shekara.add(example_record(narrative="Written by the supervisor."), officer=SUPERVISOR)
    # One refusal approves none: the supervisor's own draft breaks four-eyes.
    refused = shekara.refused("record", "approve", *ids, *own, officer=SUPERVISOR, code=4)
    assert own[0] in refused.err
    statuses = {r["id"]: r["status"] for r in shekara.ok("record", "list", "--json").json()}
    assert {statuses[i] for i in ids} == {"draft"}
    shekara.refused("record", "approve", ids[0], ids[0], officer=SUPERVISOR, code=2)
    shekara.refused("record", "approve", *ids, officer=OFFICER, code=4)
    approved = shekara.ok("record", "approve", *ids, "--json", officer=SUPERVISOR).json()
    assert [a["id"] for a in approved] == ids
    assert {a["status"] for a in approved} == {"approved"}
    entries = [e for e in shekara.ok("audit", "list", "--json").json()
               if e["action"] == "record.approve"]
    assert sorted(e["record_id"] for e in entries) == sorted(ids)
    # Approving again: not drafts any more, and nothing changes.
    shekara.refused("record", "approve", *ids, officer=SUPERVISOR, code=6)
    one = shekara.ok("record", "approve", *own, "--json", officer=SECOND).json()
    assert isinstance(one, dict) and one["id"] == own[0]  # one id: one object, as before


def test_send_back_returns_a_draft_to_its_author_with_a_comment(shekara: Shekara) -> None:
    [record_id] = shekara.add(example_record())
    shekara.refused("record", "send-back", record_id, "--reason", "Fix the date",
                    officer=OFFICER, code=4)
    shekara.refused("record", "send-back", record_id, "--reason", "   ", officer=SUPERVISOR,
                    code=2)
    shekara.refused("record", "send-back", "0b6f2d7e-1c1a-4c51-9a0e-5f2b8c3d4e5f",
                    "--reason", "x", officer=SUPERVISOR, code=5)
    sent = shekara.ok("record", "send-back", record_id, "--reason", "Fix the date",
                      "--json", officer=SUPERVISOR).json()
    assert sent["status"] == "draft" and sent["sent_back_by"] == SUPERVISOR
    shown = shekara.ok("record", "show", record_id, "--json", officer=OFFICER).json()
    assert shown["status"] == "draft"
    assert shown["sent_back"]["comment"] == "Fix the date"
    assert "Fix the date" in shekara.ok("record", "show", record_id, officer=OFFICER).out
    # Once approved the comment is history: no longer shown, and no send-back of an approved.
    shekara.ok("record", "approve", record_id, officer=SUPERVISOR)
    assert "sent_back" not in shekara.ok("record", "show", record_id, "--json").json()
    shekara.refused("record", "send-back", record_id, "--reason", "Too late",
                    officer=SUPERVISOR, code=6)


def _intel_record(base: dict[str, Any]) -> dict[str, Any]:
    """Drug-route intelligence about the same persons: Art. 4 sets no citizenship condition."""
    record = {k: v for k, v in base.items()
              if k not in ("items", "conveyance", "outcome", "case_number")}
    return record | {"kind": "drug_intel", "topics": ["route"], "substances": [], "channel": "",
                     "equipment": "", "evaluation": {"source": "B", "information": "2"}}


def test_a_record_carries_its_russian_translation(shekara: Shekara) -> None:
    translated = {"ru": {"narrative": "Героин найден в запасном колесе.",
                         "items": [{"description": "4 пакета"}]}}
    [record_id] = shekara.add(example_record(narrative="Героин қосалқы дөңгелектен табылды.",
                                             translations=translated))
    shown = shekara.ok("record", "show", record_id, "--json").json()
    assert shown["translations"] == translated
    bad = example_record(translations={"ru": {"persons": [{"surname": "Жукаускас"}]}})
    result = shekara.refused("record", "add", "-",
                             stdin=__import__("json").dumps(bad).encode(), code=2)
    assert "translations.ru.persons" in result.err
