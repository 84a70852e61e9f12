"""HQ > Held and quarantined packets… on real vaults and real packet files: a post's packet held
behind a gap and a fork from a copied vault are listed; an officer reads the list but cannot
discard; an empty reason is refused with the form kept; No changes nothing; Yes discards exactly
that packet (gone from the list and from the service's, audited, and the next acknowledgement
tells the post); the posts overview opens the screen for its post; the HQ menu reaches it."""

from __future__ import annotations

import hashlib
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from shekara.services import acks, export
from shekara.services.session import Session
from shekara.ui import i18n
from shekara.ui.context import UiContext
from shekara.ui.hq.held import HqHeldDialog
from shekara.ui.hq.overview import PostsOverviewDialog
from shekara.ui.widgets.kept_packets import Column, KeptPacketsModel, KeptRow
from shekara.vault import audit
from shekara.vault.vault import Vault
from tests.ui.conftest import close_under_lock
from tests.ui.export.world import OFFICER, PASSPHRASE, POST, SUPERVISOR, World
from tests.ui.test_catalogs import settled_problems

WAIT = 20000


def _sample(seed: int) -> dict[str, Any]:
    from shekara.demo.samples import generate_records

    return next(iter(generate_records(1, seed=seed, party="KZ")))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def kept(linked: World) -> dict[str, Path]:
    """At HQ: packet 1 imported, packet 1 again from a copy of the post's vault (a fork),
    packet 3 held (2 is missing). Returns the files by name."""
    linked.post.close()
    shutil.copytree(linked.root / "post", linked.root / "clone")
    clone = Session(Vault.open(linked.root / "clone", SUPERVISOR, PASSPHRASE))
    linked.post = Session(Vault.open(linked.root / "post", SUPERVISOR, PASSPHRASE))
    try:
        paths = []
        for seed in (1, 2, 3):
            linked.approved(1, seed=seed)
            paths.append(linked.export().path)
        other = linked.root / "other"
        other.mkdir()
        [cloned_id] = clone.records.add([_sample(9)])
        clone.records.approve(cloned_id)
        forked = export.export(clone.vault, other).path
    finally:
        clone.close()
    outcomes = linked.hq_import(paths[0], forked, paths[2])
    assert [o.status for o in outcomes] == ["imported", "fork", "held"]
    return {"first": paths[0], "missing": paths[1], "held": paths[2], "fork": forked}


@pytest.fixture
def officer_at_hq(linked: World) -> Iterator[Session]:
    session = Session(Vault.open(linked.root / "hq", OFFICER, PASSPHRASE))
    yield session
    close_under_lock(session)


def open_screen(qtbot: Any, session: Session, post: str | None = None) -> HqHeldDialog:
    dialog = HqHeldDialog(session, post=post)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    return dialog


def cells(model: Any, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def select(dialog: HqHeldDialog, state: str) -> KeptRow:
    for row, item in enumerate(dialog.model.rows()):
        if item.state == state:
            dialog.view.selectRow(row)
            selected = dialog.selected()
            assert selected is not None and selected.state == state
            return selected
    raise AssertionError(f"no {state} row")


def discards(session: Session) -> list[Any]:
    return audit.entries(session.vault.conn, action="hq.held_discard")


def test_the_list_shows_the_held_packet_and_the_fork(qtbot: Any, qtmodeltester: Any,
                                                     linked: World,
                                                     kept: dict[str, Path]) -> None:
    dialog = open_screen(qtbot, linked.hq)
    assert dialog.model.rowCount() == 2 and not dialog.empty_label.isVisible()
    rows = {cells(dialog.model, r)[Column.STATE]: cells(dialog.model, r) for r in range(2)}
    fork, held = rows["fork, quarantined"], rows["held"]
    assert fork[Column.SOURCE] == POST and fork[Column.NUMBER] == "1"
    assert fork[Column.RECORDS] == "—"  # never opened
    assert "a different packet with this sequence number" in fork[Column.REASON]
    assert fork[Column.SHA256] == _sha(kept["fork"])[:16] + "…"
    assert held[Column.NUMBER] == "3" and held[Column.RECORDS] == "1"
    assert held[Column.REASON] == "—" and held[Column.SHA256] == _sha(kept["held"])[:16] + "…"
    assert held[Column.RECEIVED] != "—"
    model = dialog.model
    tip = model.data(model.index(0, Column.SHA256), 3)  # ToolTipRole: the whole digest
    assert tip in (_sha(kept["fork"]), _sha(kept["held"]))
    assert "A held packet" in dialog.explain.text() and "A fork is" in dialog.explain.text()
    assert "next acknowledgement" in dialog.explain.text()
    assert dialog.selected() is not None and dialog.discard_button.isEnabled()
    assert dialog.discard_button.toolTip() == ""
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(KeptPacketsModel())


def test_the_keyboard_reaches_everything(qtbot: Any, linked: World,
                                         kept: dict[str, Path]) -> None:
    """The table has the focus on opening (its caption's Alt+letter leads back to it), the
    arrows choose a packet, every button has its letter, Escape closes."""
    dialog = open_screen(qtbot, linked.hq)
    assert dialog.focusWidget() is dialog.view and dialog.caption.buddy() is dialog.view
    first = dialog.selected()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Down)
    assert dialog.selected() not in (None, first)
    for text in (dialog.caption.text(), dialog.refresh_button.text(),
                 dialog.discard_button.text()):
        assert re.search(r"&\w", text), text
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_nothing_kept_says_so(qtbot: Any, linked: World) -> None:
    dialog = open_screen(qtbot, linked.hq)
    assert dialog.model.rowCount() == 0
    assert dialog.empty_label.isVisible()
    assert dialog.empty_label.text() == "Nothing is held or quarantined."
    assert not dialog.discard_button.isEnabled()


def test_an_officer_reads_the_list_but_cannot_discard(qtbot: Any, linked: World,
                                                      kept: dict[str, Path],
                                                      officer_at_hq: Session) -> None:
    dialog = open_screen(qtbot, officer_at_hq)
    assert dialog.model.rowCount() == 2
    select(dialog, "fork")
    assert not dialog.discard_button.isEnabled()
    assert dialog.discard_button.toolTip() == "Only a supervisor can do this"
    assert dialog.open_discard() is None
    assert len(linked.hq.held.list()) == 2


def open_form(qtbot: Any, dialog: HqHeldDialog, state: str) -> Any:
    row = select(dialog, state)
    form = dialog.open_discard()
    assert form is not None and form.row == row
    qtbot.waitUntil(form.isVisible, timeout=WAIT)
    return form


def test_an_empty_reason_is_refused_and_the_form_kept(qtbot: Any, linked: World,
                                                      kept: dict[str, Path]) -> None:
    dialog = open_screen(qtbot, linked.hq)
    form = open_form(qtbot, dialog, "held")
    assert form.what.text() == f"Discard packet 3 from post {POST}?"
    form.reason.setText("   ")
    form.ok_button.click()
    assert form.refusal.text() == "Say why the packet is discarded: the reason is required."
    assert form.confirm_box is None and form.isVisible()
    assert form.reason.maxLength() == 500
    assert len(linked.hq.held.list()) == 2 and discards(linked.hq) == []


def test_no_changes_nothing(qtbot: Any, linked: World, kept: dict[str, Path]) -> None:
    dialog = open_screen(qtbot, linked.hq)
    form = open_form(qtbot, dialog, "fork")
    form.reason.setText("a copied laptop at the post")
    form.ok_button.click()
    box = form.confirm_box
    assert box is not None and box.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    assert box.text() == f"Discard packet 1 from post {POST}?"
    assert "tells the post to send it again" in box.informativeText()
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.wait(50)
    assert form.isVisible() and form.reason.text() == "a copied laptop at the post"
    assert len(linked.hq.held.list()) == 2 and discards(linked.hq) == []
    assert dialog.model.rowCount() == 2


def test_yes_discards_exactly_that_packet(qtbot: Any, linked: World,
                                          kept: dict[str, Path]) -> None:
    assert acks.build_ack(linked.hq.vault, POST).held == [3]
    dialog = open_screen(qtbot, linked.hq)
    form = open_form(qtbot, dialog, "held")
    form.reason.setText("  packet 2 was lost with the stick  ")
    form.ok_button.click()
    assert form.confirm_box is not None
    with qtbot.waitSignals([form.accepted, dialog.changed], timeout=WAIT):  # the form closes
        form.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not dialog.loading and dialog.model.rowCount() == 1, timeout=WAIT)
    [left] = dialog.model.rows()
    assert (left.state, left.seq, left.sha256) == ("fork", 1, _sha(kept["fork"]))
    assert f"Packet 3 from post {POST} is discarded." in dialog.outcome.text()
    assert dialog.outcome.styleSheet() == ""
    [still] = linked.hq.held.list()
    assert still.sha256 == _sha(kept["fork"])
    [entry] = discards(linked.hq)
    assert entry.detail == {"post": POST, "seq": 3, "state": "held",
                            "sha256": _sha(kept["held"]),
                            "reason": "packet 2 was lost with the stick"}
    assert entry.officer == SUPERVISOR
    # The next acknowledgement tells the post: packet 3 is to be sent again.
    ack = acks.build_ack(linked.hq.vault, POST)
    assert [(r.packet_seq, r.reason) for r in ack.refused] == [(3, "packet.discarded")]
    assert ack.held == [] and ack.imported_through == 1


def test_a_refusal_shows_in_red_and_keeps_the_form(qtbot: Any, linked: World,
                                                   kept: dict[str, Path]) -> None:
    """Another supervisor discarded it meanwhile: the service's refusal, in words."""
    dialog = open_screen(qtbot, linked.hq)
    form = open_form(qtbot, dialog, "held")
    linked.hq.held.discard(form.row.id, "settled by phone")
    form.reason.setText("the missing packet is lost")
    form.ok_button.click()
    assert form.confirm_box is not None
    form.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: bool(form.refusal.text()), timeout=WAIT)
    assert form.refusal.text() == f"HQ holds no packet {form.row.id}"
    assert "#B00020" in form.refusal.styleSheet()
    assert form.isVisible() and form.reason.text() == "the missing packet is lost"
    assert len(discards(linked.hq)) == 1


def test_the_overview_opens_the_screen_for_its_post(qtbot: Any, linked: World,
                                                    kept: dict[str, Path]) -> None:
    overview = PostsOverviewDialog(linked.hq, list_drives=linked.drives)
    qtbot.addWidget(overview)
    overview.show()
    qtbot.waitUntil(lambda: overview.model.rowCount() == 1, timeout=WAIT)
    assert overview.held_button.isEnabled()
    assert overview.held_button.text() == "&Held and quarantined packets…"
    dialog = overview.open_held()
    assert isinstance(dialog, HqHeldDialog) and dialog.post == POST
    qtbot.waitUntil(lambda: not dialog.loading and dialog.model.rowCount() == 2, timeout=WAIT)
    assert dialog.filter_label.isVisible()
    assert dialog.filter_label.text() == f"Only post {POST} is shown."
    # A discard there: the overview reads the posts again (one fork fewer).
    form = open_form(qtbot, dialog, "fork")
    form.reason.setText("a copied laptop")
    form.ok_button.click()
    assert form.confirm_box is not None
    form.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: overview.model.rows()[0].forks == [], timeout=WAIT)
    assert overview.held_button.isEnabled()  # packet 3 is still held
    dialog.show_every_post()
    assert dialog.post is None and not dialog.filter_label.isVisible()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    assert dialog.model.rowCount() == 1
    dialog.close()


def test_the_overview_button_is_off_without_held_packets(qtbot: Any, linked: World) -> None:
    linked.approved(1)
    linked.hq_import(linked.export().path)
    overview = PostsOverviewDialog(linked.hq, list_drives=linked.drives)
    qtbot.addWidget(overview)
    overview.show()
    qtbot.waitUntil(lambda: overview.model.rowCount() == 1, timeout=WAIT)
    assert overview.selected_post() == POST and not overview.held_button.isEnabled()


@pytest.mark.parametrize("as_officer", [False, True])
def test_the_hq_menu_opens_the_screen(qtbot: Any, ui_context: UiContext, linked: World,
                                      kept: dict[str, Path], officer_at_hq: Session,
                                      as_officer: bool) -> None:
    from shekara.ui.main.window import MainWindow

    window = MainWindow(officer_at_hq if as_officer else linked.hq, ui_context)
    qtbot.addWidget(window)
    action = window.hq_actions[3]
    assert action.objectName() == "actHqHeld" and action in window.menu_post.actions()
    assert action.text() == "&Held and quarantined packets…" and action.isEnabled()
    action.trigger()
    [dialog] = [d for d in window.open_dialogs() if isinstance(d, HqHeldDialog)]
    qtbot.waitUntil(lambda: not dialog.loading and dialog.model.rowCount() == 2, timeout=WAIT)
    assert dialog.discard_button.isEnabled() is not as_officer
    action.trigger()  # one at a time
    assert len([d for d in window.open_dialogs() if isinstance(d, HqHeldDialog)]) == 1
    window.clear_for_lock()
    assert window.open_dialogs() == []


def test_the_screen_follows_a_language_switch(qtbot: Any, linked: World, kept: dict[str, Path],
                                              english: Any) -> None:
    dialog = open_screen(qtbot, linked.hq)
    english.set_language("lt")
    qtbot.waitUntil(lambda: dialog.windowTitle() != "Held and quarantined packets",
                    timeout=WAIT)
    states = {cells(dialog.model, r)[Column.STATE] for r in range(2)}
    assert states == {"sulaikytas", "išsišakojimas, karantine"}
    assert dialog.model.headerData(Column.SOURCE, Qt.Orientation.Horizontal) == "Postas"
    assert dialog.windowTitle() == "Sulaikyti ir karantine esantys paketai"
    assert dialog.discard_button.text() == "&Atmesti…"  # the base class's own context
    assert dialog.empty_label.text() == "Nieko nesulaikyta ir nieko nėra karantine."
    form = open_form(qtbot, dialog, "held")
    assert form.what.text() == f"Atmesti paketą 3 iš posto {POST}?"
    assert form.reason_label.text() == "&Priežastis:"


@pytest.mark.parametrize("lang", [i18n.PSEUDO, "kk", "lt", "ru"])
def test_no_label_or_button_is_cut(qtbot: Any, ui_context: UiContext, linked: World,
                                   kept: dict[str, Path], lang: str) -> None:
    """The screen with its rows and a post's filter, its reason form, and the posts overview
    with its new button, in every language and the stretched pseudo-language."""
    ui_context.translations.set_language(lang)
    screen = open_screen(qtbot, linked.hq, post=POST)
    overview = PostsOverviewDialog(linked.hq, list_drives=linked.drives)
    qtbot.addWidget(overview)
    overview.show()
    qtbot.waitUntil(lambda: overview.model.rowCount() == 1, timeout=WAIT)
    form = open_form(qtbot, screen, "fork")
    problems: dict[str, list[str]] = {}
    for name, widget in {"held": screen, "form": form, "overview": overview}.items():
        if found := settled_problems(qtbot, widget):
            problems[name] = found
    assert not problems, problems


@pytest.mark.parametrize("lang", ["en", "kk", "lt", "ru"])
def test_the_question_keeps_yes_and_no_apart_by_keyboard(qtbot: Any, ui_context: UiContext,
                                                         linked: World, kept: dict[str, Path],
                                                         lang: str) -> None:
    """Alt+letter of Yes (the action's own word) is not No's: No stays the default."""
    ui_context.translations.set_language(lang)
    form = open_form(qtbot, open_screen(qtbot, linked.hq), "held")
    form.reason.setText("x")
    form.ok_button.click()
    box = form.confirm_box
    assert box is not None
    letters = [re.findall(r"&(\w)", box.button(b).text().lower())
               for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No)]
    assert all(len(found) == 1 for found in letters) and letters[0] != letters[1], letters
    box.button(QMessageBox.StandardButton.No).click()
