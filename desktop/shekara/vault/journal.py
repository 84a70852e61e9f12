"""The installation's journal of registration numbers (issue 11; docs/exchange.md decision 7).

Each installation numbers what it registers per calendar year: `<installation code>/<year>/<6
digits>` (e.g. `KZ-NUR-ZHOLY/2026/000123`) — a record when it is first approved, a letter
(request, answer, refusal, notice, consent, follow-up question) when it is issued. A number is
never reused: the journal only grows (no UPDATE or DELETE of a row anywhere), and
`(year, number)` and the number itself are unique. Every SQL statement about the journal lives here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shekara.vault.connection import Connection

KINDS = ("record", "request", "answer", "refusal", "notice", "consent", "question")
PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,31}/[0-9]{4}/[0-9]{6}\Z")
MAX_NUMBER = 999_999

@dataclass(frozen=True)
class Entry:
    registration_number: str
    kind: str
    ref_id: str
    issued_at: str


def issue(conn: Connection, code: str, kind: str, ref_id: str, at: str) -> str:
    """The next number of `at`'s year for `ref_id` (inside the caller's transaction); the
    existing one when `ref_id` of that kind has one already."""
    if kind not in KINDS:
        raise ValueError(f"unknown journal kind {kind!r}")
    known = number_of(conn, kind, ref_id)
    if known is not None:
        return known
    year = int(at[:4])
    row = conn.execute("SELECT max(number) FROM journal WHERE year = ?", (year,)).fetchone()
    number = int(row[0] or 0) + 1
    if number > MAX_NUMBER:
        raise ValueError("the journal is full for this year")
    text = f"{code}/{year:04d}/{number:06d}"
    conn.execute("INSERT INTO journal (registration_number, year, number, kind, ref_id,"
                 " issued_at) VALUES (?, ?, ?, ?, ?, ?)", (text, year, number, kind, ref_id, at))
    return text


def number_of(conn: Connection, kind: str, ref_id: str) -> str | None:
    row = conn.execute("SELECT registration_number FROM journal WHERE kind = ? AND ref_id = ?",
                       (kind, ref_id)).fetchone()
    return str(row[0]) if row else None


def record_numbers(conn: Connection, record_ids: list[str]) -> dict[str, str]:
    """This installation's numbers of these records (those that have one)."""
    found: dict[str, str] = {}
    for start in range(0, len(record_ids), 500):
        chunk = record_ids[start:start + 500]
        rows = conn.execute("SELECT ref_id, registration_number FROM journal WHERE kind ="
                            f" 'record' AND ref_id IN ({','.join('?' * len(chunk))})",
                            chunk).fetchall()
        found.update({str(r[0]): str(r[1]) for r in rows})
    return found


# --- the posts' numbers, at HQ ------------------------------------------------------------------
# A record a post sends carries the number the post's journal gave it; HQ keeps it beside the
# record (never in its own journal: the two numberings must not mix) so that HQ's printouts and
# searches name the record as the post's paper does (schema step 13).
def set_post_number(conn: Connection, record_id: str, registration_number: str) -> None:
    """Keep the post's number of a record (the first one seen: a number is never changed)."""
    conn.execute("INSERT OR IGNORE INTO post_numbers (record_id, registration_number) VALUES"
                 " (?, ?)", (record_id, registration_number))


def post_number_of(conn: Connection, record_id: str) -> str | None:
    row = conn.execute("SELECT registration_number FROM post_numbers WHERE record_id = ?",
                       (record_id,)).fetchone()
    return str(row[0]) if row else None


def find_post_number(conn: Connection, registration_number: str) -> str | None:
    """The record a post's number names, at HQ."""
    row = conn.execute("SELECT record_id FROM post_numbers WHERE registration_number = ?",
                       (registration_number.strip().upper(),)).fetchone()
    return str(row[0]) if row else None


def record_number(conn: Connection, record_id: str) -> str | None:
    """A record's number as paper names it: this installation's own, else (at HQ) the post's."""
    return number_of(conn, "record", record_id) or post_number_of(conn, record_id)


def find(conn: Connection, registration_number: str) -> Entry | None:
    row = conn.execute("SELECT registration_number, kind, ref_id, issued_at FROM journal"
                       " WHERE registration_number = ?",
                       (registration_number.strip().upper(),)).fetchone()
    return Entry(str(row[0]), str(row[1]), str(row[2]), str(row[3])) if row else None
