"""What every part of an editor needs besides its own value: reference data, the UI language and
the post's Party. Built once per editor page and passed down, never global."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QLocale

from shekara.domain.codes import LANGUAGES
from shekara.domain.reference import ReferenceData


def ui_language() -> str:
    """The UI language code (kk, lt, ru, en) the shell switched to.

    The shell (ui/i18n.py) owns the switch; it sets Qt's default locale with it, which is what
    is read here, so an editor never needs to import the shell.
    """
    try:
        from shekara.ui import i18n  # the shell's module, when present

        current = getattr(i18n, "current_language", None)
        if callable(current):
            lang = str(current())
            if lang in LANGUAGES:
                return lang
    except ImportError:
        pass
    name = QLocale().name()[:2]
    return name if name in LANGUAGES else "en"


@dataclass(frozen=True)
class EditorContext:
    ref: ReferenceData
    lang: str
    party: str

    def today(self) -> date:
        # The post's today (local time), as the record service counts it.
        return datetime.now().astimezone().date()
