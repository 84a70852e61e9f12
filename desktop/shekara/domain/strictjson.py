"""Strict JSON in, canonical JSON out.

Everything a person or another program hands Shekara as JSON (`record add`, packets, reference
updates) is read here, and read strictly: Python's `json` module on its own accepts duplicate keys
(the last one silently wins), `NaN` and `Infinity`, numbers that overflow to infinity, and
recurses without limit. Each of those is a way for two readers to disagree about one document,
so each is refused with an `InputError` whose message id says why:

- `json.encoding`: not UTF-8, or a string escape that is half a surrogate pair;
- `json.malformed`: not JSON (the message gives line and column);
- `json.duplicate_key`: an object names a key twice (the message gives the key and the path);
- `json.not_a_number`: `NaN`, `Infinity`, `-Infinity`, or a number too large for a float;
- `json.integer_too_large`: an integer beyond ±`MAX_INTEGER` (2**53, the packet format's bound:
  every integer a double holds exactly, so every JSON reader agrees on its value);
- `json.too_deep`: nested deeper than `max_depth` arrays/objects;
- `json.too_large`: more bytes than allowed;
- `json.empty`, `json.not_a_record`, `json.too_many`: the records input is not a list of records.

A UTF-8 byte order mark at the start is tolerated (Windows editors write one).

Caps (chosen so a stick-sized input cannot exhaust a post laptop's memory):

- `MAX_INPUT_BYTES` = 64 MiB: one `record add` input or one decrypted packet body;
- `MAX_RECORD_BYTES` = 1 MiB: one record (its JSON Lines line, or its canonical JSON in an array);
- `MAX_DEPTH` = 32: nesting of arrays and objects in one record (a record needs about 4);
- `MAX_RECORDS_PER_INPUT` = 100,000 records in one input.

`canonical_json` is the one serialisation that hashes are computed over (content hashes on paper,
packet digests): keys sorted, no whitespace, UTF-8 without escaping non-ASCII, no NaN.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Iterator
from typing import Any, NoReturn

from shekara.errors import InputError

MAX_INPUT_BYTES = 64 * 1024 * 1024
MAX_RECORD_BYTES = 1024 * 1024
MAX_DEPTH = 32
MAX_RECORDS_PER_INPUT = 100_000
MAX_INTEGER = 2**53
_MAX_INTEGER_CHARS = len(str(-MAX_INTEGER))

_BOM = "\ufeff"
# A JSON string (escapes included; an unterminated one runs to the end) or one bracket.
# Strings are matched whole so that brackets inside them are never counted as nesting.
_STRING_OR_BRACKET = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\Z)|[\[\]{}]', re.DOTALL)
# The depth check's view of the UTF-8 bytes: quotes and brackets only (_brackets_outside).
_NOT_QUOTE_OR_BRACKET = bytes(b for b in range(256) if b not in b'"[]{}')
_REDUCED_STRING = re.compile(rb'"[^"]*(?:"|\Z)')
_NOT_BRACKET = re.compile(rb"[^\[\]{}]+")
_BRACKET_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}
_SURROGATE = re.compile("[\ud800-\udfff]")
# An escape that may encode half a surrogate pair: only then are decoded strings checked.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_KEY_SHOWN = 40  # characters of an offending key quoted in a message


class _Pairs(list[tuple[str, Any]]):
    """An object as json.loads saw it, before duplicate keys are checked."""


class _NotANumber(Exception):
    pass


class _DuplicateKey(Exception):
    pass


class _IntegerTooLarge(Exception):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise _DuplicateKey
    return obj


def _refuse_constant(name: str) -> NoReturn:
    raise _NotANumber(name)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e999 parses to inf: as bad as writing Infinity
        raise _NotANumber(text[:20])
    return value


def _bounded_int(text: str) -> int:
    # The length test first: int() of a 400-digit string is work, of a 5000-digit one an error.
    if len(text) > _MAX_INTEGER_CHARS or abs(value := int(text)) > MAX_INTEGER:
        raise _IntegerTooLarge
    return value


def _line_col(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


def _decode(data: bytes | str) -> str:
    if isinstance(data, str):
        text = data
        if _SURROGATE.search(text):
            raise InputError("json.encoding", "the input is not valid Unicode text")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError("json.encoding", "the input is not valid UTF-8 (byte {offset})",
                             offset=exc.start) from None
    return text[1:] if text.startswith(_BOM) else text


def _too_large(limit: int) -> InputError:
    return InputError("json.too_large", "the input is larger than {limit} bytes", limit=limit)


def _check_depth(text: str, data: bytes, max_depth: int) -> None:
    """Refuse nesting beyond max_depth in linear time, before any recursive parser runs.
    `data` is `text` as UTF-8."""
    # The deepest running sum of +1 per opening and -1 per closing bracket, summed in C (a
    # packet of 5,000 records holds 300,000 brackets; issue 13).
    brackets = _brackets_outside(data)
    deepest = max(itertools.accumulate(map(_BRACKET_STEP.__getitem__, brackets)), default=0)
    if deepest > max_depth:
        _locate_too_deep(text, max_depth)


def _brackets_outside(data: bytes) -> bytes:
    """The brackets of JSON `data` that are not inside its strings, in order.

    Done with bytes.replace and bytes.translate, which run in C at memory speed: a regular
    expression for JSON strings over the decoded text took 23 µs of an imported record's
    ~220 (issue 13). Escapes go first: a run of backslashes pairs from its left, so dropping
    each `\\\\` pair and then each `\\"` removes exactly the escaped quotes, and the backslashes
    left escape other characters. Then all but quotes and brackets go, and every `""`: two
    adjacent quotes end and start strings (or make an empty one) without moving a character
    into a string or out of one, and most strings are empty by then (24 instead of 71 ms for
    5,000 records). What is left of the strings holds brackets only, and one plain match
    removes them. For valid JSON this is exactly the strings' grammar
    (tests/domain/test_strictjson_depth.py compares both); for invalid JSON the two may differ
    only after the first fault, where the parser stops, so the parser never goes deeper than
    this counted before it."""
    reduced = (data.replace(b"\\\\", b"").replace(b'\\"', b"")
               .translate(None, _NOT_QUOTE_OR_BRACKET).replace(b'""', b""))
    return _NOT_BRACKET.sub(b"", _REDUCED_STRING.sub(b"", reduced))


def _locate_too_deep(text: str, max_depth: int) -> None:
    depth = 0
    for match in _STRING_OR_BRACKET.finditer(text):
        char = text[match.start()]
        if char in "[{":
            depth += 1
            if depth > max_depth:
                line, col = _line_col(text, match.start())
                raise InputError("json.too_deep",
                                 "nesting deeper than {max_depth} levels at line {line} column "
                                 "{column}", max_depth=max_depth, line=line, column=col)
        elif char in "]}":
            depth -= 1  # unbalanced brackets are json.loads's to report
    raise InputError("json.too_deep", "nesting deeper than {max_depth} levels",
                     max_depth=max_depth)


def _path(parent: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{parent}[{key}]"
    return f"{parent}.{key}" if parent else key


def _build(value: Any, path: str) -> Any:
    """Walk a parse kept as _Pairs, refusing duplicate keys and lone surrogates with a path."""
    if isinstance(value, _Pairs):
        obj: dict[str, Any] = {}
        for key, item in value:
            if key in obj:
                raise InputError("json.duplicate_key", 'duplicate key "{key}" in {where}',
                                 key=key[:_KEY_SHOWN], where=path or "the top-level object")
            if _SURROGATE.search(key):
                raise InputError("json.encoding", "a key in {where} is not valid Unicode",
                                 where=path or "the top-level object")
            obj[key] = _build(item, _path(path, key))
        return obj
    if isinstance(value, list):
        return [_build(item, _path(path, i)) for i, item in enumerate(value)]
    if isinstance(value, str) and _SURROGATE.search(value):
        raise InputError("json.encoding", "the string at {where} is not valid Unicode",
                         where=path or "the top level")
    return value


def _locate_duplicate_key(text: str) -> InputError:
    """Rare path: parse again keeping every pair, to say which key and where."""
    try:
        _build(json.loads(text, object_pairs_hook=_Pairs), "")
    except InputError as err:
        return err
    except ValueError:  # malformed after the duplicate: the duplicate is still the first fault
        pass
    return InputError("json.duplicate_key", "an object names the same key twice")


def parse_json(data: bytes | str, *, max_bytes: int = MAX_RECORD_BYTES,
               max_depth: int = MAX_DEPTH) -> Any:
    """One JSON document, strictly (see the module docstring for what is refused)."""
    if isinstance(data, bytes) and len(data) > max_bytes:
        raise _too_large(max_bytes)
    if isinstance(data, str) and len(data) > max_bytes:  # at least one byte per character
        raise _too_large(max_bytes)
    text = _decode(data)
    raw = data if isinstance(data, bytes) else text.encode("utf-8")
    if len(raw) > max_bytes:
        raise _too_large(max_bytes)
    _check_depth(text, raw, max_depth)
    try:
        value = json.loads(text, object_pairs_hook=_unique_keys,
                           parse_constant=_refuse_constant, parse_float=_finite_float,
                           parse_int=_bounded_int)
        if _SURROGATE_ESCAPE.search(text):
            _build(json.loads(text, object_pairs_hook=_Pairs), "")
    except _DuplicateKey:
        raise _locate_duplicate_key(text) from None
    except _NotANumber:
        raise InputError("json.not_a_number",
                         "NaN, Infinity and numbers too large for a float are not allowed "
                         "in JSON") from None
    except _IntegerTooLarge:
        raise InputError("json.integer_too_large", "an integer beyond ±{limit} is not "
                         "allowed in JSON", limit=MAX_INTEGER) from None
    except json.JSONDecodeError as exc:
        raise InputError("json.malformed", "not valid JSON at line {line} column {column}: "
                         "{reason}", line=exc.lineno, column=exc.colno, reason=exc.msg) from None
    except (ValueError, RecursionError):  # e.g. an integer of more than 4300 digits
        raise InputError("json.malformed", "not valid JSON: a value is out of range") from None
    return value


def _prefixed(err: InputError, where: str) -> InputError:
    return InputError(err.msgid, "{at}: " + err.template, **{**err.params, "at": where})


def _not_a_record() -> InputError:
    return InputError("json.not_a_record", "the input must be one JSON object, a JSON array of "
                      "objects, or JSON Lines (one object per line)")


def _non_empty_lines(text: str) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield number, line


def _records_from_lines(lines: list[tuple[int, str]]) -> list[dict[str, Any]]:
    if len(lines) > MAX_RECORDS_PER_INPUT:
        raise _too_many()
    records: list[dict[str, Any]] = []
    for number, line in lines:
        where = f"line {number}"
        try:
            value = parse_json(line, max_bytes=MAX_RECORD_BYTES)
        except InputError as err:
            if err.msgid == "json.malformed" and "column" in err.params:
                raise InputError("json.malformed", "{where}: not valid JSON at column {column}: "
                                 "{reason}", where=where, column=err.params["column"],
                                 reason=err.params["reason"]) from None
            raise _prefixed(err, where) from None
        if not isinstance(value, dict):
            raise _prefixed(_not_a_record(), where)
        records.append(value)
    return records


def _too_many() -> InputError:
    return InputError("json.too_many", "the input holds more than {limit} records",
                      limit=MAX_RECORDS_PER_INPUT)


def _looks_like_json_lines(lines: list[tuple[int, str]]) -> bool:
    """Several lines, the first a whole object on its own: JSON Lines, not pretty-printed."""
    if len(lines) < 2:
        return False
    first = lines[0][1].strip()
    return first.startswith("{") and first.endswith("}")


def parse_records_input(data: bytes) -> list[dict[str, Any]]:
    """Records from one JSON object, a JSON array of objects, or JSON Lines.

    Errors name where the problem is: `line 3: ...` for JSON Lines, `[2]: ...` in an array.
    A pretty-printed single object spans lines too; it is told apart from JSON Lines by its
    first line, which is not a whole object on its own.
    """
    if len(data) > MAX_INPUT_BYTES:
        raise _too_large(MAX_INPUT_BYTES)
    text = _decode(data)
    stripped = text.lstrip()
    if not stripped:
        raise InputError("json.empty", "the input holds no records")
    if stripped.startswith("["):
        value = parse_json(text, max_bytes=MAX_INPUT_BYTES, max_depth=MAX_DEPTH + 1)
        if not value:
            raise InputError("json.empty", "the input holds no records")
        if len(value) > MAX_RECORDS_PER_INPUT:
            raise _too_many()
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                raise _prefixed(_not_a_record(), f"[{index}]")
            if len(canonical_json(item)) > MAX_RECORD_BYTES:
                raise _prefixed(_too_large(MAX_RECORD_BYTES), f"[{index}]")
        return list(value)
    if stripped.startswith("{"):
        lines = list(_non_empty_lines(text))
        if _looks_like_json_lines(lines):
            return _records_from_lines(lines)
    value = parse_json(text, max_bytes=MAX_RECORD_BYTES)
    if not isinstance(value, dict):
        raise _not_a_record()
    return [value]


# json.dumps's options for canonical_json, in an encoder made once (dumps with options makes
# one per call; issue 13: every record's content hash).
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                              allow_nan=False)


def canonical_json(obj: Any) -> bytes:
    """The bytes hashes are computed over: sorted keys, no spaces, UTF-8, NaN refused.

    Numbers are written as Python writes them (an int as digits, a float in its shortest
    round-trip form), so 2 and 2.0 differ: validation turns integral floats into ints.
    """
    try:
        text = _CANONICAL.encode(obj)
    except ValueError:
        raise InputError("json.not_a_number", "NaN and Infinity cannot be written as JSON") \
            from None
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError("json.encoding", "a string is not valid Unicode") from None
