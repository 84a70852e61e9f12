"""Why a post's packet was quarantined, in the officer's language (HQ > Held and quarantined
packets…): real forks from a copy of the post's vault — a second packet 1 and a packet 3 that
does not follow packet 2 — show their reasons in kk, lt and ru exactly as the catalogs
translate them, numbers filled in. A vault of the schema before the reasons were kept as
messages opens with its forks still in English; a held packet quarantined after (it did not
follow the packet that filled its gap) shows translated. The posts overview says why too."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from shekara.services import export
from shekara.services.fork_reasons import FORK_REASONS
from shekara.services.hq_held import KeptPacket
from shekara.services.session import Session
from shekara.ui.context import UiContext
from shekara.ui.hq.overview import PostsOverviewDialog
from shekara.ui.widgets.kept_packets import Column
from shekara.vault import migrations
from shekara.vault.migrations import schema_version
from shekara.vault.vault import Vault
from tests.support.ts_catalog import catalog_translation
from tests.ui.conftest import close_under_lock
from tests.ui.export.world import PASSPHRASE, POST, SUPERVISOR, World
from tests.ui.hq.test_held_screen import _sample, cells, open_screen

LANGUAGES = ("kk", "lt", "ru")
WAIT = 20000


@dataclass
class Forks:
    reasons: dict[int, tuple[str, dict[str, int]]]  # seq → the reason's msgid and parameters
    real: list[Path]  # the post's packets 1-4
    copied: list[Path]  # packets 1-5 of a copy of the post's vault


@pytest.fixture
def forks(linked: World) -> Forks:
    """The post's packets 1 and 2 imported at HQ; a copy of its vault (made before either was
    written) writes its own 1 to 5. At HQ its 1 is a second packet 1 and its 3 does not follow
    the real 2: both are quarantined."""
    linked.post.close()
    shutil.copytree(linked.root / "post", linked.root / "clone")
    clone = Session(Vault.open(linked.root / "clone", SUPERVISOR, PASSPHRASE))
    linked.post = Session(Vault.open(linked.root / "post", SUPERVISOR, PASSPHRASE))
    try:
        real = []
        for seed in (1, 2, 3, 4):
            linked.approved(1, seed=seed)
            real.append(linked.export().path)
        other = linked.root / "other"
        other.mkdir()
        copied = []
        for seed in (5, 6, 7, 8, 9):
            [record_id] = clone.records.add([_sample(seed)])
            clone.records.approve(record_id)
            copied.append(export.export(clone.vault, other).path)
    finally:
        clone.close()
    outcomes = linked.hq_import(real[0], real[1], copied[0], copied[2])
    assert [o.status for o in outcomes] == ["imported", "imported", "fork", "fork"]
    return Forks({1: ("hq.fork_same_seq", {}), 3: ("hq.fork_not_following", {"last": 2})},
                 real, copied)


def reasons(linked: World) -> dict[int, KeptPacket]:
    return {k.seq: k for k in linked.hq.held.list() if k.state == "fork"}


def shown(dialog: Any) -> dict[int, str]:
    """The Why quarantined cell of each row, by the packet's number."""
    model = dialog.model
    return {int(cells(model, r)[Column.NUMBER]): cells(model, r)[Column.REASON]
            for r in range(model.rowCount())}


def test_the_service_keeps_each_reason_as_its_message(linked: World, forks: Forks) -> None:
    kept = reasons(linked)
    assert {seq: (k.reason_message.msgid, dict(k.reason_message.params))
            for seq, k in kept.items() if k.reason_message is not None} == forks.reasons
    for k in kept.values():  # the English beside it, as the command line prints it
        assert k.reason == str(k.reason_message)
        assert "reason_message" not in k.to_json()


def test_the_reasons_show_in_the_officers_language(qtbot: Any, english: UiContext,
                                                   linked: World, forks: Forks) -> None:
    dialog = open_screen(qtbot, linked.hq)
    in_english = shown(dialog)
    assert in_english == {
        1: "a different packet with this sequence number was received before",
        3: "it does not follow packet 2, the last one imported"}
    for lang in LANGUAGES:
        english.translations.set_language(lang)
        qtbot.waitUntil(lambda: dialog.windowTitle() != "Held and quarantined packets",
                        timeout=WAIT)
        texts = shown(dialog)
        for seq, (msgid, params) in forks.reasons.items():
            expected = catalog_translation(lang, "errors", FORK_REASONS[msgid]).format(**params)
            assert texts[seq] == expected and expected != in_english[seq], (lang, seq)
            row = [item.seq for item in dialog.model.rows()].index(seq)
            tip = dialog.model.data(dialog.model.index(row, Column.REASON),
                                    Qt.ItemDataRole.ToolTipRole)
            assert tip == expected
        assert "2" in texts[3]  # the number survives the translation
        english.translations.set_language("en")
        qtbot.waitUntil(lambda: dialog.windowTitle() == "Held and quarantined packets",
                        timeout=WAIT)


def _to_schema_20(linked: World) -> None:
    """The HQ vault as the schema before step 21 had it: the columns gone with what they held,
    the English reasons kept; then opened again (the step runs)."""
    conn = linked.hq.vault.conn
    for column in ("reason_msgid", "reason_params"):
        conn.execute(f"ALTER TABLE hq_inbox DROP COLUMN {column}")
    conn.execute("PRAGMA user_version = 20")
    close_under_lock(linked.hq)
    linked.hq = Session(Vault.open(linked.root / "hq", SUPERVISOR, PASSPHRASE))


def test_forks_from_before_the_step_keep_their_english(qtbot: Any, english: UiContext,
                                                       linked: World, forks: Forks) -> None:
    before = {seq: k.reason for seq, k in reasons(linked).items()}
    _to_schema_20(linked)
    assert schema_version(linked.hq.vault.conn) == migrations.LATEST == 21
    old = reasons(linked)
    assert {seq: (k.reason, k.reason_message) for seq, k in old.items()} == {
        seq: (text, None) for seq, text in before.items()}
    with linked.hq.vault.transaction() as conn:  # the step again: nothing changes
        migrations._step_reason_messages(conn)
    assert reasons(linked) == old
    # A supervisor discards the copy's 3, so the real 3 imports; the copy's 5 waits behind the
    # gap and, once the real 4 arrives, does not follow it: quarantined now, with its message.
    linked.hq.held.discard(old[3].id, "a copied laptop")
    outcomes = linked.hq_import(forks.copied[4], forks.real[2], forks.real[3])
    assert [o.status for o in outcomes] == ["held", "imported", "imported"]
    assert [p.msgid for p in outcomes[-1].problems] == ["hq.held_fork"]
    new = reasons(linked)[5]
    assert new.reason_message is not None
    assert (new.reason_message.msgid, dict(new.reason_message.params)) == (
        "hq.fork_not_following", {"last": 4})
    english.translations.set_language("ru")
    texts = shown(open_screen(qtbot, linked.hq))
    assert texts == {1: before[1],  # in English, as the vault has it
                     5: catalog_translation("ru", "errors", FORK_REASONS[
                         "hq.fork_not_following"]).format(last=4)}


def test_the_posts_overview_says_why_in_the_officers_language(qtbot: Any, english: UiContext,
                                                              linked: World,
                                                              forks: Forks) -> None:
    english.translations.set_language("ru")
    overview = PostsOverviewDialog(linked.hq, list_drives=linked.drives)
    qtbot.addWidget(overview)
    overview.show()
    qtbot.waitUntil(lambda: overview.model.rowCount() == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: POST in overview.details.toPlainText(), timeout=WAIT)
    text = overview.details.toPlainText()
    for msgid, params in forks.reasons.values():
        english_reason = FORK_REASONS[msgid].format(**params)
        translated = catalog_translation("ru", "errors", FORK_REASONS[msgid]).format(**params)
        assert f"({translated})" in text and english_reason not in text
    assert [f["reason"] for f in linked.hq.hq.status(POST)[0].forks] == [  # `hq status`
        "a different packet with this sequence number was received before",
        "it does not follow packet 2, the last one imported"]
