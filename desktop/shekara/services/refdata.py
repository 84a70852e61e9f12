"""Reference data by signed packet (design decision 8): HQ issues, posts import.

The files travel whole (every file of `domain.reference.FILES`) with the version of their
`meta.json`; a post takes only a newer version than the one in force (shipped or imported),
keeps it in its vault, and `Session` uses it from then on.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shekara.domain.reference import FILES, ReferenceData, load_default
from shekara.domain.strictjson import canonical_json
from shekara.errors import InputError, PacketError, StateError
from shekara.packets.container import open_packet
from shekara.packets.keys import KeyRing
from shekara.packets.payload import encode_refdata
from shekara.packets.writer import Opener
from shekara.services.keys import (
    enrolled_posts,
    identities,
    pinned_hq,
    post_recipient,
    require_mode,
)
from shekara.services.packet_io import SentPacket, send_sequenced
from shekara.vault import audit, chain_store, reference_store
from shekara.vault.connection import Connection
from shekara.vault.vault import Vault, now_utc


def files_sha256(files: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(files)).hexdigest()


def current(vault: Vault) -> ReferenceData:
    """The reference data in force: the vault's if newer than the shipped files."""
    shipped = load_default()
    kept = reference_store.newest_reference(vault.conn)
    if kept is not None and kept[0] > shipped.version:
        try:
            return ReferenceData(kept[1])
        except InputError:
            return shipped
    return shipped


def _keep(conn: Connection, ref: ReferenceData, source: str, at: str) -> None:
    files = {name: ref.sources[name] for name in FILES}
    reference_store.add_reference(conn, ref.version, files, files_sha256(files), source, at)


# --- at HQ ---------------------------------------------------------------------------------------
def issue(vault: Vault, directory: Path, *, source: Path | None = None, post: str | None = None,
          opener: Opener | None = None) -> list[SentPacket]:
    """One signed refdata packet per enrolled post (or for `post`), from `source` or the
    reference data in force. A newer `source` also becomes HQ's own reference data."""
    require_mode(vault, "hq")
    vault.require_supervisor()
    in_force = current(vault)
    ref = ReferenceData.load(source) if source is not None else in_force
    if source is not None and ref.version > in_force.version:
        with vault.audited("refdata.import", detail={"version": ref.version,
                                                     "source": "folder"}) as conn:
            _keep(conn, ref, vault.post_code, now_utc())
    elif source is not None and ref.version < in_force.version:
        raise StateError("refdata.older", "that reference data is version {version}; version "
                         "{current} is in force", version=ref.version, current=in_force.version)
    targets = [post] if post is not None else enrolled_posts(vault)
    if not targets:
        raise StateError("hq.no_posts", "no post is enrolled yet")
    body = encode_refdata({name: ref.sources[name] for name in FILES})
    return [send_sequenced(vault, "refdata", body, post_recipient(vault, code), directory,
                           detail={"version": ref.version}, audit_action="export", opener=opener)
            for code in targets]


# --- at the post ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class RefdataResult:
    version: int
    previous: int
    imported: bool  # False: that version was already in force, nothing changed


def import_refdata(vault: Vault, data: bytes) -> RefdataResult:
    require_mode(vault, "post")
    vault.require_supervisor()
    hq = pinned_hq(vault)
    opened = open_packet(data, KeyRing([hq]), identities(vault), expect_kind="refdata",
                         expect_recipient_id=vault.post_code)
    payload = opened.refdata
    in_force = current(vault)
    sha = files_sha256(payload.files)
    kept = reference_store.newest_reference(vault.conn)
    if payload.version == in_force.version and kept is not None and kept[2] == sha:
        return RefdataResult(payload.version, in_force.version, False)
    if payload.version <= in_force.version:
        raise StateError("refdata.not_newer", "the packet holds reference data version "
                         "{version}; version {current} is already in force",
                         version=payload.version, current=in_force.version)
    try:
        ref = ReferenceData(payload.files)
    except InputError as err:
        raise PacketError("packet.bad_body", "the reference data is malformed [{reason}]",
                          reason=err.msgid) from None
    with vault.transaction() as conn:
        _keep(conn, ref, hq.code, now_utc())
        seq, _ = chain_store.received_chain(conn, hq.code, "refdata")
        if opened.header.seq > seq:
            chain_store.set_received_chain(conn, hq.code, "refdata", opened.header.seq,
                                           opened.packet_sha256)
        audit.append(conn, vault.officer, "refdata.import",
                     detail={"version": payload.version, "seq": opened.header.seq})
    return RefdataResult(payload.version, in_force.version, True)


class RefdataService:
    """Reference data: the copy in force, issuing it (HQ), importing it (posts).

    Bound to one vault, as a Session property; the functions above do the work."""

    def __init__(self, vault: Vault, ref: ReferenceData) -> None:
        self.vault = vault
        self.ref = ref

    def current(self) -> ReferenceData:
        return current(self.vault)

    def issue(self, directory: Path, *, source: Path | None = None, post: str | None = None,
              opener: Opener | None = None) -> list[SentPacket]:
        return issue(self.vault, directory, source=source, post=post, opener=opener)

    def import_refdata(self, data: bytes) -> RefdataResult:
        return import_refdata(self.vault, data)
