"""Acknowledgements: HQ's cumulative, signed answer to a post, and the post taking it.

An ack lists every record version HQ holds from the post, the duplicates it saw, the packets it
refused (not yet superseded) and why, the last sequence number up to which every packet is
imported, and the gaps and held packets beyond it. Being cumulative, a newer ack supersedes
every older one: the post takes an ack only if its sequence number is higher than the last one
it took, and an old or repeated ack changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shekara.domain.reference import ReferenceData
from shekara.errors import PacketError
from shekara.packets.container import PostHead, open_packet
from shekara.packets.keys import KeyRing
from shekara.packets.payload import AckPayload, RecordRef, Refusal, encode_ack
from shekara.packets.writer import Opener
from shekara.services.hq import post_stream
from shekara.services.keys import identities, pinned_hq, post_recipient, require_mode
from shekara.services.packet_io import SentPacket, send_sequenced
from shekara.vault import chain_store, inbox_store, outbox_files, outbox_store, packet_store
from shekara.vault import records as repo
from shekara.vault.backup import RESTORED_SETTING
from shekara.vault.vault import Vault, now_utc

# --- at HQ ---------------------------------------------------------------------------------------
# The refusals one ack names, lowest sequence numbers first (what the post must redo first): a
# post sending endless refused packets must not make its own acks unwritable.
MAX_ACK_REFUSALS = 1_000


def build_ack(vault: Vault, post: str) -> AckPayload:
    stream = post_stream(vault, post)
    conn = vault.conn
    refused = sorted({(r["seq"], r["reason"]) for r in stream.refusals
                      if r["seq"] is not None and not r["resolved"]}
                     | {(f["seq"], "packet.fork") for f in stream.forks
                        if f["seq"] > stream.imported_through})
    return AckPayload(
        post=post,
        acks=[RecordRef(i, v) for i, v in repo.versions_from(conn, post)],
        duplicates=[RecordRef(i, v) for i, v in packet_store.duplicates(conn, post)],
        refused=[Refusal(seq, reason) for seq, reason in refused[:MAX_ACK_REFUSALS]],
        imported_through=stream.imported_through, gaps=stream.gaps, held=stream.held)


def write_ack(vault: Vault, post: str, directory: Path, *,
              opener: Opener | None = None) -> tuple[SentPacket, AckPayload]:
    require_mode(vault, "hq")
    recipient = post_recipient(vault, post)
    ack = build_ack(vault, post)
    # The hash of the last packet imported lets a post restored from an older backup continue
    # its sequence after it instead of forking (docs/packet-format.md §11).
    through = inbox_store.imported_through(vault.conn, post)
    head = PostHead(through.seq, through.sha256) if through else None
    sent = send_sequenced(vault, "ack", encode_ack(ack), recipient, directory,
                          detail={"acks": len(ack.acks),
                                  "imported_through": ack.imported_through},
                          audit_action="hq.ack", opener=opener, post_head=head,
                          per_recipient=True)
    return sent, ack


# --- at the post ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class AckResult:
    seq: int
    newer: bool  # False: an old or repeated ack, nothing changed
    acknowledged: int  # record versions newly marked acknowledged
    records: int  # records whose status changed
    outbox_dropped: int
    imported_through: int
    gaps: list[int]
    held: list[int]
    refused: list[tuple[int, str]]
    last_seq: int  # the newest ack taken before this one
    # The ack follows the last one taken (seq + 1) but names another packet as its previous:
    # HQ's vault was restored, or another HQ installation writes for it. Reported, not refused:
    # acks are cumulative and signed by HQ's pinned key, and a restored HQ must not lock a
    # post out of every later ack (packet-format §11).
    chain_break: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "newer": self.newer, "chain_break": self.chain_break,
                "acknowledged": self.acknowledged,
                "records": self.records, "outbox_dropped": self.outbox_dropped,
                "imported_through": self.imported_through, "gaps": self.gaps,
                "held": self.held,
                "refused": [{"seq": s, "reason": r} for s, r in self.refused]}


def import_ack(vault: Vault, data: bytes) -> AckResult:
    require_mode(vault, "post")
    hq = pinned_hq(vault)
    opened = open_packet(data, KeyRing([hq]), identities(vault), expect_kind="ack",
                         expect_recipient_id=vault.post_code)
    ack = opened.ack
    if ack.post != vault.post_code:
        raise PacketError("packet.ack_wrong_post", "the acknowledgement is about post {post}, "
                          "not this one", post=ack.post)
    seq = opened.header.seq
    last_seq, last_hash = chain_store.received_chain(vault.conn, hq.code, "ack")
    chain_break = (seq == last_seq + 1 and last_hash is not None
                   and opened.header.prev_hash != last_hash)
    refused = [(r.packet_seq, r.reason) for r in ack.refused]
    if seq <= last_seq:
        return AckResult(seq, False, 0, 0, 0, ack.imported_through, ack.gaps, ack.held,
                         refused, last_seq)
    at = now_utc()
    sent, _ = chain_store.chain(vault.conn, "records")
    head = opened.header.post_head
    adopt = ack.imported_through > sent
    if adopt and (head is None or head.seq != ack.imported_through):
        raise PacketError("packet.ack_ahead", "the acknowledgement confirms packets up to "
                          "{through}, but this vault has sent only {sent}: it was restored from "
                          "an older backup (or belongs to another installation); this ack does "
                          "not name packet {through}'s hash: ask HQ for a new acknowledgement "
                          "and import it before exporting", through=ack.imported_through,
                          sent=sent)
    detail: dict[str, Any] = {"seq": seq, "hq": hq.code,
                              "imported_through": ack.imported_through, "acks": len(ack.acks)}
    if chain_break:
        detail["chain_break"] = True
    if adopt:
        detail["continued_from"] = sent
    with vault.audited("ack.import", detail=detail) as conn:
        if adopt and head is not None:
            # This vault is behind its own packets (restored from a backup older than the last
            # export): the ack decrypted with this vault's keys, so those packets were this
            # installation's. Continue the sequence after what HQ has, and take what HQ holds
            # as sent and acknowledged, so nothing is sent twice and nothing forks.
            chain_store.set_chain(conn, "records", head.seq, head.sha256)
            repo.mark_sent_before_restore(conn, [(r.id, r.version) for r in ack.acks],
                                                  head.seq, at)
            sent = head.seq
        vault.set_setting(RESTORED_SETTING, "")
        before = len(repo.versions_exported_through(conn, sent))
        changed = repo.mark_acknowledged(conn, [(r.id, r.version) for r in ack.acks], at)
        after = len(repo.versions_exported_through(conn, sent))
        ids = list(dict.fromkeys(changed))
        for record_id in ids:
            if repo.record_exists(conn, record_id):
                repo.refresh_status(conn, record_id, at)
        dropped = outbox_store.drop_outbox_through(conn, ack.imported_through)
        chain_store.set_received_chain(conn, hq.code, "ack", seq, opened.packet_sha256)
    if dropped:
        outbox_files.sweep(vault.directory, vault.conn)  # the dropped rows' files
    return AckResult(seq, True, before - after, len(ids), dropped, ack.imported_through,
                     ack.gaps, ack.held, refused, last_seq, chain_break)


class AckService:
    """Acknowledgements: HQ builds and writes them, a post imports them.

    Bound to one vault, as a Session property; the functions above do the work."""

    def __init__(self, vault: Vault, ref: ReferenceData) -> None:
        self.vault = vault
        self.ref = ref

    def build_ack(self, post: str) -> AckPayload:
        return build_ack(self.vault, post)

    def write_ack(self, post: str, directory: Path, *,
                  opener: Opener | None = None) -> tuple[SentPacket, AckPayload]:
        return write_ack(self.vault, post, directory, opener=opener)

    def import_ack(self, data: bytes) -> AckResult:
        return import_ack(self.vault, data)
