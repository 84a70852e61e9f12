"""Why the posts overview says a post's audit chain broke, in the officer's language: the post's
real packets 2 and 3, sealed again with its real keys as a post whose audit log was reset would
send them (the head going back, then the same entry with another hash), imported at HQ; the
overview shows each break in kk, lt and ru exactly as the catalogs translate it, numbers filled
in. A break recorded before the post event kept its message shows its English; `hq status`
gives the English, key for key, as it always did."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from shekara.messages import Message
from shekara.packets.container import AuditHead, decrypt_body, seal, verify_only
from shekara.services import keys
from shekara.services.audit_breaks import AUDIT_BREAKS
from shekara.ui.context import UiContext
from shekara.ui.hq.overview import PostsOverviewDialog
from shekara.vault import post_log
from tests.support.ts_catalog import catalog_translation
from tests.ui.export.world import HQ, POST, World

LANGUAGES = ("kk", "lt", "ru")
WAIT = 20000


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _resealed(linked: World, path: Path, *, prev_hash: str, head: AuditHead) -> Path:
    """The post's packet at `path`, its records as they are, with another audit head: signed
    with the post's own keys and encrypted to HQ's, as the export seals (services/export.py)."""
    data = path.read_bytes()
    verified = verify_only(data, keys.hq_keyring(linked.hq.vault), expect_kind="records")
    body = decrypt_body(data, keys.identities(linked.hq.vault), offset=verified.body_offset)
    header = verified.header
    hq_keys = keys.own_keys(linked.hq.vault).public
    again = seal("records", body, signer=keys.own_keys(linked.post.vault),
                 recipients=[hq_keys.age_recipient], recipient_id=HQ, seq=header.seq,
                 prev_hash=prev_hash, audit_head=head, created_at=header.created_at)
    out = path.with_name(f"reset-{path.name}")
    out.write_bytes(again)
    return out


@pytest.fixture
def breaks(linked: World) -> dict[int, Message]:
    """Packets 1-3 of the post: 2 says the log went back one entry from 1's head, 3 that the
    entry 2 named changed. Both imported, each with its break."""
    paths = []
    for seed in (1, 2, 3):
        linked.approved(1, seed=seed)
        paths.append(linked.export().path)
    first = paths[0].read_bytes()
    head = verify_only(first, keys.hq_keyring(linked.hq.vault)).header.audit_head
    assert head is not None and head.seq > 1
    second = _resealed(linked, paths[1], prev_hash=_sha(first),
                       head=AuditHead(head.seq - 1, "ab" * 32))
    third = _resealed(linked, paths[2], prev_hash=_sha(second.read_bytes()),
                      head=AuditHead(head.seq - 1, "cd" * 32))
    outcomes = linked.hq_import(paths[0], second, third)
    assert [o.status for o in outcomes] == ["imported"] * 3
    found = {2: Message("hq.audit_went_back", AUDIT_BREAKS["hq.audit_went_back"],
                        {"before": head.seq, "after": head.seq - 1}),
             3: Message("hq.audit_entry_changed", AUDIT_BREAKS["hq.audit_entry_changed"],
                        {"entry": head.seq - 1})}
    assert [o.problems for o in outcomes] == [[], [found[2]], [found[3]]]
    return found


def open_overview(qtbot: Any, linked: World) -> PostsOverviewDialog:
    overview = PostsOverviewDialog(linked.hq, list_drives=linked.drives)
    qtbot.addWidget(overview)
    overview.show()
    qtbot.waitUntil(lambda: overview.model.rowCount() == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: POST in overview.details.toPlainText(), timeout=WAIT)
    return overview


def in_catalog(lang: str, message: Message) -> str:
    return catalog_translation(lang, "errors", message.template).format(**message.params)


def test_the_post_log_keeps_the_english_and_the_message(linked: World,
                                                         breaks: dict[int, Message]) -> None:
    events = post_log.post_events(linked.hq.vault.conn, POST)
    assert {e.seq: e.detail for e in events if e.event == "audit_chain_break"} == {
        seq: {"reason": str(m), "reason_msgid": m.msgid, "reason_params": dict(m.params)}
        for seq, m in breaks.items()}
    [stream] = linked.hq.hq.status(POST)
    assert stream.audit_break_reasons == [breaks[2], breaks[3]]
    # `hq status --json` as it always was: seq, the English, when.
    assert [sorted(b) for b in stream.to_json()["audit_breaks"]] == [["at", "reason", "seq"]] * 2
    assert [(b["seq"], b["reason"]) for b in stream.to_json()["audit_breaks"]] == [
        (2, str(breaks[2])), (3, str(breaks[3]))]
    assert str(breaks[3]).startswith("audit chain break: the post's audit entry ")


def test_the_overview_says_each_break_in_the_officers_language(
        qtbot: Any, english: UiContext, linked: World, breaks: dict[int, Message]) -> None:
    overview = open_overview(qtbot, linked)
    text = overview.details.toPlainText()
    for seq, message in breaks.items():
        assert f"Audit chain break at packet {seq}: {message} (" in text
    for lang in LANGUAGES:
        english.translations.set_language(lang)
        qtbot.waitUntil(lambda: overview.windowTitle() != "Posts overview", timeout=WAIT)
        text = overview.details.toPlainText()
        for message in breaks.values():
            expected = in_catalog(lang, message)
            assert f": {expected} (" in text and str(message) not in text, (lang, text)
            for number in message.params.values():
                assert str(number) in expected  # the numbers survive the translation
        english.translations.set_language("en")
        qtbot.waitUntil(lambda: overview.windowTitle() == "Posts overview", timeout=WAIT)


def test_a_break_recorded_before_shows_its_english(qtbot: Any, english: UiContext,
                                                   linked: World,
                                                   breaks: dict[int, Message]) -> None:
    """Packet 2's event as the program before wrote it (its English only): shown in English,
    while packet 3's, which keeps its message, is translated."""
    with linked.hq.vault.transaction() as conn:
        conn.execute("UPDATE hq_post_events SET detail = json_remove(detail, '$.reason_msgid',"
                     " '$.reason_params') WHERE event = 'audit_chain_break' AND seq = 2")
    [stream] = linked.hq.hq.status(POST)
    assert stream.audit_break_reasons == [None, breaks[3]]
    assert [b["reason"] for b in stream.audit_breaks] == [str(breaks[2]), str(breaks[3])]
    english.translations.set_language("ru")
    text = open_overview(qtbot, linked).details.toPlainText()
    assert f": {breaks[2]} (" in text  # the English the event keeps
    assert f": {in_catalog('ru', breaks[3])} (" in text and str(breaks[3]) not in text
