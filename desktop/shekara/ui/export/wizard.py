"""The export wizard (post, supervisors): where to → what will go → writing → done.

1. **Where**: a removable drive from the list (Refresh after plugging one in) or any folder.
2. **What will go**: counted off the GUI thread with `services.export.preview`; a missing HQ key
   or nothing to send says so here, before anything is written.
3. **Writing** (a commit page: once written there is no going back): `services.export.export`
   in a worker with progress and cancel. On a failure (stick full, pulled out, cancelled) the
   export has undone itself: the page says so in words and offers "Try again" (or Back, to pick
   another stick).
4. **Done**: the packet's path, its SHA-256 read back from the stick, and the transmittal sheet.
   In the demo (`demo_hq`), also the demo HQ's side: it acknowledges the packet's folder and
   the officer takes the acknowledgement back (ui/export/demo_hq.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget, QWizard

from shekara.packets.writer import Opener
from shekara.services.drives import removable_drives
from shekara.services.session import Session
from shekara.ui import theme
from shekara.ui.export.pages import ContentsPage, DestinationPage, DonePage, WritePage
from shekara.ui.export.state import ExportState
from shekara.ui.export.writing import Written
from shekara.ui.widgets.destination import DestinationChooser, DriveLister

if TYPE_CHECKING:
    from shekara.demo.hq import DemoHq

PAGE_DESTINATION, PAGE_CONTENTS, PAGE_WRITE, PAGE_DONE = range(4)


class ExportWizard(QWizard):
    exported = Signal(object)  # the ExportResult, once a packet is on the stick and verified
    ack_import_requested = Signal(object)  # demo: the Path of the ack the demo HQ wrote

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 list_drives: DriveLister = removable_drives,
                 opener: Opener | None = None, demo_hq: DemoHq | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state = ExportState(session, DestinationChooser(list_drives=list_drives), opener)
        self.setObjectName("exportWizard")
        self.setWindowIcon(theme.icon("export"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.destination_page = DestinationPage(self.state)
        self.contents_page = ContentsPage(self.state)
        self.write_page = WritePage(self.state)
        self.write_page.succeeded.connect(self._written)
        self.done_page = DonePage(self.state, demo_hq)
        if self.done_page.demo_panel is not None:
            self.done_page.demo_panel.import_requested.connect(self.ack_import_requested.emit)
        self.setPage(PAGE_DESTINATION, self.destination_page)
        self.setPage(PAGE_CONTENTS, self.contents_page)
        self.setPage(PAGE_WRITE, self.write_page)
        self.setPage(PAGE_DONE, self.done_page)
        self.retranslate_ui()
        self.resize(720, 520)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export packet to HQ"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _written(self, written: Written) -> None:
        """The write page's success: tell the window, show the last page."""
        self.exported.emit(written.result)
        self.next()

    def reject(self) -> None:
        # Cancel while writing asks the writer to stop; the wizard closes once it has undone.
        if self.write_page.busy:
            self.write_page.cancel()
            return
        super().reject()
