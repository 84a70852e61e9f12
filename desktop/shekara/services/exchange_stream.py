"""What this HQ knows of the partner's stream of letters (`partner status`), and discarding a
held or forked packet (`partner discard`), so that no packet the partner sent can leave the
stream in a state no command can leave: as for a post's packets (services/hq_held.py), a held
or forked packet occupies its sequence number until it is imported or discarded. Discarding
deletes the stored packet and logs a refusal, so the next letter's receipts name the number
as missing and the partner sends it again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from shekara.errors import InputError, NotFound
from shekara.messages import Message
from shekara.services.exchange_receive import current_partner, received_ranges
from shekara.services.fork_reasons import kept_reason
from shekara.services.keys import require_mode
from shekara.vault import received_store as store
from shekara.vault.vault import Vault, now_utc

MAX_REASON_CHARS = 500


@dataclass(frozen=True)
class KeptLetter:
    """A held or forked packet of the partner's, with the id `discard` takes."""

    id: str
    seq: int
    state: str  # held | fork
    sha256: str
    reason: str | None  # why it was quarantined, in English (what the command line prints)
    received_at: str
    # The same reason as a message, for the window to translate; None for a fork quarantined
    # before schema step 21 (its English is all the vault has) and for a held letter.
    reason_message: Message | None = None

    def to_json(self) -> dict[str, Any]:  # the command line's, without the message
        return {"id": self.id, "seq": self.seq, "state": self.state, "sha256": self.sha256,
                "reason": self.reason, "received_at": self.received_at}


@dataclass(frozen=True)
class PartnerStream:
    partner: str
    imported_through: int
    gaps: list[tuple[int, int]]
    held: list[tuple[int, int]]
    kept: list[KeptLetter]  # held and forked packets
    refusals: int

    def to_json(self) -> dict[str, Any]:
        return {"partner": self.partner, "imported_through": self.imported_through,
                "gaps": [list(r) for r in self.gaps], "held": [list(r) for r in self.held],
                "kept": [k.to_json() for k in self.kept], "refusals": self.refusals}


def _kept_id(entry: store.ExchangeEntry) -> str:
    return f"{entry.partner}-{entry.seq}-{entry.sha256[:12]}"


def _kept(entry: store.ExchangeEntry) -> KeptLetter:
    return KeptLetter(_kept_id(entry), entry.seq, entry.state, entry.sha256, entry.reason,
                      entry.received_at, kept_reason(entry.reason_msgid, entry.reason_params))


def status(vault: Vault) -> list[PartnerStream]:
    require_mode(vault, "hq")
    codes = sorted(set(store.partners_seen(vault.conn)) | {c for c in [current_partner(vault)]
                                                          if c})
    out = []
    for code in codes:
        receipts = received_ranges(vault, code)
        kept = [_kept(e) for e in store.entries(vault.conn, code)
                if e.state in ("held", "fork")]
        out.append(PartnerStream(code, receipts.through, list(receipts.gaps),
                                 list(receipts.held), kept,
                                 len(store.refused_seqs(vault.conn, code))))
    return out


def discard(vault: Vault, packet_id: str, reason: str) -> dict[str, Any]:
    """Delete a held or forked letter; the partner learns it from the next receipts."""
    require_mode(vault, "hq")
    vault.require_supervisor()
    reason = reason.strip()
    if not reason or len(reason) > MAX_REASON_CHARS:
        raise InputError("hq.discard_reason", "say why the packet is discarded (--reason, at "
                         "most {limit} characters)", limit=MAX_REASON_CHARS)
    for entry in store.entries(vault.conn):
        if entry.state in ("held", "fork") and _kept_id(entry) == packet_id:
            with vault.audited("hq.held_discard", detail={
                    "partner": entry.partner, "seq": entry.seq, "state": entry.state,
                    "sha256": entry.sha256, "reason": reason}) as conn:
                store.delete_entry(conn, entry.partner, entry.seq, entry.sha256)
                store.add_refusal(conn, entry.partner, entry.seq, entry.sha256,
                                  "packet.discarded", now_utc())
            return {"id": packet_id, "seq": entry.seq, "state": entry.state}
    raise NotFound("partner.no_such_kept", "no held or forked letter {id} (see 'shekara "
                   "partner status'; in the window: Exchange > Held and quarantined letters)",
                   id=packet_id[:80])
