"""Cheap random draws for the sample-record generator: 100,000 records must take seconds.

`random.choices` rebuilds its cumulative weights on every call; `Weighted` builds them once and
draws with one `random()` and a C-level bisect. Everything takes the generator's own
`random.Random`, never the module-level one, so output depends only on the seed.
"""

from __future__ import annotations

import math
import random
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Generic, TypeVar

T = TypeVar("T")


class SampleRandom(random.Random):
    """`random.Random` with draws built on one `random()` call each.

    The standard `choice`, `randint` and `randrange` go through `_randbelow` in pure Python
    (about 1 µs a call); these take a tenth of that. Scaling a 53-bit float leaves a bias far
    below anything sample data could show, and the stream is still fixed by the seed.
    """

    def choice(self, seq: Sequence[T]) -> T:  # type: ignore[override]
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if stop is None:
            start, stop = 0, start
        return start + step * int(self.random() * ((stop - start + step - 1) // step))


class Weighted(Generic[T]):
    """A fixed weighted choice; weights need not sum to anything in particular."""

    __slots__ = ("_cumulative", "_last", "_total", "_values")

    def __init__(self, pairs: Iterable[tuple[T, float]]) -> None:
        kept = [(value, weight) for value, weight in pairs if weight > 0]
        if not kept:
            raise ValueError("a weighted choice needs at least one positive weight")
        self._values = [value for value, _ in kept]
        total = 0.0
        self._cumulative: list[float] = []
        for _, weight in kept:
            total += weight
            self._cumulative.append(total)
        self._total = total
        self._last = len(kept) - 1

    @property
    def values(self) -> list[T]:
        return list(self._values)

    def pick(self, rng: random.Random) -> T:
        # hi=last: r * total can round up to total itself when r is the largest float below 1.
        return self._values[bisect_right(self._cumulative, rng.random() * self._total, 0,
                                         self._last)]


def log_uniform(rng: random.Random, low: float, high: float) -> float:
    """Small values common, big ones rare: seizure sizes look like this."""
    return math.exp(math.log(low) + rng.random() * (math.log(high) - math.log(low)))


def rounded_quantity(value: float, unit: str) -> float | int:
    """A quantity as a scale would show it: whole counts, grams to 0.01, kilograms to 0.001."""
    if unit in ("pcs", "tablets", "rounds", "Bq"):
        return max(1, round(value))
    if unit in ("kg", "l"):
        return max(0.001, round(value, 3 if value < 10 else 1))
    return max(0.01, round(value, 2 if value < 100 else 1))


def shown_number(value: float | int, lang: str) -> str:
    """1.85 → "1,85" (kk, lt, ru write a decimal comma); 12000 → "12 000"."""
    if isinstance(value, int) or float(value).is_integer():
        text = f"{int(value):,}".replace(",", " ")
    else:
        text = f"{value:,.3f}".rstrip("0").rstrip(".").replace(",", " ")
    return text.replace(".", ",") if lang in ("kk", "lt", "ru") else text


def add_years(day: date, years: int) -> date:
    """The same day `years` later (28 Feb for 29 Feb): documents run whole years."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
