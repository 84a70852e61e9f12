"""The character rules of every text field (domain/text_rules.py), the display helper `shown`,
and what validation keeps: odd spaces made plain, joiners kept in prose, bounds inclusive."""

from __future__ import annotations

import sys
import unicodedata
from typing import Any

import pytest

from shekara.domain.field_checks import NUMBER_CAP
from shekara.domain.reference import ReferenceData
from shekara.domain.text_rules import (
    BIDI,
    CONTROL_IN_PROSE,
    INVISIBLE,
    INVISIBLE_IN_PROSE,
    has_visible,
    one_line_spaces,
    shown,
)
from shekara.domain.validation import validate_record

from .conftest import NOW, records_md_example

BIDI_CONTROLS = [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]


def test_every_bidi_control_the_issue_lists_is_caught() -> None:
    for code in BIDI_CONTROLS:
        assert BIDI.fullmatch(chr(code)), hex(code)
    assert not BIDI.search("Сүлейменов Žukauskas محمد")  # right-to-left letters are fine


def test_every_format_character_of_this_python_is_refused_somewhere() -> None:
    # The classes are written out (no 0x110000 scan at start-up); this catches a Unicode update.
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if unicodedata.category(char) == "Cf":
            assert BIDI.match(char) or INVISIBLE.match(char), hex(code)


def test_joiners_are_kept_in_prose_only() -> None:
    for joiner in ("\u200c", "\u200d"):
        assert INVISIBLE.search(joiner) and not INVISIBLE_IN_PROSE.search(joiner)


def test_visible_means_something_is_drawn() -> None:
    assert has_visible("Ж") and has_visible("7") and has_visible("-") and has_visible("€")
    for blank in (" ", "\u0301", "\u2800", "\u3164", "\u200b", ""):
        assert not has_visible(blank), repr(blank)


def test_odd_spaces_become_ordinary_ones() -> None:
    assert one_line_spaces("Anna\u00a0Maria\u2009Li\u3000X") == "Anna Maria Li X"


def test_shown_writes_hidden_characters_as_code_points() -> None:
    assert shown("\u202eevil\u202c") == "‹U+202E›evil‹U+202C›"
    assert shown("a\u200bb\u2066c\x07d") == "a‹U+200B›b‹U+2066›c‹U+0007›d"
    text = "line one\n\tline two \u200d"  # what prose may hold is left alone
    assert shown(text) is text
    assert not CONTROL_IN_PROSE.search(shown("\x00\x1b\x7f\u2028"))


# --- what validation keeps -------------------------------------------------------------------
def _person_named(surname: str) -> dict[str, Any]:
    record = records_md_example()
    record["persons"][0]["surname"] = surname
    return record


def test_a_name_with_odd_spaces_is_stored_with_plain_ones(ref: ReferenceData) -> None:
    stored = validate_record(_person_named("Ван\u00a0Дер\u2002Берг"), ref, now=NOW)
    assert stored["persons"][0]["surname"] == "Ван Дер Берг"


def test_prose_keeps_joiners_and_no_break_spaces(ref: ReferenceData) -> None:
    narrative = "می\u200cخواهم · 10\u00a0kg · 👨\u200d👩"
    record = {**records_md_example(), "narrative": narrative}
    assert validate_record(record, ref, now=NOW)["narrative"] == narrative


@pytest.mark.parametrize("quantity", [NUMBER_CAP, -NUMBER_CAP, float(NUMBER_CAP), 1e-9])
def test_numbers_up_to_the_cap_are_accepted(quantity: float, ref: ReferenceData) -> None:
    record = records_md_example()
    record["place"] = {"lat": 1e-9, "lon": -180}
    record["items"][0]["quantity"] = abs(quantity)
    stored = validate_record(record, ref, now=NOW)
    assert stored["items"][0]["quantity"] == abs(quantity)


def test_dates_at_the_floor_and_ceiling_are_accepted(ref: ReferenceData) -> None:
    record = records_md_example()
    record["occurred_at"] = "1900-01-01T00:00:00+05:00"
    document = record["persons"][0]["documents"][0]
    document.update(issued_on="1900-01-01", expires_on=f"{NOW.year + 50}-12-31")
    record["route"][0]["date"] = "1900-01-01"
    stored = validate_record(record, ref, now=NOW)
    assert stored["persons"][0]["documents"][0]["expires_on"] == f"{NOW.year + 50}-12-31"


def test_needs_rules_finds_every_character_a_rule_refuses_or_rewrites() -> None:
    """FieldChecker.text skips the rules for text NEEDS_RULES finds nothing in (issue 13): that
    is only the same as running them if it finds every character any of them acts on."""
    from shekara.domain import text_rules

    everything = "".join(map(chr, range(0x110000)))
    acted_on = {"\r"}
    for rule in (text_rules.CONTROL, text_rules.CONTROL_IN_PROSE, text_rules.BIDI,
                 text_rules.INVISIBLE, text_rules.INVISIBLE_IN_PROSE, text_rules._ODD_SPACE):
        acted_on |= set(rule.findall(everything))
    found = set(text_rules.NEEDS_RULES.findall(everything))
    assert acted_on <= found
    assert found - acted_on == set()  # nothing more: the slow path stays rare
