"""Autosaved drafts for the editors (design decision 2: drafts autosave).

The editor calls `save` every few seconds and when a field loses focus, with whatever the
officer has typed so far; after a crash or a lock, `pending` lists what to offer back on the
next unlock. `commit` turns an autosave into a record (or a change to one) through the record
service's validation, and drops the autosave only if that succeeded.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from shekara.errors import InputError
from shekara.services.records import RecordService
from shekara.vault import autosave as store
from shekara.vault.autosave import Autosave
from shekara.vault.vault import Vault

MAX_AUTOSAVE_BYTES = 1024 * 1024


class DraftService:
    def __init__(self, vault: Vault, records: RecordService) -> None:
        self.vault = vault
        self.records = records

    @staticmethod
    def new_key() -> str:
        return str(uuid.uuid4())

    def save(self, key: str, data: Mapping[str, Any], *, kind: str | None = None,
             record_id: str | None = None, base_version: int | None = None) -> Autosave:
        if len(json.dumps(data, ensure_ascii=False)) > MAX_AUTOSAVE_BYTES:
            raise InputError("draft.too_large", "the draft is larger than {n} bytes",
                             n=MAX_AUTOSAVE_BYTES)
        item = Autosave(key, self.vault.officer, kind, record_id, base_version, dict(data),
                        datetime.now(UTC).isoformat(timespec="seconds"))
        with self.vault.transaction() as conn:
            store.save(conn, item)
        return item

    def pending(self) -> list[Autosave]:
        """This officer's autosaves (another officer's typing is not offered to them)."""
        return store.for_officer(self.vault.conn, self.vault.officer)

    def discard(self, key: str) -> None:
        with self.vault.transaction() as conn:
            store.discard(conn, key)

    def commit(self, key: str, data: Mapping[str, Any], *, record_id: str | None = None,
               reason: str | None = None) -> tuple[str, int]:
        """Validate and store; returns (record id, version). The autosave goes only on success."""
        if record_id is None:
            [new_id] = self.records.add([data])
            result = (new_id, 1)
        else:
            result = (record_id, self.records.amend(record_id, data, reason))
        with self.vault.transaction() as conn:
            store.discard(conn, key)
        return result
