"""An unlocked vault with what every use case needs beside it (reference data)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path

from shekara.domain.reference import ReferenceData, load_default
from shekara.errors import InputError
from shekara.services.records import RecordService
from shekara.vault import packet_store
from shekara.vault.vault import Vault


@dataclass
class Session:
    vault: Vault
    ref: ReferenceData = field(default_factory=load_default)

    def __post_init__(self) -> None:
        # Reference data imported from HQ (`refdata import`) replaces the shipped files once
        # it is newer; an unreadable copy in the vault leaves the shipped files in force.
        kept = packet_store.newest_reference(self.vault.conn)
        if kept is not None and kept[0] > self.ref.version:
            with contextlib.suppress(InputError):
                self.ref = ReferenceData(kept[1])
        if self.vault.setting("search_index_stale") == "1":
            self.records.rebuild_search_index()
        if self.vault.setting("qualification_stale") == "1":
            self.records.rederive_qualification()

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
