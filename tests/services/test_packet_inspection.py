"""services/packet_inspection.py and the chunked read it uses: the keys a vault trusts when it
only looks at a packet, the verdict beside the claimed header, a file read a chunk at a time
with progress that can be stopped and never held whole (a 200 MB packet is inspected in a few
MB), refused before reading when it is over the limit and while reading when it grows over it.
"""

from __future__ import annotations

import hashlib
import os
import threading
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from shekara.domain.reference import load_default
from shekara.errors import InputError, PacketError
from shekara.packets import container
from shekara.packets.container import AGE_MAGIC, MAX_PACKET_BYTES, parse_preamble
from shekara.packets.inspect import HEAD_BYTES, describe_scanned
from shekara.packets.keys import KeyRing
from shekara.services import export, keys, packet_io
from shekara.services.packet_inspection import (
    inspect_packet,
    inspect_packet_file,
    trusted_keyring,
)
from shekara.services.packet_io import READ_CHUNK_BYTES, read_packet_file, scan_packet_file
from shekara.services.records import RecordService
from shekara.vault.vault import Vault
from tests.cli.conftest import example_record
from tests.packets.builders import POST, records_packet, resign
from tests.support.post_and_hq import make_post_and_hq

PASS = "inspection-test-pass"


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Vault, Vault]]:
    post, central = make_post_and_hq(tmp_path, post_code="KZ-INS", officer="ins.sup",
                                     passphrase=PASS)
    yield post, central
    post.lock()
    central.lock()


def _packet(post: Vault, folder: Path) -> Path:
    service = RecordService(post, load_default())
    [record_id] = service.add([example_record()])
    service.approve(record_id)
    folder.mkdir(exist_ok=True)
    return export.export(post, folder).path


def test_each_end_verifies_the_packet_and_a_stranger_sees_the_claim_and_why(
        pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    post, central = pair
    data = _packet(post, tmp_path / "stick").read_bytes()
    for vault in (post, central):
        seen = inspect_packet(data, trusted_keyring(vault))
        assert seen.verified and seen.not_verified is None
        assert (seen.info["kind"], seen.info["sender"]) == ("records", "KZ-INS")
    claimed = inspect_packet(data, KeyRing())
    assert not claimed.verified and claimed.info["sender"] == "KZ-INS"
    assert isinstance(claimed.not_verified, PacketError)
    assert claimed.not_verified.msgid == "packet.unknown_key"
    # A revoked post's packet: refused as revoked at HQ, the header still shown.
    keys.revoke(central, "KZ-INS")
    revoked = inspect_packet(data, trusted_keyring(central))
    assert revoked.not_verified is not None and revoked.not_verified.msgid == "packet.revoked_key"
    with pytest.raises(PacketError):  # no header at all: a refusal, not a verdict
        inspect_packet(data[:100], trusted_keyring(central))


def test_the_file_inspected_from_disk_is_the_bytes_inspected(
        pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    post, central = pair
    path = _packet(post, tmp_path / "stick")
    data = path.read_bytes()
    altered = tmp_path / "altered.shk"
    altered.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    for file in (path, altered):
        for vault in (post, central):
            trusted = trusted_keyring(vault)
            from_disk = inspect_packet_file(file, trusted)
            in_memory = inspect_packet(file.read_bytes(), trusted)
            assert from_disk.info == in_memory.info
            assert str(from_disk.not_verified) == str(in_memory.not_verified)
    assert inspect_packet_file(path, trusted_keyring(central)).verified
    refused = inspect_packet_file(altered, trusted_keyring(central)).not_verified
    assert refused is not None and refused.msgid == "packet.body_hash"


def test_a_file_is_read_in_chunks_with_its_progress(tmp_path: Path) -> None:
    path = tmp_path / "big.shk"
    content = bytes(range(256)) * (READ_CHUNK_BYTES // 256) * 2 + b"tail"
    path.write_bytes(content)
    told: list[tuple[int, int]] = []
    scanned = scan_packet_file(path, lambda done, total: told.append((done, total)))
    assert told == [(READ_CHUNK_BYTES, len(content)), (2 * READ_CHUNK_BYTES, len(content)),
                    (len(content), len(content))]
    assert (scanned.size, scanned.sha256) == (len(content), hashlib.sha256(content).hexdigest())
    assert scanned.head == content[:HEAD_BYTES]  # only the first bytes are kept
    assert read_packet_file(path) == content  # an import still takes the bytes whole

    class Stop(Exception):
        pass

    def stop(done: int, _total: int) -> None:
        raise Stop

    with pytest.raises(Stop):  # the reader's own way to stop: raise from the progress
        scan_packet_file(path, stop)


def test_an_oversize_file_is_refused_before_any_of_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.shk"
    with open(huge, "wb") as fh:  # sparse: its length only
        fh.truncate(MAX_PACKET_BYTES + 1)
    told: list[int] = []
    with pytest.raises(PacketError) as refused:
        scan_packet_file(huge, lambda done, _total: told.append(done))
    assert refused.value.msgid == "packet.too_large" and told == []
    with pytest.raises(PacketError) as refused:
        read_packet_file(huge)
    assert refused.value.msgid == "packet.too_large"
    for read in (read_packet_file, scan_packet_file):
        with pytest.raises(InputError) as unreadable:
            read(tmp_path)  # a folder
        assert unreadable.value.msgid == "cli.unreadable"


def test_a_file_that_grows_over_the_limit_while_read_is_refused_and_not_read_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pipe has no size to refuse beforehand (a stick's file that is still being written
    stands for it): the reading stops a chunk past the limit, and the file is refused as too
    large, as `describe` refuses such bytes."""
    limit = 2 * READ_CHUNK_BYTES
    monkeypatch.setattr(packet_io, "MAX_PACKET_BYTES", limit)
    monkeypatch.setattr(container, "MAX_PACKET_BYTES", limit)
    pipe = tmp_path / "growing.shk"
    os.mkfifo(pipe)
    written: list[int] = []

    def stick() -> None:
        try:
            with open(pipe, "wb") as fh:
                for _ in range(10):
                    fh.write(b"\0" * READ_CHUNK_BYTES)
                    written.append(READ_CHUNK_BYTES)
        except BrokenPipeError:
            pass  # the reader stopped: what the test wants

    writer = threading.Thread(target=stick)
    writer.start()
    try:
        scanned = scan_packet_file(pipe)
    finally:
        writer.join(timeout=20)
    assert limit < scanned.size <= limit + READ_CHUNK_BYTES
    assert sum(written) < 10 * READ_CHUNK_BYTES  # not read to its end
    with pytest.raises(PacketError) as refused:
        describe_scanned(scanned)
    assert refused.value.msgid == "packet.too_large"


def _big_packet(path: Path, body_bytes: int) -> None:
    """A records packet signed by the test post whose body is `body_bytes` of an age magic and
    zeros, written sparse (quick, and no disk used): its header names the body's true hash."""
    body_hash = hashlib.sha256(AGE_MAGIC)
    zeros = bytes(READ_CHUNK_BYTES)
    left = body_bytes - len(AGE_MAGIC)
    while left:
        body_hash.update(zeros[:min(left, len(zeros))])
        left -= min(left, len(zeros))

    def names_the_big_body(head: dict[str, object]) -> None:
        head["body_sha256"], head["body_length"] = body_hash.hexdigest(), body_bytes

    signed = resign(records_packet(), POST, names_the_big_body)
    offset = parse_preamble(signed).body_offset
    with open(path, "wb") as fh:
        fh.write(signed[:offset] + AGE_MAGIC)
        fh.truncate(offset + body_bytes)


def test_inspecting_a_200_mb_packet_takes_a_few_mb_of_memory(tmp_path: Path) -> None:
    """Memory, not time: the file is never held, so the peak does not grow with it (before
    the file was read whole and joined: 400 MB traced for this one)."""
    path = tmp_path / "big.shk"
    _big_packet(path, 200 * 1024 * 1024)
    told: list[int] = []
    tracemalloc.start()
    try:
        inspection = inspect_packet_file(path, KeyRing([POST.public]),
                                         lambda done, _total: told.append(done))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert inspection.verified and inspection.info["size"] == path.stat().st_size
    assert len(told) == -(-path.stat().st_size // READ_CHUNK_BYTES)  # one per chunk
    assert peak < 64 * 1024 * 1024, peak
