"""Key documents: enrollment (post → HQ), HQ keys (HQ → posts) and key rotation.

Each is a small JSON file. Its signature is not over the JSON text but over a binary statement
built from the fields (`fields.statement`), so a reader never has to re-create a byte-exact JSON
serialisation to check it, and another implementation needs no canonical-JSON library.

- Enrollment and HQ-keys files are **self-signed**: the signature proves the sender holds the
  signing key, not who the sender is. Who it is is confirmed out of band: the receiver compares
  the fingerprint with the printed enrollment sheet before trusting the key.
- A rotation statement names the old key id and the new public keys, and is signed by **both**
  keys: the old one vouches for the new one (so a receiver that pinned the old key can follow
  without paper), the new one proves it is held. It also says up to which sequence number the
  old key signed packets, so the receiver can refuse later packets signed by the old key.
  A rotation is for routine renewal. A stolen key is handled by revocation at the receiver and a
  fresh enrollment on paper — a thief could sign a rotation too.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from shekara.errors import PacketError
from shekara.packets.fields import (
    HEX64_PATTERN,
    hex_bytes,
    integer,
    obj,
    refuse,
    statement,
    strict_json,
    text,
    timestamp,
    utc_now,
)
from shekara.packets.keys import PrivateKeys, PublicKeys, format_fingerprint

ENROLLMENT_FORMAT = "shekara-enrollment"
HQ_KEYS_FORMAT = "shekara-hq-keys"
ROTATION_FORMAT = "shekara-rotation"
_TAGS = {ENROLLMENT_FORMAT: b"SHKENRL1", HQ_KEYS_FORMAT: b"SHKHQKY1",
         ROTATION_FORMAT: b"SHKROTN1"}
_ROLE_OF = {ENROLLMENT_FORMAT: "post", HQ_KEYS_FORMAT: "hq"}
MAX_KEY_FILE_BYTES = 16 * 1024
_MSGID = "packet.bad_key_file"
# Packet kinds a rotation statement may give a last sequence number for.
SEQUENCED_KINDS = ("records", "ack", "refdata", "exchange")


def _key_fields(key: PublicKeys) -> tuple[bytes | str, ...]:
    return (key.role, key.party, key.code, key.signing_public, key.age_recipient,
            key.created_at)


def _dump(doc: Mapping[str, Any]) -> bytes:
    return (json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def _load(data: bytes, expected_format: str) -> Mapping[str, Any]:
    if not data:
        raise PacketError("packet.empty_key_file", "the key file is empty")
    doc = strict_json(data, _MSGID, max_bytes=MAX_KEY_FILE_BYTES, max_depth=4)
    if not isinstance(doc, dict) or doc.get("format") != expected_format:
        raise PacketError("packet.wrong_key_file", "this is not a {expected} file",
                          expected=expected_format)
    integer(doc.get("version"), "version", _MSGID, minimum=1, maximum=1)
    return doc


def _check_fingerprint(doc: Mapping[str, Any], name: str, key: PublicKeys) -> None:
    # The fingerprint is in the file for people reading it; it must agree with the key.
    if text(doc[name], name, _MSGID, max_len=60) != key.fingerprint():
        refuse(_MSGID, f"{name} does not match the key")


# --- enrollment and HQ keys ----------------------------------------------------------------------
def _make_key_file(keys: PrivateKeys, file_format: str) -> bytes:
    if keys.public.role != _ROLE_OF[file_format]:
        raise ValueError(f"{file_format} is made from {_ROLE_OF[file_format]} keys")
    signature = keys.sign(statement(_TAGS[file_format], file_format, *_key_fields(keys.public)))
    return _dump({"format": file_format, "version": 1, "key": keys.public.to_dict(),
                  "fingerprint": keys.public.fingerprint(), "signature": signature.hex()})


def _read_key_file(data: bytes, file_format: str) -> PublicKeys:
    doc = obj(_load(data, file_format), "key file", _MSGID,
              required=("format", "version", "key", "fingerprint", "signature"))
    key = PublicKeys.from_dict(doc["key"])
    if key.role != _ROLE_OF[file_format]:
        refuse(_MSGID, f"the key's role must be {_ROLE_OF[file_format]}")
    _check_fingerprint(doc, "fingerprint", key)
    signature = hex_bytes(doc["signature"], "signature", _MSGID, length=64)
    if not key.verify(signature, statement(_TAGS[file_format], file_format, *_key_fields(key))):
        raise PacketError("packet.bad_key_signature",
                          "the key file's signature is not valid: it was altered")
    return key


def make_enrollment(keys: PrivateKeys) -> bytes:
    """The enrollment file a post gives HQ (its code and party are those of `keys`)."""
    return _make_key_file(keys, ENROLLMENT_FORMAT)


def read_enrollment(data: bytes) -> PublicKeys:
    """A post's public keys from its enrollment file, self-signature checked.
    The caller must still have a person compare `fingerprint()` with the paper sheet."""
    return _read_key_file(data, ENROLLMENT_FORMAT)


def make_hq_keys(keys: PrivateKeys) -> bytes:
    """The file HQ gives its posts so they can encrypt to it and check its acknowledgements."""
    return _make_key_file(keys, HQ_KEYS_FORMAT)


def read_hq_keys(data: bytes) -> PublicKeys:
    return _read_key_file(data, HQ_KEYS_FORMAT)


# --- rotation ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Rotation:
    """A checked rotation: `new` replaces the key whose id is `old_key_id`.

    `last_sequences` maps a packet kind to the highest sequence number the old key signed;
    a packet signed by the old key with a higher number must be refused by the receiver.
    """

    old_key_id: bytes
    new: PublicKeys
    last_sequences: Mapping[str, int]
    created_at: str


def _rotation_statement(old_key_id: bytes, new: PublicKeys, last_sequences: Mapping[str, int],
                        created_at: str) -> bytes:
    sequences = ",".join(f"{kind}={seq}" for kind, seq in sorted(last_sequences.items()))
    return statement(_TAGS[ROTATION_FORMAT], ROTATION_FORMAT, old_key_id, *_key_fields(new),
                     sequences, created_at)


def make_rotation(old_keys: PrivateKeys, new_keys: PrivateKeys, *,
                  last_sequences: Mapping[str, int], created_at: str | None = None) -> bytes:
    """A statement that `new_keys` replace `old_keys`, signed by both."""
    old, new = old_keys.public, new_keys.public
    if (old.code, old.party, old.role) != (new.code, new.party, new.role):
        raise ValueError("a rotation keeps the code, party and role")
    if old.key_id == new.key_id:
        raise ValueError("a rotation needs new keys")
    if not set(last_sequences) <= set(SEQUENCED_KINDS):
        raise ValueError("last_sequences names an unknown packet kind")
    created_at = created_at or utc_now()
    message = _rotation_statement(old.key_id, new, last_sequences, created_at)
    return _dump({"format": ROTATION_FORMAT, "version": 1, "old_key_id": old.key_id.hex(),
                  "old_fingerprint": old.fingerprint(), "new_key": new.to_dict(),
                  "new_fingerprint": new.fingerprint(), "last_sequences": dict(last_sequences),
                  "created_at": created_at, "old_signature": old_keys.sign(message).hex(),
                  "new_signature": new_keys.sign(message).hex()})


def read_rotation(data: bytes, pinned_old: PublicKeys) -> Rotation:
    """Check a rotation against the key the reader has pinned for that sender."""
    doc = obj(_load(data, ROTATION_FORMAT), "rotation", _MSGID,
              required=("format", "version", "old_key_id", "old_fingerprint", "new_key",
                        "new_fingerprint", "last_sequences", "created_at", "old_signature",
                        "new_signature"))
    text(doc["old_key_id"], "old_key_id", _MSGID, pattern=HEX64_PATTERN)
    old_key_id = bytes.fromhex(doc["old_key_id"])
    if old_key_id != pinned_old.key_id:
        raise PacketError("packet.rotation_wrong_key",
                          "the rotation replaces key {fingerprint}, which is not the key "
                          "pinned for {code}", fingerprint=format_fingerprint(old_key_id),
                          code=pinned_old.code)
    _check_fingerprint(doc, "old_fingerprint", pinned_old)
    new = PublicKeys.from_dict(doc["new_key"])
    _check_fingerprint(doc, "new_fingerprint", new)
    if (new.code, new.party, new.role) != (pinned_old.code, pinned_old.party, pinned_old.role):
        refuse(_MSGID, "the new key must keep the code, party and role of the old one")
    if new.key_id == old_key_id:
        refuse(_MSGID, "the new key is the old key")
    sequences = obj(doc["last_sequences"], "last_sequences", _MSGID, required=(),
                    optional=SEQUENCED_KINDS)
    last_sequences = {kind: integer(seq, f"last_sequences.{kind}", _MSGID)
                      for kind, seq in sequences.items()}
    created_at = timestamp(doc["created_at"], "created_at", _MSGID)
    message = _rotation_statement(old_key_id, new, last_sequences, created_at)
    for name, key in (("old_signature", pinned_old), ("new_signature", new)):
        if not key.verify(hex_bytes(doc[name], name, _MSGID, length=64), message):
            raise PacketError("packet.bad_key_signature",
                              "the rotation's {which} signature is not valid",
                              which=name.split("_")[0])
    return Rotation(old_key_id, new, last_sequences, created_at)
