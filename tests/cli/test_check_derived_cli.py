"""`shekara check --derived` on a real vault: plain `check` says what it always said; the
derived check tells its progress on stderr, its verdict per table on stdout (and in --json),
fails as a damaged vault does (exit 7) when something disagrees, and `--repair` makes it
agree again."""

from __future__ import annotations

import argparse
import re

import pytest

from shekara.cli import build_parser
from shekara.demo.samples import generate_records
from shekara.services.derived_check import TABLES
from shekara.services.session import open_session
from shekara.vault import derived_check
from shekara.vault.vault import Vault
from tests.cli.conftest import OFFICER, OFFICER_PASS, PASSWORDS, SUPERVISOR, Result, Shekara

RECORDS = 120
LINE = re.compile(r"^(.+): ([\d,]+) of ([\d,]+) records(…|, done\.)$")
TITLE = "Checking the derived data against the records"


@pytest.fixture
def filled(shekara: Shekara, monkeypatch: pytest.MonkeyPatch) -> Shekara:
    monkeypatch.setattr(derived_check, "_BATCH", 10)  # 12 batches
    with open_session(shekara.vault, OFFICER, OFFICER_PASS) as session:
        session.records.add(list(generate_records(RECORDS, seed=4, party="KZ")))
    return shekara


def damage(shekara: Shekara, *statements: str) -> list[str]:
    """Raw SQL on the vault file; returns the ids of the records, in rowid order."""
    vault = Vault.open(shekara.vault, SUPERVISOR, PASSWORDS[SUPERVISOR])
    try:
        with vault.transaction() as conn:
            for statement in statements:
                conn.execute(statement)
        return [str(r[0]) for r in vault.conn.execute("SELECT id FROM records ORDER BY rowid")]
    finally:
        vault.lock()


def failed(shekara: Shekara, *args: str) -> Result:
    """Exit 7 as for a damaged vault; stderr: the progress lines, then the one error line."""
    result = shekara(*args)
    assert result.code == 7, result.err
    *progress, last = result.err.splitlines()
    assert all(LINE.match(line) for line in progress) and last.startswith("shekara: error: ")
    assert "Traceback" not in result.err
    return result


def test_plain_check_says_what_it_always_said(filled: Shekara) -> None:
    plain = filled.ok("check")
    assert (plain.out, plain.err) == ("vault intact\n", "")
    as_json = filled.ok("check", "--json")
    assert (as_json.out, as_json.err) == ('{\n "ok": true\n}\n', "")
    damage(filled, "DELETE FROM search WHERE rowid = 5")  # it cannot see this
    assert filled.ok("check").out == "vault intact\n"


def test_a_clean_vault_passes_with_progress_on_stderr(filled: Shekara) -> None:
    result = filled.ok("check", "--derived")
    assert result.lines[0] == "vault intact"
    assert result.lines[1] == f"derived data: {RECORDS} records checked against their newest" \
                              " versions"
    assert [line.rsplit(": ", 1)[1] for line in result.lines[2:-1]] == ["agrees"] * len(TABLES)
    assert re.fullmatch(r"  the audit chain: intact, \d+ entries", result.lines[-1])
    progress = [LINE.match(line) for line in result.err.splitlines()]
    assert all(progress) and {m[1] for m in progress if m} == {TITLE}
    dones = [int(m[2]) for m in progress if m]
    assert dones[0] == 0 and dones[-1] == RECORDS and dones == sorted(dones)
    assert result.err.splitlines()[-1].endswith(", done.")
    as_json = filled.ok("check", "--derived", "--json").json()
    assert as_json["ok"] is True and as_json["derived"]["ok"] is True
    assert as_json["derived"]["records"] == RECORDS
    assert list(as_json["derived"]["tables"]) == [table.key for table in TABLES]
    assert all(t == {"disagree": 0, "sample": [], "stray": 0, "repair": None}
               for t in as_json["derived"]["tables"].values())
    assert "repaired" not in as_json


def test_disagreement_exits_as_a_damaged_vault_and_names_the_table(filled: Shekara) -> None:
    ids = damage(filled, "DELETE FROM search WHERE rowid = 7",
                 "UPDATE records SET status = 'approved' WHERE rowid = 9")
    result = failed(filled, "check", "--derived")
    assert result.err.splitlines()[-1] == ("shekara: error: derived data disagrees with the"
                                           " records; 'shekara check --derived --repair' makes"
                                           " it again")
    assert "  the search index: 1 record(s) disagree (e.g. " + ids[6] + ");" \
           " repair: rebuild search_index_stale" in result.lines
    assert any(line.startswith("  the record list") and ids[8] in line
               and line.endswith("repair: rebuild list_rows_stale") for line in result.lines)
    as_json = filled("check", "--derived", "--json")
    assert as_json.code == 7
    out = as_json.json()
    assert out["ok"] is False and out["derived"]["ok"] is False
    assert out["derived"]["tables"]["search_index"] == {
        "disagree": 1, "sample": [ids[6]], "stray": 0, "repair": "search_index_stale"}
    assert out["derived"]["tables"]["list_rows"]["repair"] == "list_rows_stale"


def test_repair_makes_it_agree_again(filled: Shekara) -> None:
    damage(filled, "DELETE FROM search WHERE rowid = 7",
           "UPDATE records SET title = '' WHERE rowid = 9",
           "DELETE FROM record_citizenships WHERE record_rowid < 20")
    result = filled.ok("check", "--derived", "--repair")
    assert result.lines[:2] == ["vault intact", "repaired: list_rows_stale, search_index_stale"]
    assert [line.rsplit(": ", 1)[1] for line in result.lines[3:-1]] == ["agrees"] * len(TABLES)
    titles = [m[1] for m in map(LINE.match, result.err.splitlines()) if m]
    assert len(titles) == len(result.err.splitlines())
    assert titles[0] == TITLE and titles[-1] == TITLE  # checked, rebuilt, checked again
    assert "Rebuilding the search index" in titles
    assert "Making the record list again from the records" in titles
    again = filled.ok("check", "--repair", "--json").json()  # --repair implies --derived
    assert again["ok"] is True and again["repaired"] == []


def test_a_broken_audit_chain_fails_the_derived_check_without_a_repair(filled: Shekara) -> None:
    damage(filled, "DROP TRIGGER audit_no_update", "UPDATE audit SET detail = '{}' WHERE seq = 2")
    result = failed(filled, "check", "--derived", "--repair")
    assert result.lines[1] == "repaired: nothing to repair"
    assert result.lines[-1].startswith("  the audit chain: broken at entry 2")
    assert result.err.splitlines()[-1].startswith("shekara: error: audit chain broken")


def test_a_damaged_file_fails_before_the_derived_check(filled: Shekara) -> None:
    db = filled.vault / "vault.db"
    data = bytearray(db.read_bytes())
    data[3 * 4096 + 100] ^= 0x55
    db.write_bytes(bytes(data))
    result = filled.refused("check", "--derived", code=7)  # one line: no walk began
    assert result.out == ""


def test_help_says_what_it_checks_and_how_long_it_takes() -> None:
    [commands] = [a for a in build_parser()._actions
                  if isinstance(a, argparse._SubParsersAction)]
    text = " ".join(commands.choices["check"].format_help().split())
    assert "search index" in text and "audit chain" in text and "1,000,000" in text
    assert "--repair" in text
