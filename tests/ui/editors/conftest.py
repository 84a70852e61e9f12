"""Fixtures for the record editors: a real post vault with two supervisors and an officer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import shekara.ui  # noqa: F401 - its refcount guard before any Qt call
from shekara.services.session import Session
from shekara.vault.vault import Vault

SUPERVISOR, SUPERVISOR_PASS = "aigerim.s", "Шекара-сенім-2026"
SECOND, SECOND_PASS = "tomas.z", "pasienio-kontrole-77"
OFFICER, OFFICER_PASS = "nurlan.k", "officer-pass-phrase-1"


def make_vault(directory: Path, party: str = "KZ") -> None:
    vault, _ = Vault.create(directory, mode="post", party=party, post_code=f"{party}-POST",
                            officer=SUPERVISOR, passphrase=SUPERVISOR_PASS)
    vault.add_officer(SECOND, "supervisor", SECOND_PASS)
    vault.add_officer(OFFICER, "officer", OFFICER_PASS)
    vault.lock()


def open_as(directory: Path, officer: str) -> Session:
    passwords = {SUPERVISOR: SUPERVISOR_PASS, SECOND: SECOND_PASS, OFFICER: OFFICER_PASS}
    return Session(Vault.open(directory, officer, passwords[officer]))


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "vault"
    make_vault(directory)
    return directory


@pytest.fixture
def officer(vault_dir: Path) -> Iterator[Session]:
    session = open_as(vault_dir, OFFICER)
    yield session
    session.close()


@pytest.fixture
def supervisor(vault_dir: Path) -> Iterator[Session]:
    session = open_as(vault_dir, SUPERVISOR)
    yield session
    session.close()
