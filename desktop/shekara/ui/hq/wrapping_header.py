"""A horizontal header whose labels wrap onto more lines instead of being clipped.

Kazakh and Lithuanian column names run long ("Жүктелгені (нөмірге дейін)"); a table of ten
such columns would not fit a laptop screen on one line each. Each section asks for at most
`max_width` pixels (or its longest word), and the header grows as tall as the most wrapped label.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

MARGIN = 4


class WrappingHeader(QHeaderView):
    def __init__(self, parent: QWidget | None = None, *, max_width: int = 120) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.max_width = max_width
        self.setSectionsClickable(True)
        self.setHighlightSections(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)

    def _label(self, logical: int) -> str:
        model = self.model()
        if model is None:
            return ""
        value = model.headerData(logical, self.orientation(), Qt.ItemDataRole.DisplayRole)
        return str(value) if value is not None else ""

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        size = super().sectionSizeFromContents(logicalIndex)
        text = self._label(logicalIndex)
        if not text:
            return size
        metrics = self.fontMetrics()
        extra = max(size.width() - metrics.horizontalAdvance(text), 2 * MARGIN)
        longest_word = max(metrics.horizontalAdvance(word) for word in text.split())
        width = min(size.width(), max(self.max_width, longest_word + extra))
        wrapped = metrics.boundingRect(QRect(0, 0, width - extra, 10_000),
                                       int(Qt.TextFlag.TextWordWrap), text)
        height = max(size.height(), wrapped.height() + size.height() - metrics.height())
        return QSize(width, height)
