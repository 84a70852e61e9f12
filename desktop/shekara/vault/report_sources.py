"""What the period summary counts, read in one query.

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
from shekara.vault.records import version_status

# The version in force, from the summary row alone: a correction in progress is a draft head
# n > 1 whose version n-1 is the approved one (a new version is only ever made on top of a
# version that is not a draft). Candidates are the records whose head falls in the period (an
# indexed range) plus those with a correction in progress, whose version in force may carry
# another date; the exact test is made on the version in force itself.
_IN_FORCE = """
SELECT v.id, v.version, v.state, v.exported_seq, v.acknowledged_at, v.data
FROM records r JOIN record_versions v ON v.id = r.id AND v.version =
    CASE WHEN r.status = 'draft' AND r.head_version > 1 THEN r.head_version - 1
         ELSE r.head_version END
WHERE (r.occurred_on BETWEEN ? AND ? {checkpoint}) OR (r.status = 'draft' AND r.head_version > 1)
ORDER BY v.id
"""


def versions_in_force(conn: Connection, first: str, last: str,
                      checkpoint: str | None = None) -> Iterator[dict[str, Any]]:
    """Each record version in force whose `occurred_at` date is in [first, last] (YYYY-MM-DD)
    and, when given, whose place is `checkpoint`: its interchange form plus id, version and
    status."""
    args: list[Any] = [first, last]
    if checkpoint is not None:
        args.append(checkpoint)
    sql = _IN_FORCE.format(checkpoint="AND r.checkpoint = ?" if checkpoint is not None else "")
    for row in conn.execute(sql, args):
        data: dict[str, Any] = json.loads(row[5])
        if not first <= str(data.get("occurred_at") or "")[:10] <= last:
            continue
        if checkpoint is not None and (data.get("place") or {}).get("checkpoint") != checkpoint:
            continue
        data.update(id=str(row[0]), version=int(row[1]),
                    status=version_status(str(row[2]), row[3], row[4]))
        yield data
