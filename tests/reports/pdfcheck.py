"""Reading rendered PDFs back: text, pages, fonts, QR codes, words with their boxes. Used by
the report tests."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from html import unescape
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

INSTALL_HINT = "apt-get install -y poppler-utils zbar-tools"


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(pdf).pages]


def text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def flat(value: str) -> str:
    """Whitespace-insensitive form: text extraction breaks lines where the layout wrapped."""
    return "".join(value.split())


def page_count(pdf: bytes) -> int:
    return len(reader(pdf).pages)


def _resolve(value: Any) -> Any:
    return value.get_object() if isinstance(value, IndirectObject) else value


def fonts(pdf: bytes) -> dict[str, DictionaryObject]:
    """Every font dictionary used on any page (or in a form XObject), by base font name."""
    found: dict[str, DictionaryObject] = {}

    def walk(resources: Any) -> None:
        resources = _resolve(resources)
        if not resources:
            return
        for font in (_resolve(resources.get("/Font")) or {}).values():
            font = _resolve(font)
            found[f"{font.get('/BaseFont')}#{id(font)}"] = font
        for xobject in (_resolve(resources.get("/XObject")) or {}).values():
            xobject = _resolve(xobject)
            if xobject.get("/Subtype") == "/Form":
                walk(xobject.get("/Resources"))

    for page in reader(pdf).pages:
        walk(page.get("/Resources"))
    return found


def unembedded_fonts(pdf: bytes) -> list[str]:
    """Base font names of fonts whose outlines are not in the file."""
    missing = []
    for font in fonts(pdf).values():
        descendants = font.get("/DescendantFonts")
        targets = [_resolve(d) for d in _resolve(descendants)] if descendants else [font]
        for target in targets:
            descriptor = _resolve(target.get("/FontDescriptor"))
            if descriptor is None or not any(k in descriptor for k in
                                             ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.append(str(font.get("/BaseFont")))
    return missing


def decode_qr(pdf: bytes, tmp_path: Path, *, page: int | None = None) -> list[str]:
    """The QR texts on a page (default: the last), via pdftoppm and zbarimg.

    Skips the test when the tools are missing; CI installs them (INSTALL_HINT).
    """
    if not shutil.which("pdftoppm") or not shutil.which("zbarimg"):
        pytest.skip(f"pdftoppm/zbarimg not installed ({INSTALL_HINT})")
    number = page or page_count(pdf)
    source = tmp_path / "doc.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", str(number), "-l", str(number),
                    "-singlefile", str(source), str(tmp_path / "page")], check=True)
    result = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable",
                             str(tmp_path / "page.png")], capture_output=True, text=True)
    if result.returncode not in (0, 4):  # 4: no symbol found
        raise AssertionError(f"zbarimg failed: {result.stderr}")
    return [line for line in result.stdout.splitlines() if line]


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                   r"(.*?)</word>")
_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)


class Word(NamedTuple):
    text: str
    left: float
    top: float
    right: float
    bottom: float


def word_boxes(pdf: bytes, tmp_path: Path) -> list[tuple[float, float, list[Word]]]:
    """Each page's width, height and words with their boxes, in points."""
    if not shutil.which("pdftotext"):
        pytest.skip(f"pdftotext not installed ({INSTALL_HINT})")
    source = tmp_path / "doc.pdf"
    source.write_bytes(pdf)
    html = subprocess.run(["pdftotext", "-bbox", str(source), "-"], check=True,
                          capture_output=True, text=True).stdout
    return [(float(width), float(height),
             [Word(unescape(w[4]), *map(float, w[:4])) for w in _WORD.findall(body)])
            for width, height, body in _PAGE.findall(html)]


def collisions(words: list[Word]) -> list[tuple[str, str]]:
    """Pairs of words drawn over each other: overlapping across by more than a point, and
    sharing more than half their height (a word's box is its font's full height, taller than
    the line spacing, so the boxes of consecutive lines do overlap a little)."""
    found = []
    ordered = sorted(words, key=lambda w: w.left)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if b.left >= a.right - 1:
                break  # sorted by left edge: no later word reaches back into a
            shared = min(a.bottom, b.bottom) - max(a.top, b.top)
            if shared > 0.5 * min(a.bottom - a.top, b.bottom - b.top):
                found.append((a.text, b.text))
    return found


def outside(words: list[Word], width: float, height: float) -> list[str]:
    return [w.text for w in words if w.left < 0 or w.top < 0 or w.right > width
            or w.bottom > height]


def assert_laid_out_cleanly(pdf: bytes, tmp_path: Path) -> None:
    """No word of any page drawn over another or past the paper's edge."""
    for number, (width, height, words) in enumerate(word_boxes(pdf, tmp_path), start=1):
        assert not collisions(words), (number, collisions(words)[:5])
        assert not outside(words, width, height), (number, outside(words, width, height))
