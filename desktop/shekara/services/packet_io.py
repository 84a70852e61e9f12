"""Reading packet files from a stick — whole for an import, or a chunk at a time and never held
for looking at one (its header, its hash, the records its transmittal sheet counts) — and HQ's
sending of sequenced packets (acks, reference data) with the same write-then-verify discipline
as the post's export."""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shekara.errors import InputError, PacketError
from shekara.packets.body_stream import open_records_body
from shekara.packets.container import (
    MAX_PACKET_BYTES,
    PostHead,
    VerifiedPacket,
    decrypt_body,
    seal,
    verify_only,
)
from shekara.packets.inspect import PacketScanner, ScannedPacket
from shekara.packets.keys import PrivateKeys, PublicKeys
from shekara.packets.payload import RecordsPayload
from shekara.packets.writer import Opener, no_folder, packet_file_name, write_atomically
from shekara.services.keys import identities, own_keyring, own_keys
from shekara.targets import check_folder
from shekara.vault import chain_store
from shekara.vault.vault import Vault

# (bytes read, bytes in the file), told after each chunk; it may raise to stop the reading.
ByteProgress = Callable[[int, int], None]
READ_CHUNK_BYTES = 1 << 20


def read_packet_file(path: Path) -> bytes:
    """A packet file's bytes, for an import (which decrypts it, so holds it whole); an
    unreadable or over-size file is one clear refusal. A file whose size is already over the
    limit is refused before any of it is read (a packet may be 2 GB, a stick is slow)."""
    try:
        with open(path, "rb") as fh:
            if os.fstat(fh.fileno()).st_size > MAX_PACKET_BYTES:
                raise _too_large()
            data = fh.read(MAX_PACKET_BYTES + 1)
    except OSError as exc:
        raise _unreadable(path, exc) from None
    if len(data) > MAX_PACKET_BYTES:  # it grew while it was read
        raise _too_large()
    return data


def scan_packet_file(path: Path, progress: ByteProgress | None = None) -> ScannedPacket:
    """A packet file read a chunk at a time and never held: its first bytes, size and hashes
    (packets/inspect.py), for looking at it. Memory stays near one chunk whatever the file's
    size. Refused as `read_packet_file` refuses; a file over the limit before any of it is
    read, one that grows over it while it is read by `describe_scanned` (its size is kept).
    With `progress`, each chunk is told."""
    return _scan(path, progress, MAX_PACKET_BYTES)


def scan_file(path: Path, progress: ByteProgress | None = None) -> ScannedPacket:
    """`scan_packet_file` of any file, whatever its size, read to its end: HQ's check against
    the transmittal sheets hashes what lies on the stick, packet or not."""
    return _scan(path, progress, None)


def _scan(path: Path, progress: ByteProgress | None, limit: int | None) -> ScannedPacket:
    scanner = PacketScanner()
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if limit is not None and size > limit:
                raise _too_large()
            done = 0
            while (limit is None or done <= limit) and (chunk := fh.read(READ_CHUNK_BYTES)):
                scanner.update(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, max(size, done))
    except OSError as exc:
        raise _unreadable(path, exc) from None
    return scanner.scanned()


def refuse_grown(scanned: ScannedPacket) -> ScannedPacket:
    """A file that grew over the limit while it was scanned is refused here, as
    `read_packet_file` refuses it, for a caller that must refuse it before anything else."""
    if scanned.size > MAX_PACKET_BYTES:
        raise _too_large()
    return scanned


def open_records_file(path: Path, verified: VerifiedPacket, identities: Sequence[PrivateKeys],
                      told: Callable[[int], None] | None = None) -> RecordsPayload:
    """The records in the body of the packet file at `path`, scanned and `verified` already:
    its body read again, a block at a time, and decrypted and checked as it goes by
    (packets/body_stream.py), never held. `told(body bytes read)` after each block."""
    try:
        with open(path, "rb") as fh:
            fh.seek(verified.body_offset)
            return open_records_body(fh, verified, identities, told)
    except OSError as exc:
        raise _unreadable(path, exc) from None


def _unreadable(path: Path, exc: OSError) -> InputError:
    return InputError("cli.unreadable", "cannot read {name}: {reason}", name=path.name,
                      reason=exc.strerror or "I/O error")


def _too_large() -> PacketError:
    return PacketError("packet.too_large", "the file is larger than {limit} bytes: it is not "
                       "accepted as a packet", limit=MAX_PACKET_BYTES)


@dataclass(frozen=True)
class SentPacket:
    path: Path
    kind: str
    recipient: str
    seq: int
    sha256: str

    def to_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "kind": self.kind, "post": self.recipient,
                "seq": self.seq, "sha256": self.sha256}


def send_sequenced(vault: Vault, kind: str, body: bytes, recipient: PublicKeys,
                   directory: Path, *, detail: dict[str, Any], audit_action: str,
                   opener: Opener | None = None, post_head: PostHead | None = None,
                   per_recipient: bool = False) -> SentPacket:
    """Seal `body` as HQ's next `kind` packet to `recipient`, write it, verify it, record it.

    Reference data is numbered per kind across all posts (it carries its own version; a post
    only needs each packet to be newer). Acks are numbered per post (`per_recipient`,
    packet-format §7.2): each post sees its own chain 1, 2, 3 …, can check it, and learns
    nothing of how many acks went elsewhere; the file name carries the post's code so two
    posts' acks never share a name. A post's first per-post ack continues from the number HQ
    had reached across posts before 1.1, so a post that took ack 40 never sees a lower one.
    If the write fails the chain is restored; if the process dies after the chain moved, one
    number is skipped — harmless.
    """
    check_folder(directory, PacketError, no_folder())  # before a number is spent
    own = own_keys(vault)
    chain_key = f"{kind}/{recipient.code}" if per_recipient else kind
    with vault.transaction() as conn:
        own_previous = previous = chain_store.chain(conn, chain_key)
        if per_recipient and previous == (0, None):
            previous = chain_store.chain(conn, kind)  # the shared numbering before 1.1
        seq = previous[0] + 1
        packet = seal(kind, body, signer=own, recipients=[recipient.age_recipient],
                      recipient_id=recipient.code, seq=seq, prev_hash=previous[1],
                      post_head=post_head)
        sha = hashlib.sha256(packet).hexdigest()
        chain_store.set_chain(conn, chain_key, seq, sha)
    name = packet_file_name(own.public.code, kind, seq,
                            recipient.code if per_recipient else None)
    try:
        path = write_atomically(directory, name, packet, opener=opener)
        try:
            data = path.read_bytes()
            verified = verify_only(data, own_keyring(vault), expect_kind=kind,
                                   expect_recipient_id=recipient.code)
            if decrypt_body(data, identities(vault), offset=verified.body_offset) != body:
                raise PacketError("packet.verify_mismatch", "the packet's content read back "
                                  "differs from what was meant; nothing was kept")
        except BaseException:
            with contextlib.suppress(OSError):
                path.unlink()
            raise
    except Exception:
        with vault.transaction() as conn:
            chain_store.set_chain(conn, chain_key, *own_previous)
        raise
    with vault.audited(audit_action, detail={**detail, "kind": kind, "seq": seq,
                                             "post": recipient.code, "sha256": sha}):
        pass
    return SentPacket(path, kind, recipient.code, seq, sha)
