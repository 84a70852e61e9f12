"""Failed unlocks, counted beside the vault (it is closed when they happen), and the back-off.

`unlock_failures.json` holds only a count and times — never a login or a passphrase — so it
says nothing about who works at the post. Two typos in a row cost nothing; from the third
failure on, each makes the next try wait longer (1, 2, 4 … 30 seconds), across processes,
so a script cannot try passphrases as fast as Argon2id allows; the next successful unlock
writes the count into the audit log (`vault.unlock_failed`) and removes the file.

Deleting the file resets the wait: it slows guessing at the keyboard and from a script on the
laptop; it is no lock against someone who can edit the vault's folder (who could as well copy
the vault away and guess elsewhere: the Argon2id cost is what protects against that).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from shekara.vault.keyslots import write_file_atomically

FILE = "unlock_failures.json"
MAX_WAIT_SECONDS = 30
MAX_COUNT = 1_000_000  # a counter, not a log: it never grows the file


@dataclass(frozen=True)
class Failures:
    count: int
    first: str  # ISO 8601 UTC
    last: str
    not_before: str  # no unlock is tried before this moment

    def wait_seconds(self, now: datetime) -> int:
        left = (datetime.fromisoformat(self.not_before) - now).total_seconds()
        return max(0, int(left + 0.999))


FREE_FAILURES = 2


def wait_after(count: int) -> int:
    """Seconds to wait after `count` failures in a row: none for two, then 1, 2, 4, 8, 16, 30."""
    extra = count - FREE_FAILURES
    return 0 if extra <= 0 else min(MAX_WAIT_SECONDS, 2 ** min(extra - 1, 5))


def _now() -> datetime:
    return datetime.now(UTC)


def read(directory: Path) -> Failures | None:
    """The failures recorded, or None (no file, or one that does not parse: a damaged counter
    must not lock anyone out)."""
    try:
        data = json.loads((directory / FILE).read_text(encoding="utf-8")[:4096])
        count = int(data["count"])
        first, last, not_before = (str(data[k]) for k in ("first", "last", "not_before"))
        for moment in (first, last, not_before):
            datetime.fromisoformat(moment)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not 0 < count <= MAX_COUNT:
        return None
    return Failures(count, first, last, not_before)


def record_failure(directory: Path, now: datetime | None = None) -> Failures:
    moment = now or _now()
    before = read(directory)
    count = min((before.count if before else 0) + 1, MAX_COUNT)
    stamp = moment.isoformat(timespec="seconds")
    failures = Failures(count, before.first if before else stamp, stamp,
                        (moment + timedelta(seconds=wait_after(count))).isoformat(
                            timespec="seconds"))
    write_file_atomically(directory / FILE, json.dumps(failures.__dict__).encode())
    return failures


def clear(directory: Path) -> None:
    (directory / FILE).unlink(missing_ok=True)
