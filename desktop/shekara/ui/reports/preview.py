"""The report preview: the very PDF that will be printed or saved, shown by QtPdf.

`ReportPreviewDialog(pdf_bytes, title, on_printed, parent)` keeps the PDF in memory (a QBuffer
over the bytes: no temporary file, the report may hold personal data), shows it page by page,
prints it through Qt's print dialog and saves it as a PDF file. `on_printed(output)` is called
after each print ("printer") or save ("pdf") so the caller can log it in the audit log; if the
callback fails, a saved file is removed again (an export is never left unlogged).

`secret=True` (the recovery sheet) is for paper, as the setup wizard prints it
(ui/reports/printing.py `print_pdf`): no Save as PDF, the print dialog starts on a real
printer, and printing to a file asks first (`confirm_file`) — a recovery key in a PDF in the
home folder is the unencrypted key the sheet itself says never to keep.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QProgressDialog,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from shekara.services.reports import write_pdf_file
from shekara.ui.errors import show_error
from shekara.ui.i18n import fmt
from shekara.ui.reports.printing import (
    confirm_secret_to_file,
    prepare_printer,
    prints_to_file,
    render_to_printer,
)

OnPrinted = Callable[[str], None]
ZOOM_STEP = 1.25


class ReportPreviewDialog(QDialog):
    """Preview, print and save one PDF held in memory."""

    def __init__(self, pdf_bytes: bytes, title: str, on_printed: OnPrinted | None = None,
                 parent: QWidget | None = None, *, file_name: str = "report.pdf",
                 secret: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreview")
        self.secret = secret
        self.confirm_file: Callable[[QWidget], bool] = confirm_secret_to_file  # tests replace
        self._title = title
        self._file_name = file_name
        self._on_printed = on_printed
        self._data = QByteArray(pdf_bytes)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self._build()
        self.retranslate_ui()
        self.resize(860, 980)

    # --- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.view = QPdfView(self)
        self.view.setObjectName("reportView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.print_action = QAction(self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_with_dialog)
        self.save_action = QAction(self)
        self.save_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Save),
                                       QKeySequence(QKeySequence.StandardKey.SaveAs)])
        self.save_action.triggered.connect(self.save_with_dialog)
        self.save_action.setVisible(not self.secret)
        self.save_action.setEnabled(not self.secret)
        self.zoom_in_action = QAction(self)
        self.zoom_in_action.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.zoom_in_action.triggered.connect(lambda: self._zoom(ZOOM_STEP))
        self.zoom_out_action = QAction(self)
        self.zoom_out_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_action.triggered.connect(lambda: self._zoom(1 / ZOOM_STEP))
        self.fit_action = QAction(self)
        self.fit_action.setShortcut(QKeySequence("Ctrl+0"))
        self.fit_action.triggered.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.close_action = QAction(self)
        self.close_action.setShortcut(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.reject)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.print_action, self.save_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in (self.zoom_out_action, self.zoom_in_action, self.fit_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.close_action)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("reportPageLabel")
        self.page_label.setContentsMargins(0, 0, 8, 0)
        self.toolbar.addWidget(self.page_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._page_changed)
        self.document.pageCountChanged.connect(self._page_changed)
        self.view.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self._title)
        self.setAccessibleName(self._title)
        self.print_action.setText(self.tr("&Print…"))
        self.save_action.setText(self.tr("&Save as PDF…"))
        self.zoom_in_action.setText(self.tr("Zoom &in"))
        self.zoom_out_action.setText(self.tr("Zoom &out"))
        self.fit_action.setText(self.tr("&Fit width"))
        self.close_action.setText(self.tr("&Close"))
        self.view.setAccessibleName(self.tr("Report pages"))
        self._update_page_label()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- state -----------------------------------------------------------------------------
    def page_count(self) -> int:
        return int(self.document.pageCount())

    def current_page(self) -> int:
        return int(self.view.pageNavigator().currentPage())

    def _page_changed(self, _value: int) -> None:
        # The document closes (page count 0) while the dialog is being destroyed: by then the
        # label may be gone already.
        if shiboken6.isValid(self) and shiboken6.isValid(self.page_label) and \
                shiboken6.isValid(self.document):
            self._update_page_label()

    def _update_page_label(self) -> None:
        total = self.page_count()
        text = fmt(self.tr("Page %1 of %2"), self.current_page() + 1, total) if total else ""
        self.page_label.setText(text)
        self.page_label.setAccessibleName(text)

    def go_to_page(self, page: int) -> None:
        self.view.pageNavigator().jump(max(0, min(page, self.page_count() - 1)), QPointF(), 0)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(self.view.zoomFactor() * factor, 6.0)))

    # --- printing --------------------------------------------------------------------------
    def print_to(self, printer: QPrinter) -> int:
        """Print every page (or the range chosen) onto `printer`; logs it when pages went out.

        A progress dialog shows for long documents; cancelling it aborts the job."""
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0,
                                   self.page_count(), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def page_done(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sent = render_to_printer(self.document, printer, on_page=page_done)
        finally:
            QApplication.restoreOverrideCursor()
            progress.close()
            progress.deleteLater()
        if sent:
            self._report_output("printer")
        return sent

    def print_with_dialog(self) -> int:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, self._title)
        printer.setFromTo(1, self.page_count())
        if self.secret:
            printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
            printer.setOutputFileName("")
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(fmt(self.tr("Print %1"), self._title))
        dialog.setMinMax(1, max(1, self.page_count()))
        if self.secret:
            dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        if self.secret and prints_to_file(printer) and not self.confirm_file(self):
            return 0
        return self.print_to(printer)

    # --- saving ----------------------------------------------------------------------------
    def save_to(self, path: Path) -> Path | None:
        """Write the PDF atomically to `path` and log it; None (error shown) on failure."""
        if self.secret:
            return None  # for paper only (module docstring)
        try:
            written = write_pdf_file(path, bytes(self._data.data()))
        except Exception as err:
            show_error(self, err)
            return None
        if not self._report_output("pdf"):
            with contextlib.suppress(OSError):
                written.unlink()
            return None
        return written

    def save_with_dialog(self) -> Path | None:
        start = str(Path.home() / self._file_name)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save report as PDF"), start, self.tr("PDF documents (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return self.save_to(path)

    def _report_output(self, output: str) -> bool:
        if self._on_printed is None:
            return True
        try:
            self._on_printed(output)
        except Exception as err:
            show_error(self, err)
            return False
        return True
