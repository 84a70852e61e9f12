"""The depth check's view of the bytes (strictjson._brackets_outside) against the grammar of
JSON strings, written out plainly here as a regular expression over the decoded text (what the
check used until issue 13's session 16): the same brackets, in the same order, for every valid
JSON — strings full of brackets, quotes, backslash runs and escapes included — and the same
refusals and acceptances at the depth limit."""

from __future__ import annotations

import json
import random
import re
from typing import Any

import pytest

from shekara.demo.samples import generate_records
from shekara.domain.strictjson import MAX_DEPTH, _brackets_outside, parse_json
from shekara.errors import InputError

# A JSON string: a quote, then characters or escapes, to the closing quote (or the end).
STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\Z)', re.DOTALL)
NOT_BRACKET = re.compile(r"[^\[\]{}]+")
NASTY = ['"', "\\", "[", "]", "{", "}", "\\\\", '\\"', "\\u005b", "\u2028", "ё", "\x00", "\n",
         '"]', '\\"[', "\\\\\"", "a", "Қ", "ž", " "]


def reference(text: str) -> bytes:
    return NOT_BRACKET.sub("", STRING.sub("", text)).encode()


def nasty_text(rng: random.Random) -> str:
    return "".join(rng.choice(NASTY) for _ in range(rng.randrange(0, 12)))


def nasty_value(rng: random.Random, depth: int) -> Any:
    roll = rng.random()
    if depth > 6 or roll < 0.4:
        return rng.choice([nasty_text(rng), rng.randrange(-9, 9), None, True, 1.5])
    if roll < 0.7:
        return [nasty_value(rng, depth + 1) for _ in range(rng.randrange(0, 4))]
    return {nasty_text(rng): nasty_value(rng, depth + 1) for _ in range(rng.randrange(0, 4))}


@pytest.mark.parametrize("ensure_ascii", [False, True])
def test_the_same_brackets_as_the_string_grammar_on_random_json(ensure_ascii: bool) -> None:
    rng = random.Random(2026)
    for _ in range(3000):
        text = json.dumps(nasty_value(rng, 0), ensure_ascii=ensure_ascii,
                          indent=rng.choice([None, 1]))
        assert _brackets_outside(text.encode()) == reference(text), text


def test_the_same_brackets_on_a_packet_of_real_records() -> None:
    text = json.dumps({"records": list(generate_records(300))}, ensure_ascii=False)
    assert _brackets_outside(text.encode()) == reference(text)
    assert len(reference(text)) > 5_000


@pytest.mark.parametrize("text", [
    '"\\\\"', '"\\\\\\""', '["\\\\", "]"]', '{"a": "\\"[\\""}', '["", "", "[", ""]',
    '"unterminated [[[', '[["\\\\\\\\\\"]"]]',
])
def test_the_edges_of_escapes_and_empty_strings(text: str) -> None:
    assert _brackets_outside(text.encode()) == reference(text)


def test_the_limit_holds_with_brackets_hidden_in_strings() -> None:
    inside = '"' + "]" * 50 + '"'  # closing brackets in a string must not hide real depth
    deep = "[" * (MAX_DEPTH + 1) + inside + "]" * (MAX_DEPTH + 1)
    with pytest.raises(InputError) as caught:
        parse_json(deep)
    assert caught.value.msgid == "json.too_deep"
    assert "line 1 column 33" in str(caught.value)
    fits = "[" * MAX_DEPTH + '"' + "[" * 50 + '"' + "]" * MAX_DEPTH
    assert parse_json(fits.encode()) is not None
    escaped = '["\\"' + "[" * 50 + '"]'  # an escaped quote does not end the string
    assert parse_json(escaped) == ['"' + "[" * 50]
