"""The first step of a new record when its kind is not yet known: four big buttons."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from shekara.domain.codes import CODE_LISTS, KIND_ARTICLE
from shekara.ui.editors.context import EditorContext
from shekara.ui.editors.fields import translate
from shekara.ui.i18n import fmt


class KindChooser(QWidget):
    chosen = Signal(str)

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        intro = QLabel(translate("RecordEditor", "Choose the kind of record:"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.buttons: dict[str, QPushButton] = {}
        for kind in CODE_LISTS["kind"]:
            text = fmt(translate("RecordEditor", "%1 (Art. %2)"),
                       ctx.ref.label("kind", kind, ctx.lang), KIND_ARTICLE[kind])
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            button.setMinimumHeight(button.sizeHint().height() * 2)
            button.setAccessibleName(text)
            button.clicked.connect(lambda _=False, kind=kind: self.chosen.emit(kind))
            layout.addWidget(button)
            self.buttons[kind] = button
        layout.addStretch(1)
