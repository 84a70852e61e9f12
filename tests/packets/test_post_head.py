"""Format 1.1's one addition: an ack's optional `post_head`, the last records packet HQ imported
from the post (seq and hash), so a post restored from an older backup can continue after it."""

from __future__ import annotations

from typing import Any

import pytest

from shekara.errors import PacketError
from shekara.packets.container import PostHead, verify_only
from shekara.packets.keys import KeyRing

from .builders import HQ, POST, ack_packet, records_packet, resign

HEAD = {"seq": 4, "sha256": "ab" * 32}


def _with_head(packet: bytes, signer: Any, minor: int, head: Any = HEAD) -> bytes:
    return resign(packet, signer, lambda h: h.__setitem__("post_head", head), minor=minor)


def test_an_ack_of_minor_1_carries_the_post_head(post_ring: KeyRing) -> None:
    verified = verify_only(_with_head(ack_packet(), HQ, 1), post_ring)
    assert verified.header.post_head == PostHead(4, "ab" * 32)
    assert verified.format_minor == 1 and verified.header.extra == {}


def test_a_newer_minor_keeps_it_too(post_ring: KeyRing) -> None:
    assert verify_only(_with_head(ack_packet(), HQ, 3), post_ring).header.post_head == \
        PostHead(4, "ab" * 32)


def test_minor_0_may_not_carry_it(post_ring: KeyRing) -> None:
    with pytest.raises(PacketError, match="unknown field 'post_head'"):
        verify_only(_with_head(ack_packet(), HQ, 0), post_ring)


def test_only_acks_carry_it(hq_ring: KeyRing) -> None:
    with pytest.raises(PacketError, match="a records packet carries no post_head"):
        verify_only(_with_head(records_packet(), POST, 1), hq_ring)


@pytest.mark.parametrize("head", [{"seq": 0, "sha256": "ab" * 32}, {"seq": 2**53 + 1,
                                  "sha256": "ab" * 32}, {"seq": 1, "sha256": "AB" * 32},
                                  {"seq": 1}, [], {"seq": 1, "sha256": "ab" * 32, "x": 1}])
def test_a_malformed_post_head_is_refused(post_ring: KeyRing, head: Any) -> None:
    with pytest.raises(PacketError) as caught:
        verify_only(_with_head(ack_packet(), HQ, 1, head), post_ring)
    assert caught.value.msgid == "packet.bad_header"


def test_packets_without_it_are_still_written_as_1_0(post_ring: KeyRing) -> None:
    assert verify_only(ack_packet(), post_ring).format_minor == 0
