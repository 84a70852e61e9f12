"""The vault's own settings the desktop application reads and a supervisor may change.

The same keys and ranges as `shekara settings` (cli/admin.py): `idle_lock_minutes` 1-240
(default 5) and `four_eyes` "1"/"0" (default on). A change is one audited transaction, as on the
command line.
"""

from __future__ import annotations

from dataclasses import dataclass

from shekara.errors import InputError
from shekara.services.session import Session
from shekara.ui.ops import locked

IDLE_KEY = "idle_lock_minutes"
FOUR_EYES_KEY = "four_eyes"
DEFAULT_IDLE_MINUTES = 5
MIN_IDLE_MINUTES, MAX_IDLE_MINUTES = 1, 240


@dataclass(frozen=True)
class VaultSettings:
    idle_lock_minutes: int
    four_eyes: bool


def read_settings(session: Session) -> VaultSettings:
    with locked(session):
        raw_idle = session.vault.setting(IDLE_KEY, str(DEFAULT_IDLE_MINUTES))
        raw_four = session.vault.setting(FOUR_EYES_KEY, "1")
    try:
        minutes = int(raw_idle)
    except ValueError:
        minutes = DEFAULT_IDLE_MINUTES
    minutes = min(MAX_IDLE_MINUTES, max(MIN_IDLE_MINUTES, minutes))
    return VaultSettings(minutes, raw_four == "1")


def set_idle_minutes(session: Session, minutes: int) -> None:
    if not MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES:
        raise InputError("settings.bad_value", "use a number of minutes from 1 to 240")
    with locked(session):
        session.vault.require_supervisor()
        with session.vault.audited("settings.change", detail={IDLE_KEY: str(minutes)}):
            session.vault.set_setting(IDLE_KEY, str(minutes))


def set_four_eyes(session: Session, on: bool) -> None:
    """Four-eyes approval on or off (supervisors), audited as `shekara settings set four_eyes`."""
    stored = "1" if on else "0"
    with locked(session):
        session.vault.require_supervisor()
        with session.vault.audited("settings.change", detail={FOUR_EYES_KEY: stored}):
            session.vault.set_setting(FOUR_EYES_KEY, stored)
