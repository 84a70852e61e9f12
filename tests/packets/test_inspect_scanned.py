"""`describe_scanned` (a file read chunk by chunk, never held) against `describe` (the bytes in
memory): for every packet kind, every tampered and truncated test vector, every cut and every
flipped byte of a packet, and a file over the size limit, each reader gets exactly the same
fields or exactly the same refusal, whatever sizes the chunks come in."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from shekara.errors import PacketError
from shekara.packets import container
from shekara.packets.inspect import HEAD_BYTES, PacketScanner, describe, describe_scanned, scan
from shekara.packets.keys import KeyRing

from .builders import HQ, POST, ack_packet, records_packet
from .test_vectors import VECTORS, reader

# Around every boundary the scanner minds: the preamble (46), the shortest body offset (110),
# the kept head, and the 1 MiB chunks a file is read in.
CHUNKS = (1, 45, 46, 47, 109, 111, 4096, HEAD_BYTES, 1 << 20)
FEW_CHUNKS = (7, 46, 111, 1 << 20)  # for the exhaustive loops


def outcome(run: Callable[[], dict[str, Any]]) -> tuple[Any, ...]:
    """The fields, or the refusal as a person and a front end see it."""
    try:
        return ("fields", run())
    except PacketError as err:
        return ("refused", err.msgid, err.template, err.params, str(err))


def readers() -> dict[str, KeyRing | None]:
    """Nobody's keys (the claim only), each vector reader's, and an empty ring (unknown key)."""
    spec = json.loads((VECTORS / "verdicts.json").read_text())["readers"]
    found: dict[str, KeyRing | None] = {"claim": None, "nobody": KeyRing()}
    for name, one in spec.items():
        found[name] = reader(VECTORS, one)[0]
    return found


READERS = readers()


def same_outcome(data: bytes, trusted: KeyRing | None,
                 chunks: tuple[int, ...] = CHUNKS) -> tuple[Any, ...]:
    expected = outcome(lambda: describe(data, trusted))
    for size in chunks:
        got = outcome(lambda size=size: describe_scanned(scan(data, size), trusted))
        assert got == expected, (size, got, expected)
    return expected


VECTOR_FILES = sorted((VECTORS / "packets").glob("*.shk"))


@pytest.mark.parametrize("path", VECTOR_FILES, ids=[p.stem for p in VECTOR_FILES])
def test_every_vector_gets_the_same_fields_or_refusal_from_each_reader(path: Path) -> None:
    data = path.read_bytes()
    for trusted in READERS.values():
        same_outcome(data, trusted)


def test_the_vectors_cover_every_kind_verified_and_the_refusals() -> None:
    """The comparison above is worth what it compares: every kind verified, and the refusals
    of every part of the file."""
    verified: set[str] = set()
    refusals: set[str] = set()
    for path in VECTOR_FILES:
        data = path.read_bytes()
        for trusted in READERS.values():
            result = same_outcome(data, trusted, chunks=(1 << 20,))
            if result[0] == "fields" and result[1]["verified"]:
                verified.add(result[1]["kind"])
            elif result[0] == "refused":
                refusals.add(result[1])
    assert verified == {"records", "ack", "refdata", "exchange"}
    assert {"packet.empty", "packet.bad_magic", "packet.truncated", "packet.unsupported_version",
            "packet.header_too_large", "packet.unknown_key", "packet.revoked_key",
            "packet.bad_signature", "packet.bad_header", "packet.sender_mismatch",
            "packet.sender_not_recipient", "packet.wrong_signer_role", "packet.body_length",
            "packet.body_hash"} <= refusals, refusals


def test_every_cut_and_every_flipped_byte_gives_the_same_result(hq_ring: KeyRing) -> None:
    packet = records_packet(records=[{"id": "0b7c0d2e-1111-4222-8333-944455556666",
                                      "version": 1, "kind": "drug_intel",
                                      "status": "approved"}])
    trusting = hq_ring
    assert describe(packet, trusting)["verified"] is True
    for end in range(len(packet) + 1):
        for trusted in (None, trusting):
            same_outcome(packet[:end], trusted, FEW_CHUNKS)
    for index in range(len(packet)):
        flipped = bytearray(packet)
        flipped[index] ^= 0x01
        for trusted in (None, trusting):
            same_outcome(bytes(flipped), trusted, FEW_CHUNKS)
    for trusted in (None, trusting):  # appended bytes: the body is longer than signed
        assert same_outcome(packet + b"\0", trusted)[0] == ("fields" if trusted is None
                                                             else "refused")


def test_a_file_over_the_limit_is_refused_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    """The limit lowered to a packet's size: one byte over it is too large on both paths."""
    packet = ack_packet()
    monkeypatch.setattr(container, "MAX_PACKET_BYTES", len(packet))
    for trusted in (None, KeyRing([HQ.public])):
        assert same_outcome(packet, trusted)[0] == "fields"
        refused = same_outcome(packet + b"\0", trusted)
        assert refused[:2] == ("refused", "packet.too_large")


def test_chunks_of_any_sizes_and_views_give_the_same_scan(hq_ring: KeyRing) -> None:
    packet = records_packet(signer=POST)
    whole = scan(packet, len(packet))
    shuffle = random.Random(15)
    for _ in range(50):
        scanner = PacketScanner()
        done = 0
        while done < len(packet):
            size = shuffle.choice((1, 2, 3, 40, 46, 70, 200, 1000))
            scanner.update(memoryview(packet)[done:done + size])
            done += size
        assert scanner.scanned() == whole
    assert whole.size == len(packet) and whole.head == packet
    assert describe_scanned(whole, hq_ring) == describe(packet, hq_ring)
    assert describe(packet, hq_ring)["verified"] is True
