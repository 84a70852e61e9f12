"""What the bundle carries besides Python code: read by shekara.spec and by tests/packaging.

Kept apart from the spec so that tests can check the lists without running PyInstaller.
Paths are relative to the checkout's root; destinations are relative to the bundle's
`sys._MEIPASS` (where `shekara.paths.resources_dir()` looks when frozen).
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Files in resources/ that only matter to people working on the checkout.
_NOT_SHIPPED = re.compile(r"(^|/)(\.|__pycache__)|\.py[co]?$")

# Qt's own translations (standard dialogs, buttons) in the UI's languages. Qt ships none for
# Lithuanian: a Lithuanian UI shows Qt's standard buttons in English.
QT_TRANSLATION_LANGUAGES = ("kk", "ru", "lt", "en")
QT_TRANSLATION_PATTERN = re.compile(
    r"^qt(base)?_(" + "|".join(QT_TRANSLATION_LANGUAGES) + r")\.qm$")

# babel's CLDR data for every locale is ~35 MB; the reports format dates and numbers in these
# languages only (reports/bilingual.py LOCALES), and a locale needs its parents down to `root`.
BABEL_LANGUAGES = ("kk", "lt", "ru", "en")

# Qt modules the program does not use. PyInstaller collects a Qt module (and its plugins and
# libraries) only when it is imported; listing them here keeps an accidental import, e.g. from
# an optional code path in a dependency, from pulling hundreds of megabytes into the bundle.
QT_EXCLUDES = tuple(f"PySide6.{name}" for name in (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDesigner",
    "QtGraphs", "QtHelp", "QtHttpServer", "QtLabsStyleKit", "QtLocation", "QtMultimedia",
    "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL",
    "QtOpenGLWidgets", "QtPositioning", "QtQml", "QtQmlFeatures", "QtQuick", "QtQuick3D",
    "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml",
    "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine",
    "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore",
    "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
))
# Development and test tools that live in the same venv but never run in the program.
DEV_EXCLUDES = ("tkinter", "_tkinter", "pytest", "_pytest", "pytestqt", "hypothesis", "mypy",
                "ruff", "pypdf", "IPython", "pydoc_data", "lib2to3", "setuptools", "pip",
                "fontTools", "numpy")
# Optional parts of our dependencies that the program never takes. reportlab imports Pillow
# (it must stay), but our reports draw vectors only (text, charts, the QR code as rectangles):
# Pillow's AVIF and WebP codecs (6 MB with their libraries) and its Tk bridge are never loaded.
# Pillow imports its format plugins on demand and skips one that is missing.
OPTIONAL_EXCLUDES = ("PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin",
                     "PIL._imagingtk", "PIL.ImageTk")

# Qt plugins (and the Qt libraries only they load) for setups a post laptop never has:
# embedded EGL/KMS full-screen, the Linux framebuffer, VNC, Vulkan displays, evdev and TUIO
# input without a window system, and image formats nobody attaches (GIF, ICNS, TGA, WBMP,
# WebP). Kept: xcb and wayland (the desktops), offscreen and minimal (headless commands and
# tests), the GTK and portal themes (native file dialogs), CUPS printing, JPEG/PNG/TIFF/SVG/ICO.
_UNUSED_QT_BINARY = re.compile(
    r"^PySide6/Qt/(plugins/(egldeviceintegrations|generic)/"
    r"|plugins/platforms/libq(eglfs|linuxfb|minimalegl|vkkhrdisplay|vnc)\."
    r"|plugins/imageformats/libq(gif|icns|tga|wbmp|webp)\."
    r"|lib/libQt6(EglFSDeviceIntegration|EglFsKmsSupport)\.)")

# Imported lazily (inside functions: the GUI from cli/gui.py, printing and PDF preview from the
# UI), so they are named here in case PyInstaller's import scan misses one.
HIDDEN_IMPORTS = ("shekara.ui.app", "shekara.demo.selftest", "PySide6.QtPrintSupport",
                  "PySide6.QtPdf")


def resource_files(root: Path = ROOT) -> list[Path]:
    """Every file under resources/ that ships, sorted."""
    base = root / "resources"
    return sorted(p for p in base.rglob("*")
                  if p.is_file() and not _NOT_SHIPPED.search(p.relative_to(base).as_posix()))


def resource_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """PyInstaller `datas`: (source file, destination folder inside the bundle)."""
    return [(str(path), str(path.parent.relative_to(root)).replace("\\", "/"))
            for path in resource_files(root)]


# Where shekara.ui.i18n.translations_dir() finds the compiled catalogs: beside its module, so
# frozen they go to the same place inside the bundle.
CATALOG_DIR = Path("desktop", "shekara", "ui", "translations")
CATALOG_DEST = "shekara/ui/translations"


def translation_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """The compiled UI catalogs (`.qm`, made by the build from i18n/*.ts)."""
    return [(str(path), CATALOG_DEST) for path in sorted((root / CATALOG_DIR).glob("*.qm"))]


def keep_qt_translation(dest_name: str) -> bool:
    """False for Qt translation files the program does not need (filters Analysis.datas)."""
    parts = dest_name.replace("\\", "/").split("/")
    if parts[:-1] != ["PySide6", "Qt", "translations"]:
        return True
    return bool(QT_TRANSLATION_PATTERN.match(parts[-1]))


def keep_babel_locale(dest_name: str) -> bool:
    """False for babel locale data of languages the program never formats in."""
    parts = dest_name.replace("\\", "/").split("/")
    if len(parts) < 3 or parts[-3:-1] != ["babel", "locale-data"]:
        return True
    locale = parts[-1].removesuffix(".dat")
    return locale == "root" or locale.split("_")[0] in BABEL_LANGUAGES


def keep_binary(dest_name: str) -> bool:
    """False for the Qt plugins and libraries listed in _UNUSED_QT_BINARY (filters binaries)."""
    return not _UNUSED_QT_BINARY.match(dest_name.replace("\\", "/"))


def keep_data(dest_name: str) -> bool:
    """The filter the spec applies to everything PyInstaller collected."""
    return keep_qt_translation(dest_name) and keep_babel_locale(dest_name)
