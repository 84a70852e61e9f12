"""A country picker with type-ahead in the UI language: "лит" finds "Литва (LTU)".

Names come from reference data (`ref.country_name`); the code is in the shown text too, so
typing "LTU" works in every language. The first entry means "any country".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from shekara.domain.reference import ReferenceData
from shekara.ui.i18n import current_language


class CountryPicker(QComboBox):
    code_changed = Signal(object)  # str alpha-3, or None for "any"

    def __init__(self, ref: ReferenceData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ref = ref
        self._code: str | None = None
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.activated.connect(self._picked)
        line = self.lineEdit()
        if line is not None:
            line.editingFinished.connect(self._typed)
        self._fill()

    def any_text(self) -> str:
        return self.tr("any country")

    def _fill(self) -> None:
        lang = current_language()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.any_text(), None)
        entries = sorted(((self._ref.country_name(code, lang), code)
                          for code in self._ref.countries), key=lambda e: e[0].casefold())
        for name, code in entries:
            self.addItem(f"{name} ({code})", code)
        self._select(self._code)
        self.blockSignals(False)

    def _select(self, code: str | None) -> None:
        index = self.findData(code) if code else 0
        self.setCurrentIndex(max(index, 0))

    def code(self) -> str | None:
        return self._code

    def set_code(self, code: str | None) -> None:
        self._set(code if code and self.findData(code) >= 0 else None)
        self._select(self._code)

    def _set(self, code: str | None) -> None:
        if code != self._code:
            self._code = code
            self.code_changed.emit(code)

    def _picked(self, index: int) -> None:
        data = self.itemData(index)
        self._set(data if isinstance(data, str) else None)

    def _typed(self) -> None:
        text = self.currentText().strip()
        if not text:
            self._set(None)
            self._select(None)
            return
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            upper = text.upper()
            index = self.findData(upper) if len(upper) == 3 else -1
        if index < 0:
            matches = [i for i in range(1, self.count())
                       if text.casefold() in self.itemText(i).casefold()]
            index = matches[0] if len(matches) == 1 else -1
        if index >= 0:
            self.setCurrentIndex(index)
            self._picked(index)
        else:
            self._select(self._code)  # not a country: put back what was chosen

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)
