"""Vaults full of sample records, built through the services, for the UI tests and benchmarks.

Building 100,000 records through `RecordService.add` takes minutes, so a built vault is kept in
a cache folder (default: the system's temp folder) and reused while the sample generator's
arguments stay the same. The cached vault uses the test KDF policy (tests/support/fast_kdf.py):
it is a benchmark fixture with public passphrases and generated people, never a real vault.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tests.support.fast_kdf import install as install_test_kdf

from shekara.demo.samples import generate_records
from shekara.services.session import Session, open_session
from shekara.vault.vault import Vault

SUPERVISOR = "bench.supervisor"
SECOND = "bench.second"
PASSPHRASE = "bench-vault-passphrase-2026"
POST = "KZ-BENCH"
TODAY = date(2026, 11, 1)  # fixed, so the same records come out on every day
BATCH = 1000
CACHE_ENV = "SHEKARA_BENCH_CACHE"


@dataclass(frozen=True)
class BuiltVault:
    directory: Path
    count: int
    officer: str = SUPERVISOR
    passphrase: str = PASSPHRASE

    def open(self) -> Session:
        return open_session(self.directory, self.officer, self.passphrase)


def cache_root() -> Path:
    return Path(os.environ.get(CACHE_ENV) or tempfile.gettempdir()) / "shekara-bench-vaults"


def build_vault(directory: Path, count: int, *, seed: int = 7,
                progress: Callable[[int], None] | None = None) -> BuiltVault:
    """A KZ post vault with `count` records written by a supervisor; every third is approved
    by a second supervisor (four-eyes), so the list has drafts and approved records."""
    install_test_kdf()  # the cached vault's slots are the test suite's (cheap to unlock)
    vault, _ = Vault.create(directory, mode="post", party="KZ", post_code=POST,
                            officer=SUPERVISOR, passphrase=PASSPHRASE)
    vault.add_officer(SECOND, "supervisor", PASSPHRASE)
    ids: list[str] = []
    with Session(vault) as session:
        batch: list[dict[str, object]] = []
        for record in generate_records(count, seed=seed, party="KZ", today=TODAY):
            batch.append(record)
            if len(batch) == BATCH:
                ids += session.records.add(batch)
                batch = []
                if progress:
                    progress(len(ids))
        if batch:
            ids += session.records.add(batch)
    with open_session(directory, SECOND, PASSPHRASE) as checker:
        for record_id in ids[::3][:2000]:
            checker.records.approve(record_id)
    return BuiltVault(directory, count)


def cached_vault(count: int, *, seed: int = 7) -> BuiltVault:
    """The cached vault of `count` records, built on first use."""
    from shekara.vault.migrations import LATEST

    # The schema is part of the key: checkouts of different schema versions (branches, an
    # older release) share the cache folder, and a vault of a newer schema cannot be opened.
    key = {"count": count, "seed": seed, "today": TODAY.isoformat(), "post": POST,
           "schema": LATEST}
    folder = cache_root() / f"kz-{count}-{seed}-schema{LATEST}"
    stamp = folder / "built.json"
    if stamp.exists() and json.loads(stamp.read_text()) == key:
        return BuiltVault(folder / "vault", count)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    built = build_vault(folder / "vault", count, seed=seed)
    stamp.write_text(json.dumps(key))
    return built


if __name__ == "__main__":
    import sys
    import time

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    started = time.perf_counter()
    result = cached_vault(n)
    print(f"{result.directory}: {n} records in {time.perf_counter() - started:.0f} s")
