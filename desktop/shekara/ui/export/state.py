"""What the export wizard's pages share. The wizard makes one `ExportState` and hands it to
each page; a page never reaches into the wizard for it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from shekara.packets.writer import Opener
from shekara.services.session import Session
from shekara.ui.export.writing import Written
from shekara.ui.widgets.destination import DestinationChooser


@dataclass
class ExportState:
    session: Session
    destination: DestinationChooser  # shown by the first page, read by the next ones
    opener: Opener | None = None  # the writer's hook (tests pass a failing stick)
    written: Written | None = None  # the packet, once written and verified
    # A supervisor ticked "HQ has confirmed it received nothing … after the backup" on the
    # contents page: the export goes ahead although the restored vault has no HQ ack yet.
    after_restore: bool = False

    def directory(self) -> Path | None:
        return self.destination.directory()
