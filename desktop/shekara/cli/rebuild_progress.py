"""What the command line says while a rebuild flagged by a schema step runs before the
command (services/rebuilds.py): on stderr only, since stdout's --json shapes are a contract.

On a terminal one line is rewritten in place (\\r) after every batch; otherwise (a log file,
a pipe, a test) a line is written at the start, about every tenth of the way and at the end,
so a log of a million-record rebuild holds a dozen lines, not five hundred."""

from __future__ import annotations

import sys
from typing import TextIO

from shekara.services.progress import Progress
from shekara.services.rebuilds import PendingRebuild


class RebuildProgressLines:
    """`session.rebuilds.run_all(RebuildProgressLines())`; `lines.walk(title)` for another
    walk with progress (the check of derived data)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.in_place = self.stream.isatty()
        self._current: object = None
        self._tenths_shown = -1
        self._ended = False

    def __call__(self, rebuild: PendingRebuild, done: int, total: int) -> None:
        self._show(rebuild, str(rebuild.title), done, total)

    def walk(self, title: str) -> Progress:
        """The `progress(done, total)` of one walk, told under `title`."""
        key = object()
        return lambda done, total: self._show(key, title, done, total)

    def _show(self, key: object, title: str, done: int, total: int) -> None:
        if key is not self._current:
            self._current, self._tenths_shown, self._ended = key, -1, False
        if self._ended:
            return  # the walk's last report, repeated (an HQ index in two parts)
        ended = done >= total
        text = f"{title}: {done:,} of {total:,} records" + (", done." if ended else "…")
        if self.in_place:
            self.stream.write("\r" + text + ("\n" if ended else ""))
        else:
            tenths = 10 if ended else done * 10 // total
            if tenths <= self._tenths_shown:
                return
            self._tenths_shown = tenths
            self.stream.write(text + "\n")
        self._ended = ended
        self.stream.flush()
