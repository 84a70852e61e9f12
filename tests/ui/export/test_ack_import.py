"""Importing HQ's acknowledgement at the post: records become `acknowledged`, the dialog shows
what HQ confirmed and reported; an old ack says "nothing new"; a wrong file is refused."""

from __future__ import annotations

from typing import Any

from shekara.services.acks import AckResult
from shekara.ui.export.ack_import import AckImportDialog
from tests.ui.export.world import World

WAIT = 20000


def open_dialog(qtbot: Any, world: World) -> AckImportDialog:
    dialog = AckImportDialog(world.post, list_drives=world.drives)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_an_ack_marks_records_acknowledged_and_is_shown(qtbot: Any, linked: World) -> None:
    ids = linked.approved(3)
    packet = linked.export().path
    [outcome] = linked.hq_import(packet)
    assert outcome.status == "imported"
    ack = linked.ack_file()
    dialog = open_dialog(qtbot, linked)
    with qtbot.waitSignal(dialog.imported, timeout=WAIT) as taken:
        dialog.import_file(ack)
    result = taken.args[0]
    assert isinstance(result, AckResult) and result.newer and result.acknowledged == 3
    assert linked.statuses(ids) == ["acknowledged"] * 3
    assert dialog.headline.text() == "Acknowledgement 1 from HQ is taken."
    details = dialog.details.text()
    assert "3 record versions newly marked as acknowledged (in 3 records)." in details
    assert "HQ has imported every packet up to number 1." in details
    assert "1 packet copy no longer needed was removed from the outbox." in details
    assert "No gaps, held packets or refusals reported." in details
    assert not dialog.resend_button.isVisible()

    # The same file again: nothing new, nothing changed.
    dialog.import_file(ack)
    qtbot.waitUntil(lambda: dialog.outcome is not None and not dialog.outcome.newer,
                    timeout=WAIT)
    assert dialog.headline.text().startswith("Nothing new: this acknowledgement (number 1)")
    assert "newly marked" not in dialog.details.text()
    assert linked.statuses(ids) == ["acknowledged"] * 3


def test_gaps_held_and_refusals_are_reported(qtbot: Any, linked: World) -> None:
    linked.approved(1, seed=1)
    first = linked.export().path
    linked.approved(1, seed=2)
    lost = linked.export().path  # packet 2 never reaches HQ: a gap
    linked.approved(1, seed=3)
    third = linked.export().path
    first.rename(first.with_suffix(".keep"))
    outcomes = linked.hq_import(first.with_suffix(".keep"), third)
    assert [o.status for o in outcomes] == ["imported", "held"]
    ack = linked.ack_file()
    dialog = open_dialog(qtbot, linked)
    dialog.import_file(ack)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT)
    details = dialog.details.text()
    assert "HQ has imported every packet up to number 1." in details
    assert "HQ is missing packet(s) 2: write them again and send them" in details
    assert "HQ holds packet(s) 3 until the missing ones arrive." in details
    # The outbox still holds packet 2: the button writes it again (tests/ui/export/
    # test_ack_resend.py follows it into the outbox screen).
    assert dialog.resendable == [2] and dialog.resend_button.isVisible()
    assert dialog.resend_button.text() == "&Write the missing packets again…"
    assert lost.exists()


def test_a_records_packet_is_not_an_acknowledgement(qtbot: Any, linked: World) -> None:
    linked.approved(1)
    packet = linked.export().path
    dialog = open_dialog(qtbot, linked)
    dialog.import_file(packet)
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=WAIT)
    assert dialog.headline.text() == "The acknowledgement was not taken."
    assert dialog.details.text()  # the translated refusal
    assert dialog.choose_button.isEnabled()


def test_an_unreadable_file_is_refused(qtbot: Any, linked: World) -> None:
    dialog = open_dialog(qtbot, linked)
    dialog.import_file(linked.stick / "missing.shk")
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=WAIT)
    assert "cannot read missing.shk" in dialog.details.text().lower()


def test_the_file_dialog_starts_on_the_stick(qtbot: Any, linked: World) -> None:
    dialog = open_dialog(qtbot, linked)
    qtbot.waitUntil(lambda: dialog.start_folder() == str(linked.stick), timeout=WAIT)


def test_refusals_are_named_in_words(qtbot: Any, linked: World) -> None:
    dialog = open_dialog(qtbot, linked)
    result = AckResult(seq=2, newer=True, acknowledged=0, records=0, outbox_dropped=0,
                       imported_through=1, gaps=[4, 5, 6, 9], held=[], last_seq=1,
                       refused=[(2, "packet.fork"), (3, "packet.something_new")])
    lines = dialog.lines(result)
    assert "HQ refused packet 2: fork: a different packet with the same number." in lines
    assert "HQ refused packet 3: packet.something_new." in lines  # unknown: the code itself
    assert "HQ is missing packet(s) 4–6, 9: write them again and send them with the next stick." \
        in lines
