"""Bulk work on thousands of records at once (an add of a shift's batch, an HQ import).

`cyclic_gc_paused`: while a batch is validated, indexed and encoded, Python's cyclic garbage
collector would run every few hundred allocations and, as the batch's objects survive into
the older generations, walk all of them again and again (issue 13: a fifth of the validation
time of a 20,000-record add). What a batch allocates is acyclic (dicts, lists, strings of
parsed JSON), so reference counting frees it; cycles made meanwhile elsewhere are collected
when the pause ends. The pause is only as long as the batch, and nests.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Pause the cyclic collector for the `with` block, unless it is already off."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
