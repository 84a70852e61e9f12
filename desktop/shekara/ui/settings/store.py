"""Per-machine preferences of the desktop application: language and font scale.

They live in an INI file in the user's configuration folder (never anything personal: the
language before anyone unlocks, a zoom factor). Settings that belong to the vault — idle-lock
minutes, four-eyes — live in the vault (`vault_settings.py`).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from PySide6.QtCore import QLocale, QSettings

from shekara.languages import CODES as LANGUAGES
from shekara.paths import APP_NAME

CONFIG_ENV = "SHEKARA_UI_CONFIG"


def default_preferences_path() -> Path:
    """`SHEKARA_UI_CONFIG` if set (tests, screenshots), else the platform's config folder."""
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "shekara-ui.ini"


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in LANGUAGES else "en"


class UiPreferences:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_preferences_path()
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = self._settings.value("ui/language", "")
        return value if isinstance(value, str) and value in LANGUAGES else system_language()

    @language.setter
    def language(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}")
        self._settings.setValue("ui/language", lang)
        self._settings.sync()

    @property
    def font_scale(self) -> float:
        try:
            return float(self._settings.value("ui/font_scale", 1.0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 1.0

    @font_scale.setter
    def font_scale(self, scale: float) -> None:
        self._settings.setValue("ui/font_scale", round(scale, 2))
        self._settings.sync()
