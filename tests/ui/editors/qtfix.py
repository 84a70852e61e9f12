"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method that
returns nothing (and to True/False on every emit of a bool signal); Python 3.12+ does not mind
(None is immortal there), 3.11 aborts with "deallocating None" after a few thousand calls.
Until the project pins a PySide6 without it (6.11.3 is fine), test processes give these
singletons enough spare references for any run."""

from __future__ import annotations

import ctypes
import sys

_SPARE = 1 << 40
_done = False


def keep_singletons_alive() -> None:
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _SPARE
    _done = True
