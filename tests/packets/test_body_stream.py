"""`open_records_body` (a records body decrypted and checked as it is read, never held) against
`decode_records(decrypt_body(…))` (the bytes whole): for every records vector, every cut and
every flipped byte of a body, attachments empty, small and across the decryptor's chunks, each
path gives the same records or exactly the same refusal, whatever sizes the plaintext comes in.
And the reading's own failures: a read that fails or is stopped comes out as it is (never as a
damaged body), and a body that changed since it was verified is refused."""

from __future__ import annotations

import io
import json
import random
from collections.abc import Callable
from typing import Any

import pytest

from shekara.errors import PacketError
from shekara.packets.body_stream import (
    BLOCK_BYTES,
    RecordsBodyCheck,
    SealedBody,
    open_records_body,
)
from shekara.packets.container import decrypt_body, verify_only
from shekara.packets.keys import KeyRing, PrivateKeys
from shekara.packets.payload import (
    BODY_MAGIC,
    MAX_MANIFEST_BYTES,
    Attachment,
    RecordsPayload,
    Tombstone,
    decode_records,
    encode_records,
)

from .builders import HQ, POST, record, records_packet
from .test_inspect_scanned import VECTOR_FILES
from .test_vectors import VECTORS, reader

# Around every boundary the body check minds: the magic (8), the manifest's offset (12), and
# sizes the decryptor does not write in, down to a byte at a time.
CHUNKS = (1, 7, 12, 13, 100, 8192)
FEW_CHUNKS = (5, 13, 8192)  # for the exhaustive loops


def outcome(run: Callable[[], RecordsPayload]) -> tuple[Any, ...]:
    """The records and tombstones, or the refusal as a person and a front end see it."""
    try:
        payload = run()
    except PacketError as err:
        return ("refused", err.msgid, err.template, err.params, str(err))
    return ("payload", payload.records, payload.tombstones)


def fed(plain: bytes, size: int) -> RecordsPayload:
    """The body check given `plain` in writes of `size` bytes."""
    check = RecordsBodyCheck()
    for at in range(0, len(plain), size):
        assert check.write(plain[at:at + size]) == len(plain[at:at + size])
    return check.payload()


def same_check(plain: bytes, chunks: tuple[int, ...] = CHUNKS) -> tuple[Any, ...]:
    expected = outcome(lambda: decode_records(plain))
    for size in chunks:
        got = outcome(lambda size=size: fed(plain, size))
        assert got == expected, (size, got, expected)
    return expected


def streamed(data: bytes, verified: Any, identities: list[PrivateKeys]) -> RecordsPayload:
    source = io.BytesIO(data)
    source.seek(verified.body_offset)
    return open_records_body(source, verified, identities)


def same_opening(data: bytes, trusted: KeyRing,
                 identities: list[PrivateKeys]) -> tuple[Any, ...]:
    """Both paths on a packet that verifies: decrypted and decoded whole, and as it is read."""
    verified = verify_only(data, trusted, expect_kind="records")
    expected = outcome(lambda: decode_records(decrypt_body(data, identities,
                                                           offset=verified.body_offset)))
    got = outcome(lambda: streamed(data, verified, identities))
    assert got == expected, (got, expected)
    return expected


ATTACHMENTS = (Attachment.of("image/jpeg", b"\xff\xd8 photo of the tyre"),
               Attachment.of("text/plain", b""),
               Attachment.of("application/pdf", b"%PDF-1.7 the protocol"))


def body() -> bytes:
    """Two records, a tombstone and three attachments, one of them empty."""
    return encode_records([record(0), record(1, status="withdrawn")],
                          [Tombstone(record(2)["id"], 1, "2026-11-01")], ATTACHMENTS)


def test_every_records_vector_opens_alike() -> None:
    spec = json.loads((VECTORS / "verdicts.json").read_text())["readers"]
    seen: set[str] = set()
    for path in VECTOR_FILES:
        data = path.read_bytes()
        for one in spec.values():
            trusted, identity, _recipient = reader(VECTORS, one)
            try:
                verify_only(data, trusted, expect_kind="records")
            except PacketError:
                continue  # refused before the body: describe_scanned's comparison holds that
            result = same_opening(data, trusted, [identity])
            seen.add(result[1] if result[0] == "refused" else "opened")
    assert {"opened", "packet.not_age", "packet.decrypt_failed", "packet.not_for_us",
            "packet.bad_body"} <= seen, seen


def test_a_body_in_any_sizes_is_checked_as_the_whole_one() -> None:
    plain = body()
    assert same_check(plain) == ("payload", decode_records(plain).records,
                                 decode_records(plain).tombstones)
    shuffle = random.Random(15)
    for _ in range(30):
        check, done = RecordsBodyCheck(), 0
        while done < len(plain):
            size = shuffle.choice((1, 2, 11, 12, 13, 40, 300))
            check.write(plain[done:done + size])
            done += size
        assert check.payload().records == decode_records(plain).records


def test_every_cut_and_every_flipped_byte_of_a_body_is_refused_alike() -> None:
    plain = body()
    reasons: set[str] = set()
    for end in range(len(plain)):  # every body cut short
        reasons.add(same_check(plain[:end], FEW_CHUNKS)[3]["reason"])
    for index in range(len(plain)):
        flipped = bytearray(plain)
        flipped[index] ^= 0x01
        result = same_check(bytes(flipped), FEW_CHUNKS)
        if result[0] == "refused":
            reasons.add(result[3]["reason"])
    same_check(plain + b"\0")  # bytes after the last attachment
    assert {"it does not start with the body magic", "the manifest is cut short",
            "the attachment bytes do not add up to the sizes listed",
            "attachments[0] does not match its SHA-256",
            "attachments[2] does not match its SHA-256"} <= reasons, reasons


def test_malformed_manifests_are_refused_alike() -> None:
    def framed(manifest: bytes, after: bytes = b"") -> bytes:
        return BODY_MAGIC + len(manifest).to_bytes(4, "big") + manifest + after

    good = json.loads(body()[12:12 + int.from_bytes(body()[8:12], "big")])
    cases = [b"", b"SHKBODY", BODY_MAGIC + b"\0\0", BODY_MAGIC + (MAX_MANIFEST_BYTES + 1)
             .to_bytes(4, "big"), framed(b"{"), framed(b"[]"), framed(b'{"kind":"ack"}'),
             framed(json.dumps({**good, "records": [], "tombstones": []}).encode()),
             framed(json.dumps({**good, "attachments": good["attachments"] * 2}).encode()),
             framed(json.dumps({**good, "attachments": []}).encode(), b"stray"),
             framed(json.dumps({**good, "attachments": []}).encode())]
    outcomes = [same_check(case) for case in cases]
    assert [o[0] for o in outcomes] == ["refused"] * (len(cases) - 1) + ["payload"]


def test_packets_opened_alike_across_the_decryptor_s_chunks(hq_ring: KeyRing) -> None:
    """age seals in 64 KiB chunks and pyrage hands them over 8 KiB at a time: attachments
    across both boundaries, and one byte of a big attachment altered before sealing."""
    big = bytes(range(256)) * 1000  # 256,000 bytes
    attachments = (Attachment.of("image/png", big), Attachment.of("text/plain", b"x" * 70000))
    plain = encode_records([record(0)], [], attachments)
    assert same_opening(records_packet(body=plain), hq_ring, [HQ])[0] == "payload"
    altered = bytearray(plain)
    altered[len(plain) - 70000 - 5] ^= 0x80  # in the first attachment, near its end
    refused = same_opening(records_packet(body=bytes(altered)), hq_ring, [HQ])
    assert refused[:2] == ("refused", "packet.bad_body")
    assert refused[3]["reason"] == "attachments[0] does not match its SHA-256"


# --- the reading itself ------------------------------------------------------------------------
class Source:
    """A body's bytes read through `read`, failing with `error` after `fail_after` bytes, and
    keeping the sizes asked for."""

    def __init__(self, data: bytes, *, fail_after: int | None = None,
                 error: BaseException | None = None) -> None:
        self.data = io.BytesIO(data)
        self.fail_after = fail_after
        self.error = error
        self.asked: list[int] = []

    def read(self, size: int = -1) -> bytes:
        self.asked.append(size)
        if self.fail_after is not None and self.data.tell() >= self.fail_after:
            assert self.error is not None
            raise self.error
        return self.data.read(size)


def big_packet() -> tuple[bytes, Any]:
    plain = encode_records([record(0)], [], (Attachment.of("image/png", b"\x89" * (3 << 20)),))
    data = records_packet(body=plain, signer=POST)
    return data, verify_only(data, KeyRing([POST.public]), expect_kind="records")


def test_the_body_is_read_a_block_at_a_time_and_told() -> None:
    data, verified = big_packet()
    source = Source(data[verified.body_offset:])
    told: list[int] = []
    payload = open_records_body(source, verified, [HQ], told.append)
    assert payload.records == [record(0)] and payload.attachments == []  # checked, not kept
    body_length = len(data) - verified.body_offset
    assert max(source.asked) <= BLOCK_BYTES
    assert told == [min(n * BLOCK_BYTES, body_length)
                    for n in range(1, -(-body_length // BLOCK_BYTES) + 1)]


def test_a_failed_read_comes_out_as_it_is_not_as_a_damaged_body() -> None:
    data, verified = big_packet()
    sealed = data[verified.body_offset:]
    gone = OSError(5, "Input/output error")
    for fail_after in (0, BLOCK_BYTES, 2 * BLOCK_BYTES):
        with pytest.raises(OSError) as failed:
            open_records_body(Source(sealed, fail_after=fail_after, error=gone), verified, [HQ])
        assert failed.value is gone

    class Stop(Exception):
        pass

    def stop(done: int) -> None:
        if done > BLOCK_BYTES:
            raise Stop

    source = Source(sealed)
    with pytest.raises(Stop):  # how a reader stops: raise from what is told
        open_records_body(source, verified, [HQ], stop)
    assert len(source.asked) == 2  # not read on


def test_a_body_changed_since_it_was_verified_is_refused() -> None:
    data, verified = big_packet()
    sealed = data[verified.body_offset:]
    near_end = bytearray(sealed)
    near_end[-3] ^= 0x01  # in age's last chunk: the decryptor refuses it itself
    in_the_middle = bytearray(sealed)
    in_the_middle[len(sealed) // 2] ^= 0x01
    at_the_start = bytearray(sealed)
    at_the_start[0] ^= 0x01  # no longer an age file
    for changed in (near_end, in_the_middle, at_the_start):
        with pytest.raises(PacketError) as refused:
            open_records_body(io.BytesIO(bytes(changed)), verified, [HQ])
        assert refused.value.msgid == "packet.body_hash"
    with pytest.raises(PacketError) as refused:
        open_records_body(io.BytesIO(sealed[:-100]), verified, [HQ])
    assert refused.value.msgid == "packet.body_length"
    # Grown since: read as it was verified, the bytes after the signed length left alone.
    grown = Source(sealed + b"appended later")
    assert open_records_body(grown, verified, [HQ]).records == [record(0)]
    assert grown.data.tell() == len(sealed)


def test_peek_leaves_the_bytes_to_be_read() -> None:
    data = bytes(range(256)) * 20
    body = SealedBody(io.BytesIO(data), len(data), None)
    assert body.peek(30) == data[:30]
    assert body.read(10) == data[:10] and body.peek(5) == data[10:15]
    assert b"".join(iter(lambda: body.read(999), b"")) == data[10:]
