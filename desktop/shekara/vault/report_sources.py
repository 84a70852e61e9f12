"""What the period summary counts, read in one query.

For each record the summary takes the version in force: the latest version that is not a draft
(an approved correction in progress leaves the approved version counting), or the draft itself
when the record was never approved. The period and crossing point are filtered on that
version's own content, which is what the summary prints.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from shekara.vault.connection import Connection
from shekara.vault.records import version_status

_IN_FORCE = """
SELECT v.id, v.version, v.state, v.exported_seq, v.acknowledged_at, v.data
FROM record_versions v
JOIN (SELECT id, coalesce(max(CASE WHEN state != 'draft' THEN version END), max(version)) AS pick
      FROM record_versions GROUP BY id) p ON p.id = v.id AND p.pick = v.version
WHERE substr(json_extract(v.data, '$.occurred_at'), 1, 10) BETWEEN ? AND ?
"""


def versions_in_force(conn: Connection, first: str, last: str,
                      checkpoint: str | None = None) -> Iterator[dict[str, Any]]:
    """Each record version in force whose `occurred_at` date is in [first, last] (YYYY-MM-DD),
    as its interchange form plus id, version and status."""
    sql = _IN_FORCE
    args: list[Any] = [first, last]
    if checkpoint is not None:
        sql += " AND json_extract(v.data, '$.place.checkpoint') = ?"
        args.append(checkpoint)
    for row in conn.execute(sql + " ORDER BY v.id", args):
        data: dict[str, Any] = json.loads(row[5])
        data.update(id=str(row[0]), version=int(row[1]),
                    status=version_status(str(row[2]), row[3], row[4]))
        yield data
