"""`describe`: the public preamble of a packet, without any secret key."""

from __future__ import annotations

import pytest

from shekara.errors import PacketError
from shekara.packets.inspect import age_command, describe
from shekara.packets.keys import KeyRing

from .builders import AUDIT_HEAD, HQ_ID, POST, records_packet, resign


def test_describe_without_keys_says_unverified() -> None:
    packet = records_packet(seq=4, prev_hash="ef" * 32)
    info = describe(packet)
    assert info["verified"] is False
    assert (info["kind"], info["sender"], info["seq"], info["recipient_id"]) == \
        ("records", "KZ-P001", 4, HQ_ID)
    assert info["prev_hash"] == "ef" * 32
    assert info["audit_head"] == {"seq": AUDIT_HEAD.seq, "hash": AUDIT_HEAD.hash}
    assert info["signer_fingerprint"] == POST.public.fingerprint()
    assert info["header_offset"] == 46
    assert info["signature_offset"] == 46 + info["header_length"]
    assert info["body_offset"] == info["signature_offset"] + 64
    assert info["body_offset"] + info["body_length"] == info["size"] == len(packet)
    assert packet[info["body_offset"]:].startswith(b"age-encryption.org/v1\n")
    assert f"tail -c +{info['body_offset'] + 1} " in info["age_command"]


def test_describe_with_keys_verifies() -> None:
    assert describe(records_packet(), KeyRing([POST.public]))["verified"] is True
    with pytest.raises(PacketError) as caught:
        describe(records_packet(), KeyRing())
    assert caught.value.msgid == "packet.unknown_key"


def test_describe_refuses_what_is_not_a_packet() -> None:
    for data, msgid in [(b"", "packet.empty"), (b"%PDF-1.7", "packet.bad_magic"),
                        (records_packet()[:50], "packet.truncated"),
                        (resign(records_packet(), POST, header=b'{"a":1,"a":1}'),
                         "packet.bad_header")]:
        with pytest.raises(PacketError) as caught:
            describe(data)
        assert caught.value.msgid == msgid


def test_age_command_counts_from_one() -> None:
    assert age_command(0, "p.shk", "id.txt") == "tail -c +1 p.shk | age -d -i id.txt > body.bin"
