"""Write the packet-format test vectors: TEST KEYS ONLY, never for a real post or HQ.

    .venv/bin/python tools/make_packet_vectors.py                # writes tests/packets/vectors/
    .venv/bin/python tools/make_packet_vectors.py --out DIR      # writes DIR

The keys come from fixed seeds, so they are the same on every run. The packets are not: age
encryption is randomised (a fresh ephemeral key and file key each time, and a random "grease"
stanza), so a packet is a file made once and committed with its expected verdicts
(`verdicts.json`). Re-running this tool makes different but equally valid packets; commit them
together with the new verdicts, never one without the other. tests/packets/test_vectors.py
checks the committed files, and checks that this tool's fresh output gets the same verdicts.

Another implementation can use the vectors by: loading the readers' keys named in
`verdicts.json` (`*.private.json` as in docs/packet-format.md, or `*.age-identity.txt` for age),
trusting the key files each reader lists minus the revoked ones, opening every packet as its
case says, and comparing accept/refuse (and, for a refusal, the message id if it keeps them).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import struct
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from shekara.domain.strictjson import canonical_json
from shekara.packets.container import (
    MAGIC,
    MAX_HEADER_BYTES,
    PREAMBLE,
    AuditHead,
    parse_preamble,
    seal,
)
from shekara.packets.enrollment import make_enrollment, make_hq_keys, make_rotation
from shekara.packets.exchange import (
    Correction,
    ExchangePayload,
    FollowUp,
    Letter,
    Receipts,
    RequestWithdrawal,
    Signatory,
    encode_exchange,
    format_minor,
)
from shekara.packets.keys import PrivateKeys
from shekara.packets.payload import (
    BODY_MAGIC,
    AckPayload,
    Attachment,
    RecordRef,
    Refusal,
    Tombstone,
    encode_ack,
    encode_records,
    encode_refdata,
)

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "tests" / "packets" / "vectors"
CREATED = "2026-11-20T10:00:00Z"
WARNING = ("TEST ONLY. These keys are published test vectors: anyone can sign and decrypt "
           "with them. Never enroll them, never use them for real data.")


def test_keys(name: str, code: str, party: str, role: str) -> PrivateKeys:
    seed = hashlib.sha256(b"shekara packet format test vector\0" + name.encode()).digest()
    return PrivateKeys.from_seed(seed, code, party, role, created_at=CREATED)


HQ = test_keys("hq-KZ", "HQ-KZ", "KZ", "hq")
HQ_LT = test_keys("hq-LT", "HQ-LT", "LT", "hq")
POST = test_keys("post-KZ-P001", "KZ-P001", "KZ", "post")
POST_ROTATED = test_keys("post-KZ-P001-rotated", "KZ-P001", "KZ", "post")
REVOKED = test_keys("post-KZ-P003", "KZ-P003", "KZ", "post")
STRANGER = test_keys("stranger-KZ-P001", "KZ-P001", "KZ", "post")

RECORDS: list[dict[str, Any]] = [
    {"id": "00000000-0000-4000-8000-000000000001", "version": 1, "status": "approved",
     "kind": "border_violation", "occurred_at": "2026-11-19T03:10:00+05:00",
     "place": {"checkpoint": None, "description": "TEST VECTOR: green border, marker 12",
               "lat": None, "lon": None},
     "narrative": "TEST VECTOR. A fictitious person crossed on foot.",
     "persons": [{"role": "violator", "surname": "Testov", "given_names": "Test",
                  "patronymic": "", "birth_date": "1990", "sex": "unknown",
                  "citizenship": ["XXX"], "documents": []}],
     "direction": "entry", "section": "green", "method": "on_foot", "detected_by": "patrol",
     "outcome": "detained", "case_number": "",
     "handling": {"confidential": True, "third_party": "consent_required",
                  "legal_hold": False, "note": ""},
     "links": [], "attachments": [{"name": "photo.jpg", "media_type": "image/jpeg",
                                   "sha256": hashlib.sha256(b"TEST VECTOR photo").hexdigest(),
                                   "size": 17}]},
    {"id": "00000000-0000-4000-8000-000000000002", "version": 2, "status": "withdrawn",
     "kind": "drug_intel", "narrative": "TEST VECTOR. Withdrawn: entered twice.",
     "topics": ["route"], "links": [], "attachments": []},
]
PHOTO = Attachment.of("image/jpeg", b"TEST VECTOR photo")


def names(en: str) -> dict[str, str]:
    return {"kk": en, "lt": en, "ru": en, "en": en}


REFERENCE = {
    "meta": {"version": 2, "issued_on": "2026-11-01", "issued_by": "HQ-KZ"},
    "countries": {"KAZ": {"alpha2": "KZ", "names": names("Kazakhstan")}},
    "checkpoints": [], "substances": [], "authorities": [],
    "retention": {"KZ": {"drug_intel": {"retain_years": 5, "review_months": 12}}},
    "labels": {},
}


def resign(packet: bytes, signer: PrivateKeys, changes: dict[str, Any] | None = None, *,
           minor: int = 0, body: bytes | None = None, header: bytes | None = None) -> bytes:
    """A packet the library would refuse to make: header changed, body swapped, re-signed."""
    pre = parse_preamble(packet)
    head = json.loads(packet[pre.header_offset:pre.signature_offset])
    sealed = packet[pre.body_offset:] if body is None else body
    head.update(body_sha256=hashlib.sha256(sealed).hexdigest(), body_length=len(sealed))
    head.update(changes or {})
    raw = canonical_json(head) if header is None else header
    signed = PREAMBLE.pack(MAGIC, 1, minor, signer.public.key_id, len(raw)) + raw
    return signed + signer.sign(signed) + sealed


def flip(packet: bytes, index: int) -> bytes:
    out = bytearray(packet)
    out[index] ^= 0x01
    return bytes(out)


def records_packet(body: bytes, *, seq: int = 1, prev: str | None = None,
                   signer: PrivateKeys = POST, hq: PrivateKeys = HQ) -> bytes:
    return seal("records", body, signer=signer, recipients=[hq.public.age_recipient],
                recipient_id=hq.public.code, seq=seq, prev_hash=prev,
                audit_head=AuditHead(17, hashlib.sha256(b"TEST VECTOR audit").hexdigest()),
                created_at=CREATED)


def raw_body(manifest: bytes) -> bytes:
    return BODY_MAGIC + struct.pack(">I", len(manifest)) + manifest


def build(out: Path) -> None:
    if out.exists():
        if any(out.iterdir()) and not (out / "verdicts.json").exists():
            raise SystemExit(f"{out} is not empty and holds no vectors: not replacing it")
        shutil.rmtree(out)
    (out / "keys").mkdir(parents=True)
    (out / "packets").mkdir()

    def key_file(name: str, data: bytes | str) -> str:
        path = out / "keys" / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode())
        return f"keys/{name}"

    for keys, name in ((HQ, "hq-KZ"), (HQ_LT, "hq-LT"), (POST, "post-KZ-P001"),
                       (POST_ROTATED, "post-KZ-P001-rotated"), (REVOKED, "post-KZ-P003"),
                       (STRANGER, "stranger-KZ-P001")):
        key_file(f"{name}.private.json", keys.to_private_json())
        key_file(f"{name}.age-identity.txt", f"# {WARNING}\n{keys.age_secret}\n")
    files = {
        "hq_keys": key_file("hq-KZ.hq-keys.json", make_hq_keys(HQ)),
        "enrollment": key_file("post-KZ-P001.enrollment.json", make_enrollment(POST)),
        "revoked": key_file("post-KZ-P003.enrollment.json", make_enrollment(REVOKED)),
        "stranger": key_file("stranger-KZ-P001.enrollment.json", make_enrollment(STRANGER)),
        "rotation": key_file("post-KZ-P001.rotation.json", make_rotation(
            POST, POST_ROTATED, last_sequences={"records": 2}, created_at=CREATED)),
    }
    files["hq_lt_keys"] = key_file("hq-LT.hq-keys.json", make_hq_keys(HQ_LT))
    files["empty"] = key_file("empty.enrollment.json", b"")
    files["not_json"] = key_file("not-json.enrollment.json", b"code: KZ-P001\n")
    enrollment = json.loads(make_enrollment(POST))
    enrollment["key"]["code"] = "KZ-P002"
    # the fingerprint a forger would write, so that only the signature can tell
    enrollment["fingerprint"] = replace(POST.public, code="KZ-P002").fingerprint()
    files["enrollment_recoded"] = key_file("tampered-recoded.enrollment.json", json.dumps(
        enrollment, indent=2))
    rotation = json.loads((out / files["rotation"]).read_bytes())
    rotation["last_sequences"] = {"records": 200}
    files["rotation_tampered"] = key_file("tampered.rotation.json", json.dumps(rotation,
                                                                              indent=2))

    body = encode_records(RECORDS, [Tombstone("00000000-0000-4000-8000-0000000000ff", 1,
                                              "2026-11-01")], [PHOTO])
    first = records_packet(body)
    second = records_packet(encode_records(RECORDS[1:]), seq=2,
                            prev=hashlib.sha256(first).hexdigest())
    ack = AckPayload(post="KZ-P001", acks=[RecordRef(r["id"], r["version"]) for r in RECORDS],
                     duplicates=[], refused=[Refusal(3, "packet.fork")], imported_through=2,
                     gaps=[4], held=[5])
    ack_packet = seal("ack", encode_ack(ack), signer=HQ, recipients=[POST.public.age_recipient],
                      recipient_id="KZ-P001", seq=1, prev_hash=None, created_at=CREATED)
    refdata = seal("refdata", encode_refdata(REFERENCE), signer=HQ,
                   recipients=[POST.public.age_recipient], recipient_id="KZ-P001", seq=1,
                   prev_hash=None, created_at=CREATED)
    letter = ExchangePayload(
        from_party="LT", to_party="KZ",
        letter=Letter("HQ-LT/2026/000012", "2026-12-05",
                      Signatory("Rūta Jankauskienė", "Direktorė", "pulkininkė")),
        corrections=[Correction("00000000-0000-4000-8000-0000000000aa", 1, "withdrawn",
                                "record.withdrawn")],
        receipts=Receipts(3, ((5, 6),), ((7, 7),)))
    exchange = seal("exchange", encode_exchange(letter), signer=HQ_LT,
                    recipients=[HQ.public.age_recipient], recipient_id="HQ-KZ", seq=1,
                    prev_hash=None, created_at=CREATED)
    letter_1_2 = replace(
        letter, letter=Letter("HQ-LT/2026/000013", "2026-12-06", letter.letter.signed_by),
        corrections=[], receipts=Receipts(3),
        follow_ups=[FollowUp("00000000-0000-4000-8000-0000000000b1",
                             "00000000-0000-4000-8000-0000000000c1", "HQ-LT/2026/000014",
                             "2026-12-06", "Prašome nurodyti gimimo datą.",
                             {"ru": {"text": "Просим указать дату рождения."}})],
        request_withdrawals=[RequestWithdrawal("00000000-0000-4000-8000-0000000000c2",
                                               "2026-12-06", "Asmuo jau sulaikytas.", {})])
    exchange_1_2 = seal("exchange", encode_exchange(letter_1_2), signer=HQ_LT,
                        recipients=[HQ.public.age_recipient], recipient_id="HQ-KZ", seq=2,
                        prev_hash=hashlib.sha256(exchange).hexdigest(), created_at=CREATED,
                        format_minor=format_minor(letter_1_2))
    pre = parse_preamble(first)
    sealed = first[pre.body_offset:]
    deep = b'{"kind":"records","records":[{"id":"00000000-0000-4000-8000-000000000001",' \
           b'"version":1,"kind":"drug_intel","status":"approved","narrative":' + \
           b"[" * 40 + b"]" * 40 + b'}],"tombstones":[],"attachments":[]}'
    wrong_hash = json.loads(body[12:12 + struct.unpack(">I", body[8:12])[0]])
    wrong_hash["attachments"][0]["sha256"] = "00" * 32

    (out / "packets" / "valid-records-1.body.bin").write_bytes(body)
    cases: list[dict[str, Any]] = []

    def case(name: str, data: bytes, outcome: str, *, reader: str = "hq",
             kind: str = "records", msgid: str | None = None, note: str = "",
             **expected: Any) -> None:
        path = out / "packets" / f"{name}.shk"
        path.write_bytes(data)
        entry: dict[str, Any] = {"file": f"packets/{name}.shk", "reader": reader,
                                 "expect_kind": kind, "outcome": outcome, "note": note}
        if msgid:
            entry["msgid"] = msgid
        entry.update(expected)
        cases.append(entry)

    def accept(name: str, data: bytes, note: str, **kw: Any) -> None:
        case(name, data, "accept", note=note, packet_sha256=hashlib.sha256(data).hexdigest(),
             body_offset=parse_preamble(data).body_offset, **kw)

    accept("valid-records-1", first, "two records, one tombstone, one attachment; its "
           "plaintext body is valid-records-1.body.bin", seq=1, records=2, tombstones=1,
           attachments=1, body_sha256_plain=hashlib.sha256(body).hexdigest())
    accept("valid-records-2", second, "seq 2; prev_hash is the SHA-256 of valid-records-1.shk",
           seq=2, records=1, tombstones=0, attachments=0)
    accept("valid-ack", ack_packet, "HQ's acknowledgement, read by the post", reader="post",
           kind="ack", seq=1)
    accept("valid-refdata", refdata, "HQ's reference data, read by the post", reader="post",
           kind="refdata", seq=1)
    accept("valid-exchange", exchange, "HQ-LT's letter to HQ-KZ (format 1.1): one correction "
           "and receipts; read by HQ-KZ trusting HQ-LT as its partner", reader="partner",
           kind="exchange", seq=1)
    accept("valid-exchange-1.2", exchange_1_2, "HQ-LT's next letter (format 1.2): a follow-up "
           "question and a withdrawal of a request; read by HQ-KZ", reader="partner",
           kind="exchange", seq=2, follow_ups=1, request_withdrawals=1)
    accept("newer-minor", resign(first, POST, {"future_field": [1, 2]}, minor=3),
           "format 1.3 with a header field this reader does not know: read", seq=1, records=2,
           tombstones=1, attachments=1)

    def refuse(name: str, data: bytes, msgid: str, note: str, **kw: Any) -> None:
        case(name, data, "refuse", msgid=msgid, note=note, **kw)

    refuse("empty", b"", "packet.empty", "an empty file")
    refuse("bad-magic", b"PK\x03\x04" + first[4:], "packet.bad_magic", "a zip's magic")
    refuse("major-2", first[:8] + b"\x02" + first[9:], "packet.unsupported_version",
           "format 2.0")
    refuse("flipped-minor", flip(first, 9), "packet.bad_signature", "the minor byte is signed")
    refuse("flipped-key-id", flip(first, 20), "packet.unknown_key", "a key id nobody knows")
    refuse("flipped-header", flip(first, 60), "packet.bad_signature", "a header byte")
    refuse("flipped-signature", flip(first, pre.signature_offset + 5), "packet.bad_signature",
           "a signature byte")
    refuse("flipped-body", flip(first, pre.body_offset + 40), "packet.body_hash",
           "an encrypted body byte")
    refuse("truncated-preamble", first[:30], "packet.truncated", "cut inside the preamble")
    refuse("truncated-header", first[:pre.signature_offset], "packet.truncated",
           "cut before the signature")
    refuse("truncated-body", first[:-1], "packet.body_length", "last byte missing")
    refuse("appended", first + b"\n", "packet.body_length", "one byte appended")
    refuse("header-too-large", PREAMBLE.pack(MAGIC, 1, 0, POST.public.key_id,
                                             MAX_HEADER_BYTES + 1), "packet.header_too_large",
           "header length field over 64 KiB")
    refuse("unknown-key", records_packet(body, signer=STRANGER), "packet.unknown_key",
           "signed by an unenrolled key claiming KZ-P001's code")
    refuse("revoked-key", records_packet(encode_records(RECORDS[:1]), signer=REVOKED),
           "packet.revoked_key", "signed by KZ-P003's key, enrolled then revoked")
    refuse("sender-mismatch", resign(first, POST, {"sender": "KZ-P003"}),
           "packet.sender_mismatch", "KZ-P001's key speaking for KZ-P003")
    refuse("sender-not-recipient", resign(first, POST, {"recipients": [
        HQ.public.age_recipient]}), "packet.sender_not_recipient",
        "the body is not encrypted to the sender's own key (its recipients list leaves it out)")
    refuse("exchange-in-1.0", resign(exchange, HQ_LT, minor=0), "packet.bad_header",
           "an exchange packet claiming format 1.0", reader="partner", kind="exchange")
    refuse("exchange-1.2-as-1.1", resign(exchange_1_2, HQ_LT, minor=1), "packet.bad_body",
           "a 1.2 letter whose preamble says 1.1: follow_ups is a 1.2 field", reader="partner",
           kind="exchange")
    refuse("unknown-field", resign(first, POST, {"future_field": 1}), "packet.bad_header",
           "a header field unknown to format 1.0 in a 1.0 packet")
    refuse("duplicate-key-header", resign(first, POST, header=b'{"kind":"records",'
                                          b'"kind":"ack"}'), "packet.bad_header",
           "a header naming a key twice")
    refuse("wrong-recipient", records_packet(body, hq=HQ_LT), "packet.wrong_recipient",
           "a packet for HQ-LT")
    refuse("not-for-us", resign(records_packet(body, hq=HQ_LT), POST,
                                {"recipient_id": "HQ-KZ"}), "packet.not_for_us",
           "names HQ-KZ but is encrypted to HQ-LT and the post only")
    refuse("wrong-kind", first, "packet.wrong_kind", "a records packet where an ack is "
           "expected", reader="hq", kind="ack")
    refuse("post-signed-ack", resign(ack_packet, POST, {
        "sender": "KZ-P001", "sender_fingerprint": POST.public.fingerprint()}),
        "packet.wrong_signer_role", "an acknowledgement signed by a post key", reader="post",
        kind="ack")
    refuse("not-age", resign(first, POST, body=b"plaintext is not age"), "packet.not_age",
           "a signed body that is not an age file")
    refuse("damaged-age", resign(first, POST, body=flip(sealed, len(sealed) - 3)),
           "packet.decrypt_failed", "a signed age file whose ciphertext is damaged")
    for name, manifest, note in (
            ("nan-manifest", b'{"kind":"records","records":[{"version":NaN}],'
                             b'"tombstones":[],"attachments":[]}', "NaN in the manifest"),
            ("duplicate-key-manifest", b'{"kind":"records","kind":"records","records":[],'
                                       b'"tombstones":[],"attachments":[]}',
             "a key named twice in the manifest"),
            ("deep-manifest", deep, "nesting 40 levels deeper than a record"),
            ("attachment-hash", canonical_json(wrong_hash), "an attachment whose bytes do not "
             "match its SHA-256")):
        blobs = PHOTO.data if name == "attachment-hash" else b""
        refuse(name, records_packet(raw_body(manifest) + blobs), "packet.bad_body", note)

    key_cases = [
        {"file": files["hq_keys"], "type": "hq-keys", "outcome": "accept",
         "fingerprint": HQ.public.fingerprint()},
        {"file": files["enrollment"], "type": "enrollment", "outcome": "accept",
         "fingerprint": POST.public.fingerprint()},
        {"file": files["enrollment_recoded"], "type": "enrollment", "outcome": "refuse",
         "msgid": "packet.bad_key_signature", "note": "code changed, fingerprint updated"},
        {"file": files["rotation"], "type": "rotation", "pinned": files["enrollment"],
         "outcome": "accept", "fingerprint": POST_ROTATED.public.fingerprint()},
        {"file": files["rotation_tampered"], "type": "rotation", "pinned": files["enrollment"],
         "outcome": "refuse", "msgid": "packet.bad_key_signature",
         "note": "last_sequences changed after signing"},
        {"file": files["rotation"], "type": "rotation", "pinned": files["revoked"],
         "outcome": "refuse", "msgid": "packet.rotation_wrong_key",
         "note": "a rotation checked against another post's pinned key"},
        {"file": files["empty"], "type": "enrollment", "outcome": "refuse",
         "msgid": "packet.empty_key_file", "note": "an empty file"},
        {"file": files["not_json"], "type": "enrollment", "outcome": "refuse",
         "msgid": "packet.bad_key_file", "note": "not JSON"},
        {"file": files["hq_keys"], "type": "enrollment", "outcome": "refuse",
         "msgid": "packet.wrong_key_file", "note": "HQ's keys file where an enrollment is read"},
        {"file": files["hq_lt_keys"], "type": "hq-keys", "outcome": "accept",
         "fingerprint": HQ_LT.public.fingerprint()},
    ]
    verdicts = {
        "warning": WARNING,
        "format": "shekara-packet 1.1; see docs/packet-format.md",
        "readers": {
            "hq": {"identity": "keys/hq-KZ.private.json", "recipient_id": "HQ-KZ",
                   "trusted": [files["enrollment"], files["revoked"]],
                   "revoked": [files["revoked"]]},
            # a post trusts its pinned HQ key, and its own key to read back what it wrote
            "post": {"identity": "keys/post-KZ-P001.private.json", "recipient_id": "KZ-P001",
                     "trusted": [files["hq_keys"], files["enrollment"]], "revoked": []},
            # HQ-KZ reading its partner's letters: it trusts HQ-LT's keys
            "partner": {"identity": "keys/hq-KZ.private.json", "recipient_id": "HQ-KZ",
                        "trusted": [files["hq_lt_keys"]], "revoked": []},
        },
        "packets": cases,
        "key_files": key_cases,
    }
    (out / "verdicts.json").write_text(json.dumps(verdicts, indent=1, ensure_ascii=False) + "\n")
    (out / "README.md").write_text(
        f"# Packet format test vectors\n\n**{WARNING}**\n\n"
        "Made by `tools/make_packet_vectors.py`; the format is in `docs/packet-format.md`; "
        "`verdicts.json` says how each file must be read and what must come of it.\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    build(args.out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
