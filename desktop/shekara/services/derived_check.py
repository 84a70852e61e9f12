"""The check of derived data (`shekara check --derived`): everything the vault keeps beside the
record versions is recomputed from each record's newest version and compared with what is
stored.

The versions are the truth; the rest is derived and kept for speed: the list row (status,
date, crossing point, title, citizenships — what the list and its filters read), its
Agreement relevance flag, its report facts (domain/report_facts.py), the side table of
citizenships and the counts per kind and status (both kept by triggers), and the search
index. `shekara check` reads pages and b-trees; it cannot see an index entry that is
missing or a list row that says "approved" of a withdrawn record. This walk does, batch by
batch in constant memory, with `(done, total)` after every batch. The audit chain is
verified as `shekara audit verify` does (`audit.verify`, the same walk).

The result names, per derived table, how many records disagree and a few of their ids (never
names or content), and the repair: the line of `services/rebuilds.REBUILDS` that derives the
table again. `flag_repairs` sets those flags; the rebuilds then run as after a schema step
(with progress, and an interrupted one runs again at the next unlock, its flag still set).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from shekara.domain.reference import ReferenceData
from shekara.messages import Message
from shekara.services.progress import Progress
from shekara.services.records import RecordService
from shekara.vault import audit, derived_check, received_store, report_sources
from shekara.vault import records as repo
from shekara.vault.audit import ChainVerdict
from shekara.vault.connection import Connection
from shekara.vault.derived_check import ListRow, SearchMirror
from shekara.vault.records import Summary
from shekara.vault.vault import Vault

SAMPLE = 10  # record ids named per table, at most: enough to look one up, never a dump


@dataclass(frozen=True)
class DerivedTable:
    """One kind of derived data: its key in the result, what it is in words, and the flag of
    the rebuild that derives it again (services/rebuilds.REBUILDS)."""

    key: str
    title: Message
    repair: str


TABLES: tuple[DerivedTable, ...] = (
    DerivedTable("list_rows", Message("derived.list_rows", "the record list (status, version,"
                                      " date, crossing point, title, citizenships)"),
                 "list_rows_stale"),
    DerivedTable("qualification", Message("derived.qualification", "which records qualify"
                                          " under the Agreement"), "qualification_stale"),
    DerivedTable("report_facts", Message("derived.report_facts", "the extracts the period"
                                         " reports count"), "list_rows_stale"),
    DerivedTable("citizenships", Message("derived.citizenships", "the citizenship filter's"
                                         " table"), "list_rows_stale"),
    DerivedTable("record_counts", Message("derived.record_counts", "the record counts per kind"
                                          " and status"), "list_rows_stale"),
    DerivedTable("search_index", Message("derived.search_index", "the search index"),
                 "search_index_stale"),
    # HQ: the facts received from the other Party have their own index (none at a post); the
    # search index's rebuild makes it again first
    DerivedTable("received_search_index", Message(
        "derived.received_search_index", "the search index of the information received from"
        " the other Party"), "search_index_stale"),
)
TITLE = Message("derived.title", "Checking the derived data against the records")


@dataclass(frozen=True)
class TableVerdict:
    table: DerivedTable
    disagree: int  # records whose derived data differs (for the counts: records miscounted)
    sample: tuple[str, ...]  # the first ids of them, at most SAMPLE
    stray: int = 0  # entries that belong to no record (search entries, citizenship rows)

    @property
    def ok(self) -> bool:
        return self.disagree == 0 and self.stray == 0

    def to_json(self) -> dict[str, object]:
        return {"disagree": self.disagree, "sample": list(self.sample), "stray": self.stray,
                "repair": None if self.ok else self.table.repair}


@dataclass(frozen=True)
class DerivedReport:
    records: int  # list rows walked
    tables: tuple[TableVerdict, ...]  # in the order of TABLES
    audit: ChainVerdict

    @property
    def ok(self) -> bool:
        return self.audit.ok and all(t.ok for t in self.tables)

    @property
    def repairs(self) -> list[str]:
        """The rebuild flags that would set the disagreeing tables right, in table order."""
        return list(dict.fromkeys(t.table.repair for t in self.tables if not t.ok))

    def to_json(self) -> dict[str, object]:
        return {"ok": self.ok, "records": self.records,
                "tables": {t.table.key: t.to_json() for t in self.tables},
                "audit": {"ok": self.audit.ok, "entries": self.audit.entries,
                          "broken_at": self.audit.broken_at,
                          "reason": str(self.audit.reason or "")}}


class _Tally:
    """Disagreeing records of one table: a count and the first few ids."""

    def __init__(self) -> None:
        self.count = 0
        self.sample: list[str] = []

    def add(self, record_id: str) -> None:
        self.count += 1
        if len(self.sample) < SAMPLE:
            self.sample.append(record_id)


# Set with the rebuild flags a repair raises, cleared when the last of them is done
# (services/rebuilds.py): the rebuild dialog then says a check found damage, not "a new version".
REPAIR_CAUSE = "rebuilds_for_repair"


class DerivedCheckService:
    def __init__(self, vault: Vault, ref: ReferenceData) -> None:
        self.vault = vault
        self.records = RecordService(vault, ref)

    def run(self, progress: Progress | None = None) -> DerivedReport:
        """Walk every record; `progress(0, total)` first, then `(done, total)` after every
        batch. Reads only (one snapshot: a window writing meanwhile is not seen)."""
        conn = self.vault.conn
        tallies = {table.key: _Tally() for table in TABLES}
        counted: Counter[tuple[str, str]] = Counter()
        facts_pending = report_sources.report_facts_stale(conn)
        with derived_check.read_snapshot(conn):
            total = derived_check.count_list_rows(conn)
            if progress is not None:
                progress(0, total)
            mirror = SearchMirror(conn)
            done = 0
            for batch in derived_check.list_row_batches(conn):
                expected = {row.rowid: self.records._summary(row.last_data)  # the list's own
                            for row in batch if row.last_data is not None}
                for row in batch:
                    counted[(row.kind, row.status)] += 1
                    self._compare_row(row, expected.get(row.rowid), tallies, facts_pending)
                first, last = batch[0].rowid, batch[-1].rowid
                self._compare_citizenships(batch, expected, tallies["citizenships"],
                                           derived_check.citizenship_codes(conn, first, last))
                self._compare_search(batch, expected, mirror, tallies["search_index"])
                done += len(batch)
                if progress is not None:
                    progress(done, total)
            mirror.drop()
            self._compare_received(tallies["received_search_index"])
            missing = derived_check.count_unlisted_records(conn)
            missing_ids = derived_check.unlisted_records(conn, SAMPLE)
            stray_entries = derived_check.stray_search_entries(conn)
            stray_codes = derived_check.stray_citizenships(conn)
            stray_received = derived_check.stray_received_entries(conn)
            stored = derived_check.stored_counts(conn)
            chain = audit.verify(conn)
        rows = tallies["list_rows"]
        rows.count += missing
        rows.sample = (rows.sample + missing_ids)[:SAMPLE]
        miscounted = sum(abs(stored.get(key, 0) - counted.get(key, 0))
                         for key in set(stored) | set(counted))
        tallies["record_counts"].count = miscounted
        strays = {"search_index": stray_entries, "citizenships": stray_codes,
                  "received_search_index": stray_received}
        return DerivedReport(total, tuple(
            TableVerdict(table, tallies[table.key].count, tuple(tallies[table.key].sample),
                         strays.get(table.key, 0)) for table in TABLES), chain)

    @staticmethod
    def _compare_row(row: ListRow, summary: Summary | None, tallies: dict[str, _Tally],
                     facts_pending: bool) -> None:
        if summary is None:  # a list row of no record
            tallies["list_rows"].add(row.id)
            return
        if (row.head_version != row.last_version or row.status != row.last_status
                or row.kind != summary.kind or row.occurred_at != summary.occurred_at
                or row.occurred_on != summary.occurred_at[:10]
                or row.checkpoint != summary.checkpoint
                or row.citizenships != " ".join(summary.citizenships)
                or row.title != summary.title):
            tallies["list_rows"].add(row.id)
        if row.qualifies != summary.qualifies:
            tallies["qualification"].add(row.id)
        # facts not yet filled after schema step 17 are being filled (the reports read the
        # versions meanwhile): only facts that are there must be right
        if row.facts != summary.report_facts and not (row.facts is None and facts_pending):
            tallies["report_facts"].add(row.id)

    @staticmethod
    def _compare_citizenships(batch: Sequence[ListRow], expected: dict[int, Summary],
                              tally: _Tally, stored: dict[int, set[str]]) -> None:
        for row in batch:
            summary = expected.get(row.rowid)
            if summary is not None and stored.get(row.rowid, set()) != set(summary.citizenships):
                tally.add(row.id)

    def _compare_search(self, batch: Sequence[ListRow], expected: dict[int, Summary],
                        mirror: SearchMirror, tally: _Tally) -> None:
        wrong = self._wrong_entries(
            mirror, {rowid: summary.search_columns for rowid, summary in expected.items()},
            batch[0].rowid, batch[-1].rowid, "search")
        for row in batch:
            if row.rowid in wrong:
                tally.add(row.id)

    def _compare_received(self, tally: _Tally) -> None:
        """The received facts' index, walked as the records' is (progress counts records
        only: at HQ the facts received are a small part of the vault)."""
        conn = self.vault.conn
        if received_store.count_indexed_facts(conn) == 0:
            return
        mirror = SearchMirror(conn, "received_search")
        for batch in received_store.indexed_fact_batches(conn):
            columns = {rowid: self.records._summary(data).search_columns
                       for rowid, _, data in batch}
            wrong = self._wrong_entries(mirror, columns, batch[0][0], batch[-1][0],
                                        "received_search")
            for rowid, fact_id, _ in batch:
                if rowid in wrong:
                    tally.add(fact_id)
        mirror.drop()

    def _wrong_entries(self, mirror: SearchMirror, expected: dict[int, Mapping[str, str]],
                       first: int, last: int, index: str) -> set[int]:
        """The rowids of `expected` whose entry in `index` disagrees: its size per column
        differs from the expected entry's (a missing entry has none), or a key the expected
        entries hold is held by another set of entries in [first, last] than it should."""
        conn = self.vault.conn
        mirror.fill(list(expected.items()))
        wanted = mirror.sizes()
        stored = derived_check.search_sizes(conn, first, last, index)
        wrong = {rowid for rowid in expected if stored.get(rowid) != wanted.get(rowid)}
        for (column, key), holders in mirror.keys().items():
            found = derived_check.rowids_holding(conn, column, key, first, last, index)
            wrong |= (holders ^ found) & expected.keys()
        return wrong

    def rederive_list_rows(self, progress: Progress | None = None) -> int:
        """The rebuild `list_rows_stale`: every list row's derived columns (and through its
        triggers its citizenship rows and counts) made again from its record's newest
        version; a list row of no record removed, a record without one given one; the counts
        made again. A transaction a batch, `progress(rowid reached, last rowid)` after each;
        the flag is cleared in the last one (an interrupted run keeps it and walks again).
        Returns how many list rows changed."""
        conn = self.vault.conn
        total = report_sources.last_record_rowid(conn)
        changed = 0
        for batch in derived_check.list_row_batches(conn):
            first, last = batch[0].rowid, batch[-1].rowid
            codes = derived_check.citizenship_codes(conn, first, last)
            with self.vault.transaction() as tx:
                for row in batch:
                    changed += self._rederive_row(tx, row, codes.get(row.rowid, set()))
            if progress is not None:
                progress(last, total)
        with self.vault.transaction() as tx:
            after = ""  # by id: a record that could not be listed is not asked for again
            while unlisted := derived_check.unlisted_records(tx, 500, after):
                for record_id in unlisted:
                    self._list_again(tx, record_id)
                changed += len(unlisted)
                after = unlisted[-1]
            derived_check.delete_stray_citizenships(tx)
            derived_check.recount_records(tx)
            self.vault.set_setting("list_rows_stale", "0")
        if progress is not None:
            progress(total, total)
        return changed

    def _rederive_row(self, tx: Connection, row: ListRow, codes: set[str]) -> int:
        if row.last_data is None or row.last_version is None or row.last_status is None:
            derived_check.delete_list_row(tx, row.rowid)
            return 1
        summary = self.records._summary(row.last_data)
        tallies = {table.key: _Tally() for table in TABLES}
        self._compare_row(row, summary, tallies, facts_pending=False)
        if all(t.count == 0 for t in tallies.values()) and codes == set(summary.citizenships):
            return 0
        derived_check.set_list_row(tx, row.rowid, row.last_version, row.last_status,
                                   summary.kind, summary.occurred_at, summary.checkpoint,
                                   summary.citizenships, summary.qualifies, summary.title,
                                   summary.report_facts)
        # its search entry too: it may be of the version the row named before
        repo.replace_search_entry(tx, row.rowid, summary.search_columns)
        return 1

    def _list_again(self, tx: Connection, record_id: str) -> None:
        """A list row (and search entry) for a record whose versions are there without one."""
        versions = repo.all_versions(tx, record_id)
        head = versions[-1]
        repo.upsert_summary(tx, record_id, head.version, head.status,
                            self.records._summary(head.data), created_by=versions[0].created_by,
                            at=head.updated_at or head.created_at, new=True)
        stored = repo.version_origin(tx, record_id, head.version)
        if stored is not None and stored[1] is not None:
            repo.set_origin(tx, record_id, head.version, stored[1], head=True)

    def flag_repairs(self, report: DerivedReport) -> list[str]:
        """Set the rebuild flags that derive the disagreeing tables again; `session.rebuilds`
        then runs them (at once, or at the next unlock if this process stops first)."""
        flags = report.repairs
        if flags:
            # Audited: a repair rewrites what every list, search and report reads. Table keys
            # and counts only, never an id's content.
            disagreeing = {t.table.key: {"disagree": t.disagree, "stray": t.stray}
                           for t in report.tables if not t.ok}
            with self.vault.transaction() as conn:
                for flag in flags:
                    self.vault.set_setting(flag, "1")
                self.vault.set_setting(REPAIR_CAUSE, "1")  # the rebuilds say why they run
                audit.append(conn, self.vault.officer, "vault.repair",
                             detail={"tables": disagreeing, "rebuilds": flags})
        return flags
