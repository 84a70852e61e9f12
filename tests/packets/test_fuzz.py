"""Fuzzing the packet reader: no input may end any other way than a clean `PacketError`.

Inputs per normal run: 1,000 random byte strings (`test_random_bytes`) + 1,000 mutated valid
packets (`test_mutated_packets`) = 2,000 inputs. Set SHEKARA_FUZZ_EXAMPLES to run that many for
each of the two tests instead (e.g. SHEKARA_FUZZ_EXAMPLES=50000 for a long run).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shekara.errors import PacketError
from shekara.packets.container import MAGIC, PREAMBLE, open_packet
from shekara.packets.keys import KeyRing

from .builders import HQ, HQ_ID, OTHER_POST, POST, records_packet

EXAMPLES = int(os.environ.get("SHEKARA_FUZZ_EXAMPLES", "1000"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=False,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
RING = KeyRing([POST.public, OTHER_POST.public])
VALID = records_packet(records=[{"id": "0b7c0d2e-1111-4222-8333-944455556666", "version": 1,
                                 "kind": "drug_intel", "status": "approved"}])


def must_refuse_or_open(data: bytes) -> None:
    try:
        open_packet(data, RING, [HQ], expect_kind="records", expect_recipient_id=HQ_ID)
    except PacketError:
        return
    # Only the untouched packet may open: a mutation that changed nothing.
    assert data == VALID


# Random bytes, some dressed up to get past the cheap checks (magic, version, a known key id,
# a plausible header length) so the fuzzer also reaches the signature check and beyond.
plausible_preamble = st.builds(
    lambda key, length, rest: PREAMBLE.pack(MAGIC, 1, 0, key, length) + rest,
    st.sampled_from([POST.public.key_id, OTHER_POST.public.key_id, bytes(32)]),
    st.integers(0, 600), st.binary(max_size=1200))
random_inputs = st.one_of(st.binary(max_size=2000), st.builds(lambda rest: MAGIC + rest,
                                                              st.binary(max_size=400)),
                          plausible_preamble)


@pytest.mark.slow
@FUZZ
@given(random_inputs)
def test_random_bytes(data: bytes) -> None:
    must_refuse_or_open(data)


# Mutations of a valid packet: overwrite, insert or delete at random places, or cut it.
edit = st.tuples(st.sampled_from(["set", "insert", "delete", "cut"]),
                 st.integers(0, len(VALID) - 1), st.integers(0, 255))


def mutate(edits: list[tuple[str, int, int]]) -> bytes:
    data = bytearray(VALID)
    for op, position, value in edits:
        position = min(position, max(len(data) - 1, 0))
        if op == "set" and data:
            data[position] = value
        elif op == "insert":
            data.insert(position, value)
        elif op == "delete" and data:
            del data[position]
        elif op == "cut":
            del data[position:]
    return bytes(data)


@pytest.mark.slow
@FUZZ
@given(st.lists(edit, min_size=1, max_size=6))
def test_mutated_packets(edits: list[tuple[str, int, int]]) -> None:
    must_refuse_or_open(mutate(edits))


def test_the_valid_packet_opens() -> None:
    """The fuzz tests above would pass vacuously if the base packet did not open."""
    opened = open_packet(VALID, RING, [HQ], expect_kind="records", expect_recipient_id=HQ_ID)
    assert opened.header.seq == 1
