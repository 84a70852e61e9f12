"""Strict JSON: every refusal, the caps, the three input shapes, canonical bytes."""

from __future__ import annotations

import hashlib
import json

import pytest

from shekara.domain.strictjson import (
    MAX_DEPTH,
    MAX_INPUT_BYTES,
    MAX_RECORD_BYTES,
    MAX_RECORDS_PER_INPUT,
    canonical_json,
    parse_json,
    parse_records_input,
)
from shekara.errors import InputError


def refusal(data: bytes | str, **kwargs: int) -> InputError:
    with pytest.raises(InputError) as caught:
        parse_json(data, **kwargs)
    return caught.value


@pytest.mark.parametrize(("data", "msgid", "text"), [
    (b'{"a": 1, "a": 2}', "json.duplicate_key", 'duplicate key "a" in the top-level object'),
    (b'{"p": [{"x": 1}, {"y": {"k": 1, "k": 2}}]}', "json.duplicate_key",
     'duplicate key "k" in p[1].y'),
    (b'{"a": NaN}', "json.not_a_number", "NaN"),
    (b"[Infinity]", "json.not_a_number", "Infinity"),
    (b"[-Infinity]", "json.not_a_number", "Infinity"),
    (b"[1e999]", "json.not_a_number", "too large for a float"),
    (b'{"a": 1,\n "b": }', "json.malformed", "line 2 column 7"),
    (b"", "json.malformed", "line 1 column 1"),
    (b"{} {}", "json.malformed", "Extra data"),
    (b"1" * 5000, "json.integer_too_large", "beyond ±9007199254740992"),
    (b'{"quantity": ' + b"9" * 400 + b"}", "json.integer_too_large", "not allowed in JSON"),
    (b"[9007199254740993]", "json.integer_too_large", "beyond ±9007199254740992"),
    (b"[-9007199254740993]", "json.integer_too_large", "beyond ±9007199254740992"),
    (b'{"a": "\xff"}', "json.encoding", "byte 7"),
    (b'"\\ud800"', "json.encoding", "the string at the top level"),
    (b'{"\\udc00": 1}', "json.encoding", "a key in the top-level object"),
    ("\ud800", "json.encoding", "not valid Unicode"),
    (b"[" * 33 + b"]" * 33, "json.too_deep", "nesting deeper than 32 levels at line 1 column 33"),
])
def test_parse_json_refuses(data: bytes | str, msgid: str, text: str) -> None:
    err = refusal(data)
    assert err.msgid == msgid
    assert text in str(err)


def test_refusal_messages_do_not_quote_values() -> None:
    err = refusal(b'{"name": "\xd0\x96\xd1\x83\xd0\xba\xd0\xb0\xd1\x83\xd1\x81\xd0\xba\xd0\xb0\xd1'
                  b'\x81", "x": NaN}')
    assert "Жукаускас" not in str(err)


def test_nesting_up_to_the_cap_is_accepted() -> None:
    assert parse_json("[" * MAX_DEPTH + "]" * MAX_DEPTH) is not None
    assert refusal("[" * 4 + "]" * 4, max_depth=3).msgid == "json.too_deep"


def test_a_hundred_thousand_levels_are_refused_before_any_recursion() -> None:
    # The depth is counted in one pass before json.loads runs: no RecursionError, no stack.
    for data in ("[" * 100_000, '{"a":' * 100_000, "[" * 100_000 + "]" * 100_000):
        assert refusal(data).msgid == "json.too_deep"


def test_brackets_inside_strings_are_not_nesting() -> None:
    text = json.dumps(["[" * 100, "{" * 100, 'a "quoted [ bracket', "\\[[["])
    assert parse_json(text) == ["[" * 100, "{" * 100, 'a "quoted [ bracket', "\\[[["]


def test_byte_order_mark_is_tolerated() -> None:
    assert parse_json(b'\xef\xbb\xbf{"a": "\xc5\xbd"}') == {"a": "Ž"}
    assert parse_json('\ufeff{"a": 1}') == {"a": 1}


def test_valid_surrogate_pairs_are_kept() -> None:
    assert parse_json(b'"\\ud83d\\ude00"') == "\U0001F600"


def test_size_cap_counts_bytes() -> None:
    assert refusal(b" " * (MAX_RECORD_BYTES + 1)).msgid == "json.too_large"
    # 300,000 two-byte characters: fewer characters than the cap, more bytes.
    text = json.dumps("Ж" * 300_000, ensure_ascii=False)
    assert parse_json(text, max_bytes=700_000) == "Ж" * 300_000
    assert refusal(text, max_bytes=500_000).msgid == "json.too_large"


def test_duplicate_key_is_reported_even_when_malformed_later() -> None:
    assert refusal(b'{"a": 1, "a": 2, x}').msgid == "json.malformed"  # json reads left to right
    err = refusal(b'[{"a": 1, "a": 2}, x]')
    assert err.msgid == "json.duplicate_key"


# --- records input ------------------------------------------------------------------------------
def records_refusal(data: bytes) -> InputError:
    with pytest.raises(InputError) as caught:
        parse_records_input(data)
    return caught.value


def test_one_object() -> None:
    assert parse_records_input(b'{"kind": "drug_intel"}') == [{"kind": "drug_intel"}]


def test_one_pretty_printed_object() -> None:
    data = json.dumps({"kind": "drug_intel", "place": {"lat": None}}, indent=2).encode()
    assert parse_records_input(data) == [{"kind": "drug_intel", "place": {"lat": None}}]


def test_array_of_objects() -> None:
    assert parse_records_input(b'[{"a": 1},\n {"b": 2}]') == [{"a": 1}, {"b": 2}]


def test_json_lines_with_blank_lines_crlf_and_bom() -> None:
    data = b'\xef\xbb\xbf{"a": 1}\r\n\r\n  \n{"b": {"c": [1]}}\r\n'
    assert parse_records_input(data) == [{"a": 1}, {"b": {"c": [1]}}]


@pytest.mark.parametrize(("data", "msgid", "text"), [
    (b"", "json.empty", "no records"),
    (b" \n\t\r\n", "json.empty", "no records"),
    (b"\xef\xbb\xbf", "json.empty", "no records"),
    (b"[]", "json.empty", "no records"),
    (b"42", "json.not_a_record", "one JSON object"),
    (b'"text"', "json.not_a_record", "one JSON object"),
    (b'[{"a": 1}, 2]', "json.not_a_record", "[1]: "),
    (b'{"a": 1}\n{"b": 2}\n[3]', "json.not_a_record", "line 3: "),
    (b'{"a": 1}\n\n{"b": 1,}', "json.malformed", "line 3: not valid JSON at column 9"),
    (b'{"a": 1}\n{"b": NaN}', "json.not_a_number", "line 2: "),
    (b'{"a": 1}\n{"a": {"b": 1, "b": 2}}', "json.duplicate_key", 'line 2: duplicate key "b" in a'),
    (b'[{"a": 1}, {"a": {"b": 1, "b": 2}}]', "json.duplicate_key",
     'duplicate key "b" in [1].a'),
    (b'{"a": 1}\n' + b'{"a":' * 40 + b"1" + b"}" * 40, "json.too_deep", "line 2: nesting"),
    (b"[" + b"[" * MAX_DEPTH + b"]" * MAX_DEPTH + b"]", "json.not_a_record", "[0]: "),
    (b"[" + b"{\"a\":" * (MAX_DEPTH + 1) + b"1" + b"}" * (MAX_DEPTH + 1) + b"]",
     "json.too_deep", "nesting deeper than 33"),
    (b'{"a": 1} x', "json.malformed", "line 1 column 10"),
    (b'{"a": "\xc3"}', "json.encoding", "byte 7"),
])
def test_records_input_refuses(data: bytes, msgid: str, text: str) -> None:
    err = records_refusal(data)
    assert err.msgid == msgid
    assert text in str(err)


def test_record_cap_applies_per_line_and_per_array_entry() -> None:
    big = json.dumps({"narrative": "x" * MAX_RECORD_BYTES}).encode()
    err = records_refusal(b'{"a": 1}\n' + big)
    assert (err.msgid, str(err).split(":")[0]) == ("json.too_large", "line 2")
    err = records_refusal(b'[{"a": 1}, ' + big + b"]")
    assert (err.msgid, str(err).split(":")[0]) == ("json.too_large", "[1]")
    assert records_refusal(big).msgid == "json.too_large"
    # Just under the cap is fine, as a line and in an array.
    fits = json.dumps({"n": "x" * (MAX_RECORD_BYTES - 100)}).encode()
    assert len(parse_records_input(b'{"a": 1}\n' + fits)) == 2
    assert len(parse_records_input(b"[" + fits + b"]")) == 1


def test_total_cap() -> None:
    err = records_refusal(b" " * (MAX_INPUT_BYTES + 1))
    assert err.msgid == "json.too_large"
    assert str(MAX_INPUT_BYTES) in str(err)


def test_record_count_cap() -> None:
    assert records_refusal(b"{}\n" * (MAX_RECORDS_PER_INPUT + 1)).msgid == "json.too_many"
    array = b"[" + b",".join([b"{}"] * (MAX_RECORDS_PER_INPUT + 1)) + b"]"
    assert records_refusal(array).msgid == "json.too_many"
    assert len(parse_records_input(b"{}\n" * MAX_RECORDS_PER_INPUT)) == MAX_RECORDS_PER_INPUT


# --- canonical JSON -----------------------------------------------------------------------------
def test_canonical_json_bytes() -> None:
    value = {"b": [1, 2.5, None, True], "a": {"z": "Žukauskas", "y": "Сүлейменов"}}
    assert canonical_json(value) == (
        '{"a":{"y":"Сүлейменов","z":"Žukauskas"},"b":[1,2.5,null,true]}'.encode())


def test_canonical_json_ignores_key_order_and_round_trips() -> None:
    one = {"x": 1, "y": {"b": 2, "a": 3}}
    two = {"y": {"a": 3, "b": 2}, "x": 1}
    assert canonical_json(one) == canonical_json(two)
    assert parse_json(canonical_json(one)) == one
    assert hashlib.sha256(canonical_json(one)).hexdigest() == hashlib.sha256(
        b'{"x":1,"y":{"a":3,"b":2}}').hexdigest()


@pytest.mark.parametrize(("value", "msgid"), [
    ({"q": float("nan")}, "json.not_a_number"),
    ([float("inf")], "json.not_a_number"),
    ("\ud800", "json.encoding"),
])
def test_canonical_json_refuses(value: object, msgid: str) -> None:
    with pytest.raises(InputError) as caught:
        canonical_json(value)
    assert caught.value.msgid == msgid


def test_integers_up_to_2_to_the_53_are_read_exactly() -> None:
    assert parse_json("[9007199254740992, -9007199254740992, -0, 0]") == [2**53, -(2**53), 0, 0]


@pytest.mark.parametrize("data", [
    b'[{"kind": "drug_intel", "q": ' + b"9" * 400 + b"}]",
    b'{"kind": "drug_intel"}\n{"kind": "drug_intel", "q": ' + b"9" * 400 + b"}\n",
])
def test_a_huge_integer_is_refused_in_every_records_input_shape(data: bytes) -> None:
    with pytest.raises(InputError) as caught:
        parse_records_input(data)
    assert caught.value.msgid == "json.integer_too_large"
