"""HQ's import of records packets, and what HQ knows about each post's stream of packets.

Per file the order is fixed (docs/hq-import.md): verify (signature first, with the enrolled
posts' keys; revoked ones refused), then sequence bookkeeping that needs no plaintext
(duplicate, fork by sequence number), then decrypt in memory and validate every record, then
one transaction that applies it — or holds it until the packets before it arrive. A refusal
leaves the vault as it was, except one line in the refusal log when the signature verified
(only then is the post known), so the next acknowledgement can tell the post.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from shekara.domain.reference import ReferenceData
from shekara.errors import NotFound, PacketError, ShekaraError
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
from shekara.packets.fields import strict_json
from shekara.packets.keys import PublicKeys
from shekara.packets.payload import decode_records
from shekara.services import hq_records
from shekara.services.audit_breaks import audit_breaks, event_detail, kept_break
from shekara.services.bulk import cyclic_gc_paused
from shekara.services.fork_reasons import fork_reason, kept_reason
from shekara.services.keys import hq_keyring, identities, require_mode
from shekara.services.packet_io import read_packet_file
from shekara.vault import audit, inbox_store, peer_key_store, post_log
from shekara.vault import records as records_repo
from shekara.vault.inbox_store import InboxEntry
from shekara.vault.post_log import PostEvent, Refusal
from shekara.vault.vault import Vault, now_utc

# How far ahead of the last imported packet HQ holds a post's packet. A packet beyond it is
# refused before it is decrypted: a signed header's sequence number sizes what HQ stores and
# what every later ack lists as missing, so it is bounded here (docs/packet-format.md). Ten
# thousand is years of daily exports that HQ never imported.
MAX_SEQ_AHEAD = 10_000
# A post's clock may run ahead of HQ's; records are judged as of the post's time, but no more
# than this ahead of HQ's own, so a signed `created_at` in year 9999 buys nothing.
MAX_CLOCK_AHEAD = timedelta(days=2)
# Refusals that say nothing about which packets the post sent before: they never make gaps.
_NOT_SENT = ("packet.discarded", "packet.seq_too_far")


@dataclass
class ImportOutcome:
    file: str
    status: str  # imported | duplicate | held | fork | refused
    post: str | None = None
    seq: int | None = None
    records: int = 0
    duplicates: int = 0
    msgid: str = ""
    message: Message | None = None  # why it was refused or quarantined
    gaps: list[int] = field(default_factory=list)
    gap_ranges: list[tuple[int, int]] = field(default_factory=list)
    applied: list[int] = field(default_factory=list)  # held packets applied after this one
    applied_records: int = 0
    problems: list[Message] = field(default_factory=list)  # audit chain breaks, held refused…

    @property
    def ok(self) -> bool:
        return self.status in ("imported", "duplicate", "held") and not self.problems

    def line(self) -> str:
        who = f"packet {self.seq} from {self.post}"
        why = self.message or ""
        if self.status == "imported":
            text = f"imported {self.records} record version(s), {who}"
            if self.duplicates:
                text += f" ({self.duplicates} already held)"
            if self.applied:
                text += (f"; then applied held packet(s) "
                         f"{format_ranges(to_ranges(self.applied))} "
                         f"({self.applied_records} record version(s))")
        elif self.status == "duplicate":
            text = f"duplicate: {who} was already received; nothing changed"
        elif self.status == "held":
            text = (f"held: {who} waits for missing packet(s) "
                    f"{format_ranges(self.gap_ranges or to_ranges(self.gaps))}")
        elif self.status == "fork":
            text = f"fork quarantined: {who}: {why}"
        else:
            text = f"refused: {why}"
        for problem in self.problems:
            text += f"; {problem}"
        return f"{self.file}: {text}"

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "status": self.status, "post": self.post, "seq": self.seq,
                "records": self.records, "duplicates": self.duplicates, "reason": self.msgid,
                "message": str(self.message or ""), "gaps": self.gaps,
                "gap_ranges": [list(r) for r in self.gap_ranges], "applied": self.applied,
                "applied_records": self.applied_records,
                "problems": [str(p) for p in self.problems], "ok": self.ok}


def to_ranges(seqs: list[int]) -> list[tuple[int, int]]:
    """Ascending sequence numbers as (first, last) runs."""
    out: list[tuple[int, int]] = []
    for seq in sorted(set(seqs)):
        if out and out[-1][1] == seq - 1:
            out[-1] = (out[-1][0], seq)
        else:
            out.append((seq, seq))
    return out


def format_ranges(ranges: list[tuple[int, int]]) -> str:
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in ranges)


def gap_ranges(after: int, through: int, present: list[int]) -> list[tuple[int, int]]:
    """The runs of (after, through] not in `present`: computed from the runs' ends, never by
    listing every number, so a far-ahead number costs nothing."""
    out: list[tuple[int, int]] = []
    start = after + 1
    for seq in sorted(s for s in set(present) if after < s <= through):
        if seq > start:
            out.append((start, seq - 1))
        start = seq + 1
    if start <= through:
        out.append((start, through))
    return out


def import_files(vault: Vault, ref: ReferenceData, paths: list[Path]) -> list[ImportOutcome]:
    require_mode(vault, "hq")
    outcomes: list[ImportOutcome] = []
    for path in paths:
        try:
            data = read_packet_file(path)
        except ShekaraError as err:
            outcomes.append(ImportOutcome(path.name, "refused", msgid=err.msgid,
                                          message=err.message))
            continue
        outcomes.append(import_packet(vault, ref, data, path.name))
    return outcomes


def import_packet(vault: Vault, ref: ReferenceData, data: bytes,
                  name: str = "packet") -> ImportOutcome:
    require_mode(vault, "hq")
    sha = hashlib.sha256(data).hexdigest()
    try:
        verified = verify_only(data, hq_keyring(vault), expect_kind="records",
                               expect_recipient_id=vault.post_code)
    except PacketError as err:
        _log_unverified(vault, data, sha, err)
        return ImportOutcome(name, "refused", msgid=err.msgid, message=err.message)
    header, post = verified.header, verified.signer.code
    outcome = ImportOutcome(name, "refused", post=post, seq=header.seq)
    try:
        _check_key_may_sign(vault, verified)
        same = inbox_store.inbox_entries(vault.conn, post, seq=header.seq)
        if any(e.sha256 == sha for e in same):
            outcome.status = "duplicate"
            return outcome
        if same:
            return _quarantine(vault, outcome, data, sha, header,
                               fork_reason("hq.fork_same_seq"))
        through = inbox_store.imported_through(vault.conn, post)
        last = through.seq if through else 0
        if header.seq > last + MAX_SEQ_AHEAD:
            raise PacketError("packet.seq_too_far", "packet {seq} is more than {limit} ahead "
                              "of packet {last}, the last one imported from this post: it is "
                              "not held", seq=header.seq, limit=MAX_SEQ_AHEAD, last=last)
        prepared = _open(vault, ref, data, verified)
        if header.seq > last + 1:
            return _hold(vault, outcome, data, sha, header, prepared)
        if header.prev_hash != (through.sha256 if through else None):
            return _quarantine(vault, outcome, data, sha, header, _not_following(last))
        _apply(vault, ref, outcome, sha, header, prepared, through, held=False)
    except PacketError as err:
        _log(vault, Refusal(post, header.seq, sha, err.msgid, now_utc()))
        outcome.status, outcome.msgid, outcome.message = "refused", err.msgid, err.message
        return outcome
    _apply_held(vault, ref, outcome)
    return outcome


# --- the steps -----------------------------------------------------------------------------------
def _check_key_may_sign(vault: Vault, verified: VerifiedPacket) -> None:
    peer = peer_key_store.peer_key(vault.conn, verified.signer.key_id.hex())
    if peer is not None and peer.state == "rotated" and verified.header.seq > (peer.last_seq or 0):
        raise PacketError("packet.old_key", "the packet is signed by a replaced key of "
                          "{post} after its rotation (packet {seq}, the old key's last was "
                          "{last})", post=peer.code, seq=verified.header.seq,
                          last=peer.last_seq or 0)


def _open(vault: Vault, ref: ReferenceData, data: bytes,
          verified: VerifiedPacket) -> hq_records.PreparedRecords:
    """Decrypt in memory, parse and validate: nothing decrypted ever reaches the disk."""
    with cyclic_gc_paused():  # thousands of records parsed and checked
        payload = decode_records(decrypt_body(data, identities(vault),
                                              offset=verified.body_offset))
        now = datetime.now().astimezone()
        # Records are judged as of when the post wrote them, if its clock was ahead of HQ's.
        sent = datetime.fromisoformat(verified.header.created_at.replace("Z", "+00:00"))
        return hq_records.prepare(payload, ref, max(now, min(sent, now + MAX_CLOCK_AHEAD)))


def _not_following(last: int) -> Message:
    return fork_reason("hq.fork_not_following", last=last)


def _apply(vault: Vault, ref: ReferenceData, outcome: ImportOutcome, sha: str,
           header: PacketHeader, prepared: hq_records.PreparedRecords,
           through: InboxEntry | None, *, held: bool) -> int:
    post = str(outcome.post)
    at = now_utc()
    breaks = audit_breaks(through, header)
    head = header.audit_head
    with cyclic_gc_paused(), vault.transaction() as conn:  # thousands of rows built
        stored = hq_records.store(conn, vault, ref, post, prepared, at)
        if held:
            inbox_store.mark_inbox_imported(conn, post, header.seq, sha,
                                            records=stored.new_versions, at=at)
        else:
            inbox_store.add_inbox(conn, InboxEntry(
                post, header.seq, sha, "imported", header.prev_hash,
                head.seq if head else None, head.hash if head else None, stored.new_versions,
                None, at, at), None)
        for problem in breaks:
            post_log.add_post_event(conn, PostEvent(post, "audit_chain_break", header.seq,
                                                    event_detail(problem), at))
        audit.append(conn, vault.officer, "hq.import", detail={
            "post": post, "seq": header.seq, "records": stored.new_versions,
            "duplicates": stored.duplicates, "tombstones": stored.tombstones, "sha256": sha})
    outcome.problems += breaks
    if held:
        outcome.applied.append(header.seq)
        outcome.applied_records += stored.new_versions
    else:
        outcome.status = "imported"
        outcome.records, outcome.duplicates = stored.new_versions, stored.duplicates
    return stored.new_versions


def _hold(vault: Vault, outcome: ImportOutcome, data: bytes, sha: str, header: PacketHeader,
          prepared: hq_records.PreparedRecords) -> ImportOutcome:
    post = str(outcome.post)
    at = now_utc()
    head = header.audit_head
    with vault.transaction() as conn:
        inbox_store.add_inbox(conn, InboxEntry(
            post, header.seq, sha, "held", header.prev_hash, head.seq if head else None,
            head.hash if head else None, len(prepared.versions), None, at, None), data)
        audit.append(conn, vault.officer, "hq.import", detail={
            "post": post, "seq": header.seq, "held": True, "sha256": sha})
    outcome.status = "held"
    stream = post_stream(vault, post)
    outcome.gaps, outcome.gap_ranges = stream.gaps, stream.gap_ranges
    return outcome


def _quarantine(vault: Vault, outcome: ImportOutcome, data: bytes, sha: str,
                header: PacketHeader, why: Message) -> ImportOutcome:
    reason = str(why)  # the English (post log, inbox), and the message itself (inbox)
    post = str(outcome.post)
    at = now_utc()
    head = header.audit_head
    with vault.transaction() as conn:
        inbox_store.add_inbox(conn, InboxEntry(
            post, header.seq, sha, "fork", header.prev_hash, head.seq if head else None,
            head.hash if head else None, 0, reason, at, None, why.msgid, why.params), data)
        post_log.add_post_event(conn, PostEvent(post, "fork", header.seq,
                                                {"reason": reason, "sha256": sha}, at))
        audit.append(conn, vault.officer, "hq.import", detail={
            "post": post, "seq": header.seq, "fork": True, "sha256": sha})
    outcome.status, outcome.msgid, outcome.message = "fork", "packet.fork", why
    return outcome


def _apply_held(vault: Vault, ref: ReferenceData, outcome: ImportOutcome) -> None:
    """Apply held packets that now follow the last imported one, in order."""
    post = str(outcome.post)
    while True:
        through = inbox_store.imported_through(vault.conn, post)
        if through is None:
            return
        waiting = [e for e in inbox_store.inbox_entries(vault.conn, post, seq=through.seq + 1)
                   if e.state == "held"]
        if not waiting:
            return
        entry = waiting[0]
        data = inbox_store.inbox_packet(vault.conn, post, entry.seq, entry.sha256) or b""
        try:
            # Checked again: a key may have been revoked while the packet waited.
            verified = verify_only(data, hq_keyring(vault), expect_kind="records",
                                   expect_recipient_id=vault.post_code)
            _check_key_may_sign(vault, verified)
            if verified.header.prev_hash != through.sha256:
                why = _not_following(through.seq)
                reason = str(why)
                with vault.transaction() as conn:
                    inbox_store.quarantine_inbox(conn, post, entry.seq, entry.sha256, reason,
                                                 reason_msgid=why.msgid,
                                                 reason_params=why.params)
                    post_log.add_post_event(conn, PostEvent(
                        post, "fork", entry.seq, {"reason": reason, "sha256": entry.sha256},
                        now_utc()))
                outcome.problems.append(message(
                    "hq.held_fork", "held packet {seq} is a fork ({reason}): quarantined",
                    seq=entry.seq, reason=why))
                return
            prepared = _open(vault, ref, data, verified)
            _apply(vault, ref, outcome, entry.sha256, verified.header, prepared, through,
                   held=True)
        except PacketError as err:
            with vault.transaction() as conn:
                inbox_store.delete_inbox(conn, post, entry.seq, entry.sha256)
                post_log.add_refusal(conn, Refusal(post, entry.seq, entry.sha256,
                                                   err.msgid, now_utc()))
            outcome.problems.append(message("hq.held_refused", "held packet {seq} refused: "
                                            "{reason}", seq=entry.seq, reason=err.message))
            return


# --- refusal log ---------------------------------------------------------------------------------
def _log(vault: Vault, refusal: Refusal) -> None:
    with vault.transaction() as conn:
        post_log.add_refusal(conn, refusal)


def _log_unverified(vault: Vault, data: bytes, sha: str, err: PacketError) -> None:
    """Log a refusal only if the packet's signature is a post's own (revoked keys count): a
    packet whose signature fails cannot name its post reliably, so it leaves no trace."""
    try:
        preamble = parse_preamble(data)
    except PacketError:
        return
    peer = peer_key_store.peer_key(vault.conn, preamble.key_id.hex())
    if peer is None or peer.role != "post":
        return
    signer = PublicKeys.from_dict(peer.public)
    signed = data[:preamble.signature_offset]
    if not signer.verify(data[preamble.signature_offset:preamble.body_offset], signed):
        return
    seq: int | None
    try:
        raw = strict_json(data[preamble.header_offset:preamble.signature_offset],
                          "packet.bad_header", max_bytes=MAX_HEADER_BYTES,
                          max_depth=MAX_HEADER_DEPTH)
        seq = parse_header(raw, preamble.minor).seq
    except PacketError:
        seq = None
    _log(vault, Refusal(peer.code, seq, sha, err.msgid, now_utc()))


# --- what HQ knows about each post ---------------------------------------------------------------
@dataclass
class PostStream:
    post: str
    imported_through: int
    last_import_at: str | None
    records: int
    gap_ranges: list[tuple[int, int]]  # what is missing, as (first, last) runs
    held: list[int]
    forks: list[dict[str, Any]]
    refusals: list[dict[str, Any]]
    audit_breaks: list[dict[str, Any]]
    keys: list[dict[str, Any]]
    # Each fork's reason as a message (by its SHA-256), for the window to translate; not in
    # `--json`. A fork quarantined before schema step 21 has none: its English is shown.
    fork_reasons: dict[str, Message] = field(default_factory=dict)
    # Each audit break's message, in the order of `audit_breaks`; not in `--json`. None for a
    # break recorded before the post event kept it: its English is shown.
    audit_break_reasons: list[Message | None] = field(default_factory=list)

    @property
    def gaps(self) -> list[int]:
        """Every missing number, for the ack and `--json`: at most MAX_SEQ_AHEAD of them,
        since nothing beyond that window is held or counted as seen."""
        return [seq for a, b in self.gap_ranges for seq in range(a, b + 1)]

    def to_json(self) -> dict[str, Any]:
        return {"post": self.post, "imported_through": self.imported_through,
                "last_import_at": self.last_import_at, "records": self.records,
                "gaps": self.gaps, "gap_ranges": [list(r) for r in self.gap_ranges],
                "held": self.held, "forks": self.forks,
                "refusals": self.refusals, "audit_breaks": self.audit_breaks,
                "keys": self.keys}


def post_stream(vault: Vault, post: str) -> PostStream:
    conn = vault.conn
    entries = inbox_store.inbox_entries(conn, post)
    imported = [e for e in entries if e.state == "imported"]
    through = max((e.seq for e in imported), default=0)
    held = sorted({e.seq for e in entries if e.state == "held" and e.seq > through})
    refused = post_log.refusals(conn, post)
    # What the post is known to have sent, within the window HQ holds: a refused packet far
    # ahead, or one a supervisor discarded, names no packet before it as missing.
    window = through + MAX_SEQ_AHEAD
    seen = max([e.seq for e in entries if e.seq <= window]
               + [r.seq for r in refused if r.seq is not None and r.seq <= window
                  and r.reason not in _NOT_SENT], default=0)
    breaks = [e for e in post_log.post_events(conn, post) if e.event == "audit_chain_break"]
    keys = [{"fingerprint": PublicKeys.from_dict(p.public).fingerprint(), "state": p.state,
             "last_seq": p.last_seq} for p in peer_key_store.peer_keys(conn, role="post",
                                                                     code=post)]
    return PostStream(
        post=post, imported_through=through,
        last_import_at=max((e.applied_at or "" for e in imported), default=None) or None,
        records=records_repo.count_records_from(conn, post),
        gap_ranges=gap_ranges(through, seen, held), held=held,
        forks=[{"seq": e.seq, "reason": e.reason, "sha256": e.sha256}
               for e in entries if e.state == "fork"],
        refusals=[{"seq": r.seq, "reason": r.reason, "at": r.at,
                   "resolved": r.seq is not None and r.seq <= through} for r in refused],
        audit_breaks=[{"seq": e.seq, "reason": e.detail.get("reason"), "at": e.at}
                      for e in breaks],
        keys=keys,
        fork_reasons={e.sha256: why for e in entries if e.state == "fork"
                      and (why := kept_reason(e.reason_msgid, e.reason_params)) is not None},
        audit_break_reasons=[kept_break(e.detail) for e in breaks])


def status(vault: Vault, post: str | None = None) -> list[PostStream]:
    require_mode(vault, "hq")
    known = sorted({p.code for p in peer_key_store.peer_keys(vault.conn, role="post")}
                   | set(inbox_store.inbox_posts(vault.conn)))
    if post is not None:
        if post not in known:
            raise NotFound("hq.unknown_post", "HQ knows no post {post}", post=post)
        known = [post]
    return [post_stream(vault, code) for code in known]


class HqService:
    """HQ: importing post packets and each post's stream.

    Bound to one vault, as a Session property; the functions above do the work."""

    def __init__(self, vault: Vault, ref: ReferenceData) -> None:
        self.vault = vault
        self.ref = ref

    def import_files(self, paths: list[Path]) -> list[ImportOutcome]:
        return import_files(self.vault, self.ref, paths)

    def import_packet(self, data: bytes, name: str = 'packet') -> ImportOutcome:
        return import_packet(self.vault, self.ref, data, name)

    def post_stream(self, post: str) -> PostStream:
        return post_stream(self.vault, post)

    def status(self, post: str | None = None) -> list[PostStream]:
        return status(self.vault, post)
