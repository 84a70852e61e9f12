"""A break in a post's audit chain, as HQ sees it in the heads its packets carry, and how the
post log keeps it (docs/hq-import.md, "Audit chain").

A packet's `audit_head` is compared with the one of the packet imported before it: a lower
entry number, or the same entry with another hash, is a break. It is said as a message, and the
post event that records it keeps it twice in its JSON detail: `reason`, the English sentence
that `hq status` prints and `--json` gives as it always did, and beside it `reason_msgid` and
`reason_params`, so that the window shows it in the officer's language without parsing the
English back (docs/architecture.md, "How a message travels"). The template is not stored: it
lives here, the catalogs' source text. An event recorded before the message was kept has only
its English, and is shown in it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from shekara.messages import Message, kept_message
from shekara.packets.container import PacketHeader
from shekara.vault.inbox_store import InboxEntry

AUDIT_BREAKS = {
    "hq.audit_went_back": "audit chain break: the post's audit log went back from entry "
                          "{before} to {after}",
    "hq.audit_entry_changed": "audit chain break: the post's audit entry {entry} changed",
}


def audit_break(msgid: str, **params: Any) -> Message:
    """The break `msgid` (a key of AUDIT_BREAKS) with its parameters."""
    return Message(msgid, AUDIT_BREAKS[msgid], params)


def audit_breaks(previous: InboxEntry | None, header: PacketHeader) -> list[Message]:
    """What the packet's audit head says against the packet imported before it: nothing when
    either has none, or the post's log only grew (or stayed as it was: packet-format 10)."""
    head = header.audit_head
    if previous is None or previous.audit_seq is None or head is None:
        return []
    if head.seq < previous.audit_seq:
        return [audit_break("hq.audit_went_back", before=previous.audit_seq, after=head.seq)]
    if head.seq == previous.audit_seq and head.hash != previous.audit_hash:
        return [audit_break("hq.audit_entry_changed", entry=head.seq)]
    return []


def event_detail(problem: Message) -> dict[str, Any]:
    """The post event's detail: the English, and the message's id and parameters beside it."""
    return {"reason": str(problem), "reason_msgid": problem.msgid,
            "reason_params": dict(problem.params)}


def kept_break(detail: Mapping[str, Any]) -> Message | None:
    """The message a post event keeps; None for an event recorded before it was kept (or one
    whose id or parameters this program's table does not take): its English is shown."""
    return kept_message(AUDIT_BREAKS, detail.get("reason_msgid"), detail.get("reason_params"))
