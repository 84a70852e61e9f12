"""HQ takes a stick, before importing: each packet file's SHA-256 — the figure the post's signed
Packet transmittal sheet prints — and which file a sheet's QR text names.

The file is read as it lies on the stick, in chunks (a packet may be hundreds of MB), and only
hashed: nothing is decrypted, verified or written. The post and number shown beside the hash
are what the file's header *claims*; that is enough here, because a file whose SHA-256 equals
the one on the post's signed sheet is, byte for byte, the file the post wrote. The import
verifies everything afterwards, as always.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from shekara.errors import InputError, PacketError
from shekara.packets.inspect import HEAD_BYTES, claimed_header
from shekara.reports.qr import PacketRef
from shekara.services.packet_io import ByteProgress

CHUNK_BYTES = max(1 << 20, HEAD_BYTES)  # the first chunk holds the whole header


@dataclass(frozen=True)
class PacketFileDigest:
    path: Path
    size: int
    sha256: str  # hex, lower case, of the file's bytes
    kind: str | None  # what the header claims; None when the file has no readable header
    post: str | None
    seq: int | None

    @property
    def ref(self) -> PacketRef | None:
        """What the transmittal sheet of this file would hold in its QR code."""
        if self.kind != "records" or self.post is None or self.seq is None:
            return None
        return PacketRef(self.post, self.seq, self.sha256)


def digest_packet_file(path: Path, progress: ByteProgress | None = None) -> PacketFileDigest:
    """Hash one file in chunks, reporting after each; InputError when it cannot be read."""
    digest = hashlib.sha256()
    head = b""
    done = 0
    try:
        with open(path, "rb") as fh:
            total = max(fh.seek(0, 2), 0)
            fh.seek(0)
            while chunk := fh.read(CHUNK_BYTES):
                if not head:
                    head = chunk[:HEAD_BYTES]
                digest.update(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, max(total, done))
    except OSError as exc:
        raise InputError("cli.unreadable", "cannot read {name}: {reason}", name=path.name,
                         reason=exc.strerror or "I/O error") from None
    kind = post = seq = None
    try:
        header = claimed_header(head)
        kind, post, seq = header.kind, header.sender, header.seq
    except PacketError:
        pass  # not a packet, or cut short: the hash is still what the officer compares
    return PacketFileDigest(path, done, digest.hexdigest(), kind, post, seq)


@dataclass(frozen=True)
class SheetMatch:
    """A sheet's QR text against the files hashed: the file it names (post, number and SHA-256
    all equal), or, when none, the near misses that tell the officer what went wrong."""

    sheet: PacketRef
    file: PacketFileDigest | None
    same_number: PacketFileDigest | None = None  # this post and number, another SHA-256
    same_hash: PacketFileDigest | None = None  # this SHA-256, but another post or number


def match_sheet(sheet: PacketRef, files: Sequence[PacketFileDigest]) -> SheetMatch:
    wanted = sheet.sha256.lower()
    for found in files:
        if found.ref == PacketRef(sheet.post_code, sheet.sequence, wanted):
            return SheetMatch(sheet, found)
    same_number = next((f for f in files if f.ref is not None and f.post == sheet.post_code
                        and f.seq == sheet.sequence), None)
    same_hash = next((f for f in files if f.sha256 == wanted), None)
    return SheetMatch(sheet, None, same_number, same_hash)
