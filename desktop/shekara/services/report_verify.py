"""Paper against the vault: `shekara report verify TEXT`.

The QR text of a printed document (scanned, or typed from the paper) names what it was printed
from. The verdict is `current` (it matches what the vault holds now), `superseded` (it matches
an older version; the current one is named) or `none` (nothing in this vault matches: another
vault's paper, a changed document, or a forgery).

- record (R) and request (Q): the version's stored content hash must equal the printed one;
  the current version is the head version (a correction in progress is the head too).
- refusal (N): a refusal with that hash recorded against that request version; `superseded`
  when the request has been changed since.
- summary (S): the period is counted again; the same count and digest is `current`, anything
  else is `none` (the vault cannot tell which records a stranger's summary counted).
- transmittal (P): a packet of that post, sequence and SHA-256 that this post exported (its
  outbox, or the audit entry of the export once HQ acknowledged it) or that HQ received.
- enrollment (E): this installation's current keys (`current`), or keys it retired (`superseded`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from shekara.errors import NotFound
from shekara.packets.keys import PrivateKeys
from shekara.reports.qr import EnrollmentRef, PacketRef, SummaryRef, VersionRef, parse_qr_text
from shekara.reports.sheets import grouped
from shekara.services.keys import own_keys, retired_keys
from shekara.services.reports import ReportService
from shekara.vault import audit, inbox_store, outbox_store
from shekara.vault import records as record_repo
from shekara.vault import requests as request_repo
from shekara.vault.vault import Vault

MATCHES = ("current", "superseded", "none")


@dataclass(frozen=True)
class Verdict:
    match: str  # one of MATCHES
    document: str  # record | request | refusal | summary | transmittal | enrollment
    id: str | None = None
    version: int | None = None
    current_version: int | None = None
    current_status: str | None = None
    reason: str = ""  # one line of English for the command line

    def to_json(self) -> dict[str, Any]:
        return {"match": self.match, "document": self.document, "id": self.id,
                "version": self.version, "current_version": self.current_version,
                "current_status": self.current_status, "reason": self.reason}


def verify_text(service: ReportService, text: str) -> Verdict:
    """The verdict for a QR text; InputError (report.bad_qr) when it is not one of ours."""
    payload = parse_qr_text(text)
    vault = service.vault
    if isinstance(payload, VersionRef):
        if payload.kind == "record":
            return _record(vault, payload)
        if payload.kind == "request":
            return _request(vault, payload)
        return _refusal(vault, payload)
    if isinstance(payload, SummaryRef):
        return _summary(service, payload)
    if isinstance(payload, PacketRef):
        return _packet(vault, payload)
    return _enrollment(vault, payload)


def _record(vault: Vault, ref: VersionRef) -> Verdict:
    try:
        versions = record_repo.all_versions(vault.conn, ref.id)
    except NotFound:
        return Verdict("none", "record", ref.id, ref.version,
                       reason="no record with this id in this vault")
    head = versions[-1]
    printed = next((v for v in versions if v.version == ref.version), None)
    if printed is None or printed.content_hash != ref.hash:
        return Verdict("none", "record", ref.id, ref.version, head.version, head.status,
                       reason="the record has no version with this content")
    if printed.version == head.version:
        return Verdict("current", "record", ref.id, ref.version, head.version, head.status,
                       reason="matches the current version")
    return Verdict("superseded", "record", ref.id, ref.version, head.version, head.status,
                   reason=f"matches version {ref.version}; the current version is "
                          f"{head.version}")


def _request(vault: Vault, ref: VersionRef) -> Verdict:
    try:
        head = request_repo.get_request(vault.conn, ref.id)
    except NotFound:
        return Verdict("none", "request", ref.id, ref.version,
                       reason="no request with this id in this vault")
    printed = request_repo.find_request_version(vault.conn, ref.id, ref.version)
    if printed is None or printed.content_hash != ref.hash:
        return Verdict("none", "request", ref.id, ref.version, head.version, head.status,
                       reason="the request has no version with this content")
    if printed.version == head.version:
        return Verdict("current", "request", ref.id, ref.version, head.version, head.status,
                       reason="matches the current version")
    return Verdict("superseded", "request", ref.id, ref.version, head.version, head.status,
                   reason=f"matches version {ref.version}; the current version is "
                          f"{head.version}")


def _refusal(vault: Vault, ref: VersionRef) -> Verdict:
    found = request_repo.find_refusal(vault.conn, ref.id, ref.version, ref.hash)
    if found is None:
        return Verdict("none", "refusal", ref.id, ref.version,
                       reason="no refusal with this content is recorded in this vault")
    head = request_repo.get_request(vault.conn, ref.id)
    if head.version == ref.version:
        return Verdict("current", "refusal", found.id, ref.version, head.version, head.status,
                       reason="matches a refusal recorded against the current request")
    return Verdict("superseded", "refusal", found.id, ref.version, head.version, head.status,
                   reason=f"matches a refusal of request version {ref.version}; the "
                          f"request is now at version {head.version}")


def _summary(service: ReportService, ref: SummaryRef) -> Verdict:
    count, digest = service.summary_digest(ref.start, ref.end, ref.checkpoint)
    if count == ref.count and digest == ref.digest:
        return Verdict("current", "summary", reason=f"the vault counts the same {count} "
                                                    "record versions for this period")
    return Verdict("none", "summary", reason=f"the vault now counts {count} record versions "
                                             "for this period, not the ones printed")


def _packet(vault: Vault, ref: PacketRef) -> Verdict:
    if vault.mode == "hq":
        known = any(e.sha256 == ref.sha256 for e in
                    inbox_store.inbox_entries(vault.conn, ref.post_code, seq=ref.sequence))
        where = "received by this HQ"
    else:
        # The outbox forgets a packet once HQ acknowledges it; the export's audit entry stays.
        known = ref.post_code == vault.post_code and (any(
            e.seq == ref.sequence and e.sha256 == ref.sha256
            for e in outbox_store.outbox_entries(vault.conn)) or any(
            e.detail.get("seq") == ref.sequence and e.detail.get("sha256") == ref.sha256
            for e in audit.entries(vault.conn, action="export")))
        where = "among this post's exports"
    if known:
        return Verdict("current", "transmittal", ref.post_code, ref.sequence,
                       reason=f"packet {ref.sequence} with this SHA-256 is {where}")
    return Verdict("none", "transmittal", ref.post_code, ref.sequence,
                   reason=f"no packet {ref.sequence} with this SHA-256 is {where}")


def _enrollment(vault: Vault, ref: EnrollmentRef) -> Verdict:
    def same(keys: PrivateKeys) -> bool:
        public = keys.public
        return ("".join(grouped(public.fingerprint())).lower() == ref.fingerprint
                and public.signing_public.hex() == ref.signing_public
                and public.age_recipient == ref.age_recipient and public.code == ref.post_code)

    if same(own_keys(vault)):
        return Verdict("current", "enrollment", ref.post_code,
                       reason="these are this installation's current keys")
    if any(same(keys) for keys in retired_keys(vault)):
        return Verdict("superseded", "enrollment", ref.post_code,
                       reason="these keys were rotated out; the sheet is no longer valid")
    return Verdict("none", "enrollment", ref.post_code,
                   reason="these are not this installation's keys")
