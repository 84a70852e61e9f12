"""HQ sending information to the other Party's central authority (issue 9 §3–4; docs/exchange.md
decisions 3–5).

The flow: `candidates` lists what qualifies and was never sent, and what changed since it was
sent (a newer version, a withdrawal, a purge: Art. 10.3 asks that corrections go on promptly);
`add` puts candidates on the notice being prepared (persons a supervisor adds by hand need a
reason); `preview` is exactly what will leave; `approve` is a second supervisor's four-eyes
check of that exact content (any change to the notice afterwards voids it); `send` seals the
letter — the notice's facts and corrections plus whatever the request register has ready
(approved requests, our answers, our refusals) and the receipts of the partner's letters —,
records it, the disclosure register and the registration number in one transaction, then writes
the packet to the folder and reads it back. Follow-up questions (Art. 8.6) and withdrawals of
our own requests go in the same way, and only when the partner knows the request (it came in a
letter, or ours went in one); a letter carrying one is format 1.2, any other stays 1.1. A
letter recorded but not written (the stick was pulled, the process died) is written again,
byte for byte, by `write_again`.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from shekara.domain.codes import other_party
from shekara.domain.minimization import Minimized, article_of, minimize
from shekara.domain.reference import ReferenceData
from shekara.errors import InputError, NotFound, PacketError, PermissionDenied, StateError
from shekara.packets.container import decrypt_body, seal, verify_only
from shekara.packets.exchange import (
    Answer,
    Correction,
    ExchangePayload,
    FollowUp,
    ItemRef,
    Letter,
    Receipts,
    Refusal,
    RequestWithdrawal,
    SharedFact,
    SharedRequest,
    Signatory,
    decode_exchange,
    encode_exchange,
    format_minor,
)
from shekara.packets.keys import PublicKeys
from shekara.packets.writer import Opener, no_folder, packet_file_name, write_atomically
from shekara.reports.notice import render_disclosures, render_notice
from shekara.services.exchange_receive import received_ranges
from shekara.services.keys import identities, own_keyring, own_keys, public_of, require_mode
from shekara.services.reports import Report, ReportService
from shekara.targets import check_folder
from shekara.vault import audit, chain_store, journal, peer_key_store
from shekara.vault import exchange_store as store
from shekara.vault import officials as official_repo
from shekara.vault import records as record_repo
from shekara.vault import requests as request_repo
from shekara.vault.connection import Connection
from shekara.vault.vault import Vault, now_utc

KIND = "exchange"
# Why a candidate is one, as codes (the CLI prints the English, the screens translate).
WHY = {
    "new": "qualifies under Art. {article} and was never sent",
    "newer_version": "version {version} replaces version {sent} sent before (Art. 10.3)",
    "withdrawn": "withdrawn after version {sent} was sent: the partner must withdraw it too",
    "destroyed": "purged after version {sent} was sent: the partner must destroy it too",
    "no_longer_qualifies": "version {version} no longer qualifies: version {sent} sent before"
                           " is withdrawn from the partner",
}
CORRECTION_REASONS = {"withdrawn": "record.withdrawn", "destroyed": "retention.expired",
                      "no_longer_qualifies": "record.no_longer_qualifies"}


@dataclass(frozen=True)
class Candidate:
    record_id: str
    version: int
    action: str  # fact | withdrawn | destroyed
    article: str
    why: str  # a key of WHY
    sent_version: int | None
    queued: bool

    def text(self) -> str:
        return WHY[self.why].format(article=self.article, version=self.version,
                                    sent=self.sent_version)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.record_id, "version": self.version, "action": self.action,
                "article": self.article, "why": self.why, "because": self.text(),
                "sent_version": self.sent_version, "queued": self.queued}


@dataclass(frozen=True)
class PreviewItem:
    queued: store.QueuedItem
    minimized: Minimized | None  # None for a correction (only id, version and a reason leave)
    record_number: str | None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.queued.record_id, "version": self.queued.version,
                               "action": self.queued.action, "article": self.queued.article,
                               "added_by": self.queued.added_by,
                               "registration_number": self.record_number}
        if self.minimized is not None:
            out.update({"persons_sent": list(self.minimized.sent),
                        "included": {str(k): v for k, v in self.minimized.included.items()},
                        "withheld_persons": self.minimized.withheld,
                        "record": self.minimized.record})
        return out


@dataclass
class Preview:
    items: list[PreviewItem]
    requests: list[str] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)
    follow_ups: list[str] = field(default_factory=list)  # our questions (message ids)
    withdrawals: list[str] = field(default_factory=list)  # our requests withdrawn (request ids)
    digest: str = ""
    approved_by: str | None = None

    def register_items(self) -> int:
        """How many items of the request register the letter carries."""
        return (len(self.requests) + len(self.answers) + len(self.refusals)
                + len(self.follow_ups) + len(self.withdrawals))

    def is_empty(self) -> bool:
        return not (self.items or self.register_items())

    def to_json(self) -> dict[str, Any]:
        return {"items": [i.to_json() for i in self.items], "requests": self.requests,
                "answers": self.answers, "refusals": self.refusals,
                "follow_ups": self.follow_ups, "withdrawals": self.withdrawals,
                "digest": self.digest, "approved_by": self.approved_by}


@dataclass(frozen=True)
class SentLetter:
    seq: int
    registration_number: str
    path: Path | None
    sha256: str
    counts: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "registration_number": self.registration_number,
                "path": str(self.path) if self.path else None, "sha256": self.sha256,
                "counts": self.counts}


def _partner(vault: Vault) -> PublicKeys:
    active = [p for p in peer_key_store.peer_keys(vault.conn, role="hq") if p.state == "active"]
    if not active:
        raise StateError("share.no_partner", "the other Party's central authority is not "
                         "enrolled: run 'shekara partner enroll FILE --fingerprint FP' first (in "
                         "the window: Exchange > Partner keys)")
    return public_of(active[-1])


class ShareService:
    """HQ: what goes to the partner. Bound to one vault, as a Session property."""

    def __init__(self, vault: Vault, ref: ReferenceData) -> None:
        self.vault = vault
        self.ref = ref

    def _require(self, *, supervisor: bool = True) -> None:
        require_mode(self.vault, "hq")
        if supervisor:
            self.vault.require_supervisor()

    # --- what could go -------------------------------------------------------------------------
    def candidates(self) -> list[Candidate]:
        self._require(supervisor=False)
        conn = self.vault.conn
        queued = {q.record_id for q in store.queue(conn)}
        out = [Candidate(rid, version, "fact", self._article(rid, version), "new", None,
                         rid in queued)
               for rid, version in store.qualifying_never_sent(conn)]
        sent = store.last_disclosed(conn)
        states = store.record_states(conn, list(sent))
        for rid, (version, action) in sent.items():
            if action != "fact":
                continue  # a correction closed the record at the partner
            article = self._article(rid, version) if rid in states else ""
            state = states.get(rid)
            if state is None:
                out.append(Candidate(rid, version, "destroyed", article or "?", "destroyed",
                                     version, rid in queued))
                continue
            head, status, qualifies = state
            if status == "withdrawn":
                out.append(Candidate(rid, version, "withdrawn", article, "withdrawn", version,
                                     rid in queued))
            elif head > version and status != "draft":
                if qualifies:
                    out.append(Candidate(rid, head, "fact", self._article(rid, head),
                                         "newer_version", version, rid in queued))
                else:
                    out.append(Candidate(rid, version, "withdrawn", article,
                                         "no_longer_qualifies", version, rid in queued))
        return out

    def _article(self, record_id: str, version: int) -> str:
        return article_of(record_repo.get_version(self.vault.conn, record_id, version).data)

    # --- the notice in preparation -------------------------------------------------------------
    def add(self, ids: Iterable[str], *, include: Mapping[int, str] | None = None) -> list[
            store.QueuedItem]:
        """Put candidates on the notice. `include` (one record only) adds persons the rule
        keeps home, each with a supervisor's written reason."""
        self._require()
        ids = list(dict.fromkeys(ids))
        if include and len(ids) != 1:
            raise InputError("share.include_one", "persons can be included for one record at a "
                             "time")
        for index, reason in (include or {}).items():
            if not reason.strip():
                raise InputError("share.include_reason", "say why person {index} must be sent "
                                 "(--reason)", index=index)
        found = {c.record_id: c for c in self.candidates()}
        at = now_utc()
        added = []
        for rid in ids:
            candidate = found.get(rid)
            if candidate is None:
                self._explain_not_candidate(rid)
            assert candidate is not None
            if include and candidate.action != "fact":
                raise InputError("share.include_fact_only", "persons can be included only in a "
                                 "fact, not in a correction")
            if include:
                data = record_repo.get_version(self.vault.conn, rid, candidate.version).data
                try:
                    minimize(data, self.vault.party, include=include)
                except IndexError as err:
                    raise InputError("share.no_such_person", "record {id} has no person {index}"
                                     " (persons count from 0)", id=rid,
                                     index=err.args[0]) from None
            added.append(store.QueuedItem(rid, candidate.version, candidate.action,
                                          candidate.article, dict(include or {}),
                                          self.vault.officer, at))
        with self.vault.transaction() as conn:
            for item in added:
                store.put(conn, item)
            audit.append(conn, self.vault.officer, "share.add",
                         detail={"records": [i.record_id for i in added],
                                 "included": sorted(include or {})})
        return added

    def _explain_not_candidate(self, record_id: str) -> None:
        conn = self.vault.conn
        if not record_repo.record_exists(conn, record_id):
            raise NotFound("record.not_found", "no record {id}", id=record_id)
        if not record_repo.qualifies(conn, record_id):
            raise StateError("share.not_qualifying", "record {id} does not qualify for exchange "
                             "under the Agreement: it is not sent", id=record_id)
        raise StateError("share.not_candidate", "record {id} has nothing to send: it is not "
                         "approved, or the partner has its current version", id=record_id)

    def remove(self, record_id: str) -> None:
        self._require()
        with self.vault.transaction() as conn:
            if not store.remove(conn, record_id):
                raise NotFound("share.not_queued", "record {id} is not on the notice",
                               id=record_id)
            audit.append(conn, self.vault.officer, "share.remove", record_id=record_id)

    def preview(self) -> Preview:
        """Exactly what the next letter carries, minimized, with the digest an approval
        names."""
        self._require(supervisor=False)
        conn = self.vault.conn
        shared = {d.record_id for d in store.disclosures(conn) if d.action == "fact"}
        items = []
        for queued in store.queue(conn):
            minimized = None
            if queued.action == "fact":
                data = record_repo.get_version(conn, queued.record_id, queued.version).data
                minimized = minimize(data, self.vault.party, include=queued.include,
                                     shared_links=shared)
            items.append(PreviewItem(queued, minimized,
                                     journal.number_of(conn, "record", queued.record_id)))
        pending = self._register_items(conn)
        preview = Preview(items, *pending)
        keys = ([i.queued.key() for i in items] + [f"request/{r}" for r in preview.requests]
                + [f"answer/{a}" for a in preview.answers]
                + [f"refusal/{r}" for r in preview.refusals]
                + [f"question/{q}" for q in preview.follow_ups]
                + [f"withdrawal/{w}" for w in preview.withdrawals])
        preview.digest = hashlib.sha256("\n".join(keys).encode()).hexdigest()
        approved = store.approval(conn, preview.digest)
        preview.approved_by = approved[0] if approved else None
        return preview

    def _register_items(self, conn: Connection) -> tuple[list[str], list[str], list[str],
                                                         list[str], list[str]]:
        """Requests approved and not sent; our answers, refusals, follow-up questions and
        withdrawals not sent, each only on a request the partner knows: one it sent us in a
        letter, or ours that went in one. A request registered from paper, or ours sent on
        paper before the register (schema step 7), has an id the partner never saw, and a
        letter naming it would be refused whole: what answers it goes on paper."""
        requests = [r.id for r in request_repo.list_requests(conn, limit=10_000,
                                                             direction="out",
                                                             status="approved")]
        known = request_repo.from_letters(conn) | store.sent_items(conn, "request")
        sent = {kind: store.sent_items(conn, kind)
                for kind in ("answer", "refusal", "question", "withdrawal")}
        answers: list[str] = []
        refusals: list[str] = []
        follow_ups: list[str] = []
        withdrawals: list[str] = []
        for listed in request_repo.list_requests(conn, limit=10_000):
            if listed.id not in known:
                continue
            if listed.direction == "in":
                refusals += [r.id for r in request_repo.refusals_of(conn, listed.id)
                             if r.direction == "out" and r.id not in sent["refusal"]]
            for message in request_repo.messages_of(conn, listed.id):
                if message.direction != "out":
                    continue
                if message.kind == "answer" and listed.direction == "in" \
                        and message.id not in sent["answer"]:
                    answers.append(message.id)
                elif message.kind == "question" and message.id not in sent["question"]:
                    follow_ups.append(message.id)
                elif (message.kind == "withdrawal" and listed.direction == "out"
                      and listed.id not in sent["withdrawal"]):
                    withdrawals.append(listed.id)
        return requests, answers, refusals, follow_ups, withdrawals

    def approve(self) -> Preview:
        """A second supervisor approves exactly what `preview` shows (four-eyes)."""
        self._require()
        preview = self.preview()
        if preview.is_empty():
            raise StateError("share.nothing", "the notice is empty: add candidates first "
                             "('shekara share candidates', 'shekara share add ID'; in the "
                             "window: Exchange > Share with the partner)")
        four_eyes = self.vault.setting("four_eyes", "1") == "1"
        adders = {i.queued.added_by for i in preview.items}
        if four_eyes and self.vault.officer in adders:
            raise PermissionDenied("share.four_eyes", "four-eyes rule: you added items to this "
                                   "notice, so another supervisor must approve it")
        with self.vault.transaction() as conn:
            store.approve(conn, preview.digest, self.vault.officer, now_utc())
            audit.append(conn, self.vault.officer, "share.approve",
                         detail={"digest": preview.digest, "items": len(preview.items)})
        preview.approved_by = self.vault.officer
        return preview

    # --- sending -------------------------------------------------------------------------------
    def send(self, directory: Path, *, opener: Opener | None = None,
             today: date | None = None) -> SentLetter:
        self._require()
        check_folder(directory, PacketError, no_folder())
        partner = _partner(self.vault)
        preview = self.preview()
        receipts = received_ranges(self.vault, partner.code)
        if preview.approved_by is None:
            if preview.is_empty():
                if not self._receipts_changed(receipts):
                    raise StateError("share.nothing", "nothing to send: the notice is empty "
                                     "and the partner has our receipts")
            else:
                raise StateError("share.not_approved", "the notice is not approved as it stands:"
                                 " a second supervisor runs 'shekara share approve' after "
                                 "'shekara share show' (in the window: Exchange > Share with "
                                 "the partner)")
        signer = self._signatory(preview.approved_by or self.vault.officer)
        day = (today or date.today()).isoformat()
        own = own_keys(self.vault)
        at = now_utc()
        with self.vault.transaction() as conn:
            seq, prev_hash = chain_store.chain(conn, KIND)
            seq += 1
            number = journal.issue(conn, self.vault.post_code, "notice", f"letter-{seq}", at)
            payload, disclosures = self._payload(conn, preview, number, day, signer, receipts)
            packet = seal(KIND, encode_exchange(payload), signer=own,
                          recipients=[partner.age_recipient], recipient_id=partner.code,
                          seq=seq, prev_hash=prev_hash, format_minor=format_minor(payload))
            sha = hashlib.sha256(packet).hexdigest()
            counts = {"facts": len(payload.facts), "corrections": len(payload.corrections),
                      "requests": len(payload.requests), "answers": len(payload.answers),
                      "refusals": len(payload.refusals)}
            if payload.follow_ups or payload.request_withdrawals:  # format 1.2 items
                counts.update(follow_ups=len(payload.follow_ups),
                              withdrawals=len(payload.request_withdrawals))
            store.add_letter(conn, store.Letter(seq, partner.code, number, sha, at,
                                                preview.approved_by or "", self.vault.officer,
                                                None, counts), packet)
            for item in disclosures:
                store.disclose(conn, store.Disclosure(**{**item, "letter_seq": seq,
                                                         "letter_number": number,
                                                         "packet_sha256": sha, "sent_at": at}))
            self._mark_register(conn, preview, seq, at)
            store.clear_queue(conn)
            chain_store.set_chain(conn, KIND, seq, sha)
            audit.append(conn, self.vault.officer, "exchange.send",
                         detail={"seq": seq, "registration_number": number, "sha256": sha,
                                 "partner": partner.code, **counts})
        path = self._write(seq, directory, opener=opener)
        return SentLetter(seq, number, path, sha, counts)

    def _receipts_changed(self, receipts: Receipts) -> bool:
        last = store.letters(self.vault.conn)
        if not last:
            return receipts.through > 0 or bool(receipts.gaps or receipts.held)
        packet = store.letter_packet(self.vault.conn, last[-1].seq) or b""
        return self._receipts_of(packet) != receipts

    def _receipts_of(self, packet: bytes) -> Receipts:
        verified = verify_only(packet, own_keyring(self.vault), expect_kind=KIND)
        return decode_exchange(decrypt_body(packet, identities(self.vault),
                                            offset=verified.body_offset),
                               minor=verified.format_minor).receipts

    def _signatory(self, login: str) -> Signatory:
        profile = official_repo.get_profile(self.vault.conn, login)
        full_name, position = profile.get("full_name", "kk"), profile.get("position", "kk")
        if not full_name or not position:
            raise StateError("share.no_signatory", "a letter to the other Party names the "
                             "official who approved it: set {login}'s printed name and position "
                             "first ('shekara officer edit {login} --full-name … --position …'; in "
                             "the window: Admin > Officers, Printed name)",
                             login=login)
        return Signatory(full_name, position, profile.get("rank", "kk"))

    def _payload(self, conn: Connection, preview: Preview, number: str, day: str,
                 signer: Signatory, receipts: Receipts) -> tuple[ExchangePayload,
                                                                 list[dict[str, Any]]]:
        facts: list[SharedFact] = []
        corrections: list[Correction] = []
        disclosures: list[dict[str, Any]] = []
        for item in preview.items:
            q = item.queued
            if item.minimized is not None:
                facts.append(self._fact(q.record_id, q.version, item.minimized,
                                        item.record_number))
                disclosures.append(self._disclosure(q.record_id, q.version, "fact",
                                                    item.minimized, item.record_number, None))
            else:
                why = next((c.why for c in self.candidates() if c.record_id == q.record_id),
                           q.action)
                corrections.append(Correction(q.record_id, q.version, q.action,
                                              CORRECTION_REASONS.get(why, "record.withdrawn")))
                disclosures.append(self._disclosure(q.record_id, q.version, q.action, None,
                                                    item.record_number, None))
        requests = [self._request(conn, rid) for rid in preview.requests]
        answers = []
        shared_now = {(f.id, f.version) for f in facts}
        for message_id in preview.answers:
            answer, extra = self._answer(conn, message_id, day, shared_now)
            answers.append(answer)
            for fact, disclosure in extra:
                facts.append(fact)
                disclosures.append(disclosure)
                shared_now.add((fact.id, fact.version))
        refusals = [self._refusal(conn, rid) for rid in preview.refusals]
        follow_ups = [self._follow_up(conn, mid, day) for mid in preview.follow_ups]
        withdrawals = [self._withdrawal(conn, rid, day) for rid in preview.withdrawals]
        payload = ExchangePayload(self.vault.party, other_party(self.vault.party),
                                  Letter(number, day, signer), facts, corrections, requests,
                                  answers, refusals, [], receipts, follow_ups=follow_ups,
                                  request_withdrawals=withdrawals)
        return payload, disclosures

    def _fact(self, record_id: str, version: int, minimized: Minimized,
              record_number: str | None) -> SharedFact:
        return SharedFact(record_id, version, minimized.article, record_number,
                          {**minimized.record, "id": record_id, "version": version},
                          minimized.withheld)

    def _disclosure(self, record_id: str, version: int, action: str,
                    minimized: Minimized | None, record_number: str | None,
                    context: str | None) -> dict[str, Any]:
        data = record_repo.get_version(self.vault.conn, record_id, version).data \
            if record_repo.record_exists(self.vault.conn, record_id) else {}
        persons = ([{"index": i, "reason": minimized.included.get(i)} for i in minimized.sent]
                   if minimized else [])
        article = minimized.article if minimized else (article_of(data) if data else "?")
        return {"record_id": record_id, "version": version, "action": action,
                "article": article, "persons": persons,
                "withheld": minimized.withheld if minimized else 0,
                "record_number": record_number, "markings": dict(data.get("handling") or {}),
                "context": context}

    def _request(self, conn: Connection, request_id: str) -> SharedRequest:
        request = request_repo.get_request(conn, request_id)
        number = request.registration_number or journal.issue(
            conn, self.vault.post_code, "request", request_id, now_utc())
        return SharedRequest(request.id, request.version, number, dict(request.data))

    def _answer(self, conn: Connection, message_id: str, day: str,
                shared_now: set[tuple[str, int]]) -> tuple[Answer, list[tuple[SharedFact,
                                                                                dict[str, Any]]]]:
        message = request_repo.get_message(conn, message_id)
        number = message.registration_number or journal.issue(
            conn, self.vault.post_code, "answer", message.id, now_utc())
        request = request_repo.get_request(conn, message.request_id)
        shared = {d.record_id for d in store.disclosures(conn) if d.action == "fact"}
        refs, extra = [], []
        for record_id in message.data.get("records") or []:
            version = record_repo.head_version(conn, record_id)
            refs.append(ItemRef(record_id, version))
            if (record_id, version) in shared_now:
                continue
            data = record_repo.get_version(conn, record_id, version).data
            minimized = minimize(data, self.vault.party, shared_links=shared)
            record_number = journal.number_of(conn, "record", record_id)
            extra.append((self._fact(record_id, version, minimized, record_number),
                          self._disclosure(record_id, version, "fact", minimized,
                                           record_number,
                                           f"answer to {request.their_number or request.id}")))
        translations = message.data.get("translations") or {}
        ru = translations.get("ru") if isinstance(translations, Mapping) else None
        return (Answer(message.id, message.request_id, number, day,
                       bool(message.data.get("partial")), str(message.data["text"]),
                       {"ru": dict(ru)} if ru else {}, refs), extra)

    def _refusal(self, conn: Connection, refusal_id: str) -> Refusal:
        refusal = request_repo.get_refusal(conn, refusal_id)
        data = refusal.data
        number = refusal.registration_number or journal.issue(
            conn, self.vault.post_code, "refusal", refusal.id, now_utc())
        return Refusal(refusal.id, refusal.request_id, number, str(data["decided_on"]),
                       str(data["reason_code"]), str(data["scope"]), str(data["explanation"]),
                       _russian_of(data, "explanation", sent_as="reason"))

    def _follow_up(self, conn: Connection, message_id: str, day: str) -> FollowUp:
        message = request_repo.get_message(conn, message_id)
        number = message.registration_number or journal.issue(
            conn, self.vault.post_code, "question", message.id, now_utc())
        return FollowUp(message.id, message.request_id, number, day, str(message.data["text"]),
                        _russian_of(message.data, "text"))

    def _withdrawal(self, conn: Connection, request_id: str, day: str) -> RequestWithdrawal:
        message = _withdrawal_message(conn, request_id)
        return RequestWithdrawal(request_id, day, str(message.data["reason"]),
                                 _russian_of(message.data, "reason"))

    def _mark_register(self, conn: Connection, preview: Preview, seq: int, at: str) -> None:
        for request_id in preview.requests:
            request_repo.set_status(conn, request_id, "sent", at)
            store.mark_item_sent(conn, "request", request_id, seq)
        for message_id in preview.answers:
            store.mark_item_sent(conn, "answer", message_id, seq)
            store.mark_message_sent(conn, message_id, at)
        for refusal_id in preview.refusals:
            store.mark_item_sent(conn, "refusal", refusal_id, seq)
        for message_id in preview.follow_ups:
            store.mark_item_sent(conn, "question", message_id, seq)
            store.mark_message_sent(conn, message_id, at)
        for request_id in preview.withdrawals:
            store.mark_item_sent(conn, "withdrawal", request_id, seq)
            store.mark_message_sent(conn, _withdrawal_message(conn, request_id).id, at)

    def _write(self, seq: int, directory: Path, *, opener: Opener | None = None) -> Path:
        """Write letter `seq` (as recorded) to `directory` and read it back."""
        conn = self.vault.conn
        packet = store.letter_packet(conn, seq)
        letter = store.letter(conn, seq=seq)
        if packet is None or letter is None:
            raise NotFound("share.no_letter", "no letter {seq} was sent", seq=seq)
        if hashlib.sha256(packet).hexdigest() != letter.sha256:
            raise PacketError("share.letter_damaged", "letter {seq} kept in the vault does not "
                              "match its recorded SHA-256: it is not written", seq=seq)
        own = own_keys(self.vault)
        path = write_atomically(directory, packet_file_name(own.public.code, KIND, seq), packet,
                                opener=opener)
        try:
            if path.read_bytes() != packet:
                raise PacketError("packet.verify_mismatch", "the packet read back differs from "
                                  "what was written; nothing was kept")
        except BaseException:
            with contextlib.suppress(OSError):
                path.unlink()
            raise
        with self.vault.transaction() as conn:
            store.mark_written(conn, seq, now_utc())
            audit.append(conn, self.vault.officer, "exchange.write",
                         detail={"seq": seq, "sha256": letter.sha256, "file": path.name})
        return path

    def write_again(self, seq: int, directory: Path, *, opener: Opener | None = None) -> Path:
        """The same bytes of a letter already sent (lost stick, damaged file)."""
        self._require()
        check_folder(directory, PacketError, no_folder())
        return self._write(seq, directory, opener=opener)

    # --- reads -------------------------------------------------------------------------------
    def letters(self) -> list[store.Letter]:
        self._require(supervisor=False)
        return store.letters(self.vault.conn)

    def letter(self, registration_number: str) -> tuple[store.Letter, ExchangePayload]:
        """A letter we sent, by its registration number, and what it carried."""
        self._require(supervisor=False)
        conn = self.vault.conn
        letter = store.letter(conn, registration_number=registration_number.strip().upper())
        if letter is None:
            raise NotFound("share.no_notice", "no letter {number} was sent by this HQ",
                           number=registration_number)
        packet = store.letter_packet(conn, letter.seq) or b""
        verified = verify_only(packet, own_keyring(self.vault), expect_kind=KIND)
        body = decrypt_body(packet, identities(self.vault), offset=verified.body_offset)
        return letter, decode_exchange(body, minor=verified.format_minor)

    # --- on paper ----------------------------------------------------------------------------
    def notice_report(self, registration_number: str, lang: str | None = None) -> Report:
        """The covering letter of a letter sent (report notice REGNO), as the partner got it."""
        letter, payload = self.letter(registration_number)
        reports = ReportService(self.vault, self.ref)
        ctx = reports.context(lang)
        names = ctx.installation
        signed = payload.letter.signed_by
        facts = [{"id": f.id, "version": f.version, "article": f.article,
                  "kind": f.record.get("kind"), "occurred_at": f.record.get("occurred_at"),
                  "registration_number": f.registration_number,
                  "persons": len(f.record.get("persons") or []), "withheld": f.withheld_persons}
                 for f in payload.facts]
        content = {
            "registration_number": letter.registration_number,
            "issued_on": payload.letter.issued_on, "seq": letter.seq, "sha256": letter.sha256,
            "from": names.get("authority_name") or self.vault.post_code, "to": letter.partner,
            "signed_by": {"full_name": signed.full_name, "position": signed.position,
                          "rank": signed.rank},
            "facts": facts,
            "corrections": [{"id": c.id, "version": c.version, "action": c.action,
                             "reason": c.reason} for c in payload.corrections],
            "requests": [r.registration_number for r in payload.requests],
            "answers": [a.registration_number for a in payload.answers],
            "refusals": [r.registration_number for r in payload.refusals],
            "follow_ups": [f.registration_number for f in payload.follow_ups],
            "withdrawals": [self._request_number(w.request_id)
                            for w in payload.request_withdrawals]}
        pdf = render_notice(content, self.ref, ctx)
        return Report("notice", pdf, ctx.lang, None, None,
                      {"registration_number": letter.registration_number,
                       "facts": len(facts)},
                      f"notice-{letter.seq:06d}-{ctx.lang}.pdf")

    def _request_number(self, request_id: str) -> str:
        try:
            request = request_repo.get_request(self.vault.conn, request_id)
        except NotFound:
            return request_id
        return request.registration_number or request_id

    def disclosures_report(self, start: date, end: date, lang: str | None = None) -> Report:
        if end < start:
            raise InputError("report.bad_period", "the period ends before it starts")
        rows = self.disclosures(since=start.isoformat(),
                                until=(end + timedelta(days=1)).isoformat())
        reports = ReportService(self.vault, self.ref)
        ctx = reports.context(lang)
        pdf = render_disclosures([d.to_json() for d in rows], self.ref, ctx, start, end)
        return Report("disclosures", pdf, ctx.lang, None, None,
                      {"from": start.isoformat(), "to": end.isoformat(), "rows": len(rows)},
                      f"disclosures-{start:%Y%m%d}-{end:%Y%m%d}-{ctx.lang}.pdf")

    def disclosures(self, *, since: str | None = None, until: str | None = None,
                    record_id: str | None = None) -> list[store.Disclosure]:
        self._require(supervisor=False)
        return store.disclosures(self.vault.conn, since=since, until=until, record_id=record_id)


def _withdrawal_message(conn: Connection, request_id: str) -> request_repo.RequestMessage:
    """The withdrawal in our request's thread (RequestService.withdraw writes one)."""
    return next(m for m in request_repo.messages_of(conn, request_id)
                if m.kind == "withdrawal" and m.direction == "out")


def _russian_of(data: Mapping[str, Any], name: str, *, sent_as: str | None = None
                ) -> dict[str, Any]:
    """The stored Russian translation (Art. 14) of `data[name]` as a letter item carries it,
    under `sent_as` when the letter names the field otherwise; {} when written in Russian."""
    translations = data.get("translations")
    ru = translations.get("ru") if isinstance(translations, Mapping) else None
    text = ru.get(name) if isinstance(ru, Mapping) else None
    return {"ru": {sent_as or name: str(text)}} if text else {}
