"""An unlocked vault with what every use case needs beside it (reference data)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from shekara.domain.reference import ReferenceData, load_default
from shekara.services.records import RecordService
from shekara.vault.vault import Vault


@dataclass
class Session:
    vault: Vault
    ref: ReferenceData = field(default_factory=load_default)

    @property
    def records(self) -> RecordService:
        return RecordService(self.vault, self.ref)

    def close(self) -> None:
        self.vault.lock()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_session(directory: Path, officer: str, passphrase: str) -> Session:
    return Session(Vault.open(directory, officer, passphrase))
