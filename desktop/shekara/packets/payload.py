"""The plaintext inside a packet: a manifest in strict JSON, then attachment bytes.

Layout (all kinds): `SHKBODY1` (8 bytes), manifest length (u32 big-endian), the manifest
(canonical JSON, UTF-8), then each attachment's bytes, concatenated in manifest order with
nothing between or after them. Attachments are addressed by SHA-256: the body holds no file
names and no archive format.

The reader checks structure and caps only. Whether a record obeys the data dictionary is the
importer's question (`shekara.domain.validation`), asked with the vault's context.
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from shekara.domain.codes import CODE_LISTS
from shekara.domain.reference import FILES as REFERENCE_FILES
from shekara.domain.reference import OPTIONAL_FILES as OPTIONAL_REFERENCE_FILES
from shekara.domain.reference import ReferenceData
from shekara.domain.strictjson import MAX_DEPTH as MAX_RECORD_DEPTH
from shekara.domain.strictjson import canonical_json
from shekara.errors import InputError, PacketError
from shekara.packets.fields import (
    CODE_PATTERN,
    HEX64_PATTERN,
    UUID_PATTERN,
    integer,
    iso_date,
    lst,
    obj,
    refuse,
    strict_json,
    text,
)

BODY_MAGIC = b"SHKBODY1"
MANIFEST_OFFSET = 12  # after the magic and the manifest's length
KINDS = ("records", "ack", "refdata")

# Caps, each documented in docs/packet-format.md. A body that breaks one is refused whole.
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
MAX_MANIFEST_DEPTH = MAX_RECORD_DEPTH + 2  # manifest → records list → a record as `record add`
MAX_RECORDS = 100_000
MAX_TOMBSTONES = 100_000
MAX_ATTACHMENTS = 10_000
MAX_ATTACHMENT_BYTES = 1024 * 1024 * 1024  # all attachments of one packet together
MAX_ACK_ENTRIES = 1_000_000
MAX_SEQ_LIST = 100_000
MEDIA_TYPE_PATTERN = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9][a-z0-9!#$&^_.+-]{0,62}"
                                r"\Z")
REASON_PATTERN = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)*\Z")
EXPORTABLE_STATUSES = tuple(s for s in CODE_LISTS["status"] if s != "draft")
_MSGID = "packet.bad_body"


@dataclass(frozen=True)
class Attachment:
    sha256: str  # lower-case hex
    size: int
    media_type: str
    data: bytes

    @classmethod
    def of(cls, media_type: str, data: bytes) -> Attachment:
        return cls(hashlib.sha256(data).hexdigest(), len(data), media_type, data)


@dataclass(frozen=True)
class Tombstone:
    """A record removed by the retention purge: HQ drops it too (the purge is recorded)."""

    id: str
    version: int
    purged_on: str  # YYYY-MM-DD


@dataclass(frozen=True)
class RecordRef:
    id: str
    version: int


@dataclass(frozen=True)
class Refusal:
    packet_seq: int
    reason: str  # a message id such as "packet.fork"


@dataclass(frozen=True)
class RecordsPayload:
    records: list[dict[str, Any]]  # interchange form plus id, version, status, lifecycle
    tombstones: list[Tombstone]
    attachments: list[Attachment]


@dataclass(frozen=True)
class AckPayload:
    """HQ's cumulative answer to one post about its `records` packets."""

    post: str
    acks: list[RecordRef]  # every record version HQ holds from this post
    duplicates: list[RecordRef]  # versions that arrived again (harmless)
    refused: list[Refusal]  # packets HQ refused, and why
    imported_through: int  # every records packet up to this sequence number is imported
    gaps: list[int]  # sequence numbers HQ has not seen, below the highest it has seen
    held: list[int]  # packets HQ holds, unimported, until the gaps before them are filled


@dataclass(frozen=True)
class RefdataPayload:
    version: int
    files: dict[str, Any]  # reference file name (without .json) → its JSON content


Payload = RecordsPayload | AckPayload | RefdataPayload
# (sha256, size, media type) of each attachment a records manifest lists, in its order.
Declared = list[tuple[str, int, str]]


# --- writing -------------------------------------------------------------------------------------
def _frame(manifest: Mapping[str, Any], blobs: Sequence[bytes] = ()) -> bytes:
    # Write only what a reader accepts: the reader's structural checks run on the way out too
    # (attachment hashes excepted: Attachment.of computed them from the bytes).
    _check_manifest(manifest)
    return frame_manifest(manifest, blobs)


def frame_manifest(manifest: Mapping[str, Any], blobs: Sequence[bytes] = ()) -> bytes:
    """The body layout around a manifest the caller has checked (packets/exchange.py too)."""
    try:
        raw = canonical_json(manifest)
    except InputError as err:
        raise PacketError("packet.unwritable", "the packet content cannot be written as JSON "
                          "[{reason}]", reason=err.msgid) from None
    if len(raw) > MAX_MANIFEST_BYTES:
        raise PacketError("packet.manifest_too_large", "the packet would hold more than "
                          "{limit} bytes of records: export fewer at a time",
                          limit=MAX_MANIFEST_BYTES)
    return b"".join([BODY_MAGIC, struct.pack(">I", len(raw)), raw, *blobs])


def encode_records(records: Sequence[Mapping[str, Any]], tombstones: Sequence[Tombstone] = (),
                   attachments: Sequence[Attachment] = ()) -> bytes:
    manifest = {
        "kind": "records",
        "records": [dict(r) for r in records],
        "tombstones": [{"id": t.id, "version": t.version, "purged_on": t.purged_on}
                       for t in tombstones],
        "attachments": [{"sha256": a.sha256, "size": a.size, "media_type": a.media_type}
                        for a in attachments],
    }
    return _frame(manifest, [a.data for a in attachments])


def encode_ack(ack: AckPayload) -> bytes:
    manifest = {
        "kind": "ack", "post": ack.post,
        "acks": [{"id": r.id, "version": r.version} for r in ack.acks],
        "duplicates": [{"id": r.id, "version": r.version} for r in ack.duplicates],
        "refused": [{"packet_seq": r.packet_seq, "reason": r.reason} for r in ack.refused],
        "imported_through": ack.imported_through, "gaps": list(ack.gaps),
        "held": list(ack.held),
    }
    return _frame(manifest)


def encode_refdata(files: Mapping[str, Any]) -> bytes:
    """A reference-data update: every file of `shekara.domain.reference.FILES`."""
    meta = files.get("meta")
    manifest = {"kind": "refdata", "files": dict(files),
                "version": meta.get("version") if isinstance(meta, Mapping) else None}
    return _frame(manifest)


# --- reading -------------------------------------------------------------------------------------
def decode_body(kind: str, data: bytes) -> Payload:
    """Check and split a decrypted body; `kind` is the one the signed header names."""
    if kind not in KINDS:
        raise ValueError(f"unknown packet kind {kind!r}")
    manifest, blobs = split_body(data)
    return _check_manifest(manifest, kind, blobs)


def split_body(data: bytes, *, max_depth: int = MAX_MANIFEST_DEPTH) -> tuple[Any, memoryview]:
    """The body's manifest (strict JSON, within the caps) and the bytes after it."""
    length = manifest_length(data)
    if MANIFEST_OFFSET + length > len(data):
        refuse(_MSGID, "the manifest is cut short")
    end = MANIFEST_OFFSET + length
    return parse_manifest(data[MANIFEST_OFFSET:end], max_depth), memoryview(data)[end:]


def manifest_length(data: bytes) -> int:
    """The manifest's length from a body's first `MANIFEST_OFFSET` bytes (or all of a body
    that is shorter), within its cap."""
    if len(data) < MANIFEST_OFFSET or data[:8] != BODY_MAGIC:
        refuse(_MSGID, "it does not start with the body magic")
    (length,) = struct.unpack(">I", data[8:MANIFEST_OFFSET])
    if length > MAX_MANIFEST_BYTES:
        refuse(_MSGID, f"the manifest is larger than {MAX_MANIFEST_BYTES} bytes")
    return int(length)


def parse_manifest(raw: bytes, max_depth: int = MAX_MANIFEST_DEPTH) -> Any:
    return strict_json(raw, _MSGID, max_bytes=MAX_MANIFEST_BYTES, max_depth=max_depth)


def decode_records(data: bytes) -> RecordsPayload:
    decoded = decode_body("records", data)
    assert isinstance(decoded, RecordsPayload)
    return decoded


def check_records_manifest(manifest: Any) -> tuple[RecordsPayload, Declared]:
    """`decode_records`' checks of a records manifest, in its order, up to the bytes that
    follow it: the payload (no attachments kept) and the attachments it declares, whose bytes
    `check_attachment_bytes` checks (packets/body_stream.py, a body never held)."""
    payload = _check_manifest(manifest, "records")
    assert isinstance(payload, RecordsPayload)
    return payload, declared_attachments(manifest["attachments"])


def check_records(data: bytes) -> None:
    """Every check of `decode_records` — structure, caps, each attachment against its SHA-256 —
    without copying each attachment's bytes out of `data` into a payload nobody reads (the
    export's own check of what it wrote: 50 MB of copies for 50 MB of attachments)."""
    manifest, blobs = split_body(data)
    _check_manifest(manifest, "records", blobs, keep=False)


def decode_ack(data: bytes) -> AckPayload:
    decoded = decode_body("ack", data)
    assert isinstance(decoded, AckPayload)
    return decoded


def decode_refdata(data: bytes) -> RefdataPayload:
    decoded = decode_body("refdata", data)
    assert isinstance(decoded, RefdataPayload)
    return decoded


def _check_manifest(manifest: Any, kind: str | None = None,
                    blobs: memoryview | None = None, *, keep: bool = True) -> Payload:
    """Check a manifest of `kind` (the one the signed header names). `blobs` are the bytes
    after it; None when writing, which skips the attachment bytes' checks. Without `keep`,
    the attachments are checked but left out of the payload."""
    if not isinstance(manifest, dict) or manifest.get("kind") not in ((kind,) if kind else KINDS):
        refuse(_MSGID, f"the manifest is not a {kind or 'known'} manifest")
    kind = manifest["kind"]
    if kind == "records":
        return _records(manifest, blobs, keep)
    if blobs is not None and len(blobs):
        refuse(_MSGID, "bytes follow the manifest")
    if kind == "ack":
        return _ack(manifest)
    return _refdata(manifest)


def _record_ref(value: Any, where: str) -> tuple[str, int]:
    return (text(value["id"], f"{where}.id", _MSGID, pattern=UUID_PATTERN),
            integer(value["version"], f"{where}.version", _MSGID, minimum=1))


def _records(manifest: Mapping[str, Any], blobs: memoryview | None,
             keep: bool = True) -> RecordsPayload:
    obj(manifest, "manifest", _MSGID, required=("kind", "records", "tombstones", "attachments"))
    records = lst(manifest["records"], "records", _MSGID, max_items=MAX_RECORDS)
    tombstones = lst(manifest["tombstones"], "tombstones", _MSGID, max_items=MAX_TOMBSTONES)
    entries = lst(manifest["attachments"], "attachments", _MSGID, max_items=MAX_ATTACHMENTS)
    if not records and not tombstones:
        refuse(_MSGID, "it holds no records and no tombstones")
    seen: set[tuple[str, int]] = set()
    for i, record in enumerate(records):
        where = f"records[{i}]"
        obj(record, where, _MSGID, required=("id", "version", "kind", "status"),
            allow_unknown=True)
        ref = _record_ref(record, where)
        if ref in seen:
            refuse(_MSGID, f"{where} repeats a record id and version")
        seen.add(ref)
        text(record["kind"], f"{where}.kind", _MSGID, choices=CODE_LISTS["kind"])
        text(record["status"], f"{where}.status", _MSGID, choices=EXPORTABLE_STATUSES)
    dead: list[Tombstone] = []
    for i, item in enumerate(tombstones):
        where = f"tombstones[{i}]"
        obj(item, where, _MSGID, required=("id", "version", "purged_on"))
        record_id, version = _record_ref(item, where)
        dead.append(Tombstone(record_id, version, iso_date(item["purged_on"],
                                                           f"{where}.purged_on", _MSGID)))
    return RecordsPayload(records, dead, _attachments(entries, blobs, keep))


def _attachments(entries: list[Any], blobs: memoryview | None,
                 keep: bool = True) -> list[Attachment]:
    declared = declared_attachments(entries)
    if blobs is None:
        return []

    def sha256_of(_index: int, offset: int, size: int) -> str:
        return hashlib.sha256(blobs[offset:offset + size]).hexdigest()

    check_attachment_bytes(declared, len(blobs), sha256_of)
    out: list[Attachment] = []
    offset = 0
    for sha, size, media_type in declared if keep else ():
        out.append(Attachment(sha, size, media_type, bytes(blobs[offset:offset + size])))
        offset += size
    return out


def declared_attachments(entries: list[Any]) -> Declared:
    """A records manifest's `attachments` list checked (each entry, no repeats, the total
    cap), before any of their bytes is looked at."""
    declared: Declared = []
    for i, entry in enumerate(entries):
        where = f"attachments[{i}]"
        obj(entry, where, _MSGID, required=("sha256", "size", "media_type"))
        declared.append((text(entry["sha256"], f"{where}.sha256", _MSGID, pattern=HEX64_PATTERN),
                         integer(entry["size"], f"{where}.size", _MSGID,
                                 maximum=MAX_ATTACHMENT_BYTES),
                         text(entry["media_type"], f"{where}.media_type", _MSGID,
                              pattern=MEDIA_TYPE_PATTERN, max_len=127)))
    if len({sha for sha, _, _ in declared}) != len(declared):
        refuse(_MSGID, "an attachment is listed twice")
    total = sum(size for _, size, _ in declared)
    if total > MAX_ATTACHMENT_BYTES:
        refuse(_MSGID, f"attachments exceed {MAX_ATTACHMENT_BYTES} bytes in all")
    return declared


def check_attachment_bytes(declared: Declared, length: int,
                           sha256_of: Callable[[int, int, int], str]) -> None:
    """The `length` bytes after the manifest against the attachments declared: the sizes add
    up to them (checked before any hashing), then each one's SHA-256 (hex), which
    `sha256_of(index, offset, size)` gives — hashed in place, or as the bytes went by."""
    if sum(size for _, size, _ in declared) != length:
        refuse(_MSGID, "the attachment bytes do not add up to the sizes listed")
    offset = 0
    for i, (sha, size, _) in enumerate(declared):
        if sha256_of(i, offset, size) != sha:
            refuse(_MSGID, f"attachments[{i}] does not match its SHA-256")
        offset += size


def _refs(value: Any, where: str) -> list[RecordRef]:
    items = lst(value, where, _MSGID, max_items=MAX_ACK_ENTRIES)
    refs: list[RecordRef] = []
    for i, item in enumerate(items):
        obj(item, f"{where}[{i}]", _MSGID, required=("id", "version"))
        refs.append(RecordRef(*_record_ref(item, f"{where}[{i}]")))
    return refs


def _seqs(value: Any, where: str, above: int) -> list[int]:
    seqs = [integer(s, f"{where}[{i}]", _MSGID, minimum=above + 1)
            for i, s in enumerate(lst(value, where, _MSGID, max_items=MAX_SEQ_LIST))]
    if seqs != sorted(set(seqs)):
        refuse(_MSGID, f"{where} must be ascending without repeats")
    return seqs


def _ack(manifest: Mapping[str, Any]) -> AckPayload:
    obj(manifest, "manifest", _MSGID, required=("kind", "post", "acks", "duplicates", "refused",
                                                 "imported_through", "gaps", "held"))
    refused: list[Refusal] = []
    for i, item in enumerate(lst(manifest["refused"], "refused", _MSGID,
                                 max_items=MAX_SEQ_LIST)):
        where = f"refused[{i}]"
        obj(item, where, _MSGID, required=("packet_seq", "reason"))
        refused.append(Refusal(integer(item["packet_seq"], f"{where}.packet_seq", _MSGID,
                                       minimum=1),
                               text(item["reason"], f"{where}.reason", _MSGID,
                                    pattern=REASON_PATTERN, max_len=80)))
    through = integer(manifest["imported_through"], "imported_through", _MSGID)
    gaps = _seqs(manifest["gaps"], "gaps", through)
    held = _seqs(manifest["held"], "held", through)
    if set(gaps) & set(held):
        refuse(_MSGID, "a sequence number is both a gap and held")
    return AckPayload(post=text(manifest["post"], "post", _MSGID, pattern=CODE_PATTERN),
                      acks=_refs(manifest["acks"], "acks"),
                      duplicates=_refs(manifest["duplicates"], "duplicates"),
                      refused=refused, imported_through=through, gaps=gaps, held=held)


def _refdata(manifest: Mapping[str, Any]) -> RefdataPayload:
    obj(manifest, "manifest", _MSGID, required=("kind", "version", "files"))
    version = integer(manifest["version"], "version", _MSGID, minimum=1)
    files = obj(manifest["files"], "files", _MSGID, required=REFERENCE_FILES,
                optional=OPTIONAL_REFERENCE_FILES)
    try:
        reference = ReferenceData(files)
    except InputError as err:
        refuse(_MSGID, f"the reference data is malformed [{err.msgid}]")
    if reference.version != version:
        refuse(_MSGID, "version differs from the reference data's own version")
    return RefdataPayload(version, dict(files))
