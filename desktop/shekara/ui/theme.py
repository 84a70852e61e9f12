"""Looks: the bundled font (so Kazakh and Lithuanian never render as boxes), icons, font scale.

Icons come from the platform style's standard set (always present, no files to ship), plus the
application's own emblem, drawn here: a shield with the two Parties' colours.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QStyle, QWidget

from shekara.paths import resources_dir

FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
FALLBACK_FAMILY = "Noto Sans"
BASE_POINT_SIZE = 10.0
# A refusal or a failure said on a screen: one red for every screen (it was written out in
# eleven modules, each its own copy).
ERROR_STYLE = "color: #B00020;"
# A warning that does not stop anything (a stick that may be too small): one amber.
WARNING_STYLE = "color: #8A5300;"
MIN_SCALE, MAX_SCALE = 0.8, 2.0

_STANDARD = {
    "new": QStyle.StandardPixmap.SP_FileIcon,
    "open": QStyle.StandardPixmap.SP_DialogOpenButton,
    "lock": QStyle.StandardPixmap.SP_BrowserStop,
    "quit": QStyle.StandardPixmap.SP_DialogCloseButton,
    "refresh": QStyle.StandardPixmap.SP_BrowserReload,
    "search": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "officers": QStyle.StandardPixmap.SP_DirHomeIcon,
    "settings": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "audit": QStyle.StandardPixmap.SP_FileDialogInfoView,
    "about": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "help": QStyle.StandardPixmap.SP_DialogHelpButton,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "ok": QStyle.StandardPixmap.SP_DialogApplyButton,
    "export": QStyle.StandardPixmap.SP_DriveFDIcon,
    "import": QStyle.StandardPixmap.SP_ArrowDown,
    "clear": QStyle.StandardPixmap.SP_DialogResetButton,
}


def register_fonts(app: QGuiApplication) -> str:
    """Register the bundled Noto Sans and make it the application font; returns its family."""
    family = ""
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
        if font_id >= 0 and not family:
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = families[0] if families else ""
    family = family or FALLBACK_FAMILY
    font = QFont(family)
    font.setPointSizeF(BASE_POINT_SIZE)
    app.setFont(font)
    return family


def set_font_scale(app: QGuiApplication, scale: float) -> float:
    """Scale the application font (View > Zoom); returns the scale applied."""
    scale = min(MAX_SCALE, max(MIN_SCALE, scale))
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    app.setFont(font)
    return scale


def icon(name: str) -> QIcon:
    style = QApplication.style()
    if name == "app":
        return app_icon()
    pixmap = _STANDARD.get(name)
    return style.standardIcon(pixmap) if pixmap is not None and style is not None else QIcon()


def fit_to_contents(window: QWidget, min_width: int) -> None:
    """Size a dialog to its contents, at least `min_width` wide, tall enough for its wrapped
    labels at that width (a plain resize to sizeHint cuts wrapped text in longer languages)."""
    window.adjustSize()
    width = max(min_width, window.width(), window.minimumSizeHint().width())
    height = window.heightForWidth(width) if window.hasHeightForWidth() else -1
    window.resize(width, max(height, window.sizeHint().height(), window.minimumSizeHint().height()))


def monospace_font(point_size: float | None = None) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if point_size:
        font.setPointSizeF(point_size)
    return font


def app_icon() -> QIcon:
    result = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        result.addPixmap(_emblem(size))
    return result


def _emblem(size: int) -> QPixmap:
    """A shield split sky blue (Kazakhstan) and yellow-green-red (Lithuania), a white border."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    shield = QPainterPath()
    shield.moveTo(QPointF(0.12 * s, 0.08 * s))
    shield.lineTo(QPointF(0.88 * s, 0.08 * s))
    shield.lineTo(QPointF(0.88 * s, 0.50 * s))
    shield.quadTo(QPointF(0.86 * s, 0.80 * s), QPointF(0.50 * s, 0.95 * s))
    shield.quadTo(QPointF(0.14 * s, 0.80 * s), QPointF(0.12 * s, 0.50 * s))
    shield.closeSubpath()
    painter.setClipPath(shield)
    painter.fillRect(QRectF(0, 0, s / 2, s), QColor("#00AFCA"))
    third = s / 3
    for index, colour in enumerate(("#FDB913", "#006A44", "#C1272D")):
        painter.fillRect(QRectF(s / 2, index * third, s / 2, third + 1), QColor(colour))
    painter.setClipping(False)
    pen = painter.pen()
    pen.setColor(QColor("#1F2A44"))
    pen.setWidthF(max(1.0, s / 24))
    painter.setPen(pen)
    painter.drawPath(shield)
    painter.end()
    return pixmap
