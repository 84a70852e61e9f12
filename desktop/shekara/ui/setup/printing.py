"""Print a PDF made in memory through Qt's print dialog (the PDF never touches the disk)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QDialog, QWidget

DPI = 300


def print_pdf(parent: QWidget, pdf: bytes, title: str) -> bool:
    """Ask for a printer and print every page of `pdf`; True when it was sent to print."""
    try:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    except ImportError:
        return False
    data = QByteArray(pdf)
    buffer = QBuffer(data, parent)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        document.close()
        return False
    painter = QPainter(printer)
    try:
        for page in range(document.pageCount()):
            if page > 0:
                printer.newPage()
            points = document.pagePointSize(page)
            target = printer.pageRect(QPrinter.Unit.DevicePixel)
            scale = min(target.width() / max(points.width(), 1),
                        target.height() / max(points.height(), 1))
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            image = document.render(page, size)
            painter.drawImage(QRectF(0, 0, size.width(), size.height()), image)
    finally:
        painter.end()
        document.close()
    return True
