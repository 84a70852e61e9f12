"""Records travel post → HQ → ack → post through the real command and real files."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from shekara.packets.inspect import describe
from shekara.packets.payload import decode_records
from tests.cli.conftest import SECOND, example_record
from tests.cli.packet_world import HQ_CODE, POST_CODE, RECORDS, World


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
          capsys: pytest.CaptureFixture[str]) -> World:
    return World(tmp_path, monkeypatch, capsys)



def test_full_round_trip(world: World) -> None:
    ids = world.add_approved(*RECORDS)
    assert set(world.statuses().values()) == {"approved"}
    exported = world.post.ok("export", "--to", str(world.stick), "--json").json()
    path = Path(exported["path"])
    assert path.parent == world.stick and path.name == f"shekara-{POST_CODE}-records-000001.shk"
    assert exported["seq"] == 1 and exported["records"] == 3
    assert exported["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert set(world.statuses().values()) == {"exported"}
    assert [e["seq"] for e in world.post.ok("outbox", "--json").json()] == [1]

    code, outcomes = world.hq_import(path)
    assert code == 0
    assert [(o["status"], o["post"], o["seq"], o["records"]) for o in outcomes] == [
        ("imported", POST_CODE, 1, 3)]
    held = world.hq_records()
    assert set(held) == set(ids)
    # list, search and show work at HQ unchanged
    assert [r["id"] for r in world.hq.ok("search", "Zhukauskas", "--json").json()] == [ids[0]]
    shown = world.hq.ok("record", "show", ids[0], "--json").json()
    assert shown["persons"][0]["surname"] == "Žukauskas" and shown["version"] == 1

    ack = world.ack()
    assert ack.name == f"shekara-{HQ_CODE}-ack-{POST_CODE}-000001.shk"
    taken = world.post.ok("ack", "import", str(ack), "--json").json()
    assert taken["newer"] and taken["acknowledged"] == 3 and taken["outbox_dropped"] == 1
    assert set(world.statuses().values()) == {"acknowledged"}
    assert world.post.ok("outbox", "--json").json() == []
    actions = [e["action"] for e in world.post.ok("audit", "list", "--json").json()]
    assert "export" in actions and "ack.import" in actions
    hq_actions = [e["action"] for e in world.hq.ok("audit", "list", "--json").json()]
    assert "hq.import" in hq_actions and "hq.ack" in hq_actions


def test_nothing_to_export_is_a_clear_refusal(world: World) -> None:
    world.post.refused("export", "--to", str(world.stick), code=6)
    world.post.add(example_record())  # a draft does not travel
    result = world.post.refused("export", "--to", str(world.stick), code=6)
    assert "nothing to export" in result.err
    assert list(world.stick.iterdir()) == []


def test_corrections_and_withdrawals_travel_as_new_versions(world: World) -> None:
    first, second = world.add_approved(RECORDS[0], RECORDS[1])
    world.hq_import(world.export())
    assert world.correct(first, narrative="Heroin in the spare tyre; weight corrected.") == 2
    world.post.ok("record", "withdraw", second, "--reason", "entered twice", officer=SECOND)
    code, outcomes = world.hq_import(world.export())
    assert code == 0 and outcomes[0]["records"] == 2
    held = world.hq_records()
    assert (held[first]["version"], held[first]["status"]) == (2, "approved")
    assert (held[second]["version"], held[second]["status"]) == (2, "withdrawn")
    history = world.hq.ok("record", "show", first, "--history", "--json").json()["history"]
    assert [v["version"] for v in history] == [1, 2]
    assert world.hq.ok("record", "show", first, "--json").json()["narrative"].endswith(
        "weight corrected.")
    # the search entry follows the head, once
    assert [r["id"] for r in world.hq.ok("search", "Zhukauskas", "--json").json()] == [first]
    assert world.hq.ok("search", "weight corrected", "--json").json()[0]["version"] == 2
    world.post.ok("ack", "import", str(world.ack()))
    statuses = world.statuses()
    assert statuses[first] == "acknowledged" and statuses[second] == "withdrawn"


def test_an_older_version_arriving_late_does_not_become_the_head(world: World) -> None:
    (record_id,) = world.add_approved(RECORDS[0])
    one = world.export()
    world.correct(record_id, narrative="Second version.")
    two = world.export()
    code, outcomes = world.hq_import(two)
    assert outcomes[0]["status"] == "held" and outcomes[0]["gaps"] == [1] and code == 0
    assert world.hq_records() == {}
    code, outcomes = world.hq_import(one)
    assert code == 0 and outcomes[0]["applied"] == [2]
    assert world.hq_records()[record_id]["version"] == 2


def test_replay_is_a_success_that_changes_nothing(world: World) -> None:
    world.add_approved(*RECORDS)
    packet = world.export()
    world.hq_import(packet)
    before = world.hq_snapshot()
    result = world.hq.ok("hq", "import", str(packet))
    assert "duplicate" in result.out and "nothing changed" in result.out
    assert world.hq_snapshot() == before


def test_out_of_order_packets_are_held_then_applied(world: World) -> None:
    packets = []
    for record in RECORDS:
        world.add_approved(record)
        packets.append(world.export())
    code, outcomes = world.hq_import(packets[2], packets[1])
    assert code == 0
    assert [(o["status"], o["seq"]) for o in outcomes] == [("held", 3), ("held", 2)]
    assert outcomes[0]["gaps"] == [1, 2] and outcomes[1]["gaps"] == [1]
    status = world.hq.ok("hq", "status", "--post", POST_CODE, "--json").json()[0]
    assert (status["imported_through"], status["gaps"], status["held"]) == (0, [1], [2, 3])
    assert world.hq_records() == {}
    # an ack now tells the post what is missing
    told = world.post.ok("ack", "import", str(world.ack()))
    assert "HQ is missing packet(s) 1:" in told.out
    code, outcomes = world.hq_import(packets[0])
    assert code == 0 and outcomes[0]["status"] == "imported" and outcomes[0]["applied"] == [2, 3]
    assert len(world.hq_records()) == 3
    status = world.hq.ok("hq", "status", "--json").json()[0]
    assert (status["imported_through"], status["gaps"], status["held"]) == (3, [], [])


def test_a_lost_packet_is_sent_again_from_the_outbox(world: World) -> None:
    world.add_approved(RECORDS[0])
    lost = world.export()
    world.add_approved(RECORDS[1])
    world.hq_import(world.export())
    original = lost.read_bytes()
    lost.unlink()
    world.post.ok("ack", "import", str(world.ack()))
    result = world.post.ok("ack", "import", str(world.ack()))
    assert "nothing changed" not in result.out and "missing packet(s) 1" in result.out
    resent = Path(world.post.ok("export", "--to", str(world.stick), "--resend", "1").lines[0])
    assert resent.read_bytes() == original
    code, outcomes = world.hq_import(resent)
    assert code == 0 and outcomes[0]["applied"] == [2]
    world.post.ok("ack", "import", str(world.ack()))
    assert set(world.statuses().values()) == {"acknowledged"}
    assert world.post.ok("outbox", "--json").json() == []
    world.post.refused("export", "--to", str(world.stick), "--resend", "1", code=6)


def test_fork_is_quarantined_and_reported(world: World, tmp_path: Path) -> None:
    world.add_approved(RECORDS[0])
    clone = tmp_path / "clone"
    shutil.copytree(world.post.vault, clone)  # a cloned laptop, or a restored backup
    first = world.export()
    world.hq_import(first)
    world.post.vault, original = clone, world.post.vault
    other_stick = tmp_path / "stick2"
    other_stick.mkdir()
    world.add_approved(RECORDS[1])
    forked = world.export(other_stick)
    world.post.vault = original
    assert forked.name == first.name and forked.read_bytes() != first.read_bytes()
    before = len(world.hq_records())
    result = world.hq.refused("hq", "import", str(forked), code=8)
    assert "fork quarantined" in result.err
    assert len(world.hq_records()) == before
    status = world.hq.ok("hq", "status", "--json").json()[0]
    assert [f["seq"] for f in status["forks"]] == [1]
    assert "FORK at packet 1" in world.hq.ok("hq", "status").out
    # a second packet from the clone continues its fork: it does not follow what HQ imported
    world.post.vault = clone
    world.add_approved(RECORDS[2])
    next_fork = world.export(other_stick)
    world.post.vault = original
    code, outcomes = world.hq_import(next_fork)
    assert code == 8 and outcomes[0]["status"] == "fork"
    assert len(world.hq_records()) == before
    # the ack tells the post (the first fork, at 1, is behind what HQ imported)
    told = world.post.ok("ack", "import", str(world.ack()), "--json").json()
    assert told["refused"] == [{"seq": 2, "reason": "packet.fork"}] and told["gaps"] == [2]


def test_a_vault_restored_from_an_old_backup_is_a_fork(world: World, tmp_path: Path) -> None:
    world.add_approved(RECORDS[0])
    backup = tmp_path / "backup"
    shutil.copytree(world.post.vault, backup)
    world.add_approved(RECORDS[1])
    world.hq_import(world.export())
    # the post's vault is replaced by an older copy that never exported: its next packet is
    # number 1 again (a fork); HQ cannot be fooled into taking it.
    world.post.vault = backup
    code, outcomes = world.hq_import(world.export(tmp_path))
    assert code == 8 and outcomes[0]["status"] == "fork"


@pytest.mark.parametrize("heads, broken", [
    ([(10, "aa"), (7, "bb")],
     "audit chain break: the post's audit log went back from entry 10 to 7"),
    ([(10, "aa"), (10, "bb")], "audit chain break: the post's audit entry 10 changed"),
    ([(10, "aa"), (10, "aa")], None),  # the same head again is not a break (packet-format 10)
    ([(10, "aa"), (11, "bb")], None)])
def test_audit_head_going_back_or_changing_is_a_chain_break(
        world: World, heads: list[tuple[int, str]], broken: str | None) -> None:
    from shekara.packets.container import AuditHead, seal
    from shekara.packets.payload import encode_records

    post_keys, hq_keys = world.private_keys("post"), world.private_keys("hq")
    ids = world.add_approved(RECORDS[0], RECORDS[1])
    shown = [world.post.ok("record", "show", i, "--json").json() for i in ids]
    prev = None
    for n, (record, (seq, fill)) in enumerate(zip(shown, heads, strict=True), 1):
        data = seal("records", encode_records([record]), signer=post_keys,
                    recipients=[hq_keys.public.age_recipient], recipient_id=HQ_CODE, seq=n,
                    prev_hash=prev, audit_head=AuditHead(seq, fill * 32))
        prev = hashlib.sha256(data).hexdigest()
        (world.stick / f"p{n}.shk").write_bytes(data)
    code, outcomes = world.hq_import(world.stick / "p1.shk", world.stick / "p2.shk")
    assert [o["status"] for o in outcomes] == ["imported", "imported"]
    status = world.hq.ok("hq", "status", "--json").json()[0]
    if broken is None:
        assert code == 0 and status["audit_breaks"] == []
        return
    # The English, word for word and key for key (the window translates the message the
    # post event keeps beside it).
    assert code == 8 and outcomes[1]["problems"] == [broken]
    [event] = status["audit_breaks"]
    assert sorted(event) == ["at", "reason", "seq"]
    assert (event["seq"], event["reason"]) == (2, broken)
    assert f"  AUDIT CHAIN BREAK at packet 2: {broken}" in world.hq.ok(
        "hq", "status").out.splitlines()


def test_retention_tombstone_removes_the_record_at_hq(world: World) -> None:
    ids = world.add_approved(RECORDS[1], RECORDS[2])
    world.hq_import(world.export())
    world.post.ok("ack", "import", str(world.ack()))
    world.post.ok("retention", "purge", "--as-of", "2099-01-01")
    code, outcomes = world.hq_import(world.export())
    assert code == 0 and outcomes[0]["status"] == "imported"
    assert world.hq_records() == {}
    purges = world.hq.ok("audit", "list", "--action", "retention.purge", "--json").json()
    assert {p["record_id"] for p in purges} == set(ids)


def test_attachments_travel_and_hq_stores_them(world: World, tmp_path: Path) -> None:
    (record_id,) = world.post.add(example_record())
    photo = tmp_path / "tyre.jpg"
    photo.write_bytes(os.urandom(50_000))
    attached = world.post.ok("record", "attach", record_id, str(photo), "--json").json()
    assert attached["media_type"] == "image/jpeg" and attached["size"] == 50_000
    world.post.ok("record", "approve", record_id, officer=SECOND)
    world.post.refused("record", "attach", record_id, str(photo), code=6)  # not a draft
    packet = world.export()
    body = _decrypt(world, packet)
    assert decode_records(body).attachments[0].data == photo.read_bytes()
    code, _ = world.hq_import(packet)
    assert code == 0
    shown = world.hq.ok("record", "show", record_id, "--json").json()
    assert shown["attachments"] == [{"name": "tyre.jpg", "media_type": "image/jpeg",
                                     "sha256": attached["sha256"], "size": 50_000}]
    from shekara.vault import attachment_store
    from shekara.vault.vault import Vault
    from tests.cli.conftest import PASSWORDS, SUPERVISOR

    vault = Vault.open(world.hq.vault, SUPERVISOR, PASSWORDS[SUPERVISOR])
    try:
        (stored,) = attachment_store.attachments(vault.conn, [attached["sha256"]])
        assert stored.data == photo.read_bytes()
    finally:
        vault.lock()


def test_attach_refusals(world: World, tmp_path: Path) -> None:
    (record_id,) = world.post.add(example_record())
    empty = tmp_path / "empty.bin"
    empty.write_bytes(b"")
    world.post.refused("record", "attach", record_id, str(empty), code=2)
    world.post.refused("record", "attach", record_id, str(tmp_path / "missing.jpg"), code=2)
    photo = tmp_path / "a.png"
    photo.write_bytes(b"\x89PNG....")
    world.post.refused("record", "attach", record_id, str(photo), "--media-type", "not a type",
                       code=2)
    world.post.ok("record", "attach", record_id, str(photo))
    world.post.refused("record", "attach", record_id, str(photo), code=6)  # twice
    world.post.refused("record", "attach", "0" * 8 + "-0000-4000-8000-" + "0" * 12,
                       str(photo), code=5)


def _decrypt(world: World, packet: Path) -> bytes:
    from shekara.packets.container import decrypt_body

    data = packet.read_bytes()
    return decrypt_body(data[describe(data)["body_offset"]:], [world.private_keys("hq")])


NEEDLES = ["Žukauskas", "Жукаускас", "Сүлейменов", "Нұрлан", "Jankauskaitė", "spare tyre",
           "12345678", "Vilnius", "tyre.jpg"]


def test_the_stick_holds_no_plaintext(world: World, tmp_path: Path) -> None:
    (record_id,) = world.post.add(example_record())
    photo = tmp_path / "tyre.jpg"
    photo.write_bytes(b"JPEG" + "Žukauskas".encode() * 100)
    world.post.ok("record", "attach", record_id, str(photo))
    world.post.ok("record", "approve", record_id, officer=SECOND)
    world.add_approved(RECORDS[1], RECORDS[2])
    world.export()
    world.hq_import(*world.stick.iterdir())
    world.ack()
    assert len(list(world.stick.iterdir())) == 2
    for path in world.stick.rglob("*"):
        assert not path.name.startswith("."), f"a temporary file was left: {path.name}"
        data = path.read_bytes()
        for needle in NEEDLES:
            for encoded in (needle.encode(), needle.encode("utf-16-le"),
                            needle.lower().encode()):
                assert encoded not in data, f"{needle!r} readable in {path.name}"
        assert not any(n.encode() in path.name.encode() for n in NEEDLES)


@pytest.mark.skipif(shutil.which("age") is None and not os.environ.get("CI"),
                    reason="the `age` command is not installed (apt-get install age)")
def test_debian_age_decrypts_an_exported_packet_with_hqs_identity(world: World,
                                                                  tmp_path: Path) -> None:
    ids = world.add_approved(*RECORDS)
    packet = world.export()
    identity = tmp_path / "hq-identity.txt"
    identity.write_text(world.private_keys("hq").age_secret + "\n")
    data = packet.read_bytes()
    proc = subprocess.run(["age", "-d", "-i", str(identity)],
                          input=data[describe(data)["body_offset"]:], capture_output=True,
                          timeout=60, check=True)
    records = decode_records(proc.stdout).records
    assert sorted(r["id"] for r in records) == sorted(ids)
    # …and the documented command line (docs/packet-format.md) does the same
    command = describe(data)["age_command"].replace("PACKET.shk", str(packet)).replace(
        "identity.txt", str(identity))
    subprocess.run(command, shell=True, check=True, cwd=tmp_path, timeout=60)
    assert (tmp_path / "body.bin").read_bytes() == proc.stdout


def test_status_json_names_every_post_and_ack_json(world: World) -> None:
    world.add_approved(RECORDS[0])
    world.hq_import(world.export())
    status = world.hq.ok("hq", "status", "--json").json()
    assert [s["post"] for s in status] == [POST_CODE]
    assert status[0]["records"] == 1 and status[0]["keys"][0]["state"] == "active"
    ack = world.hq.ok("hq", "ack", "--post", POST_CODE, "--to", str(world.stick),
                      "--json").json()
    assert ack["acks"] == 1 and ack["imported_through"] == 1 and ack["seq"] == 1
    world.hq.refused("hq", "ack", "--post", "KZ-NOBODY", "--to", str(world.stick), code=5)
    world.hq.refused("hq", "status", "--post", "KZ-NOBODY", code=5)
    assert json.loads(world.post.ok("ack", "import", ack["path"], "--json").out)["newer"]
