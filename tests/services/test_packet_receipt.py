"""HQ's check against the transmittal sheets reads each file as `shekara packet inspect` does
(services/packet_io.py `scan_file`, packets/inspect.py `PacketScanner`) and still says what it
said when it read the file with its own loop: the same size, SHA-256 and claimed post and
number for a packet, a packet cut anywhere, flipped, grown, empty, any other file, and a file
over the packet size limit (hashed whole: the sheet check refuses nothing), and the same
refusal for a file that cannot be read."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from shekara.errors import InputError, PacketError
from shekara.packets.inspect import HEAD_BYTES, claimed_header
from shekara.services import packet_io
from shekara.services.packet_receipt import CHUNK_BYTES, PacketFileDigest, digest_packet_file
from tests.packets.builders import HQ, POST, record, records_packet
from tests.support.big_packet import write_big_records_packet


def digest_as_before(path: Path) -> PacketFileDigest:
    """The sheet check's own reading before it used the scanner (kept here as the oracle)."""
    digest = hashlib.sha256()
    head = b""
    done = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(max(1 << 20, HEAD_BYTES)):
            if not head:
                head = chunk[:HEAD_BYTES]
            digest.update(chunk)
            done += len(chunk)
    kind = post = seq = None
    try:
        header = claimed_header(head)
        kind, post, seq = header.kind, header.sender, header.seq
    except PacketError:
        pass
    return PacketFileDigest(path, done, digest.hexdigest(), kind, post, seq)


def test_every_kind_of_file_is_digested_as_before(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    packet = records_packet(records=[record(n) for n in range(3)], signer=POST, seq=4,
                            prev_hash="ab" * 32)
    files: dict[str, bytes] = {"packet": packet, "empty": b"", "junk": b"not a packet at all",
                               "grown": packet + b"\0" * 10}
    for end in (1, 8, 45, 46, 47, 109, 110, len(packet) // 2, len(packet) - 1):
        files[f"cut-{end}"] = packet[:end]
    for index in (0, 9, 45, 60, len(packet) - 1):
        flipped = bytearray(packet)
        flipped[index] ^= 0x01
        files[f"flipped-{index}"] = bytes(flipped)
    claimed = set()
    for name, data in files.items():
        path = tmp_path / f"{name}.shk"
        path.write_bytes(data)
        digest = digest_packet_file(path)
        assert digest == digest_as_before(path), name
        claimed.add(digest.ref is not None)
    assert claimed == {True, False}
    # Over the packet limit (lowered to a few chunks here): hashed whole, claim and all.
    big = write_big_records_packet(tmp_path / "big.shk", POST, HQ.public, 3 * CHUNK_BYTES)
    monkeypatch.setattr(packet_io, "MAX_PACKET_BYTES", 2 * CHUNK_BYTES)
    told: list[int] = []
    digest = digest_packet_file(big, lambda done, _total: told.append(done))
    assert digest == digest_as_before(big) and digest.size == big.stat().st_size
    assert digest.kind == "records" and told[-1] == digest.size
    with pytest.raises(PacketError):  # the inspection, by contrast, refuses it
        packet_io.scan_packet_file(big)


def test_a_file_that_cannot_be_read_is_refused_as_before(tmp_path: Path) -> None:
    for unreadable in (tmp_path, tmp_path / "missing.shk"):
        with pytest.raises(InputError) as refused:
            digest_packet_file(unreadable)
        assert refused.value.msgid == "cli.unreadable"
        assert unreadable.name in str(refused.value)
