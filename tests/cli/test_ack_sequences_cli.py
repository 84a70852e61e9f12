"""Acknowledgements are numbered per post (packet-format §7.2, issue 9 §8): each post sees its
own chain 1, 2, 3 … and checks it; nothing tells it how many acks went to other posts; the
file names never collide on a shared stick; an HQ upgraded from the shared numbering carries on
above it; a break in a post's chain is reported, not refused."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from shekara.packets.container import parse_header, parse_preamble
from tests.cli.conftest import SECOND, SECOND_PASS, Shekara, border_record
from tests.cli.packet_world import HQ_CODE, POST_CODE, World

OTHER_POST = "KZ-KHORGOS"


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
          capsys: pytest.CaptureFixture[str]) -> World:
    return World(tmp_path, monkeypatch, capsys)


def second_post(world: World, monkeypatch: pytest.MonkeyPatch,
                capsys: pytest.CaptureFixture[str]) -> Shekara:
    post = Shekara(world.root / "post2", monkeypatch, capsys)
    post.ok("init", "--mode", "post", "--party", "KZ", "--post", OTHER_POST)
    post.ok("officer", "add", SECOND, "--role", "supervisor",
            env={"SHEKARA_NEW_PASSPHRASE": SECOND_PASS})
    keys_file, enrollment = world.root / "hq2-keys.json", world.root / "post2-enroll.json"
    world.hq.ok("hq", "keys", "export", "--out", str(keys_file))
    post.ok("keys", "import-hq", str(keys_file))
    post.ok("keys", "enrollment", "--out", str(enrollment))
    world.hq.ok("hq", "enroll", str(enrollment))
    return post


def header(path: Path) -> dict[str, object]:
    data = path.read_bytes()
    preamble = parse_preamble(data)
    head = parse_header(json.loads(data[46:46 + preamble.header_length]), preamble.minor)
    return {"seq": head.seq, "prev_hash": head.prev_hash, "recipient_id": head.recipient_id}


def ack_to(world: World, post: str, stick: Path) -> Path:
    return Path(world.hq.ok("hq", "ack", "--post", post, "--to", str(stick)).lines[0])


def test_each_post_has_its_own_chain(world: World, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    other = second_post(world, monkeypatch, capsys)
    world.add_approved(border_record("Žukauskas", "Tomas", "LTU"))
    world.hq_import(world.export())
    stick = world.stick
    first = ack_to(world, POST_CODE, stick)
    elsewhere = [ack_to(world, OTHER_POST, stick) for _ in range(3)]
    second = ack_to(world, POST_CODE, stick)
    assert first.name == f"shekara-{HQ_CODE}-ack-{POST_CODE}-000001.shk"
    assert [p.name for p in elsewhere] == [
        f"shekara-{HQ_CODE}-ack-{OTHER_POST}-{n:06d}.shk" for n in (1, 2, 3)]
    assert header(second) == {"seq": 2, "recipient_id": POST_CODE,
                              "prev_hash": hashlib.sha256(first.read_bytes()).hexdigest()}
    taken = world.post.ok("ack", "import", str(first), "--json").json()
    assert taken["seq"] == 1 and taken["newer"] and not taken["chain_break"]
    taken = world.post.ok("ack", "import", str(second), "--json").json()
    assert taken["seq"] == 2 and not taken["chain_break"]
    for path in elsewhere:  # another post's ack is not this post's
        world.post.refused("ack", "import", str(path))
    assert other.ok("ack", "import", str(elsewhere[2]), "--json").json()["seq"] == 3


def test_a_break_in_the_chain_is_reported_not_refused(world: World, tmp_path: Path) -> None:
    world.add_approved(border_record("Žukauskas", "Tomas", "LTU"))
    world.hq_import(world.export())
    world.post.ok("ack", "import", str(ack_to(world, POST_CODE, world.stick)))
    backup = world.hq.ok("backup", "--to", str(tmp_path)).lines[0]
    lost = ack_to(world, POST_CODE, world.stick)  # ack 2, never taken by the post
    world.post.ok("ack", "import", str(lost))
    world.hq.ok("restore", backup, "--replace")  # HQ goes back to before ack 2
    rewritten = tmp_path / "again"
    rewritten.mkdir()
    second = ack_to(world, POST_CODE, rewritten)  # a different ack 2: not newer, skipped
    assert not world.post.ok("ack", "import", str(second), "--json").json()["newer"]
    third = ack_to(world, POST_CODE, rewritten)  # 3 follows the other 2: a break, still taken
    taken = world.post.ok("ack", "import", str(third), "--json").json()
    assert taken["newer"] and taken["chain_break"] and taken["seq"] == 3
    text = world.post.ok("ack", "import", str(ack_to(world, POST_CODE, rewritten))).out
    assert "does not follow" not in text  # 4 follows 3: the chain goes on


def test_an_hq_from_before_carries_on_above_the_shared_numbering(world: World) -> None:
    """An HQ vault of 1.0 numbered acks across posts: a post may have taken ack 40. Its first
    per-post ack must be newer than anything it took."""
    from shekara.vault import chain_store
    from shekara.vault.vault import Vault
    from tests.cli.conftest import PASSWORDS, SUPERVISOR

    vault = Vault.open(world.root / "hq", SUPERVISOR, PASSWORDS[SUPERVISOR])
    with vault.transaction() as conn:
        chain_store.set_chain(conn, "ack", 40, "ab" * 32)
    vault.lock()
    first = ack_to(world, POST_CODE, world.stick)
    assert header(first) == {"seq": 41, "prev_hash": "ab" * 32, "recipient_id": POST_CODE}
    assert header(ack_to(world, POST_CODE, world.stick))["seq"] == 42
