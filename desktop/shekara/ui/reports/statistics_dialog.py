"""Documents > Statistics (counts, no names)…: the Art. 3.1.2 reference information, as
`shekara report statistics --from --to [--out PDF] [--csv CSV]` — counts by kind, month,
crossing point, citizenship, substance and outcome, with no name in them, for the Joint
Commission or a ministry. The PDF opens in the report preview (print or save it there); the
CSV, for a spreadsheet, is written where the officer chooses. Both are written in the audit log
as the command writes them.

Counting a year of a large HQ takes seconds, so both run off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.errors import error_sentence
from shekara.ui.i18n import fmt
from shekara.ui.reports.opening import open_report
from shekara.ui.theme import ERROR_STYLE
from shekara.ui.widgets.labels import fit_to_wrapped_text, selectable_label


def save_statistics_csv(session: Session, start: date, end: date, path: Path) -> Path:
    """Count the period and write its CSV (audited), as `--csv` does."""
    service = session.reports
    return service.save_csv(service.statistics_csv(start, end), path, start=start, end=end)


class StatisticsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._busy = False
        self.saved: Path | None = None
        self._error: BaseException | None = None
        # Replaced in tests; the real one asks with the system's save dialog.
        self.ask_csv_path: Callable[[str], Path | None] = self._ask_csv_path
        self.setObjectName("statisticsDialog")
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        today = QDate.currentDate()
        self.start = QDateEdit(QDate(today.year(), 1, 1))
        self.start.setObjectName("statisticsFrom")
        self.end = QDateEdit(today)
        self.end.setObjectName("statisticsTo")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._edited)
        self.start_label = QLabel()
        self.start_label.setBuddy(self.start)
        self.end_label = QLabel()
        self.end_label.setBuddy(self.end)
        form = QFormLayout()
        form.addRow(self.start_label, self.start)
        form.addRow(self.end_label, self.end)
        self.message = selectable_label("statisticsMessage")
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("statisticsPreview")
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.preview)
        self.csv_button = QPushButton()
        self.csv_button.setObjectName("statisticsCsv")
        self.csv_button.clicked.connect(self.save_csv)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.csv_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        theme.fit_to_contents(self, 520)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Statistics"))
        self.explain.setText(self.tr(
            "Counts of the records in force in a period, by kind, month, crossing point, "
            "citizenship, substance and outcome, with no names: the reference information "
            "of Art. 3.1.2, for the Joint Commission for example. Preview the PDF to print or "
            "save it, or save the counts as CSV for a spreadsheet."))
        self.start_label.setText(self.tr("&From:"))
        self.end_label.setText(self.tr("&To:"))
        self.preview_button.setText(self.tr("&Preview…"))
        self.csv_button.setText(self.tr("Save as &CSV…"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def period(self) -> tuple[date, date]:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        return start, end

    # --- the two outputs -------------------------------------------------------------------
    def preview(self) -> ops.Operation | None:
        """The PDF in the report preview (the service refuses a period that ends before it
        starts; the preview's own error box says so)."""
        if self._busy:
            return None
        start, end = self.period()
        parent = self.parentWidget() or self
        return open_report(parent, self.session, lambda s: s.statistics(start, end))

    def save_csv(self) -> None:
        if self._busy:
            return
        start, end = self.period()
        path = self.ask_csv_path(f"statistics-{start:%Y%m%d}-{end:%Y%m%d}.csv")
        if path is None:
            return
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        self._busy = True
        self._error = None
        self.saved = None
        self._show()
        session = self.session
        ops.run(self, lambda _progress: save_statistics_csv(session, start, end, path),
                session=session, on_done=self._saved, on_error=self._failed)

    def _ask_csv_path(self, file_name: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the statistics as CSV"), str(Path.home() / file_name),
            self.tr("CSV files (*.csv)"))
        return Path(chosen) if chosen else None

    def _saved(self, path: Path) -> None:
        self._busy = False
        self.saved = path
        self._show()

    def _failed(self, err: BaseException) -> None:
        self._busy = False
        self._error = err
        self._show()

    def _edited(self) -> None:
        self.saved = None
        self._error = None
        self._show()

    def _show(self) -> None:
        for button in (self.preview_button, self.csv_button):
            button.setEnabled(not self._busy)
        if self._busy:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Counting and writing the CSV…"))
        elif self._error is not None:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(error_sentence(self._error))
        elif self.saved is not None:
            self.message.setStyleSheet("")
            self.message.setText(fmt(self.tr("Saved: %1"), str(self.saved)))
        else:
            self.message.clear()
        if self.isVisible():
            fit_to_wrapped_text(self, self.width())
