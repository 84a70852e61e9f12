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
from shekara.services.exchange_receive import current_partner, received_ranges
from shekara.services.keys import require_mode
from shekara.vault import received_store as store
from shekara.vault.vault import Vault, now_utc

MAX_REASON_CHARS = 500


@dataclass(frozen=True)
class PartnerStream:
    partner: str
    imported_through: int
    gaps: list[tuple[int, int]]
    held: list[tuple[int, int]]
    kept: list[dict[str, Any]]  # held and forked packets, with the ids `discard` takes
    refusals: int

    def to_json(self) -> dict[str, Any]:
        return {"partner": self.partner, "imported_through": self.imported_through,
                "gaps": [list(r) for r in self.gaps], "held": [list(r) for r in self.held],
                "kept": self.kept, "refusals": self.refusals}


def _kept_id(entry: store.ExchangeEntry) -> str:
    return f"{entry.partner}-{entry.seq}-{entry.sha256[:12]}"


def status(vault: Vault) -> list[PartnerStream]:
    require_mode(vault, "hq")
    codes = sorted(set(store.partners_seen(vault.conn)) | {c for c in [current_partner(vault)]
                                                          if c})
    out = []
    for code in codes:
        receipts = received_ranges(vault, code)
        kept = [{"id": _kept_id(e), "seq": e.seq, "state": e.state, "sha256": e.sha256,
                 "reason": e.reason, "received_at": e.received_at}
                for e in store.entries(vault.conn, code) if e.state in ("held", "fork")]
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
