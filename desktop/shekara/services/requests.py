"""The request register (Art. 8, 9): requests this HQ makes and receives, approvals, answers,
refusals, follow-up questions, withdrawals. Shared by the command line and the GUI; each write
is one vault transaction with its audit entry. Requests are a central authority's: a post vault
refuses to make one (`request.hq_only`). The lifecycle is `shekara.domain.request_register`'s.

Beyond the checks of `shekara.domain.request` (the object itself), storing one checks it against
the vault and the clock: every linked record exists here, a new request's deadline has not already
passed, and a refusal is not decided before the request it answers was dated. An outgoing request
that seems to ask for legal assistance in a criminal case or extradition (Art. 1.2) is stored only
once the officer confirms it does not.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from shekara.domain.codes import other_party
from shekara.domain.reference import ReferenceData
from shekara.domain.request import MESSAGES as REQUEST_MESSAGES
from shekara.domain.request import (
    PROSE_CAP,
    refusal_content_hash,
    request_content_hash,
    validate_refusal,
    validate_request,
)
from shekara.domain.request_register import (
    ANSWERABLE,
    DEFAULT_DUE_DAYS,
    MAX_DUE_DAYS,
    WITHDRAWABLE,
    due_on,
    is_overdue,
    scope_hints,
    status_after_answer,
    status_after_refusal,
)
from shekara.errors import InputError, NotFound, PermissionDenied, StateError, ValidationError
from shekara.messages import Issue, Message
from shekara.vault import audit, journal
from shekara.vault import records as record_repo
from shekara.vault import requests as repo
from shekara.vault.requests import ListedRequest, RequestMessage, StoredRefusal, StoredRequest
from shekara.vault.vault import Vault

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

# Checks against the vault and the clock, in the domain's style (msgid, English, no values).
MESSAGES = {
    **REQUEST_MESSAGES,
    "request.unknown_record": "is not a record in this vault",
    "request.deadline_past": "has already passed",
    "refusal.before_request": "is before the date of the request",
}


def _now() -> datetime:
    # The post's own "today" (with its UTC offset), as the record service does.
    return datetime.now().astimezone()


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class ShownRequest:
    current: StoredRequest
    versions: list[int]
    refusals: list[StoredRefusal]
    thread: list[RequestMessage]
    overdue: bool = False
    # The same request of the partner's registered twice — typed in from paper, and received
    # in a letter — as (id, received_in) of the other copies.
    twins: list[tuple[str, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        out = self.current.to_json()
        out.update(self.current.register_json())
        out["overdue"] = self.overdue
        out["versions"] = self.versions
        out["refusals"] = [r.to_json() for r in self.refusals]
        out["thread"] = [m.to_json() for m in self.thread]
        out["twins"] = [{"id": twin, "received_in": how} for twin, how in self.twins]
        return out


@dataclass(frozen=True)
class RegisterEntry:
    """A line of the register: the listed request and whether its answer is overdue."""

    request: ListedRequest
    overdue: bool

    def to_json(self) -> dict[str, Any]:
        r = self.request
        return {"id": r.id, "version": r.version, "direction": r.direction,
                "status": r.status, "to_authority": r.to_authority,
                "from_authority": r.from_authority, "reference": r.reference,
                "dated_on": r.dated_on, "deadline": r.deadline, "due_on": r.due_on,
                "overdue": self.overdue, "urgent": r.urgent,
                "registration_number": r.registration_number,
                "their_number": r.their_number, "refusals": r.refusals,
                "created_by": r.created_by, "created_at": r.created_at,
                "received_in": r.received_in}


class RequestService:
    def __init__(self, vault: Vault, ref: ReferenceData) -> None:
        self.vault = vault
        self.ref = ref

    # --- writes ------------------------------------------------------------------------------
    def _require_hq(self) -> None:
        if self.vault.mode != "hq":
            raise StateError("request.hq_only", "requests between the Parties are made and "
                             "answered by the central authority (HQ mode); this is a post vault")

    def due_days(self) -> int:
        """The default period for an answer (setting `request_due_days`)."""
        raw = self.vault.setting("request_due_days", str(DEFAULT_DUE_DAYS))
        try:
            return min(max(int(str(raw)), 1), MAX_DUE_DAYS)
        except ValueError:
            return DEFAULT_DUE_DAYS

    def add(self, data: Any, *, now: datetime | None = None,
            confirm_scope: bool = False) -> StoredRequest:
        """Validate and store a new outgoing request (version 1, a draft); returns it.

        If its prose suggests legal assistance in a criminal case or extradition (Art. 1.2),
        it is refused unless `confirm_scope` says the officer checked it asks for neither."""
        self._require_hq()
        moment = now or _now()
        request = self._validated(data, moment, self.vault.party, check_deadline=True)
        hints = scope_hints(request)
        if hints and not confirm_scope:
            raise InputError("request.legal_assistance", "this request seems to ask for {what}:"
                             " legal assistance in criminal cases and extradition belong to the"
                             " legal-assistance treaties, not to this Agreement (Art. 1.2); if"
                             " it asks for neither, confirm and add it again",
                             what=", ".join(h.replace("_", " ") for h in hints))
        return self._store(request, moment, direction="out", status="draft",
                           detail={"scope_confirmed": hints} if hints else {})

    def receive(self, data: Any, *, their_number: str, received_on: str | None = None,
                now: datetime | None = None) -> StoredRequest:
        """Register a request the other Party's central authority sent us (by packet or on
        paper): status `received`, due by its deadline or the default period."""
        self._require_hq()
        moment = now or _now()
        number = (their_number or "").strip()
        if not number or len(number) > 64 or not number.isprintable():
            raise InputError("request.their_number", "give the partner's registration number "
                             "of the request (at most 64 characters)")
        day = received_on or moment.date().isoformat()
        if not _DATE.fullmatch(day) or day > moment.date().isoformat():
            raise InputError("request.received_on", "the day it was received must be a date "
                             "(YYYY-MM-DD), not in the future")
        request = self._validated(data, moment, other_party(self.vault.party),
                                  check_deadline=False)
        known = repo.incoming_by_their_number(self.vault.conn, number)
        if known:  # the partner's journal never gives one number twice
            raise InputError("request.already_registered", "the partner's request {number} is "
                             "already in the register as {id}: open it there", number=number,
                             id=known[0])
        return self._store(request, moment, direction="in", status="received",
                           their_number=number, received_on=day,
                           detail={"their_number": number})

    def _validated(self, data: Any, moment: datetime, requesting_party: str, *,
                   check_deadline: bool) -> dict[str, Any]:
        issues: list[Issue] = []
        request: dict[str, Any] = {}
        try:
            request = validate_request(data, self.ref, requesting_party, moment)
        except ValidationError as err:
            issues += err.issues
        if not request:
            # The object itself is wrong: still say what the vault and the clock say.
            request = {"persons": _raw_persons(data), "deadline": _raw_date(data, "deadline")}
        issues += self._vault_issues(request, moment, check_deadline=check_deadline)
        if issues:
            raise ValidationError(issues, subject="request")
        return request

    def _store(self, request: dict[str, Any], moment: datetime, *, direction: str,
               status: str, their_number: str | None = None, received_on: str | None = None,
               detail: dict[str, Any]) -> StoredRequest:
        request_id = str(uuid.uuid4())
        at = _stamp(moment)
        digest = request_content_hash({**request, "id": request_id, "version": 1})
        due = due_on(str(request["dated_on"]), request.get("deadline"), self.due_days())
        with self.vault.transaction() as conn:
            repo.insert_request(conn, request_id, request, digest, officer=self.vault.officer,
                                at=at, direction=direction, status=status, due_on=due,
                                their_number=their_number, received_on=received_on,
                                received_in="paper" if direction == "in" else None)
            audit.append(conn, self.vault.officer, "request.create", record_id=request_id,
                         version=1, detail={"direction": direction,
                                            "to": request["to_authority"],
                                            "urgent": bool(request["urgent"]), **detail})
        return repo.get_request(self.vault.conn, request_id)

    def approve(self, request_id: str) -> StoredRequest:
        """A second supervisor approves an outgoing draft; it travels in the next letter."""
        self._require_hq()
        request = repo.get_request(self.vault.conn, request_id)
        if request.direction != "out" or request.status != "draft":
            raise StateError("request.not_draft", "request {id} is {status}: only our own "
                             "draft requests are approved", id=request_id,
                             status=request.status)
        self.vault.require_supervisor()
        four_eyes = self.vault.setting("four_eyes", "1") == "1"
        if four_eyes and request.created_by == self.vault.officer:
            raise PermissionDenied("request.four_eyes", "four-eyes rule: you cannot approve a "
                                   "request you wrote")
        at = _stamp(_now())
        with self.vault.transaction() as conn:
            repo.approve(conn, request_id, officer=self.vault.officer, at=at)
            # Issued: its number in the journal; the letter carries it (issue 11).
            repo.set_registration_number(conn, request_id, journal.issue(
                conn, self.vault.post_code, "request", request_id, at))
            audit.append(conn, self.vault.officer, "request.approve", record_id=request_id,
                         version=request.version)
        return repo.get_request(self.vault.conn, request_id)

    def answer(self, request_id: str, data: Any, *,
               now: datetime | None = None) -> RequestMessage:
        """Our answer to the partner's request (text, its Russian translation, linked records);
        `partial` answers leave the request open to a further answer or a refusal."""
        self._require_hq()
        request = repo.get_request(self.vault.conn, request_id)
        if request.direction != "in" or request.status not in ANSWERABLE:
            raise StateError("request.not_answerable", "request {id} is {status}: only a "
                             "request received from the other Party and not yet answered or "
                             "refused can be answered", id=request_id, status=request.status)
        answer = self._answer_fields(data)
        moment = now or _now()
        message = RequestMessage(str(uuid.uuid4()), request_id, "out", "answer", answer, None,
                                 self.vault.officer, _stamp(moment), None)
        status = status_after_answer(bool(answer["partial"]))
        with self.vault.transaction() as conn:
            repo.insert_message(conn, message)
            repo.set_status(conn, request_id, status, message.created_at)
            audit.append(conn, self.vault.officer, "request.answer", record_id=request_id,
                         version=request.version,
                         detail={"message": message.id, "partial": answer["partial"],
                                 "records": len(answer["records"])})
        return message

    def _answer_fields(self, data: Any) -> dict[str, Any]:
        if not isinstance(data, Mapping):
            raise ValidationError([_issue("", "request.not_an_object")], subject="answer")
        issues: list[Issue] = []
        unknown = sorted(set(data) - {"text", "translations", "records", "partial"})
        issues += [Issue(key, Message("request.unknown_field", "is not a field of an answer"))
                   for key in unknown]
        text = data.get("text")
        if not isinstance(text, str) or not text.strip():
            issues.append(_issue("text", "request.required"))
        elif len(text) > PROSE_CAP:
            issues.append(_issue("text", "request.too_long", limit=PROSE_CAP))
        translated = _translation(data.get("translations"), issues)
        records = data.get("records", [])
        if not isinstance(records, list) or not all(isinstance(r, str) for r in records):
            issues.append(Issue("records", Message("request.wrong_type",
                                                   "must be a list of record ids")))
            records = []
        for index, record_id in enumerate(records):
            try:
                record_repo.head_version(self.vault.conn, record_id)
            except NotFound:
                issues.append(_issue(f"records[{index}]", "request.unknown_record"))
        partial = data.get("partial", False)
        if not isinstance(partial, bool):
            issues.append(Issue("partial", Message("request.wrong_type",
                                                   "must be true or false")))
        if issues:
            raise ValidationError(issues, subject="answer")
        return {"text": str(text).strip(), "translations": translated,
                "records": list(dict.fromkeys(records)), "partial": partial}

    def follow_up(self, request_id: str, question: str, *, russian: str | None = None,
                  now: datetime | None = None) -> RequestMessage:
        """A follow-up question on a request, ours or the partner's (Art. 8.6), with its
        Russian translation (Art. 14) unless it is written in Russian."""
        self._require_hq()
        request = repo.get_request(self.vault.conn, request_id)
        if request.status in ("withdrawn", "draft", "approved"):
            raise StateError("request.no_follow_up", "request {id} is {status}: follow-up "
                             "questions are for requests that were sent or received",
                             id=request_id, status=request.status)
        text = (question or "").strip()
        if not text or len(text) > PROSE_CAP:
            raise InputError("request.bad_question", "a follow-up question is text of 1 to {n}"
                             " characters", n=PROSE_CAP)
        data: dict[str, Any] = {"text": text}
        translated = _russian(russian, PROSE_CAP, "request.bad_question_ru", "the Russian "
                              "translation of a follow-up question is at most {n} characters")
        if translated:
            data["translations"] = {"ru": {"text": translated}}
        message = RequestMessage(str(uuid.uuid4()), request_id, "out", "question", data, None,
                                 self.vault.officer, _stamp(now or _now()), None)
        with self.vault.transaction() as conn:
            repo.insert_message(conn, message)
            audit.append(conn, self.vault.officer, "request.follow_up", record_id=request_id,
                         version=request.version, detail={"message": message.id})
        return message

    def withdraw(self, request_id: str, reason: str, *,
                 russian: str | None = None) -> StoredRequest:
        """Take back our own request (a draft, an approved one, or one already sent), the
        reason with its Russian translation (Art. 14) unless written in Russian. One that went
        to the partner in a letter is withdrawn there by the next letter."""
        self._require_hq()
        self.vault.require_supervisor()
        request = repo.get_request(self.vault.conn, request_id)
        if request.direction != "out" or request.status not in WITHDRAWABLE:
            raise StateError("request.not_withdrawable", "request {id} is {status}: only our "
                             "own requests not yet answered or refused can be withdrawn",
                             id=request_id, status=request.status)
        text = (reason or "").strip()
        if not text or len(text) > 2000:
            raise InputError("request.reason_required", "say why the request is withdrawn")
        data: dict[str, Any] = {"reason": text}
        translated = _russian(russian, 2000, "request.reason_ru_too_long", "the Russian "
                              "translation of the reason is at most {n} characters")
        if translated:
            data["translations"] = {"ru": {"reason": translated}}
        at = _stamp(_now())
        # Kept in the thread with its reason: a request already sent tells the partner in the
        # next letter (packet format 1.2), so it stops working on it and its clock stops.
        message = RequestMessage(str(uuid.uuid4()), request_id, "out", "withdrawal", data,
                                 None, self.vault.officer, at, None)
        with self.vault.transaction() as conn:
            repo.set_status(conn, request_id, "withdrawn", at)
            repo.insert_message(conn, message)
            audit.append(conn, self.vault.officer, "request.withdraw", record_id=request_id,
                         version=request.version,
                         detail={"was": request.status, "message": message.id})
        return repo.get_request(self.vault.conn, request_id)

    def close_paper_copy(self, request_id: str) -> tuple[StoredRequest, str]:
        """Close a request of the partner's typed in from paper once the same request came in
        a letter too (the same number of theirs): status `duplicate`, its thread kept. The
        letter's copy is the one answered — only it can be answered in a letter — so the paper
        copy no longer waits, open and overdue, in the register. Any HQ officer may: the rule
        is mechanical (a letter's copy must exist) and the change is audited. Returns the
        closed copy and the id of the letter's copy."""
        self._require_hq()
        request = repo.get_request(self.vault.conn, request_id)
        if request.direction != "in" or request.received_in != "paper":
            raise StateError("request.not_paper_copy", "request {id} was not typed in from "
                             "paper: only the paper copy of a request received in a letter "
                             "too is closed this way", id=request_id)
        if request.status not in ANSWERABLE:
            raise StateError("request.not_open_copy", "request {id} is {status}: only a paper "
                             "copy not yet answered or refused in whole is closed this way",
                             id=request_id, status=request.status)
        letter_copies = [twin for twin, how in repo.twins(self.vault.conn, request_id)
                         if how == "letter"]
        if not letter_copies:
            raise StateError("request.no_letter_copy", "request {id} has not come in a letter "
                             "yet (no request of the partner's in a letter has its number): "
                             "answer it on paper", id=request_id)
        with self.vault.transaction() as conn:
            repo.set_status(conn, request_id, "duplicate", _stamp(_now()))
            audit.append(conn, self.vault.officer, "request.duplicate", record_id=request_id,
                         version=request.version,
                         detail={"was": request.status, "letter_copy": letter_copies[0]})
        return repo.get_request(self.vault.conn, request_id), letter_copies[0]

    def _vault_issues(self, request: Mapping[str, Any], moment: datetime, *,
                      check_deadline: bool = True) -> list[Issue]:
        issues: list[Issue] = []
        conn = self.vault.conn
        for index, person in enumerate(request.get("persons") or []):
            record_id = person.get("record_id") if isinstance(person, Mapping) else None
            if isinstance(record_id, str) and record_id:
                try:
                    record_repo.head_version(conn, record_id)
                except NotFound:
                    issues.append(_issue(f"persons[{index}].record_id",
                                         "request.unknown_record"))
        deadline = request.get("deadline")
        if check_deadline and isinstance(deadline, str) and \
                deadline < moment.date().isoformat():
            issues.append(_issue("deadline", "request.deadline_past"))
        return issues

    def refuse(self, request_id: str, data: Any, *,
               now: datetime | None = None) -> StoredRefusal:
        """Our Art. 9 refusal of a request the partner sent us (in whole or in part), under our
        authority; it travels in the next letter and prints as `report refusal`. A refusal of
        our own request is the partner's: it arrives in their letter."""
        self._require_hq()
        moment = now or _now()
        request = repo.get_request(self.vault.conn, request_id)
        if request.direction != "in" or request.status not in ANSWERABLE:
            raise StateError("request.not_refusable", "request {id} is {status}: only a request"
                             " received from the other Party and not yet answered or refused "
                             "can be refused here", id=request_id, status=request.status)
        issues: list[Issue] = []
        refusal: dict[str, Any] = {}
        try:
            refusal = validate_refusal(data, now=moment)
        except ValidationError as err:
            issues += err.issues
        decided = refusal.get("decided_on")
        if decided is not None and decided < str(request.data["dated_on"]):
            issues.append(_issue("decided_on", "refusal.before_request"))
        if issues:
            raise ValidationError(issues, subject="refusal")
        refusal_id = str(uuid.uuid4())
        digest = refusal_content_hash(request.to_json(), refusal)
        at = _stamp(moment)
        status = status_after_refusal(str(refusal["scope"]))
        with self.vault.transaction() as conn:
            repo.insert_refusal(conn, refusal_id, request_id, request.version, refusal, digest,
                                officer=self.vault.officer, at=at, direction="out")
            repo.set_refusal_number(conn, refusal_id, journal.issue(
                conn, self.vault.post_code, "refusal", refusal_id, at))
            repo.set_status(conn, request_id, status, at)
            audit.append(conn, self.vault.officer, "request.refusal", record_id=request_id,
                         version=request.version,
                         detail={"refusal": refusal_id, "reason": refusal["reason_code"],
                                 "scope": refusal["scope"]})
        return repo.get_refusal(self.vault.conn, refusal_id)

    # --- reads -------------------------------------------------------------------------------
    def list_requests(self, *, limit: int = 100, offset: int = 0) -> list[ListedRequest]:
        return repo.list_requests(self.vault.conn, limit=limit, offset=offset)

    def register(self, *, direction: str | None = None, status: str | None = None,
                 overdue: bool = False, limit: int = 100, offset: int = 0,
                 today: date | None = None) -> list[RegisterEntry]:
        """The register, newest first, each with its overdue flag; `overdue` keeps only those."""
        day = today or _now().date()
        listed = repo.list_requests(self.vault.conn, limit=limit, offset=offset,
                                    direction=direction, status=status,
                                    due_before=day.isoformat() if overdue else None)
        return [RegisterEntry(r, is_overdue(r.status, r.due_on, day)) for r in listed]

    def count(self) -> int:
        return repo.count_requests(self.vault.conn)

    def show(self, request_id: str, version: int | None = None) -> ShownRequest:
        """A request with its refusals. Requests name persons: every call is an audited view."""
        conn = self.vault.conn
        current = repo.get_request(conn, request_id, version)
        shown = ShownRequest(current, list(range(1, current.head_version + 1)),
                             repo.refusals_of(conn, request_id),
                             repo.messages_of(conn, request_id),
                             is_overdue(current.status, current.due_on, _now().date()),
                             repo.twins(conn, request_id))
        with self.vault.transaction() as tx:
            audit.append(tx, self.vault.officer, "request.view", record_id=request_id,
                         version=current.version)
        return shown

    def get(self, request_id: str, version: int | None = None) -> StoredRequest:
        """The stored request without an audit entry (the caller logs what it does with it)."""
        return repo.get_request(self.vault.conn, request_id, version)

    def refusal(self, refusal_id: str) -> StoredRefusal:
        return repo.get_refusal(self.vault.conn, refusal_id)


def _issue(path: str, msgid: str, **params: Any) -> Issue:
    return Issue(path, Message(msgid, MESSAGES[msgid], params))


def _russian(text: str | None, cap: int, msgid: str, template: str) -> str:
    """A short text's Russian translation, stripped ("" for none), or InputError."""
    translated = (text or "").strip()
    if len(translated) > cap:
        raise InputError(msgid, template, n=cap)
    return translated


def _translation(value: Any, issues: list[Issue]) -> dict[str, Any]:
    """Art. 14: `{"ru": {"text": "…"}}`, or {} when the answer is written in Russian."""
    if value is None or value == {}:
        return {}
    ru = value.get("ru") if isinstance(value, Mapping) and set(value) == {"ru"} else None
    text = ru.get("text") if isinstance(ru, Mapping) and set(ru) == {"text"} else None
    if not isinstance(text, str) or len(text) > PROSE_CAP:
        issues.append(Issue("translations", Message(
            "request.wrong_type", 'must be {{"ru": {{"text": "…"}}}} (the Russian translation)')))
        return {}
    return {"ru": {"text": text.strip()}} if text.strip() else {}


def _raw_persons(data: Any) -> list[Any]:
    persons = data.get("persons") if isinstance(data, Mapping) else None
    if not isinstance(persons, list):
        return []
    out: list[Any] = []
    for person in persons:
        if isinstance(person, Mapping):
            record_id = person.get("record_id")
            if isinstance(record_id, str) and _UUID.fullmatch(record_id.strip().lower()):
                out.append({"record_id": record_id.strip().lower()})
    return out


def _raw_date(data: Any, key: str) -> str | None:
    value = data.get(key) if isinstance(data, Mapping) else None
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip()).isoformat() if _DATE.fullmatch(value.strip()) \
            else None
    except ValueError:
        return None
