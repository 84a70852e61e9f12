"""services/packet_inspection.py and the chunked read it uses: the keys a vault trusts when it
only looks at a packet, the verdict beside the claimed header, and a file read with progress
that can be stopped, and refused before reading when it is over the limit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from shekara.domain.reference import load_default
from shekara.errors import InputError, PacketError
from shekara.packets.container import MAX_PACKET_BYTES
from shekara.packets.keys import KeyRing
from shekara.services import export, keys
from shekara.services.packet_inspection import inspect_packet, trusted_keyring
from shekara.services.packet_io import READ_CHUNK_BYTES, read_packet_file
from shekara.services.records import RecordService
from shekara.vault.vault import Vault
from tests.cli.conftest import example_record
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


def test_a_file_is_read_in_chunks_with_its_progress(tmp_path: Path) -> None:
    path = tmp_path / "big.shk"
    content = bytes(range(256)) * (READ_CHUNK_BYTES // 256) * 2 + b"tail"
    path.write_bytes(content)
    told: list[tuple[int, int]] = []
    assert read_packet_file(path, lambda done, total: told.append((done, total))) == content
    assert told == [(READ_CHUNK_BYTES, len(content)), (2 * READ_CHUNK_BYTES, len(content)),
                    (len(content), len(content))]

    class Stop(Exception):
        pass

    def stop(done: int, _total: int) -> None:
        raise Stop

    with pytest.raises(Stop):  # the reader's own way to stop: raise from the progress
        read_packet_file(path, stop)


def test_an_oversize_file_is_refused_before_any_of_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.shk"
    with open(huge, "wb") as fh:  # sparse: its length only
        fh.truncate(MAX_PACKET_BYTES + 1)
    told: list[int] = []
    with pytest.raises(PacketError) as refused:
        read_packet_file(huge, lambda done, _total: told.append(done))
    assert refused.value.msgid == "packet.too_large" and told == []
    with pytest.raises(InputError) as unreadable:
        read_packet_file(tmp_path)  # a folder
    assert unreadable.value.msgid == "cli.unreadable"
