"""At HQ: checking the records of an opened packet, and storing them by (id, version).

Every record passes the same gate as at the post (`validate_record`), its content hash is
recomputed and must match the one the post sent, and its lifecycle fields are type-checked
before anything touches the vault. Storing is one transaction per packet (the caller's).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from shekara.domain.records import content_hash
from shekara.domain.reference import ReferenceData
from shekara.domain.validation import validate_record
from shekara.errors import PacketError, ValidationError
from shekara.packets.fields import iso_date, text, timestamp
from shekara.packets.payload import Attachment, RecordsPayload, Tombstone
from shekara.services.records import RecordService
from shekara.vault import attachment_store, audit, journal, packet_store
from shekara.vault import records as repo
from shekara.vault.connection import Connection
from shekara.vault.vault import Vault

_MSGID = "packet.bad_record"


@dataclass(frozen=True)
class PreparedRecords:
    versions: list[repo.StoredVersion]
    tombstones: list[Tombstone]
    attachments: list[Attachment]
    # The post's registration numbers of these records (format 1.1; absent from older packets)
    numbers: dict[str, str] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class Stored:
    new_versions: int
    duplicates: int
    tombstones: int


def _optional(value: Any, where: str, *, kind: str = "text") -> str | None:
    if value is None:
        return None
    if kind == "date":
        return iso_date(value, where, _MSGID)
    if kind == "time":
        return timestamp(value, where, _MSGID)
    return text(value, where, _MSGID, max_len=2000)


def prepare(payload: RecordsPayload, ref: ReferenceData, now: datetime) -> PreparedRecords:
    """Validate every record of a packet; any problem refuses the whole packet."""
    # A version received from a post: lifecycle fields stay at their defaults until `store`
    # gives it its origin.
    versions: list[repo.StoredVersion] = []
    numbers: dict[str, str] = {}
    for index, raw in enumerate(payload.records):
        where = f"records[{index}]"
        if raw.get("registration_number") is not None:
            numbers[str(raw["id"])] = text(raw["registration_number"],
                                           f"{where}.registration_number", _MSGID,
                                           pattern=journal.PATTERN)
        try:
            data = validate_record(raw, ref, now=now, on_add=False)
        except ValidationError as err:
            path, msgid = err.issues[0].path, err.issues[0].msgid
            raise PacketError("packet.invalid_record", "record {index} of the packet breaks the "
                              "data dictionary at {path} [{reason}]", index=index,
                              path=path or "record", reason=msgid) from None
        record_id, version = str(raw["id"]), int(raw["version"])
        digest = content_hash({**data, "id": record_id, "version": version})
        if raw.get("content_hash") != digest:
            raise PacketError("packet.content_hash", "record {index} of the packet does not match"
                              " its content hash", index=index)
        versions.append(repo.StoredVersion(
            id=record_id, version=version, kind=str(data["kind"]),
            state="withdrawn" if raw["status"] == "withdrawn" else "approved",
            data=data, content_hash=digest,
            created_by=text(raw.get("created_by"), f"{where}.created_by", _MSGID, max_len=64),
            created_at=text(raw.get("created_at"), f"{where}.created_at", _MSGID, max_len=40),
            approved_by=_optional(raw.get("approved_by"), f"{where}.approved_by"),
            approved_at=_optional(raw.get("approved_at"), f"{where}.approved_at"),
            reason=_optional(raw.get("reason"), f"{where}.reason"),
            retain_until=_optional(raw.get("retain_until"), f"{where}.retain_until",
                                   kind="date"),
            review_on=_optional(raw.get("review_on"), f"{where}.review_on", kind="date")))
    return PreparedRecords(versions, list(payload.tombstones), list(payload.attachments),
                           numbers)


def store(conn: Connection, vault: Vault, ref: ReferenceData, post: str,
          prepared: PreparedRecords, at: str) -> Stored:
    """Store a packet's content in the caller's transaction; PacketError leaves it unchanged
    (the caller rolls back). Rows go in bulk: HQ imports thousands of records at a time."""
    carried = {a.sha256 for a in prepared.attachments}
    for attachment in prepared.attachments:
        attachment_store.add_attachment(conn, attachment.sha256, attachment.media_type,
                                        attachment.data)
    ids = [item.id for item in prepared.versions]
    records = repo.known_records(conn, ids + [t.id for t in prepared.tombstones])
    versions = repo.known_versions(conn, ids)
    rows: list[repo.StoredVersion] = []
    heads: dict[str, repo.StoredVersion] = {}
    creators: dict[str, str] = {}
    duplicates = 0
    for item in prepared.versions:
        origin, head = records.get(item.id, (post, 0))
        if origin != post:
            raise PacketError("packet.foreign_record", "the packet carries record {id}, which "
                              "this HQ holds from elsewhere", id=item.id)
        known = versions.get((item.id, item.version))
        if known is not None:
            if known[0] != item.content_hash:
                raise PacketError("packet.version_conflict", "the packet carries version "
                                  "{version} of record {id} with content different from the "
                                  "one already imported", id=item.id, version=item.version)
            packet_store.add_duplicate(conn, post, item.id, item.version)
            duplicates += 1
            continue
        for attachment in item.data.get("attachments") or []:
            sha = str(attachment["sha256"])
            if sha not in carried and not attachment_store.has_attachment(conn, sha):
                raise PacketError("packet.attachment_missing", "record {id} names an attachment"
                                  " the packet does not carry", id=item.id)
        rows.append(item)  # stored with origin = post (no copy per record)
        best = heads.get(item.id)
        if item.version > max(head, best.version if best else 0):
            heads[item.id] = item
        creators.setdefault(item.id, item.created_by)
    repo.insert_incoming_versions(conn, rows, origin=post)
    for record_id, number in prepared.numbers.items():
        journal.set_post_number(conn, record_id, number)
    summaries = RecordService(vault, ref)
    head_rows = []
    for item in heads.values():
        summary = summaries._summary(item.data)  # the same list row as a post's own
        head_rows.append(repo.IncomingHeadRow(
            item.id, item.version, repo.version_status(item.state, None, None), summary.kind,
            summary.occurred_at, summary.checkpoint, summary.citizenships, summary.qualifies,
            summary.title, creators[item.id], at, post, summary.search_columns,
            item.id in records, summary.report_facts))
    repo.upsert_incoming_heads(conn, head_rows)
    for tomb in prepared.tombstones:
        _bury(conn, vault, post, tomb)
    if prepared.tombstones:
        repo.delete_attachments(conn, repo.unreferenced_attachments(conn))
    return Stored(len(rows), duplicates, len(prepared.tombstones))


def _bury(conn: Connection, vault: Vault, post: str, tomb: Tombstone) -> None:
    """A record the post purged at the end of its retention: HQ removes it too, and keeps the
    tombstone (and an audit entry) as the record that it existed."""
    exists, origin, head = repo.record_origin(conn, tomb.id)
    if exists and origin != post:
        raise PacketError("packet.foreign_record", "the packet carries record {id}, which "
                          "this HQ holds from elsewhere", id=tomb.id)
    if exists:
        repo.purge_record(conn, tomb.id, head, tomb.purged_on)
        audit.append(conn, vault.officer, "retention.purge", record_id=tomb.id, version=head,
                     detail={"origin": post, "purged_on": tomb.purged_on})
    packet_store.settle_tombstone(conn, tomb.id, tomb.version, tomb.purged_on)

