"""The officers table: who may open the vault, with which role, added when and by whom."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from shekara.domain.reference import ReferenceData
from shekara.ui.i18n import current_language, format_stamp
from shekara.ui.widgets.table_model import RowTableModel
from shekara.vault.vault import Officer


class Column(IntEnum):
    LOGIN = 0
    ROLE = 1
    ADDED = 2
    ADDED_BY = 3


HEADERS = {
    Column.LOGIN: QT_TRANSLATE_NOOP("OfficerTableModel", "Login"),
    Column.ROLE: QT_TRANSLATE_NOOP("OfficerTableModel", "Role"),
    Column.ADDED: QT_TRANSLATE_NOOP("OfficerTableModel", "Added"),
    Column.ADDED_BY: QT_TRANSLATE_NOOP("OfficerTableModel", "Added by"),
}


class OfficerTableModel(RowTableModel[Officer, Column]):
    columns = Column
    headers = HEADERS
    context = "OfficerTableModel"

    def __init__(self, ref: ReferenceData, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ref = ref

    def sort_value(self, officer: Officer, column: Column) -> Any:
        return {Column.LOGIN: officer.login, Column.ROLE: officer.role,
                Column.ADDED: officer.added_at, Column.ADDED_BY: officer.added_by or ""}[column]

    def display(self, officer: Officer, column: Column) -> str:
        if column == Column.LOGIN:
            return officer.login
        if column == Column.ROLE:
            return self._ref.label("officer_role", officer.role, current_language())
        if column == Column.ADDED:
            return format_stamp(officer.added_at)
        return officer.added_by or "—"
