"""An audit chain break as a message: found from two packets' audit heads, kept in the post
event's JSON detail as its English and beside it its id and parameters, and rebuilt only when it
fits this program's table (an event from before, an unknown id or parameters the template does
not take give None: the screen shows the event's English)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from shekara.packets.container import AuditHead, PacketHeader
from shekara.services.audit_breaks import (
    AUDIT_BREAKS,
    audit_break,
    audit_breaks,
    event_detail,
    kept_break,
)
from shekara.vault.inbox_store import InboxEntry


def _before(seq: int | None, hash_: str | None) -> InboxEntry:
    return InboxEntry("KZ-NUR-ZHOLY", 1, "ab" * 32, "imported", None, seq, hash_, 1, None,
                      "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z")


def _header(head: AuditHead | None) -> PacketHeader:
    return PacketHeader("records", "KZ-NUR-ZHOLY", "f" * 16, "HQ-KZ", (), 2, "ab" * 32,
                        "2026-01-02T00:00:00Z", "cd" * 32, 10, head)


@pytest.mark.parametrize("before, head, found", [
    ((10, "aa"), (7, "bb"), [("hq.audit_went_back", {"before": 10, "after": 7})]),
    ((10, "aa"), (10, "bb"), [("hq.audit_entry_changed", {"entry": 10})]),
    ((10, "aa"), (10, "aa"), []),  # the same head again (packet-format 10)
    ((10, "aa"), (11, "bb"), []),
    ((None, None), (1, "bb"), []),  # the packet before carried no head
])
def test_a_break_is_found_from_the_heads(before: tuple[Any, Any], head: tuple[int, str],
                                         found: list[tuple[str, dict[str, int]]]) -> None:
    breaks = audit_breaks(_before(*before), _header(AuditHead(*head)))
    assert [(b.msgid, dict(b.params)) for b in breaks] == found
    assert audit_breaks(None, _header(AuditHead(*head))) == []
    assert audit_breaks(_before(*before), _header(None)) == []


def test_the_event_keeps_the_english_and_the_message_beside_it() -> None:
    made = audit_break("hq.audit_went_back", before=10, after=7)
    detail = json.loads(json.dumps(event_detail(made)))  # as the post log stores it
    assert detail == {"reason": "audit chain break: the post's audit log went back from entry "
                                "10 to 7",
                      "reason_msgid": "hq.audit_went_back",
                      "reason_params": {"before": 10, "after": 7}}
    assert kept_break(detail) == made


def test_what_does_not_fit_gives_no_message() -> None:
    english = "audit chain break: the post's audit entry 4 changed"
    assert kept_break({"reason": english}) is None  # an event from before
    for msgid, params in [("hq.audit_entry_changed", None), ("hq.no_such_break", {"entry": 4}),
                          ("hq.audit_entry_changed", {"seq": 4}),  # {entry} left unfilled
                          ("hq.audit_entry_changed", [4]), (7, {"entry": 4})]:
        assert kept_break({"reason": english, "reason_msgid": msgid,
                           "reason_params": params}) is None, (msgid, params)
    assert set(AUDIT_BREAKS) == {"hq.audit_went_back", "hq.audit_entry_changed"}
