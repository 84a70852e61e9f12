"""Information received from the partner, as this HQ reads it (issue 9 §5, docs/exchange.md
decision 6): the list, one fact with its versions and consents (an audited view: facts name
persons), search across scripts beside the HQ's own records, the printed fact with the
partner's handling restrictions, and Art. 10.2 consents received on paper (`consent add`).

Received facts are kept apart from the HQ's own records and are never sent on: nothing here
writes to `records`, and the sending side (share candidates) reads only `records`.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shekara.domain import search_key
from shekara.domain.codes import other_party
from shekara.domain.reference import ReferenceData
from shekara.errors import InputError, NotFound, StateError
from shekara.packets.exchange import REGISTRATION_PATTERN
from shekara.reports.received import render_received
from shekara.services.keys import require_mode
from shekara.services.progress import Progress, walk_batches
from shekara.services.records import RecordService
from shekara.services.reports import Report, ReportService
from shekara.vault import audit, journal
from shekara.vault import received_store as store
from shekara.vault.received_store import ReceivedFact, StoredConsent
from shekara.vault.vault import Vault, now_utc

MAX_CONSENT_DOCUMENT = 20 * 1024 * 1024  # a scanned letter, a few pages
MAX_THIRD_PARTY = 500


def listed_json(fact: ReceivedFact) -> dict[str, Any]:
    """A list row and a search hit (with `origin` added by the caller)."""
    return {"id": fact.id, "version": fact.version, "kind": fact.kind, "status": fact.state,
            "occurred_at": fact.occurred_at, "citizenship": list(fact.citizenships),
            "article": fact.article, "title": fact.title, "partner": fact.partner,
            "registration_number": fact.registration_number, "letter": fact.letter_number,
            "received_at": fact.received_at}


def fact_json(fact: ReceivedFact) -> dict[str, Any]:
    """One received version whole: the record as sent and what this HQ keeps beside it."""
    return {**fact.data, "id": fact.id, "version": fact.version, "status": fact.state,
            "received": {"partner": fact.partner, "article": fact.article,
                         "registration_number": fact.registration_number,
                         "letter": fact.letter_number, "packet_seq": fact.packet_seq,
                         "withheld_persons": fact.withheld_persons,
                         "correction": fact.correction, "corrected_at": fact.corrected_at,
                         "received_at": fact.received_at}}


@dataclass(frozen=True)
class ShownFact:
    current: ReceivedFact
    versions: list[int]
    consents: list[StoredConsent]

    def to_json(self) -> dict[str, Any]:
        out = fact_json(self.current)
        out["versions"] = self.versions
        out["consents"] = [c.to_json() for c in self.consents]
        return out


class ReceivedService:
    def __init__(self, vault: Vault, ref: ReferenceData) -> None:
        self.vault = vault
        self.ref = ref

    def _version(self, fact_id: str, version: int | None) -> tuple[ReceivedFact,
                                                                   list[ReceivedFact]]:
        require_mode(self.vault, "hq")
        versions = store.facts_of(self.vault.conn, fact_id)
        chosen = [f for f in versions if version is None or f.version == version]
        if not chosen:
            raise NotFound("received.unknown", "this HQ received no fact {id} (version "
                           "{version})", id=fact_id[:80], version=version or "any")
        return chosen[-1], versions

    def heads(self, *, limit: int = 100, offset: int = 0) -> list[ReceivedFact]:
        require_mode(self.vault, "hq")
        return store.heads(self.vault.conn, limit=limit, offset=offset)

    def show(self, fact_id: str, version: int | None = None) -> ShownFact:
        """A received fact names persons: every call is an audited view."""
        current, versions = self._version(fact_id, version)
        shown = ShownFact(current, [f.version for f in versions],
                          store.consents(self.vault.conn, [fact_id]))
        with self.vault.transaction() as conn:
            audit.append(conn, self.vault.officer, "received.view", record_id=fact_id,
                         version=current.version, detail={"partner": current.partner})
        return shown

    def search(self, text: str, *, kinds: tuple[str, ...] = (), occurred_from: str | None = None,
               occurred_to: str | None = None, citizenship: str | None = None,
               limit: int = 100) -> list[ReceivedFact]:
        """Received facts matching what an officer typed, with the HQ's own search keys
        (docs/search.md): a registration number finds the fact or the letter that carried it."""
        if self.vault.mode != "hq":
            return []
        typed = text.strip().upper()
        if REGISTRATION_PATTERN.match(typed) or journal.PATTERN.match(typed):
            return store.by_number(self.vault.conn, typed)[:limit]
        match = search_key.match_query(text)
        if not match:
            return []
        return store.search(self.vault.conn, match, kinds=kinds, occurred_from=occurred_from,
                            occurred_to=occurred_to, citizenship=citizenship, limit=limit)

    def report(self, fact_id: str, version: int | None = None,
               lang: str | None = None) -> Report:
        """The fact on paper, under the partner's handling restrictions (Art. 10)."""
        current, _ = self._version(fact_id, version)
        if current.state == "destroyed":
            raise NotFound("received.destroyed", "fact {id} version {version} was destroyed "
                           "at the partner's request (Art. 10.3): nothing is left to print",
                           id=fact_id[:80], version=current.version)
        reports = ReportService(self.vault, self.ref)
        ctx = reports.context(lang)
        consents = store.consents(self.vault.conn, [fact_id])
        pdf = render_received(fact_json(current), self.ref, ctx,
                              partner_party=other_party(self.vault.party),
                              consents=[c.to_json() for c in consents])
        return Report("received", pdf, ctx.lang, current.id, current.version,
                      {"kind": current.kind, "partner": current.partner},
                      f"received-{current.id[:8]}-v{current.version}-{ctx.lang}.pdf")

    def rebuild_search_index(self, progress: Progress | None = None) -> int:
        """Recompute the received facts' search entries (when the search keys changed: the
        rebuild of the HQ's own index does it first, before that index clears the flag)."""
        summaries = RecordService(self.vault, self.ref)
        count = 0
        with self.vault.transaction() as conn:
            # emptied first: an entry of a fact it should not hold goes too (a repair of
            # `shekara check --derived` runs this rebuild)
            store.empty_search_index(conn)
            facts = store.indexed_fact_batches(conn)
            for rowid, _, data in walk_batches(facts, store.count_indexed_facts(conn),
                                               progress):
                store.replace_search_entry(conn, rowid, summaries._summary(data).search_columns)
                count += 1
        return count

    # --- Art. 10.2 consents ------------------------------------------------------------------
    def add_consent(self, fact_id: str, *, registration_number: str, third_party: str,
                    document: Path, purpose: str = "",
                    version: int | None = None) -> StoredConsent:
        """Record the partner's written consent to pass a received fact to a third party:
        its registration number, the third party, and the letter (a scan or a text) kept in
        the vault. Audited."""
        self.vault.require_supervisor()
        current, _ = self._version(fact_id, version)
        if current.state == "destroyed":
            raise StateError("consent.destroyed", "fact {id} was destroyed at the partner's "
                             "request (Art. 10.3): there is nothing left to pass on",
                             id=fact_id[:80])
        number = registration_number.strip().upper()
        if not REGISTRATION_PATTERN.match(number):
            raise InputError("consent.bad_number", "give the partner's registration number of "
                             "the consent letter, as printed on it (e.g. HQ-LT/2026/000012)")
        party = " ".join(third_party.split())
        if not party or len(party) > MAX_THIRD_PARTY or not party.isprintable():
            raise InputError("consent.third_party", "name the third party the consent is for "
                             "(at most {n} characters)", n=MAX_THIRD_PARTY)
        data = _read_document(document)
        consent = StoredConsent(str(uuid.uuid4()), current.id,
                                None if version is None else current.version, number, None,
                                party, purpose.strip(), "paper", document.name[:200],
                                hashlib.sha256(data).hexdigest(), len(data),
                                self.vault.officer, now_utc())
        with self.vault.transaction() as conn:
            store.add_consent(conn, consent, data)
            audit.append(conn, self.vault.officer, "consent.add", record_id=current.id,
                         version=consent.fact_version,
                         detail={"consent": consent.id, "source": "paper",
                                 "registration_number": number,
                                 "document_sha256": consent.document_sha256})
        return consent

    def consents(self, fact_id: str | None = None) -> list[StoredConsent]:
        require_mode(self.vault, "hq")
        return store.consents(self.vault.conn, None if fact_id is None else [fact_id])


def _read_document(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_CONSENT_DOCUMENT + 1)
    except OSError:
        raise InputError("consent.no_file", "cannot read the consent letter {name}",
                         name=path.name[:200]) from None
    if not data:
        raise InputError("consent.empty_file", "the consent letter {name} is empty",
                         name=path.name[:200])
    if len(data) > MAX_CONSENT_DOCUMENT:
        raise InputError("consent.file_too_large", "the consent letter is at most {n} bytes",
                         n=MAX_CONSENT_DOCUMENT)
    return data
