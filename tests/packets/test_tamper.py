"""Every byte flipped, every truncation, bytes appended: each refused, and refused by the check
that guards that part of the file.

`pytest.raises(PacketError)` is the catch-all check: any other exception type escapes it and
fails the test.
"""

from __future__ import annotations

import pytest

from shekara.errors import PacketError
from shekara.packets.container import PREAMBLE, open_packet, parse_preamble
from shekara.packets.keys import KeyRing

from .builders import HQ, HQ_ID, records_packet

SMALL = {"id": "0b7c0d2e-1111-4222-8333-944455556666", "version": 1, "kind": "drug_intel",
         "status": "approved"}


@pytest.fixture(scope="module")
def small_packet() -> bytes:
    return records_packet(records=[SMALL])


def expected_msgid(packet: bytes, index: int) -> set[str]:
    """Which refusal a flipped byte at `index` must cause, by the region it falls in."""
    pre = parse_preamble(packet)
    if index < 8:
        return {"packet.bad_magic"}
    if index == 8:
        return {"packet.unsupported_version"}
    if index == 9:  # the minor version is signed
        return {"packet.bad_signature"}
    if index < 42:
        return {"packet.unknown_key"}
    if index < PREAMBLE.size:  # header length: over the cap, past the end, or a bad signature
        return {"packet.header_too_large", "packet.truncated", "packet.bad_signature"}
    if index < pre.body_offset:
        return {"packet.bad_signature"}
    return {"packet.body_hash"}


def open_as_hq(data: bytes, ring: KeyRing) -> None:
    open_packet(data, ring, [HQ], expect_kind="records", expect_recipient_id=HQ_ID)


@pytest.mark.parametrize("mask", [0x01, 0x80])
def test_flip_of_every_byte_is_refused(small_packet: bytes, hq_ring: KeyRing, mask: int) -> None:
    open_as_hq(small_packet, hq_ring)  # the untouched packet opens
    for index in range(len(small_packet)):
        tampered = bytearray(small_packet)
        tampered[index] ^= mask
        with pytest.raises(PacketError) as caught:
            open_as_hq(bytes(tampered), hq_ring)
        assert caught.value.msgid in expected_msgid(small_packet, index), (index, caught.value)


def test_truncation_at_every_length_is_refused(small_packet: bytes, hq_ring: KeyRing) -> None:
    body_offset = parse_preamble(small_packet).body_offset
    for length in range(len(small_packet)):
        with pytest.raises(PacketError) as caught:
            open_as_hq(small_packet[:length], hq_ring)
        if length == 0:
            expected = "packet.empty"
        elif length < body_offset:
            expected = "packet.truncated"
        else:
            expected = "packet.body_length"
        assert caught.value.msgid == expected, (length, caught.value)


@pytest.mark.parametrize("tail", [b"\0", b"\n", b"x" * 1000, b"SHKPKT\r\n"])
def test_appended_bytes_are_refused(small_packet: bytes, hq_ring: KeyRing, tail: bytes) -> None:
    with pytest.raises(PacketError) as caught:
        open_as_hq(small_packet + tail, hq_ring)
    assert caught.value.msgid == "packet.body_length"


def test_two_packets_concatenated_are_refused(small_packet: bytes, hq_ring: KeyRing) -> None:
    with pytest.raises(PacketError) as caught:
        open_as_hq(small_packet + small_packet, hq_ring)
    assert caught.value.msgid == "packet.body_length"
