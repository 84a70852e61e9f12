"""What the partner sent, once its packet verified (issue 9 §5, docs/exchange.md decision 6).

`prepare` checks every item of a decrypted letter before anything is stored: each fact passes
the same gate as a record at HQ (`validate_record`), requests and refusals the register's
checks. `store_letter` applies the letter in the caller's transaction: facts go to their own
tables under the sender's markings and numbers (never into this HQ's records, so never a share
candidate); corrections withdraw or destroy the versions they name (Art. 10.3); requests,
answers to our requests and refusals of them go into the request register, threads kept;
follow-up questions (Art. 8.6, format 1.2) join the thread of the request they name, ours or
theirs; a withdrawal (format 1.2) of one of their requests closes it here (`withdrawn`: no
longer answerable, no longer due); consents are recorded against the received fact they name
(Art. 10.2). An item naming a request this HQ does not know refuses the letter, as an answer
does: nothing of it is applied, and the partner sees the letter missing in our receipts.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from shekara.domain.codes import other_party
from shekara.domain.reference import ReferenceData
from shekara.domain.request import (
    refusal_content_hash,
    request_content_hash,
    validate_refusal,
    validate_request,
)
from shekara.domain.request_register import (
    ANSWERABLE,
    due_on,
    status_after_answer,
    status_after_refusal,
)
from shekara.domain.validation import validate_record
from shekara.errors import NotFound, PacketError, ValidationError
from shekara.messages import Message, message
from shekara.packets.enrollment import Rotation, read_rotation
from shekara.packets.exchange import ExchangePayload, SharedFact
from shekara.packets.keys import PublicKeys
from shekara.services.hq_rotation import follow_rotation_in_letter
from shekara.services.records import RecordService
from shekara.services.requests import RequestService
from shekara.vault import audit
from shekara.vault import received_store as store
from shekara.vault import requests as request_repo
from shekara.vault.connection import Connection
from shekara.vault.received_store import ReceivedFact, StoredConsent
from shekara.vault.requests import RequestMessage
from shekara.vault.vault import Vault

# Statuses of our own request in which a partner's answer or refusal moves it on; in others
# (withdrawn meanwhile, already refused) the letter is kept in the thread, the status stays.
_OPEN_OUT = ("approved", "sent", "partly_answered", "partly_refused")


@dataclass(frozen=True)
class PreparedFact:
    fact: SharedFact
    data: dict[str, Any]  # the validated interchange form with id and version
    digest: str


@dataclass(frozen=True)
class PreparedLetter:
    payload: ExchangePayload
    ref: ReferenceData  # the reference data it was checked against
    facts: list[PreparedFact]
    requests: list[tuple[str, int, str, dict[str, Any]]]  # id, version, number, request
    refusals: list[dict[str, Any]]  # the domain's refusal form, in payload.refusals order
    rotation: Rotation | None = None  # the sender's key rotation, checked against its signer


def _digest(data: dict[str, Any]) -> str:
    encoded = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(encoded.encode()).hexdigest()


def _invalid(what: str, index: int, err: ValidationError) -> PacketError:
    issue = err.issues[0]
    return PacketError("exchange.invalid_item", "{what} {index} of the letter breaks the data "
                       "dictionary at {path} [{reason}]", what=what, index=index,
                       path=issue.path or what, reason=issue.msgid)


def _minimized_to_nobody(fact: SharedFact, err: ValidationError, ref: ReferenceData,
                         now: datetime) -> dict[str, Any] | None:
    """An Art. 6 fact may arrive with no person when the sender withheld them all (a forgery of
    a Party's document carried by the sender's own citizens: docs/exchange.md decision 4). The
    record is checked as if the first person were there; nothing else is forgiven."""
    if fact.withheld_persons < 1 or fact.record.get("persons") != [] or any(
            issue.path != "persons" or issue.msgid != "validation.no_person"
            for issue in err.issues):
        return None
    stand_in = {"role": "other", "surname": "-", "citizenship": ["XXX"]}
    try:
        data = validate_record({**fact.record, "persons": [stand_in]}, ref, now=now,
                               on_add=False)
    except ValidationError:
        return None
    return {**data, "persons": []}


def prepare(payload: ExchangePayload, ref: ReferenceData, now: datetime,
            signer: PublicKeys) -> PreparedLetter:
    """Check every item of the letter; any problem refuses the whole packet. A rotation
    statement in it must be signed by the key that signed the packet (and by the new key)."""
    rotation = None
    if payload.rotation is not None:
        rotation = read_rotation(json.dumps(payload.rotation).encode(), signer)
    facts: list[PreparedFact] = []
    for index, fact in enumerate(payload.facts):
        try:
            data = validate_record(fact.record, ref, now=now, on_add=False)
        except ValidationError as err:
            forgiven = _minimized_to_nobody(fact, err, ref, now)
            if forgiven is None:
                raise _invalid("fact", index, err) from None
            data = forgiven
        full = {**data, "id": fact.id, "version": fact.version}
        facts.append(PreparedFact(fact, full, _digest(full)))
    requests = []
    for index, shared in enumerate(payload.requests):
        try:
            request = validate_request(shared.request, ref, payload.from_party, now)
        except ValidationError as err:
            raise _invalid("request", index, err) from None
        requests.append((shared.id, shared.version, shared.registration_number, request))
    refusals = []
    signed = payload.letter.signed_by
    for index, item in enumerate(payload.refusals):
        form: dict[str, Any] = {
            "reason_code": item.ground, "scope": item.scope, "explanation": item.reason,
            "decided_on": item.issued_on,
            "signed_by": {"name": signed.full_name, "position": signed.position}}
        if item.translations.get("ru", {}).get("reason"):
            form["translations"] = {"ru": {"explanation": item.translations["ru"]["reason"]}}
        try:
            refusals.append(validate_refusal(form))
        except ValidationError as err:
            raise _invalid("refusal", index, err) from None
    return PreparedLetter(payload, ref, facts, requests, refusals, rotation)


def store_letter(conn: Connection, vault: Vault, partner: str, seq: int,
                 letter: PreparedLetter, at: str, *,
                 signer_key_id: str) -> tuple[dict[str, int], list[Message]]:
    """Apply a checked letter in the caller's transaction; PacketError leaves it unchanged
    (the caller rolls back). Returns what it stored, by kind, and what it could not apply."""
    counts = {"facts": 0, "duplicates": 0, "corrections": 0, "requests": 0, "answers": 0,
              "refusals": 0, "consents": 0, "rotations": 0, "follow_ups": 0, "withdrawals": 0}
    if letter.rotation is not None and follow_rotation_in_letter(
            conn, vault, signer_key_id, letter.rotation, seq) is not None:
        counts["rotations"] += 1
    problems: list[Message] = []
    number = letter.payload.letter.registration_number
    summaries = RecordService(vault, letter.ref)
    for prepared in letter.facts:
        counts[_store_fact(conn, summaries, partner, seq, number, prepared, at)] += 1
    for correction in letter.payload.corrections:
        rows = [f for f in store.facts_of(conn, correction.id)
                if f.version <= correction.version and f.state != "destroyed"]
        if not rows and not store.facts_of(conn, correction.id):
            problems.append(message("exchange.correction_unknown", "correction of {id} "
                                    "v{version}: no such fact was received",
                                    id=correction.id, version=correction.version))
            continue
        for row in rows:
            if correction.action == "destroyed":
                store.destroy(conn, row.rowid, correction=correction.reason, at=at)
            else:
                store.set_state(conn, row.rowid, "withdrawn", correction=correction.reason,
                                at=at)
        counts["corrections"] += 1
    _store_requests(conn, vault, letter, at, counts)
    _store_answers(conn, vault, letter, at, counts)
    _store_refusals(conn, vault, letter, at, counts)
    _store_follow_ups(conn, vault, letter, at, counts)
    _store_withdrawals(conn, vault, letter, at, counts)
    for consent in letter.payload.consents:
        if consent.id in store.consent_ids(conn):
            continue
        if not store.facts_of(conn, consent.item.id):
            raise PacketError("exchange.unknown_item", "the letter gives consent for {id}, "
                              "which this HQ never received", id=consent.item.id)
        store.add_consent(conn, StoredConsent(
            consent.id, consent.item.id, consent.item.version, consent.registration_number,
            consent.issued_on, consent.third_party, consent.purpose, "packet", None, None,
            None, vault.officer, at), None)
        audit.append(conn, vault.officer, "consent.add", record_id=consent.item.id,
                     version=consent.item.version,
                     detail={"consent": consent.id, "source": "packet",
                             "registration_number": consent.registration_number})
        counts["consents"] += 1
    return counts, problems


def _store_fact(conn: Connection, summaries: RecordService, partner: str, seq: int,
                number: str, prepared: PreparedFact, at: str) -> str:
    fact = prepared.fact
    known = store.fact(conn, fact.id, fact.version)
    if known is not None:
        if known.content_sha256 != prepared.digest and known.state != "destroyed":
            raise PacketError("packet.version_conflict", "the packet carries version "
                              "{version} of record {id} with content different from the "
                              "one already imported", id=fact.id, version=fact.version)
        return "duplicates"
    others = store.facts_of(conn, fact.id)
    newest = max((f.version for f in others), default=0)
    for older in others:
        if older.version < fact.version and older.state == "current":
            store.set_state(conn, older.rowid, "superseded", unindex=True)
    summary = summaries._summary(prepared.data)  # the same title and search keys as a record
    state = "current" if fact.version > newest else "superseded"
    store.insert_fact(conn, ReceivedFact(
        0, fact.id, fact.version, partner, summary.kind, fact.article,
        fact.registration_number, number, seq, fact.withheld_persons, state,
        summary.occurred_at, tuple(summary.citizenships), summary.title, prepared.data,
        prepared.digest, None, at, None), summary.search_columns if state == "current" else {})
    return "facts"


def _find_request(conn: Connection, request_id: str) -> request_repo.StoredRequest | None:
    try:
        return request_repo.get_request(conn, request_id)
    except NotFound:
        return None


def _in_thread(conn: Connection, message_id: str) -> bool:
    try:
        request_repo.get_message(conn, message_id)
    except NotFound:
        return False
    return True


def _store_requests(conn: Connection, vault: Vault, letter: PreparedLetter, at: str,
                    counts: dict[str, int]) -> None:
    days = RequestService(vault, letter.ref).due_days()
    for request_id, version, number, request in letter.requests:
        if _find_request(conn, request_id) is not None:
            continue  # already registered (a letter carries a request once)
        digest = request_content_hash({**request, "id": request_id, "version": version})
        request_repo.insert_request(
            conn, request_id, request, digest, officer=vault.officer, at=at, direction="in",
            status="received", due_on=due_on(str(request["dated_on"]), request.get("deadline"),
                                             days),
            their_number=number, received_on=at[:10], received_in="letter")
        audit.append(conn, vault.officer, "request.create", record_id=request_id, version=1,
                     detail={"direction": "in", "their_number": number,
                             "letter": letter.payload.letter.registration_number,
                             "urgent": bool(request["urgent"])})
        counts["requests"] += 1


def _our_request(conn: Connection, request_id: str) -> request_repo.StoredRequest:
    request = _find_request(conn, request_id)
    if request is None or request.direction != "out":
        raise PacketError("exchange.unknown_request", "the letter answers or refuses request "
                          "{id}, which this HQ did not send", id=request_id)
    return request


def _store_answers(conn: Connection, vault: Vault, letter: PreparedLetter, at: str,
                   counts: dict[str, int]) -> None:
    for answer in letter.payload.answers:
        request = _our_request(conn, answer.request_id)
        if _in_thread(conn, answer.id):
            continue
        request_repo.insert_message(conn, RequestMessage(
            answer.id, request.id, "in", "answer",
            {"text": answer.text, "translations": answer.translations,
             "partial": answer.partial, "issued_on": answer.issued_on,
             "facts": [{"id": f.id, "version": f.version} for f in answer.facts]},
            answer.registration_number, vault.officer, at, None))
        if request.status in _OPEN_OUT:
            request_repo.set_status(conn, request.id, status_after_answer(answer.partial), at)
        audit.append(conn, vault.officer, "request.answer", record_id=request.id,
                     version=request.version,
                     detail={"message": answer.id, "direction": "in",
                             "partial": answer.partial, "facts": len(answer.facts)})
        counts["answers"] += 1


def _store_refusals(conn: Connection, vault: Vault, letter: PreparedLetter, at: str,
                    counts: dict[str, int]) -> None:
    for item, refusal in zip(letter.payload.refusals, letter.refusals, strict=True):
        request = _our_request(conn, item.request_id)
        try:
            request_repo.get_refusal(conn, item.id)
            continue
        except NotFound:
            pass
        digest = refusal_content_hash(request.to_json(), refusal)
        request_repo.insert_refusal(conn, item.id, request.id, request.version, refusal,
                                    digest, officer=vault.officer, at=at, direction="in")
        request_repo.set_refusal_number(conn, item.id, item.registration_number)
        if request.status in _OPEN_OUT:
            request_repo.set_status(conn, request.id, status_after_refusal(item.scope), at)
        audit.append(conn, vault.officer, "request.refusal", record_id=request.id,
                     version=request.version,
                     detail={"refusal": item.id, "direction": "in", "reason": item.ground,
                             "scope": item.scope})
        counts["refusals"] += 1


def _store_follow_ups(conn: Connection, vault: Vault, letter: PreparedLetter, at: str,
                      counts: dict[str, int]) -> None:
    """The partner's Art. 8.6 questions: on our request (it asks what it needs to execute it)
    or on its own (it adds to it or asks how it stands): the id says which."""
    number = letter.payload.letter.registration_number
    for item in letter.payload.follow_ups:
        request = _find_request(conn, item.request_id)
        if request is None:
            raise PacketError("exchange.unknown_request", "the letter asks a follow-up "
                              "question on request {id}, which this HQ neither sent nor "
                              "received", id=item.request_id)
        if _in_thread(conn, item.id):
            continue
        request_repo.insert_message(conn, RequestMessage(
            item.id, request.id, "in", "question",
            {"text": item.text, "translations": item.translations,
             "issued_on": item.issued_on}, item.registration_number, vault.officer, at, None))
        audit.append(conn, vault.officer, "request.follow_up", record_id=request.id,
                     version=request.version,
                     detail={"message": item.id, "direction": "in", "letter": number,
                             "on": "ours" if request.direction == "out" else "theirs"})
        counts["follow_ups"] += 1


def _store_withdrawals(conn: Connection, vault: Vault, letter: PreparedLetter, at: str,
                       counts: dict[str, int]) -> None:
    """The partner takes back a request it sent us: closed here unless already answered or
    refused in whole (letters crossed: the withdrawal is kept in the thread, status stays)."""
    number = letter.payload.letter.registration_number
    for item in letter.payload.request_withdrawals:
        request = _find_request(conn, item.request_id)
        if request is None:
            raise PacketError("exchange.unknown_request", "the letter withdraws request {id}, "
                              "which this HQ never received", id=item.request_id)
        if request.direction != "in":
            raise PacketError("exchange.not_their_request", "the letter withdraws request "
                              "{id}, which is this HQ's own: a Party withdraws only the "
                              "requests it made", id=request.id)
        if any(m.kind == "withdrawal" and m.direction == "in"
               for m in request_repo.messages_of(conn, request.id)):
            continue
        request_repo.insert_message(conn, RequestMessage(
            str(uuid.uuid4()), request.id, "in", "withdrawal",
            {"reason": item.reason, "translations": item.translations,
             "issued_on": item.issued_on}, None, vault.officer, at, None))
        if request.status in ANSWERABLE:
            request_repo.set_status(conn, request.id, "withdrawn", at)
        audit.append(conn, vault.officer, "request.withdraw", record_id=request.id,
                     version=request.version,
                     detail={"direction": "in", "was": request.status, "letter": number})
        counts["withdrawals"] += 1


def partner_party(vault: Vault) -> str:
    return other_party(vault.party)
