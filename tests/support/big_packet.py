"""A real records packet of any size, written without holding it: one record and one attachment
of zeros, encrypted by age as it is generated and the packet assembled from the file (a 200 MB
packet costs the test a few MB, not the 600 MB `seal` takes in memory).

The packet is what `seal` writes — the same header (taken from a small packet sealed with the
same keys and fields), its body hash and length those of the big body, signed again — so every
reader opens it: its signature holds, its body decrypts, its manifest and attachment check.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import struct
from pathlib import Path
from typing import BinaryIO

import pyrage
from pyrage import x25519

from shekara.domain.strictjson import canonical_json
from shekara.packets.container import MAGIC, PREAMBLE, AuditHead, parse_preamble, seal
from shekara.packets.keys import PrivateKeys, PublicKeys
from shekara.packets.payload import BODY_MAGIC, encode_records
from tests.packets.builders import record

COPY_BYTES = 1 << 20
MEDIA_TYPE = "application/octet-stream"


class _Plaintext:
    """The body `encode_records` would frame around `attachment_bytes` of zeros, read in the
    sizes the encryptor asks for."""

    def __init__(self, manifest: bytes, attachment_bytes: int) -> None:
        self._head = BODY_MAGIC + struct.pack(">I", len(manifest)) + manifest
        self._left = attachment_bytes

    def read(self, size: int = -1) -> bytes:
        if self._head:
            cut = len(self._head) if size < 0 else size
            taken, self._head = self._head[:cut], self._head[cut:]
            return taken
        size = min(self._left, size if size >= 0 else COPY_BYTES)
        self._left -= size
        return bytes(size)


class _HashingFile:
    def __init__(self, fh: BinaryIO) -> None:
        self.fh = fh
        self.sha = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self.sha.update(data)
        self.size += len(data)
        return self.fh.write(data)

    def flush(self) -> None:
        self.fh.flush()


def zeros_sha256(size: int) -> str:
    digest = hashlib.sha256()
    chunk = bytes(COPY_BYTES)
    while size:
        digest.update(chunk[:min(size, COPY_BYTES)])
        size -= min(size, COPY_BYTES)
    return digest.hexdigest()


def write_big_records_packet(path: Path, signer: PrivateKeys, recipient: PublicKeys,
                             attachment_bytes: int, *, seq: int = 1,
                             records: int = 1) -> Path:
    """A records packet from `signer` to `recipient` holding `records` records and one
    attachment of `attachment_bytes` zeros, written to `path` (an encrypted body beside it
    while it is made, removed after)."""
    listed = [record(n) for n in range(records)]
    attachment = {"sha256": zeros_sha256(attachment_bytes), "size": attachment_bytes,
                  "media_type": MEDIA_TYPE}
    manifest = canonical_json({"kind": "records", "records": listed, "tombstones": [],
                               "attachments": [attachment]})
    small = seal("records", encode_records(listed[:1]), signer=signer,
                 recipients=[recipient.age_recipient], recipient_id=recipient.code, seq=seq,
                 prev_hash=None if seq == 1 else "ab" * 32, audit_head=AuditHead(1, "cd" * 32))
    preamble = parse_preamble(small)
    head = json.loads(small[preamble.header_offset:preamble.signature_offset])
    sealed = path.with_suffix(".age")
    with open(sealed, "wb") as fh:
        out = _HashingFile(fh)
        pyrage.encrypt_io(_Plaintext(manifest, attachment_bytes), out,
                          [x25519.Recipient.from_str(r) for r in head["recipients"]])
    head["body_sha256"], head["body_length"] = out.sha.hexdigest(), out.size
    raw = canonical_json(head)
    signed = PREAMBLE.pack(MAGIC, 1, preamble.minor, signer.public.key_id, len(raw)) + raw
    with open(path, "wb") as fh, open(sealed, "rb") as body:
        fh.write(signed + signer.sign(signed))
        shutil.copyfileobj(body, fh, COPY_BYTES)
    sealed.unlink()
    return path
