"""Where shipped files and user data live, the same frozen (PyInstaller) and from a checkout."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Shekara"


def resources_dir() -> Path:
    """The `resources/` folder: bundled by PyInstaller, or at the checkout's root."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def default_vault_dir() -> Path:
    """`SHEKARA_VAULT` if set, else the platform's user data folder."""
    env = os.environ.get("SHEKARA_VAULT")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"
