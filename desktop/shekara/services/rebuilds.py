"""Derived data a schema step flagged stale, rebuilt before the vault is used (issue 13).

A schema step that changes how something is derived from the records (search keys, the
Agreement's relevance rule) cannot run live code, so it sets a flag in `meta` (`…_stale` =
"1"). Each flag has one `StaleRebuild` in `REBUILDS`: what it is in words for the officer, how
many records it walks, and the service call that recomputes it. That call clears the flag
only once complete, in the transaction of its last write: a rebuild interrupted (a crash, the
program closed, a cancelled worker) leaves the flag set and runs again at the next unlock —
from the start when it is one transaction (the search index, the relevance), from where it
stopped when it commits batch by batch.

At a million records a rebuild takes minutes, so it is explicit work with progress, not a
side effect of opening a session: `session.rebuilds.pending()` says what is due, and
`session.rebuilds.run(…)` / `run_all(…)` do it, reporting `(0, total)` first, then
`(done, total)` after every batch, the last one `(total, total)`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from shekara.domain.reference import ReferenceData
from shekara.messages import Message
from shekara.services.derived_check import REPAIR_CAUSE, DerivedCheckService
from shekara.services.progress import Progress
from shekara.services.received import ReceivedService
from shekara.services.records import SEARCH_NAMES, RecordService
from shekara.vault import received_store, report_sources
from shekara.vault import records as repo
from shekara.vault.vault import Vault


@dataclass(frozen=True)
class StaleRebuild:
    """One kind of rebuild, keyed by its flag in `meta`."""

    flag: str
    title: Message  # what is done, a heading: "Rebuilding the search index"
    reason: Message  # why, one sentence for the officer who waits for it
    count: Callable[[Vault], int]  # how many records (or facts) it walks: the `total`
    # Recomputes and clears `flag` once complete, calling progress(done, total) after every
    # batch with the total `count` gives, the last call (total, total).
    run: Callable[[Vault, ReferenceData, Progress | None], object]


# Why the rebuilds run when a repair flagged them (Admin > Check the vault… or `shekara check
# --derived --repair`), not a schema step: the officer who waits is not told "this version …
# in a new way" for a repair.
REPAIR_REASON = Message("rebuild.repair.reason", "A check of this vault (Admin > Check the"
                        " vault; on the command line 'shekara check --derived') found derived"
                        " data disagreeing with the records themselves: it is made again from"
                        " every record.")


# Why the search index is made again when the reference names it holds are no longer those in
# force (`note_reference_names`), not a schema step.
NAMES_REASON = Message("rebuild.search_names.reason", "The reference data in force names some"
                       " countries, crossing points or substances differently: the search"
                       " index is made again from every record, so that records are found by"
                       " the new names too.")
# Set with the search index's flag when the reference names changed; cleared with the flags.
NAMES_CAUSE = "rebuilds_for_names"


@dataclass(frozen=True)
class PendingRebuild:
    """A rebuild flagged in this vault, with the number of records it will walk."""

    kind: StaleRebuild
    total: int
    for_repair: bool = False  # flagged by a repair, not by a schema step
    for_names: bool = False  # the search index, flagged because the reference names changed

    @property
    def flag(self) -> str:
        return self.kind.flag

    @property
    def title(self) -> Message:
        return self.kind.title

    @property
    def reason(self) -> Message:
        if self.for_repair:
            return REPAIR_REASON
        return NAMES_REASON if self.for_names else self.kind.reason


def _count_indexed(vault: Vault) -> int:
    received = received_store.count_indexed_facts(vault.conn) if vault.mode == "hq" else 0
    return received + repo.count_records(vault.conn)


def _rebuild_search_index(vault: Vault, ref: ReferenceData, progress: Progress | None) -> None:
    """At HQ the facts received from the partner have their own index, built by the same
    keys: it is rebuilt first (its own transaction; done again if the records' part is
    interrupted), and the walk counts on through the records."""
    received = received_store.count_indexed_facts(vault.conn) if vault.mode == "hq" else 0
    total = received + repo.count_records(vault.conn)

    def shifted(offset: int) -> Progress | None:
        if progress is None:
            return None
        return lambda done, _part: progress(offset + done, total)

    if vault.mode == "hq":
        ReceivedService(vault, ref).rebuild_search_index(shifted(0))
    RecordService(vault, ref).rebuild_search_index(shifted(received))


def _rederive_qualification(vault: Vault, ref: ReferenceData, progress: Progress | None) -> None:
    RecordService(vault, ref).rederive_qualification(progress)


def _rederive_list_rows(vault: Vault, ref: ReferenceData, progress: Progress | None) -> None:
    DerivedCheckService(vault, ref).rederive_list_rows(progress)


def _fill_report_facts(vault: Vault, ref: ReferenceData, progress: Progress | None) -> None:
    RecordService(vault, ref).fill_report_facts(progress)


# In the order they run. A new one: its flag set by a schema step (vault/migrations.py), a
# service call with a `progress` parameter that clears the flag in its transaction, one line
# here; tests/services/test_rebuilds.py runs and interrupts every line of this table.
REBUILDS: tuple[StaleRebuild, ...] = (
    StaleRebuild(
        "search_index_stale",
        Message("rebuild.search_index.title", "Rebuilding the search index"),
        Message("rebuild.search_index.reason", "This version searches records in a new way:"
                " the search index is made again from every record."),
        _count_indexed, _rebuild_search_index),
    StaleRebuild(
        "qualification_stale",
        Message("rebuild.qualification.title",
                "Checking which records qualify under the Agreement"),
        Message("rebuild.qualification.reason", "This version changed the rule for which"
                " records qualify under the Agreement: it is applied again to every record."),
        lambda vault: repo.count_records(vault.conn), _rederive_qualification),
    StaleRebuild(
        "report_facts_stale",
        Message("rebuild.report_facts.title", "Preparing the records for the period reports"),
        Message("rebuild.report_facts.reason", "This version makes the period summary and the"
                " statistics from a short extract of each record: it is made once for every"
                " record, and the reports stay correct meanwhile."),
        # progress is by list row: rowids reached out of the last one
        lambda vault: report_sources.last_record_rowid(vault.conn), _fill_report_facts),
    # No schema step sets this one: `shekara check --derived --repair` does, when the list
    # rows, their report facts, the citizenship table or the counts disagree with the records.
    # A list row it changes gets its relevance and search entry from the newest version too,
    # so it may run after the rebuilds that read the head version a list row names.
    StaleRebuild(
        "list_rows_stale",
        Message("rebuild.list_rows.title", "Making the record list again from the records"),
        Message("rebuild.list_rows.reason", "A check found the record list disagreeing with"
                " the records themselves: each record's line in the list, its counts and its"
                " citizenships are made again from the record."),
        # progress is by list row: rowids reached out of the last one
        lambda vault: report_sources.last_record_rowid(vault.conn), _rederive_list_rows),
)

RebuildsProgress = Callable[[PendingRebuild, int, int], None]  # (rebuild, done, total)


class RebuildService:
    """The rebuilds due in this vault, and running them with progress."""

    def __init__(self, vault: Vault, ref: ReferenceData) -> None:
        self.vault = vault
        self.ref = ref

    def pending(self) -> list[PendingRebuild]:
        """The rebuilds flagged, in the order they run (empty on almost every unlock)."""
        for_repair = self.vault.setting(REPAIR_CAUSE) == "1"
        for_names = self.vault.setting(NAMES_CAUSE) == "1"
        return [PendingRebuild(kind, kind.count(self.vault), for_repair,
                               for_names and kind.flag == "search_index_stale")
                for kind in self._flagged()]

    def note_reference_names(self) -> bool:
        """Flag the search index when the reference names it holds (countries, crossing
        points, substances in every language) are not those in force: reference data from HQ
        or a new program renamed one, and records would not be found by the new name. A vault
        that never noted them (new, or older than this check) has its index taken as made
        with the names in force, as before. True when it flagged the index."""
        now = RecordService(self.vault, self.ref).search_names_fingerprint()
        held = self.vault.setting(SEARCH_NAMES)
        if held == now or self.vault.setting("search_index_stale") == "1":
            return False  # a rebuild due anyway notes the names in force when it is done
        with self.vault.transaction():
            if held and _count_indexed(self.vault):
                self.vault.set_setting("search_index_stale", "1")
                self.vault.set_setting(NAMES_CAUSE, "1")
                return True
            self.vault.set_setting(SEARCH_NAMES, now)
        return False

    def _flagged(self) -> list[StaleRebuild]:
        return [kind for kind in REBUILDS if self.vault.setting(kind.flag) == "1"]

    def run(self, rebuild: PendingRebuild, progress: Progress | None = None) -> None:
        """Run one rebuild; `progress(0, total)` first (whoever waits sees the step at once),
        then `(done, total)` after every batch. Raises whatever interrupted it (an exception
        raised by `progress` too), with the flag still set."""
        if progress is not None:
            progress(0, rebuild.total)
        rebuild.kind.run(self.vault, self.ref, progress)
        causes = [cause for cause in (REPAIR_CAUSE, NAMES_CAUSE)
                  if self.vault.setting(cause) == "1"]
        if causes and not self._flagged():
            with self.vault.transaction():  # done: a later rebuild is a step's
                for cause in causes:
                    self.vault.set_setting(cause, "0")

    def run_all(self, progress: RebuildsProgress | None = None) -> list[PendingRebuild]:
        """Run every pending rebuild in turn; returns those run."""
        done: list[PendingRebuild] = []
        for rebuild in self.pending():
            self.run(rebuild, None if progress is None else _bound(progress, rebuild))
            done.append(rebuild)
        return done


def _bound(progress: RebuildsProgress, rebuild: PendingRebuild) -> Progress:
    return lambda done, total: progress(rebuild, done, total)
