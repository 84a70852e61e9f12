"""HQ's import of the partner's `exchange` packets (issue 9 §5; docs/exchange.md decision 2).

The order per file is the one HQ follows for a post's records packets (services/hq.py): verify
first (signature with the enrolled partner's keys — revoked ones refused, a replaced key only up
to the sequence number its rotation named), then the bookkeeping that needs no plaintext
(duplicate, fork by sequence number, too far ahead), then decrypt in memory and check every
item (services/received_letters.py), then one transaction that applies the letter — or holds the
packet until the ones before it arrive. A refusal leaves the vault as it was, except one line in
the partner's refusal log when the signature verified (so the next letter's receipts can tell).

`received_ranges()` is what this HQ holds of the partner's stream, as the `receipts` of the
next letter it sends (packets/exchange.py): through, gaps and held, as ranges.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from shekara.domain.reference import ReferenceData
from shekara.errors import PacketError, ShekaraError
from shekara.messages import Message, message
from shekara.packets.container import (
    MAX_HEADER_BYTES,
    MAX_HEADER_DEPTH,
    PacketHeader,
    VerifiedPacket,
    decrypt_body,
    parse_header,
    parse_preamble,
    verify_only,
)
from shekara.packets.exchange import KIND, Receipts, decode_exchange
from shekara.packets.fields import strict_json
from shekara.packets.keys import KeyRing, PublicKeys
from shekara.services import received_letters as received
from shekara.services.fork_reasons import fork_reason
from shekara.services.hq import MAX_SEQ_AHEAD, format_ranges, gap_ranges, to_ranges
from shekara.services.keys import identities, public_of, require_mode
from shekara.services.packet_io import read_packet_file
from shekara.vault import audit, peer_key_store
from shekara.vault import received_store as store
from shekara.vault.received_store import ExchangeEntry
from shekara.vault.vault import Vault, now_utc

# The partner's clock may run ahead of ours: items are judged as of its time, within this.
MAX_CLOCK_AHEAD = timedelta(days=2)
_NOT_SENT = ("packet.seq_too_far",)  # refusals that name no packet before them as missing


@dataclass
class ExchangeOutcome:
    file: str
    status: str  # imported | duplicate | held | fork | refused
    partner: str | None = None
    seq: int | None = None
    letter: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    msgid: str = ""
    message: Message | None = None  # why it was refused or quarantined
    gap_ranges: list[tuple[int, int]] = field(default_factory=list)
    applied: list[int] = field(default_factory=list)  # held packets applied after this one
    # What could not be applied (a correction of a fact never received, a held letter refused
    # or quarantined): messages, put into words by the command line (English) or the window.
    problems: list[Message] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status in ("imported", "duplicate", "held") and not self.problems

    def line(self) -> str:
        who = f"letter {self.letter or '?'} (packet {self.seq} from {self.partner})"
        why = self.message or ""
        if self.status == "imported":
            items = ", ".join(f"{n} {k}" for k, n in self.counts.items() if n) or "receipts only"
            text = f"imported {who}: {items}"
            if self.applied:
                text += f"; then applied held packet(s) {format_ranges(to_ranges(self.applied))}"
        elif self.status == "duplicate":
            text = f"duplicate: packet {self.seq} from {self.partner} was already received"
        elif self.status == "held":
            text = (f"held: packet {self.seq} from {self.partner} waits for missing packet(s) "
                    f"{format_ranges(self.gap_ranges)}")
        elif self.status == "fork":
            text = f"fork quarantined: packet {self.seq} from {self.partner}: {why}"
        else:
            text = f"refused: {why}"
        for problem in self.problems:
            text += f"; {problem}"
        return f"{self.file}: {text}"

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "status": self.status, "partner": self.partner,
                "seq": self.seq, "letter": self.letter, "counts": dict(self.counts),
                "reason": self.msgid, "message": str(self.message or ""),
                "gap_ranges": [list(r) for r in self.gap_ranges], "applied": self.applied,
                "problems": [str(p) for p in self.problems], "ok": self.ok}


def partner_keyring(vault: Vault) -> KeyRing:
    """At HQ: the partner's keys (an `hq` peer key is the partner); revoked ones stay known so
    their packets get a precise refusal."""
    peers = peer_key_store.peer_keys(vault.conn, role="hq")
    return KeyRing([public_of(p) for p in peers if p.state != "revoked"],
                   revoked=[bytes.fromhex(p.key_id) for p in peers if p.state == "revoked"])


def import_files(vault: Vault, ref: ReferenceData, paths: list[Path]) -> list[ExchangeOutcome]:
    require_mode(vault, "hq")
    outcomes: list[ExchangeOutcome] = []
    for path in paths:
        try:
            data = read_packet_file(path)
        except ShekaraError as err:
            outcomes.append(ExchangeOutcome(path.name, "refused", msgid=err.msgid,
                                            message=err.message))
            continue
        outcomes.append(import_packet(vault, ref, data, path.name))
    return outcomes


def _verify(vault: Vault, data: bytes) -> VerifiedPacket:
    verified = verify_only(data, partner_keyring(vault), expect_kind=KIND,
                           expect_recipient_id=vault.post_code)
    peer = peer_key_store.peer_key(vault.conn, verified.signer.key_id.hex())
    if peer is not None and peer.state == "rotated" and verified.header.seq > (peer.last_seq or 0):
        raise PacketError("packet.old_key", "the packet is signed by a replaced key of "
                          "{post} after its rotation (packet {seq}, the old key's last was "
                          "{last})", post=peer.code, seq=verified.header.seq,
                          last=peer.last_seq or 0)
    return verified


def import_packet(vault: Vault, ref: ReferenceData, data: bytes,
                  name: str = "packet") -> ExchangeOutcome:
    require_mode(vault, "hq")
    sha = hashlib.sha256(data).hexdigest()
    try:
        verified = _verify(vault, data)
    except PacketError as err:
        _log_unverified(vault, data, sha, err)
        return ExchangeOutcome(name, "refused", msgid=err.msgid, message=err.message)
    header, partner = verified.header, verified.signer.code
    outcome = ExchangeOutcome(name, "refused", partner=partner, seq=header.seq)
    try:
        same = store.entries(vault.conn, partner, seq=header.seq)
        if any(e.sha256 == sha for e in same):
            outcome.status = "duplicate"
            outcome.letter = next(e.letter for e in same if e.sha256 == sha)
            return outcome
        if same:
            return _quarantine(vault, outcome, data, sha, header, fork_reason(
                "exchange.fork_seq", seq=header.seq, partner=partner))
        through = store.imported_through(vault.conn, partner)
        last = through.seq if through else 0
        if header.seq > last + MAX_SEQ_AHEAD:
            raise PacketError("packet.seq_too_far", "packet {seq} is more than {limit} ahead "
                              "of packet {last}, the last one imported from this post: it is "
                              "not held", seq=header.seq, limit=MAX_SEQ_AHEAD, last=last)
        letter = _open(vault, ref, data, verified)
        outcome.letter = letter.payload.letter.registration_number
        if header.seq > last + 1:
            return _hold(vault, outcome, data, sha, header)
        if header.prev_hash != (through.sha256 if through else None):
            return _quarantine(vault, outcome, data, sha, header, fork_reason(
                "exchange.fork_chain", last=last, partner=partner))
        _apply(vault, outcome, sha, verified, letter, held=False)
    except PacketError as err:
        _log(vault, partner, header.seq, sha, err.msgid)
        outcome.status, outcome.msgid, outcome.message = "refused", err.msgid, err.message
        return outcome
    _apply_held(vault, ref, outcome)
    return outcome


def _open(vault: Vault, ref: ReferenceData, data: bytes,
          verified: VerifiedPacket) -> received.PreparedLetter:
    """Decrypt in memory, parse and check: nothing decrypted ever reaches the disk."""
    payload = decode_exchange(decrypt_body(data, identities(vault), offset=verified.body_offset),
                              minor=verified.format_minor)
    if payload.from_party != verified.signer.party or payload.to_party != vault.party:
        raise PacketError("exchange.wrong_parties", "the letter says it goes from {sender} to "
                          "{recipient}, but it is signed by {signer} and this is {own}",
                          sender=payload.from_party, recipient=payload.to_party,
                          signer=verified.signer.party, own=vault.party)
    now = datetime.now().astimezone()
    sent = datetime.fromisoformat(verified.header.created_at.replace("Z", "+00:00"))
    return received.prepare(payload, ref, max(now, min(sent, now + MAX_CLOCK_AHEAD)),
                            verified.signer)


def _apply(vault: Vault, outcome: ExchangeOutcome, sha: str, verified: VerifiedPacket,
           letter: received.PreparedLetter, *, held: bool) -> None:
    header = verified.header
    partner = str(outcome.partner)
    at = now_utc()
    number = letter.payload.letter.registration_number
    with vault.transaction() as conn:
        counts, problems = received.store_letter(conn, vault, partner, header.seq, letter, at,
                                                 signer_key_id=verified.signer.key_id.hex())
        if held:
            store.mark_imported(conn, partner, header.seq, sha, letter=number, at=at)
        else:
            store.add_entry(conn, ExchangeEntry(partner, header.seq, sha, "imported",
                                                header.prev_hash, number, None, at, at), None)
        audit.append(conn, vault.officer, "partner.import", detail={
            "partner": partner, "seq": header.seq, "letter": number, "sha256": sha,
            **counts, "receipts_through": letter.payload.receipts.through})
    outcome.problems += problems
    if held:
        outcome.applied.append(header.seq)
    else:
        outcome.status, outcome.counts = "imported", counts


def _hold(vault: Vault, outcome: ExchangeOutcome, data: bytes, sha: str,
          header: PacketHeader) -> ExchangeOutcome:
    partner = str(outcome.partner)
    with vault.transaction() as conn:
        store.add_entry(conn, ExchangeEntry(partner, header.seq, sha, "held", header.prev_hash,
                                            outcome.letter, None, now_utc(), None), data)
        audit.append(conn, vault.officer, "partner.import", detail={
            "partner": partner, "seq": header.seq, "held": True, "sha256": sha})
    outcome.status = "held"
    outcome.gap_ranges = list(received_ranges(vault, partner).gaps)
    return outcome


def _quarantine(vault: Vault, outcome: ExchangeOutcome, data: bytes, sha: str,
                header: PacketHeader, reason: Message) -> ExchangeOutcome:
    partner = str(outcome.partner)
    with vault.transaction() as conn:  # the English, and the message itself
        store.add_entry(conn, ExchangeEntry(partner, header.seq, sha, "fork", header.prev_hash,
                                            None, str(reason), now_utc(), None, reason.msgid,
                                            reason.params), data)
        audit.append(conn, vault.officer, "partner.import", detail={
            "partner": partner, "seq": header.seq, "fork": True, "sha256": sha})
    outcome.status, outcome.msgid, outcome.message = "fork", reason.msgid, reason
    return outcome


def _apply_held(vault: Vault, ref: ReferenceData, outcome: ExchangeOutcome) -> None:
    """Apply held packets that now follow the last imported one, in order."""
    partner = str(outcome.partner)
    while True:
        through = store.imported_through(vault.conn, partner)
        if through is None:
            return
        waiting = [e for e in store.entries(vault.conn, partner, seq=through.seq + 1)
                   if e.state == "held"]
        if not waiting:
            return
        entry = waiting[0]
        data = store.packet_bytes(vault.conn, partner, entry.seq, entry.sha256) or b""
        try:
            verified = _verify(vault, data)  # again: a key may have been revoked meanwhile
            if verified.header.prev_hash != through.sha256:
                fork = fork_reason("exchange.fork_chain", last=through.seq, partner=partner)
                with vault.transaction() as conn:
                    store.quarantine(conn, partner, entry.seq, entry.sha256, str(fork),
                                     reason_msgid=fork.msgid, reason_params=fork.params)
                outcome.problems.append(message(
                    "exchange.held_fork", "held packet {seq} is a fork ({reason}): "
                    "quarantined", seq=entry.seq, reason=fork))
                return
            letter = _open(vault, ref, data, verified)
            _apply(vault, outcome, entry.sha256, verified, letter, held=True)
        except PacketError as err:
            with vault.transaction() as conn:
                store.delete_entry(conn, partner, entry.seq, entry.sha256)
                store.add_refusal(conn, partner, entry.seq, entry.sha256, err.msgid, now_utc())
            outcome.problems.append(message("exchange.held_refused", "held packet {seq} "
                                            "refused: {reason}", seq=entry.seq,
                                            reason=err.message))
            return


# --- refusal log ---------------------------------------------------------------------------------
def _log(vault: Vault, partner: str, seq: int | None, sha: str, reason: str) -> None:
    with vault.transaction() as conn:
        store.add_refusal(conn, partner, seq, sha, reason, now_utc())


def _log_unverified(vault: Vault, data: bytes, sha: str, err: PacketError) -> None:
    """Log a refusal only if the signature is the partner's own (revoked keys count): a packet
    whose signature fails cannot name its sender reliably, so it leaves no trace."""
    try:
        preamble = parse_preamble(data)
    except PacketError:
        return
    peer = peer_key_store.peer_key(vault.conn, preamble.key_id.hex())
    if peer is None or peer.role != "hq":
        return
    signer = PublicKeys.from_dict(peer.public)
    if not signer.verify(data[preamble.signature_offset:preamble.body_offset],
                         data[:preamble.signature_offset]):
        return
    seq: int | None
    try:
        raw = strict_json(data[preamble.header_offset:preamble.signature_offset],
                          "packet.bad_header", max_bytes=MAX_HEADER_BYTES,
                          max_depth=MAX_HEADER_DEPTH)
        seq = parse_header(raw, preamble.minor).seq
    except PacketError:
        seq = None
    _log(vault, peer.code, seq, sha, err.msgid)


# --- receipts ------------------------------------------------------------------------------------
def current_partner(vault: Vault) -> str | None:
    active = [p for p in peer_key_store.peer_keys(vault.conn, role="hq") if p.state == "active"]
    return active[-1].code if active else None


def received_ranges(vault: Vault, partner: str | None = None) -> Receipts:
    """What this HQ holds of the partner's exchange packets, for the next letter's `receipts`:
    every packet through `through` imported, `gaps` missing, `held` waiting for the gaps."""
    require_mode(vault, "hq")
    code = partner or current_partner(vault)
    if code is None:
        return Receipts(0)
    entries = store.entries(vault.conn, code)
    through = max((e.seq for e in entries if e.state == "imported"), default=0)
    held = sorted({e.seq for e in entries if e.state == "held" and e.seq > through})
    window = through + MAX_SEQ_AHEAD
    refused = store.refused_seqs(vault.conn, code, excluding=_NOT_SENT)
    seen = max([e.seq for e in entries if e.seq <= window]
               + [s for s in refused if s <= window], default=0)
    present = [e.seq for e in entries if e.state in ("held", "fork")]
    return Receipts(through, tuple(gap_ranges(through, seen, present)),
                    tuple(to_ranges(held)))

