"""Column widths of a table that follow its headers in the UI language."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from PySide6.QtWidgets import QTableView

Column = TypeVar("Column", bound=int)  # a table's column enum (IntEnum) or a plain index


def set_column_widths(view: QTableView, widths: Mapping[Column, int]) -> None:
    """Each column `widths` names as wide as given, or as its header needs in the language
    it speaks now, whichever is wider: a width chosen for "Version" cut "Версия" and
    "Paskutinis pakeitimas" at both ends. A stretched last column, which Qt shrinks to the
    header's default section size when the others fill the table, keeps its header whole too.
    Call it again after the headers are translated."""
    header = view.horizontalHeader()
    for column, width in widths.items():
        view.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
    if header.stretchLastSection() and header.count():
        last = header.logicalIndex(header.count() - 1)
        header.setDefaultSectionSize(max(header.defaultSectionSize(),
                                         header.sectionSizeHint(last)))
