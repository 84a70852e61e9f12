"""At HQ, a record received from a post has its history too: the versions the post sent, who
wrote and approved each at the post, the correction's reason, each view in HQ's audit log."""

from __future__ import annotations

from typing import Any

from shekara.ui.editors import RecordEditorPage
from shekara.ui.review.diff import CHANGED
from shekara.ui.review.diff_model import CHANGE_ROLE, Column
from shekara.ui.review.history_model import HistoryColumn
from shekara.vault import audit
from tests.ui.export.world import World

REASON = "Іс нөмірі жазылды"


def test_a_received_record_shows_the_versions_the_post_sent(qtbot: Any, linked: World) -> None:
    [record_id] = linked.approved(1)
    first = linked.export().path
    post = linked.post.records
    data = dict(post.show(record_id).current.data, case_number="2026-0042")
    post.amend(record_id, data, REASON)
    post.approve(record_id)
    second = linked.export().path
    assert [o.status for o in linked.hq_import(first, second)] == ["imported", "imported"]

    page = RecordEditorPage(linked.hq, record_id, None)
    qtbot.addWidget(page)
    page.show()
    assert page.history_button.isVisible()
    dialog = page.history_button.open_history()
    assert dialog is not None
    model = dialog.model
    rows = [[model.index(r, c).data() for c in HistoryColumn] for r in range(model.rowCount())]
    assert [row[HistoryColumn.VERSION] for row in rows] == ["1", "2"]
    assert all(row[HistoryColumn.CREATED].startswith("aigerim.s, ") and
               row[HistoryColumn.APPROVED].startswith("aigerim.s, ") for row in rows)
    assert [row[HistoryColumn.REASON] for row in rows] == ["", REASON]
    diff = dialog.diff.model
    shown = {diff.index(r, 0).data(): (diff.index(r, Column.NEW).data(),
                                        diff.index(r, 0).data(CHANGE_ROLE))
             for r in range(diff.rowCount())}
    assert shown == {"Case number": ("2026-0042", CHANGED)}
    viewed = [e.version for e in audit.entries(linked.hq.vault.conn, action="record.view",
                                               record_id=record_id)]
    assert viewed[-2:] == [2, 1]  # HQ's own log: the head, then the version it is compared with
