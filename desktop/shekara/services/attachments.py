"""Attachments: a photo or scan added to a draft. The bytes go into the vault (table
`attachments`, keyed by SHA-256), the metadata into the draft's `attachments` list; packets carry
both. Only drafts take attachments: an approved version is frozen (amend it first).

One attachment is at most MAX_ATTACHMENT_BYTES (200 MB): a packet holds at most 1 GiB of
attachments in all (packets.payload), and a stick of photos should not need more than one packet.
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from shekara.domain.records import content_hash
from shekara.domain.reference import ReferenceData
from shekara.domain.validation import validate_record
from shekara.errors import InputError, StateError
from shekara.packets.payload import MEDIA_TYPE_PATTERN
from shekara.services.records import RecordService
from shekara.vault import attachment_store, audit
from shekara.vault import records as repo
from shekara.vault.vault import Vault, now_utc

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024
DEFAULT_MEDIA_TYPE = "application/octet-stream"


@dataclass(frozen=True)
class Attached:
    record_id: str
    version: int
    sha256: str
    size: int
    media_type: str


def _media_type(path: Path, given: str | None) -> str:
    media_type = (given or mimetypes.guess_type(path.name)[0] or DEFAULT_MEDIA_TYPE).lower()
    if not MEDIA_TYPE_PATTERN.match(media_type):
        raise InputError("attach.bad_media_type", "the media type must look like image/jpeg")
    return media_type


def _read(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_ATTACHMENT_BYTES + 1)
    except OSError as exc:
        raise InputError("cli.unreadable", "cannot read the attachment: {reason}",
                         reason=exc.strerror or "I/O error") from None
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise InputError("attach.too_large", "an attachment is at most {n} bytes",
                         n=MAX_ATTACHMENT_BYTES)
    if not data:
        raise InputError("attach.empty", "the attachment file is empty")
    return data


def attach(vault: Vault, ref: ReferenceData, record_id: str, path: Path,
           media_type: str | None = None) -> Attached:
    """Add a file's bytes to the vault and its metadata to the record's draft, in one
    transaction."""
    head = repo.get_version(vault.conn, record_id)
    if head.state != "draft":
        raise StateError("attach.not_draft", "record {id} version {version} is {status}: "
                         "attachments are added to a draft (amend the record first)",
                         id=record_id, version=head.version, status=head.status)
    kind = _media_type(path, media_type)
    data = _read(path)
    sha = hashlib.sha256(data).hexdigest()
    listed = list(head.data.get("attachments") or [])
    if any(item.get("sha256") == sha for item in listed):
        raise StateError("attach.already", "that file is already attached to record {id}",
                         id=record_id)
    listed.append({"name": path.name, "media_type": kind, "sha256": sha, "size": len(data)})
    new_data = validate_record({**head.data, "attachments": listed}, ref,
                               now=datetime.now().astimezone(), on_add=False)
    at = now_utc()
    with vault.transaction() as conn:
        attachment_store.add_attachment(conn, sha, kind, data)
        repo.update_draft(conn, record_id, head.version, new_data,
                          content_hash({**new_data, "id": record_id, "version": head.version}),
                          at)
        repo.upsert_summary(conn, record_id, head.version, "draft",
                            RecordService(vault, ref)._summary(new_data),
                            created_by=head.created_by, at=at)
        audit.append(conn, vault.officer, "record.change", record_id=record_id,
                     version=head.version, detail={"attachment": sha, "size": len(data)})
    return Attached(record_id, head.version, sha, len(data), kind)


class AttachmentService:
    """Attaching files to records.

    Bound to one vault, as a Session property; the functions above do the work."""

    def __init__(self, vault: Vault, ref: ReferenceData) -> None:
        self.vault = vault
        self.ref = ref

    def attach(self, record_id: str, path: Path, media_type: str | None = None) -> Attached:
        return attach(self.vault, self.ref, record_id, path, media_type)
