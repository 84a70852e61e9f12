"""The public face of a packet, without decrypting it: `shekara packet inspect` and the
transmittal sheet.

Nothing here needs a secret. Without `trusted`, the header is parsed (strictly) but not
verified, and the result says so: it is what the file claims, useful for a person holding a
stick, never a basis for importing.
"""

from __future__ import annotations

import hashlib
from typing import Any

from shekara.packets.container import (
    FORMAT_NAME,
    MAX_HEADER_BYTES,
    MAX_HEADER_DEPTH,
    PREAMBLE,
    SIGNATURE_BYTES,
    PacketHeader,
    Trusted,
    parse_header,
    parse_preamble,
    verify_only,
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
    preamble = parse_preamble(head)
    raw = strict_json(head[preamble.header_offset:preamble.signature_offset],
                      "packet.bad_header", max_bytes=MAX_HEADER_BYTES, max_depth=MAX_HEADER_DEPTH)
    return parse_header(raw, preamble.minor)


def describe(data: bytes, trusted: Trusted | None = None) -> dict[str, Any]:
    """Offsets, sizes and header fields; `verified` says whether the signature was checked."""
    preamble = parse_preamble(data)
    header: PacketHeader
    if trusted is None:
        header = claimed_header(data)
        verified = False
    else:
        header = verify_only(data, trusted).header
        verified = True
    return {
        "format": FORMAT_NAME,
        "version": f"{preamble.major}.{preamble.minor}",
        "verified": verified,
        "size": len(data),
        "packet_sha256": hashlib.sha256(data).hexdigest(),
        "signer_key_id": preamble.key_id.hex(),
        "signer_fingerprint": format_fingerprint(preamble.key_id),
        "header_offset": preamble.header_offset,
        "header_length": preamble.header_length,
        "signature_offset": preamble.signature_offset,
        "body_offset": preamble.body_offset,
        "body_length": len(data) - preamble.body_offset,
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
