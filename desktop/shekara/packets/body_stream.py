"""A records packet's body opened as it is read, never held: how the transmittal sheet counts
the records of a packet file that may be 2 GB on a laptop that has 4.

The file was read once already (packets/inspect.py `PacketScanner`) and verified on its first
bytes and hashes (`verify_scanned`). This is the second pass the format allows
(docs/packet-format.md §6, Memory): the body is read again from its offset, hashed again as it
goes by, and decrypted by age chunk by chunk (`container.decrypt_into`) into
`RecordsBodyCheck`, which runs `decode_records`' checks on the plaintext as it comes — the
manifest kept (its cap is 64 MB, whatever the attachments weigh) and parsed by the same code,
each attachment hashed on its way past. What it refuses, and in which order, is what
`decode_records(decrypt_body(…))` refuses for the same bytes: the decryptor's refusals first,
then the body's, the first one found (tests/packets/test_body_stream.py holds the two paths to
that).

The file may change between the two reads (a stick still being written to, another program):
the body read the second time is hashed and held against the signed hash before anything
decrypted from it counts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

from shekara.errors import PacketError
from shekara.packets.container import (
    AGE_MAGIC,
    Readable,
    VerifiedPacket,
    check_age_magic,
    check_body,
    decrypt_into,
)
from shekara.packets.keys import PrivateKeys
from shekara.packets.payload import (
    MANIFEST_OFFSET,
    Declared,
    RecordsPayload,
    check_attachment_bytes,
    check_records_manifest,
    manifest_length,
    parse_manifest,
    split_body,
)

BLOCK_BYTES = 1 << 20  # what is read from the file at a time (the decryptor asks for 8 KiB)


def open_records_body(source: Readable, verified: VerifiedPacket,
                      identities: Sequence[PrivateKeys],
                      told: Callable[[int], None] | None = None) -> RecordsPayload:
    """`decode_records(decrypt_body(…))` of the body `source` reads from its first byte on
    (`verified` says its signed length and hash), holding a block of it at a time; the
    payload's attachments are checked, not kept. `told(bytes read)` after each block; what it
    raises (how a reader stops) comes out as it is, as does a failed read."""
    body = SealedBody(source, verified.header.body_length, told)
    plain = RecordsBodyCheck()
    try:
        check_age_magic(body.peek(len(AGE_MAGIC)))
        decrypt_into(body, plain, identities)
    except PacketError:
        body.check(verified)  # a read that failed, or a body that changed, is the reason
        raise
    body.check(verified)
    return plain.payload()


class SealedBody:
    """The decryptor's reader: `length` bytes of `source` and no more (the signed length; a
    file that grew since is read as it was verified), a block at a time, hashed and told as
    they go by. A failure of the read or of `told` is kept and raised again by `check`: the
    decryptor would have called it a damaged body."""

    def __init__(self, source: Readable, length: int,
                 told: Callable[[int], None] | None) -> None:
        self._source = source
        self._left = length
        self._told = told
        self._sha = hashlib.sha256()
        self._block = b""
        self._at = 0  # in the block
        self.done = 0  # bytes read from `source`
        self.failure: BaseException | None = None

    def peek(self, size: int) -> bytes:
        """The next `size` bytes (fewer at the end of the body), left to be read."""
        while len(self._block) - self._at < size and self._left and self.failure is None:
            self._fill()
        return self._block[self._at:self._at + size]

    def read(self, size: int = -1) -> bytes:
        if self._at >= len(self._block):
            self._fill()
        end = len(self._block) if size < 0 else min(self._at + size, len(self._block))
        chunk = self._block[self._at:end]
        self._at = end
        return chunk

    def _fill(self) -> None:
        """The next block, after what is left unread of this one."""
        if self.failure is not None or not self._left:
            return
        try:
            data = self._source.read(min(BLOCK_BYTES, self._left))
            self._sha.update(data)
            self.done += len(data)
            self._left = self._left - len(data) if data else 0  # cut short: the length says so
            if self._told is not None:
                self._told(self.done)
        except BaseException as exc:
            self.failure = exc
            raise
        self._block = self._block[self._at:] + data
        self._at = 0

    def check(self, verified: VerifiedPacket) -> None:
        """After the decryptor: a failure of the reading is raised as it was; the rest of the
        body is read (what the decryptor left, all of it if it gave up), and the body read is
        held against its signed length and hash."""
        if self.failure is not None:
            raise self.failure
        while self._left:
            self._at = len(self._block)
            self._fill()
        check_body(verified, self.done, self._sha.hexdigest)


class RecordsBodyCheck:
    """The decryptor's writer: a records body's plaintext checked as it comes, as
    `decode_records` checks it whole. Keeps the magic, length and manifest (at most the
    manifest's cap), hashes each attachment declared as its bytes go by, and keeps the first
    refusal for `payload` — raising it here would reach the decryptor, which would call the
    body damaged."""

    def __init__(self) -> None:
        self._kept = bytearray()
        self._end: int | None = None  # where the manifest ends, once its length is read
        self._manifest: tuple[RecordsPayload, Declared] | None = None
        self._after = 0  # bytes after the manifest
        self._digests: list[str] = []  # of each attachment whose bytes have all gone by
        self._current = hashlib.sha256()  # of the attachment going by
        self._current_left = 0
        self._refusal: PacketError | None = None

    def write(self, data: bytes) -> int:
        if self._refusal is None:
            try:
                self._take(memoryview(data))
            except PacketError as err:
                self._refusal = err
        return len(data)

    def _take(self, data: memoryview) -> None:
        if self._manifest is None:
            data = self._keep(data)
            if self._manifest is None:
                return
        self._after += len(data)
        while data and self._current_left:
            part = data[:self._current_left]
            self._current.update(part)
            self._current_left -= len(part)
            data = data[len(part):]
            if not self._current_left:
                self._digests.append(self._current.hexdigest())
                self._next_attachment()
        # Bytes past the last attachment are only counted: their sum refuses them.

    def _keep(self, data: memoryview) -> memoryview:
        """Up to the end of the manifest; what follows it is returned."""
        if self._end is None:
            wanted = MANIFEST_OFFSET - len(self._kept)
            self._kept += data[:wanted]
            data = data[wanted:]
            if len(self._kept) < MANIFEST_OFFSET:
                return data
            self._end = MANIFEST_OFFSET + manifest_length(bytes(self._kept))
        wanted = self._end - len(self._kept)
        self._kept += data[:wanted]
        if len(self._kept) == self._end:
            self._manifest = check_records_manifest(
                parse_manifest(bytes(self._kept[MANIFEST_OFFSET:])))
            del self._kept[MANIFEST_OFFSET:]  # parsed: its text is not needed again
            self._next_attachment()
        return data[wanted:]

    def _next_attachment(self) -> None:
        """Start hashing the next attachment declared; an empty one is done at once."""
        assert self._manifest is not None
        declared = self._manifest[1]
        while len(self._digests) < len(declared):
            self._current = hashlib.sha256()
            self._current_left = declared[len(self._digests)][1]
            if self._current_left:
                return
            self._digests.append(self._current.hexdigest())

    def payload(self) -> RecordsPayload:
        """The payload of the body written (its attachments checked, not kept), once the
        decryptor is done; the body's first refusal otherwise."""
        if self._refusal is not None:
            raise self._refusal
        if self._manifest is None:  # the body ended first: refused as its bytes would be
            split_body(bytes(self._kept))
            raise AssertionError("split_body refuses a body that ends before its manifest")
        payload, declared = self._manifest

        def sha256_of(index: int, _offset: int, _size: int) -> str:
            return self._digests[index]

        check_attachment_bytes(declared, self._after, sha256_of)
        return payload
