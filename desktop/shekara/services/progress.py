"""Progress of a long walk over the vault, told to whoever waits for it (a bar, a line on
stderr): `(done, total)` after every batch."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

Progress = Callable[[int, int], None]  # (items done, items in all)
Item = TypeVar("Item")


def walk_batches(batches: Iterable[Sequence[Item]], total: int,
                 progress: Progress | None) -> Iterator[Item]:
    """Every item of `batches`, reporting `(done, total)` once the caller has handled each
    batch. An exception raised by `progress` (a cancelled worker) comes out of the caller's
    loop, inside its transaction, which then rolls back."""
    done = 0
    for batch in batches:
        yield from batch
        done += len(batch)
        if progress is not None:
            progress(done, total)
