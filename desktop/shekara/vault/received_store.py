"""What the other Party's central authority sent: its exchange packets as received (imported,
held, forks, refusals), the facts they carried, their search index, and Art. 10.2 consents
recorded against them (schema step `_step_received` in migrations.py).

SQL only; functions take the connection (inside the caller's transaction where they write)
and plain values, and never decide policy: `services/exchange_receive.py`,
`services/received_letters.py` and `services/received.py` do. Nothing here touches the HQ's
own `records` tables: received facts live apart and are never share candidates.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from shekara.domain import search_key
from shekara.vault.connection import Connection
from shekara.vault.inbox_store import dump_params, load_params

FACT_STATES = ("current", "superseded", "withdrawn", "destroyed")
_SEARCH_COLUMNS = search_key.SEARCH_COLUMNS  # the index's columns, in its order


# --- the partner's packets ----------------------------------------------------------------------
@dataclass(frozen=True)
class ExchangeEntry:
    partner: str
    seq: int
    sha256: str
    state: str  # imported | held | fork
    prev_hash: str | None
    letter: str | None  # the covering letter's registration number
    reason: str | None  # why it was quarantined, in English (what the command line prints)
    received_at: str
    applied_at: str | None
    # The reason's message id and parameters (schema step 21); None in rows written before.
    reason_msgid: str | None = None
    reason_params: Mapping[str, Any] | None = None


_ENTRY_COLUMNS = ("partner, seq, sha256, state, prev_hash, letter, reason, received_at,"
                  " applied_at, reason_msgid, reason_params")


def _entry(row: Any) -> ExchangeEntry:
    return ExchangeEntry(str(row[0]), int(row[1]), str(row[2]), str(row[3]), row[4], row[5],
                         row[6], str(row[7]), row[8], row[9], load_params(row[10]))


def add_entry(conn: Connection, entry: ExchangeEntry, packet: bytes | None) -> None:
    conn.execute(f"INSERT INTO exchange_inbox ({_ENTRY_COLUMNS}, packet) VALUES"
                 " (?,?,?,?,?,?,?,?,?,?,?,?)",
                 (entry.partner, entry.seq, entry.sha256, entry.state, entry.prev_hash,
                  entry.letter, entry.reason, entry.received_at, entry.applied_at,
                  entry.reason_msgid, dump_params(entry.reason_params), packet))


def mark_imported(conn: Connection, partner: str, seq: int, sha256: str, *, letter: str,
                  at: str) -> None:
    """A held packet was applied: imported now, its raw bytes no longer kept."""
    conn.execute("UPDATE exchange_inbox SET state = 'imported', letter = ?, applied_at = ?,"
                 " packet = NULL WHERE partner = ? AND seq = ? AND sha256 = ?",
                 (letter, at, partner, seq, sha256))


def quarantine(conn: Connection, partner: str, seq: int, sha256: str, reason: str, *,
               reason_msgid: str, reason_params: Mapping[str, Any]) -> None:
    conn.execute("UPDATE exchange_inbox SET state = 'fork', reason = ?, reason_msgid = ?,"
                 " reason_params = ? WHERE partner = ? AND seq = ? AND sha256 = ?",
                 (reason, reason_msgid, dump_params(reason_params), partner, seq, sha256))


def delete_entry(conn: Connection, partner: str, seq: int, sha256: str) -> None:
    conn.execute("DELETE FROM exchange_inbox WHERE partner = ? AND seq = ? AND sha256 = ?",
                 (partner, seq, sha256))


def entries(conn: Connection, partner: str | None = None, *,
            seq: int | None = None) -> list[ExchangeEntry]:
    sql = f"SELECT {_ENTRY_COLUMNS} FROM exchange_inbox WHERE 1"
    args: list[Any] = []
    if partner is not None:
        sql += " AND partner = ?"
        args.append(partner)
    if seq is not None:
        sql += " AND seq = ?"
        args.append(seq)
    return [_entry(r) for r in conn.execute(sql + " ORDER BY partner, seq, received_at", args)]


def packet_bytes(conn: Connection, partner: str, seq: int, sha256: str) -> bytes | None:
    row = conn.execute("SELECT packet FROM exchange_inbox WHERE partner = ? AND seq = ? AND"
                       " sha256 = ?", (partner, seq, sha256)).fetchone()
    return bytes(row[0]) if row and row[0] is not None else None


def imported_through(conn: Connection, partner: str) -> ExchangeEntry | None:
    """The partner's newest imported packet (imports are contiguous from 1)."""
    row = conn.execute(f"SELECT {_ENTRY_COLUMNS} FROM exchange_inbox WHERE partner = ? AND"
                       " state = 'imported' ORDER BY seq DESC LIMIT 1", (partner,)).fetchone()
    return _entry(row) if row else None


def add_refusal(conn: Connection, partner: str, seq: int | None, sha256: str, reason: str,
                at: str) -> None:
    conn.execute("INSERT INTO exchange_refusals (partner, seq, sha256, reason, at) VALUES"
                 " (?,?,?,?,?)", (partner, seq, sha256, reason, at))


def refused_seqs(conn: Connection, partner: str, *,
                 excluding: Sequence[str] = ()) -> list[int]:
    """Sequence numbers of refused packets, but those whose refusal `reason` is in
    `excluding` (refusals that say nothing about which packets were sent)."""
    rows = conn.execute("SELECT seq, reason FROM exchange_refusals WHERE partner = ? AND seq"
                        " IS NOT NULL", (partner,))
    return [int(r[0]) for r in rows if str(r[1]) not in excluding]


def partners_seen(conn: Connection) -> list[str]:
    rows = conn.execute("SELECT partner FROM exchange_inbox UNION SELECT partner FROM"
                        " exchange_refusals ORDER BY 1")
    return [str(r[0]) for r in rows]


# --- received facts -----------------------------------------------------------------------------
@dataclass(frozen=True)
class ReceivedFact:
    rowid: int
    id: str
    version: int
    partner: str
    kind: str
    article: str
    registration_number: str | None  # the record's number in the sender's journal
    letter_number: str  # the covering letter that carried it
    packet_seq: int
    withheld_persons: int
    state: str  # one of FACT_STATES
    occurred_at: str
    citizenships: tuple[str, ...]
    title: str
    data: dict[str, Any]  # the record as sent ({} once destroyed)
    content_sha256: str
    correction: str | None  # the sender's reason code for withdrawn/destroyed
    received_at: str
    corrected_at: str | None


_FACT_COLUMNS = ("rowid, id, version, partner, kind, article, registration_number,"
                 " letter_number, packet_seq, withheld_persons, state, occurred_at,"
                 " citizenships, title, data, content_sha256, correction, received_at,"
                 " corrected_at")


def _fact(row: Any) -> ReceivedFact:
    return ReceivedFact(int(row[0]), str(row[1]), int(row[2]), str(row[3]), str(row[4]),
                        str(row[5]), row[6], str(row[7]), int(row[8]), int(row[9]),
                        str(row[10]), str(row[11]), tuple(str(row[12]).split()), str(row[13]),
                        dict(json.loads(str(row[14]))), str(row[15]), row[16], str(row[17]),
                        row[18])


def insert_fact(conn: Connection, fact: ReceivedFact,
                search_columns: Mapping[str, str]) -> int:
    cur = conn.execute(
        "INSERT INTO received_facts (id, version, partner, kind, article, registration_number,"
        " letter_number, packet_seq, withheld_persons, state, occurred_at, citizenships, title,"
        " data, content_sha256, correction, received_at, corrected_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (fact.id, fact.version, fact.partner, fact.kind, fact.article, fact.registration_number,
         fact.letter_number, fact.packet_seq, fact.withheld_persons, fact.state,
         fact.occurred_at, " ".join(fact.citizenships), fact.title,
         json.dumps(fact.data, ensure_ascii=False, sort_keys=True), fact.content_sha256,
         fact.correction, fact.received_at, fact.corrected_at))
    rowid = int(cur.lastrowid or 0)
    conn.execute("INSERT INTO received_search (rowid, names, documents, places, things, text)"
                 " VALUES (?,?,?,?,?,?)",
                 (rowid, *(search_columns.get(c, "") for c in _SEARCH_COLUMNS)))
    return rowid


def facts_of(conn: Connection, fact_id: str) -> list[ReceivedFact]:
    rows = conn.execute(f"SELECT {_FACT_COLUMNS} FROM received_facts WHERE id = ?"
                        " ORDER BY version", (fact_id,))
    return [_fact(r) for r in rows]


def fact(conn: Connection, fact_id: str, version: int) -> ReceivedFact | None:
    row = conn.execute(f"SELECT {_FACT_COLUMNS} FROM received_facts WHERE id = ? AND"
                       " version = ?", (fact_id, version)).fetchone()
    return _fact(row) if row else None


def set_state(conn: Connection, rowid: int, state: str, *, correction: str | None = None,
              at: str | None = None, unindex: bool = False) -> None:
    if state not in FACT_STATES:
        raise ValueError(f"unknown received fact state {state!r}")
    conn.execute("UPDATE received_facts SET state = ?, correction = COALESCE(?, correction),"
                 " corrected_at = COALESCE(?, corrected_at) WHERE rowid = ?",
                 (state, correction, at, rowid))
    if unindex:
        conn.execute("DELETE FROM received_search WHERE rowid = ?", (rowid,))


def destroy(conn: Connection, rowid: int, *, correction: str, at: str) -> None:
    """Art. 10.3: the sender destroyed it, so does this HQ: the content (persons and all) is
    erased and unindexed; the row stays as the trace that the version was received."""
    conn.execute("UPDATE received_facts SET state = 'destroyed', data = '{}', title = '',"
                 " citizenships = '', correction = ?, corrected_at = ? WHERE rowid = ?",
                 (correction, at, rowid))
    conn.execute("DELETE FROM received_search WHERE rowid = ?", (rowid,))


# The fact versions its search index holds (also what `shekara check --derived` expects there)
INDEXED = ("state IN ('current', 'withdrawn') AND version = (SELECT max(version) FROM"
            " received_facts g WHERE g.id = received_facts.id)")
_FACTS_BATCH = 2000  # versions read at a time, as records are (vault/records.py)


def count_indexed_facts(conn: Connection) -> int:
    """How many versions the search index holds (the rebuild's total)."""
    return int(conn.execute(f"SELECT count(*) FROM received_facts WHERE {INDEXED}")
               .fetchone()[0])


def indexed_fact_batches(conn: Connection) -> Iterator[list[tuple[int, str, dict[str, Any]]]]:
    """(rowid, fact id, record) of every version the search index holds (the current ones),
    in rowid order, a batch at a time: the rebuild rewrites the index between batches, the
    derived check (`shekara check --derived`) compares it."""
    last = -1
    while True:
        rows = conn.execute(f"SELECT rowid, id, data FROM received_facts WHERE rowid > ? AND"
                            f" {INDEXED} ORDER BY rowid LIMIT ?",
                            (last, _FACTS_BATCH)).fetchall()
        if not rows:
            return
        yield [(int(r[0]), str(r[1]), dict(json.loads(str(r[2])))) for r in rows]
        last = int(rows[-1][0])


def empty_search_index(conn: Connection) -> None:
    """Drop every entry of the received facts' index at once (before it is made again)."""
    conn.execute("INSERT INTO received_search (received_search) VALUES ('delete-all')")


def replace_search_entry(conn: Connection, rowid: int, search_columns: Mapping[str, str]) -> None:
    conn.execute("DELETE FROM received_search WHERE rowid = ?", (rowid,))
    conn.execute("INSERT INTO received_search (rowid, names, documents, places, things, text)"
                 " VALUES (?,?,?,?,?,?)",
                 (rowid, *(search_columns.get(c, "") for c in _SEARCH_COLUMNS)))


def heads(conn: Connection, *, limit: int = 100, offset: int = 0) -> list[ReceivedFact]:
    """The newest version of each received fact, newest occurrence first."""
    rows = conn.execute(
        f"SELECT {_FACT_COLUMNS} FROM received_facts f WHERE version = (SELECT max(version)"
        " FROM received_facts g WHERE g.id = f.id) ORDER BY occurred_at DESC, rowid DESC"
        " LIMIT ? OFFSET ?", (limit, offset))
    return [_fact(r) for r in rows]


def search(conn: Connection, match: str, *, kinds: Sequence[str] = (),
           occurred_from: str | None = None, occurred_to: str | None = None,
           citizenship: str | None = None, limit: int = 100) -> list[ReceivedFact]:
    where = ["received_search MATCH ?"]
    args: list[Any] = [match]
    if kinds:
        where.append(f"f.kind IN ({','.join('?' * len(kinds))})")
        args += list(kinds)
    if occurred_from:
        where.append("substr(f.occurred_at, 1, 10) >= ?")
        args.append(occurred_from)
    if occurred_to:
        where.append("substr(f.occurred_at, 1, 10) <= ?")
        args.append(occurred_to)
    if citizenship:
        where.append("(' ' || f.citizenships || ' ') LIKE ?")
        args.append(f"% {citizenship} %")
    rows = conn.execute(
        f"SELECT {', '.join('f.' + c.strip() for c in _FACT_COLUMNS.split(','))}"
        " FROM received_search JOIN received_facts f ON f.rowid = received_search.rowid"
        f" WHERE {' AND '.join(where)} ORDER BY bm25(received_search, 10.0, 5.0, 2.0, 2.0, 1.0),"
        " f.occurred_at DESC LIMIT ?", [*args, limit])
    return [_fact(r) for r in rows]


def by_number(conn: Connection, number: str) -> list[ReceivedFact]:
    """Facts carrying the sender's registration number, or carried by the letter with it."""
    rows = conn.execute(f"SELECT {_FACT_COLUMNS} FROM received_facts WHERE registration_number"
                        " = ? OR letter_number = ? ORDER BY id, version", (number, number))
    return [_fact(r) for r in rows]


# --- Art. 10.2 consents -------------------------------------------------------------------------
@dataclass(frozen=True)
class StoredConsent:
    id: str
    fact_id: str
    fact_version: int | None
    registration_number: str
    issued_on: str | None
    third_party: str
    purpose: str
    source: str  # packet | paper
    document_name: str | None
    document_sha256: str | None
    document_size: int | None
    recorded_by: str
    recorded_at: str

    def to_json(self) -> dict[str, Any]:
        document = None if self.document_sha256 is None else {
            "name": self.document_name, "sha256": self.document_sha256,
            "size": self.document_size}
        return {"id": self.id, "received_id": self.fact_id, "version": self.fact_version,
                "registration_number": self.registration_number, "issued_on": self.issued_on,
                "third_party": self.third_party, "purpose": self.purpose,
                "source": self.source, "document": document, "recorded_by": self.recorded_by,
                "recorded_at": self.recorded_at}


def add_consent(conn: Connection, consent: StoredConsent, document: bytes | None) -> None:
    conn.execute("INSERT INTO received_consents (id, fact_id, fact_version, registration_number,"
                 " issued_on, third_party, purpose, source, document_name, document_sha256,"
                 " document, recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                 (consent.id, consent.fact_id, consent.fact_version,
                  consent.registration_number, consent.issued_on, consent.third_party,
                  consent.purpose, consent.source, consent.document_name,
                  consent.document_sha256, document, consent.recorded_by, consent.recorded_at))


def consents(conn: Connection, fact_ids: Iterable[str] | None = None) -> list[StoredConsent]:
    sql = ("SELECT id, fact_id, fact_version, registration_number, issued_on, third_party,"
           " purpose, source, document_name, document_sha256, length(document), recorded_by,"
           " recorded_at FROM received_consents")
    args: list[Any] = []
    if fact_ids is not None:
        ids = list(fact_ids)
        sql += f" WHERE fact_id IN ({','.join('?' * len(ids))})"
        args = ids
    rows = conn.execute(sql + " ORDER BY recorded_at, rowid", args)
    return [StoredConsent(str(r[0]), str(r[1]), None if r[2] is None else int(r[2]), str(r[3]),
                          r[4], str(r[5]), str(r[6]), str(r[7]), r[8], r[9],
                          None if r[10] is None else int(r[10]), str(r[11]), str(r[12]))
            for r in rows]


def consent_ids(conn: Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute("SELECT id FROM received_consents")}
