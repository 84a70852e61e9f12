"""A guard against a reference-counting bug of PySide6 6.12 on Python 3.11.

On Python 3.11, PySide6/shiboken 6.12.0 returns `None` from every void method (`setText`,
`processEvents`, …) and `True` from `Signal.emit` without taking a reference, so each call
lowers the refcount of those singletons by one. After some tens of thousands of calls — minutes
of normal use, or one test session — Python frees `None` and aborts ("none_dealloc: deallocating
None"). Python 3.12 made these objects immortal (PEP 683), so the bug is invisible there.

`pin_singletons` does what 3.12 does: it raises the refcount of None, True and False by 2**40,
so no realistic number of calls can bring it to zero. It is a no-op on 3.12 and later, and
idempotent. `shekara.ui` calls it on import, before any Qt call. Remove it once the project
requires Python 3.12 or a PySide6 without the bug (tests/ui/test_refcount_guard.py shows
whether the installed PySide6 still has it).
"""

from __future__ import annotations

import ctypes
import sys

PIN = 1 << 40
_pinned = False


def needed() -> bool:
    return sys.version_info < (3, 12)


def pin_singletons() -> bool:
    """Make None, True and False immortal in practice; True if this call did it."""
    global _pinned
    if _pinned or not needed():
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += PIN
    _pinned = True
    return True
