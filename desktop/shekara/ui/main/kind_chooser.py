"""Which kind of record to start: the four kinds with their Article, pick with arrows + Enter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shekara.domain.codes import CODE_LISTS, KIND_ARTICLE
from shekara.domain.reference import ReferenceData
from shekara.ui import theme
from shekara.ui.i18n import current_language, fmt


class KindChooser(QDialog):
    def __init__(self, ref: ReferenceData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ref = ref
        self.setObjectName("kindChooser")
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.kinds = QListWidget()
        self.kinds.setObjectName("kindList")
        self.prompt.setBuddy(self.kinds)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.kinds.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.kinds)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.kinds.setCurrentRow(0)
        theme.fit_to_contents(self, 560)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New record"))
        self.prompt.setText(self.tr("&What happened? Choose the kind of record:"))
        self.kinds.setAccessibleName(self.tr("Kind of record"))
        lang = current_language()
        row = max(self.kinds.currentRow(), 0)
        self.kinds.clear()
        for kind in CODE_LISTS["kind"]:
            text = fmt(self.tr("%1 (Art. %2)"), self._ref.label("kind", kind, lang),
                       KIND_ARTICLE[kind])
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            self.kinds.addItem(item)
        self.kinds.setCurrentRow(row)
        self.kinds.setMinimumHeight(self.kinds.sizeHintForRow(0) * len(CODE_LISTS["kind"]) + 8)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def kind(self) -> str | None:
        item = self.kinds.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item else None
        return value if isinstance(value, str) else None
