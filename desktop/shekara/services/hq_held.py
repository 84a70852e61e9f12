"""Packets HQ keeps without importing them: held ones (waiting for a gap to be filled) and
quarantined forks. A supervisor can look at them and discard one, so that no packet a post
sent — a stolen laptop's, a buggy post's — can leave HQ in a state that no command can leave:
a held or forked packet occupies its sequence number until it is imported or discarded.

Discarding deletes the stored packet, logs a `packet.discarded` refusal (so the next ack tells
the post to send that number again — unless a packet with that number is already imported, as
for a fork of an imported number: the refusal is then resolved and the ack says nothing of it)
and appends one audit entry with the supervisor's reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from shekara.errors import InputError, NotFound
from shekara.messages import Message
from shekara.services.fork_reasons import kept_reason
from shekara.services.keys import require_mode
from shekara.vault import inbox_store, post_log
from shekara.vault.inbox_store import InboxEntry
from shekara.vault.post_log import PostEvent, Refusal
from shekara.vault.vault import Vault, now_utc

KEPT_STATES = ("held", "fork")
MAX_REASON_CHARS = 500


@dataclass(frozen=True)
class KeptPacket:
    id: str  # "<post>-<seq>-<first 12 hex digits of the packet's SHA-256>"
    post: str
    seq: int
    state: str  # held | fork
    sha256: str
    records: int
    reason: str | None  # why it was quarantined, in English (what the command line prints)
    received_at: str
    # The same reason as a message, for the window to translate; None for a fork quarantined
    # before schema step 21 (its English is all the vault has) and for a held packet.
    reason_message: Message | None = None

    def to_json(self) -> dict[str, Any]:  # the command line's, without the message
        return {"id": self.id, "post": self.post, "seq": self.seq, "state": self.state,
                "sha256": self.sha256, "records": self.records, "reason": self.reason,
                "received_at": self.received_at}


def _kept(entry: InboxEntry) -> KeptPacket:
    return KeptPacket(f"{entry.post}-{entry.seq}-{entry.sha256[:12]}", entry.post, entry.seq,
                      entry.state, entry.sha256, entry.records, entry.reason, entry.received_at,
                      kept_reason(entry.reason_msgid, entry.reason_params))


def held_packets(vault: Vault, post: str | None = None) -> list[KeptPacket]:
    require_mode(vault, "hq")
    return [_kept(e) for e in inbox_store.inbox_entries(vault.conn, post)
            if e.state in KEPT_STATES]


def _find(vault: Vault, packet_id: str) -> KeptPacket:
    post, _, rest = packet_id.rpartition("-")
    post, _, seq_text = post.rpartition("-")
    if not (post and seq_text.isdigit() and len(seq_text) <= 20 and len(rest) == 12):
        raise InputError("hq.bad_held_id", "{id} is not an id from 'shekara hq held list' (in "
                         "the window: HQ > Held and quarantined packets)", id=packet_id[:80])
    for kept in held_packets(vault, post):
        if kept.seq == int(seq_text) and kept.sha256.startswith(rest):
            return kept
    raise NotFound("hq.no_such_held", "HQ holds no packet {id}", id=packet_id[:80])


def discard(vault: Vault, packet_id: str, reason: str) -> KeptPacket:
    """Delete a held or forked packet; the post is told through its next ack."""
    require_mode(vault, "hq")
    vault.require_supervisor()
    reason = reason.strip()
    if not reason or len(reason) > MAX_REASON_CHARS:
        raise InputError("hq.discard_reason", "say why the packet is discarded (--reason, at "
                         "most {limit} characters)", limit=MAX_REASON_CHARS)
    kept = _find(vault, packet_id)
    at = now_utc()
    with vault.audited("hq.held_discard", detail={
            "post": kept.post, "seq": kept.seq, "state": kept.state, "sha256": kept.sha256,
            "reason": reason}) as conn:
        inbox_store.delete_inbox(conn, kept.post, kept.seq, kept.sha256)
        post_log.add_refusal(conn, Refusal(kept.post, kept.seq, kept.sha256,
                                           "packet.discarded", at))
        post_log.add_post_event(conn, PostEvent(kept.post, "discarded", kept.seq,
                                                {"state": kept.state,
                                                 "sha256": kept.sha256}, at))
    return kept


class HeldPackets:
    """HQ: the posts' packets it holds (ahead of a gap) or keeps as forks (`session.held`)."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def list(self, post: str | None = None) -> list[KeptPacket]:
        return held_packets(self.vault, post)

    def discard(self, packet_id: str, reason: str) -> KeptPacket:
        return discard(self.vault, packet_id, reason)
