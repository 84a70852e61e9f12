"""Issue 12 A through the real `shekara record add`: invisible-only names, bidi controls, dates
before 1900 and 400-digit quantities are refused naming the field; a record stored before these
rules (simulated by switching the rules off while it is added) shows its hidden characters as
‹U+XXXX› in `record list` and in the PDF report, while `--json` keeps the stored text."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from shekara.domain import field_checks
from tests.cli.conftest import OFFICER, OFFICER_PASS, Shekara, example_record, run_process
from tests.reports.pdfcheck import text

NEVER = re.compile("(?!)")


def _record(change: Any) -> dict[str, Any]:
    record = copy.deepcopy(example_record())
    change(record)
    return record


REFUSED = {
    "zero-width surname": (
        _record(lambda r: r["persons"][0].update(surname="\u200b\u200c\u200d", given_names="",
                                                 latin_name="")),
        "persons[0].surname: contains an invisible character"),
    "right-to-left override in a surname": (
        _record(lambda r: r["persons"][0].update(surname="\u202eсаксуакуЖ")),
        "persons[0].surname: contains a character that reverses the direction of text"),
    "isolate in the narrative": (
        _record(lambda r: r.update(narrative="paid \u2067001\u2069 USD")),
        "narrative: contains a character that reverses the direction of text"),
    "passport issued in 1899": (
        _record(lambda r: r["persons"][0]["documents"][0].update(issued_on="1899-05-01")),
        "persons[0].documents[0].issued_on: is before 1900"),
    "passport expiring in 2300": (
        _record(lambda r: r["persons"][0]["documents"][0].update(expires_on="2300-05-01")),
        "persons[0].documents[0].expires_on: is after"),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_record_add_refuses(shekara: Shekara, case: str) -> None:
    record, message = REFUSED[case]
    err = shekara.refused("record", "add", "-", stdin=json.dumps(record).encode(), code=2).err
    assert message in err, err
    assert shekara.ok("record", "list", "--json").json() == []


def test_record_add_refuses_a_400_digit_quantity_in_a_real_process(shekara: Shekara) -> None:
    raw = json.dumps(example_record()).replace('"quantity": 1.85', '"quantity": ' + "9" * 400)
    assert "9" * 400 in raw
    result = run_process(shekara.vault, "record", "add", "-", stdin=raw.encode(),
                         env={"SHEKARA_OFFICER": OFFICER, "SHEKARA_PASSPHRASE": OFFICER_PASS})
    assert result.code == 2 and result.err.count("\n") == 1, result.err
    assert "beyond ±9007199254740992" in result.err
    assert shekara.ok("record", "list", "--json").json() == []


def test_an_old_record_with_hidden_characters_is_shown_neutralised(
        shekara: Shekara, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    surname = "\u202eсаксуакуЖ"
    record = _record(lambda r: (r["persons"][0].update(surname=surname),
                                r.update(narrative="ran\u200baway")))
    with monkeypatch.context() as before_the_rules:
        before_the_rules.setattr(field_checks, "BIDI", NEVER)
        before_the_rules.setattr(field_checks, "INVISIBLE_IN_PROSE", NEVER)
        [record_id] = shekara.add(record)
    assert shekara.ok("record", "show", record_id, "--json").json()[
        "persons"][0]["surname"] == surname  # stored, and --json gives it back as stored
    [listed] = shekara.ok("record", "list", "--json").json()
    assert listed["title"].startswith(surname)
    [line] = shekara.ok("record", "list").lines
    assert "‹U+202E›саксуакуЖ" in line and "\u202e" not in line
    shekara.ok("record", "approve", record_id)
    out = tmp_path / "incident.pdf"
    shekara.ok("report", "incident", record_id, "--out", str(out))
    words = text(out.read_bytes())
    assert "‹U+202E›саксуакуЖ" in words and "ran‹U+200B›away" in words
    assert "\u202e" not in words and "\u200b" not in words
