"""Issue 12, "Hardening": a correctly signed packet from an enrolled post with absurd header values
never breaks HQ for that post. Sequence numbers are bounded before they size anything, gaps are
ranges, and every packet HQ holds or quarantines can be listed and discarded by a supervisor —
all through the real `shekara` command."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from shekara.packets.payload import encode_records
from shekara.services.hq import MAX_SEQ_AHEAD
from tests.cli.conftest import OFFICER
from tests.cli.packet_forge import forge
from tests.cli.packet_world import HQ_CODE, POST_CODE, RECORDS, World


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
          capsys: pytest.CaptureFixture[str]) -> World:
    return World(tmp_path, monkeypatch, capsys)


@pytest.fixture
def body(world: World) -> bytes:
    """A valid records body: one approved record of the post, as `record show` gives it."""
    record_id = world.add_approved(RECORDS[0])[0]
    return encode_records([world.post.ok("record", "show", record_id, "--json").json()])


def packet(world: World, body: bytes, seq: Any, prev_hash: Any = "ab" * 32,
           **overrides: Any) -> Path:
    data = forge("records", body, signer=world.private_keys("post"),
                 recipient=world.private_keys("hq").public.age_recipient, recipient_id=HQ_CODE,
                 seq=seq, prev_hash=None if seq == 1 else prev_hash,
                 audit_head={"seq": 1, "hash": "00" * 32}, **overrides)
    path = world.root / f"forged-{hashlib.sha256(data).hexdigest()[:8]}.shk"
    path.write_bytes(data)
    return path


def stream(world: World) -> dict[str, Any]:
    (only,) = world.hq.ok("hq", "status", "--post", POST_CODE, "--json").json()
    return dict(only)


def ack_works(world: World) -> dict[str, Any]:
    """HQ can still write this post's ack, and the post can take it."""
    stick = world.root / f"ack-{len(list(world.root.glob('ack-*')))}"
    stick.mkdir()
    written = world.hq.ok("hq", "ack", "--post", POST_CODE, "--to", str(stick), "--json").json()
    world.post.ok("ack", "import", written["path"])
    return dict(written)


def test_a_far_ahead_packet_inside_the_window_is_held_and_gaps_are_one_range(
        world: World, body: bytes) -> None:
    code, (outcome,) = world.hq_import(packet(world, body, MAX_SEQ_AHEAD - 1))
    assert code == 0 and outcome["status"] == "held"
    assert outcome["gap_ranges"] == [[1, MAX_SEQ_AHEAD - 2]]
    line = world.hq.ok("hq", "import", str(packet(world, body, MAX_SEQ_AHEAD))).out
    assert f"waits for missing packet(s) 1-{MAX_SEQ_AHEAD - 2}\n" in line
    assert stream(world)["held"] == [MAX_SEQ_AHEAD - 1, MAX_SEQ_AHEAD]
    assert f"held: {MAX_SEQ_AHEAD - 1}-{MAX_SEQ_AHEAD}" in world.hq.ok("hq", "status").out
    (kept, _) = world.hq.ok("hq", "held", "list", "--json").json()
    world.hq.ok("hq", "held", "discard", kept["id"], "--reason", "test")
    shown = stream(world)
    assert shown["gap_ranges"] == [[1, MAX_SEQ_AHEAD - 1]] and shown["held"] == [MAX_SEQ_AHEAD]
    assert f"gaps: 1-{MAX_SEQ_AHEAD - 1}" in world.hq.ok("hq", "status").out
    assert ack_works(world)["gaps"] == list(range(1, MAX_SEQ_AHEAD))


@pytest.mark.parametrize("seq", [MAX_SEQ_AHEAD + 1, 200_000, 2**53])
def test_a_packet_beyond_the_window_is_refused_and_acks_still_work(
        world: World, body: bytes, seq: int) -> None:
    """Before: held, so every later ack listed ~seq gaps (over the ack's cap: no ack could be
    written for this post again) and `hq status` expanded them all."""
    result = world.hq.refused("hq", "import", str(packet(world, body, seq)), code=8)
    assert "not held" in result.err
    shown = stream(world)
    assert shown["gap_ranges"] == [] and shown["held"] == []
    assert [r["reason"] for r in shown["refusals"]] == ["packet.seq_too_far"]
    assert ack_works(world)["gaps"] == []
    # the post's own stream is unharmed: its real first packet imports
    code, (outcome,) = world.hq_import(world.export())
    assert code == 0 and outcome["status"] == "imported"


@pytest.mark.parametrize("seq", [0, -1, 2**53 + 1, 2**63 - 1, 2**64, 1.0, True, "7", None])
def test_sequence_numbers_outside_the_format_are_refused(world: World, body: bytes,
                                                          seq: Any) -> None:
    result = world.hq.refused("hq", "import", str(packet(world, body, seq, "ab" * 32)), code=8)
    assert "the packet header is malformed" in result.err
    assert stream(world)["gap_ranges"] == []
    ack_works(world)


def test_the_window_moves_with_what_is_imported(world: World, body: bytes) -> None:
    world.add_approved(RECORDS[1])
    first = world.export()
    assert world.hq_import(first)[1][0]["status"] == "imported"
    held = packet(world, body, 1 + MAX_SEQ_AHEAD)  # one ahead of the old window's edge
    code, (outcome,) = world.hq_import(held)
    assert code == 0 and outcome["status"] == "held"
    assert outcome["gap_ranges"] == [[2, MAX_SEQ_AHEAD]]


def test_a_refused_far_ahead_packet_names_no_gap(world: World, body: bytes) -> None:
    """A refusal counts as "the post sent this number" only inside the window."""
    world.hq.refused("hq", "import", str(packet(world, b"not a body", 5_000_000)), code=8)
    assert stream(world)["gap_ranges"] == []
    ack_works(world)


def test_a_held_packet_is_listed_and_discarded_by_a_supervisor(world: World,
                                                               body: bytes) -> None:
    world.hq_import(packet(world, body, 5000))
    (kept,) = world.hq.ok("hq", "held", "list", "--json").json()
    assert (kept["post"], kept["seq"], kept["state"]) == (POST_CODE, 5000, "held")
    assert kept["id"] in world.hq.ok("hq", "held", "list").out
    world.hq.refused("hq", "held", "discard", kept["id"], "--reason", "   ", code=2)
    done = world.hq.ok("hq", "held", "discard", kept["id"], "--reason",
                       "stolen laptop, see report 12", "--json").json()
    assert done["discarded"] is True
    assert world.hq.ok("hq", "held", "list", "--json").json() == []
    shown = stream(world)
    assert shown["held"] == [] and shown["gap_ranges"] == []
    assert {"seq": 5000, "reason": "packet.discarded"}.items() <= shown["refusals"][0].items()
    audit = world.hq.ok("audit", "list", "--json").json()
    assert any(e["action"] == "hq.held_discard" for e in audit)
    taken = world.post.ok("ack", "import", ack_works(world)["path"], "--json").json()
    assert {"seq": 5000, "reason": "packet.discarded"} in taken["refused"]
    world.hq.refused("hq", "held", "discard", kept["id"], "--reason", "again", code=5)


def test_a_fork_occupying_the_next_number_is_discarded_and_the_real_packet_imports(
        world: World, body: bytes) -> None:
    """Before: a forged packet 2 held number 2 for good; the real one was a fork ever after and
    no command could clear it."""
    assert world.hq_import(world.export())[1][0]["status"] == "imported"
    assert world.hq_import(packet(world, body, 2, "cd" * 32))[1][0]["status"] == "fork"
    world.add_approved(RECORDS[1])
    real = world.export()
    assert world.hq_import(real)[1][0]["status"] == "fork"
    ids = [k["id"] for k in world.hq.ok("hq", "held", "list", "--json").json()]
    assert len(ids) == 2 and all(i.startswith(f"{POST_CODE}-2-") for i in ids)
    for kept_id in ids:
        world.hq.ok("hq", "held", "discard", kept_id, "--reason", "forged packet 2")
    code, (outcome,) = world.hq_import(real)
    assert code == 0 and outcome["status"] == "imported"
    shown = stream(world)
    assert shown["imported_through"] == 2 and shown["gap_ranges"] == []
    assert ack_works(world)["imported_through"] == 2


@pytest.mark.parametrize("given", ["nonsense", "KZ-NUR-ZHOLY-x-abcdefabcdef",
                                   "KZ-NUR-ZHOLY-1-abc", "-1-abcdefabcdef", "x" * 5000])
def test_discarding_a_bad_id_is_refused(world: World, body: bytes, given: str) -> None:
    world.hq_import(packet(world, body, 3))
    world.hq.refused("hq", "held", "discard", given, "--reason", "x", code=2)
    assert len(world.hq.ok("hq", "held", "list", "--json").json()) == 1


def test_discarding_needs_a_supervisor(world: World, body: bytes) -> None:
    world.hq_import(packet(world, body, 3))
    (kept,) = world.hq.ok("hq", "held", "list", "--json").json()
    world.hq.ok("officer", "add", OFFICER, "--role", "officer",
                env={"SHEKARA_NEW_PASSPHRASE": "officer-pass-phrase-1"})
    world.hq.refused("hq", "held", "discard", kept["id"], "--reason", "x", officer=OFFICER,
                     code=4)
    assert len(world.hq.ok("hq", "held", "list", "--json").json()) == 1


def test_held_commands_are_hq_only(world: World) -> None:
    world.post.refused("hq", "held", "list")


def test_a_post_clock_in_year_9999_buys_no_future(world: World) -> None:
    """Records are judged as of the post's time only up to two days ahead of HQ's clock."""
    record_id = world.add_approved(RECORDS[0])[0]
    shown = world.post.ok("record", "show", record_id, "--json").json()
    shown["occurred_at"] = "9000-01-01T10:00:00+05:00"
    data = encode_records([shown])
    result = world.hq.refused("hq", "import", str(packet(world, data, 1,
                                                         created_at="9999-01-01T00:00:00Z")),
                              code=8)
    assert "refused" in result.err


def test_a_forks_reason_is_the_english_the_commands_always_gave(world: World,
                                                                 body: bytes) -> None:
    """The vault keeps the reason as a message for the window too (schema step 21); what the
    commands print and give as JSON is what it was, word for word and key for key."""
    assert world.hq_import(world.export())[1][0]["status"] == "imported"
    code, (fork,) = world.hq_import(packet(world, body, 2, "cd" * 32))
    why = "it does not follow packet 1, the last one imported"
    assert code == 8
    assert (fork["status"], fork["reason"], fork["message"]) == ("fork", "packet.fork", why)
    (kept,) = world.hq.ok("hq", "held", "list", "--json").json()
    assert sorted(kept) == ["id", "post", "reason", "received_at", "records", "seq", "sha256",
                            "state"]
    assert (kept["state"], kept["reason"]) == ("fork", why)
    assert world.hq.ok("hq", "held", "list").out.rstrip().endswith(f"{kept['received_at']}: {why}")
    assert stream(world)["forks"] == [{"seq": 2, "reason": why, "sha256": kept["sha256"]}]
    assert f"FORK at packet 2: {why}" in world.hq.ok("hq", "status").out
