"""Storage of the request register: Art. 8 requests both ways, the Art. 9 refusals recorded
against them, and each request's thread of follow-up questions and answers (schema steps 4, 6).

A request's versions are stored whole (the validated object of `shekara.domain.request`, as
JSON) and keyed by (id, version); the `requests` row follows the head version and carries what
the register shows (direction, status, due date, numbers), so listing never parses JSON. A
refusal names the request version it answers. A request's thread holds follow-up questions,
answers and its withdrawal (step 18). Every SQL statement about requests lives here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from shekara.domain.request_register import DIRECTIONS, STATUSES
from shekara.errors import NotFound
from shekara.vault.connection import Connection

MESSAGE_KINDS = ("question", "answer", "withdrawal")


@dataclass(frozen=True)
class StoredRequest:
    """One version of a request: the validated fields plus what the vault keeps beside them."""

    id: str
    version: int
    head_version: int
    status: str
    data: dict[str, Any]
    content_hash: str
    created_by: str
    created_at: str
    direction: str = "out"
    due_on: str | None = None
    registration_number: str | None = None
    their_number: str | None = None
    received_on: str | None = None
    approved_by: str | None = None
    received_in: str | None = None  # theirs: "letter" or "paper" (schema step 19); ours: None

    @property
    def is_current(self) -> bool:
        return self.version == self.head_version

    def to_json(self) -> dict[str, Any]:
        """The request fields with id, version and the read-only fields (the domain's form)."""
        return {"id": self.id, "version": self.version, "status": self.status, **self.data,
                "created_by": self.created_by, "created_at": self.created_at,
                "content_hash": self.content_hash}

    def register_json(self) -> dict[str, Any]:
        """What the register adds: direction, numbers, dates, who approved."""
        return {"direction": self.direction, "due_on": self.due_on,
                "registration_number": self.registration_number,
                "their_number": self.their_number, "received_on": self.received_on,
                "approved_by": self.approved_by, "received_in": self.received_in}


@dataclass(frozen=True)
class ListedRequest:
    id: str
    version: int
    status: str
    to_authority: str
    from_authority: str
    reference: str
    dated_on: str
    deadline: str | None
    urgent: bool
    created_by: str
    created_at: str
    refusals: int
    direction: str = "out"
    due_on: str | None = None
    registration_number: str | None = None
    their_number: str | None = None
    received_in: str | None = None  # theirs: "letter" or "paper"; ours: None


@dataclass(frozen=True)
class StoredRefusal:
    id: str
    request_id: str
    request_version: int
    data: dict[str, Any]
    content_hash: str
    created_by: str
    created_at: str
    direction: str = "in"  # "out": our Art. 9 refusal of the partner's request
    registration_number: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "request_id": self.request_id,
                "request_version": self.request_version, **self.data,
                "created_by": self.created_by, "created_at": self.created_at,
                "content_hash": self.content_hash, "direction": self.direction,
                "registration_number": self.registration_number}


@dataclass(frozen=True)
class RequestMessage:
    """One entry of a request's thread: a follow-up question (Art. 8.6), an answer, or the
    request's withdrawal by the Party that made it (`{"reason": …}`, schema step 18)."""

    id: str
    request_id: str
    direction: str  # "out": ours; "in": the partner's
    kind: str  # question | answer
    data: dict[str, Any]
    registration_number: str | None
    created_by: str
    created_at: str
    sent_at: str | None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "direction": self.direction, "kind": self.kind, **self.data,
                "registration_number": self.registration_number,
                "created_by": self.created_by, "created_at": self.created_at,
                "sent_at": self.sent_at}


def _dump(data: Mapping[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, allow_nan=False)


def _load(text: Any) -> dict[str, Any]:
    value = json.loads(str(text))
    if not isinstance(value, dict):
        raise ValueError("a stored request or refusal is not a JSON object")
    return value


# --- writes -------------------------------------------------------------------------------------
def insert_request(conn: Connection, request_id: str, data: Mapping[str, Any],
                   content_hash: str, *, officer: str, at: str, direction: str = "out",
                   status: str = "draft", due_on: str | None = None,
                   their_number: str | None = None, received_on: str | None = None,
                   received_in: str | None = None) -> None:
    """A new request at version 1 (its head row and its first version); a request of the
    partner's says how it came (`received_in`: "letter" or "paper")."""
    if direction not in DIRECTIONS or status not in STATUSES or (
            (received_in in ("letter", "paper")) != (direction == "in")):
        raise ValueError(f"unknown request direction, status or origin {direction!r}/"
                         f"{status!r}/{received_in!r}")
    conn.execute(
        "INSERT INTO requests (id, head_version, direction, status, to_authority,"
        " from_authority, reference, dated_on, deadline, due_on, urgent, their_number,"
        " received_on, created_by, created_at, updated_at, received_in)"
        " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (request_id, direction, status, str(data["to_authority"]), str(data["from_authority"]),
         str(data.get("reference") or ""), str(data["dated_on"]), data.get("deadline"), due_on,
         1 if data.get("urgent") else 0, their_number, received_on, officer, at, at,
         received_in))
    insert_version(conn, request_id, 1, data, content_hash, officer=officer, at=at)


def insert_version(conn: Connection, request_id: str, version: int, data: Mapping[str, Any],
                   content_hash: str, *, officer: str, at: str) -> None:
    conn.execute("INSERT INTO request_versions (id, version, data, content_hash, created_by,"
                 " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                 (request_id, version, _dump(data), content_hash, officer, at))


def insert_refusal(conn: Connection, refusal_id: str, request_id: str, request_version: int,
                   data: Mapping[str, Any], content_hash: str, *, officer: str,
                   at: str, direction: str = "in") -> None:
    conn.execute("INSERT INTO request_refusals (id, request_id, request_version, data,"
                 " content_hash, created_by, created_at, direction)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (refusal_id, request_id, request_version, _dump(data), content_hash, officer,
                  at, direction))


def set_status(conn: Connection, request_id: str, status: str, at: str) -> None:
    if status not in STATUSES:
        raise ValueError(f"unknown request status {status!r}")
    conn.execute("UPDATE requests SET status = ?, updated_at = ? WHERE id = ?",
                 (status, at, request_id))


def set_registration_number(conn: Connection, request_id: str, number: str) -> None:
    conn.execute("UPDATE requests SET registration_number = ? WHERE id = ?",
                 (number, request_id))


def set_refusal_number(conn: Connection, refusal_id: str, number: str) -> None:
    conn.execute("UPDATE request_refusals SET registration_number = ? WHERE id = ?",
                 (number, refusal_id))


def approve(conn: Connection, request_id: str, *, officer: str, at: str) -> None:
    conn.execute("UPDATE requests SET status = 'approved', approved_by = ?, approved_at = ?,"
                 " updated_at = ? WHERE id = ?", (officer, at, at, request_id))


def insert_message(conn: Connection, message: RequestMessage) -> None:
    if message.kind not in MESSAGE_KINDS or message.direction not in DIRECTIONS:
        raise ValueError(f"unknown message kind {message.kind!r}")
    conn.execute("INSERT INTO request_messages (id, request_id, direction, kind, data,"
                 " registration_number, created_by, created_at, sent_at)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (message.id, message.request_id, message.direction, message.kind,
                  _dump(message.data), message.registration_number, message.created_by,
                  message.created_at, message.sent_at))


def messages_of(conn: Connection, request_id: str) -> list[RequestMessage]:
    rows = conn.execute("SELECT id, request_id, direction, kind, data, registration_number,"
                        " created_by, created_at, sent_at FROM request_messages"
                        " WHERE request_id = ? ORDER BY created_at, rowid",
                        (request_id,)).fetchall()
    return [RequestMessage(str(r[0]), str(r[1]), str(r[2]), str(r[3]), _load(r[4]), r[5],
                           str(r[6]), str(r[7]), r[8]) for r in rows]


def get_message(conn: Connection, message_id: str) -> RequestMessage:
    row = conn.execute("SELECT id, request_id, direction, kind, data, registration_number,"
                       " created_by, created_at, sent_at FROM request_messages WHERE id = ?",
                       (message_id,)).fetchone()
    if row is None:
        raise NotFound("request.no_message", "no message {id} in a request's thread",
                       id=message_id)
    return RequestMessage(str(row[0]), str(row[1]), str(row[2]), str(row[3]), _load(row[4]),
                          row[5], str(row[6]), str(row[7]), row[8])


# --- reads --------------------------------------------------------------------------------------
_REQUEST_COLUMNS = ("v.id, v.version, r.head_version, r.status, v.data, v.content_hash,"
                    " v.created_by, v.created_at, r.direction, r.due_on, r.registration_number,"
                    " r.their_number, r.received_on, r.approved_by, r.received_in")


def _request(row: Any) -> StoredRequest:
    return StoredRequest(str(row[0]), int(row[1]), int(row[2]), str(row[3]), _load(row[4]),
                         str(row[5]), str(row[6]), str(row[7]), str(row[8]), row[9], row[10],
                         row[11], row[12], row[13], row[14])


def get_request(conn: Connection, request_id: str, version: int | None = None) -> StoredRequest:
    """A request version (the head one by default); NotFound when there is none."""
    head = conn.execute("SELECT head_version FROM requests WHERE id = ?",
                        (request_id,)).fetchone()
    if head is None:
        raise NotFound("request.not_found", "no request {id}", id=request_id)
    wanted = int(head[0]) if version is None else version
    row = conn.execute(f"SELECT {_REQUEST_COLUMNS} FROM request_versions v JOIN requests r"
                       " ON r.id = v.id WHERE v.id = ? AND v.version = ?",
                       (request_id, wanted)).fetchone()
    if row is None:
        raise NotFound("request.no_version", "request {id} has no version {version}",
                       id=request_id, version=wanted)
    return _request(row)


def find_request_version(conn: Connection, request_id: str,
                         version: int) -> StoredRequest | None:
    row = conn.execute(f"SELECT {_REQUEST_COLUMNS} FROM request_versions v JOIN requests r"
                       " ON r.id = v.id WHERE v.id = ? AND v.version = ?",
                       (request_id, version)).fetchone()
    return _request(row) if row is not None else None


def from_letters(conn: Connection) -> set[str]:
    """The partner's requests that came in a letter: the only ones a letter may answer, refuse
    or question (the partner's system knows their ids)."""
    return {str(row[0]) for row in conn.execute(
        "SELECT id FROM requests WHERE direction = 'in' AND received_in = 'letter'")}


def incoming_by_their_number(conn: Connection, their_number: str) -> list[str]:
    """The partner's requests registered under this number of theirs: the one that came in a
    letter first (the copy to answer), then oldest first."""
    return [str(row[0]) for row in conn.execute(
        "SELECT id FROM requests WHERE direction = 'in' AND their_number = ?"
        " ORDER BY received_in = 'letter' DESC, created_at, id", (their_number,))]


def twins(conn: Connection, request_id: str) -> list[tuple[str, str]]:
    """(id, received_in) of the partner's other requests under the same number of theirs: one
    request typed in from paper and then received in a letter too (or the other way) is two
    rows, and only the letter's copy can be answered in a letter."""
    row = conn.execute("SELECT their_number FROM requests WHERE id = ? AND direction = 'in'",
                       (request_id,)).fetchone()
    if row is None or not row[0]:
        return []
    return [(str(r[0]), str(r[1])) for r in conn.execute(
        "SELECT id, received_in FROM requests WHERE direction = 'in' AND their_number = ?"
        " AND id <> ? ORDER BY created_at, id", (row[0], request_id))]


def list_requests(conn: Connection, *, limit: int = 100, offset: int = 0,
                  direction: str | None = None, status: str | None = None,
                  due_before: str | None = None) -> list[ListedRequest]:
    """Newest first by the request's date; `due_before` keeps open ones due before that day."""
    where: list[str] = []
    args: list[Any] = []
    if direction is not None:
        where.append("r.direction = ?")
        args.append(direction)
    if status is not None:
        where.append("r.status = ?")
        args.append(status)
    if due_before is not None:
        where.append("r.status IN ('sent', 'received') AND r.due_on < ?")
        args.append(due_before)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    rows = conn.execute(
        "SELECT r.id, r.head_version, r.status, r.to_authority, r.from_authority, r.reference,"
        " r.dated_on, r.deadline, r.urgent, r.created_by, r.created_at,"
        " (SELECT count(*) FROM request_refusals f WHERE f.request_id = r.id),"
        " r.direction, r.due_on, r.registration_number, r.their_number, r.received_in"
        f" FROM requests r {clause}"
        " ORDER BY r.dated_on DESC, r.created_at DESC, r.id LIMIT ? OFFSET ?",
        (*args, limit, offset)).fetchall()
    return [ListedRequest(str(r[0]), int(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]),
                          str(r[6]), r[7], bool(r[8]), str(r[9]), str(r[10]), int(r[11]),
                          str(r[12]), r[13], r[14], r[15], r[16])
            for r in rows]


def count_requests(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM requests").fetchone()[0])


_REFUSAL_COLUMNS = ("id, request_id, request_version, data, content_hash, created_by,"
                    " created_at, direction, registration_number")


def _refusal(row: Any) -> StoredRefusal:
    return StoredRefusal(str(row[0]), str(row[1]), int(row[2]), _load(row[3]), str(row[4]),
                         str(row[5]), str(row[6]), str(row[7]), row[8])


def get_refusal(conn: Connection, refusal_id: str) -> StoredRefusal:
    row = conn.execute(f"SELECT {_REFUSAL_COLUMNS} FROM request_refusals WHERE id = ?",
                       (refusal_id,)).fetchone()
    if row is None:
        raise NotFound("refusal.not_found", "no refusal {id}", id=refusal_id)
    return _refusal(row)


def refusals_of(conn: Connection, request_id: str) -> list[StoredRefusal]:
    rows = conn.execute(f"SELECT {_REFUSAL_COLUMNS} FROM request_refusals WHERE request_id = ?"
                        " ORDER BY created_at, rowid", (request_id,)).fetchall()
    return [_refusal(r) for r in rows]


def find_refusal(conn: Connection, request_id: str, request_version: int,
                 content_hash: str) -> StoredRefusal | None:
    row = conn.execute(f"SELECT {_REFUSAL_COLUMNS} FROM request_refusals WHERE request_id = ?"
                       " AND request_version = ? AND content_hash = ?",
                       (request_id, request_version, content_hash)).fetchone()
    return _refusal(row) if row is not None else None
