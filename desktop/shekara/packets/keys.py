"""A post's or HQ's keys: an Ed25519 signing key and an age X25519 identity.

`PrivateKeys` is what an installation keeps inside its vault (`to_private_json` gives the bytes
to store there, encrypted by the vault; they must never be written anywhere else).
`PublicKeys` is what leaves it: in enrollment and HQ-keys files, on paper as a fingerprint, and
in every packet as the 32-byte `key_id` that says which key signed it.

The key id is SHA-256 over a length-prefixed encoding of role, party, code and both public keys
(see docs/packet-format.md), so one fingerprint on paper confirms who the keys belong to as well
as the keys. The fingerprint shows the first 160 bits of the key id as 10 groups of 4 hex digits:
quick to compare by eye, and far beyond reach of a second-preimage search.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pyrage import x25519

from shekara.errors import PacketError
from shekara.packets import bech32
from shekara.packets.fields import (
    AGE_RECIPIENT_PATTERN,
    CODE_PATTERN,
    PARTIES,
    ROLES,
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

KEY_ID_TAG = b"SHKKEYID"
FINGERPRINT_BYTES = 20
PRIVATE_FORMAT = "shekara-private-keys"
_KEY_MSGID = "packet.bad_key_file"


def format_fingerprint(key_id: bytes) -> str:
    """`AB12 CD34 …`: the first 160 bits of a key id, upper-case hex in groups of four."""
    digits = key_id[:FINGERPRINT_BYTES].hex().upper()
    return " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))


@dataclass(frozen=True)
class PublicKeys:
    """The public half of one installation's keys, and who they belong to."""

    code: str  # post code, or HQ's installation code such as "HQ-KZ"
    party: str  # "KZ" | "LT"
    role: str  # "post" | "hq"
    signing_public: bytes  # raw Ed25519 public key, 32 bytes
    age_recipient: str  # "age1…"
    created_at: str  # ISO 8601 with offset; metadata, not part of the key id

    def __post_init__(self) -> None:
        # Construction is validation: a PublicKeys that exists is well formed.
        text(self.code, "code", _KEY_MSGID, pattern=CODE_PATTERN)
        text(self.party, "party", _KEY_MSGID, choices=PARTIES)
        text(self.role, "role", _KEY_MSGID, choices=ROLES)
        if not isinstance(self.signing_public, bytes) or len(self.signing_public) != 32:
            refuse(_KEY_MSGID, "signing_public must be 32 bytes")
        text(self.age_recipient, "age_recipient", _KEY_MSGID, pattern=AGE_RECIPIENT_PATTERN)
        try:
            x25519.Recipient.from_str(self.age_recipient)
        except Exception:  # pyrage.RecipientError: a bad checksum
            refuse(_KEY_MSGID, "age_recipient is not a valid age X25519 recipient")
        timestamp(self.created_at, "created_at", _KEY_MSGID)

    @property
    def key_id(self) -> bytes:
        return hashlib.sha256(statement(KEY_ID_TAG, self.role, self.party, self.code,
                                        self.signing_public, self.age_recipient)).digest()

    def fingerprint(self) -> str:
        return format_fingerprint(self.key_id)

    def verify(self, signature: bytes, message: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.signing_public).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True

    def to_dict(self) -> dict[str, Any]:
        """The JSON form used inside key files (and for the vault to keep pinned keys)."""
        return {"code": self.code, "party": self.party, "role": self.role,
                "signing_public": self.signing_public.hex(),
                "age_recipient": self.age_recipient, "created_at": self.created_at}

    @classmethod
    def from_dict(cls, value: Any, *, msgid: str = _KEY_MSGID,
                  allow_unknown: bool = False) -> PublicKeys:
        fields = obj(value, "key", msgid, required=("code", "party", "role", "signing_public",
                                                    "age_recipient", "created_at"),
                     allow_unknown=allow_unknown)
        return cls(code=text(fields["code"], "code", msgid, pattern=CODE_PATTERN),
                   party=text(fields["party"], "party", msgid, choices=PARTIES),
                   role=text(fields["role"], "role", msgid, choices=ROLES),
                   signing_public=hex_bytes(fields["signing_public"], "signing_public", msgid,
                                            length=32),
                   age_recipient=text(fields["age_recipient"], "age_recipient", msgid,
                                      pattern=AGE_RECIPIENT_PATTERN),
                   created_at=timestamp(fields["created_at"], "created_at", msgid))


@dataclass(frozen=True)
class PrivateKeys:
    """One installation's own keys. Keep inside the vault; `repr` never shows secrets."""

    public: PublicKeys
    signing_seed: bytes = field(repr=False)  # the 32-byte Ed25519 private key
    age_secret: str = field(repr=False)  # "AGE-SECRET-KEY-1…"

    def __post_init__(self) -> None:
        if len(self.signing_seed) != 32:
            refuse(_KEY_MSGID, "the signing key must be 32 bytes")
        signing = Ed25519PrivateKey.from_private_bytes(self.signing_seed)
        if _raw_public(signing) != self.public.signing_public:
            refuse(_KEY_MSGID, "the signing key does not match its public key")
        try:
            recipient = str(x25519.Identity.from_str(self.age_secret).to_public())
        except Exception:  # pyrage.IdentityError
            refuse(_KEY_MSGID, "the age identity is not valid")
        if recipient != self.public.age_recipient:
            refuse(_KEY_MSGID, "the age identity does not match its recipient")

    @property
    def age_identity(self) -> Any:
        """The pyrage identity object that decrypts what was encrypted to `age_recipient`."""
        return x25519.Identity.from_str(self.age_secret)

    def sign(self, message: bytes) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.signing_seed).sign(message)

    # --- making keys --------------------------------------------------------------------------
    @classmethod
    def generate(cls, code: str, party: str, role: str, *,
                 created_at: str | None = None) -> PrivateKeys:
        return cls.from_seed(os.urandom(32), code, party, role, created_at=created_at)

    @classmethod
    def from_seed(cls, seed: bytes, code: str, party: str, role: str, *,
                  created_at: str | None = None) -> PrivateKeys:
        """Keys derived from 32 secret bytes. `generate` uses fresh random bytes; test
        vectors use fixed ones, so their keys are the same on every run."""
        if len(seed) != 32:
            raise ValueError("a key seed is 32 bytes")
        signing_seed = hashlib.sha256(b"shekara signing key\0" + seed).digest()
        age_raw = hashlib.sha256(b"shekara age identity\0" + seed).digest()
        age_public = X25519PrivateKey.from_private_bytes(age_raw).public_key().public_bytes(
            Encoding.Raw, PublicFormat.Raw)
        public = PublicKeys(
            code=code, party=party, role=role,
            signing_public=_raw_public(Ed25519PrivateKey.from_private_bytes(signing_seed)),
            age_recipient=bech32.encode("age", age_public),
            created_at=created_at or utc_now())
        return cls(public, signing_seed, bech32.encode("age-secret-key-", age_raw).upper())

    # --- keeping keys in the vault ------------------------------------------------------------
    def to_private_json(self) -> bytes:
        """SECRET. The bytes the vault stores (inside its encrypted database, nowhere else)."""
        return json.dumps({"format": PRIVATE_FORMAT, "version": 1, "public": self.public.to_dict(),
                           "signing_seed": self.signing_seed.hex(),
                           "age_secret": self.age_secret}, sort_keys=True).encode("utf-8")

    @classmethod
    def from_private_json(cls, data: bytes) -> PrivateKeys:
        doc = obj(strict_json(data, _KEY_MSGID, max_bytes=16384, max_depth=4), "private keys",
                  _KEY_MSGID, required=("format", "version", "public", "signing_seed",
                                        "age_secret"))
        if doc["format"] != PRIVATE_FORMAT:
            refuse(_KEY_MSGID, "this is not a Shekara private key file")
        integer(doc["version"], "version", _KEY_MSGID, minimum=1, maximum=1)
        return cls(PublicKeys.from_dict(doc["public"]),
                   hex_bytes(doc["signing_seed"], "signing_seed", _KEY_MSGID, length=32),
                   text(doc["age_secret"], "age_secret", _KEY_MSGID, max_len=100))


def _raw_public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


class KeyRing:
    """The signing keys a reader trusts, by key id; pass `keyring.lookup` as `trusted`.

    The vault keeps the real list (enrolled posts at HQ, the pinned HQ key at a post); this is
    the in-memory view a reader needs. A revoked key stays known so that its packets get a
    precise refusal rather than "unknown key".
    """

    def __init__(self, keys: Iterable[PublicKeys] = (), revoked: Iterable[bytes] = ()) -> None:
        self._keys: dict[bytes, PublicKeys] = {}
        self._revoked: set[bytes] = set(revoked)
        for key in keys:
            self.add(key)

    def add(self, key: PublicKeys) -> None:
        self._keys[key.key_id] = key

    def revoke(self, key_id: bytes) -> None:
        self._revoked.add(key_id)

    def lookup(self, key_id: bytes) -> PublicKeys | None:
        if key_id in self._revoked:
            raise PacketError("packet.revoked_key",
                              "the packet is signed by a revoked key ({fingerprint})",
                              fingerprint=format_fingerprint(key_id))
        return self._keys.get(key_id)

    __call__ = lookup

