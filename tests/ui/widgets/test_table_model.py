"""RowTableModel, the base of the app's flat tables, and the models built on it, through Qt's
own model checker (pytest-qt's qtmodeltester) and a real sorting proxy."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt

from shekara.services.hq import ImportOutcome
from shekara.ui.audit.model import AuditTableModel
from shekara.ui.hq.outcome_model import ImportOutcomeTableModel
from shekara.ui.keys.keys_model import PostKey, PostKeysTableModel
from shekara.ui.review.diff import CHANGED, DiffRow
from shekara.ui.review.diff_model import DiffTableModel
from shekara.ui.widgets.table_model import RowTableModel


@dataclass(frozen=True)
class Crossing:
    post: str
    people: int


class Column(IntEnum):
    POST = 0
    PEOPLE = 1


HEADERS = {Column.POST: QT_TRANSLATE_NOOP("CrossingModel", "Post"),
           Column.PEOPLE: QT_TRANSLATE_NOOP("CrossingModel", "People")}


class CrossingModel(RowTableModel[Crossing, Column]):
    columns = Column
    headers = HEADERS
    context = "CrossingModel"

    def display(self, row: Crossing, column: Column) -> str:
        return row.post if column == Column.POST else f"{row.people} people"

    def sort_value(self, row: Crossing, column: Column) -> Any:
        return row.post if column == Column.POST else row.people

    def role_data(self, row: Crossing, column: Column, role: int) -> Any:
        return row.post if role == Qt.ItemDataRole.ToolTipRole else None


ROWS = [Crossing("KZ-B", 10), Crossing("KZ-A", 9), Crossing("LT-C", 100)]


def test_the_base_model_passes_qts_model_checker(qtmodeltester: Any) -> None:
    model = CrossingModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model, force_py=True)  # and it keeps watching every change below
    model.append_rows([Crossing("LT-D", 1)])
    model.append_rows([])  # nothing to insert: no empty insertion
    model.set_rows(ROWS[:1])
    model.clear()
    assert model.rowCount() == 0


def test_cells_headers_and_roles_come_from_the_hooks() -> None:
    model = CrossingModel()
    model.set_rows(ROWS)
    assert model.rowCount() == 3 and model.columnCount() == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "People"
    assert model.headerData(2, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    cell = model.index(2, 1)
    assert model.data(cell) == "100 people"
    assert model.data(cell, model.SortRole) == 100
    assert model.data(cell, model.ObjectRole) == ROWS[2]
    assert model.data(cell, Qt.ItemDataRole.ToolTipRole) == "LT-C"
    assert model.data(model.index(5, 0)) is None  # outside: nothing, no IndexError
    assert model.row_at(1) == ROWS[1] and model.row_at(3) is None and model.row_at(-1) is None
    assert model.rows() == ROWS


def test_sorting_uses_the_sort_values_not_the_display_text() -> None:
    model = CrossingModel()
    model.set_rows(ROWS)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(model.SortRole)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    # "100 people" sorts before "9 people" as text; as numbers it comes last.
    assert [proxy.index(r, 0).data() for r in range(3)] == ["KZ-A", "KZ-B", "LT-C"]


def test_retranslate_announces_the_headers_and_the_cells(qtbot: Any) -> None:
    model = CrossingModel()
    model.set_rows(ROWS)
    with qtbot.waitSignals([model.headerDataChanged, model.dataChanged], timeout=1000):
        model.retranslate()


def test_the_app_models_pass_qts_model_checker(qtmodeltester: Any) -> None:
    keys = PostKeysTableModel()
    keys.set_rows([PostKey("KZ-A", "ab cd", "active", None),
                   PostKey("KZ-A", "ef 01", "rotated", 12)])
    qtmodeltester.check(keys, force_py=True)
    assert keys.data(keys.index(1, 3)) == "12"
    outcomes = ImportOutcomeTableModel()
    outcomes.append_rows([ImportOutcome(file="a.skp", status="duplicate", post="KZ-A", seq=3)])
    qtmodeltester.check(outcomes, force_py=True)
    diff = DiffTableModel()
    diff.set_rows([DiffRow("place", "Nur", "Zholy", CHANGED)], new_title="v2")
    qtmodeltester.check(diff, force_py=True)
    assert diff.headerData(2, Qt.Orientation.Horizontal) == "v2"
    assert diff.headerData(1, Qt.Orientation.Horizontal) == "Before"
    audit = AuditTableModel()
    audit.set_reader(lambda _flt, _limit, _offset: [])
    qtmodeltester.check(audit, force_py=True)
