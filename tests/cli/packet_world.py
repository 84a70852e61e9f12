"""A KZ post and its KZ HQ in tmp_path, enrolled both ways, driven through the real command.

Each test module makes its `world` fixture with `World(tmp_path, monkeypatch, capsys)`:
`world.post` and `world.hq` are `Shekara` drivers (tests/cli/conftest.py)
on two vaults; `world.stick` is the folder standing in for the USB stick.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from shekara.packets.keys import PrivateKeys
from shekara.services.keys import OWN_KEYS
from shekara.vault.vault import Vault
from tests.cli.conftest import (
    OFFICER,
    OFFICER_PASS,
    PASSWORDS,
    SECOND,
    SECOND_PASS,
    SUPERVISOR,
    Shekara,
    border_record,
    example_record,
)

POST_CODE = "KZ-NUR-ZHOLY"
HQ_CODE = "HQ-KZ"


class World:
    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch,
                 capsys: pytest.CaptureFixture[str]) -> None:
        self.root = root
        self.post = Shekara(root / "post", monkeypatch, capsys)
        self.hq = Shekara(root / "hq", monkeypatch, capsys)
        self.stick = root / "stick"
        self.stick.mkdir()
        self.post.ok("init", "--mode", "post", "--party", "KZ", "--post", POST_CODE,
                     "--officer", SUPERVISOR)
        self.post.ok("officer", "add", SECOND, "--role", "supervisor",
                     env={"SHEKARA_NEW_PASSPHRASE": SECOND_PASS})
        self.post.ok("officer", "add", OFFICER, "--role", "officer",
                     env={"SHEKARA_NEW_PASSPHRASE": OFFICER_PASS})
        self.hq.ok("init", "--mode", "hq", "--party", "KZ", "--post", HQ_CODE,
                   "--officer", SUPERVISOR)
        self.enroll_both_ways(self.hq)

    def enroll_both_ways(self, hq: Shekara, name: str = "hq") -> None:
        keys_file = self.root / f"{name}-keys.json"
        enrollment = self.root / f"{name}-enrollment.json"
        hq.ok("hq", "keys", "export", "--out", str(keys_file))
        self.post.ok("keys", "import-hq", str(keys_file), *(["--replace"] if name != "hq"
                                                             else []))
        self.post.ok("keys", "enrollment", "--out", str(enrollment))
        hq.ok("hq", "enroll", str(enrollment))

    # --- the post -------------------------------------------------------------------------------
    def add_approved(self, *records: dict[str, Any]) -> list[str]:
        ids = self.post.add(*(records or (example_record(),)))
        for record_id in ids:
            self.post.ok("record", "approve", record_id, officer=SECOND)
        return ids

    def export(self, stick: Path | None = None) -> Path:
        return Path(self.post.ok("export", "--to", str(stick or self.stick)).lines[0])

    def correct(self, record_id: str, **changes: Any) -> int:
        shown = self.post.ok("record", "show", record_id, "--json").json()
        shown.update(changes)
        amended = self.post.ok("record", "amend", record_id, "-", "--reason", "correction",
                               "--json", stdin=json.dumps(shown).encode()).json()
        self.post.ok("record", "approve", record_id, officer=SECOND)
        return int(amended["version"])

    def statuses(self) -> dict[str, str]:
        return {r["id"]: r["status"] for r in self.post.ok("record", "list", "--json").json()}

    # --- HQ -------------------------------------------------------------------------------------
    def hq_import(self, *paths: Path, hq: Shekara | None = None) -> Any:
        result = (hq or self.hq)("hq", "import", *map(str, paths), "--json")
        return result.code, result.json()

    def ack(self, stick: Path | None = None) -> Path:
        return Path(self.hq.ok("hq", "ack", "--post", POST_CODE, "--to",
                               str(stick or self.stick)).lines[0])

    def hq_records(self) -> dict[str, dict[str, Any]]:
        return {r["id"]: r for r in self.hq.ok("record", "list", "--json").json()}

    def hq_snapshot(self) -> tuple[int, int, str, Any]:
        """What must not change when HQ refuses a packet (its refusal log aside)."""
        records = len(self.hq.ok("record", "list", "--json", "--limit", "100000").json())
        head = self.hq.ok("audit", "verify", "--json").json()
        status = self.hq.ok("hq", "status", "--json").json()
        for stream in status:  # a refused packet's sequence number counts as seen
            stream.pop("refusals")
            stream.pop("gaps")
            stream.pop("gap_ranges")
        return records, head["head_seq"], head["head_hash"], status

    def private_keys(self, which: str = "hq") -> PrivateKeys:
        """The installation's own keys, straight from its vault (tests only)."""
        vault = Vault.open(self.root / which, SUPERVISOR, PASSWORDS[SUPERVISOR])
        try:
            raw = vault.secret(OWN_KEYS)
            assert raw is not None
            return PrivateKeys.from_private_json(raw)
        finally:
            vault.lock()


RECORDS = [example_record(), border_record("Сүлейменов", "Нұрлан", "LTU"),
           border_record("Jankauskaitė", "Rūta", "KAZ")]
