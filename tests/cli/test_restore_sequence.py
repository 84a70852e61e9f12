"""Issue 12, "Restoring a backup older than the last export": the restored post learns from HQ's
ack where its sequence stands and continues it — it never forks silently at HQ."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from shekara.packets.container import seal
from shekara.packets.payload import AckPayload, encode_ack
from tests.cli.packet_world import POST_CODE, RECORDS, World


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
          capsys: pytest.CaptureFixture[str]) -> World:
    return World(tmp_path, monkeypatch, capsys)


def _backup(world: World) -> Path:
    folder = world.root / "backups"
    folder.mkdir(exist_ok=True)
    return Path(world.post.ok("backup", "--to", str(folder), "--json").json()["path"])


def _restore(world: World, backup: Path) -> dict[str, object]:
    return dict(world.post.ok("restore", str(backup), "--replace", "--json").json())


def _stick(world: World, name: str) -> Path:
    stick = world.root / name
    stick.mkdir()
    return stick


def _post_stream(world: World) -> dict[str, object]:
    (only,) = world.hq.ok("hq", "status", "--post", POST_CODE, "--json").json()
    return dict(only)


def test_a_restore_older_than_the_last_export_continues_the_sequence(world: World) -> None:
    world.add_approved(RECORDS[0])
    assert world.hq_import(world.export())[1][0]["status"] == "imported"
    backup = _backup(world)  # made after packet 1
    lost = world.add_approved(RECORDS[1])[0]
    assert world.hq_import(world.export(_stick(world, "s2")))[1][0]["status"] == "imported"

    restored = _restore(world, backup)  # the laptop's disk died; packet 2 is at HQ only
    assert restored["needs_ack"] is True and restored["last_packet"] == 1
    world.add_approved(RECORDS[2])
    refused = world.post.refused("export", "--to", str(_stick(world, "s3")), code=6)
    assert "Import HQ's newest acknowledgement first" in refused.err

    taken = world.post.ok("ack", "import", str(world.ack(_stick(world, "a1"))), "--json").json()
    assert taken["imported_through"] == 2
    packet = world.export(_stick(world, "s4"))
    assert packet.name == f"shekara-{POST_CODE}-records-000003.shk"  # not a second number 2
    code, (outcome,) = world.hq_import(packet)
    assert code == 0 and outcome["status"] == "imported"
    stream = _post_stream(world)
    assert stream["forks"] == [] and stream["imported_through"] == 3
    # what packet 2 carried is not sent again, and the records the backup predates stay lost
    assert lost not in world.statuses()
    world.post.ok("ack", "import", str(world.ack(_stick(world, "a2"))))
    assert set(world.statuses().values()) == {"acknowledged"}


def test_a_restore_with_nothing_exported_after_it_continues_after_one_ack(world: World) -> None:
    world.add_approved(RECORDS[0])
    world.hq_import(world.export())
    backup = _backup(world)
    _restore(world, backup)
    world.post.ok("ack", "import", str(world.ack()))
    world.add_approved(RECORDS[1])
    code, (outcome,) = world.hq_import(world.export(_stick(world, "s2")))
    assert code == 0 and outcome["status"] == "imported" and outcome["seq"] == 2


def test_the_supervisor_may_export_after_a_restore_without_an_ack(world: World) -> None:
    backup = _backup(world)
    _restore(world, backup)
    world.add_approved(RECORDS[0])
    packet = Path(world.post.ok("export", "--to", str(world.stick), "--after-restore").lines[0])
    assert world.hq_import(packet)[1][0]["status"] == "imported"
    # the audit log keeps the supervisor's decision
    exports = world.post.ok("audit", "list", "--action", "export", "--json").json()
    assert [e["detail"].get("after_restore") for e in exports] == [True]
    # the flag is spent by the next ack, not by the export
    world.post.ok("ack", "import", str(world.ack(_stick(world, "a1"))))
    world.add_approved(RECORDS[1])
    world.export(_stick(world, "s2"))
    exports = world.post.ok("audit", "list", "--action", "export", "--json").json()
    assert [e["detail"].get("after_restore") for e in exports] == [True, None]


def test_the_restore_line_guides_the_supervisor(world: World) -> None:
    backup = _backup(world)
    result = world.post.ok("restore", str(backup), "--replace")
    assert "import HQ's newest acknowledgement" in result.err


def test_an_ack_ahead_without_the_hash_is_refused_with_guidance(world: World) -> None:
    """An ack of format 1.0 (an HQ not yet updated) cannot say where to continue."""
    hq_keys, post_keys = world.private_keys("hq"), world.private_keys("post")
    body = encode_ack(AckPayload(POST_CODE, [], [], [], 5, [], []))
    old = seal("ack", body, signer=hq_keys, recipients=[post_keys.public.age_recipient],
               recipient_id=POST_CODE, seq=7, prev_hash=hashlib.sha256(b"x").hexdigest(),
               format_minor=0)
    path = world.root / "old-ack.shk"
    path.write_bytes(old)
    err = world.post.refused("ack", "import", str(path), code=8).err
    assert "restored from an older backup" in err and "ask HQ for a new acknowledgement" in err
    assert world.post.ok("outbox", "--json").json() == []
