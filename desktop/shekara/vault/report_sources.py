"""What the period summary and the statistics count.

For each record the summary takes the version in force: the latest version that is not a draft
(a correction in progress leaves the approved version counting), or the draft itself when the
record was never approved. The period and crossing point are filtered on that
version's own content, which is what the summary prints.

Since schema step 17 the list row carries its head version's report facts
(domain/report_facts.py) and the index `records_report` holds them ordered by date, with the
columns a report filters on: a period is one range of that index, read without touching a
list row or a version. The head is the version in force except while a correction is in
progress (a draft n > 1 over the approved n-1): those few records are read from version n-1
itself. Until the record service has computed the facts of the records stored before that
step (`report_facts_stale`), the reports read the versions themselves (`_from_versions`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from shekara.domain.report_facts import (
    report_facts_from_json,
    report_facts_json,
)
from shekara.vault.connection import Connection
from shekara.vault.records import day_after, version_status

# Heads in force in the period, from the index alone (INDEXED BY: the date and checkpoint
# indexes would each answer the WHERE too, then read every list row of the year).
_HEADS_IN_FORCE = """
SELECT id, head_version, status, facts, occurred_on, checkpoint
FROM records INDEXED BY records_report
WHERE occurred_on BETWEEN ? AND ? {checkpoint}
AND NOT (status = 'draft' AND head_version > 1)
"""
# A correction in progress is a draft head n > 1 whose version n-1 is the approved one (a new
# version is only ever made on top of a version that is not a draft).
_CORRECTIONS = """
SELECT v.id, v.version, v.state, v.exported_seq, v.acknowledged_at, v.data
FROM records r CROSS JOIN record_versions v ON v.id = r.id AND v.version = r.head_version - 1
WHERE r.status = 'draft' AND r.head_version > 1
"""


def counted_as(status: str) -> str:
    """The status a report tells apart: draft, withdrawn, or (any other) approved."""
    return status if status in ("draft", "withdrawn") else "approved"


def versions_in_force(conn: Connection, first: str, last: str,
                      checkpoint: str | None = None) -> Iterator[dict[str, Any]]:
    """Each record version in force whose `occurred_at` date is in [first, last] (YYYY-MM-DD)
    and, when given, whose place is `checkpoint`: what the period reports read of it (its
    report facts, or more) plus id, version and status (`counted_as`)."""
    if report_facts_stale(conn):
        for whole in _from_versions(conn, first, last, checkpoint):
            whole["status"] = counted_as(whole["status"])
            yield whole
        return
    args: list[Any] = [first, last]
    if checkpoint is not None:
        args.append(checkpoint)
    sql = _HEADS_IN_FORCE.format(
        checkpoint="AND checkpoint = ?" if checkpoint is not None else "")
    for record_id, version, status, facts, occurred_on, place in conn.execute(sql, args):
        data = (report_facts_from_json(facts, occurred_on, place) if facts is not None
                else None) or _facts_of_version(conn, record_id, version)
        data.update(id=record_id, version=version, status=counted_as(status))
        yield data
    for row in conn.execute(_CORRECTIONS):
        found = _in_force(row, first, last, checkpoint)
        if found is not None:
            facts = _as_stored(found)
            facts.update(id=found["id"], version=found["version"],
                         status=counted_as(found["status"]))
            yield facts


def _facts_of_version(conn: Connection, record_id: str, version: int) -> dict[str, Any]:
    """A list row without its facts (none should be) or in a layout this program does not
    know: read from its version's data."""
    row = conn.execute("SELECT data FROM record_versions WHERE id = ? AND version = ?",
                       (record_id, version)).fetchone()
    return _as_stored(json.loads(row[0]))


def _as_stored(data: dict[str, Any]) -> dict[str, Any]:
    """A version's report facts in the form read from a list row, whichever way they came."""
    facts = report_facts_from_json(report_facts_json(data),
                                   str(data.get("occurred_at") or "")[:10],
                                   (data.get("place") or {}).get("checkpoint"))
    assert facts is not None  # the layout just written
    return facts


def report_facts_stale(conn: Connection) -> bool:
    row = conn.execute("SELECT value FROM meta WHERE key = 'report_facts_stale'").fetchone()
    return row is not None and row[0] == "1"


# --- before the facts are filled: the versions themselves ---------------------------------------
# The version in force, from the list row. Two queries, not one WHERE … OR …: with the OR, SQLite
# walked every record version (every blob of the vault). The period is bounded on occurred_at
# too (ISO text sorts by date first) so the date index answers it, and CROSS JOIN keeps the
# records the outer loop. Those queries return only the versions' rowids; the versions are
# then read in rowid order, so each encrypted page is decrypted once.
_KEYS = """
SELECT v.rowid
FROM records r CROSS JOIN record_versions v ON v.id = r.id AND v.version =
    CASE WHEN r.status = 'draft' AND r.head_version > 1 THEN r.head_version - 1
         ELSE r.head_version END
"""
_IN_PERIOD = _KEYS + """
WHERE r.occurred_at >= ? AND r.occurred_at < ? AND r.occurred_on BETWEEN ? AND ? {checkpoint}
"""
_CORRECTION_KEYS = _KEYS + """
WHERE r.status = 'draft' AND r.head_version > 1
"""
_VERSIONS = """
SELECT id, version, state, exported_seq, acknowledged_at, data FROM record_versions
WHERE rowid IN ({marks}) ORDER BY rowid
"""
_CHUNK = 500  # rowids per read: well under SQLite's limit of bound parameters


def _from_versions(conn: Connection, first: str, last: str,
                   checkpoint: str | None = None) -> Iterator[dict[str, Any]]:
    """`versions_in_force` read from the versions themselves, whole, with their exact status."""
    args: list[Any] = [first, day_after(last), first, last]
    if checkpoint is not None:
        args.append(checkpoint)
    in_period = _IN_PERIOD.format(
        checkpoint="AND r.checkpoint = ?" if checkpoint is not None else "")
    # a correction in progress whose head is in the period is found by both: a set
    rowids = sorted({row[0] for sql, params in ((in_period, args), (_CORRECTION_KEYS, []))
                     for row in conn.execute(sql, params)})
    for at in range(0, len(rowids), _CHUNK):
        chunk = rowids[at:at + _CHUNK]
        for row in conn.execute(_VERSIONS.format(marks=",".join("?" * len(chunk))), chunk):
            data = _in_force(row, first, last, checkpoint)
            if data is not None:
                yield data


def _in_force(row: Any, first: str, last: str,
              checkpoint: str | None) -> dict[str, Any] | None:
    data: dict[str, Any] = json.loads(row[5])
    if not first <= str(data.get("occurred_at") or "")[:10] <= last:
        return None
    if checkpoint is not None and (data.get("place") or {}).get("checkpoint") != checkpoint:
        return None
    data.update(id=str(row[0]), version=int(row[1]),
                status=version_status(str(row[2]), row[3], row[4]))
    return data


# --- filling the facts of records stored before schema step 17 ----------------------------------
_FACTS_BATCH = 2000  # list rows a transaction: the write-ahead log stays small at any size


def heads_without_facts(conn: Connection, after: int) -> list[tuple[int, dict[str, Any]]]:
    """(list row's rowid, head version's data) of the next records past rowid `after` whose
    list row has no report facts yet."""
    rows = conn.execute(
        "SELECT r.rowid, v.data FROM records r CROSS JOIN record_versions v ON v.id = r.id AND"
        " v.version = r.head_version WHERE r.rowid > ? AND r.facts IS NULL ORDER BY r.rowid"
        " LIMIT ?", (after, _FACTS_BATCH)).fetchall()
    return [(int(row[0]), json.loads(row[1])) for row in rows]


def last_record_rowid(conn: Connection) -> int:
    """Where `heads_without_facts` ends: its progress is the rowid reached out of this."""
    return int(conn.execute("SELECT max(rowid) FROM records").fetchone()[0] or 0)


def set_facts(conn: Connection, rows: list[tuple[int, dict[str, Any]]]) -> None:
    conn.executemany("UPDATE records SET facts = ? WHERE rowid = ?",
                     [(report_facts_json(data), rowid) for rowid, data in rows])


def facts_filled(conn: Connection) -> None:
    """Every list row has its facts: the reports read them from here on."""
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('report_facts_stale', '0')")
