"""ENOSPC: a vault on a full disk refuses the write clearly and stays intact."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from shekara.errors import VaultError
from shekara.services.session import Session
from shekara.vault.connection import integrity_problems
from shekara.vault.vault import Vault
from tests.cli.conftest import border_record


@pytest.fixture
def small_disk(tmp_path: Path):
    mount = tmp_path / "small"
    mount.mkdir()
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1536k", "tmpfs", str(mount)],
                          capture_output=True, check=False)
    if proc.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail("CI must be able to mount a small tmpfs (runs as root)")
        pytest.skip("mounting a small tmpfs needs root")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_disk_full_is_a_clear_error_and_the_vault_stays_intact(small_disk: Path) -> None:
    directory = small_disk / "v"
    vault, _ = Vault.create(directory, mode="post", party="KZ", post_code="KZ-FULL",
                            officer="full.test", passphrase="disk-full-passphrase")
    session = Session(vault)
    stored: list[str] = []
    error: VaultError | None = None
    for n in range(5000):
        try:
            stored += session.records.add(
                [border_record(f"Name{n}", "X", "LTU", narrative="ж" * 3000)])
        except VaultError as exc:
            error = exc
            break
    assert error is not None, "the disk never filled"
    assert "disk is full" in str(error)
    session.close()
    # Free space again (as an officer would by clearing the disk) and reopen.
    filler = small_disk / "filler"
    if filler.exists():
        filler.unlink()
    vault = Vault.open(directory, "full.test", "disk-full-passphrase")
    try:
        assert integrity_problems(vault.conn) == []
        ids = {r[0] for r in vault.conn.execute("SELECT id FROM records")}
        assert set(stored) <= ids
        from shekara.vault import audit

        assert audit.verify(vault.conn).ok
    finally:
        vault.lock()
