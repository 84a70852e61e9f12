"""The lazy record list model: pages, background reads, search results, clearing, the tester."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from shekara.domain.reference import load_default
from shekara.services.review import SentBack
from shekara.ui.main.record_model import PAGE_SIZE, Column, RecordTableModel
from shekara.ui.main.source import SessionRecordSource
from shekara.vault.records import ListedRecord, RecordFilter
from tests.ui.conftest import OFFICER, SUPERVISOR, VaultFixture

REF = load_default()
BASE = ListedRecord(rowid=0, id="", version=1, kind="border_violation", status="draft",
                    occurred_at="2026-10-02T08:30:00+05:00", checkpoint="KZ-KARAKOGA-ROAD",
                    citizenships=("LTU", "KAZ"), qualifies=True, title="Žukauskas Tomas",
                    created_by="nurlan.k", updated_at="2026-10-02T04:00:00+00:00")


class FakeSource:
    """An in-memory record source that counts its calls."""

    def __init__(self, count: int) -> None:
        kinds = ("border_violation", "drug_intel")
        self.rows = [replace(BASE, rowid=i, id=f"id-{i:06d}", kind=kinds[i % 2],
                             status="withdrawn" if i % 7 == 0 else "draft")
                     for i in range(count)]
        self.pages: list[int] = []
        self.counts = 0

    def _matching(self, flt: RecordFilter) -> list[ListedRecord]:
        return [r for r in self.rows if not flt.kinds or r.kind in flt.kinds]

    def page(self, flt: RecordFilter, limit: int, offset: int) -> list[ListedRecord]:
        self.pages.append(offset)
        return self._matching(flt)[offset:offset + limit]

    def count(self, flt: RecordFilter) -> int:
        self.counts += 1
        return len(self._matching(flt))

    def sent_back(self) -> dict[str, SentBack]:
        return {}


def test_pages_are_read_as_the_view_asks(qtmodeltester: Any) -> None:
    source = FakeSource(PAGE_SIZE * 2 + 17)
    model = RecordTableModel(REF, background=False)
    model.set_source(source)
    assert model.rowCount() == PAGE_SIZE and model.total == PAGE_SIZE * 2 + 17
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE * 2 + 17 and not model.canFetchMore()
    assert source.pages == [0, PAGE_SIZE, PAGE_SIZE * 2]
    qtmodeltester.check(model)


def test_a_short_first_page_needs_no_count(qtmodeltester: Any) -> None:
    source = FakeSource(30)
    model = RecordTableModel(REF, background=False)
    model.set_source(source)
    assert model.rowCount() == 30 and model.total == 30 and source.counts == 0
    model.set_filter(RecordFilter(kinds=("drug_intel",)))
    assert model.rowCount() == 15
    qtmodeltester.check(model)


def test_roles_and_display(qtmodeltester: Any) -> None:
    model = RecordTableModel(REF, background=False)
    model.set_source(FakeSource(3))
    row = 1
    item = model.data(model.index(row, Column.KIND), RecordTableModel.ObjectRole)
    assert isinstance(item, ListedRecord) and item.id == "id-000001"
    assert model.data(model.index(row, Column.KIND)) == REF.label("kind", "drug_intel", "en")
    assert model.data(model.index(row, Column.CITIZENSHIP)) == "Lithuania, Kazakhstan"
    assert model.data(model.index(row, Column.OCCURRED)) == "2026-10-02 08:30"
    assert model.data(model.index(row, Column.AGREEMENT)) == "✓"
    assert model.data(model.index(row, Column.OCCURRED), RecordTableModel.SortRole) == \
        BASE.occurred_at
    assert model.headerData(Column.SUMMARY, Qt.Orientation.Horizontal) == "Persons or summary"
    assert model.data(model.index(row, Column.SUMMARY)) == "Žukauskas Tomas"
    assert model.data(model.index(99, 0)) is None
    assert model.data(QModelIndex()) is None
    qtmodeltester.check(model)


def test_a_stored_bidi_override_is_shown_as_its_code_point() -> None:
    """A record stored before bidi controls were refused cannot reorder its row."""
    source = FakeSource(1)
    source.rows[0] = replace(source.rows[0], title="\u202eсаксуакуЖ\u200b Tomas")
    model = RecordTableModel(REF, background=False)
    model.set_source(source)
    expected = "‹U+202E›саксуакуЖ‹U+200B› Tomas"
    assert model.data(model.index(0, Column.SUMMARY)) == expected
    assert model.data(model.index(0, Column.SUMMARY), Qt.ItemDataRole.ToolTipRole) == expected


def test_search_results_replace_the_pages_and_clear_empties(qtmodeltester: Any) -> None:
    source = FakeSource(PAGE_SIZE * 3)
    model = RecordTableModel(REF, background=False)
    model.set_source(source)
    model.show_search_results("žuk", source.rows[:5])
    assert model.searching and model.rowCount() == 5 and model.total == 5
    assert not model.canFetchMore()
    qtmodeltester.check(model)
    model.clear()
    assert model.rowCount() == 0 and not model.canFetchMore() and model.total == 0
    qtmodeltester.check(model)


def test_an_approximate_search_hit_is_marked(qtmodeltester: Any) -> None:
    """One letter off (docs/search.md): the list says the hit is approximate, in the cell and its
    tooltip; an exact hit is shown as before."""
    model = RecordTableModel(REF, background=False)
    near = replace(BASE, id="near", approximate=True)
    model.show_search_results("Zhukauskos", [replace(BASE, id="exact"), near])
    assert model.data(model.index(0, Column.SUMMARY)) == "Žukauskas Tomas"
    assert model.data(model.index(1, Column.SUMMARY)) == "≈ Žukauskas Tomas"
    tip = model.data(model.index(1, Column.SUMMARY), Qt.ItemDataRole.ToolTipRole)
    assert "approximate" in tip and "Žukauskas Tomas" in tip
    qtmodeltester.check(model)


def test_reads_run_in_the_background_and_stale_answers_are_dropped(qtbot: Any,
                                                                   vault: VaultFixture) -> None:
    vault.add_samples(450)
    session = vault.session()
    model = RecordTableModel(session.ref)
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.set_source(SessionRecordSource(session))
    assert model.rowCount() == PAGE_SIZE
    qtbot.waitUntil(lambda: model.total == 450, timeout=10000)
    # Two filters in a row: only the second one's rows appear.
    model.set_filter(RecordFilter(kinds=("drug_intel",)))
    model.set_filter(RecordFilter(kinds=("border_violation",)))
    qtbot.waitUntil(lambda: model.rowCount() > 0 and all(
        model.row_at(i).kind == "border_violation"  # type: ignore[union-attr]
        for i in range(model.rowCount())), timeout=10000)
    qtbot.wait(200)
    assert all(model.row_at(i).kind == "border_violation"  # type: ignore[union-attr]
               for i in range(model.rowCount()))
    expected = session.records.count(RecordFilter(kinds=("border_violation",)))
    qtbot.waitUntil(lambda: model.total == expected, timeout=10000)


def test_a_failed_read_is_reported(qtbot: Any) -> None:
    class Broken(FakeSource):
        def page(self, flt: RecordFilter, limit: int, offset: int) -> list[ListedRecord]:
            raise RuntimeError("disk gone")

    model = RecordTableModel(REF)
    with qtbot.waitSignal(model.failed, timeout=5000) as blocker:
        model.set_source(Broken(10))
    assert isinstance(blocker.args[0], RuntimeError)
    assert not model.busy


def test_the_model_tester_on_a_real_vault(qtmodeltester: Any, vault: VaultFixture) -> None:
    vault.add_samples(260)
    session = vault.session()
    model = RecordTableModel(session.ref, background=False)
    model.set_source(SessionRecordSource(session))
    qtmodeltester.check(model)
    model.fetchMore()
    assert model.rowCount() == 260
    qtmodeltester.check(model)


def test_an_author_sees_which_drafts_were_sent_back_and_why(qtbot: Any,
                                                           vault: VaultFixture) -> None:
    """The author's list marks a draft a supervisor sent back, with the comment in its tip
    (issue 10: it was said only inside the record); once approved, the mark goes."""
    ids = vault.add_samples(3)
    supervisor = vault.session()
    drafts = [i for i in ids if supervisor.records.show(i).current.state == "draft"]
    assert len(drafts) >= 2
    sent, kept = drafts[0], drafts[1]
    supervisor.review.send_back(sent, "Citizenship missing: check the passport")
    officer = vault.session(OFFICER)
    model = RecordTableModel(officer.ref, background=False)
    model.set_source(SessionRecordSource(officer))

    def status(record_id: str, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return model.index(model.row_of(record_id), Column.STATUS).data(role)

    assert status(sent) == "Draft — sent back"
    assert status(sent, Qt.ItemDataRole.ToolTipRole).startswith(f"Sent back by {SUPERVISOR} (")
    assert "Citizenship missing: check the passport" in status(
        sent, Qt.ItemDataRole.ToolTipRole)
    assert status(kept) == "Draft" and status(kept, Qt.ItemDataRole.ToolTipRole) is None
    assert model.sent_back(sent) is not None and model.sent_back(kept) is None
    supervisor.review.approve(sent)
    model.reload()
    assert status(sent) == "Approved" and model.sent_back(sent) is None
