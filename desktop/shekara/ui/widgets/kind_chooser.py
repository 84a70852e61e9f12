"""Which kind of record to start: the four kinds with their Article, picked with the arrows and
Enter (or a double click). The one chooser of the app: the main window shows it in a dialog
(`NewRecordDialog`), an editor opened without a kind shows it in its page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shekara.domain.codes import CODE_LISTS, KIND_ARTICLE
from shekara.domain.reference import ReferenceData
from shekara.ui import theme
from shekara.ui.i18n import current_language, fmt


class KindChooser(QWidget):
    chosen = Signal(str)  # a kind was activated (Enter, double click)

    def __init__(self, ref: ReferenceData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ref = ref
        self.setObjectName("kindChooser")
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.kinds = QListWidget()
        self.kinds.setObjectName("kindList")
        # A kind runs long ("Есірткілерді, қаруды, оқ-дәрілерді… (6.1.2-бап)"): it wraps, so
        # that the Article it ends with is in view, instead of running off the list's edge.
        self.kinds.setWordWrap(True)
        self.kinds.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.kinds.setResizeMode(QListView.ResizeMode.Adjust)
        self.prompt.setBuddy(self.kinds)
        self.kinds.itemActivated.connect(lambda _item: self._activated())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.prompt)
        layout.addWidget(self.kinds)
        self.retranslate_ui()
        self.kinds.setCurrentRow(0)

    def retranslate_ui(self) -> None:
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
        # Room for every kind and two wrapped lines (the row heights are known once shown).
        lines = len(CODE_LISTS["kind"]) + 2
        self.kinds.setMinimumHeight(self.kinds.sizeHintForRow(0) * lines + 8)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def kind(self) -> str | None:
        item = self.kinds.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item else None
        return value if isinstance(value, str) else None

    def choose(self, kind: str) -> None:
        """Select `kind` and activate it, as Enter on its row does."""
        self.kinds.setCurrentRow(list(CODE_LISTS["kind"]).index(kind))
        self._activated()

    def _activated(self) -> None:
        kind = self.kind()
        if kind is not None:
            self.chosen.emit(kind)


class NewRecordDialog(QDialog):
    """The chooser with OK and Cancel (File > New)."""

    def __init__(self, ref: ReferenceData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chooser = KindChooser(ref, self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.chooser.chosen.connect(lambda _kind: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.chooser)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        theme.fit_to_contents(self, 560)

    def retranslate_ui(self) -> None:
        # The title's translation lives in the chooser's context (it was once one class).
        self.setWindowTitle(QCoreApplication.translate("KindChooser", "New record"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def kind(self) -> str | None:
        return self.chooser.kind()
