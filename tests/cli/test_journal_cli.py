"""Registration numbers (issue 11): each installation numbers its records per year at their
first approval — unique, never reused, shown, searchable, printed."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from shekara.vault import journal
from shekara.vault.vault import Vault
from tests.cli.conftest import SECOND, SUPERVISOR, Shekara, border_record, example_record
from tests.reports.pdfcheck import flat, text

POST = "KZ-NUR-ZHOLY"


def test_records_are_numbered_at_their_first_approval(shekara: Shekara,
                                                      tmp_path: Path) -> None:
    year = datetime.now(UTC).year
    ids = shekara.add(example_record(), border_record("Jankauskaitė", "Rūta", "LTU"))
    assert shekara.ok("record", "show", ids[0], "--json").json()["registration_number"] is None
    shekara.ok("record", "approve", *ids, officer=SUPERVISOR)
    numbers = [shekara.ok("record", "show", i, "--json").json()["registration_number"]
               for i in ids]
    assert numbers == [f"{POST}/{year}/000001", f"{POST}/{year}/000002"]
    # A correction approved later keeps the record's number: it is the record's, not a version's.
    shekara.ok("record", "amend", ids[0], "-", "--reason", "date checked",
               stdin=shekara.ok("record", "show", ids[0], "--json").out.encode())
    shekara.ok("record", "approve", ids[0], officer=SECOND)
    assert shekara.ok("record", "show", ids[0], "--json").json()[
        "registration_number"] == numbers[0]
    # Searchable by its number, in any case; printed on the incident report.
    found = shekara.ok("search", numbers[1].lower(), "--json").json()
    assert [f["id"] for f in found] == [ids[1]]
    assert shekara.ok("search", f"{POST}/{year}/000099", "--json").json() == []
    out = tmp_path / "incident.pdf"
    shekara.ok("report", "incident", ids[1], "--out", str(out))
    assert flat(numbers[1]) in flat(text(out.read_bytes()))
    assert re.search(r"registration number: " + re.escape(numbers[1]),
                     shekara.ok("record", "show", ids[1]).out)


def test_numbers_are_unique_and_never_reused(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", mode="hq", party="KZ", post_code="HQ-KZ",
                            officer="a.b", passphrase="long-enough-pass")
    with vault.transaction() as conn:
        first = journal.issue(conn, "HQ-KZ", "request", "r1", "2026-12-31T23:00:00+00:00")
        again = journal.issue(conn, "HQ-KZ", "request", "r1", "2026-12-31T23:30:00+00:00")
        second = journal.issue(conn, "HQ-KZ", "notice", "n1", "2026-12-31T23:40:00+00:00")
        next_year = journal.issue(conn, "HQ-KZ", "notice", "n2", "2027-01-01T00:10:00+00:00")
    assert (first, again, second, next_year) == (
        "HQ-KZ/2026/000001", "HQ-KZ/2026/000001", "HQ-KZ/2026/000002", "HQ-KZ/2027/000001")
    assert journal.find(vault.conn, "hq-kz/2026/000002").ref_id == "n1"
    with pytest.raises(Exception, match="only grows"):
        with vault.transaction() as conn:
            conn.execute("DELETE FROM journal WHERE number = 2")
    with pytest.raises(Exception, match="only grows"):
        with vault.transaction() as conn:
            conn.execute("UPDATE journal SET ref_id = 'x'")
    with pytest.raises(ValueError):
        with vault.transaction() as conn:
            journal.issue(conn, "HQ-KZ", "diary", "d1", "2026-12-31T00:00:00+00:00")
    vault.lock()
