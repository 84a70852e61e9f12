"""The decrypted body: manifest structure, strict JSON, caps and attachment bytes."""

from __future__ import annotations

import hashlib
import json
import struct
from typing import Any

import pytest

from shekara.errors import PacketError
from shekara.packets import payload
from shekara.packets.container import open_packet
from shekara.packets.keys import KeyRing
from shekara.packets.payload import (
    BODY_MAGIC,
    AckPayload,
    Attachment,
    RecordRef,
    RecordsPayload,
    Refusal,
    Tombstone,
    check_records,
    decode_body,
    decode_records,
    decode_refdata,
    encode_ack,
    encode_records,
    encode_refdata,
)

from .builders import HQ, HQ_ID, REFERENCE_FILES, record, records_packet


def frame(manifest: bytes | dict[str, Any], blobs: bytes = b"") -> bytes:
    raw = manifest if isinstance(manifest, bytes) else json.dumps(manifest).encode()
    return BODY_MAGIC + struct.pack(">I", len(raw)) + raw + blobs


def records_manifest(**changes: Any) -> dict[str, Any]:
    return {"kind": "records", "records": [record()], "tombstones": [], "attachments": [],
            **changes}


def bad_body(kind: str, body: bytes) -> str:
    with pytest.raises(PacketError) as caught:
        decode_body(kind, body)
    assert caught.value.msgid == "packet.bad_body", caught.value
    if kind == "records":  # the export's own check refuses it too, in the same words
        with pytest.raises(PacketError) as checked:
            check_records(body)
        assert (checked.value.msgid, str(checked.value)) == ("packet.bad_body",
                                                             str(caught.value))
    return str(caught.value)


# --- through a real packet: signed, encrypted, then refused on content ---------------------------
@pytest.mark.parametrize(("body", "reason"), [
    (frame(b'{"kind":"records","records":[],"records":[],"tombstones":[],"attachments":[]}'),
     "json.duplicate_key"),
    (frame(b'{"kind":"records","records":[{"version":NaN}],"tombstones":[],"attachments":[]}'),
     "json.not_a_number"),
    (frame(b'{"kind":"records","records":[' + b'[' * 40 + b']' * 40 + b'],"tombstones":[],'
           b'"attachments":[]}'), "json.too_deep"),
    (frame(records_manifest(attachments=[{"sha256": "00" * 32, "size": 3,
                                          "media_type": "image/png"}]), b"abc"),
     "does not match its SHA-256"),
])
def test_signed_packet_with_bad_content_is_refused(hq_ring: KeyRing, body: bytes,
                                                   reason: str) -> None:
    packet = records_packet(body=body)
    with pytest.raises(PacketError) as caught:
        open_packet(packet, hq_ring, [HQ], expect_kind="records", expect_recipient_id=HQ_ID)
    assert caught.value.msgid == "packet.bad_body"
    assert reason in str(caught.value)
    assert "Žukauskas" not in str(caught.value)


# --- framing -------------------------------------------------------------------------------------
@pytest.mark.parametrize("body", [b"", b"SHKBODY1", b"SHKBODY2" + bytes(4) + b"{}",
                                  BODY_MAGIC + struct.pack(">I", 100) + b"{}"])
def test_bad_framing(body: bytes) -> None:
    bad_body("records", body)


def test_manifest_length_over_the_cap() -> None:
    assert "larger than" in bad_body("records", BODY_MAGIC + struct.pack(">I", 2**32 - 1))


def test_manifest_of_another_kind() -> None:
    bad_body("records", frame({"kind": "ack"}))
    bad_body("ack", frame(records_manifest()))


def test_unknown_kind_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        decode_body("photos", frame({"kind": "photos"}))


# --- records -------------------------------------------------------------------------------------
def test_records_with_tombstones_and_attachments() -> None:
    blob = Attachment.of("image/png", b"\x89PNG...")
    body = encode_records([record()], [Tombstone(record(5)["id"], 2, "2026-11-01")], [blob])
    decoded = decode_body("records", body)
    assert isinstance(decoded, RecordsPayload)
    assert decoded.tombstones == [Tombstone(record(5)["id"], 2, "2026-11-01")]
    assert decoded.attachments == [blob]


def test_tombstones_alone_are_a_packet() -> None:
    body = encode_records([], [Tombstone(record()["id"], 1, "2026-11-01")])
    assert decode_records(body).tombstones


def test_nothing_to_send_is_refused() -> None:
    bad_body("records", frame(records_manifest(records=[])))


@pytest.mark.parametrize(("changes", "reason"), [
    ({"status": "draft"}, "status"),
    ({"id": "not-a-uuid"}, "records[0].id"),
    ({"id": record()["id"].upper()}, "records[0].id"),
    ({"version": 0}, "records[0].version"),
    ({"version": "1"}, "records[0].version"),
    ({"kind": "smuggling"}, "records[0].kind"),
])
def test_record_structure(changes: dict[str, Any], reason: str) -> None:
    assert reason in bad_body("records", frame(records_manifest(records=[record(**changes)])))


def test_record_without_id() -> None:
    rec = record()
    del rec["id"]
    assert "lacks id" in bad_body("records", frame(records_manifest(records=[rec])))


def test_same_record_version_twice() -> None:
    assert "repeats" in bad_body("records", frame(records_manifest(records=[record(), record()])))


def test_record_may_carry_any_further_fields() -> None:
    rec = record(created_by="officer1", approved_by="supervisor1", retain_until="2031-11-20")
    assert decode_records(frame(records_manifest(records=[rec]))).records == [rec]


@pytest.mark.parametrize("tombstone", [
    {"id": "6f1c7a52-3f0e-4d8b-9a53-0c2b7e9d1a11", "version": 1, "purged_on": "2026-13-01"},
    {"id": "6f1c7a52-3f0e-4d8b-9a53-0c2b7e9d1a11", "version": 1, "purged_on": "20261101"},
    {"id": "6f1c7a52-3f0e-4d8b-9a53-0c2b7e9d1a11", "version": 1},
    {"id": "6f1c7a52-3f0e-4d8b-9a53-0c2b7e9d1a11", "version": 1, "purged_on": "2026-11-01",
     "name": "x"},
])
def test_tombstone_structure(tombstone: dict[str, Any]) -> None:
    bad_body("records", frame(records_manifest(tombstones=[tombstone])))


def test_caps_on_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(payload, "MAX_RECORDS", 2)
    three = [record(0), record(1), record(2)]
    assert "more than 2" in bad_body("records", frame(records_manifest(records=three)))
    monkeypatch.setattr(payload, "MAX_ATTACHMENTS", 0)
    entry = {"sha256": "00" * 32, "size": 0, "media_type": "text/plain"}
    bad_body("records", frame(records_manifest(attachments=[entry])))


def test_cap_on_manifest_depth(monkeypatch: pytest.MonkeyPatch) -> None:
    deep: Any = "leaf"
    for _ in range(payload.MAX_MANIFEST_DEPTH):
        deep = [deep]
    assert "json.too_deep" in bad_body("records", frame(records_manifest(
        records=[record(narrative=deep)])))


# --- attachments ---------------------------------------------------------------------------------
def entry(data: bytes, media_type: str = "image/jpeg") -> dict[str, Any]:
    return {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data),
            "media_type": media_type}


def test_attachment_bytes_must_add_up() -> None:
    manifest = records_manifest(attachments=[entry(b"abc")])
    bad_body("records", frame(manifest, b"ab"))
    bad_body("records", frame(manifest, b"abcd"))
    assert decode_records(frame(manifest, b"abc")).attachments[0].data == b"abc"


def test_check_records_accepts_what_decode_records_accepts() -> None:
    blobs = [Attachment.of("image/png", b"\x89PNG..."), Attachment.of("image/jpeg", b"")]
    body = encode_records([record()], [Tombstone(record(5)["id"], 2, "2026-11-01")], blobs)
    assert decode_records(body).attachments == blobs
    assert check_records(body) is None


def test_attachments_in_the_wrong_order_are_refused() -> None:
    manifest = records_manifest(attachments=[entry(b"first"), entry(b"second")])
    # same total size, so only the hashes can tell
    assert "attachments[0]" in bad_body("records", frame(manifest, b"second" + b"first"))


def test_attachment_listed_twice() -> None:
    manifest = records_manifest(attachments=[entry(b"abc"), entry(b"abc")])
    assert "twice" in bad_body("records", frame(manifest, b"abcabc"))


@pytest.mark.parametrize("bad", [
    {"media_type": "image"}, {"media_type": "IMAGE/JPEG"}, {"size": -1}, {"size": 1.0},
    {"sha256": "zz" * 32}, {"name": "passport.jpg"},
])
def test_attachment_entry_structure(bad: dict[str, Any]) -> None:
    item = {**entry(b"a"), **bad}
    bad_body("records", frame(records_manifest(attachments=[item]), b"a"))


def test_cap_on_attachment_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(payload, "MAX_ATTACHMENT_BYTES", 4)
    manifest = records_manifest(attachments=[entry(b"abc"), entry(b"de")])
    assert "in all" in bad_body("records", frame(manifest, b"abcde"))


# --- acknowledgements ----------------------------------------------------------------------------
ACK = AckPayload(post="KZ-P001", acks=[RecordRef(record()["id"], 1)],
                 duplicates=[RecordRef(record()["id"], 1)],
                 refused=[Refusal(4, "packet.fork")], imported_through=3, gaps=[5, 6],
                 held=[7])


def test_ack_round_trip() -> None:
    assert decode_body("ack", encode_ack(ACK)) == ACK


def ack_manifest(**changes: Any) -> dict[str, Any]:
    manifest: dict[str, Any] = json.loads(encode_ack(ACK)[12:])
    return {**manifest, **changes}


@pytest.mark.parametrize("changes", [
    {"gaps": [6, 5]}, {"gaps": [5, 5]}, {"gaps": [3]}, {"held": [5]}, {"imported_through": -1},
    {"refused": [{"packet_seq": 0, "reason": "packet.fork"}]},
    {"refused": [{"packet_seq": 4, "reason": "Forked! by Ivanov"}]},
    {"acks": [{"id": "x", "version": 1}]}, {"post": "kz"}, {"extra": []},
])
def test_ack_structure(changes: dict[str, Any]) -> None:
    bad_body("ack", frame(ack_manifest(**changes)))


def test_ack_with_bytes_after_the_manifest() -> None:
    assert "follow" in bad_body("ack", frame(ack_manifest(), b"x"))


# --- reference data ------------------------------------------------------------------------------
def test_refdata_round_trip() -> None:
    assert decode_refdata(encode_refdata(REFERENCE_FILES)).files == REFERENCE_FILES


def test_refdata_needs_every_file_and_a_matching_version() -> None:
    files = dict(REFERENCE_FILES)
    del files["labels"]
    bad_body("refdata", frame({"kind": "refdata", "version": 7, "files": files}))
    bad_body("refdata", frame({"kind": "refdata", "version": 8, "files": REFERENCE_FILES}))
    broken = {**REFERENCE_FILES, "checkpoints": [{"code": "X"}]}
    assert "reference.malformed" in bad_body(
        "refdata", frame({"kind": "refdata", "version": 7, "files": broken}))


# --- encoders write only what decoders read ------------------------------------------------------
def test_encoders_refuse_what_a_reader_refuses(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(PacketError) as caught:
        encode_records([record(status="draft")])
    assert caught.value.msgid == "packet.bad_body"
    with pytest.raises(PacketError) as caught:
        encode_records([record(quantity=float("nan"))])
    assert caught.value.msgid == "packet.unwritable"
    with pytest.raises(PacketError):
        encode_refdata({**REFERENCE_FILES, "meta": "v7"})
    monkeypatch.setattr(payload, "MAX_MANIFEST_BYTES", 100)
    with pytest.raises(PacketError) as caught:
        encode_records([record()])
    assert caught.value.msgid == "packet.manifest_too_large"


@pytest.mark.parametrize("purged_on", ["2026-W45-1", "2026-02-30", "2026-1-01", 20261101])
def test_tombstone_dates_have_one_spelling(purged_on: Any) -> None:
    item = {"id": record()["id"], "version": 1, "purged_on": purged_on}
    bad_body("records", frame(records_manifest(tombstones=[item])))


def test_refusals_never_repeat_content() -> None:
    """Key names in a decrypted body are the sender's text: only field-like names are shown."""
    name = "Žukauskas Tomas 1988"
    dup = frame(b'{"kind":"records","records":[{"' + name.encode() + b'":1,"' +
                name.encode() + b'":2}],"tombstones":[],"attachments":[]}')
    message = bad_body("records", dup)
    assert "json.duplicate_key" in message and "Žukauskas" not in message
    unknown = frame(records_manifest(tombstones=[{"id": record()["id"], "version": 1,
                                                  "purged_on": "2026-11-01", name: 1}]))
    message = bad_body("records", unknown)
    assert "unknown field" in message and "Žukauskas" not in message
    assert "'extra'" in bad_body("ack", frame(ack_manifest(extra=1)))
