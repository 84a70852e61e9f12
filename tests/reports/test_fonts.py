"""The embedded fonts cover every character a report can print, and register once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fontTools.ttLib import TTFont
from reportlab.pdfbase import pdfmetrics

from shekara.paths import resources_dir
from shekara.reports import catalog
from shekara.reports.bilingual import LOCALES, SEPARATOR, Wording
from shekara.reports.fonts import BOLD, REGULAR, font_files, fonts_dir, register_fonts
from shekara.reports.summary import ROUTE_SEPARATOR

# Characters the code itself puts on paper, beyond catalog and reference data.
LAYOUT_CHARACTERS = "₸№—–·«»„“\u202f\u00a0()%:;,./-" + SEPARATOR + ROUTE_SEPARATOR


def _reference_names() -> Iterator[tuple[str, str]]:
    """(where, text) for every name and label in the shipped reference files."""
    folder = resources_dir() / "reference"
    files = sorted(folder.glob("*.json"))
    assert files, f"no reference data in {folder}"
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        yield from _names_in(data, path.name)


def _names_in(value: Any, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "names" and isinstance(item, dict):
                yield from ((f"{where}.names.{lang}", str(text)) for lang, text in item.items())
            elif where.startswith("labels.json") and isinstance(item, str):
                yield f"{where}.{key}", item
            else:
                yield from _names_in(item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _names_in(item, f"{where}[{index}]")


def _dates_in_every_locale() -> Iterator[tuple[str, str]]:
    """Month names and date forms as babel writes them (kk, lt, ru, en)."""
    for lang in LOCALES:
        for month in range(1, 13):
            day = date(2026, month, 20)
            yield f"date.{lang}.{month}", Wording.long_date_in(day, lang)


def _needed() -> list[tuple[str, str]]:
    texts = [(f"catalog.{key}.{lang}", value) for key, entry in catalog.CATALOG.items()
             for lang, value in entry.items()]
    texts += list(_reference_names())
    texts += list(_dates_in_every_locale())
    texts.append(("layout", LAYOUT_CHARACTERS))
    return texts


@pytest.mark.parametrize("font_name", ["NotoSans-Regular.ttf", "NotoSans-Bold.ttf"])
def test_every_character_a_report_can_print_is_in_the_font(font_name: str) -> None:
    cmap = TTFont(fonts_dir() / font_name).getBestCmap()
    missing: dict[str, str] = {}
    for where, text in _needed():
        for char in text:
            if char not in "\n\t" and ord(char) not in cmap:
                missing.setdefault(char, where)
    assert not missing, "characters without a glyph: " + ", ".join(
        f"{char!r} U+{ord(char):04X} (first in {where})" for char, where in missing.items())


def test_the_check_covers_kazakh_lithuanian_and_the_tenge() -> None:
    # Guards the test above from passing on an empty or Latin-only input.
    needed = "".join(text for _, text in _needed())
    for char in "әғқңөұүіІҚҒӨҰҮąčęėįšųūžŽ₸№":
        assert char in needed, char


def test_fonts_are_static_instances_with_the_licence() -> None:
    weights = {}
    for path in font_files():
        font = TTFont(path)
        assert "fvar" not in font, f"{path.name} is still a variable font"
        weights[path.name] = font["OS/2"].usWeightClass
    assert weights == {"NotoSans-Regular.ttf": 400, "NotoSans-Bold.ttf": 700}
    assert "SIL OPEN FONT LICENSE" in (fonts_dir() / "OFL.txt").read_text(encoding="utf-8")


def test_registration_is_idempotent() -> None:
    register_fonts()
    register_fonts()
    registered = pdfmetrics.getRegisteredFontNames()
    assert REGULAR in registered and BOLD in registered
    assert isinstance(pdfmetrics.getFont(BOLD).face.filename, str | bytes)
    assert Path(str(pdfmetrics.getFont(REGULAR).face.filename)).name == "NotoSans-Regular.ttf"
