"""The packet file a transmittal sheet is printed for, read as the sheet needs it and never held:
a 2 GB packet on a laptop with 4 GB.

The sheet states what the file really holds — its sender, number, date, SHA-256 and how many
records it carries — and a damaged copy is refused before anyone signs for it, so the file is
verified and opened, not only looked at. It is read twice, a chunk at a time: once as `shekara
packet inspect` reads it (services/packet_io.py `scan_packet_file`: its first bytes kept, the
file and the body hashed), which is enough to refuse what is no records packet and to verify
it (packets/inspect.py `describe_scanned`, `verify_scanned`); then its body again, decrypted
and checked as it goes by to count the records (packets/body_stream.py). The refusals, and
their order, are those of reading the bytes whole: what is no packet, another kind, then the
signature and the hashes, then the decryption, then the body.

The vault is asked for its keys only when the checks reach them (`trusted`, `identities`), so
a window can read the file without holding the session's lock meanwhile.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from shekara.errors import PacketError
from shekara.packets.body_stream import open_records_body
from shekara.packets.container import Trusted, VerifiedPacket
from shekara.packets.inspect import ScannedPacket, describe_scanned, scan, verify_scanned
from shekara.packets.keys import PrivateKeys
from shekara.packets.payload import RecordsPayload
from shekara.reports.sheets import PacketTransmittal
from shekara.services.packet_io import ByteProgress, open_records_file, scan_packet_file

Keys = Callable[[], Trusted]
Identities = Callable[[], Sequence[PrivateKeys]]
OpenBody = Callable[[VerifiedPacket, Sequence[PrivateKeys]], RecordsPayload]


def read_transmittal_file(path: Path, trusted: Keys, identities: Identities,
                          progress: ByteProgress | None = None, *,
                          scanned: ScannedPacket | None = None) -> PacketTransmittal:
    """What the sheet of the packet file at `path` states. `progress(done, total)` is told
    after each chunk of both readings (the total counts the file twice); it may raise to
    stop. `scanned`: the file's first reading, when the caller made it already."""
    if scanned is None:
        scanned = scan_packet_file(path, None if progress is None else
                                   lambda done, size: progress(done, 2 * size))
    size = scanned.size

    def open_body(verified: VerifiedPacket, keys: Sequence[PrivateKeys]) -> RecordsPayload:
        told = None if progress is None else \
            lambda done: progress(size + verified.body_offset + done, 2 * size)
        return open_records_file(path, verified, keys, told)

    return packet_transmittal(scanned, path.name, trusted, identities, open_body)


def read_transmittal_bytes(data: bytes, file_name: str, trusted: Keys,
                           identities: Identities) -> PacketTransmittal:
    """`read_transmittal_file` of a packet's bytes already in memory (read the same way)."""

    def open_body(verified: VerifiedPacket, keys: Sequence[PrivateKeys]) -> RecordsPayload:
        source = io.BytesIO(data)  # shares `data`'s buffer
        source.seek(verified.body_offset)
        return open_records_body(source, verified, keys)

    return packet_transmittal(scan(data), file_name, trusted, identities, open_body)


def packet_transmittal(scanned: ScannedPacket, file_name: str, trusted: Keys,
                       identities: Identities, open_body: OpenBody) -> PacketTransmittal:
    """The sheet's facts of a scanned file whose body `open_body` opens."""
    claimed = describe_scanned(scanned)  # refuses what is no packet
    if claimed["kind"] != "records":
        raise PacketError("report.not_records_packet", "a transmittal sheet is for a "
                          "records packet; this is a {kind} packet", kind=claimed["kind"])
    verified = verify_scanned(scanned, trusted(), expect_kind="records")
    payload = open_body(verified, identities())
    created = datetime.fromisoformat(str(verified.header.created_at)).astimezone()
    return PacketTransmittal(verified.header.sender, verified.header.seq, created,
                             len(payload.records), scanned.sha256, Path(file_name).name)
