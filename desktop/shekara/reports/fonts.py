"""The fonts every report embeds: static Noto Sans Regular and Bold (built by tools/build_fonts.py).

reportlab's font registry is process-wide, so registration happens once, on first use, under a
lock (the GUI may render in a worker thread); nothing is read at import time. The GUI registers
the same files with Qt (`font_files()`), so screen and paper show the same letters.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from shekara.paths import resources_dir

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"
_FILES = {REGULAR: "NotoSans-Regular.ttf", BOLD: "NotoSans-Bold.ttf"}
# reportlab's registry is process-wide, so "done" is too; the lock makes first use thread-safe.
_lock = threading.Lock()
_registered = threading.Event()


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def font_files() -> list[Path]:
    """The TrueType files, Regular first (for Qt's QFontDatabase.addApplicationFont)."""
    return [fonts_dir() / name for name in _FILES.values()]


def register_fonts() -> None:
    """Register Regular and Bold with reportlab, once; later calls return at once."""
    if _registered.is_set():
        return
    with _lock:
        if _registered.is_set():
            return
        for name, file_name in _FILES.items():
            # TTFont subsets at save time: each PDF embeds only the glyphs it uses.
            pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / file_name)))
        # <b> inside a Paragraph finds the bold face through the family; no italic face is
        # shipped, so <i> falls back to the upright one rather than to a non-embedded Type 1.
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                      boldItalic=BOLD)
        _registered.set()
