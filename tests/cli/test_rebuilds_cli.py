"""A command that opens a vault with a rebuild flagged runs it first and says how far it is on
stderr; stdout (the --json contract) is what it would have been."""

from __future__ import annotations

import io
import re

import pytest

from shekara.cli.rebuild_progress import RebuildProgressLines
from shekara.demo.samples import generate_records
from shekara.services.rebuilds import REBUILDS, PendingRebuild
from shekara.services.session import open_session
from shekara.vault import records as repo
from shekara.vault.vault import Vault
from tests.cli.conftest import OFFICER, OFFICER_PASS, PASSWORDS, SUPERVISOR, Shekara

RECORDS = 300
LINE = re.compile(r"^(.+): ([\d,]+) of ([\d,]+) records(…|, done\.)$")


@pytest.fixture
def filled(shekara: Shekara, monkeypatch: pytest.MonkeyPatch) -> Shekara:
    monkeypatch.setattr(repo, "_HEADS_BATCH", 16)  # 19 batches: more than one a tenth
    with open_session(shekara.vault, OFFICER, OFFICER_PASS) as session:
        session.records.add(list(generate_records(RECORDS, seed=3, party="KZ")))
    return shekara


def flag_everything(shekara: Shekara) -> None:
    """What a schema step leaves: the index emptied, both rebuilds flagged."""
    vault = Vault.open(shekara.vault, SUPERVISOR, PASSWORDS[SUPERVISOR])
    try:
        with vault.transaction() as conn:
            conn.execute("DELETE FROM search")
            for kind in REBUILDS:
                vault.set_setting(kind.flag, "1")
    finally:
        vault.lock()


def parsed(err: str) -> list[tuple[str, int, int, bool]]:
    lines = []
    for line in err.splitlines():
        match = LINE.match(line)
        assert match, line
        lines.append((match[1], int(match[2].replace(",", "")), int(match[3].replace(",", "")),
                      match[4] == ", done."))
    return lines


def test_progress_goes_to_stderr_and_stdout_keeps_its_json(filled: Shekara) -> None:
    before = filled.ok("search", "a", "--json", "--limit", "500")
    listed = filled.ok("record", "list", "--json", "--limit", "500")
    assert before.err == "" and len(before.json()) > 10
    flag_everything(filled)
    after = filled.ok("search", "a", "--json", "--limit", "500")
    assert after.out == before.out  # the index was rebuilt before the search, and said nothing
    lines = parsed(after.err)
    assert "\r" not in after.err
    titles = [str(kind.title) for kind in REBUILDS]
    assert [title for title, *_ in lines] == sorted((t for t, *_ in lines), key=titles.index)
    for title in titles:
        mine = [(done, total, ended) for t, done, total, ended in lines if t == title]
        assert mine[0] == (0, RECORDS, False) and mine[-1] == (RECORDS, RECORDS, True)
        assert {total for _, total, _ in mine} == {RECORDS}
        tenths = [done * 10 // RECORDS for done, _, _ in mine[:-1]]
        assert tenths == sorted(set(tenths))  # about a line a tenth, never two in one
        assert len(mine) <= 12
    index = [line for line in lines if line[0] == str(REBUILDS[0].title)]
    assert len(index) >= 8  # 19 batches of the search index: a line about every tenth
    assert filled.ok("record", "list", "--json", "--limit", "500").out == listed.out
    again = filled.ok("search", "a", "--json", "--limit", "500")
    assert again.err == "" and again.out == before.out  # done once, the flags are cleared


def test_the_numbers_are_grouped_as_a_reader_expects() -> None:
    out = io.StringIO()
    lines = RebuildProgressLines(out)
    rebuild = PendingRebuild(REBUILDS[0], 1_000_000)
    for done in range(0, 1_000_001, 2000):
        lines(rebuild, done, 1_000_000)
    text = out.getvalue().splitlines()
    assert text[0] == "Rebuilding the search index: 0 of 1,000,000 records…"
    assert "Rebuilding the search index: 100,000 of 1,000,000 records…" in text
    assert text[-1] == "Rebuilding the search index: 1,000,000 of 1,000,000 records, done."
    assert len(text) == 11


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_one_line_is_rewritten_in_place() -> None:
    out = Terminal()
    lines = RebuildProgressLines(out)
    first, second = (PendingRebuild(kind, 5000) for kind in REBUILDS[:2])
    for rebuild in (first, second):
        for done in (0, 2000, 4000, 5000, 5000):  # the last repeated, as at HQ
            lines(rebuild, done, 5000)
    text = out.getvalue()
    assert text.count("\n") == 2 and text.count("\r") == 8
    assert text.endswith(f"\r{second.title}: 5,000 of 5,000 records, done.\n")
    assert f"\r{first.title}: 2,000 of 5,000 records…\r" in text
