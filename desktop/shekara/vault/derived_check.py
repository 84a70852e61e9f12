"""What the check of derived data reads (services/derived_check.py): each record's list row
beside its newest version, the rows the triggers and the search index keep for it, and the
entries that belong to no record.

Everything is read a batch of list rows at a time, by rowid, so a vault of a million records
is walked in constant memory. The search index is contentless (it cannot say what it holds),
so the expected entries of a batch are put into an index of the same definition in the
connection's temp schema (in memory: `temp_store = MEMORY`, never a plaintext file); the
stored entries are then compared with them through what FTS5 does keep: each entry's size per
column (`search_docsize`) and, for every (column, key) the batch should hold, which rows of
the batch's rowid range hold it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any

from shekara.domain import search_key
from shekara.vault import received_store
from shekara.vault.connection import Connection, DatabaseError
from shekara.vault.records import version_status

_BATCH = 2000  # list rows a batch: memory stays bounded at any vault size
SEARCH_COLUMNS = search_key.SEARCH_COLUMNS  # the index's columns, in its order
_MIRROR = "derived_check_search"
# The received fact versions the index holds: as vault/received_store.py says it
_RECEIVED_INDEXED = received_store.INDEXED


@dataclass(frozen=True)
class ListRow:
    """A record's list row as stored, with its newest stored version (None: it has none)."""

    rowid: int
    id: str
    head_version: int
    kind: str
    status: str
    occurred_at: str
    occurred_on: str
    checkpoint: str | None
    citizenships: str
    qualifies: bool
    title: str
    facts: str | None
    last_version: int | None
    last_status: str | None  # the status the newest version gives
    last_data: dict[str, Any] | None


@contextmanager
def read_snapshot(conn: Connection) -> Iterator[None]:
    """One read transaction around the whole walk: every batch sees the vault as it was when
    the check began, whatever a window open on it writes meanwhile (WAL keeps the snapshot)."""
    conn.execute("BEGIN")
    try:
        yield
    finally:
        with suppress(DatabaseError):  # an error may have ended the transaction already
            conn.execute("ROLLBACK")  # nothing was written but the temp mirror


def count_list_rows(conn: Connection) -> int:
    """The list rows themselves (not `record_counts`, which is among what is checked)."""
    return int(conn.execute("SELECT count(*) FROM records").fetchone()[0])


def list_row_batches(conn: Connection) -> Iterator[list[ListRow]]:
    """Every list row with its record's newest version, in rowid order, a batch at a time."""
    last = -1
    while True:
        rows = conn.execute(
            "SELECT r.rowid, r.id, r.head_version, r.kind, r.status, r.occurred_at,"
            " r.occurred_on, r.checkpoint, r.citizenships, r.qualifies, r.title, r.facts,"
            " v.version, v.state, v.exported_seq, v.acknowledged_at, v.data"
            " FROM records r LEFT JOIN record_versions v ON v.id = r.id AND v.version ="
            " (SELECT max(version) FROM record_versions m WHERE m.id = r.id)"
            " WHERE r.rowid > ? ORDER BY r.rowid LIMIT ?", (last, _BATCH)).fetchall()
        if not rows:
            return
        yield [ListRow(int(r[0]), str(r[1]), int(r[2]), str(r[3]), str(r[4]), str(r[5]),
                       str(r[6]), r[7], str(r[8]), bool(r[9]), str(r[10]), r[11],
                       None if r[12] is None else int(r[12]),
                       None if r[12] is None else version_status(str(r[13]), r[14], r[15]),
                       None if r[16] is None else json.loads(r[16])) for r in rows]
        last = int(rows[-1][0])


def citizenship_codes(conn: Connection, first: int, last: int) -> dict[int, set[str]]:
    """The side table's codes of the list rows with rowid in [first, last]."""
    found: dict[int, set[str]] = {}
    for code, rowid in conn.execute("SELECT code, record_rowid FROM record_citizenships"
                                    " WHERE record_rowid BETWEEN ? AND ?", (first, last)):
        found.setdefault(int(rowid), set()).add(str(code))
    return found


# The two full-text indexes (names, never taken from input): the records' and, at HQ, the one of
# the facts received from the other Party (the same definition, schema step 11).
INDEXES = ("search", "received_search")


def _index(name: str) -> str:
    if name not in INDEXES:
        raise ValueError(name)
    return name


def search_sizes(conn: Connection, first: int, last: int,
                 index: str = "search") -> dict[int, bytes]:
    """The index's entries with rowid in [first, last]: each one's size per column."""
    return {int(rowid): bytes(size) for rowid, size in conn.execute(
        f"SELECT id, sz FROM {_index(index)}_docsize WHERE id BETWEEN ? AND ?", (first, last))}


def rowids_holding(conn: Connection, column: str, key: str, first: int, last: int,
                   index: str = "search") -> set[int]:
    """The index's entries with rowid in [first, last] whose `column` holds the key `key` (one
    token, as the index's tokenizer made it)."""
    quoted = '"' + key.replace('"', '""') + '"'
    name = _index(index)
    return {int(row[0]) for row in conn.execute(
        f"SELECT rowid FROM {name} WHERE {name} MATCH ? AND rowid BETWEEN ? AND ?",
        (f"{column} : {quoted}", first, last))}


class SearchMirror:
    """An index of the records' search index's own definition, in memory, filled with what a
    batch's entries should be: what it holds is read back as the stored one's is."""

    def __init__(self, conn: Connection, index: str = "search") -> None:
        self.conn = conn
        name = _index(index)
        definition = str(conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND"
                                      " name = ?", (name,)).fetchone()[0])
        self.drop()
        mirror = re.sub(rf"^CREATE VIRTUAL TABLE (IF NOT EXISTS )?{name} ",
                        f"CREATE VIRTUAL TABLE temp.{_MIRROR} ", definition)
        assert mirror != definition, definition  # the schema's own text: one of two shapes
        conn.execute(mirror)
        conn.execute(f"CREATE VIRTUAL TABLE temp.{_MIRROR}_keys USING"
                     f" fts5vocab(temp, {_MIRROR}, 'instance')")

    def fill(self, entries: Sequence[tuple[int, Mapping[str, str]]]) -> None:
        self.conn.execute(f"INSERT INTO temp.{_MIRROR} ({_MIRROR}) VALUES ('delete-all')")
        self.conn.executemany(
            f"INSERT INTO temp.{_MIRROR} (rowid, names, documents, places, things, text)"
            " VALUES (?,?,?,?,?,?)",
            [(rowid, *(cols.get(c, "") for c in SEARCH_COLUMNS)) for rowid, cols in entries])

    def sizes(self) -> dict[int, bytes]:
        return {int(rowid): bytes(size) for rowid, size in
                self.conn.execute(f"SELECT id, sz FROM temp.{_MIRROR}_docsize")}

    def keys(self) -> dict[tuple[str, str], set[int]]:
        """(column, key) → the rowids whose entry holds it."""
        # grouped by SQLite: one row a key, not one a token (a fifth of the time)
        return {(str(col), str(term)): {int(doc) for doc in str(docs).split(",")}
                for col, term, docs in self.conn.execute(
                    f"SELECT col, term, group_concat(DISTINCT doc) FROM temp.{_MIRROR}_keys"
                    " GROUP BY col, term")}

    def drop(self) -> None:
        self.conn.execute(f"DROP TABLE IF EXISTS temp.{_MIRROR}_keys")
        self.conn.execute(f"DROP TABLE IF EXISTS temp.{_MIRROR}")


def stray_search_entries(conn: Connection) -> int:
    """Search entries whose rowid is no list row's."""
    return int(conn.execute("SELECT count(*) FROM search_docsize s WHERE NOT EXISTS"
                            " (SELECT 1 FROM records r WHERE r.rowid = s.id)").fetchone()[0])


def stray_received_entries(conn: Connection) -> int:
    """Entries of the received facts' index whose rowid is no fact version it should hold."""
    return int(conn.execute(
        "SELECT count(*) FROM received_search_docsize s WHERE NOT EXISTS (SELECT 1 FROM"
        f" received_facts WHERE received_facts.rowid = s.id AND {_RECEIVED_INDEXED})")
        .fetchone()[0])


def stray_citizenships(conn: Connection) -> int:
    """Rows of the citizenship side table whose list row is gone."""
    return int(conn.execute("SELECT count(*) FROM record_citizenships c WHERE NOT EXISTS"
                            " (SELECT 1 FROM records r WHERE r.rowid = c.record_rowid)")
               .fetchone()[0])


_UNLISTED = ("SELECT DISTINCT v.id FROM record_versions v WHERE NOT EXISTS"
             " (SELECT 1 FROM records r WHERE r.id = v.id)")


def count_unlisted_records(conn: Connection) -> int:
    """Records with stored versions but no list row."""
    return int(conn.execute(f"SELECT count(*) FROM ({_UNLISTED})").fetchone()[0])


def unlisted_records(conn: Connection, limit: int, after: str = "") -> list[str]:
    """The first `limit` ids past `after` of records with stored versions but no list row."""
    return [str(r[0]) for r in conn.execute(f"{_UNLISTED} AND v.id > ? ORDER BY v.id LIMIT ?",
                                            (after, limit))]


def stored_counts(conn: Connection) -> dict[tuple[str, str], int]:
    """The counts per (kind, status) the triggers keep (`record_counts`), zeros left out."""
    return {(str(kind), str(status)): int(n) for kind, status, n in
            conn.execute("SELECT kind, status, n FROM record_counts WHERE n != 0")}


# --- deriving the list rows again (the rebuild `list_rows_stale`) -------------------------------
def set_list_row(conn: Connection, rowid: int, head_version: int, status: str, kind: str,
                 occurred_at: str, checkpoint: str | None, citizenships: Sequence[str],
                 qualifies: bool, title: str, facts: str) -> None:
    """Write a list row's derived columns as its newest version gives them. Setting
    `citizenships` (even to the value it has) makes the trigger of schema step 14 write the
    row's side-table rows again; the triggers of step 15 move its count if kind or status
    change."""
    conn.execute("UPDATE records SET head_version = ?, status = ?, kind = ?, occurred_at = ?,"
                 " occurred_on = ?, checkpoint = ?, citizenships = ?, qualifies = ?, title = ?,"
                 " facts = ? WHERE rowid = ?",
                 (head_version, status, kind, occurred_at, occurred_at[:10], checkpoint,
                  " ".join(citizenships), 1 if qualifies else 0, title, facts, rowid))


def delete_list_row(conn: Connection, rowid: int) -> None:
    """A list row of no record (no version of its id is stored), and its search entry."""
    conn.execute("DELETE FROM search WHERE rowid = ?", (rowid,))
    conn.execute("DELETE FROM records WHERE rowid = ?", (rowid,))


def delete_stray_citizenships(conn: Connection) -> None:
    conn.execute("DELETE FROM record_citizenships WHERE NOT EXISTS"
                 " (SELECT 1 FROM records r WHERE r.rowid = record_citizenships.record_rowid)")


def recount_records(conn: Connection) -> None:
    """The counts per (kind, status) made again from the list rows, as schema step 15 did."""
    conn.execute("DELETE FROM record_counts")
    conn.execute("INSERT INTO record_counts (kind, status, n) SELECT kind, status, count(*)"
                 " FROM records GROUP BY kind, status")
