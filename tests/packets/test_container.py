"""Sealing and opening packets: every kind round-trips, every refusal has its message id."""

from __future__ import annotations

import hashlib
import io
import os

import pyrage
import pytest
from pyrage import x25519

from shekara.errors import PacketError
from shekara.packets import container
from shekara.packets.container import (
    MAGIC,
    MAX_HEADER_BYTES,
    PREAMBLE,
    open_packet,
    parse_preamble,
    seal,
    verify_only,
)
from shekara.packets.keys import KeyRing
from shekara.packets.payload import (
    AckPayload,
    Attachment,
    RecordsPayload,
    RefdataPayload,
    encode_refdata,
)

from .builders import (
    AUDIT_HEAD,
    CREATED,
    HQ,
    HQ_ID,
    OTHER_HQ,
    OTHER_POST,
    POST,
    REFERENCE_FILES,
    STRANGER,
    SURNAME,
    ack_packet,
    record,
    records_packet,
    resign,
)


def hq_open(packet: bytes, ring: KeyRing, kind: str = "records") -> container.OpenedPacket:
    return open_packet(packet, ring, [HQ], expect_kind=kind, expect_recipient_id=HQ_ID)


def refused(msgid: str, packet: bytes, ring: KeyRing, kind: str = "records") -> PacketError:
    with pytest.raises(PacketError) as caught:
        hq_open(packet, ring, kind)
    assert caught.value.msgid == msgid, caught.value
    return caught.value


# --- round trips ---------------------------------------------------------------------------------
def test_records_packet_round_trip_with_attachments(hq_ring: KeyRing) -> None:
    photo = Attachment.of("image/jpeg", b"\xff\xd8 a photo " * 100)
    scan = Attachment.of("application/pdf", b"%PDF- a scan")
    empty = Attachment.of("text/plain", b"")
    records = [record(0), record(1, version=2, status="withdrawn")]
    packet = records_packet(records=records, attachments=(photo, scan, empty))

    opened = hq_open(packet, hq_ring)

    assert isinstance(opened.payload, RecordsPayload)
    assert opened.payload.records == records
    assert opened.payload.attachments == [photo, scan, empty]
    header = opened.header
    assert (header.kind, header.sender, header.recipient_id, header.seq) == \
        ("records", "KZ-P001", HQ_ID, 1)
    assert header.prev_hash is None and header.created_at == CREATED
    assert header.audit_head == AUDIT_HEAD
    assert header.sender_fingerprint == POST.public.fingerprint()
    assert set(header.recipients) == {HQ.public.age_recipient, POST.public.age_recipient}
    assert opened.signer == POST.public
    assert opened.packet_sha256 == hashlib.sha256(packet).hexdigest()
    assert SURNAME.encode() not in packet and b"Heroin" not in packet


def test_ack_packet_round_trip_at_the_post(post_ring: KeyRing) -> None:
    opened = open_packet(ack_packet(), post_ring, [POST], expect_kind="ack",
                         expect_recipient_id="KZ-P001")
    assert isinstance(opened.payload, AckPayload)
    assert opened.payload.post == "KZ-P001" and opened.payload.imported_through == 1
    assert opened.header.audit_head is None and opened.signer == HQ.public


def test_refdata_packet_round_trip(post_ring: KeyRing) -> None:
    packet = seal("refdata", encode_refdata(REFERENCE_FILES), signer=HQ,
                  recipients=[POST.public.age_recipient], recipient_id="KZ-P001", seq=3,
                  prev_hash="cd" * 32)
    opened = open_packet(packet, post_ring, [POST], expect_kind="refdata",
                         expect_recipient_id="KZ-P001")
    assert isinstance(opened.payload, RefdataPayload)
    assert opened.payload.version == 7 and opened.payload.files == REFERENCE_FILES
    assert opened.header.prev_hash == "cd" * 32


def test_the_post_reads_back_its_own_packet() -> None:
    packet = records_packet()
    own = KeyRing([POST.public])
    assert verify_only(packet, own).header.seq == 1
    opened = open_packet(packet, own, [POST], expect_kind="records", expect_recipient_id=HQ_ID)
    assert opened.records.records == [record()]


def test_chained_packets_name_their_predecessor(hq_ring: KeyRing) -> None:
    first = hq_open(records_packet(), hq_ring)
    second = hq_open(records_packet(seq=2, prev_hash=first.packet_sha256), hq_ring)
    assert second.header.seq == 2 and second.header.prev_hash == first.packet_sha256


def test_any_of_several_identities_decrypts(hq_ring: KeyRing) -> None:
    packet = records_packet()
    opened = open_packet(packet, hq_ring, [OTHER_HQ, HQ], expect_kind="records",
                         expect_recipient_id=HQ_ID)
    assert opened.header.seq == 1


# --- refusals before the signature ---------------------------------------------------------------
def test_empty_file(hq_ring: KeyRing) -> None:
    refused("packet.empty", b"", hq_ring)


def test_wrong_magic(hq_ring: KeyRing) -> None:
    refused("packet.bad_magic", b"PK\x03\x04 a zip file", hq_ring)
    refused("packet.bad_magic", b"X", hq_ring)
    refused("packet.bad_magic", b"SHKPKT\n\r", hq_ring)


def test_a_prefix_of_the_magic_is_truncated_not_foreign(hq_ring: KeyRing) -> None:
    refused("packet.truncated", MAGIC[:3], hq_ring)


@pytest.mark.parametrize("major", [0, 2, 255])
def test_unknown_major_version(hq_ring: KeyRing, major: int) -> None:
    err = refused("packet.unsupported_version", resign(records_packet(), POST, major=major),
                  hq_ring)
    assert f"{major}.0" in str(err)


def test_newer_minor_version_is_read_and_its_new_fields_kept(hq_ring: KeyRing) -> None:
    def future(head: dict[str, object]) -> None:
        head["priority"] = "high"

    opened = hq_open(resign(records_packet(), POST, future, minor=7), hq_ring)
    assert opened.format_minor == 7
    assert opened.header.extra == {"priority": "high"}
    assert opened.records.records == [record()]


def test_unknown_field_in_the_current_minor_is_refused(hq_ring: KeyRing) -> None:
    def future(head: dict[str, object]) -> None:
        head["priority"] = "high"

    err = refused("packet.bad_header", resign(records_packet(), POST, future), hq_ring)
    assert "priority" in str(err)


def test_header_length_over_the_cap(hq_ring: KeyRing) -> None:
    fake = PREAMBLE.pack(MAGIC, 1, 0, POST.public.key_id, MAX_HEADER_BYTES + 1)
    refused("packet.header_too_large", fake + bytes(MAX_HEADER_BYTES + 200), hq_ring)


def test_a_signed_header_over_the_cap(hq_ring: KeyRing) -> None:
    def pad(head: dict[str, object]) -> None:
        head["padding"] = "x" * MAX_HEADER_BYTES

    refused("packet.header_too_large", resign(records_packet(), POST, pad, minor=1), hq_ring)


def test_file_over_the_size_cap(hq_ring: KeyRing, monkeypatch: pytest.MonkeyPatch) -> None:
    packet = records_packet()
    monkeypatch.setattr(container, "MAX_PACKET_BYTES", len(packet) - 1)
    refused("packet.too_large", packet, hq_ring)


# --- keys ----------------------------------------------------------------------------------------
def test_unenrolled_key_claiming_an_enrolled_posts_code(hq_ring: KeyRing) -> None:
    packet = records_packet(signer=STRANGER)
    assert verify_only(packet, KeyRing([STRANGER.public])).header.sender == "KZ-P001"
    err = refused("packet.unknown_key", packet, hq_ring)
    assert STRANGER.public.fingerprint() in str(err)


def test_revoked_key(hq_ring: KeyRing) -> None:
    hq_ring.revoke(POST.public.key_id)
    refused("packet.revoked_key", records_packet(), hq_ring)
    # A trust callback that only answers None gives the generic refusal.
    refused("packet.unknown_key", records_packet(), lambda key_id: None)  # type: ignore[arg-type]


def test_a_trust_callback_answering_for_another_key_is_not_believed() -> None:
    with pytest.raises(PacketError) as caught:
        hq_open(records_packet(), lambda key_id: OTHER_POST.public)  # type: ignore[arg-type]
    assert caught.value.msgid == "packet.unknown_key"


def test_enrolled_key_speaking_for_another_post(hq_ring: KeyRing) -> None:
    def other_post(head: dict[str, object]) -> None:
        head["sender"] = "KZ-P002"

    refused("packet.sender_mismatch", resign(records_packet(), POST, other_post), hq_ring)


def test_header_fingerprint_must_be_the_signers(hq_ring: KeyRing) -> None:
    def other_fingerprint(head: dict[str, object]) -> None:
        head["sender_fingerprint"] = OTHER_POST.public.fingerprint()

    refused("packet.sender_mismatch", resign(records_packet(), POST, other_fingerprint), hq_ring)


def test_a_post_cannot_sign_an_acknowledgement() -> None:
    def as_post(head: dict[str, object]) -> None:
        head["sender"] = POST.public.code
        head["sender_fingerprint"] = POST.public.fingerprint()

    forged = resign(ack_packet(), POST, as_post)
    with pytest.raises(PacketError) as caught:
        open_packet(forged, KeyRing([POST.public, HQ.public]), [POST], expect_kind="ack",
                    expect_recipient_id="KZ-P001")
    assert caught.value.msgid == "packet.wrong_signer_role"


def test_signature_by_another_enrolled_key(hq_ring: KeyRing) -> None:
    packet = bytearray(records_packet())
    packet[10:42] = OTHER_POST.public.key_id
    refused("packet.bad_signature", bytes(packet), hq_ring)


# --- header checks -------------------------------------------------------------------------------
def test_packet_for_another_hq(hq_ring: KeyRing) -> None:
    err = refused("packet.wrong_recipient", records_packet(hq=OTHER_HQ), hq_ring)
    assert "HQ-LT" in str(err)


def test_wrong_kind(hq_ring: KeyRing) -> None:
    refused("packet.wrong_kind", records_packet(), hq_ring, kind="ack")


def test_body_encrypted_to_someone_else(hq_ring: KeyRing) -> None:
    def to_us(head: dict[str, object]) -> None:
        head["recipient_id"] = HQ_ID

    forged = resign(records_packet(hq=OTHER_HQ), POST, to_us)
    with pytest.raises(PacketError) as caught:
        open_packet(forged, hq_ring, [HQ], expect_kind="records", expect_recipient_id=HQ_ID)
    assert caught.value.msgid == "packet.not_for_us"


@pytest.mark.parametrize(("field", "value"), [
    ("seq", 0), ("seq", "1"), ("seq", True), ("seq", 1.0), ("prev_hash", "ab" * 32),
    ("format", "other"), ("kind", "photos"), ("created_at", "2026-11-20"),
    ("created_at", "2026-11-20T10:00:00"), ("created_at", "20261120T100000Z"),
    ("created_at", "2026-11-20 10:00:00Z"), ("recipients", []), ("body_length", -1),
    ("recipients", ["age1notarecipient"]), ("sender", "kz-p001"), ("recipient_id", ""),
    ("audit_head", {"seq": 1}), ("audit_head", {"seq": -1, "hash": "ab" * 32}),
    ("audit_head", None), ("body_sha256", "AB" * 32),
])
def test_malformed_header_fields(hq_ring: KeyRing, field: str, value: object) -> None:
    def set_field(head: dict[str, object]) -> None:
        head[field] = value

    refused("packet.bad_header", resign(records_packet(), POST, set_field), hq_ring)


def test_missing_audit_head_on_records_and_audit_head_on_acks(post_ring: KeyRing,
                                                              hq_ring: KeyRing) -> None:
    def drop(head: dict[str, object]) -> None:
        del head["audit_head"]

    refused("packet.bad_header", resign(records_packet(), POST, drop), hq_ring)

    def add(head: dict[str, object]) -> None:
        head["audit_head"] = {"seq": 1, "hash": "ab" * 32}

    with pytest.raises(PacketError) as caught:
        open_packet(resign(ack_packet(), HQ, add), post_ring, [POST], expect_kind="ack",
                    expect_recipient_id="KZ-P001")
    assert caught.value.msgid == "packet.bad_header"


def test_second_packet_needs_prev_hash(hq_ring: KeyRing) -> None:
    def second(head: dict[str, object]) -> None:
        head["seq"] = 2

    refused("packet.bad_header", resign(records_packet(), POST, second), hq_ring)


@pytest.mark.parametrize("raw", [
    b'{"seq":1,"seq":2}', b'{"seq":NaN}', b'{"seq":Infinity}', b'[[[[[[]]]]]]', b"\xff\xfe",
    b"not json", b"{}", b"[]", b'"text"',
])
def test_header_that_is_not_strict_json(hq_ring: KeyRing, raw: bytes) -> None:
    refused("packet.bad_header", resign(records_packet(), POST, header=raw), hq_ring)


def test_duplicate_key_is_named_in_the_refusal(hq_ring: KeyRing) -> None:
    err = refused("packet.bad_header", resign(records_packet(), POST, header=b'{"a":1,"a":2}'),
                  hq_ring)
    assert "json.duplicate_key" in str(err)


# --- body checks ---------------------------------------------------------------------------------
def test_appended_bytes(hq_ring: KeyRing) -> None:
    refused("packet.body_length", records_packet() + b"\0", hq_ring)


def test_altered_body(hq_ring: KeyRing) -> None:
    packet = bytearray(records_packet())
    packet[-1] ^= 1
    refused("packet.body_hash", bytes(packet), hq_ring)


def test_signed_body_that_is_not_age(hq_ring: KeyRing) -> None:
    refused("packet.not_age", resign(records_packet(), POST, body=b"plain text body"), hq_ring)


def test_signed_but_damaged_age_body(hq_ring: KeyRing) -> None:
    packet = records_packet()
    body = bytearray(packet[parse_preamble(packet).body_offset:])
    body[-5] ^= 0x40
    refused("packet.decrypt_failed", resign(packet, POST, body=bytes(body)), hq_ring)


def test_signed_age_body_with_a_broken_header_line(hq_ring: KeyRing) -> None:
    packet = records_packet()
    body = packet[parse_preamble(packet).body_offset:]
    broken = body.replace(b"-> X25519 ", b"-> X25519 !", 1)
    refused("packet.decrypt_failed", resign(packet, POST, body=broken), hq_ring)


# --- decrypting the body in memory --------------------------------------------------------------
AGE_CHUNK = 64 * 1024  # the plaintext of one age STREAM chunk


def sealed_to_hq(plain: bytes, before: bytes = b"") -> bytes:
    return before + pyrage.encrypt(plain, [x25519.Recipient.from_str(HQ.public.age_recipient)])


@pytest.mark.parametrize("size", [0, 1, AGE_CHUNK - 1, AGE_CHUNK, AGE_CHUNK + 1, 3 * AGE_CHUNK,
                                  3 * AGE_CHUNK + 77])
def test_decrypt_body_gives_every_byte_from_an_offset(size: int) -> None:
    plain = os.urandom(size)
    data = sealed_to_hq(plain, before=b"signed preamble and header")
    offset = len(b"signed preamble and header")
    assert container.decrypt_body(data, [HQ], offset=offset) == plain
    assert container.decrypt_body(data[offset:], [HQ]) == plain


@pytest.mark.parametrize("damage", ["cut_one_byte", "cut_last_chunk", "one_byte_more"])
def test_decrypt_body_refuses_a_cut_or_lengthened_age_file(damage: str) -> None:
    sealed = sealed_to_hq(os.urandom(3 * AGE_CHUNK + 77))
    damaged = {"cut_one_byte": sealed[:-1], "cut_last_chunk": sealed[:-(77 + 16)],
               "one_byte_more": sealed + b"\0"}[damage]
    with pytest.raises(PacketError) as caught:
        container.decrypt_body(damaged, [HQ])
    assert caught.value.msgid == "packet.decrypt_failed"


def test_decrypt_body_looks_for_age_at_the_offset() -> None:
    data = sealed_to_hq(b"body")
    with pytest.raises(PacketError) as caught:
        container.decrypt_body(b"x" + data, [HQ])
    assert caught.value.msgid == "packet.not_age"
    with pytest.raises(PacketError) as caught:
        container.decrypt_body(data, [HQ], offset=1)
    assert caught.value.msgid == "packet.not_age"
    with pytest.raises(PacketError) as caught:
        container.decrypt_body(data, [POST])
    assert caught.value.msgid == "packet.not_for_us"


# --- sealing refuses to make what a reader refuses -----------------------------------------------
def test_seal_refuses_mismatched_kinds_and_roles() -> None:
    with pytest.raises(ValueError, match="unknown packet kind"):
        seal("photos", b"", signer=POST, recipients=[], recipient_id=HQ_ID, seq=1,
             prev_hash=None)
    with pytest.raises(ValueError, match="signed by hq keys"):
        seal("ack", b"", signer=POST, recipients=[], recipient_id=HQ_ID, seq=1, prev_hash=None)
    with pytest.raises(ValueError, match="age X25519"):
        seal("records", b"", signer=POST, recipients=["age1nope"], recipient_id=HQ_ID, seq=1,
             prev_hash=None, audit_head=AUDIT_HEAD)


def test_seal_refuses_a_header_a_reader_would_refuse() -> None:
    with pytest.raises(PacketError) as caught:
        records_packet(seq=2, prev_hash=None)
    assert caught.value.msgid == "packet.bad_header"
    with pytest.raises(PacketError):
        seal("records", b"x", signer=POST, recipients=[HQ.public.age_recipient],
             recipient_id=HQ_ID, seq=1, prev_hash=None)  # no audit head


def test_seal_refuses_a_packet_over_the_size_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    # age adds a random-length "grease" stanza, so a fixed-size stand-in keeps sizes fixed
    def fixed(source: io.BytesIO, out: io.BytesIO, recipients: object) -> None:
        out.write(b"age-encryption.org/v1\n" + bytes(1000))

    monkeypatch.setattr("pyrage.encrypt_io", fixed)
    monkeypatch.setattr(container, "MAX_PACKET_BYTES", len(records_packet()) - 1)
    with pytest.raises(PacketError) as caught:
        records_packet()
    assert caught.value.msgid == "packet.too_large_to_write"
