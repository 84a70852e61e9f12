"""Finishing an interrupted `shekara rekey` (vault/rekey.py), before anything opens the vault.

A rekey writes the re-encrypted database and the new key slots beside the old pair
(`vault.db.rekey`, `keyslots.json.rekey`), fsyncs them, then writes the marker `rekey.pending`
and swaps the files in. The pair in use is always whole:
- no marker: the new files are leftovers of a rekey that never finished writing them; the old
  pair is the vault, and the leftovers are removed;
- a marker: both new files were complete before it was written, so the swap is finished (each
  rename is atomic; one may already be done), then the marker goes.
"""

from __future__ import annotations

import os
from pathlib import Path

from shekara.fileio import fsync_directory
from shekara.vault.connection import DB_FILE
from shekara.vault.keyslots import SLOT_FILE

MARKER = "rekey.pending"
NEW_DB = DB_FILE + ".rekey"
NEW_SLOTS = SLOT_FILE + ".rekey"


def finish(directory: Path) -> None:
    if not (directory / MARKER).exists():
        for name in (NEW_DB, NEW_SLOTS):
            (directory / name).unlink(missing_ok=True)
        return
    if (directory / NEW_DB).exists():
        # The old database's write-ahead log must not be applied to the new file: the rekey
        # checkpointed it before exporting and wrote nothing after.
        for suffix in ("-wal", "-shm"):
            (directory / (DB_FILE + suffix)).unlink(missing_ok=True)
        os.replace(directory / NEW_DB, directory / DB_FILE)
    if (directory / NEW_SLOTS).exists():
        os.replace(directory / NEW_SLOTS, directory / SLOT_FILE)
    fsync_directory(directory)
    (directory / MARKER).unlink()
    fsync_directory(directory)
