"""An unlocked vault with what every use case needs beside it (reference data)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path

from shekara.domain.reference import ReferenceData, load_default
from shekara.errors import InputError
from shekara.services.acks import AckService
from shekara.services.attachments import AttachmentService
from shekara.services.backups import BackupService
from shekara.services.derived_check import DerivedCheckService
from shekara.services.drafts import DraftService
from shekara.services.exchange_send import ShareService
from shekara.services.export import ExportService
from shekara.services.hq import HqService
from shekara.services.hq_held import HeldPackets
from shekara.services.keys import KeyService
from shekara.services.officials import OfficialsService
from shekara.services.partner import PartnerService
from shekara.services.rebuilds import RebuildService
from shekara.services.received import ReceivedService
from shekara.services.records import RecordService
from shekara.services.refdata import RefdataService
from shekara.services.reports import ReportService
from shekara.services.requests import RequestService
from shekara.services.retention import RetentionService
from shekara.services.review import ReviewService
from shekara.vault import reference_store
from shekara.vault.vault import Vault


@dataclass
class Session:
    vault: Vault
    ref: ReferenceData = field(default_factory=load_default)
    # Run the rebuilds a schema step flagged (services/rebuilds.py) before anything else uses
    # the vault. On by default: code that does not care (tests, the demo, a new vault's
    # recovery sheet) gets a vault whose search and relevance are current, as before. The
    # command line and the window pass False and run `rebuilds` themselves, with progress:
    # at a million records they take minutes, and a silent wait looks like a hang.
    rebuild_on_open: bool = field(default=True, kw_only=True)

    def __post_init__(self) -> None:
        # Reference data imported from HQ (`refdata import`) replaces the shipped files once
        # it is newer; an unreadable copy in the vault leaves the shipped files in force.
        kept = reference_store.newest_reference(self.vault.conn)
        if kept is not None and kept[0] > self.ref.version:
            with contextlib.suppress(InputError):
                self.ref = ReferenceData(kept[1]).with_markings_of(self.ref)
        # The search index holds the reference names it was made with: new names flag it.
        self.rebuilds.note_reference_names()
        if self.rebuild_on_open:
            self.rebuilds.run_all()

    # Every use case, one property each: the UI and the CLI call `session.reports.summary(…)`,
    # never build a service by hand. Services are cheap to make and hold no state of their own,
    # so each access makes one bound to the vault and the reference data in force now.
    @property
    def records(self) -> RecordService:
        return RecordService(self.vault, self.ref)

    @property
    def rebuilds(self) -> RebuildService:
        return RebuildService(self.vault, self.ref)

    @property
    def derived(self) -> DerivedCheckService:
        """The check of derived data against the records (`shekara check --derived`)."""
        return DerivedCheckService(self.vault, self.ref)

    @property
    def reports(self) -> ReportService:
        return ReportService(self.vault, self.ref)

    @property
    def review(self) -> ReviewService:
        return ReviewService(self.vault, self.records)

    @property
    def drafts(self) -> DraftService:
        return DraftService(self.vault, self.records)

    @property
    def requests(self) -> RequestService:
        return RequestService(self.vault, self.ref)

    @property
    def officials(self) -> OfficialsService:
        return OfficialsService(self.vault)

    @property
    def export(self) -> ExportService:
        return ExportService(self.vault, self.ref)

    @property
    def acks(self) -> AckService:
        return AckService(self.vault, self.ref)

    @property
    def hq(self) -> HqService:
        return HqService(self.vault, self.ref)

    @property
    def backups(self) -> BackupService:
        return BackupService(self.vault)

    @property
    def held(self) -> HeldPackets:
        return HeldPackets(self.vault)

    @property
    def partner(self) -> PartnerService:
        return PartnerService(self.vault, self.ref)

    @property
    def received(self) -> ReceivedService:
        return ReceivedService(self.vault, self.ref)

    @property
    def keys(self) -> KeyService:
        return KeyService(self.vault, self.ref)

    @property
    def retention(self) -> RetentionService:
        return RetentionService(self.vault, self.ref)

    @property
    def attachments(self) -> AttachmentService:
        return AttachmentService(self.vault, self.ref)

    @property
    def refdata(self) -> RefdataService:
        return RefdataService(self.vault, self.ref)

    @property
    def share(self) -> ShareService:
        return ShareService(self.vault, self.ref)

    def close(self) -> None:
        self.vault.lock()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_session(directory: Path, officer: str, passphrase: str, *,
                 rebuild_on_open: bool = True) -> Session:
    vault = Vault.open(directory, officer, passphrase)
    try:
        return Session(vault, rebuild_on_open=rebuild_on_open)
    except BaseException:  # an interrupted rebuild: its flag stays, the vault closes
        vault.lock()
        raise
