"""Record storage: every version of every record, and one summary row per record for the list.

Versions are stored whole, in the normalised interchange form (JSON), keyed by (id, version).
Approved versions are frozen: nothing here updates an approved version's data. The summary row
(`records`) follows the head version and carries what the list, its filters and the search index
need, so the list never parses JSON.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from shekara.domain import search_key
from shekara.errors import NotFound
from shekara.vault.connection import Connection

_VERSION_COLUMNS = (
    "id, version, kind, state, data, content_hash, created_by, created_at, updated_at, "
    "approved_by, approved_at, reason, legal_hold, retain_until, review_on, pending_send, "
    "exported_seq, exported_at, acknowledged_at"
)


@dataclass(frozen=True)
class StoredVersion:
    """One record version, a `record_versions` row: the one dataclass for it, whether read back
    here, received from a post at HQ (`origin` set, lifecycle fields at their defaults) or
    counted by a report."""

    id: str
    version: int
    kind: str
    state: str
    data: dict[str, Any]
    content_hash: str
    created_by: str
    created_at: str
    updated_at: str = ""  # "" = created_at
    approved_by: str | None = None
    approved_at: str | None = None
    reason: str | None = None
    legal_hold: bool = False
    retain_until: str | None = None
    review_on: str | None = None
    pending_send: bool = False
    exported_seq: int | None = None
    exported_at: str | None = None
    acknowledged_at: str | None = None
    origin: str | None = None  # HQ: the post it came from

    @property
    def status(self) -> str:
        return version_status(self.state, self.exported_seq, self.acknowledged_at)

    def to_json(self, qualifies: bool | None = None) -> dict[str, Any]:
        """The interchange form plus id, version, status and the read-only lifecycle fields."""
        out: dict[str, Any] = {"id": self.id, "version": self.version, "status": self.status}
        out.update(self.data)
        out.update({
            "created_by": self.created_by, "created_at": self.created_at,
            "approved_by": self.approved_by, "approved_at": self.approved_at,
            "reason": self.reason, "retain_until": self.retain_until,
            "review_on": self.review_on, "content_hash": self.content_hash,
        })
        if qualifies is not None:
            out["qualifies"] = qualifies
        return out


def version_status(state: str, exported_seq: int | None, acknowledged_at: str | None) -> str:
    if state in ("draft", "withdrawn"):
        return state
    if acknowledged_at:
        return "acknowledged"
    if exported_seq is not None:
        return "exported"
    return "approved"


@dataclass(frozen=True)
class Summary:
    """What the list shows and filters on, derived from the head version by the service."""

    kind: str
    occurred_at: str
    checkpoint: str | None
    citizenships: Sequence[str]
    qualifies: bool
    title: str
    # what the period reports read of the head (domain/report_facts.py), as stored JSON
    report_facts: str
    search_columns: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ListedRecord:
    rowid: int
    id: str
    version: int
    kind: str
    status: str
    occurred_at: str
    checkpoint: str | None
    citizenships: tuple[str, ...]
    qualifies: bool
    title: str
    created_by: str
    updated_at: str
    # Found only by the one-letter-off search (docs/search.md): the list marks it.
    approximate: bool = False


@dataclass
class RecordFilter:
    kinds: Sequence[str] = ()
    statuses: Sequence[str] = ()
    occurred_from: str | None = None  # YYYY-MM-DD, inclusive
    occurred_to: str | None = None
    citizenship: str | None = None
    qualifies: bool | None = None
    checkpoint: str | None = None

    def sql(self) -> tuple[str, list[Any]]:
        where: list[str] = []
        args: list[Any] = []
        if self.kinds:
            where.append(f"r.kind IN ({','.join('?' * len(self.kinds))})")
            args += list(self.kinds)
        if self.statuses:
            where.append(f"r.status IN ({','.join('?' * len(self.statuses))})")
            args += list(self.statuses)
        # Bounds on occurred_at (ISO text sorts by date first) let SQLite use its index;
        # occurred_on alone made a quarter's range walk the whole list (~400 ms at 100k).
        if self.occurred_from:
            where.append("r.occurred_at >= ? AND r.occurred_on >= ?")
            args += [self.occurred_from, self.occurred_from]
        if self.occurred_to:
            where.append("r.occurred_at < ? AND r.occurred_on <= ?")
            args += [day_after(self.occurred_to), self.occurred_to]
        if self.citizenship:  # the side table the triggers of _step_scale_indexes keep
            # EXISTS, not IN: the list then walks the date index and stops at a page (0.3 ms
            # at 100,000 records); IN made it read and sort every holder of a common
            # citizenship first (40 ms). count_records counts the side table directly.
            where.append("EXISTS (SELECT 1 FROM record_citizenships c WHERE c.code = ? AND"
                         " c.record_rowid = r.rowid)")
            args.append(self.citizenship)
        if self.qualifies is not None:
            where.append("r.qualifies = ?")
            args.append(1 if self.qualifies else 0)
        if self.checkpoint:
            where.append("r.checkpoint = ?")
            args.append(self.checkpoint)
        return (" AND ".join(where) if where else "1"), args


def day_after(day: str) -> str:
    """The ISO day after `day`: the open upper bound of a period on occurred_at."""
    from datetime import date, timedelta

    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


def _row_to_version(row: Any) -> StoredVersion:
    return StoredVersion(
        id=str(row[0]), version=int(row[1]), kind=str(row[2]), state=str(row[3]),
        data=json.loads(row[4]), content_hash=str(row[5]), created_by=str(row[6]),
        created_at=str(row[7]), updated_at=str(row[8]), approved_by=row[9], approved_at=row[10],
        reason=row[11], legal_hold=bool(row[12]), retain_until=row[13], review_on=row[14],
        pending_send=bool(row[15]), exported_seq=row[16], exported_at=row[17],
        acknowledged_at=row[18])


# json.dumps(data, ensure_ascii=False, sort_keys=True, allow_nan=False), with the encoder made
# once: dumps with options builds a new one per call (issue 13: a record's stored JSON).
_STORED_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, allow_nan=False)


def _dump(data: Mapping[str, Any]) -> str:
    return _STORED_JSON.encode(data)


def _legal_hold(data: Mapping[str, Any]) -> int:
    handling = data.get("handling") or {}
    return 1 if handling.get("legal_hold") else 0


# --- writes -------------------------------------------------------------------------------------
def insert_version(conn: Connection, record_id: str, version: int, data: Mapping[str, Any],
                   content_hash: str, *, state: str, officer: str, at: str,
                   reason: str | None = None, approved_by: str | None = None,
                   approved_at: str | None = None, retain_until: str | None = None,
                   review_on: str | None = None, pending_send: bool = False) -> None:
    conn.execute(
        f"INSERT INTO record_versions ({_VERSION_COLUMNS}) VALUES"
        " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,NULL,NULL,NULL)",
        (record_id, version, data["kind"], state, _dump(data), content_hash, officer, at, at,
         approved_by, approved_at, reason, _legal_hold(data), retain_until, review_on,
         1 if pending_send else 0))


def update_draft(conn: Connection, record_id: str, version: int, data: Mapping[str, Any],
                 content_hash: str, at: str) -> None:
    cur = conn.execute(
        "UPDATE record_versions SET data = ?, content_hash = ?, updated_at = ?, legal_hold = ?"
        " WHERE id = ? AND version = ? AND state = 'draft'",
        (_dump(data), content_hash, at, _legal_hold(data), record_id, version))
    if cur.rowcount != 1:
        raise NotFound("record.no_draft", "record {id} has no draft version {version}",
                       id=record_id, version=version)


def approve_version(conn: Connection, record_id: str, version: int, *, officer: str, at: str,
                    retain_until: str, review_on: str) -> None:
    conn.execute(
        "UPDATE record_versions SET state = 'approved', approved_by = ?, approved_at = ?,"
        " retain_until = ?, review_on = ?, pending_send = 1 WHERE id = ? AND version = ?"
        " AND state = 'draft'", (officer, at, retain_until, review_on, record_id, version))


def withdraw_draft(conn: Connection, record_id: str, version: int, *, reason: str,
                   at: str) -> None:
    """A draft that never left the post is withdrawn in place: there is nothing to tell HQ."""
    conn.execute("UPDATE record_versions SET state = 'withdrawn', reason = ?, updated_at = ?"
                 " WHERE id = ? AND version = ? AND state = 'draft'",
                 (reason, at, record_id, version))


def set_retention(conn: Connection, record_id: str, version: int, retain_until: str,
                  review_on: str) -> None:
    conn.execute("UPDATE record_versions SET retain_until = ?, review_on = ? WHERE id = ? AND"
                 " version = ?", (retain_until, review_on, record_id, version))


@dataclass(frozen=True)
class NewDraft:
    """A record just made at this installation: its first version, a draft, and its list row."""

    id: str
    data: Mapping[str, Any]
    content_hash: str
    summary: Summary


def insert_new_drafts(conn: Connection, drafts: Sequence[NewDraft], *, officer: str,
                      at: str) -> None:
    """What `insert_version` + `upsert_summary(new=True)` write for each draft, with three
    prepared statements for the lot (issue 13: five statements a record were a fifth of an
    add)."""
    conn.executemany(
        f"INSERT INTO record_versions ({_VERSION_COLUMNS}) VALUES"
        " (?,?,?,'draft',?,?,?,?,?,NULL,NULL,NULL,?,NULL,NULL,0,NULL,NULL,NULL)",
        [(d.id, 1, d.data["kind"], _dump(d.data), d.content_hash, officer, at, at,
          _legal_hold(d.data)) for d in drafts])
    conn.executemany(
        "INSERT INTO records (id, head_version, kind, status, occurred_at, occurred_on,"
        " checkpoint, citizenships, qualifies, title, created_by, updated_at, facts)"
        " VALUES (?,1,?,'draft',?,?,?,?,?,?,?,?,?)",
        [(d.id, d.summary.kind, d.summary.occurred_at, d.summary.occurred_at[:10],
          d.summary.checkpoint, " ".join(d.summary.citizenships),
          1 if d.summary.qualifies else 0, d.summary.title, officer, at,
          d.summary.report_facts) for d in drafts])
    rowids: dict[str, int] = {}
    for chunk in _chunks([d.id for d in drafts]):
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"SELECT id, rowid FROM records WHERE id IN ({marks})",
                                list(chunk)):
            rowids[str(row[0])] = int(row[1])
    conn.executemany(
        "INSERT INTO search (rowid, names, documents, places, things, text) VALUES (?,?,?,?,?,?)",
        [(rowids[d.id], *(d.summary.search_columns.get(c, "") for c in _SEARCH_COLUMNS))
         for d in drafts])


def upsert_summary(conn: Connection, record_id: str, head_version: int, status: str,
                   summary: Summary, *, created_by: str, at: str, new: bool = False) -> int:
    """Point the record's summary row (and its search entry) at its head version.

    `new=True` for a record just created: it has no search entry to remove yet."""
    occurred_on = summary.occurred_at[:10]
    rowid = int(conn.execute(
        "INSERT INTO records (id, head_version, kind, status, occurred_at, occurred_on,"
        " checkpoint, citizenships, qualifies, title, created_by, updated_at, facts)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
        " head_version = excluded.head_version, kind = excluded.kind, status = excluded.status,"
        " occurred_at = excluded.occurred_at, occurred_on = excluded.occurred_on,"
        " checkpoint = excluded.checkpoint, citizenships = excluded.citizenships,"
        " qualifies = excluded.qualifies, title = excluded.title,"
        " updated_at = excluded.updated_at, facts = excluded.facts RETURNING rowid",
        (record_id, head_version, summary.kind, status, summary.occurred_at, occurred_on,
         summary.checkpoint, " ".join(summary.citizenships), 1 if summary.qualifies else 0,
         summary.title, created_by, at, summary.report_facts)).fetchone()[0])
    if new:
        _insert_search_entry(conn, rowid, summary.search_columns)
    else:
        replace_search_entry(conn, rowid, summary.search_columns)
    return rowid


def replace_search_entry(conn: Connection, rowid: int, cols: Mapping[str, str]) -> None:
    """A list row's search entry written again (its old one removed first)."""
    conn.execute("DELETE FROM search WHERE rowid = ?", (rowid,))
    _insert_search_entry(conn, rowid, cols)


def _insert_search_entry(conn: Connection, rowid: int, cols: Mapping[str, str]) -> None:
    conn.execute("INSERT INTO search (rowid, names, documents, places, things, text)"
                 " VALUES (?,?,?,?,?,?)", (rowid, *(cols.get(c, "") for c in _SEARCH_COLUMNS)))


def empty_search_index(conn: Connection) -> None:
    """Drop every entry of the records' search index at once (FTS5 'delete-all'): a rebuild
    then only inserts, instead of deleting each entry first — a delete in a contentless
    index writes a tombstone the later merges must fold in."""
    conn.execute("INSERT INTO search (search) VALUES ('delete-all')")


def insert_search_entries(conn: Connection, entries: Sequence[tuple[int, Mapping[str, str]]],
                          ) -> None:
    """(list row's rowid, search columns) of records that have no entry (after
    `empty_search_index`), one prepared statement for the lot."""
    conn.executemany(
        "INSERT INTO search (rowid, names, documents, places, things, text) VALUES (?,?,?,?,?,?)",
        [(rowid, *(cols.get(c, "") for c in _SEARCH_COLUMNS)) for rowid, cols in entries])


_HEADS_BATCH = 2000  # records read at a time: memory stays bounded at any vault size


def _head_batches(conn: Connection, columns: str) -> Iterator[list[tuple[Any, ...]]]:
    """(summary rowid, head version's data, *columns) of every record, in rowid order, a batch
    at a time: the caller writes to the tables between batches (an open cursor over them
    would see its own writes), and the whole vault is never held in memory (fetching every
    row at once took 3 GB at 1,000,000 records)."""
    last = -1
    while True:
        rows = conn.execute(
            f"SELECT r.rowid, v.data{columns} FROM records r CROSS JOIN record_versions v"
            " ON v.id = r.id AND v.version = r.head_version WHERE r.rowid > ?"
            " ORDER BY r.rowid LIMIT ?", (last, _HEADS_BATCH)).fetchall()
        if not rows:
            return
        yield rows
        last = int(rows[-1][0])


def head_data_batches(conn: Connection) -> Iterator[list[tuple[int, dict[str, Any]]]]:
    """(summary rowid, head version's data) of every record, a batch at a time, for
    rebuilding the index (the caller reports its progress after each batch)."""
    for rows in _head_batches(conn, ""):
        yield [(int(rowid), json.loads(data)) for rowid, data in rows]


def head_qualification_batches(
        conn: Connection) -> Iterator[list[tuple[int, dict[str, Any], bool]]]:
    """(summary rowid, head version's data, stored relevance flag) of every record, a batch at
    a time."""
    for rows in _head_batches(conn, ", r.qualifies"):
        yield [(int(rowid), json.loads(data), bool(flag)) for rowid, data, flag in rows]


def head_qualification(conn: Connection) -> Iterator[tuple[int, dict[str, Any], bool]]:
    """(summary rowid, head version's data, stored relevance flag) of every record."""
    for batch in head_qualification_batches(conn):
        yield from batch


def set_qualifies(conn: Connection, rowid: int, qualifies: bool) -> None:
    """Store a record's re-derived Agreement relevance (after the rule itself changed)."""
    conn.execute("UPDATE records SET qualifies = ? WHERE rowid = ?", (1 if qualifies else 0, rowid))


def refresh_status(conn: Connection, record_id: str, at: str | None = None) -> str:
    """Recompute the summary's status from the head version (after export, ack, approval…);
    when it changes and `at` is given, that is the record's last change in the list."""
    row = conn.execute(
        "SELECT v.state, v.exported_seq, v.acknowledged_at FROM records r JOIN record_versions v"
        " ON v.id = r.id AND v.version = r.head_version WHERE r.id = ?", (record_id,)).fetchone()
    if row is None:
        raise NotFound("record.not_found", "no record {id}", id=record_id)
    status = version_status(str(row[0]), row[1], row[2])
    conn.execute("UPDATE records SET updated_at = CASE WHEN status != ? AND ? IS NOT NULL THEN ?"
                 " ELSE updated_at END, status = ? WHERE id = ?",
                 (status, at, at, status, record_id))
    return status


# --- reads --------------------------------------------------------------------------------------
def head_version(conn: Connection, record_id: str) -> int:
    row = conn.execute("SELECT head_version FROM records WHERE id = ?", (record_id,)).fetchone()
    if row is None:
        raise NotFound("record.not_found", "no record {id}", id=record_id)
    return int(row[0])


def get_version(conn: Connection, record_id: str, version: int | None = None) -> StoredVersion:
    if version is None:
        version = head_version(conn, record_id)
    row = conn.execute(f"SELECT {_VERSION_COLUMNS} FROM record_versions WHERE id = ? AND"
                       " version = ?", (record_id, version)).fetchone()
    if row is None:
        raise NotFound("record.no_version", "record {id} has no version {version}",
                       id=record_id, version=version)
    return _row_to_version(row)


def all_versions(conn: Connection, record_id: str) -> list[StoredVersion]:
    rows = conn.execute(f"SELECT {_VERSION_COLUMNS} FROM record_versions WHERE id = ?"
                        " ORDER BY version", (record_id,)).fetchall()
    if not rows:
        raise NotFound("record.not_found", "no record {id}", id=record_id)
    return [_row_to_version(r) for r in rows]


def qualifies(conn: Connection, record_id: str) -> bool:
    row = conn.execute("SELECT qualifies FROM records WHERE id = ?", (record_id,)).fetchone()
    return bool(row[0]) if row else False


_LIST_COLUMNS = ("r.rowid, r.id, r.head_version, r.kind, r.status, r.occurred_at, r.checkpoint,"
                 " r.citizenships, r.qualifies, r.title, r.created_by, r.updated_at")


def _listed(row: Any) -> ListedRecord:
    return ListedRecord(int(row[0]), str(row[1]), int(row[2]), str(row[3]), str(row[4]),
                        str(row[5]), row[6], tuple(str(row[7]).split()), bool(row[8]),
                        str(row[9]), str(row[10]), str(row[11]))


def listed_record(conn: Connection, record_id: str) -> ListedRecord | None:
    row = conn.execute(f"SELECT {_LIST_COLUMNS} FROM records r WHERE r.id = ?",
                       (record_id,)).fetchone()
    return _listed(row) if row else None


def list_records(conn: Connection, flt: RecordFilter | None = None, *, limit: int = 100,
                 offset: int = 0) -> list[ListedRecord]:
    """Newest first by when it happened."""
    where, args = (flt or RecordFilter()).sql()
    rows = conn.execute(f"SELECT {_LIST_COLUMNS} FROM records r WHERE {where}"
                        " ORDER BY r.occurred_at DESC, r.rowid DESC LIMIT ? OFFSET ?",
                        [*args, limit, offset]).fetchall()
    return [_listed(r) for r in rows]


def count_records(conn: Connection, flt: RecordFilter | None = None) -> int:
    if flt is not None and flt.citizenship and flt == RecordFilter(citizenship=flt.citizenship):
        # One row per (citizenship, record): the count is the side table's, from its index.
        return int(conn.execute("SELECT count(*) FROM record_citizenships WHERE code = ?",
                                (flt.citizenship,)).fetchone()[0])
    flt = flt or RecordFilter()
    if flt == RecordFilter(kinds=flt.kinds, statuses=flt.statuses):
        # No filter, or only kinds and statuses: the counts the triggers of
        # _step_record_counts keep (a few rows instead of an index of every record).
        where, args = RecordFilter(kinds=flt.kinds, statuses=flt.statuses).sql()
        return int(conn.execute(f"SELECT coalesce(sum(n), 0) FROM record_counts r WHERE"
                                f" {where}", args).fetchone()[0])
    where, args = flt.sql()
    return int(conn.execute(f"SELECT count(*) FROM records r WHERE {where}", args).fetchone()[0])


# Column weights for bm25: a hit in a name counts most, then document numbers (docs/search.md).
SEARCH_WEIGHTS = tuple(search_key.BM25_WEIGHTS[c] for c in search_key.SEARCH_COLUMNS)


# Up to this many matches are ranked by bm25 (about 10 µs a match); beyond it, a query is so
# common ("Li", "Ivanov") that ranking every hit would cost more than the 20 ms budget, and the
# answer is the newest records whose NAMES match first, then the newest matching anywhere.
RANKED_MATCHES = 400


def search_records(conn: Connection, match: str, flt: RecordFilter | None = None, *,
                   limit: int = 100) -> list[ListedRecord]:
    """Records whose search entry matches the FTS5 expression `match`, best first."""
    where, args = (flt or RecordFilter()).sql()
    base = (f"SELECT {_LIST_COLUMNS} FROM search JOIN records r ON r.rowid = search.rowid"
            f" WHERE search MATCH ? AND {where}")
    probe = conn.execute(f"SELECT search.rowid FROM search JOIN records r ON r.rowid ="
                         f" search.rowid WHERE search MATCH ? AND {where} LIMIT ?",
                         [match, *args, RANKED_MATCHES + 1]).fetchall()
    if len(probe) <= RANKED_MATCHES:
        weights = ", ".join(str(w) for w in SEARCH_WEIGHTS)
        rows = conn.execute(f"{base} ORDER BY bm25(search, {weights}), r.occurred_at DESC"
                            " LIMIT ?", [match, *args, limit]).fetchall()
        return [_listed(r) for r in rows]
    found: dict[str, ListedRecord] = {}
    for expression in (f"names : ({match})", match):
        rows = conn.execute(f"{base} ORDER BY search.rowid DESC LIMIT ?",
                            [expression, *args, limit]).fetchall()
        for row in rows:
            item = _listed(row)
            found.setdefault(item.id, item)
        if len(found) >= limit:
            break
    return list(found.values())[:limit]


# The index's vocabulary, for the one-letter-off search. fts5vocab stores nothing: it reads the
# encrypted index. It lives in the connection's temp schema, so no schema step is needed.
_VOCABULARY = ("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms"
               " USING fts5vocab(main, search, 'col')")


def has_term_with_prefix(conn: Connection, prefixes: Sequence[str]) -> bool:
    """Whether any column's keys start with one of `prefixes` (as a query token matches)."""
    conn.execute(_VOCABULARY)
    for prefix in prefixes:
        if conn.execute("SELECT 1 FROM temp.search_terms WHERE term >= ? AND term < ? LIMIT 1",
                        (prefix, prefix + "\x7f")).fetchone():
            return True
    return False


def name_terms(conn: Connection, exact: Sequence[str], prefix: str) -> dict[str, int]:
    """Keys of the names column that are one of `exact` or start with `prefix`, each with the
    number of records holding it. Two reads: SQLite would scan the whole vocabulary for an OR."""
    conn.execute(_VOCABULARY)
    found: dict[str, int] = {}
    if exact:
        marks = ",".join("?" * len(exact))
        found.update(conn.execute(f"SELECT term, doc FROM temp.search_terms WHERE col = 'names'"
                                  f" AND term IN ({marks})", list(exact)).fetchall())
    if prefix:
        found.update(conn.execute("SELECT term, doc FROM temp.search_terms WHERE col = 'names'"
                                  " AND term >= ? AND term < ?",
                                  (prefix, prefix + "\x7f")).fetchall())
    return {str(term): int(docs) for term, docs in found.items()}


# --- sending ------------------------------------------------------------------------------------
def pending_versions(conn: Connection) -> list[StoredVersion]:
    rows = conn.execute(f"SELECT {_VERSION_COLUMNS} FROM record_versions WHERE pending_send = 1"
                        " ORDER BY id, version").fetchall()
    return [_row_to_version(r) for r in rows]


def mark_exported(conn: Connection, keys: Iterable[tuple[str, int]], seq: int, at: str) -> None:
    conn.executemany("UPDATE record_versions SET pending_send = 0, exported_seq = ?,"
                     " exported_at = ? WHERE id = ? AND version = ?",
                     [(seq, at, rid, ver) for rid, ver in keys])


def mark_acknowledged(conn: Connection, keys: Iterable[tuple[str, int]], at: str) -> list[str]:
    """Mark versions HQ acknowledged; returns the ids whose state changed."""
    changed: list[str] = []
    for rid, ver in keys:
        cur = conn.execute("UPDATE record_versions SET acknowledged_at = ? WHERE id = ? AND"
                           " version = ? AND acknowledged_at IS NULL AND exported_seq IS NOT NULL",
                           (at, rid, ver))
        if cur.rowcount:
            changed.append(rid)
    return changed


# --- retention ----------------------------------------------------------------------------------
def purge_candidates(conn: Connection, as_of: str) -> list[tuple[str, int]]:
    """Records past retention, not on legal hold, and acknowledged by HQ or withdrawn."""
    rows = conn.execute(
        "SELECT r.id, r.head_version FROM records r JOIN record_versions v ON v.id = r.id AND"
        " v.version = r.head_version WHERE v.legal_hold = 0 AND v.retain_until IS NOT NULL AND"
        " v.retain_until < ? AND r.status IN ('acknowledged', 'withdrawn') ORDER BY r.id",
        (as_of,)).fetchall()
    return [(str(r[0]), int(r[1])) for r in rows]


@dataclass(frozen=True)
class RetentionDue:
    """A record whose head version's next review has come or whose time has passed."""

    id: str
    title: str
    kind: str
    occurred_at: str
    status: str
    legal_hold: bool
    retain_until: str
    review_on: str | None


def retention_due(conn: Connection, as_of: str) -> list[RetentionDue]:
    """Records whose `review_on` is `as_of` or before, or whose `retain_until` is before it
    (the purge's own comparison), judged on the head version as `purge_candidates` does;
    the longest past their time first. A walk of the heads, as the purge's: no index."""
    rows = conn.execute(
        "SELECT r.id, r.title, r.kind, r.occurred_at, r.status, v.legal_hold, v.retain_until,"
        " v.review_on FROM records r JOIN record_versions v ON v.id = r.id AND"
        " v.version = r.head_version WHERE v.retain_until IS NOT NULL AND (v.retain_until < ?"
        " OR (v.review_on IS NOT NULL AND v.review_on <= ?))"
        " ORDER BY v.retain_until, v.review_on, r.id", (as_of, as_of)).fetchall()
    return [RetentionDue(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), bool(r[5]),
                         str(r[6]), r[7]) for r in rows]


def purge_record(conn: Connection, record_id: str, head: int, purged_on: str) -> None:
    """Remove every version, the summary and the search entry; leave a tombstone."""
    row = conn.execute("SELECT rowid FROM records WHERE id = ?", (record_id,)).fetchone()
    if row is not None:
        conn.execute("DELETE FROM search WHERE rowid = ?", (int(row[0]),))
    conn.execute("DELETE FROM records WHERE id = ?", (record_id,))
    conn.execute("DELETE FROM record_versions WHERE id = ?", (record_id,))
    conn.execute("INSERT OR REPLACE INTO tombstones (id, version, purged_on, pending_send)"
                 " VALUES (?, ?, ?, 1)", (record_id, head, purged_on))


def unreferenced_attachments(conn: Connection) -> list[str]:
    """Attachment blobs no remaining version names (after a purge)."""
    wanted: set[str] = set()
    for (data,) in conn.execute("SELECT data FROM record_versions"):
        for att in json.loads(data).get("attachments", []):
            wanted.add(str(att.get("sha256")))
    have = [str(r[0]) for r in conn.execute("SELECT sha256 FROM attachments")]
    return [h for h in have if h not in wanted]


def delete_attachments(conn: Connection, hashes: Iterable[str]) -> None:
    conn.executemany("DELETE FROM attachments WHERE sha256 = ?", [(h,) for h in hashes])


def tombstones(conn: Connection, *, pending_only: bool = False) -> list[dict[str, Any]]:
    sql = "SELECT id, version, purged_on FROM tombstones"
    if pending_only:
        sql += " WHERE pending_send = 1"
    return [{"id": r[0], "version": int(r[1]), "purged_on": r[2]}
            for r in conn.execute(sql + " ORDER BY id")]


# --- what packets carry (posts) and receive (HQ) ------------------------------------------------
def unmark_versions_exported(conn: Connection, seq: int) -> list[str]:
    """Versions packet `seq` carried wait to be sent again; returns their records' ids."""
    ids = [str(r[0]) for r in conn.execute(
        "SELECT DISTINCT id FROM record_versions WHERE exported_seq = ?", (seq,))]
    conn.execute("UPDATE record_versions SET pending_send = 1, exported_seq = NULL,"
                 " exported_at = NULL WHERE exported_seq = ?", (seq,))
    return ids


def pending_version_count(conn: Connection) -> int:
    """Record versions waiting to be sent."""
    row = conn.execute("SELECT count(*) FROM record_versions WHERE pending_send = 1").fetchone()
    return int(row[0])


def versions_exported_through(conn: Connection, seq: int) -> list[tuple[str, int]]:
    rows = conn.execute("SELECT id, version FROM record_versions WHERE exported_seq <= ? AND"
                        " acknowledged_at IS NULL ORDER BY id, version", (seq,))
    return [(str(r[0]), int(r[1])) for r in rows]


def mark_sent_before_restore(conn: Connection, keys: Sequence[tuple[str, int]], seq: int,
                             at: str) -> None:
    """Versions HQ says it holds that a restored vault still has waiting: they went out in a
    packet up to `seq` that the backup predates, so they are sent (not pending) now."""
    conn.executemany("UPDATE record_versions SET pending_send = 0, exported_seq = ?,"
                     " exported_at = ? WHERE id = ? AND version = ? AND exported_seq IS NULL",
                     [(seq, at, rid, ver) for rid, ver in keys])


def record_exists(conn: Connection, record_id: str) -> bool:
    return conn.execute("SELECT 1 FROM records WHERE id = ?", (record_id,)).fetchone() is not None


def version_origin(conn: Connection, record_id: str,
                   version: int) -> tuple[str, str | None] | None:
    """(content_hash, origin) of a stored version, or None."""
    row = conn.execute("SELECT content_hash, origin FROM record_versions WHERE id = ? AND"
                       " version = ?", (record_id, version)).fetchone()
    return (str(row[0]), row[1]) if row else None


def record_origin(conn: Connection, record_id: str) -> tuple[bool, str | None, int]:
    """(exists, origin, head_version) of a record."""
    row = conn.execute("SELECT origin, head_version FROM records WHERE id = ?",
                       (record_id,)).fetchone()
    return (True, row[0], int(row[1])) if row else (False, None, 0)


def set_origin(conn: Connection, record_id: str, version: int, origin: str,
               *, head: bool) -> None:
    conn.execute("UPDATE record_versions SET origin = ? WHERE id = ? AND version = ?",
                 (origin, record_id, version))
    if head:
        conn.execute("UPDATE records SET origin = ? WHERE id = ?", (origin, record_id))


def versions_from(conn: Connection, post: str) -> list[tuple[str, int]]:
    rows = conn.execute("SELECT id, version FROM record_versions WHERE origin = ?"
                        " ORDER BY id, version", (post,))
    return [(str(r[0]), int(r[1])) for r in rows]


def record_ids_from(conn: Connection, post: str) -> list[str]:
    return [str(r[0]) for r in conn.execute("SELECT id FROM records WHERE origin = ?", (post,))]


def count_records_from(conn: Connection, post: str) -> int:
    """How many records came from `post` (the posts overview; index records_by_origin)."""
    return int(conn.execute("SELECT count(*) FROM records WHERE origin = ?",
                            (post,)).fetchone()[0])


_CHUNK = 500  # ids per IN (…) list: well under SQLite's limit on bound parameters


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]


def known_records(conn: Connection, ids: Sequence[str]) -> dict[str, tuple[str | None, int]]:
    """For the ids that exist: (origin, head_version)."""
    found: dict[str, tuple[str | None, int]] = {}
    for chunk in _chunks(list(dict.fromkeys(ids))):
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"SELECT id, origin, head_version FROM records WHERE id IN"
                                f" ({marks})", list(chunk)):
            found[str(row[0])] = (row[1], int(row[2]))
    return found


def known_versions(conn: Connection,
                   ids: Sequence[str]) -> dict[tuple[str, int], tuple[str, str | None]]:
    """Every stored version of these records: (content_hash, origin)."""
    found: dict[tuple[str, int], tuple[str, str | None]] = {}
    for chunk in _chunks(list(dict.fromkeys(ids))):
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"SELECT id, version, content_hash, origin FROM record_versions"
                                f" WHERE id IN ({marks})", list(chunk)):
            found[(str(row[0]), int(row[1]))] = (str(row[2]), row[3])
    return found


def insert_incoming_versions(conn: Connection, rows: Sequence[StoredVersion], *,
                             origin: str) -> None:
    """Bulk insert at HQ of versions received from the post `origin` (one statement prepared
    once: HQ imports thousands at a time). A version's updated_at is its created_at."""
    conn.executemany(
        "INSERT INTO record_versions (id, version, kind, state, data, content_hash, created_by,"
        " created_at, updated_at, approved_by, approved_at, reason, legal_hold, retain_until,"
        " review_on, pending_send, exported_seq, exported_at, acknowledged_at, origin)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,NULL,NULL,NULL,?)",
        [(r.id, r.version, r.kind, r.state,
          _dump(r.data), r.content_hash, r.created_by, r.created_at,
          r.updated_at or r.created_at, r.approved_by, r.approved_at, r.reason,
          _legal_hold(r.data), r.retain_until, r.review_on, origin) for r in rows])


@dataclass(frozen=True)
class IncomingHeadRow:
    """The list row of a record whose head version came from a post (as `upsert_summary`
    writes it, plus origin), and its search entry."""

    id: str
    head_version: int
    status: str
    kind: str
    occurred_at: str
    checkpoint: str | None
    citizenships: Sequence[str]
    qualifies: bool
    title: str
    created_by: str
    updated_at: str
    origin: str
    search_columns: Mapping[str, str]
    replaces: bool  # the record had a list row (and a search entry) before
    report_facts: str  # of the head, as `Summary.report_facts`


_SEARCH_COLUMNS = search_key.SEARCH_COLUMNS  # the index's columns, in its order


def upsert_incoming_heads(conn: Connection, rows: Sequence[IncomingHeadRow]) -> None:
    conn.executemany(
        "INSERT INTO records (id, head_version, kind, status, occurred_at, occurred_on,"
        " checkpoint, citizenships, qualifies, title, created_by, updated_at, origin, facts)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
        " head_version = excluded.head_version, kind = excluded.kind, status = excluded.status,"
        " occurred_at = excluded.occurred_at, occurred_on = excluded.occurred_on,"
        " checkpoint = excluded.checkpoint, citizenships = excluded.citizenships,"
        " qualifies = excluded.qualifies, title = excluded.title,"
        " updated_at = excluded.updated_at, origin = excluded.origin, facts = excluded.facts",
        [(r.id, r.head_version, r.kind, r.status, r.occurred_at, r.occurred_at[:10],
          r.checkpoint, " ".join(r.citizenships), 1 if r.qualifies else 0, r.title,
          r.created_by, r.updated_at, r.origin, r.report_facts) for r in rows])
    rowids: dict[str, int] = {}
    for chunk in _chunks([r.id for r in rows]):
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"SELECT id, rowid FROM records WHERE id IN ({marks})",
                                list(chunk)):
            rowids[str(row[0])] = int(row[1])
    conn.executemany("DELETE FROM search WHERE rowid = ?",
                     [(rowids[r.id],) for r in rows if r.replaces])
    conn.executemany(
        "INSERT INTO search (rowid, names, documents, places, things, text) VALUES (?,?,?,?,?,?)",
        [(rowids[r.id], *(r.search_columns.get(c, "") for c in _SEARCH_COLUMNS))
         for r in rows])
