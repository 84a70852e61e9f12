"""A state machine for HQ's import (issue 12): a post's genuine packets delivered in any order,
replayed, and mixed with validly signed packets carrying extreme headers (seq 0, 2^53, 2^63-1,
far ahead, duplicates, forks), a stranger's key and bodies with huge counts — all through the
real `shekara` command. After every step `hq status` and `hq ack` still work, gaps are ranges
inside the held window, and every held or forked packet can be discarded. At the end, once the
supervisor has discarded everything held, the genuine packets delivered in order are all
imported: nothing is lost.

`FIGURES` counts the cases tried per family; run with `-s` to see them.
"""

from __future__ import annotations

import hashlib
import struct
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from shekara.packets.container import open_packet
from shekara.packets.keys import KeyRing, PrivateKeys
from shekara.packets.payload import BODY_MAGIC, encode_records
from shekara.services.hq import MAX_SEQ_AHEAD
from shekara.vault.vault import Vault
from tests.cli.conftest import PASSWORDS, SUPERVISOR, Shekara
from tests.cli.packet_forge import forge
from tests.cli.packet_world import HQ_CODE, POST_CODE, RECORDS, World

FIGURES: Counter[str] = Counter()
EXTREME_SEQS = [0, -1, 2, MAX_SEQ_AHEAD, MAX_SEQ_AHEAD + 1, MAX_SEQ_AHEAD + 2, 100_001,
                2**31, 2**53, 2**53 + 1, 2**63 - 1, 2**64, 10**30]


def _manifest_body(manifest: bytes) -> bytes:
    return BODY_MAGIC + struct.pack(">I", len(manifest)) + manifest


HUGE_BODIES = {
    "records over the cap": _manifest_body(b'{"attachments":[],"kind":"records","records":['
                                           + b",".join([b"{}"] * 100_001)
                                           + b'],"tombstones":[]}'),
    "manifest length 2^31": BODY_MAGIC + struct.pack(">I", 2**31) + b"{}",
    "attachment size 2^40": _manifest_body(
        b'{"attachments":[{"media_type":"image/jpeg","sha256":"' + b"a" * 64
        + b'","size":1099511627776}],"kind":"records","records":[],"tombstones":[{"id":'
        b'"6f1c7a52-3f0e-4d8b-9a53-0c2b7e9d1a11","purged_on":"2026-01-01","version":1}]}'),
    "not a body": b"\x00" * 64,
}


class Setup:
    """What every example shares: the post's keys, its enrollment file, record bodies."""

    def __init__(self, world: World) -> None:
        self.world = world
        enrollment = world.root / "enrollment-for-machine.json"
        world.post.ok("keys", "enrollment", "--out", str(enrollment))
        self.enrollment = enrollment
        self.post_keys = world.private_keys("post")
        ids = world.add_approved(*RECORDS)
        shown = [world.post.ok("record", "show", i, "--json").json() for i in ids]
        self.bodies = [encode_records([record]) for record in shown]
        self.stranger = PrivateKeys.generate(POST_CODE, "KZ", "post")
        self.examples = 0


class HqImport(RuleBasedStateMachine):
    setup: Setup

    def __init__(self) -> None:
        super().__init__()
        s = self.setup
        s.examples += 1
        self.root = s.world.root / f"example-{s.examples}"
        self.root.mkdir()
        self.hq = Shekara(self.root / "hq", s.world.post.monkeypatch, s.world.post.capsys)
        self.hq.ok("init", "--mode", "hq", "--party", "KZ", "--post", HQ_CODE, "--officer",
                   SUPERVISOR)
        self.hq.ok("hq", "enroll", str(s.enrollment))
        vault = Vault.open(self.root / "hq", SUPERVISOR, PASSWORDS[SUPERVISOR])
        try:
            from shekara.services.keys import own_keys
            self.hq_keys = own_keys(vault)
        finally:
            vault.lock()
        self.genuine: list[bytes] = []  # the post's true chain, packet n at index n-1
        self.files = 0

    # --- making packets -------------------------------------------------------------------------
    def _file(self, data: bytes) -> Path:
        self.files += 1
        path = self.root / f"p{self.files}.shk"
        path.write_bytes(data)
        return path

    def _import(self, family: str, data: bytes) -> dict[str, Any]:
        FIGURES[family] += 1
        result = self.hq("hq", "import", str(self._file(data)), "--json")
        assert result.code in (0, 8), result.err
        assert "Traceback" not in result.err
        (outcome,) = result.json()
        FIGURES[f"{family}: {outcome['status']}"] += 1
        if outcome["status"] == "refused":
            FIGURES["refusals"] += 1
        return dict(outcome)

    def _forge(self, seq: Any, prev_hash: Any, body: bytes | None = None,
               signer: PrivateKeys | None = None) -> bytes:
        return forge("records", body if body is not None else self.setup.bodies[0],
                     signer=signer or self.setup.post_keys,
                     recipient=self.hq_keys.public.age_recipient, recipient_id=HQ_CODE,
                     seq=seq, prev_hash=prev_hash, audit_head={"seq": 1, "hash": "00" * 32})

    # --- rules ----------------------------------------------------------------------------------
    @precondition(lambda self: len(self.genuine) < 6)
    @rule(body=st.integers(0, len(RECORDS) - 1))
    def post_writes_next(self, body: int) -> None:
        seq = len(self.genuine) + 1
        prev = hashlib.sha256(self.genuine[-1]).hexdigest() if self.genuine else None
        self.genuine.append(self._forge(seq, prev, self.setup.bodies[body]))

    @precondition(lambda self: bool(self.genuine))
    @rule(data=st.data())
    def deliver_genuine(self, data: st.DataObject) -> None:
        """In any order, and again (a replay)."""
        index = data.draw(st.integers(0, len(self.genuine) - 1))
        outcome = self._import("genuine, any order", self.genuine[index])
        assert outcome["status"] != "refused", outcome

    @rule(seq=st.sampled_from(EXTREME_SEQS) | st.integers(2, 3 * MAX_SEQ_AHEAD),
          prev=st.sampled_from(["ab" * 32, None, "", 7]))
    def forged_extreme_seq(self, seq: int, prev: Any) -> None:
        outcome = self._import("forged seq", self._forge(seq, prev))
        if not (isinstance(seq, int) and 2 <= seq <= 2**53) or not isinstance(prev, str) \
                or len(prev) != 64:
            assert outcome["status"] == "refused", outcome
        assert outcome["status"] != "imported", outcome

    @precondition(lambda self: bool(self.genuine))
    @rule(data=st.data())
    def forged_fork_of_a_genuine_number(self, data: st.DataObject) -> None:
        seq = data.draw(st.integers(2, len(self.genuine) + 2))
        outcome = self._import("fork of a genuine number", self._forge(seq, "cd" * 32))
        assert outcome["status"] in ("fork", "held", "refused"), outcome

    @rule()
    def wrong_sender(self) -> None:
        outcome = self._import("wrong sender", self._forge(2, "ab" * 32,
                                                           signer=self.setup.stranger))
        assert outcome["status"] == "refused" and outcome["reason"] == "packet.unknown_key"

    @rule(name=st.sampled_from(sorted(HUGE_BODIES)), seq=st.sampled_from([2, 50, 5000]))
    def huge_counts(self, name: str, seq: int) -> None:
        outcome = self._import("huge counts", self._forge(seq, "ab" * 32, HUGE_BODIES[name]))
        # refused once decrypted; a number already taken is a fork before any decryption
        assert outcome["status"] in ("refused", "fork"), outcome

    @rule(data=st.data())
    def supervisor_discards_one(self, data: st.DataObject) -> None:
        kept = self.hq.ok("hq", "held", "list", "--json").json()
        if not kept:
            return
        FIGURES["discards"] += 1
        chosen = data.draw(st.sampled_from(kept))
        self.hq.ok("hq", "held", "discard", chosen["id"], "--reason", "machine")

    # --- after every step -----------------------------------------------------------------------
    @invariant()
    def status_and_ack_still_work(self) -> None:
        (stream,) = self.hq.ok("hq", "status", "--json").json()
        through = stream["imported_through"]
        ranges = stream["gap_ranges"]
        last = through
        for first, end in ranges:  # ascending, disjoint, inside the held window
            assert last < first <= end <= through + MAX_SEQ_AHEAD, ranges
            last = end
        assert stream["gaps"] == [s for a, b in ranges for s in range(a, b + 1)]
        assert all(through < s <= through + MAX_SEQ_AHEAD for s in stream["held"])
        out = self.root / f"ack-{self.files}-{FIGURES['acks']}"
        out.mkdir()
        FIGURES["acks"] += 1
        written = self.hq.ok("hq", "ack", "--post", POST_CODE, "--to", str(out),
                             "--json").json()
        opened = open_packet(Path(written["path"]).read_bytes(), KeyRing([self.hq_keys.public]),
                             [self.setup.post_keys], expect_kind="ack",
                             expect_recipient_id=POST_CODE)
        assert opened.ack.imported_through == through
        assert opened.ack.gaps == stream["gaps"] and opened.ack.held == stream["held"]

    def teardown(self) -> None:
        """Discard everything kept, then deliver the genuine chain in order: all imported."""
        for kept in self.hq.ok("hq", "held", "list", "--json").json():
            self.hq.ok("hq", "held", "discard", kept["id"], "--reason", "teardown")
        assert self.hq.ok("hq", "held", "list", "--json").json() == []
        for packet in self.genuine:
            outcome = self._import("genuine, in order at the end", packet)
            assert outcome["status"] in ("imported", "duplicate"), outcome
        (stream,) = self.hq.ok("hq", "status", "--json").json()
        lost = len(self.genuine) - stream["imported_through"]
        FIGURES["genuine packets"] += len(self.genuine)
        FIGURES["lost"] += lost
        assert lost == 0


def _run(world: World, examples: int, steps: int) -> None:
    FIGURES.clear()
    HqImport.setup = Setup(world)
    run_state_machine_as_test(HqImport, settings=settings(
        max_examples=examples, stateful_step_count=steps, deadline=None,
        suppress_health_check=list(HealthCheck), derandomize=True))
    print("\nHQ import machine:", dict(sorted(FIGURES.items())))


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
          capsys: pytest.CaptureFixture[str]) -> World:
    return World(tmp_path, monkeypatch, capsys)


def test_hq_import_machine(world: World) -> None:
    _run(world, examples=25, steps=15)


@pytest.mark.slow
def test_hq_import_machine_longer(world: World) -> None:
    _run(world, examples=60, steps=20)
