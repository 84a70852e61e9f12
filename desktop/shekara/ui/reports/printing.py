"""Printing a PDF held in memory: each page rendered by QtPdf and painted onto the printer.

The printed sheet is the same PDF the officer previewed and the one `save as` writes: reportlab
made it once, QtPdf draws it. Pages are rendered as images at the printer's resolution, capped at
MAX_DPI (a PDF "printer" reports 1200 dpi; 300 is sharp on paper and keeps one A4 page image near
35 MB), and painted over the whole sheet: the PDF carries its own margins.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

MAX_DPI = 300
PageDone = Callable[[int, int], bool]  # (pages done, pages to print) → keep going?


def prepare_printer(printer: QPrinter, title: str) -> None:
    """A4 portrait, whole sheet addressable (the PDF has its own margins), named for the queue."""
    printer.setDocName(title)
    printer.setFullPage(True)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)


def pages_to_print(printer: QPrinter, page_count: int) -> list[int]:
    """The 0-based pages the print dialog asked for (all of them unless a range was chosen)."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return list(range(page_count))
    return [p for p in range(first - 1, min(last, page_count))]


def render_to_printer(document: QPdfDocument, printer: QPrinter, *,
                      on_page: PageDone | None = None) -> int:
    """Paint the document's pages onto `printer`; returns the number of pages sent.

    `on_page` is called after each page and may stop the job by returning False (the pages
    already painted are then discarded with `printer.abort()` where the printer allows it).
    """
    pages = pages_to_print(printer, document.pageCount())
    if not pages:
        return 0
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    sequence = [page for _ in range(copies) for page in pages]
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    sent = 0
    try:
        for index, page in enumerate(sequence):
            if index > 0 and not printer.newPage():
                break
            _paint_page(document, page, printer, painter, dpi)
            sent += 1
            if on_page is not None and not on_page(index + 1, len(sequence)):
                printer.abort()
                return 0
    finally:
        painter.end()
    return sent


def prints_to_file(printer: QPrinter) -> bool:
    """Whether the chosen "printer" writes a file (Qt's "Print to File (PDF)", or a name)."""
    return (printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
            or bool(printer.outputFileName()))


def confirm_secret_to_file(parent: QWidget) -> bool:
    """The plain warning before a secret goes to a file: No is the default."""
    answer = QMessageBox.warning(
        parent, QCoreApplication.translate("Printing", "Print to a file?"),
        QCoreApplication.translate(
            "Printing", "You chose to print to a file. The file would hold the recovery key "
            "unencrypted on this computer, where anyone who takes the laptop can read it. "
            "Print on paper instead unless you keep the file on an encrypted stick in the "
            "safe. Write the file anyway?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def print_pdf(parent: QWidget, pdf: bytes, title: str, *, secret: bool = False,
              run_dialog: Callable[[QPrintDialog], int] | None = None,
              confirm_file: Callable[[QWidget], bool] = confirm_secret_to_file) -> bool:
    """Ask for a printer and print `pdf` (held in memory, never on disk) without a preview
    (the setup wizard's recovery sheet); True when pages were sent.

    `secret` (the recovery sheet): the dialog starts on a real printer, never preset to
    "Print to File", and if a file is chosen anyway `confirm_file` asks first — a recovery key
    in a PDF in the home folder is the unencrypted key the sheet itself says never to keep."""
    data = QByteArray(pdf)
    buffer = QBuffer(data, parent)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    try:
        document.load(buffer)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, title)
        if secret:
            printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
            printer.setOutputFileName("")
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(title)
        if secret:
            dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        accepted = (run_dialog or (lambda d: d.exec()))(dialog)
        if accepted != QDialog.DialogCode.Accepted:
            return False
        if secret and prints_to_file(printer) and not confirm_file(parent):
            return False
        return render_to_printer(document, printer) > 0
    finally:
        document.close()
        buffer.close()


def _paint_page(document: QPdfDocument, page: int, printer: QPrinter, painter: QPainter,
                dpi: int) -> None:
    points = document.pagePointSize(page)
    image = document.render(page, QSize(max(1, round(points.width() * dpi / 72)),
                                        max(1, round(points.height() * dpi / 72))))
    sheet = printer.paperRect(QPrinter.Unit.DevicePixel)
    scale = min(sheet.width() / max(points.width(), 1.0),
                sheet.height() / max(points.height(), 1.0))
    width, height = points.width() * scale, points.height() * scale
    # Centred on the sheet: an A4 page on Letter paper keeps equal margins.
    target = QRectF((sheet.width() - width) / 2, (sheet.height() - height) / 2, width, height)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    painter.drawImage(target, image)
