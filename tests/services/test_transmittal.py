"""The transmittal sheet's packet file read a chunk at a time and never held
(services/transmittal.py): for every test vector and every kind of packet, the same facts or
exactly the same refusal as reading the bytes whole (what the sheet did before); the same PDF
from the file as from its bytes; a 200 MB packet's sheet in a few MB of memory; and the
file's own refusals through this path — cut short, over the size limit, unreadable, gone or
changed between the two readings — and its progress and Stop."""

from __future__ import annotations

import hashlib
import json
import shutil
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from shekara.domain.reference import load_default
from shekara.errors import InputError, PacketError
from shekara.packets.container import (
    MAX_PACKET_BYTES,
    Trusted,
    decrypt_body,
    parse_preamble,
    verify_only,
)
from shekara.packets.inspect import describe
from shekara.packets.keys import PrivateKeys
from shekara.packets.payload import decode_records
from shekara.reports.sheets import PacketTransmittal
from shekara.services import export
from shekara.services.keys import identities, own_keyring, own_keys
from shekara.services.packet_io import READ_CHUNK_BYTES, scan_packet_file
from shekara.services.records import RecordService
from shekara.services.reports import ReportService
from shekara.services.transmittal import read_transmittal_bytes, read_transmittal_file
from shekara.vault.vault import Vault
from tests.cli.conftest import example_record
from tests.packets.builders import HQ, ack_packet
from tests.packets.test_inspect_scanned import VECTOR_FILES
from tests.packets.test_vectors import VECTORS, reader
from tests.support.big_packet import write_big_records_packet
from tests.support.post_and_hq import make_post_and_hq

PASS = "transmittal-test-pass"
MOMENT = datetime(2026, 11, 21, 9, 5, tzinfo=timezone(timedelta(hours=5)))


def read_whole(data: bytes, file_name: str, trusted: Trusted,
               keys: list[PrivateKeys]) -> PacketTransmittal:
    """What the sheet read of a packet before, holding its bytes: `describe`, the kind,
    `verify_only`, `decrypt_body`, `decode_records`, the file's SHA-256."""
    info = describe(data)
    if info["kind"] != "records":
        raise PacketError("report.not_records_packet", "a transmittal sheet is for a "
                          "records packet; this is a {kind} packet", kind=info["kind"])
    verified = verify_only(data, trusted, expect_kind="records")
    payload = decode_records(decrypt_body(data, keys, offset=verified.body_offset))
    created = datetime.fromisoformat(str(verified.header.created_at)).astimezone()
    return PacketTransmittal(verified.header.sender, verified.header.seq, created,
                             len(payload.records), hashlib.sha256(data).hexdigest(),
                             Path(file_name).name)


def outcome(run: Callable[[], PacketTransmittal]) -> tuple[Any, ...]:
    try:
        return ("sheet", run())
    except PacketError as err:
        return ("refused", err.msgid, err.template, err.params, str(err))


def same_reading(path: Path, trusted: Trusted, keys: list[PrivateKeys]) -> tuple[Any, ...]:
    data = path.read_bytes()
    expected = outcome(lambda: read_whole(data, path.name, trusted, keys))
    from_bytes = outcome(lambda: read_transmittal_bytes(data, path.name, lambda: trusted,
                                                        lambda: keys))
    from_file = outcome(lambda: read_transmittal_file(path, lambda: trusted, lambda: keys))
    assert from_bytes == expected, (path.name, from_bytes, expected)
    assert from_file == expected, (path.name, from_file, expected)
    return expected


def test_every_vector_gets_the_same_sheet_or_refusal_as_its_bytes_whole() -> None:
    spec = json.loads((VECTORS / "verdicts.json").read_text())["readers"]
    sheets: set[str] = set()
    refusals: set[str] = set()
    for path in VECTOR_FILES:
        for one in spec.values():
            trusted, identity, _recipient = reader(VECTORS, one)
            result = same_reading(path, trusted, [identity])
            if result[0] == "sheet":
                sheets.add(path.stem)
            else:
                refusals.add(result[1])
    assert {"valid-records-1", "valid-records-2", "newer-minor"} <= sheets, sheets
    assert {"packet.empty", "packet.bad_magic", "packet.truncated", "packet.body_length",
            "packet.body_hash", "packet.bad_signature", "packet.unknown_key",
            "packet.revoked_key", "packet.not_age", "packet.decrypt_failed",
            "packet.not_for_us", "packet.bad_body", "report.not_records_packet"} <= refusals


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Vault, Vault]]:
    post, central = make_post_and_hq(tmp_path, post_code="KZ-TRM", officer="trm.sup",
                                     passphrase=PASS)
    yield post, central
    post.lock()
    central.lock()


def exported(post: Vault, folder: Path, count: int = 2) -> Path:
    service = RecordService(post, load_default())
    for record_id in service.add([example_record() for _ in range(count)]):
        service.approve(record_id)
    folder.mkdir(exist_ok=True)
    return export.export(post, folder).path


def test_each_end_s_sheet_of_a_real_packet_is_the_sheet_of_its_bytes(
        pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    post, central = pair
    path = exported(post, tmp_path / "stick", count=3)
    data = path.read_bytes()
    for vault in (post, central):
        reports = ReportService(vault, load_default(), now=MOMENT)
        from_file = reports.transmittal_file(path, "kk")
        assert from_file.pdf == reports.transmittal(data, path.name, "kk").pdf
        whole = read_whole(data, path.name, reports.transmittal_keyring(), identities(vault))
        assert from_file.pdf == reports.transmittal_sheet(whole, "kk").pdf
        assert from_file.detail == {"post": "KZ-TRM", "seq": 1, "records": 3,
                                    "sha256": hashlib.sha256(data).hexdigest()}
    # Another kind of packet: refused as before, before the vault's keys are asked for.
    acked = tmp_path / "ack.shk"
    acked.write_bytes(ack_packet())
    with pytest.raises(PacketError) as refused:
        read_transmittal_file(acked, never, never)
    assert refused.value.msgid == "report.not_records_packet"


def never() -> Any:
    raise AssertionError("the vault was asked for keys before the file was read")


def test_the_file_s_own_refusals(pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    post, _central = pair
    path = exported(post, tmp_path / "stick")
    data = path.read_bytes()
    body_offset = parse_preamble(data).body_offset
    reports = ReportService(post, load_default(), now=MOMENT)

    def refused(file: Path, **kw: Any) -> PacketError | InputError:
        with pytest.raises((PacketError, InputError)) as caught:
            reports.transmittal_file(file, **kw)
        assert isinstance(caught.value, PacketError | InputError)
        return caught.value

    cut = tmp_path / "cut.shk"
    for end, msgid in ((0, "packet.empty"), (30, "packet.truncated"),
                       (body_offset - 1, "packet.truncated"), (len(data) - 1,
                                                                "packet.body_length")):
        cut.write_bytes(data[:end])
        assert refused(cut).msgid == msgid
    huge = tmp_path / "huge.shk"
    with open(huge, "wb") as fh:  # sparse: its length only
        fh.truncate(MAX_PACKET_BYTES + 1)
    told: list[int] = []
    assert refused(huge, progress=lambda done, _total: told.append(done)).msgid \
        == "packet.too_large"
    assert told == []  # refused from its length, before any of it is read
    assert refused(tmp_path).msgid == "cli.unreadable"  # a folder
    assert refused(tmp_path / "missing.shk").msgid == "cli.unreadable"
    # Gone, or changed, between the first reading and the second.
    copy = tmp_path / "copy.shk"
    shutil.copy(path, copy)
    scanned = scan_packet_file(copy)
    copy.unlink()
    assert refused(copy, scanned=scanned).msgid == "cli.unreadable"
    altered = bytearray(data)
    altered[-20] ^= 0x01
    copy.write_bytes(altered)
    assert refused(copy, scanned=scanned).msgid == "packet.body_hash"
    copy.write_bytes(data[:-20])
    assert refused(copy, scanned=scanned).msgid == "packet.body_length"


def test_both_readings_are_told_and_either_can_be_stopped(pair: tuple[Vault, Vault],
                                                         tmp_path: Path) -> None:
    post, _central = pair
    path = write_big_records_packet(tmp_path / "big.shk", own_keys(post), HQ.public,
                                    3 * READ_CHUNK_BYTES)
    size = path.stat().st_size
    body_offset = parse_preamble(path.read_bytes()[:READ_CHUNK_BYTES]).body_offset
    told: list[tuple[int, int]] = []
    sheet = read_transmittal_file(path, lambda: own_keyring(post), lambda: identities(post),
                                  lambda done, total: told.append((done, total)))
    assert sheet.record_count == 1 and sheet.sha256 == hashlib.sha256(
        path.read_bytes()).hexdigest()
    first = [min(n * READ_CHUNK_BYTES, size) for n in range(1, -(-size // READ_CHUNK_BYTES) + 1)]
    body = size - body_offset
    second = [size + body_offset + min(n * READ_CHUNK_BYTES, body)
              for n in range(1, -(-body // READ_CHUNK_BYTES) + 1)]
    assert told == [(done, 2 * size) for done in first + second]

    class Stop(Exception):
        pass

    for stop_at in (READ_CHUNK_BYTES, size + body_offset + READ_CHUNK_BYTES):
        def stop(done: int, _total: int, stop_at: int = stop_at) -> None:
            if done >= stop_at:
                raise Stop

        with pytest.raises(Stop):
            read_transmittal_file(path, lambda: own_keyring(post), lambda: identities(post),
                                  stop)


def test_the_sheet_of_a_200_mb_packet_takes_a_few_mb_of_memory(pair: tuple[Vault, Vault],
                                                               tmp_path: Path) -> None:
    """Memory, not time: the file is never held, so the peak does not grow with it (before,
    it was read whole, decrypted whole and its attachment copied: 2 GiB traced, the read's
    buffer sized for the largest packet)."""
    post, central = pair
    path = write_big_records_packet(tmp_path / "big.shk", own_keys(post),
                                    own_keys(central).public, 200 * 1024 * 1024, records=3)
    reports = ReportService(post, load_default(), now=MOMENT)
    reports.transmittal_file(exported(post, tmp_path / "stick"), "kk")  # fonts loaded once
    told: list[int] = []
    tracemalloc.start()
    try:
        sheet = reports.transmittal_file(path, "kk",
                                         progress=lambda done, _total: told.append(done))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sheet.detail["records"] == 3 and told[-1] == 2 * path.stat().st_size
    assert peak < 64 * 1024 * 1024, peak
