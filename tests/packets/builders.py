"""Keys, records and packets for the packet tests, all from fixed seeds.

`resign` makes the packets the library refuses to make: headers that lie, other versions,
foreign bodies, signed by any key — what an attacker with a key, or a buggy other
implementation, could hand HQ.
"""

from __future__ import annotations

import copy
import hashlib
import json
import uuid
from collections.abc import Callable
from typing import Any

from shekara.domain.strictjson import canonical_json
from shekara.packets.container import MAGIC, PREAMBLE, AuditHead, parse_preamble, seal
from shekara.packets.keys import PrivateKeys
from shekara.packets.payload import AckPayload, Attachment, RecordRef, encode_ack, encode_records

CREATED = "2026-11-20T10:00:00Z"
HQ_ID = "HQ-KZ"
AUDIT_HEAD = AuditHead(42, "ab" * 32)


def keys(name: str, code: str, role: str, party: str = "KZ") -> PrivateKeys:
    seed = hashlib.sha256(b"shekara packet tests " + name.encode()).digest()
    return PrivateKeys.from_seed(seed, code, party, role, created_at=CREATED)


HQ = keys("hq", HQ_ID, "hq")
OTHER_HQ = keys("other hq", "HQ-LT", "hq", "LT")
POST = keys("post", "KZ-P001", "post")
OTHER_POST = keys("other post", "KZ-P002", "post")
STRANGER = keys("stranger", "KZ-P001", "post")  # same code as POST, never enrolled

RECORD: dict[str, Any] = {
    "id": "6f1c7a52-3f0e-4d8b-9a53-0c2b7e9d1a11",
    "version": 1,
    "status": "approved",
    "kind": "contraband_detention",
    "occurred_at": "2026-11-20T14:30:00+05:00",
    "place": {"checkpoint": None, "description": "Road crossing, lane 3", "lat": None,
              "lon": None},
    "narrative": "Heroin found in the spare tyre during an X-ray check.",
    "persons": [{"role": "courier", "surname": "Žukauskas", "given_names": "Tomas",
                 "patronymic": "", "birth_date": "1988-04-02", "sex": "M",
                 "citizenship": ["LTU"],
                 "documents": [{"type": "passport", "number": "12345678",
                                "issuing_state": "LTU", "issued_on": None,
                                "expires_on": "2030-01-01"}]}],
    "items": [{"category": "narcotic_drug", "substance": "heroin", "description": "4 packages",
               "quantity": 1.85, "unit": "kg", "serial_number": None,
               "markings": "tiger stamp"}],
    "handling": {"confidential": True, "third_party": "consent_required", "legal_hold": False,
                 "note": ""},
    "links": [],
    "attachments": [],
}
SURNAME = "Žukauskas"  # a plaintext marker: it must never be readable in a packet


def record(n: int = 0, **changes: Any) -> dict[str, Any]:
    rec = copy.deepcopy(RECORD)
    rec["id"] = str(uuid.UUID(int=0x6F1C7A523F0E4D8B9A530C2B7E9D1A11 + n))
    rec.update(changes)
    return rec


def records_packet(*, seq: int = 1, prev_hash: str | None = None,
                   records: list[dict[str, Any]] | None = None,
                   attachments: tuple[Attachment, ...] = (), signer: PrivateKeys = POST,
                   hq: PrivateKeys = HQ, body: bytes | None = None, **kwargs: Any) -> bytes:
    if body is None:
        body = encode_records(records if records is not None else [record()], [], attachments)
    return seal("records", body, signer=signer, recipients=[hq.public.age_recipient],
                recipient_id=hq.public.code, seq=seq, prev_hash=prev_hash,
                audit_head=AUDIT_HEAD, created_at=CREATED, **kwargs)


def ack_packet(*, signer: PrivateKeys = HQ, post: PrivateKeys = POST) -> bytes:
    ack = AckPayload(post=post.public.code, acks=[RecordRef(RECORD["id"], 1)], duplicates=[],
                     refused=[], imported_through=1, gaps=[], held=[])
    return seal("ack", encode_ack(ack), signer=signer, recipients=[post.public.age_recipient],
                recipient_id=post.public.code, seq=1, prev_hash=None, created_at=CREATED)


def resign(packet: bytes, signer: PrivateKeys,
           mutate: Callable[[dict[str, Any]], None] | None = None,
           *, major: int = 1, minor: int = 0, body: bytes | None = None,
           header: bytes | None = None) -> bytes:
    """The packet with its header changed by `mutate` (or replaced by raw `header` bytes) and
    `body` swapped in (header hash and length updated), signed by `signer`."""
    pre = parse_preamble(packet)
    head = json.loads(packet[pre.header_offset:pre.signature_offset])
    sealed = packet[pre.body_offset:] if body is None else body
    head["body_sha256"] = hashlib.sha256(sealed).hexdigest()
    head["body_length"] = len(sealed)
    if mutate is not None:
        mutate(head)
    raw = canonical_json(head) if header is None else header
    signed = PREAMBLE.pack(MAGIC, major, minor, signer.public.key_id, len(raw)) + raw
    return signed + signer.sign(signed) + sealed


def names(en: str) -> dict[str, str]:
    return {"kk": en, "lt": en, "ru": en, "en": en}


REFERENCE_FILES: dict[str, Any] = {
    "meta": {"version": 7, "issued_on": "2026-11-01", "issued_by": "HQ-KZ"},
    "countries": {"KAZ": {"alpha2": "KZ", "names": names("Kazakhstan")},
                  "LTU": {"alpha2": "LT", "names": names("Lithuania")}},
    "checkpoints": [{"code": "KZ-KHORGOS", "party": "KZ", "type": "road", "neighbour": "CHN",
                     "names": names("Khorgos"), "status": "open", "confidence": "confirmed",
                     "note": ""}],
    "substances": [{"code": "heroin", "category": "narcotic_drug", "schedule": "I",
                    "names": names("Heroin"), "confidence": "confirmed"}],
    "authorities": [{"code": "KZ-KNB-PS", "party": "KZ", "names": names("Border Service"),
                     "note": ""}],
    "retention": {"KZ": {"drug_intel": {"retain_years": 5, "review_months": 12}}},
    "labels": {"kind": {"drug_intel": names("Drug intelligence")}},
}
