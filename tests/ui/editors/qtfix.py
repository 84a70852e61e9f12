"""Kept because tests/ui/reports/conftest.py imports it. The guard against PySide6 6.12's
refcount bug on Python 3.11 now lives in `shekara.ui.refcount_guard` (applied by importing
`shekara.ui`); new code should import that package instead."""

from __future__ import annotations

from shekara.ui.refcount_guard import pin_singletons


def keep_singletons_alive() -> None:
    pin_singletons()
