"""Keys: generation, seeds, storage form, fingerprints, the key ring."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pyrage import x25519

from shekara.errors import PacketError
from shekara.packets import bech32
from shekara.packets.keys import KeyRing, PrivateKeys, PublicKeys, format_fingerprint

from .builders import HQ, OTHER_POST, POST

SEED = bytes(range(32))


def test_generated_keys_work_and_differ() -> None:
    one = PrivateKeys.generate("KZ-P001", "KZ", "post")
    two = PrivateKeys.generate("KZ-P001", "KZ", "post")
    assert one.public.key_id != two.public.key_id
    assert one.public.verify(one.sign(b"message"), b"message")
    assert not two.public.verify(one.sign(b"message"), b"message")
    sealed = pyrage.encrypt(b"secret", [x25519.Recipient.from_str(one.public.age_recipient)])
    assert pyrage.decrypt(sealed, [one.age_identity]) == b"secret"


def test_seeded_keys_are_the_same_every_time() -> None:
    assert PrivateKeys.from_seed(SEED, "KZ-P001", "KZ", "post", created_at="2026-01-01T00:00:00Z") \
        == PrivateKeys.from_seed(SEED, "KZ-P001", "KZ", "post",
                                 created_at="2026-01-01T00:00:00Z")
    with pytest.raises(ValueError):
        PrivateKeys.from_seed(b"short", "KZ-P001", "KZ", "post")


def test_our_bech32_agrees_with_age() -> None:
    """Seeded age keys are encoded here, not by pyrage: pyrage must read them back and derive
    the same recipient that X25519 gives."""
    keys = PrivateKeys.from_seed(SEED, "KZ-P001", "KZ", "post")
    assert keys.age_secret.startswith("AGE-SECRET-KEY-1")
    assert str(x25519.Identity.from_str(keys.age_secret).to_public()) == keys.public.age_recipient
    raw = bytes(32)
    public = X25519PrivateKey.from_private_bytes(raw).public_key().public_bytes(
        Encoding.Raw, PublicFormat.Raw)
    secret = bech32.encode("age-secret-key-", raw).upper()
    assert str(x25519.Identity.from_str(secret).to_public()) == bech32.encode("age", public)


def test_private_json_round_trip_and_secrets_not_in_repr() -> None:
    restored = PrivateKeys.from_private_json(POST.to_private_json())
    assert restored == POST
    shown = repr(POST)
    assert POST.age_secret not in shown and POST.signing_seed.hex() not in shown


@pytest.mark.parametrize("change", [
    lambda d: d.update(format="something-else"),
    lambda d: d.update(version=2),
    lambda d: d.update(signing_seed=OTHER_POST.signing_seed.hex()),
    lambda d: d.update(age_secret=OTHER_POST.age_secret),
    lambda d: d.update(age_secret="AGE-SECRET-KEY-1NOPE"),
    lambda d: d.pop("signing_seed"),
])
def test_private_json_that_does_not_hold_together(change: object) -> None:
    doc = json.loads(POST.to_private_json())
    change(doc)  # type: ignore[operator]
    with pytest.raises(PacketError) as caught:
        PrivateKeys.from_private_json(json.dumps(doc).encode())
    assert caught.value.msgid == "packet.bad_key_file"


def test_private_json_is_strict() -> None:
    with pytest.raises(PacketError):
        PrivateKeys.from_private_json(b'{"format":"a","format":"b"}')
    with pytest.raises(PacketError):
        PrivateKeys.from_private_json(b"")


def test_fingerprint_is_ten_groups_of_four() -> None:
    fingerprint = POST.public.fingerprint()
    assert re.fullmatch(r"[0-9A-F]{4}( [0-9A-F]{4}){9}", fingerprint)
    assert fingerprint.replace(" ", "").lower() == POST.public.key_id.hex()[:40]
    assert format_fingerprint(bytes(32)) == "0000 " * 9 + "0000"


def test_key_id_binds_who_the_keys_belong_to() -> None:
    base = POST.public
    for changed in (replace(base, code="KZ-P009"),
                    replace(base, party="LT"),
                    replace(base, role="hq"),
                    replace(base, age_recipient=HQ.public.age_recipient)):
        assert changed.key_id != base.key_id
    later = replace(base, created_at="2027-01-01T00:00:00Z")
    assert later.key_id == base.key_id  # a timestamp is metadata, not identity


@pytest.mark.parametrize(("field", "value"), [
    ("code", "kz-p001"), ("code", "K"), ("party", "RU"), ("role", "admin"),
    ("signing_public", b"\0" * 31), ("age_recipient", "age1" + "q" * 58),
    ("created_at", "yesterday"), ("created_at", "2026-01-01T00:00:00"),
])
def test_public_keys_are_validated_on_construction(field: str, value: Any) -> None:
    with pytest.raises(PacketError):
        replace(POST.public, **{field: value})


def test_public_dict_round_trip() -> None:
    assert PublicKeys.from_dict(POST.public.to_dict()) == POST.public
    with pytest.raises(PacketError):
        PublicKeys.from_dict({**POST.public.to_dict(), "signing_public": "AB" * 32})
    with pytest.raises(PacketError):
        PublicKeys.from_dict([])


def test_signature_checks() -> None:
    signature = POST.sign(b"abc")
    assert POST.public.verify(signature, b"abc")
    assert not POST.public.verify(signature, b"abd")
    assert not POST.public.verify(signature[:-1], b"abc")
    assert not POST.public.verify(bytes(64), b"abc")


def test_key_ring() -> None:
    ring = KeyRing([POST.public])
    assert ring(POST.public.key_id) == POST.public
    assert ring.lookup(HQ.public.key_id) is None
    ring.add(HQ.public)
    assert ring(HQ.public.key_id) == HQ.public
    ring.revoke(POST.public.key_id)
    with pytest.raises(PacketError) as caught:
        ring(POST.public.key_id)
    assert caught.value.msgid == "packet.revoked_key"
    assert POST.public.fingerprint() in str(caught.value)
    # revoked before it was ever added: still revoked
    with pytest.raises(PacketError):
        KeyRing([OTHER_POST.public], revoked=[OTHER_POST.public.key_id])(
            OTHER_POST.public.key_id)
