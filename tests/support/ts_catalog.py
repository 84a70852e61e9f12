"""What a translation catalog (i18n/shekara_<lang>.ts) says for one source text, read from the
XML itself: a test that compares a screen with it does not go through the code it checks."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

TS_DIR = Path(__file__).resolve().parents[2] / "i18n"


def catalog_translation(lang: str, context: str, source: str) -> str:
    """The finished translation of `source` in `context`; AssertionError if there is none."""
    root = ET.parse(TS_DIR / f"shekara_{lang}.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            if message.findtext("source") == source:
                translation = message.find("translation")
                assert translation is not None and translation.text, (lang, source)
                assert translation.get("type") is None, (lang, source, translation.get("type"))
                return translation.text
    raise AssertionError(f"{lang}: no {source!r} in context {context!r}")
