"""What the screens of the shell share, passed down explicitly (no globals): the translation
switch, the machine's preferences, where the vault is, and the demo's public credentials."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from shekara.ui.i18n import Translations
from shekara.ui.settings.store import UiPreferences

if TYPE_CHECKING:  # the sample generator is only imported when a demo is asked for
    from shekara.demo.vault import DemoVault


@dataclass
class UiContext:
    translations: Translations
    prefs: UiPreferences
    vault_dir: Path
    demo: DemoVault | None = None

    def set_language(self, lang: str) -> None:
        """Switch the whole application (every open screen retranslates) and remember it."""
        self.translations.set_language(lang)
        self.prefs.language = lang
