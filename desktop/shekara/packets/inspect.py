"""The public face of a packet, without decrypting it: `shekara packet inspect` and the
transmittal sheet.

Nothing here needs a secret. Without `trusted`, the header is parsed (strictly) but not
verified, and the result says so: it is what the file claims, useful for a person holding a
stick, never a basis for importing.

A packet may be 2 GB and a post's laptop has 4 GB: a file only looked at is not held in memory.
`PacketScanner` takes it chunk by chunk as it is read, keeps its first bytes (preamble, header,
signature: at most `HEAD_BYTES`) and hashes the rest — the whole file, and the body from its
offset — and `describe_scanned` says of that what `describe` says of the bytes: both run
`_describe`, the same parsing and the same checks in the same order, only the hashes come from
elsewhere.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from shekara.packets.container import (
    FORMAT_NAME,
    MAX_HEADER_BYTES,
    MAX_HEADER_DEPTH,
    PREAMBLE,
    SIGNATURE_BYTES,
    PacketHeader,
    Preamble,
    Trusted,
    VerifiedPacket,
    check_body,
    parse_header,
    parse_preamble,
    verify_head,
)
from shekara.packets.fields import strict_json
from shekara.packets.keys import format_fingerprint


def age_command(body_offset: int, packet: str = "PACKET.shk",
                identity: str = "identity.txt") -> str:
    """The shell command that decrypts a packet's body with the standard age tool.

    `tail -c +N` starts at byte N counting from 1, hence the +1.
    """
    return f"tail -c +{body_offset + 1} {packet} | age -d -i {identity} > body.bin"


# The first bytes of a file that hold its preamble, header and signature whatever their size.
HEAD_BYTES = PREAMBLE.size + MAX_HEADER_BYTES + SIGNATURE_BYTES


def claimed_header(head: bytes) -> PacketHeader:
    """The header a packet file claims, read (strictly) from its first `HEAD_BYTES` bytes — or
    the whole file when it is shorter — and NOT verified: what a person holding a stick sees,
    never a basis for importing. PacketError when no header can be read."""
    return _claimed(head, parse_preamble(head))


def _claimed(head: bytes, preamble: Preamble) -> PacketHeader:
    raw = strict_json(head[preamble.header_offset:preamble.signature_offset],
                      "packet.bad_header", max_bytes=MAX_HEADER_BYTES, max_depth=MAX_HEADER_DEPTH)
    return parse_header(raw, preamble.minor)


def describe(data: bytes, trusted: Trusted | None = None) -> dict[str, Any]:
    """Offsets, sizes and header fields; `verified` says whether the signature was checked."""
    return _describe(data, len(data), trusted,
                     packet_sha256=lambda: hashlib.sha256(data).hexdigest(),
                     body_sha256=lambda offset: hashlib.sha256(
                         memoryview(data)[offset:]).hexdigest())


def describe_scanned(scanned: ScannedPacket, trusted: Trusted | None = None) -> dict[str, Any]:
    """`describe` of the file `scanned` was read from: the same fields, the same refusals."""
    return _describe(scanned.head, scanned.size, trusted,
                     packet_sha256=lambda: scanned.sha256,
                     body_sha256=lambda offset: _body_sha256(scanned, offset))


def verify_scanned(scanned: ScannedPacket, trusted: Trusted, *, expect_kind: str | None = None,
                   expect_recipient_id: str | None = None) -> VerifiedPacket:
    """`verify_only` of the file `scanned` was read from: its checks, in its order, on the
    first bytes and the hashes (the body still sealed; packets/body_stream.py opens it)."""
    verified = verify_head(scanned.head, scanned.size, trusted, expect_kind=expect_kind,
                           expect_recipient_id=expect_recipient_id)
    check_body(verified, scanned.size - verified.body_offset,
               lambda: _body_sha256(scanned, verified.body_offset))
    return verified


def _body_sha256(scanned: ScannedPacket, offset: int) -> str:
    # The scanner hashed from the offset the same preamble bytes give: a mismatch is a bug.
    assert offset == scanned.body_offset, (offset, scanned.body_offset)
    return scanned.body_sha256


def _describe(head: bytes, size: int, trusted: Trusted | None, *,
              packet_sha256: Callable[[], str],
              body_sha256: Callable[[int], str]) -> dict[str, Any]:
    """`describe` of a file of `size` bytes that begins with `head` (the whole file, or at
    least its first `HEAD_BYTES`); the hashes are asked for only when the checks need them."""
    preamble = parse_preamble(head, size)
    header: PacketHeader
    if trusted is None:
        header = _claimed(head, preamble)
        verified = False
    else:
        checked = verify_head(head, size, trusted)
        check_body(checked, size - checked.body_offset,
                   lambda: body_sha256(checked.body_offset))
        header = checked.header
        verified = True
    return {
        "format": FORMAT_NAME,
        "version": f"{preamble.major}.{preamble.minor}",
        "verified": verified,
        "size": size,
        "packet_sha256": packet_sha256(),
        "signer_key_id": preamble.key_id.hex(),
        "signer_fingerprint": format_fingerprint(preamble.key_id),
        "header_offset": preamble.header_offset,
        "header_length": preamble.header_length,
        "signature_offset": preamble.signature_offset,
        "body_offset": preamble.body_offset,
        "body_length": size - preamble.body_offset,
        "age_command": age_command(preamble.body_offset),
        "kind": header.kind,
        "sender": header.sender,
        "sender_fingerprint": header.sender_fingerprint,
        "recipient_id": header.recipient_id,
        "recipients": list(header.recipients),
        "seq": header.seq,
        "prev_hash": header.prev_hash,
        "created_at": header.created_at,
        "body_sha256": header.body_sha256,
        "audit_head": ({"seq": header.audit_head.seq, "hash": header.audit_head.hash}
                       if header.audit_head else None),
        "extra": dict(header.extra),
    }


# --- a file read as it goes by ---------------------------------------------------------------
@dataclass(frozen=True)
class ScannedPacket:
    """What `describe` needs of a file, gathered in one pass without holding it: its first
    bytes, its size, and the SHA-256 (hex) of the whole file and of the bytes from
    `body_offset` on (the offset its preamble gives; 0 and the empty hash when the file is
    shorter than the preamble — it is refused then before any hash is asked for)."""

    head: bytes
    size: int
    sha256: str
    body_offset: int
    body_sha256: str


class PacketScanner:
    """Takes a file chunk by chunk (`update`), in any sizes, and gives its `ScannedPacket`.

    Memory stays at `HEAD_BYTES` plus what the caller's chunk holds, whatever the file's size.
    The body's hash starts at the offset the preamble's header length gives, learnt as soon
    as the first `PREAMBLE.size` bytes are in: the body starts after them (at 110 bytes at the
    least), so no byte of it has gone by unhashed."""

    def __init__(self) -> None:
        self._head = bytearray()
        self._size = 0
        self._whole = hashlib.sha256()
        self._body = hashlib.sha256()
        self._body_offset: int | None = None

    def update(self, chunk: bytes | memoryview) -> None:
        start = self._size
        self._size += len(chunk)
        self._whole.update(chunk)
        if len(self._head) < HEAD_BYTES:
            self._head += chunk[:HEAD_BYTES - len(self._head)]
        if self._body_offset is None and len(self._head) >= PREAMBLE.size:
            header_length = PREAMBLE.unpack_from(self._head)[4]
            self._body_offset = PREAMBLE.size + header_length + SIGNATURE_BYTES
        if self._body_offset is not None and self._size > self._body_offset:
            self._body.update(memoryview(chunk)[max(self._body_offset - start, 0):])

    def scanned(self) -> ScannedPacket:
        return ScannedPacket(bytes(self._head), self._size, self._whole.hexdigest(),
                             self._body_offset or 0, self._body.hexdigest())


def scan(data: bytes, chunk_bytes: int = 1 << 20) -> ScannedPacket:
    """The `ScannedPacket` of bytes already in memory, fed in `chunk_bytes` slices (no copies
    but the first bytes)."""
    scanner = PacketScanner()
    view = memoryview(data)
    for offset in range(0, len(data), chunk_bytes):
        scanner.update(view[offset:offset + chunk_bytes])
    return scanner.scanned()
