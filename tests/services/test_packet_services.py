"""Packet services below the command: what the CLI tests cannot reach easily."""

from __future__ import annotations

import copy
import errno
import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from shekara.domain.reference import FILES, ReferenceData, load_default
from shekara.errors import PacketError, StateError
from shekara.packets.container import seal
from shekara.packets.payload import AckPayload, RecordRef, RecordsPayload, encode_ack
from shekara.services import acks, export, hq, hq_records, keys
from shekara.services.packet_io import send_sequenced
from shekara.services.records import RecordService
from shekara.services.session import Session
from shekara.vault import chain_store, packet_store, reference_store
from shekara.vault.vault import Vault, now_utc
from tests.cli.conftest import border_record, example_record
from tests.support.post_and_hq import make_post_and_hq

PASS = "service-test-pass"


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Vault, Vault]]:
    post, central = make_post_and_hq(tmp_path, post_code="KZ-SVC", officer="svc.sup",
                                     passphrase=PASS)
    yield post, central
    post.lock()
    central.lock()


def _approved(post: Vault, *records: dict[str, object]) -> list[str]:
    service = RecordService(post, load_default())
    ids = service.add(list(records) or [example_record()])
    for record_id in ids:
        service.approve(record_id)
    return ids


class Failing:
    """The writer's `opener` hook: a file that fails after `limit` bytes."""

    def __init__(self, limit: int) -> None:
        self.limit = limit

    def __call__(self, path: Path) -> object:
        limit = self.limit

        class Device:
            def __init__(self) -> None:
                self.file = open(path, "xb")
                self.written = 0

            def write(self, data: memoryview) -> int:
                if self.written >= limit:
                    raise OSError(errno.EIO, "pulled out")
                count = self.file.write(bytes(data[:limit - self.written]))
                self.written += count
                return count

            def flush(self) -> None:
                self.file.flush()

            def fileno(self) -> int:
                return self.file.fileno()

            def __enter__(self) -> Device:
                return self

            def __exit__(self, *exc: object) -> None:
                self.file.close()

        return Device()


def test_export_through_the_writers_opener_hook(pair: tuple[Vault, Vault],
                                                tmp_path: Path) -> None:
    post, _ = pair
    _approved(post)
    for limit in (0, 100, 1000):
        with pytest.raises(PacketError, match="nothing was kept"):
            export.export(post, tmp_path, opener=Failing(limit))  # type: ignore[arg-type]
        assert chain_store.chain(post.conn, "records") == (0, None)
        assert packet_store.pending_count(post.conn) == 1
        assert not [p for p in tmp_path.iterdir() if p.suffix == ".shk"]
    assert export.export(post, tmp_path).seq == 1


def test_hq_sending_restores_its_chain_when_the_write_fails(pair: tuple[Vault, Vault],
                                                            tmp_path: Path) -> None:
    post, central = pair
    recipient = keys.post_recipient(central, post.post_code)
    body = encode_ack(AckPayload(post.post_code, [], [], [], 0, [], []))
    with pytest.raises(PacketError):
        send_sequenced(central, "ack", body, recipient, tmp_path, detail={},
                       audit_action="hq.ack", opener=Failing(10))  # type: ignore[arg-type]
    assert chain_store.chain(central.conn, "ack") == (0, None)
    sent = send_sequenced(central, "ack", body, recipient, tmp_path, detail={},
                          audit_action="hq.ack")
    assert sent.seq == 1


def test_an_ack_confirming_more_than_was_sent_is_refused(pair: tuple[Vault, Vault]) -> None:
    post, central = pair
    ack = AckPayload(post.post_code, [RecordRef("6f1c7a52-3f0e-4d8b-9a53-0c2b7e9d1a11", 1)],
                     [], [], 5, [], [])
    data = seal("ack", encode_ack(ack), signer=keys.own_keys(central),
                recipients=[keys.own_keys(post).public.age_recipient],
                recipient_id=post.post_code, seq=1, prev_hash=None)
    with pytest.raises(PacketError, match="belongs to another installation"):
        acks.import_ack(post, data)
    assert chain_store.received_chain(post.conn, "HQ-KZ", "ack") == (0, None)


def test_ack_reports_gaps_held_and_unresolved_refusals(pair: tuple[Vault, Vault],
                                                       tmp_path: Path) -> None:
    post, central = pair
    ref = load_default()
    packets = []
    for record in (example_record(), border_record("Сүлейменов", "Нұрлан", "LTU"),
                   border_record("Jankauskaitė", "Rūta", "KAZ")):
        _approved(post, record)
        packets.append(export.export(post, tmp_path).path.read_bytes())
    broken = bytearray(packets[1])
    broken[-1] ^= 1
    assert hq.import_packet(central, ref, bytes(broken)).status == "refused"
    assert hq.import_packet(central, ref, packets[2]).status == "held"
    ack = acks.build_ack(central, post.post_code)
    assert (ack.imported_through, ack.gaps, ack.held) == (0, [1, 2], [3])
    assert [(r.packet_seq, r.reason) for r in ack.refused] == [(2, "packet.body_hash")]
    assert hq.import_packet(central, ref, packets[0]).ok
    assert hq.import_packet(central, ref, packets[1]).applied == [3]
    ack = acks.build_ack(central, post.post_code)
    assert (ack.imported_through, ack.gaps, ack.held, ack.refused) == (3, [], [], [])
    assert len(ack.acks) == 3


def test_prepare_refuses_bad_lifecycle_fields(pair: tuple[Vault, Vault]) -> None:
    post, _ = pair
    (record_id,) = _approved(post)
    shown = RecordService(post, load_default()).show(record_id).to_json()
    moment = datetime.now().astimezone()
    assert hq_records.prepare(RecordsPayload([shown], [], []), load_default(), moment)
    for field, value in (("created_by", None), ("created_by", 7), ("retain_until", "soon"),
                         ("approved_at", ["x"])):
        bad = copy.deepcopy(shown)
        bad[field] = value
        with pytest.raises(PacketError):
            hq_records.prepare(RecordsPayload([bad], [], []), load_default(), moment)


def test_session_uses_newer_reference_data_from_the_vault(pair: tuple[Vault, Vault]) -> None:
    post, _ = pair
    shipped = load_default()
    files = {name: copy.deepcopy(shipped.sources[name]) for name in FILES}
    files["meta"]["version"] = shipped.version + 1
    with post.transaction() as conn:
        reference_store.add_reference(conn, shipped.version + 1, files, "0" * 64, "HQ-KZ",
                                      now_utc())
    assert Session(post).ref.version == shipped.version + 1
    newer = ReferenceData({**files, "meta": {**files["meta"], "version": 99}})
    assert Session(post, newer).ref.version == 99  # an even newer one given stays


def test_outcome_lines_name_ranges() -> None:
    outcome = hq.ImportOutcome("p.shk", "held", post="KZ-1", seq=7, gaps=[2, 3, 4, 6])
    assert outcome.line() == "p.shk: held: packet 7 from KZ-1 waits for missing packet(s) 2-4, 6"
    assert json.dumps(outcome.to_json())


def test_wrong_mode_is_refused(pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    post, central = pair
    with pytest.raises(StateError):
        export.export(central, tmp_path)
    with pytest.raises(StateError):
        hq.status(post)
    with pytest.raises(StateError):
        keys.rotate(central)
