"""What every part of an editor needs besides its own value: reference data, the UI language and
the post's Party. Built once per editor page and passed down, never global."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from shekara.domain.reference import ReferenceData
from shekara.languages import CODES as LANGUAGES
from shekara.ui.i18n import current_language


def ui_language() -> str:
    """The UI language code (kk, lt, ru, en) the shell (ui/i18n.py) switched to."""
    lang = current_language()
    return lang if lang in LANGUAGES else "en"


@dataclass(frozen=True)
class EditorContext:
    ref: ReferenceData
    lang: str
    party: str

    def today(self) -> date:
        # The post's today (local time), as the record service counts it.
        return datetime.now().astimezone().date()
