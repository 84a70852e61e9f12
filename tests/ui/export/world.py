"""A post vault and an HQ vault in tmp_path, with the packet keys made as `init` makes them and
(by `link()`) enrolled both ways through the services — as tests/services/ do. Shared by the
export, HQ and keys screen tests."""

from __future__ import annotations

from pathlib import Path

from shekara.demo.samples import generate_records
from shekara.services import export, hq, keys
from shekara.services.acks import write_ack
from shekara.services.drives import Drive
from shekara.services.export import ExportResult
from shekara.services.hq import ImportOutcome
from shekara.services.session import Session
from shekara.vault.vault import Vault
from tests.ui.conftest import close_under_lock

POST = "KZ-NUR-ZHOLY"
HQ = "HQ-KZ"
SUPERVISOR = "aigerim.s"
OFFICER = "nurlan.k"
PASSPHRASE = "Шекара-сенім-2026"


def make_vault(directory: Path, mode: str, code: str) -> Vault:
    vault, _recovery = Vault.create(directory, mode=mode, party="KZ", post_code=code,
                                    officer=SUPERVISOR, passphrase=PASSPHRASE)
    with vault.transaction():
        vault.set_setting("four_eyes", "0")  # the tests approve what they add
    vault.add_officer(OFFICER, "officer", PASSPHRASE)
    keys.create_own_keys(vault)
    return vault


class World:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.post = Session(make_vault(root / "post", "post", POST))
        self.hq = Session(make_vault(root / "hq", "hq", HQ))
        self.stick = root / "stick"
        self.stick.mkdir()
        self._officer: Session | None = None

    def drives(self) -> list[Drive]:
        """What the drive listing finds: the one stick."""
        return [Drive(self.stick, "SHEKARA", "/dev/sdb1", 3_000_000_000, 7_800_000_000)]

    def link(self) -> World:
        """Pin HQ's key at the post and enroll the post at HQ (the paper step done)."""
        keys.import_hq_keys(self.post.vault, keys.hq_keys_file(self.hq.vault))
        keys.enroll(self.hq.vault, keys.enrollment_file(self.post.vault))
        return self

    def enrollment_file(self) -> Path:
        path = self.root / "kz-nur-zholy.json"
        path.write_bytes(keys.enrollment_file(self.post.vault))
        return path

    def hq_keys_file(self) -> Path:
        path = self.root / "hq-keys.json"
        path.write_bytes(keys.hq_keys_file(self.hq.vault))
        return path

    def approved(self, count: int = 3, seed: int = 5) -> list[str]:
        records = self.post.records
        ids = records.add(list(generate_records(count, seed=seed, party="KZ")))
        for record_id in ids:
            records.approve(record_id)
        return ids

    def export(self) -> ExportResult:
        return export.export(self.post.vault, self.stick)

    def hq_import(self, *paths: Path) -> list[ImportOutcome]:
        return hq.import_files(self.hq.vault, self.hq.ref, list(paths))

    def ack_file(self) -> Path:
        sent, _ = write_ack(self.hq.vault, POST, self.stick)
        return sent.path

    def officer_session(self) -> Session:
        if self._officer is None:
            self._officer = Session(Vault.open(self.root / "post", OFFICER, PASSPHRASE))
        return self._officer

    def statuses(self, ids: list[str]) -> list[str]:
        listed = {r.id: r.status for r in self.post.records.list_records(limit=10_000)}
        return [listed[i] for i in ids]

    def close(self) -> None:
        # under the session lock: the wizard may still write or check a packet in a worker
        for session in (self.post, self.hq, self._officer):
            if session is not None:
                close_under_lock(session)
