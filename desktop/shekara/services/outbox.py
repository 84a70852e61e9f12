"""The post's outbox as the window's Outbox screen shows it: each packet written and not yet
acknowledged by HQ (`shekara outbox`), with what the screen adds to the command's list — the
size of the copy the vault keeps (none when that copy is missing from the vault's folder) and
how often the packet was written again (`export --resend`, counted from the audit log's
`export` entries marked `resent`). Writing a packet again is `export.resend`, here as there.

Read-only, and for every officer, as the command is; writing again is a supervisor's.
"""

from __future__ import annotations

from dataclasses import dataclass

from shekara.services.keys import require_mode
from shekara.vault import audit, outbox_files, outbox_store
from shekara.vault.outbox_store import OutboxEntry
from shekara.vault.vault import Vault


@dataclass(frozen=True)
class OutboxPacket:
    seq: int
    state: str  # 'writing': interrupted before it was verified; 'written': on a stick, checked
    file_name: str
    records: int  # record versions carried
    tombstones: int  # records removed at the end of retention
    sha256: str
    created_at: str  # when it was made (UTC)
    written_at: str | None  # when it was first written to a stick and verified (UTC)
    size: int | None  # bytes of the copy the vault keeps; None: the copy is missing
    resent: int = 0  # times written again since
    last_resent_at: str | None = None

    @property
    def copy_missing(self) -> bool:
        return self.size is None


def outbox_packets(vault: Vault) -> list[OutboxPacket]:
    """The outbox in sequence order (an empty list: HQ has acknowledged every packet)."""
    require_mode(vault, "post")
    entries = outbox_store.outbox_entries(vault.conn)
    if not entries:
        return []
    held = outbox_store.held_sizes(vault.conn)
    again = _written_again(vault, entries)
    out = []
    for entry in entries:
        size = held.get(entry.seq) or outbox_files.size(vault.directory, entry.sha256)
        count, last = again.get(entry.seq, (0, None))
        out.append(OutboxPacket(entry.seq, entry.state, entry.file_name, entry.records,
                                entry.tombstones, entry.sha256, entry.created_at,
                                entry.written_at, size, count, last))
    return out


def _written_again(vault: Vault, entries: list[OutboxEntry]) -> dict[int, tuple[int, str]]:
    """seq → (times written again, the last time), from the audit log's `export` entries
    marked `resent`. Each names the packet's SHA-256 too: a number given again (after a
    failed export, or a restore) counts only the writes of the packet in the outbox now."""
    kept = {(e.seq, e.sha256) for e in entries}
    found: dict[int, tuple[int, str]] = {}
    since = min(e.created_at for e in entries)  # nothing older can be about these packets
    for logged in audit.entries(vault.conn, action="export", since=since):
        detail = logged.detail
        seq = detail.get("seq")
        if (not isinstance(seq, int) or not detail.get("resent")
                or (seq, detail.get("sha256")) not in kept):
            continue
        count, _last = found.get(seq, (0, ""))
        found[seq] = (count + 1, logged.at)
    return found
