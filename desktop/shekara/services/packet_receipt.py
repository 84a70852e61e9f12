"""HQ takes a stick, before importing: each packet file's SHA-256 — the figure the post's signed
Packet transmittal sheet prints — and which file a sheet's QR text names.

The file is read as it lies on the stick, in chunks, as `shekara packet inspect` reads it
(services/packet_io.py `scan_file`: packets/inspect.py `PacketScanner` keeps its first bytes and
hashes it; a packet may be 2 GB), and only hashed: nothing is decrypted, verified or written.
Any file is hashed whatever its size, a packet or not: its SHA-256 is what the officer compares.
The post and number shown beside the hash are what the file's header *claims*
(`claimed_header`); that is enough here, because a file whose SHA-256 equals the one on the
post's signed sheet is, byte for byte, the file the post wrote. The import verifies everything
afterwards, as always.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from shekara.errors import PacketError
from shekara.packets.inspect import claimed_header
from shekara.reports.qr import PacketRef
from shekara.services.packet_io import READ_CHUNK_BYTES, ByteProgress, scan_file

CHUNK_BYTES = READ_CHUNK_BYTES  # what each progress report counts


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
    scanned = scan_file(path, progress)
    kind = post = seq = None
    try:
        header = claimed_header(scanned.head)
        kind, post, seq = header.kind, header.sender, header.seq
    except PacketError:
        pass  # not a packet, or cut short: the hash is still what the officer compares
    return PacketFileDigest(path, scanned.size, scanned.sha256, kind, post, seq)


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
