"""The demo's HQ (demo/hq.py): the demo post trusts it from the start, its vault is made on
first use, and its acknowledgement of a real packet is one the post takes."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from shekara.demo import vault as demo
from shekara.demo.hq import HQ_FOLDER, acknowledge_folder, post_packets
from shekara.demo.samples import DEMO_OFFICERS, DEMO_PASSPHRASE
from shekara.errors import InputError
from shekara.services import acks, keys
from shekara.services.session import Session, open_session
from shekara.vault.vault import Vault


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> demo.DemoVault:
    return demo.create_demo_vault(tmp_path_factory.mktemp("demo") / "vault", count=40)


def supervisor(info: demo.DemoVault) -> Session:
    return open_session(info.directory, DEMO_OFFICERS[0][0], DEMO_PASSPHRASE)


def test_the_post_trusts_the_demo_hq_whose_vault_waits_for_first_use(
        made: demo.DemoVault) -> None:
    hq = made.hq
    assert hq is not None and hq.directory == made.directory.parent / HQ_FOLDER
    assert not hq.exists  # made only when first asked: the first launch does not pay for it
    with supervisor(made) as session:
        pinned = keys.pinned_hq(session.vault)
        assert pinned.code == hq.code and pinned.fingerprint() == hq.keys.public.fingerprint()
        assert session.export.preview().new_records > 0  # the wizard has something to count
    assert "signing_seed" not in repr(made)  # HQ's private keys never in a repr (or a log)


def test_the_round_trip_through_the_demo_hq(tmp_path: Path) -> None:
    info = demo.create_demo_vault(tmp_path / "vault", count=30, seed=7)
    assert info.hq is not None
    stick = tmp_path / "stick"
    stick.mkdir()
    with supervisor(info) as session:
        with pytest.raises(InputError) as refused:  # nothing exported there yet
            acknowledge_folder(info.hq, session, stick)
        assert refused.value.msgid == "demo.no_packet"
        assert "Post > Export packet to a stick" in str(refused.value.message)
        assert not info.hq.exists  # a refusal makes no HQ vault
        first = session.export.export(stick)
        before = Counter(r.status for r in session.records.list_records(limit=1000))
        assert before["exported"] > 0 and before["acknowledged"] == 0
        done = acknowledge_folder(info.hq, session, stick)
        assert [o.status for o in done.outcomes] == ["imported"]
        assert done.outcomes[0].records == first.records == done.versions
        assert done.ack_path.parent == stick and done.ack_seq == 1
        taken = session.acks.import_ack(done.ack_path.read_bytes())
        assert taken.newer and taken.acknowledged == first.records
        after = Counter(r.status for r in session.records.list_records(limit=1000))
        assert after["acknowledged"] == before["exported"] and after["exported"] == 0
    # The HQ vault is a real one: its officer opens it with the demo passphrase, the post is
    # enrolled, the packet imported.
    with open_session(info.hq.directory, info.hq.officer, DEMO_PASSPHRASE) as hq:
        assert hq.vault.mode == "hq" and keys.enrolled_posts(hq.vault) == [info.post_code]
        assert hq.keys.own_keys().public.fingerprint() == info.hq.keys.public.fingerprint()
        assert acks.build_ack(hq.vault, info.post_code).imported_through == first.seq


def test_a_second_round_opens_the_same_hq_and_numbers_on(tmp_path: Path) -> None:
    info = demo.create_demo_vault(tmp_path / "vault", count=30, seed=8)
    assert info.hq is not None
    stick = tmp_path / "stick"
    stick.mkdir()
    with supervisor(info) as session:
        session.export.export(stick)
        acknowledge_folder(info.hq, session, stick)
        ids = [r.id for r in session.records.list_records(limit=1000)
               if r.status == "draft"][:2]
        with open_session(info.directory, DEMO_OFFICERS[2][0], DEMO_PASSPHRASE) as second:
            for record_id in ids:  # the second supervisor approves (four-eyes)
                second.records.approve(record_id)
        second_packet = session.export.export(stick)
        assert [p.name for p in post_packets(stick, info.post_code)] == [
            f"shekara-{info.post_code}-records-000001.shk",
            f"shekara-{info.post_code}-records-000002.shk"]
        again = acknowledge_folder(info.hq, session, stick)
        # Packet 1 is a duplicate at HQ; packet 2 is new; the ack is number 2.
        assert [o.status for o in again.outcomes] == ["duplicate", "imported"]
        assert again.ack_seq == 2 and second_packet.seq == 2
        assert session.acks.import_ack(again.ack_path.read_bytes()).imported_through == 2


def test_another_posts_packets_and_acks_in_the_folder_are_not_taken(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    for name in ("shekara-KZ-OTHER-records-000001.shk", "notes.txt",
                 "shekara-HQ-KZ-DEMO-ack-KZ-DEMO-000001.shk", "shekara-KZ-DEMO-records-x.shk"):
        (stick / name).write_bytes(b"x")
    (stick / "shekara-KZ-DEMO-records-000003.shk").mkdir()  # a folder is not a packet
    assert post_packets(stick, "KZ-DEMO") == []
    (stick / "shekara-KZ-DEMO-records-000002.shk").write_bytes(b"x")
    assert [p.name for p in post_packets(stick, "KZ-DEMO")] == [
        "shekara-KZ-DEMO-records-000002.shk"]


def test_a_packet_hq_cannot_read_is_refused_and_still_acknowledged(tmp_path: Path) -> None:
    """HQ's import is the real one: a damaged file is refused, and HQ's ack still goes out
    (it tells the post nothing new was imported)."""
    info = demo.create_demo_vault(tmp_path / "vault", count=20, seed=9)
    assert info.hq is not None
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / f"shekara-{info.post_code}-records-000001.shk").write_bytes(b"not a packet")
    with supervisor(info) as session:
        done = acknowledge_folder(info.hq, session, stick)
        assert [o.status for o in done.outcomes] == ["refused"]
        taken = session.acks.import_ack(done.ack_path.read_bytes())
        assert taken.newer and taken.acknowledged == 0 and taken.imported_through == 0


def test_an_hq_vault_left_without_keys_gets_the_trusted_ones(tmp_path: Path) -> None:
    """A run stopped between making the HQ vault and storing its keys: the next one stores the
    keys the post trusts (not new ones, which the post would refuse)."""
    info = demo.create_demo_vault(tmp_path / "vault", count=20, seed=10)
    hq = info.hq
    assert hq is not None
    vault, _recovery = Vault.create(hq.directory, mode="hq", party=hq.party, post_code=hq.code,
                                    officer=hq.officer, passphrase=hq.passphrase)
    vault.lock()
    stick = tmp_path / "stick"
    stick.mkdir()
    with supervisor(info) as session:
        session.export.export(stick)
        done = acknowledge_folder(hq, session, stick)
        assert [o.status for o in done.outcomes] == ["imported"]
        assert session.acks.import_ack(done.ack_path.read_bytes()).newer
