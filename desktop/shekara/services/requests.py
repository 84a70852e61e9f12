"""Art. 8 requests and Art. 9 refusals: add, list, show, refuse. Shared by the command line and
the GUI; each write is one vault transaction with its audit entry.

Beyond the checks of `shekara.domain.request` (the object itself), storing one checks it against
the vault and the clock: every linked record exists here, a new request's deadline has not already
passed, and a refusal is not decided before the request it answers was dated.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from shekara.domain.reference import ReferenceData
from shekara.domain.request import (
    refusal_content_hash,
    request_content_hash,
    validate_refusal,
    validate_request,
)
from shekara.errors import NotFound, ValidationError
from shekara.vault import audit
from shekara.vault import records as record_repo
from shekara.vault import requests as repo
from shekara.vault.requests import ListedRequest, StoredRefusal, StoredRequest
from shekara.vault.vault import Vault

Issue = tuple[str, str, str]
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

# Checks against the vault and the clock, in the domain's style (msgid, English, no values).
MESSAGES = {
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

    def to_json(self) -> dict[str, Any]:
        out = self.current.to_json()
        out["versions"] = self.versions
        out["refusals"] = [r.to_json() for r in self.refusals]
        return out


class RequestService:
    def __init__(self, vault: Vault, ref: ReferenceData) -> None:
        self.vault = vault
        self.ref = ref

    # --- writes ------------------------------------------------------------------------------
    def add(self, data: Any, *, now: datetime | None = None) -> StoredRequest:
        """Validate and store a new request (version 1, status open); returns it."""
        moment = now or _now()
        issues: list[Issue] = []
        request: dict[str, Any] = {}
        try:
            request = validate_request(data, self.ref, self.vault.party, moment)
        except ValidationError as err:
            issues += err.issues
        if not request:
            # The object itself is wrong: still say what the vault and the clock say.
            request = {"persons": _raw_persons(data), "deadline": _raw_date(data, "deadline")}
        issues += self._vault_issues(request, moment)
        if issues:
            raise ValidationError(issues)
        request_id = str(uuid.uuid4())
        at = _stamp(moment)
        digest = request_content_hash({**request, "id": request_id, "version": 1})
        with self.vault.transaction() as conn:
            repo.insert_request(conn, request_id, request, digest, officer=self.vault.officer,
                                at=at)
            audit.append(conn, self.vault.officer, "request.create", record_id=request_id,
                         version=1, detail={"to": request["to_authority"],
                                            "urgent": bool(request["urgent"])})
        return repo.get_request(self.vault.conn, request_id)

    def _vault_issues(self, request: Mapping[str, Any], moment: datetime) -> list[Issue]:
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
        if isinstance(deadline, str) and deadline < moment.date().isoformat():
            issues.append(_issue("deadline", "request.deadline_past"))
        return issues

    def refuse(self, request_id: str, data: Any, *,
               now: datetime | None = None) -> StoredRefusal:
        """Record an Art. 9 refusal against the request's current version."""
        moment = now or _now()
        request = repo.get_request(self.vault.conn, request_id)
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
            raise ValidationError(issues)
        refusal_id = str(uuid.uuid4())
        digest = refusal_content_hash(request.to_json(), refusal)
        at = _stamp(moment)
        earlier = repo.refusals_of(self.vault.conn, request_id)
        whole = refusal["scope"] == "whole" or any(r.data.get("scope") == "whole"
                                                   for r in earlier)
        with self.vault.transaction() as conn:
            repo.insert_refusal(conn, refusal_id, request_id, request.version, refusal, digest,
                                officer=self.vault.officer, at=at)
            repo.set_status(conn, request_id, "refused" if whole else "refused_in_part", at)
            audit.append(conn, self.vault.officer, "request.refusal", record_id=request_id,
                         version=request.version,
                         detail={"refusal": refusal_id, "reason": refusal["reason_code"],
                                 "scope": refusal["scope"]})
        return repo.get_refusal(self.vault.conn, refusal_id)

    # --- reads -------------------------------------------------------------------------------
    def list_requests(self, *, limit: int = 100, offset: int = 0) -> list[ListedRequest]:
        return repo.list_requests(self.vault.conn, limit=limit, offset=offset)

    def count(self) -> int:
        return repo.count_requests(self.vault.conn)

    def show(self, request_id: str, version: int | None = None) -> ShownRequest:
        """A request with its refusals. Requests name persons: every call is an audited view."""
        conn = self.vault.conn
        current = repo.get_request(conn, request_id, version)
        shown = ShownRequest(current, list(range(1, current.head_version + 1)),
                             repo.refusals_of(conn, request_id))
        with self.vault.transaction() as tx:
            audit.append(tx, self.vault.officer, "request.view", record_id=request_id,
                         version=current.version)
        return shown

    def get(self, request_id: str, version: int | None = None) -> StoredRequest:
        """The stored request without an audit entry (the caller logs what it does with it)."""
        return repo.get_request(self.vault.conn, request_id, version)

    def refusal(self, refusal_id: str) -> StoredRefusal:
        return repo.get_refusal(self.vault.conn, refusal_id)


def _issue(path: str, msgid: str) -> Issue:
    return (path, msgid, MESSAGES[msgid])


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
