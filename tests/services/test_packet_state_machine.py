"""A post and its HQ, and a courier who loses, duplicates and reorders sticks (hypothesis).

The machine adds, approves, corrects and withdraws records at the post, exports packets, and
delivers packets and acknowledgements in any order, twice, or never. After every step HQ holds
nothing the post did not approve and has seen no fork or refusal; at the end, once everything
is delivered (the outbox resends what was lost), HQ holds exactly every version the post
approved or withdrew, each once, and the post's records are all acknowledged or withdrawn.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from shekara.domain.reference import load_default
from shekara.errors import StateError
from shekara.services import acks, export, hq
from shekara.services.records import RecordService
from shekara.vault import packet_store
from shekara.vault import records as repo
from shekara.vault.vault import Vault
from tests.cli.conftest import border_record, example_record
from tests.support.post_and_hq import make_post_and_hq

POST, HQ = "KZ-SM-POST", "HQ-KZ"
PASS = "state-machine-pass"
REF = load_default()
NAMES = [("Сүлейменов", "Нұрлан", "LTU"), ("Jankauskaitė", "Rūta", "KAZ"),
         ("Žukauskas", "Tomas", "LTU")]


def _make_vaults(root: Path) -> tuple[Vault, Vault]:
    return make_post_and_hq(root, post_code=POST, officer="sm.sup", passphrase=PASS,
                            hq_code=HQ)


class Courier(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="shekara-sm-"))
        self.post, self.hq = _make_vaults(self.root)
        self.records = RecordService(self.post, REF)
        self.expected: set[tuple[str, int]] = set()
        self.packets: list[bytes] = []  # sticks on their way to HQ
        self.acks: list[bytes] = []  # sticks on their way back
        self.sticks = 0

    def _stick(self) -> Path:
        self.sticks += 1
        folder = self.root / f"stick-{self.sticks}"
        folder.mkdir()
        return folder

    def _heads(self, state: str) -> list[str]:
        ids = [r.id for r in self.records.list_records(limit=10_000)]
        return [i for i in ids if repo.get_version(self.post.conn, i).state == state]

    # --- the post -------------------------------------------------------------------------------
    @rule(adds=st.lists(st.integers(0, 3), max_size=2),
          change=st.sampled_from([None, "correct", "withdraw"]), n=st.integers(0, 100),
          approve=st.booleans())
    def shift(self, adds: list[int], change: str | None, n: int, approve: bool) -> None:
        """A shift at the post: records typed, perhaps one corrected or withdrawn, and the
        supervisor's approvals (or not yet)."""
        if adds:
            self.records.add([border_record(*NAMES[i]) if i < 3 else example_record()
                              for i in adds])
        heads = self._heads("approved")
        if change and heads:
            record_id = heads[n % len(heads)]
            if change == "withdraw":
                version = self.records.withdraw(record_id, "withdrawn by the machine")
                self.expected.add((record_id, version))
            else:
                data = dict(repo.get_version(self.post.conn, record_id).data)
                data["narrative"] = f"corrected {n}"
                self.records.amend(record_id, data, "machine correction")
        if approve:
            for record_id in self._heads("draft"):
                approved = self.records.approve(record_id)
                self.expected.add((approved.id, approved.version))

    @rule()
    def export(self) -> None:
        try:
            result = export.export(self.post, self._stick())
        except StateError:
            assert packet_store.pending_count(self.post.conn) == 0
            return
        self.packets.append(result.path.read_bytes())

    # --- the courier and HQ ---------------------------------------------------------------------
    @precondition(lambda self: self.packets)
    @rule(n=st.integers(0, 100), fate=st.sampled_from(["deliver", "deliver twice", "lose"]))
    def carry_packet(self, n: int, fate: str) -> None:
        data = self.packets.pop(n % len(self.packets))
        if fate == "lose":
            return
        outcome = hq.import_packet(self.hq, REF, data)
        assert outcome.ok, outcome.line()
        if fate == "deliver twice":
            self.packets.append(data)

    @rule()
    def hq_acknowledges(self) -> None:
        sent, _ = acks.write_ack(self.hq, POST, self._stick())
        self.acks.append(sent.path.read_bytes())

    @precondition(lambda self: self.acks)
    @rule(n=st.integers(0, 100), fate=st.sampled_from(["deliver", "deliver twice", "lose"]))
    def carry_ack(self, n: int, fate: str) -> None:
        data = self.acks.pop(n % len(self.acks))
        if fate == "lose":
            return
        acks.import_ack(self.post, data)
        if fate == "deliver twice":
            self.acks.append(data)

    # --- what must always hold ------------------------------------------------------------------
    def _hq_versions(self) -> set[tuple[str, int]]:
        return set(repo.versions_from(self.hq.conn, POST))

    @invariant()
    def hq_holds_only_what_the_post_approved(self) -> None:
        held = self._hq_versions()
        assert held <= self.expected
        stream = hq.post_stream(self.hq, POST)
        assert not stream.forks and not stream.refusals and not stream.audit_breaks
        acknowledged = {(i, v) for i, v in self.expected
                        if repo.get_version(self.post.conn, i, v).acknowledged_at}
        assert acknowledged <= held

    def teardown(self) -> None:
        try:
            self._deliver_everything()
        finally:
            self.post.lock()
            self.hq.lock()
            shutil.rmtree(self.root, ignore_errors=True)

    def _deliver_everything(self) -> None:
        for record_id in self._heads("draft"):
            approved = self.records.approve(record_id)
            self.expected.add((approved.id, approved.version))
        try:
            export.export(self.post, self._stick())
        except StateError:
            pass
        for entry in export.outbox(self.post):  # what was lost is still in the outbox
            resent = export.resend(self.post, self._stick(), entry.seq)
            assert hq.import_packet(self.hq, REF, resent.path.read_bytes()).ok
        sent, _ = acks.write_ack(self.hq, POST, self._stick())
        acks.import_ack(self.post, sent.path.read_bytes())

        held = repo.versions_from(self.hq.conn, POST)
        assert len(held) == len(set(held)), "HQ holds a version twice"
        assert set(held) == self.expected
        for record_id in {i for i, _ in self.expected}:
            head_at_hq = repo.get_version(self.hq.conn, record_id)
            assert head_at_hq.version == max(v for i, v in self.expected if i == record_id)
        statuses = {r.status for r in self.records.list_records(limit=10_000)}
        assert statuses <= {"acknowledged", "withdrawn"}
        assert all(repo.get_version(self.post.conn, i, v).acknowledged_at
                   for i, v in self.expected)
        assert export.outbox(self.post) == []


Courier.TestCase.settings = settings(max_examples=30, stateful_step_count=25, deadline=None,
                                     suppress_health_check=[HealthCheck.too_slow])
TestCourier = Courier.TestCase
