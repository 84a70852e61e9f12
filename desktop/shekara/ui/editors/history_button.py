"""The History… button beside a stored record's information line, and the one window of the
record's history it opens (ui/review/history.py): every version, who wrote and approved it,
when and why, each compared with the one before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPushButton, QWidget

from shekara.services.session import Session
from shekara.ui.editors.fields import translate

if TYPE_CHECKING:
    from shekara.ui.review.history import RecordHistoryDialog


class HistoryButton(QPushButton):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.record_id: str | None = None
        self.history: RecordHistoryDialog | None = None  # while it is open
        self.setObjectName("historyButton")
        self.setAutoDefault(False)
        self.hide()
        self.clicked.connect(self.open_history)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(translate("RecordEditor", "H&istory…"))
        self.setToolTip(translate("RecordEditor", "Every version of the record: who wrote and "
                                  "approved it, when and why, and what each changed"))
        self.setAccessibleName(translate("RecordEditor", "History"))

    def show_for(self, record_id: str | None) -> None:
        """Shown for a stored record, even with one version (who wrote it, who approved it);
        a new record has no history yet."""
        self.record_id = record_id
        self.setVisible(record_id is not None)

    def open_history(self) -> RecordHistoryDialog | None:
        if self.record_id is None:
            return None
        # Here, not at the top: the review package builds on the editors' own modules.
        from shekara.ui.review.history import RecordHistoryDialog

        if self.history is None:
            self.history = RecordHistoryDialog(self.session, self.record_id, self)
            self.history.finished.connect(self._closed)
        self.history.show()
        self.history.raise_()
        self.history.activateWindow()
        return self.history

    def reload(self) -> None:
        """After a save: a new version is a new row."""
        if self.history is not None:
            self.history.reload()

    def close_history(self) -> None:
        """The page closes (or the vault locks): the record's history goes with it, at once."""
        if self.history is not None:
            self.history.reject()

    def _closed(self) -> None:
        if self.history is not None:
            self.history.deleteLater()
            self.history = None
