"""Record use cases shared by the command line and the GUI: add, amend, approve, withdraw, show,
list and search. Each write is one vault transaction with its audit entry."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from shekara.domain import search_key
from shekara.domain.codes import KIND_ARTICLE
from shekara.domain.records import content_hash, person_display_name
from shekara.domain.reference import ReferenceData
from shekara.domain.relevance import qualifies
from shekara.domain.report_facts import report_facts_json
from shekara.domain.retention import retention_dates
from shekara.domain.validation import validate_record
from shekara.errors import InputError, PermissionDenied, StateError, ValidationError
from shekara.messages import Issue
from shekara.services.bulk import cyclic_gc_paused
from shekara.services.progress import Progress, walk_batches
from shekara.vault import audit, journal, report_sources
from shekara.vault import records as repo
from shekara.vault.records import ListedRecord, RecordFilter, StoredVersion, Summary
from shekara.vault.vault import Vault

MAX_REASON = 2000


def _now() -> datetime:
    # Local time with its offset: "today" is the post's today, not UTC's (a KZ post is UTC+5).
    return datetime.now().astimezone()


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _check_reason(reason: str | None) -> str:
    text = (reason or "").strip()
    if not text:
        raise InputError("record.reason_required", "a reason is required")
    if len(text) > MAX_REASON or any(ord(c) < 32 and c not in "\n\t" for c in text):
        raise InputError("record.bad_reason",
                         "a reason is plain text of at most {n} characters", n=MAX_REASON)
    return text


@dataclass(frozen=True)
class ShownRecord:
    current: StoredVersion
    versions: list[StoredVersion]
    qualifies: bool

    @property
    def qualifies_under(self) -> str | None:
        """The Agreement article the record qualifies under ("6.1.2", "4"…), or None."""
        return KIND_ARTICLE.get(self.current.kind) if self.qualifies else None

    def to_json(self) -> dict[str, Any]:
        out = self.current.to_json(self.qualifies)
        out["qualifies_under"] = self.qualifies_under
        return out


# meta: `search_names_fingerprint()` of the reference data the search index was made with
SEARCH_NAMES = "search_names"


class RecordService:
    def __init__(self, vault: Vault, ref: ReferenceData) -> None:
        self.vault = vault
        self.ref = ref

    # --- derived data ------------------------------------------------------------------------
    def title_of(self, data: Mapping[str, Any]) -> str:
        """What the list shows for a record's content: its persons' names, else a summary."""
        return self._summary(data).title

    def _summary(self, data: Mapping[str, Any]) -> Summary:
        persons = data.get("persons") or []
        names = [person_display_name(p) for p in persons]
        names = [n for n in names if n]
        if names:
            title = names[0] + (f" +{len(names) - 1}" if len(names) > 1 else "")
        else:
            title = " ".join(str(data.get("narrative", "")).split())[:80]
        citizenships = sorted({c for p in persons for c in p.get("citizenship", [])})
        return Summary(
            kind=str(data["kind"]), occurred_at=str(data["occurred_at"]),
            checkpoint=(data.get("place") or {}).get("checkpoint"), citizenships=citizenships,
            qualifies=qualifies(data, self.vault.party), title=title,
            report_facts=report_facts_json(data),
            search_columns=search_key.record_search_columns(
                data, self._substance_names, country_names=self._country_names,
                checkpoint_names=self._checkpoint_names))

    def search_names_fingerprint(self) -> str:
        """One hash of what search entries take from the reference data: every name (in every
        language) of every country, crossing point and substance, as the summary reads them.
        When it changes — reference data from HQ, or a new version of the program — entries
        made before hold the old names, and a record is not found by its place's new name."""
        names = {kind: {code: names_of(code) for code in sorted(codes)}
                 for kind, codes, names_of in (
                     ("countries", self.ref.countries, self._country_names),
                     ("checkpoints", self.ref.checkpoints, self._checkpoint_names),
                     ("substances", self.ref.substances, self._substance_names))}
        encoded = json.dumps(names, ensure_ascii=False, sort_keys=True).encode()
        return hashlib.sha256(encoded).hexdigest()

    def _country_names(self, code: str) -> list[str]:
        entry = self.ref.countries.get(code)
        return list(entry["names"].values()) if entry else []

    def _checkpoint_names(self, code: str) -> list[str]:
        cp = self.ref.checkpoints.get(code)
        return list(cp.names.values()) if cp else []

    def _substance_names(self, code: str) -> list[str]:
        sub = self.ref.substances.get(code)
        return list(sub.names.values()) if sub else []

    # --- writes ------------------------------------------------------------------------------
    def add(self, inputs: Sequence[Mapping[str, Any]]) -> list[str]:
        """Validate every record first; store all of them or none."""
        with cyclic_gc_paused():
            return self._add(inputs)

    def _add(self, inputs: Sequence[Mapping[str, Any]]) -> list[str]:
        now = _now()
        normalised: list[dict[str, Any]] = []
        problems: list[Issue] = []
        for index, item in enumerate(inputs):
            try:
                normalised.append(validate_record(item, self.ref, now=now, on_add=True))
            except ValidationError as err:
                prefix = f"[{index}] " if len(inputs) > 1 else ""
                problems += [Issue(prefix + path, text) for path, text in err.issues]
        if problems:
            raise ValidationError(problems)
        ids: list[str] = []
        at = _stamp(now)
        drafts = []
        for data in normalised:
            record_id = str(uuid.uuid4())
            drafts.append(repo.NewDraft(record_id, data,
                                        content_hash({**data, "id": record_id, "version": 1}),
                                        self._summary(data)))
            ids.append(record_id)
        with self.vault.transaction() as conn:
            repo.insert_new_drafts(conn, drafts, officer=self.vault.officer, at=at)
            audit.append_many(conn, self.vault.officer, "record.create",
                              [(d.id, 1, {"kind": d.data["kind"]}) for d in drafts])
        return ids

    def amend(self, record_id: str, data_in: Mapping[str, Any], reason: str | None) -> int:
        """A draft is changed in place; an approved version gets a new draft version n+1."""
        head = repo.get_version(self.vault.conn, record_id)
        if head.state == "withdrawn":
            raise StateError("record.withdrawn", "record {id} is withdrawn", id=record_id)
        data = validate_record(data_in, self.ref, now=_now(), on_add=False)
        if data["kind"] != head.kind:
            raise InputError("record.kind_change", "a correction cannot change the record's kind")
        at = _stamp(_now())
        with self.vault.transaction() as conn:
            if head.state == "draft":
                version = head.version
                repo.update_draft(conn, record_id, version, data,
                                  content_hash({**data, "id": record_id, "version": version}), at)
                action = "record.change"
            else:
                text = _check_reason(reason)
                version = head.version + 1
                repo.insert_version(conn, record_id, version, data,
                                    content_hash({**data, "id": record_id, "version": version}),
                                    state="draft", officer=self.vault.officer, at=at, reason=text)
                action = "record.amend"
            repo.upsert_summary(conn, record_id, version, "draft", self._summary(data),
                                created_by=head.created_by, at=at)
            audit.append(conn, self.vault.officer, action, record_id=record_id, version=version)
        return version

    def approve(self, record_id: str) -> StoredVersion:
        return self.approve_many([record_id])[0]

    def approve_many(self, record_ids: Sequence[str]) -> list[StoredVersion]:
        """Approve drafts in one transaction (a supervisor approving a shift's drafts): every
        one is checked first — a draft, and not written by the approver when four-eyes is on —
        and a refusal of any approves none, naming the record refused."""
        if len(set(record_ids)) != len(record_ids):
            raise InputError("record.repeated_id", "a record is named twice")
        heads = [repo.get_version(self.vault.conn, record_id) for record_id in record_ids]
        for head in heads:
            if head.state != "draft":
                raise StateError("record.not_draft", "record {id} version {version} is "
                                 "{status}, not a draft", id=head.id, version=head.version,
                                 status=head.status)
        self.vault.require_supervisor()
        four_eyes = self.vault.setting("four_eyes", "1") == "1"
        for head in heads:
            if four_eyes and head.created_by == self.vault.officer and len(heads) == 1:
                raise PermissionDenied("record.four_eyes",
                                       "four-eyes rule: you cannot approve a version you wrote")
            if four_eyes and head.created_by == self.vault.officer:
                raise PermissionDenied("record.four_eyes", "four-eyes rule: you cannot approve "
                                       "a version you wrote (record {id})", id=head.id)
        now = _now()
        with self.vault.transaction() as conn:
            for head in heads:
                retain_until, review_on = retention_dates(head.kind, self.vault.party,
                                                          now.date(), self.ref)
                repo.approve_version(conn, head.id, head.version, officer=self.vault.officer,
                                     at=_stamp(now), retain_until=retain_until.isoformat(),
                                     review_on=review_on.isoformat())
                # Its number in the installation's journal, at its first approval (issue 11).
                journal.issue(conn, self.vault.post_code, "record", head.id, _stamp(now))
                repo.refresh_status(conn, head.id, _stamp(now))
                audit.append(conn, self.vault.officer, "record.approve", record_id=head.id,
                             version=head.version)
        return [repo.get_version(self.vault.conn, head.id, head.version) for head in heads]

    def withdraw(self, record_id: str, reason: str | None) -> int:
        """Withdrawn records are never deleted; a sent record's withdrawal travels to HQ."""
        text = _check_reason(reason)
        head = repo.get_version(self.vault.conn, record_id)
        if head.state == "withdrawn":
            raise StateError("record.withdrawn", "record {id} is withdrawn", id=record_id)
        if self.vault.role != "supervisor" and not (head.state == "draft" and head.version == 1
                                                    and head.created_by == self.vault.officer):
            raise PermissionDenied("record.withdraw_supervisor",
                                   "only a supervisor may withdraw an approved record")
        now = _now()
        at = _stamp(now)
        ever_approved = any(v.approved_at for v in repo.all_versions(self.vault.conn, record_id))
        with self.vault.transaction() as conn:
            if not ever_approved:
                repo.withdraw_draft(conn, record_id, head.version, reason=text, at=at)
                version = head.version
                retain = retention_dates(head.kind, self.vault.party, now.date(), self.ref)
                repo.set_retention(conn, record_id, version, retain[0].isoformat(),
                                   retain[1].isoformat())
            else:
                version = head.version + 1
                retain = retention_dates(head.kind, self.vault.party, now.date(), self.ref)
                repo.insert_version(conn, record_id, version, head.data,
                                    content_hash({**head.data, "id": record_id,
                                                  "version": version}),
                                    state="withdrawn", officer=self.vault.officer, at=at,
                                    reason=text, approved_by=self.vault.officer, approved_at=at,
                                    retain_until=retain[0].isoformat(),
                                    review_on=retain[1].isoformat(), pending_send=True)
                repo.upsert_summary(conn, record_id, version, "withdrawn",
                                    self._summary(head.data), created_by=head.created_by, at=at)
            repo.refresh_status(conn, record_id)
            audit.append(conn, self.vault.officer, "record.withdraw", record_id=record_id,
                         version=version)
        return version

    def review(self, record_id: str, extend_until: date, reason: str | None) -> StoredVersion:
        """A periodic review (Directive 2016/680 Art. 5) that keeps a record longer, with a
        reason; the next review falls due one review period later."""
        # The audit entry is where a review and its reason are kept (the version is frozen).
        text = _check_reason(reason)
        self.vault.require_supervisor()
        head = repo.get_version(self.vault.conn, record_id)
        if not head.retain_until:
            raise StateError("record.not_retained", "record {id} has no retention period yet"
                             " (it was never approved)", id=record_id)
        if extend_until.isoformat() <= head.retain_until:
            raise InputError("record.review_not_later", "the new date must be after {date}",
                             date=head.retain_until)
        rule = self.ref.retention(self.vault.party, head.kind)
        from shekara.domain.retention import add_months

        review_on = min(add_months(_now().date(), rule.review_months), extend_until)
        with self.vault.transaction() as conn:
            repo.set_retention(conn, record_id, head.version, extend_until.isoformat(),
                               review_on.isoformat())
            audit.append(conn, self.vault.officer, "record.review", record_id=record_id,
                         version=head.version,
                         detail={"retain_until": extend_until.isoformat(), "reason": text})
        return repo.get_version(self.vault.conn, record_id, head.version)

    def rebuild_search_index(self, progress: Progress | None = None) -> int:
        """Recompute every record's search entry from its head version (after a schema step
        that changed the index, or when the normalisation changes), in one transaction that
        also clears the flag: an interrupted rebuild leaves the flag and runs again."""
        count = 0
        with self.vault.transaction() as conn:
            # emptied at once, then filled a batch at a time: deleting each entry before its
            # new one made the rebuild ~1,500 records/s (11 minutes at 1,000,000)
            repo.empty_search_index(conn)
            total = repo.count_records(conn)
            for batch in repo.head_data_batches(conn):
                repo.insert_search_entries(conn, [(rowid, self._summary(data).search_columns)
                                                  for rowid, data in batch])
                count += len(batch)
                if progress is not None:
                    progress(count, total)
            self.vault.set_setting("search_index_stale", "0")
            self.vault.set_setting(SEARCH_NAMES, self.search_names_fingerprint())
        return count

    def rederive_qualification(self, progress: Progress | None = None) -> int:
        """Recompute every record's Agreement relevance from its head version (after a schema
        step flagged it stale because the rule changed); returns how many records changed."""
        changed = 0
        with self.vault.transaction() as conn:
            heads = repo.head_qualification_batches(conn)
            for rowid, data, stored in walk_batches(heads, repo.count_records(conn), progress):
                now = qualifies(data, self.vault.party)
                if now != stored:
                    repo.set_qualifies(conn, rowid, now)
                    changed += 1
            self.vault.set_setting("qualification_stale", "0")
        return changed

    def fill_report_facts(self, progress: Progress | None = None) -> int:
        """Compute the report facts of every record stored before schema step 17 (it flagged
        them stale) from its head version, then clear the flag; returns how many records got
        facts. A transaction a batch: an interruption keeps the facts computed, the flag stays
        set (the reports read the versions themselves meanwhile) and the next run goes on
        from the records still without facts. `progress(rowid reached, last rowid)` after
        each batch."""
        conn = self.vault.conn
        total = report_sources.last_record_rowid(conn)
        done = last = 0
        while batch := report_sources.heads_without_facts(conn, last):
            with self.vault.transaction() as tx:
                report_sources.set_facts(tx, batch)
            done += len(batch)
            last = batch[-1][0]
            if progress is not None:
                progress(last, total)
        with self.vault.transaction() as tx:
            report_sources.facts_filled(tx)
        if progress is not None:
            progress(total, total)
        return done

    # --- reads -------------------------------------------------------------------------------
    def show(self, record_id: str, version: int | None = None) -> ShownRecord:
        """A record with its personal data: every call is an audited view."""
        conn = self.vault.conn
        current = repo.get_version(conn, record_id, version)
        versions = repo.all_versions(conn, record_id)
        with self.vault.transaction() as tx:
            audit.append(tx, self.vault.officer, "record.view", record_id=record_id,
                         version=current.version)
        return ShownRecord(current, versions, repo.qualifies(conn, record_id))

    def list_records(self, flt: RecordFilter | None = None, *, limit: int = 100,
             offset: int = 0) -> list[ListedRecord]:
        return repo.list_records(self.vault.conn, flt, limit=limit, offset=offset)

    def listed(self, record_id: str) -> ListedRecord | None:
        """The record's row in the list (its summary, no personal data beyond it)."""
        return repo.listed_record(self.vault.conn, record_id)

    def count(self, flt: RecordFilter | None = None) -> int:
        return repo.count_records(self.vault.conn, flt)

    def registration_number(self, record_id: str) -> str | None:
        """The record's number in this installation's journal (from its first approval); at
        HQ, the post's number it came with."""
        return journal.record_number(self.vault.conn, record_id)

    def search(self, text: str, flt: RecordFilter | None = None, *,
               limit: int = 100) -> list[ListedRecord]:
        """Best matches first (docs/search.md). Like the list, a search is not an audit entry:
        it shows summaries, and the GUI searches as the officer types (an entry per keystroke
        would bury the log and cost a disk sync each). Opening a record is audited."""
        if journal.PATTERN.match(text.strip().upper()):  # a registration number: that record
            entry = journal.find(self.vault.conn, text)
            record_id = (entry.ref_id if entry is not None and entry.kind == "record"
                         else journal.find_post_number(self.vault.conn, text))
            listed = repo.listed_record(self.vault.conn, record_id) if record_id else None
            return [listed] if listed is not None else []
        match = build_match(text)
        if match is None:
            return []
        found = repo.search_records(self.vault.conn, match, flt, limit=limit)
        if found:
            return self._matched_person_first(found, text)
        approximate = self._approximate_match(text)
        if approximate is None:
            return []
        return [replace(item, approximate=True)
                for item in repo.search_records(self.vault.conn, approximate, flt, limit=limit)]

    def _matched_person_first(self, found: list[ListedRecord], text: str) -> list[ListedRecord]:
        """A hit whose match is not its first person shows the person that matched, so the
        officer sees why it was found instead of "Ivanov +2" (issue 10)."""
        out = []
        for item in found:
            if " +" in item.title:
                persons = repo.get_version(self.vault.conn, item.id, item.version).data.get(
                    "persons") or []
                index = search_key.matching_person(persons, text)
                if index:  # 0 (the first person) or None: the title already says it
                    name = person_display_name(persons[index])
                    item = replace(item, title=f"{name} +{len(persons) - 1}")
            out.append(item)
        return out

    def _approximate_match(self, text: str) -> str | None:
        """When the exact keys found nothing: the words whose keys the index does not hold (or,
        if it holds them all, every word) also accept the names' keys one letter away
        (docs/search.md, "One letter off"). None when no word has such a neighbour."""
        conn = self.vault.conn
        groups = search_key.query_groups(text)
        unknown = [i for i, group in enumerate(groups)
                   if not repo.has_term_with_prefix(conn, group)]
        neighbours: list[list[str]] = [[] for _ in groups]
        for i in unknown or range(len(groups)):
            near: dict[str, int] = {}
            for token in groups[i]:
                lookups, shared = search_key.approximate_lookups(token)
                for term, docs in repo.name_terms(conn, lookups, shared).items():
                    if search_key.one_edit_apart(token, term):
                        near[term] = max(docs, near.get(term, 0))
            ranked = sorted(near, key=lambda term: (-near[term], term))  # most common first
            neighbours[i] = ranked[:search_key.APPROXIMATE_MAX_TERMS]
        widened = unknown or [i for i in range(len(groups)) if neighbours[i]]
        if not widened or any(not neighbours[i] for i in widened):
            return None
        return search_key.approximate_match(groups, neighbours)


def build_match(text: str) -> str | None:
    """The FTS5 expression for what an officer typed (docs/search.md), or None if nothing in it
    is searchable."""
    return search_key.match_query(text) or None


def today() -> date:
    return _now().date()
