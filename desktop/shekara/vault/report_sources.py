"""What the period summary and the statistics count, read in two indexed queries.

For each record the summary takes the version in force: the latest version that is not a draft
(a correction in progress leaves the approved version counting), or the draft itself when the
record was never approved. The period and crossing point are filtered on that
version's own content, which is what the summary prints.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from shekara.vault.connection import Connection
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


def versions_in_force(conn: Connection, first: str, last: str,
                      checkpoint: str | None = None) -> Iterator[dict[str, Any]]:
    """Each record version in force whose `occurred_at` date is in [first, last] (YYYY-MM-DD)
    and, when given, whose place is `checkpoint`: its interchange form plus id, version and
    status."""
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
