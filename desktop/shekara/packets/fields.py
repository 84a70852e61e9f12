"""Readers for fields of untrusted JSON, and the binary statement encoding that keys sign.

Everything that arrives on a stick is read through these helpers so that every malformed value
becomes one `PacketError` with a message id and a short reason, never a KeyError or TypeError.
Reasons name fields and types only, never values: values may be personal data.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any, NoReturn

from shekara.domain.strictjson import parse_json
from shekara.errors import InputError, PacketError
from shekara.messages import Message

# The same rule as the vault's post codes (HQ installations have one too, e.g. "HQ-KZ").
CODE_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,31}\Z")
HEX64_PATTERN = re.compile(r"^[0-9a-f]{64}\Z")
UUID_PATTERN = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
# age's native X25519 recipients: "age1" and 58 Bech32 characters (32 bytes + checksum).
AGE_RECIPIENT_PATTERN = re.compile(r"^age1[02-9ac-hj-np-z]{58}\Z")
TIMESTAMP_PATTERN = re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})\Z")
PARTIES = ("KZ", "LT")
ROLES = ("post", "hq")


def refuse(msgid: str, reason: str) -> NoReturn:
    """A malformed document: `msgid` says which kind of document, `reason` what is wrong."""
    raise PacketError(msgid, "{what} is malformed: {reason}", what=_WHAT.get(msgid, _INPUT),
                      reason=reason)


# Which document, as a message the window translates (the reason stays the technical English
# the command line prints: field names and types).
_WHAT = {
    "packet.bad_header": Message("packet.what.header", "the packet header"),
    "packet.bad_body": Message("packet.what.body", "the packet content"),
    "packet.bad_key_file": Message("packet.what.key_file", "the key file"),
}
_INPUT = Message("packet.what.input", "the input")


def strict_json(data: bytes, msgid: str, *, max_bytes: int, max_depth: int) -> Any:
    """Parse strictly (no duplicate keys, no NaN, capped); any refusal becomes `msgid`."""
    try:
        return parse_json(data, max_bytes=max_bytes, max_depth=max_depth)
    except InputError as err:
        # The parser quotes keys and paths; from a decrypted body those are the sender's text,
        # so only names that look like field names are repeated.
        params = {k: safe_name(v) if isinstance(v, str) else v for k, v in err.params.items()}
        shown = InputError(err.msgid, err.template, **params).text()
        refuse(msgid, f"{shown} [{err.msgid}]")


_SAFE_NAME = re.compile(r"^[A-Za-z0-9_.\[\] -]{1,80}\Z")


def safe_name(name: str) -> str:
    """A field name or path as it is, anything else as "…": messages never carry content."""
    return name if _SAFE_NAME.match(name) else "…"


def obj(value: Any, where: str, msgid: str, *, required: tuple[str, ...],
        optional: tuple[str, ...] = (), allow_unknown: bool = False) -> Mapping[str, Any]:
    """An object with exactly these keys (plus unknown ones only when a newer minor allows)."""
    if not isinstance(value, dict):
        refuse(msgid, f"{where} must be an object")
    missing = [key for key in required if key not in value]
    if missing:
        refuse(msgid, f"{where} lacks {', '.join(sorted(missing))}")
    if not allow_unknown:
        unknown = sorted(set(value) - set(required) - set(optional))
        if unknown:
            refuse(msgid, f"{where} has unknown field {safe_name(unknown[0])!r}")
    return value


def lst(value: Any, where: str, msgid: str, *, max_items: int) -> list[Any]:
    if not isinstance(value, list):
        refuse(msgid, f"{where} must be a list")
    if len(value) > max_items:
        refuse(msgid, f"{where} holds more than {max_items} items")
    return value


def integer(value: Any, where: str, msgid: str, *, minimum: int = 0,
            maximum: int = 2**53) -> int:
    # bool is an int in Python and 1.0 a float: neither is an integer in this format.
    if type(value) is not int or not minimum <= value <= maximum:
        refuse(msgid, f"{where} must be an integer from {minimum} to {maximum}")
    return value


def text(value: Any, where: str, msgid: str, *, pattern: re.Pattern[str] | None = None,
         choices: tuple[str, ...] | None = None, max_len: int = 256) -> str:
    if not isinstance(value, str) or len(value) > max_len:
        refuse(msgid, f"{where} must be a string of at most {max_len} characters")
    if pattern is not None and not pattern.match(value):
        refuse(msgid, f"{where} is not in the expected form")
    if choices is not None and value not in choices:
        refuse(msgid, f"{where} must be one of {', '.join(choices)}")
    return value


def timestamp(value: Any, where: str, msgid: str) -> str:
    """An RFC 3339 date and time with a UTC offset (kept as written): one spelling that any
    other implementation can parse, not everything Python's fromisoformat accepts."""
    raw = text(value, where, msgid, max_len=40)
    if not TIMESTAMP_PATTERN.match(raw):
        refuse(msgid, f"{where} must be a date and time like 2026-11-20T10:00:00Z")
    try:
        datetime.fromisoformat(raw)
    except ValueError:
        refuse(msgid, f"{where} is not a real date and time")
    return raw


def iso_date(value: Any, where: str, msgid: str) -> str:
    raw = text(value, where, msgid, max_len=10)
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            raise ValueError
        date.fromisoformat(raw)
    except ValueError:
        refuse(msgid, f"{where} must be a date YYYY-MM-DD")
    return raw


def hex_bytes(value: Any, where: str, msgid: str, *, length: int) -> bytes:
    """Lower-case hex of exactly `length` bytes (one spelling only, so signatures are stable)."""
    if not isinstance(value, str) or not re.fullmatch(f"[0-9a-f]{{{2 * length}}}", value):
        refuse(msgid, f"{where} must be {2 * length} lower-case hex digits")
    return bytes.fromhex(value)


def statement(tag: bytes, *fields: bytes | str) -> bytes:
    """The bytes a key signs for a key document: a tag, then each field length-prefixed.

    Each field is a u16 big-endian length and its bytes (strings in UTF-8), so no two different
    field lists give the same bytes. Tags are 8 bytes and differ from each other and from the
    packet magic, so a signature made for one purpose is never valid for another.
    """
    assert len(tag) == 8
    out = bytearray(tag)
    for field in fields:
        raw = field.encode("utf-8") if isinstance(field, str) else field
        out += struct.pack(">H", len(raw)) + raw
    return bytes(out)


def utc_now() -> str:
    """Now, as the format writes every timestamp: UTC to the second, `Z` suffix."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
