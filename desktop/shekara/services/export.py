"""Export at the post: approved record versions not yet sent, in one signed packet on a stick.

Crash safety, in three steps (docs/hq-import.md):
1. tx1 builds the packet and keeps its bytes in the outbox (state `writing`): the encrypted
   bytes as a file beside the vault, written and fsynced before tx1 commits, its SHA-256 in the
   row (vault/outbox_files.py); tx1 marks what it carries exported under its sequence number
   and makes it the post's last packet;
2. the file is written atomically (temp name, fsync, rename, read back) and verified: the
   signature with the post's own public key, the body decrypted with its own identity and
   compared with what was meant;
3. tx2 marks the outbox row `written` and appends the `export` audit entry.
Any failure in step 2 runs a compensating transaction that undoes tx1 and removes the file:
nothing is marked exported and a retry builds a fresh packet with the same sequence number
(the failed one never left the post). If the process dies between tx1 and tx2, the outbox row
is still `writing`: the next export writes those same bytes first, so one sequence number
never names two different packets (HQ would see a fork).
"""

from __future__ import annotations

import contextlib
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shekara.domain.reference import ReferenceData
from shekara.errors import PacketError, StateError, VaultError
from shekara.packets.container import AuditHead, decrypt_body, seal, verify_only
from shekara.packets.keys import PrivateKeys, PublicKeys
from shekara.packets.payload import Attachment, Tombstone, check_records, encode_records
from shekara.packets.writer import Opener, no_folder, packet_file_name, write_atomically
from shekara.services.keys import identities, own_keyring, own_keys, pinned_hq, require_mode
from shekara.services.outbox import OutboxPacket, outbox_packets
from shekara.targets import check_folder
from shekara.vault import (
    attachment_store,
    audit,
    chain_store,
    journal,
    outbox_files,
    outbox_store,
    packet_store,
)
from shekara.vault import records as repo
from shekara.vault.backup import restored_from, restored_unacknowledged
from shekara.vault.connection import Connection, DatabaseError
from shekara.vault.outbox_store import OutboxEntry
from shekara.vault.vault import Vault, now_utc


@dataclass(frozen=True)
class ExportResult:
    path: Path
    seq: int
    records: int
    tombstones: int
    sha256: str
    resumed: bool = False  # an interrupted export was finished with its original bytes
    resent: bool = False  # an outbox copy written again
    waiting: int = 0  # versions and tombstones still waiting after a resumed export

    def to_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "seq": self.seq, "records": self.records,
                "sha256": self.sha256, "tombstones": self.tombstones, "resumed": self.resumed,
                "resent": self.resent, "waiting": self.waiting}


@dataclass(frozen=True)
class _Built:
    entry: OutboxEntry
    packet: bytes
    body: bytes
    previous: tuple[int, str | None]


def export(vault: Vault, directory: Path, *, opener: Opener | None = None,
           after_restore: bool = False) -> ExportResult:
    """Write the next packet to `directory` and return where it is.

    After a restore, HQ's next ack must be taken first (it tells where the sequence stands),
    unless the supervisor says HQ has nothing newer (`after_restore`); the export's audit entry
    then says so (`after_restore: true`). Until an ack is taken, every export asks again."""
    require_mode(vault, "post")
    vault.require_supervisor()
    restored = restored_unacknowledged(vault)
    if restored and not after_restore:
        last, _ = chain_store.chain(vault.conn, "records")
        raise StateError("export.after_restore", "this vault was restored from a backup made "
                         "after packet {last}: if packets were exported after the backup, the "
                         "next one would repeat their numbers (a fork at HQ). Import HQ's newest "
                         "acknowledgement first ('shekara ack import FILE'; in the window: Post "
                         "> Import acknowledgement); if HQ has nothing after packet {last}, "
                         "export with --after-restore (in the window: tick 'HQ has confirmed it "
                         "received nothing newer — export anyway')",
                         last=last)
    check_folder(directory, PacketError, no_folder())  # before a number is spent
    own = own_keys(vault)
    hq = pinned_hq(vault)
    unfinished = outbox_store.outbox_entries(vault.conn, state="writing")
    if unfinished:
        entry = unfinished[0]
        packet = _outbox_bytes(vault, entry)
        path = _write_and_verify(vault, directory, entry, packet, None, hq, opener)
        _record_written(vault, entry, resent=False, after_restore=restored)
        return ExportResult(path, entry.seq, entry.records, entry.tombstones, entry.sha256,
                            resumed=True, waiting=packet_store.pending_count(vault.conn))
    built = _build_and_reserve(vault, own, hq)
    try:
        path = _write_and_verify(vault, directory, built.entry, built.packet, built.body, hq,
                                 opener)
    except Exception:
        _compensate(vault, built)
        raise
    _record_written(vault, built.entry, resent=False, after_restore=restored)
    return ExportResult(path, built.entry.seq, built.entry.records, built.entry.tombstones,
                        built.entry.sha256)


@dataclass(frozen=True)
class RestoreNotice:
    """Why the next export waits for HQ's acknowledgement: the vault was restored and has
    taken none since (timestamps in UTC, None where the audit log does not say)."""

    last_packet: int  # the last packet the restored vault knows it sent
    backup_made_at: str | None
    restored_at: str | None


def restore_notice(vault: Vault) -> RestoreNotice | None:
    """What `export` would refuse without `after_restore`, for a screen to say beforehand;
    None when nothing waits. Read-only, and no supervisor needed to read it."""
    require_mode(vault, "post")
    found = restored_from(vault)
    if found is None:
        return None
    return RestoreNotice(chain_store.chain(vault.conn, "records")[0], found.backup_made_at,
                         found.restored_at)


def resend(vault: Vault, directory: Path, seq: int, *,
           opener: Opener | None = None) -> ExportResult:
    """Write an outbox copy again (a lost or refused stick): the very same bytes."""
    require_mode(vault, "post")
    vault.require_supervisor()
    check_folder(directory, PacketError, no_folder())
    entries = [e for e in outbox_store.outbox_entries(vault.conn) if e.seq == seq]
    if not entries:
        raise StateError("export.not_in_outbox", "packet {seq} is not in the outbox: it was "
                         "acknowledged by HQ or never written", seq=seq)
    entry = entries[0]
    if entry.state != "written":
        raise StateError("export.unfinished", "packet {seq} was interrupted while being written:"
                         " run 'shekara export' to finish it (in the window: Post > Export "
                         "packet to a stick)", seq=seq)
    packet = _outbox_bytes(vault, entry)
    path = _write_and_verify(vault, directory, entry, packet, None, pinned_hq(vault), opener)
    _record_written(vault, entry, resent=True)
    return ExportResult(path, entry.seq, entry.records, entry.tombstones, entry.sha256,
                        resent=True)


def outbox(vault: Vault) -> list[OutboxEntry]:
    require_mode(vault, "post")
    return outbox_store.outbox_entries(vault.conn)


def _with_numbers(conn: Connection, versions: list[repo.StoredVersion]) -> list[dict[str, Any]]:
    """The versions as they travel, each with the record's registration number in this post's
    journal (packet-format §7.1, optional since 1.1), so HQ prints and finds the same number."""
    numbers = journal.record_numbers(conn, [v.id for v in versions])
    out = []
    for version in versions:
        data = version.to_json()
        if version.id in numbers:
            data["registration_number"] = numbers[version.id]
        out.append(data)
    return out


# --- the steps -----------------------------------------------------------------------------------
def _outbox_bytes(vault: Vault, entry: OutboxEntry) -> bytes:
    """The outbox copy, byte for byte: the row's bytes in vaults from before issue 13, else
    the outbox file, refused unless it hashes to what the row says."""
    held = outbox_store.outbox_packet(vault.conn, entry.seq)
    if held:
        return held
    return outbox_files.load(vault.directory, entry.sha256, entry.seq)


def _build_and_reserve(vault: Vault, own: PrivateKeys, hq: PublicKeys) -> _Built:
    """tx1: read what waits, build the packet, keep it in the outbox, mark it exported."""
    at = now_utc()
    try:
        return _reserve(vault, own, hq, at)
    except BaseException:
        # A file written before the transaction failed is named by no row: remove it.
        with contextlib.suppress(VaultError, OSError, DatabaseError):
            outbox_files.sweep(vault.directory, vault.conn)
        raise


def _reserve(vault: Vault, own: PrivateKeys, hq: PublicKeys, at: str) -> _Built:
    with vault.transaction() as conn:
        versions = repo.pending_versions(conn)
        tombs = repo.tombstones(conn, pending_only=True)
        if not versions and not tombs:
            raise StateError("export.nothing", "nothing to export: no approved record, "
                             "correction or withdrawal waits to be sent")
        previous = chain_store.chain(conn, "records")
        seq = previous[0] + 1
        wanted = list(dict.fromkeys(str(a["sha256"]) for v in versions
                                    for a in v.data.get("attachments") or []))
        stored = attachment_store.attachments(conn, wanted)
        if len(stored) != len(wanted):
            raise VaultError("export.attachment_missing", "an attachment named by a record is "
                             "missing from the vault: the vault may be damaged")
        head_seq, head_hash = audit.head(conn)
        body = encode_records(
            _with_numbers(conn, versions),
            [Tombstone(t["id"], t["version"], t["purged_on"]) for t in tombs],
            [Attachment(a.sha256, a.size, a.media_type, a.data) for a in stored])
        packet = seal("records", body, signer=own, recipients=[hq.age_recipient],
                      recipient_id=hq.code, seq=seq, prev_hash=previous[1],
                      audit_head=AuditHead(head_seq, head_hash))
        entry = OutboxEntry(seq, hashlib.sha256(packet).hexdigest(), "writing",
                            packet_file_name(own.public.code, "records", seq), len(versions),
                            len(tombs), at, None)
        # The file is durable before the row naming it commits (a crash in between leaves an
        # orphan file that outbox_files.sweep removes at the next start).
        outbox_files.store(vault.directory, packet, entry.sha256)
        outbox_store.add_outbox(conn, entry)
        repo.mark_exported(conn, [(v.id, v.version) for v in versions], seq, at)
        packet_store.mark_tombstones_exported(conn, [(t["id"], t["version"]) for t in tombs],
                                              seq)
        chain_store.set_chain(conn, "records", seq, entry.sha256)
        for record_id in dict.fromkeys(v.id for v in versions):
            repo.refresh_status(conn, record_id, at)
    return _Built(entry, packet, body, previous)


def _write_and_verify(vault: Vault, directory: Path, entry: OutboxEntry, packet: bytes,
                      body: bytes | None, hq: PublicKeys, opener: Opener | None) -> Path:
    final = directory / entry.file_name
    if final.is_file() and _same_bytes(final, packet):
        path = final  # an interrupted run got as far as the rename: the stick has it already
    else:
        path = write_atomically(directory, entry.file_name, packet, opener=opener)
    try:
        _verify(vault, packet, body, hq)
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    return path


def _same_bytes(path: Path, packet: bytes) -> bool:
    try:
        return path.stat().st_size == len(packet) and path.read_bytes() == packet
    except OSError:
        return False


def _verify(vault: Vault, packet: bytes, body: bytes | None, hq: PublicKeys) -> None:
    """Check the packet as HQ will, but with the post's own keys.

    The file on the stick was already read back from the stick and compared byte for byte with
    `packet` (the writer's read-back, past the page cache; or `_same_bytes` for a file an
    interrupted run left): the bytes checked here are the stick's, without a second read.

    This is the one place an export hashes each attachment: the encoder takes the vault's
    bytes under the vault's hashes and does not hash them, so the decrypted body's check is
    what proves every attachment in the packet matches its SHA-256 (a test swaps two
    attachments' bytes in the encoder). `check_records` checks all that `decode_records` does
    without copying the attachments out into a payload that would be thrown away."""
    verified = verify_only(packet, own_keyring(vault), expect_kind="records",
                           expect_recipient_id=hq.code)
    plain = decrypt_body(packet, identities(vault), offset=verified.body_offset)
    if body is not None and plain != body:
        raise PacketError("packet.verify_mismatch", "the packet's content read back differs "
                          "from what was meant; nothing was kept")
    check_records(plain)  # as HQ will decode it, every attachment against its SHA-256


def _record_written(vault: Vault, entry: OutboxEntry, *, resent: bool,
                    after_restore: bool = False) -> None:
    detail: dict[str, Any] = {"seq": entry.seq, "records": entry.records,
                              "tombstones": entry.tombstones, "sha256": entry.sha256}
    if resent:
        detail["resent"] = True
    if after_restore:  # a supervisor confirmed HQ has nothing newer than the backup
        detail["after_restore"] = True
    with vault.audited("export", detail=detail) as conn:
        if not resent:
            outbox_store.mark_outbox_written(conn, entry.seq, now_utc())


def _compensate(vault: Vault, built: _Built) -> None:
    """Undo tx1 after a failed write: nothing exported, the sequence number free again."""
    try:
        with vault.transaction() as conn:
            outbox_store.delete_outbox(conn, built.entry.seq)
            for record_id in packet_store.unmark_exported(conn, built.entry.seq):
                repo.refresh_status(conn, record_id)
            chain_store.set_chain(conn, "records", *built.previous)
        outbox_files.remove(vault.directory, built.entry.sha256)
    except VaultError:
        # The vault refused too: the outbox row stays `writing`, so the next export writes
        # these same bytes; the caller's error (the stick's) is the one to show.
        pass


# --- preview (for the GUI's export wizard) -------------------------------------------------------
@dataclass(frozen=True)
class ExportPreview:
    """What the next `export` would carry; read-only, nothing is reserved or marked."""

    new_records: int  # first versions of records
    corrections: int  # later approved versions
    withdrawals: int  # withdrawn versions (a withdrawal travels to HQ)
    tombstones: int  # records purged by retention
    attachments: int  # distinct attachments named by those versions
    attachment_bytes: int
    next_seq: int
    unfinished_seq: int | None  # an interrupted export the next export finishes first

    @property
    def empty(self) -> bool:
        return (self.unfinished_seq is None and not self.tombstones
                and not (self.new_records + self.corrections + self.withdrawals))


def preview(vault: Vault) -> ExportPreview:
    require_mode(vault, "post")
    conn = vault.conn
    versions = repo.pending_versions(conn)
    sizes: dict[str, int] = {}
    for v in versions:
        for a in v.data.get("attachments") or []:
            sizes[str(a["sha256"])] = int(a.get("size") or 0)
    unfinished = outbox_store.outbox_entries(conn, state="writing")
    withdrawn = sum(1 for v in versions if v.state == "withdrawn")
    first = sum(1 for v in versions if v.state != "withdrawn" and v.version == 1)
    return ExportPreview(
        new_records=first, corrections=len(versions) - withdrawn - first, withdrawals=withdrawn,
        tombstones=len(repo.tombstones(conn, pending_only=True)), attachments=len(sizes),
        attachment_bytes=sum(sizes.values()), next_seq=chain_store.chain(conn, "records")[0] + 1,
        unfinished_seq=unfinished[0].seq if unfinished else None)


class ExportService:
    """Exporting packets to a stick, the outbox and what the next packet carries.

    Bound to one vault, as a Session property; the functions above do the work."""

    def __init__(self, vault: Vault, ref: ReferenceData) -> None:
        self.vault = vault
        self.ref = ref

    def export(self, directory: Path, *, opener: Opener | None = None,
               after_restore: bool = False) -> ExportResult:
        return export(self.vault, directory, opener=opener, after_restore=after_restore)

    def resend(self, directory: Path, seq: int, *, opener: Opener | None = None) -> ExportResult:
        return resend(self.vault, directory, seq, opener=opener)

    def outbox(self) -> list[OutboxEntry]:
        return outbox(self.vault)

    def outbox_packets(self) -> list[OutboxPacket]:
        """The outbox with sizes and how often each packet was written again (the window's
        Outbox screen; services/outbox.py)."""
        return outbox_packets(self.vault)

    def preview(self) -> ExportPreview:
        return preview(self.vault)

    def restore_notice(self) -> RestoreNotice | None:
        return restore_notice(self.vault)
