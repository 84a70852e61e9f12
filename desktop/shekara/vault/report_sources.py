"""What the period summary and the statistics count.

For each record the summary takes the version in force: the latest version that is not a draft
(a correction in progress leaves the approved version counting), or the draft itself when the
record was never approved. The period and crossing point are filtered on that
version's own content, which is what the summary prints.

Since schema step 17 the versions in force are kept in `report_rows`, clustered by date, with
their report facts (domain/report_facts.py): a period is one range of small rows. Until the
record service has computed the facts of the versions stored before that step
(`report_facts_stale`), the reports read the versions themselves (`_from_versions`), as before.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from shekara.domain.report_facts import report_facts, report_facts_json
from shekara.vault.connection import Connection
from shekara.vault.migrations import REPORT_ROW_COPY
from shekara.vault.records import day_after, version_status

# The version in force, from the summary row alone: a correction in progress is a draft head
# n > 1 whose version n-1 is the approved one (a new version is only ever made on top of a
# version that is not a draft). Candidates are the records whose head falls in the period plus
# those with a correction in progress, whose version in force may carry another date; the exact
# test is made on the version in force itself.
#
# Two queries, not one WHERE … OR …: with the OR, SQLite walked every record version (every
# blob of the vault: ~4 s at 200,000 records, linear beyond) to find one year's. The period is
# bounded on occurred_at too (ISO text sorts by date first) so the date index answers it, and
# CROSS JOIN keeps the records the outer loop. Those queries return only the versions' rowids
# (from the key's index, without touching a blob); the versions are then read in rowid order,
# so each encrypted page is decrypted once for all the versions on it rather than once per
# version met in date order (~2x less time reading a year's versions).
_KEYS = """
SELECT v.rowid
FROM records r CROSS JOIN record_versions v ON v.id = r.id AND v.version =
    CASE WHEN r.status = 'draft' AND r.head_version > 1 THEN r.head_version - 1
         ELSE r.head_version END
"""
_IN_PERIOD = _KEYS + """
WHERE r.occurred_at >= ? AND r.occurred_at < ? AND r.occurred_on BETWEEN ? AND ? {checkpoint}
"""
_CORRECTIONS = _KEYS + """
WHERE r.status = 'draft' AND r.head_version > 1
"""
_VERSIONS = """
SELECT id, version, state, exported_seq, acknowledged_at, data FROM record_versions
WHERE rowid IN ({marks}) ORDER BY rowid
"""
_CHUNK = 500  # rowids per read: well under SQLite's limit of bound parameters


_REPORT_ROWS = """
SELECT id, version, state, facts FROM report_rows
WHERE occurred_on BETWEEN ? AND ? {checkpoint}
"""


def versions_in_force(conn: Connection, first: str, last: str,
                      checkpoint: str | None = None) -> Iterator[dict[str, Any]]:
    """Each record version in force whose `occurred_at` date is in [first, last] (YYYY-MM-DD)
    and, when given, whose place is `checkpoint`: what the period reports read of it (its
    report facts, or more) plus id, version and status (draft, withdrawn or, for any other
    state, approved: the reports tell only those apart)."""
    if report_facts_stale(conn):
        yield from _from_versions(conn, first, last, checkpoint)
        return
    args: list[Any] = [first, last]
    if checkpoint is not None:
        args.append(checkpoint)
    sql = _REPORT_ROWS.format(checkpoint="AND checkpoint = ?" if checkpoint is not None else "")
    for record_id, version, state, facts in conn.execute(sql, args):
        data: dict[str, Any] = (json.loads(facts) if facts is not None
                                else _facts_of_version(conn, record_id, version))
        data.update(id=record_id, version=version, status=state)
        yield data


def _facts_of_version(conn: Connection, record_id: str, version: int) -> dict[str, Any]:
    """A version stored without its facts (none should be): read from its data."""
    row = conn.execute("SELECT data FROM record_versions WHERE id = ? AND version = ?",
                       (record_id, version)).fetchone()
    return report_facts(json.loads(row[0]))


def report_facts_stale(conn: Connection) -> bool:
    row = conn.execute("SELECT value FROM meta WHERE key = 'report_facts_stale'").fetchone()
    return row is not None and row[0] == "1"


def _from_versions(conn: Connection, first: str, last: str,
                   checkpoint: str | None = None) -> Iterator[dict[str, Any]]:
    """`versions_in_force` read from the versions themselves (before their facts are filled)."""
    args: list[Any] = [first, day_after(last), first, last]
    if checkpoint is not None:
        args.append(checkpoint)
    in_period = _IN_PERIOD.format(
        checkpoint="AND r.checkpoint = ?" if checkpoint is not None else "")
    # a correction in progress whose head is in the period is found by both: a set
    rowids = sorted({row[0] for sql, params in ((in_period, args), (_CORRECTIONS, []))
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


# --- filling the facts of versions stored before schema step 17 --------------------------------
_FACTS_BATCH = 2000  # versions a transaction: the write-ahead log stays small at any size


def versions_without_facts(conn: Connection, after: int) -> list[tuple[int, dict[str, Any]]]:
    """(rowid, data) of the next versions past `after` that have no report facts yet."""
    rows = conn.execute("SELECT rowid, data FROM record_versions WHERE rowid > ? AND facts IS"
                        " NULL ORDER BY rowid LIMIT ?", (after, _FACTS_BATCH)).fetchall()
    return [(int(row[0]), json.loads(row[1])) for row in rows]


def last_version_rowid(conn: Connection) -> int:
    """Where `versions_without_facts` ends: its progress is the rowid reached out of this."""
    return int(conn.execute("SELECT max(rowid) FROM record_versions").fetchone()[0] or 0)


def last_record_rowid(conn: Connection) -> int:
    """Where `refill_report_rows` ends, likewise."""
    return int(conn.execute("SELECT max(rowid) FROM records").fetchone()[0] or 0)


def set_facts(conn: Connection, rows: list[tuple[int, dict[str, Any]]]) -> None:
    conn.executemany("UPDATE record_versions SET facts = ? WHERE rowid = ?",
                     [(report_facts_json(data), rowid) for rowid, data in rows])


_ROWS_BATCH = 20_000  # list rows a transaction when filling report_rows (~2 s at 1,000,000)


def empty_report_rows(conn: Connection) -> None:
    conn.execute("DELETE FROM report_rows")


def refill_report_rows(conn: Connection, after: int) -> int | None:
    """Copy the version in force of the next list rows past rowid `after` into report_rows;
    returns the last rowid copied, None when there were none left."""
    last = after + _ROWS_BATCH
    conn.execute(REPORT_ROW_COPY.format(tables="records r CROSS JOIN record_versions v ON",
                                        row="r") + " WHERE r.rowid > ? AND r.rowid <= ?",
                 (after, last))
    return last if after < last_record_rowid(conn) else None


def report_rows_filled(conn: Connection) -> None:
    """From here on the triggers keep report_rows and the reports read it."""
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('report_facts_stale', '0')")
