"""`shekara packet inspect FILE`: a packet's header without decrypting anything, verified
against the vault's trusted keys with --verify, and one-line refusals for what is no packet."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.cli.conftest import SUPERVISOR, Shekara
from tests.cli.packet_world import HQ_CODE, POST_CODE, World


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
          capsys: pytest.CaptureFixture[str]) -> World:
    return World(tmp_path, monkeypatch, capsys)


def test_inspect_shows_the_header_and_the_age_command(world: World) -> None:
    world.add_approved()
    packet = world.export()
    info = world.post.ok("packet", "inspect", str(packet), "--json").json()
    assert (info["kind"], info["sender"], info["recipient_id"], info["seq"]) == (
        "records", POST_CODE, HQ_CODE, 1)
    assert info["verified"] is False
    assert info["packet_sha256"] == hashlib.sha256(packet.read_bytes()).hexdigest()
    assert info["age_command"].startswith(f"tail -c +{info['body_offset'] + 1} ")
    text = world.post.ok("packet", "inspect", str(packet)).out
    assert "not verified" in text and "age -d -i" in text
    # Verified with the keys each vault trusts: the post its own, HQ the enrolled post's.
    assert world.post.ok("packet", "inspect", str(packet), "--verify",
                         "--json").json()["verified"] is True
    assert world.hq.ok("packet", "inspect", str(packet), "--verify",
                       "--json").json()["verified"] is True
    assert "Žukauskas" not in text  # nothing decrypted


def test_inspect_refuses_what_is_not_a_packet_or_not_trusted(world: World,
                                                             tmp_path: Path) -> None:
    world.add_approved()
    packet = world.export()
    empty, text_file, cut = tmp_path / "empty.shk", tmp_path / "note.txt", tmp_path / "cut.shk"
    empty.write_bytes(b"")
    text_file.write_text("hello")
    cut.write_bytes(packet.read_bytes()[:40])
    world.post.refused("packet", "inspect", str(empty), code=8)
    world.post.refused("packet", "inspect", str(text_file), code=8)
    world.post.refused("packet", "inspect", str(cut), code=8)
    world.post.refused("packet", "inspect", str(tmp_path / "missing.shk"), code=2)
    flipped = bytearray(packet.read_bytes())
    flipped[60] ^= 1  # inside the signed header
    bad = tmp_path / "bad.shk"
    bad.write_bytes(bytes(flipped))
    world.hq.refused("packet", "inspect", str(bad), "--verify", code=8)


def test_hq_verifies_what_it_wrote_itself(world: World) -> None:
    """HQ checks its own acknowledgement before the stick goes back; the post checks it too."""
    world.add_approved()
    world.hq.ok("hq", "import", str(world.export()))
    ack = Path(world.hq.ok("hq", "ack", "--post", POST_CODE, "--to",
                           str(world.stick), "--json").json()["path"])
    for vault in (world.hq, world.post):
        info = vault.ok("packet", "inspect", str(ack), "--verify", "--json").json()
        assert (info["kind"], info["sender"], info["verified"]) == ("ack", HQ_CODE, True)


def test_hq_verifies_the_partners_letter_and_a_post_does_not_trust_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from tests.cli.exchange_packets import LT_CODE, Exchange, fact

    ex = Exchange(tmp_path, monkeypatch, capsys)
    letter = ex.lt_sender.letter(facts=[fact()])
    info = ex.kz.ok("packet", "inspect", str(letter), "--verify", "--json").json()
    assert (info["kind"], info["sender"], info["verified"]) == ("exchange", LT_CODE, True)
    # The key of a partner never enrolled: unknown, refused as such.
    stranger = Shekara(tmp_path / "other", monkeypatch, capsys)
    stranger.ok("init", "--mode", "hq", "--party", "KZ", "--post", "HQ-KZ2",
                "--officer", SUPERVISOR)
    assert "unknown or revoked key" in stranger.refused(
        "packet", "inspect", str(letter), "--verify", code=8).err
