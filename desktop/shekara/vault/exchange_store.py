"""Storage of what this HQ sends the other Party (issue 9 §3–4; docs/exchange.md decisions 3–5):
the outgoing notice being prepared (the share queue and its four-eyes approval), the letters
written (each exchange packet, kept whole so it can be written again), the disclosure register
(one row per record version or correction sent), and which register items (requests, answers,
refusals, follow-up questions, withdrawals of requests) travelled in which letter. Every SQL
statement about them lives here (schema step 12 in migrations.py creates them).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from shekara.vault.connection import Connection

ACTIONS = ("fact", "withdrawn", "destroyed")
ITEM_KINDS = ("request", "answer", "refusal", "question", "withdrawal")


@dataclass(frozen=True)
class QueuedItem:
    record_id: str
    version: int
    action: str  # fact | withdrawn | destroyed
    article: str
    include: dict[int, str]  # persons a supervisor added, with the reason
    added_by: str
    added_at: str

    def key(self) -> str:
        include = ",".join(f"{i}:{r}" for i, r in sorted(self.include.items()))
        return f"{self.record_id}/{self.version}/{self.action}/{include}"


@dataclass(frozen=True)
class Letter:
    seq: int
    partner: str
    registration_number: str
    sha256: str
    issued_at: str
    approved_by: str
    sent_by: str
    written_at: str | None
    counts: dict[str, int]


@dataclass(frozen=True)
class Disclosure:
    record_id: str
    version: int
    action: str
    article: str
    persons: list[dict[str, Any]]  # [{"index": i, "reason": text or None}]
    withheld: int
    letter_seq: int
    letter_number: str
    record_number: str | None
    packet_sha256: str
    sent_at: str
    markings: dict[str, Any]
    context: str | None  # e.g. the partner's request an answer's fact was sent for

    def to_json(self) -> dict[str, Any]:
        return {"record_id": self.record_id, "version": self.version, "action": self.action,
                "article": self.article, "persons": self.persons, "withheld": self.withheld,
                "registration_number": self.letter_number, "record_number": self.record_number,
                "packet_seq": self.letter_seq, "packet_sha256": self.packet_sha256,
                "sent_at": self.sent_at, "markings": self.markings, "context": self.context}


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)


# --- the queue -------------------------------------------------------------------------------
def queue(conn: Connection) -> list[QueuedItem]:
    rows = conn.execute("SELECT record_id, version, action, article, include, added_by,"
                        " added_at FROM share_queue ORDER BY added_at, record_id").fetchall()
    return [QueuedItem(str(r[0]), int(r[1]), str(r[2]), str(r[3]),
                       {int(k): str(v) for k, v in json.loads(r[4]).items()}, str(r[5]),
                       str(r[6])) for r in rows]


def put(conn: Connection, item: QueuedItem) -> None:
    conn.execute("INSERT INTO share_queue (record_id, version, action, article, include,"
                 " added_by, added_at) VALUES (?,?,?,?,?,?,?) ON CONFLICT(record_id) DO UPDATE"
                 " SET version = excluded.version, action = excluded.action, article ="
                 " excluded.article, include = excluded.include, added_by = excluded.added_by,"
                 " added_at = excluded.added_at",
                 (item.record_id, item.version, item.action, item.article,
                  _dump({str(k): v for k, v in item.include.items()}), item.added_by,
                  item.added_at))


def remove(conn: Connection, record_id: str) -> bool:
    return bool(conn.execute("DELETE FROM share_queue WHERE record_id = ?",
                             (record_id,)).rowcount > 0)


def clear_queue(conn: Connection) -> None:
    conn.execute("DELETE FROM share_queue")
    conn.execute("DELETE FROM share_approvals")


def approval(conn: Connection, digest: str) -> tuple[str, str] | None:
    row = conn.execute("SELECT approved_by, approved_at FROM share_approvals WHERE digest = ?",
                       (digest,)).fetchone()
    return (str(row[0]), str(row[1])) if row else None


def approve(conn: Connection, digest: str, officer: str, at: str) -> None:
    conn.execute("DELETE FROM share_approvals")  # one notice in preparation at a time
    conn.execute("INSERT INTO share_approvals (digest, approved_by, approved_at) VALUES"
                 " (?,?,?)", (digest, officer, at))


# --- letters ---------------------------------------------------------------------------------
def _letter(row: Any) -> Letter:
    return Letter(int(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]), str(row[5]),
                  str(row[6]), row[7], json.loads(row[8]))


_LETTER_COLUMNS = ("seq, partner, registration_number, sha256, issued_at, approved_by, sent_by,"
                   " written_at, counts")


def add_letter(conn: Connection, letter: Letter, packet: bytes) -> None:
    conn.execute(f"INSERT INTO exchange_letters ({_LETTER_COLUMNS}, packet) VALUES"
                 " (?,?,?,?,?,?,?,?,?,?)",
                 (letter.seq, letter.partner, letter.registration_number, letter.sha256,
                  letter.issued_at, letter.approved_by, letter.sent_by, letter.written_at,
                  _dump(letter.counts), packet))


def letters(conn: Connection) -> list[Letter]:
    rows = conn.execute(f"SELECT {_LETTER_COLUMNS} FROM exchange_letters ORDER BY seq")
    return [_letter(r) for r in rows.fetchall()]


def letter(conn: Connection, *, seq: int | None = None,
           registration_number: str | None = None) -> Letter | None:
    if seq is not None:
        row = conn.execute(f"SELECT {_LETTER_COLUMNS} FROM exchange_letters WHERE seq = ?",
                           (seq,)).fetchone()
    else:
        row = conn.execute(f"SELECT {_LETTER_COLUMNS} FROM exchange_letters WHERE"
                           " registration_number = ?", (registration_number,)).fetchone()
    return _letter(row) if row else None


def letter_packet(conn: Connection, seq: int) -> bytes | None:
    row = conn.execute("SELECT packet FROM exchange_letters WHERE seq = ?", (seq,)).fetchone()
    return bytes(row[0]) if row else None


def mark_written(conn: Connection, seq: int, at: str) -> None:
    conn.execute("UPDATE exchange_letters SET written_at = ? WHERE seq = ?", (at, seq))


# --- the disclosure register -----------------------------------------------------------------
def disclose(conn: Connection, item: Disclosure) -> None:
    conn.execute("INSERT INTO disclosures (record_id, version, action, article, persons,"
                 " withheld, letter_seq, letter_number, record_number, packet_sha256, sent_at,"
                 " markings, context) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                 (item.record_id, item.version, item.action, item.article, _dump(item.persons),
                  item.withheld, item.letter_seq, item.letter_number, item.record_number,
                  item.packet_sha256, item.sent_at, _dump(item.markings), item.context))


def _disclosure(row: Any) -> Disclosure:
    return Disclosure(str(row[0]), int(row[1]), str(row[2]), str(row[3]), json.loads(row[4]),
                      int(row[5]), int(row[6]), str(row[7]), row[8], str(row[9]), str(row[10]),
                      json.loads(row[11]), row[12])


_DISCLOSURE_COLUMNS = ("record_id, version, action, article, persons, withheld, letter_seq,"
                       " letter_number, record_number, packet_sha256, sent_at, markings,"
                       " context")


def disclosures(conn: Connection, *, since: str | None = None, until: str | None = None,
                record_id: str | None = None, letter_seq: int | None = None) -> list[Disclosure]:
    clauses, params = [], []
    for clause, value in (("sent_at >= ?", since), ("sent_at < ?", until),
                          ("record_id = ?", record_id), ("letter_seq = ?", letter_seq)):
        if value is not None:
            clauses.append(clause)
            params.append(value)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = conn.execute(f"SELECT {_DISCLOSURE_COLUMNS} FROM disclosures{where} ORDER BY rowid",
                        params).fetchall()
    return [_disclosure(r) for r in rows]


def last_disclosed(conn: Connection) -> Mapping[str, tuple[int, str]]:
    """Per record sent: the highest version sent and the last action taken on it."""
    rows = conn.execute("SELECT record_id, version, action FROM disclosures d WHERE rowid ="
                        " (SELECT max(rowid) FROM disclosures e WHERE e.record_id ="
                        " d.record_id)").fetchall()
    return {str(r[0]): (int(r[1]), str(r[2])) for r in rows}


# --- register items sent ---------------------------------------------------------------------
def sent_items(conn: Connection, kind: str) -> set[str]:
    rows = conn.execute("SELECT item_id FROM exchange_sent_items WHERE kind = ?", (kind,))
    return {str(r[0]) for r in rows.fetchall()}


def mark_item_sent(conn: Connection, kind: str, item_id: str, letter_seq: int) -> None:
    if kind not in ITEM_KINDS:
        raise ValueError(f"unknown item kind {kind!r}")
    conn.execute("INSERT INTO exchange_sent_items (kind, item_id, letter_seq) VALUES (?,?,?)",
                 (kind, item_id, letter_seq))


def mark_message_sent(conn: Connection, message_id: str, at: str) -> None:
    conn.execute("UPDATE request_messages SET sent_at = ? WHERE id = ?", (at, message_id))


# --- what the candidates are made of -----------------------------------------------------------
def qualifying_never_sent(conn: Connection) -> list[tuple[str, int]]:
    """(id, head version) of every approved record that qualifies and was never sent."""
    rows = conn.execute("SELECT r.id, r.head_version FROM records r WHERE r.qualifies = 1 AND"
                        " r.status NOT IN ('draft', 'withdrawn') AND NOT EXISTS (SELECT 1 FROM"
                        " disclosures d WHERE d.record_id = r.id) ORDER BY r.occurred_at,"
                        " r.id").fetchall()
    return [(str(r[0]), int(r[1])) for r in rows]


def record_states(conn: Connection, ids: list[str]) -> dict[str, tuple[int, str, bool]]:
    """(head version, status, qualifies) of the records among `ids` that still exist."""
    found: dict[str, tuple[int, str, bool]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = conn.execute("SELECT id, head_version, status, qualifies FROM records WHERE id IN"
                            f" ({','.join('?' * len(chunk))})", chunk).fetchall()
        found.update({str(r[0]): (int(r[1]), str(r[2]), bool(r[3])) for r in rows})
    return found
