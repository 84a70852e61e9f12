"""Validly signed packets with any header values, as a stolen laptop or a buggy post could make.

`seal()` refuses to write what a reader would refuse; `forge()` does not: it frames and signs
whatever header it is given, with the post's real keys, so HQ's own checks are what is tested.
"""

from __future__ import annotations

import hashlib
from typing import Any

import pyrage
from pyrage import x25519

from shekara.domain.strictjson import canonical_json
from shekara.packets.container import FORMAT_MAJOR, FORMAT_NAME, MAGIC, PREAMBLE
from shekara.packets.keys import PrivateKeys


def forge(kind: str, body: bytes, *, signer: PrivateKeys, recipient: str, recipient_id: str,
          seq: Any, prev_hash: Any, audit_head: Any = None, created_at: str =
          "2026-11-20T10:00:00Z", **overrides: Any) -> bytes:
    everyone = [recipient, signer.public.age_recipient]
    sealed = bytes(pyrage.encrypt(body, [x25519.Recipient.from_str(r) for r in everyone]))
    head: dict[str, Any] = {
        "format": FORMAT_NAME, "kind": kind, "sender": signer.public.code,
        "sender_fingerprint": signer.public.fingerprint(), "recipient_id": recipient_id,
        "recipients": everyone, "seq": seq, "prev_hash": prev_hash, "created_at": created_at,
        "body_sha256": hashlib.sha256(sealed).hexdigest(), "body_length": len(sealed),
    }
    if audit_head is not None:
        head["audit_head"] = audit_head
    head.update(overrides)
    header = canonical_json(head)
    signed = PREAMBLE.pack(MAGIC, FORMAT_MAJOR, 0, signer.public.key_id, len(header)) + header
    return signed + signer.sign(signed) + sealed
