"""Choosing where a packet goes (or comes from): a removable drive from the list, or any folder.

The list is filled off the GUI thread (asking a drive for its free space can hang on a bad
stick) and again on "Refresh". A folder chosen with the file dialog joins the list, selected.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shekara.services.drives import Drive, removable_drives
from shekara.ui import ops, theme
from shekara.ui.i18n import fmt

DriveLister = Callable[[], list[Drive]]
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
DRIVE_ROLE = Qt.ItemDataRole.UserRole + 2


def data_size(count: int) -> str:
    """Bytes in the UI language's form ("3,2 GB")."""
    return QLocale().formattedDataSize(count, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class DestinationChooser(QWidget):
    """A list of removable drives, "Refresh" and "Choose a folder…"; `changed(path | None)`."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *,
                 list_drives: DriveLister = removable_drives) -> None:
        super().__init__(parent)
        self.setObjectName("destinationChooser")
        self.list_drives = list_drives  # also lent to screens opened from the same wizard
        self._drives: list[Drive] = []
        self._folder: Path | None = None
        self._loading = False
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.drive_list = QListWidget()
        self.drive_list.setObjectName("driveList")
        self.drive_list.setMinimumHeight(110)
        self.caption.setBuddy(self.drive_list)
        # The choice is the selected row (a row that is only "current", as after tabbing into
        # the list, is not a choice).
        self.drive_list.itemSelectionChanged.connect(lambda: self.changed.emit(self.directory()))
        self.empty_label = QLabel()
        self.empty_label.setObjectName("noDrives")
        self.empty_label.setWordWrap(True)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshDrives")
        self.refresh_button.setIcon(theme.icon("refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.folder_button = QPushButton()
        self.folder_button.setObjectName("chooseFolder")
        self.folder_button.setIcon(theme.icon("open"))
        self.folder_button.clicked.connect(self.choose_folder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.drive_list, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self.refresh()

    # --- language ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.caption.setText(self.tr("&Removable drives (USB sticks):"))
        self.drive_list.setAccessibleName(self.tr("Removable drives"))
        self.refresh_button.setText(self.tr("R&efresh"))
        self.refresh_button.setToolTip(self.tr("Look for sticks again (after plugging one in)"))
        self.folder_button.setText(self.tr("Choose another &folder…"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- the list ------------------------------------------------------------------------------
    def _chosen_item(self) -> QListWidgetItem | None:
        chosen = self.drive_list.selectedItems()
        return chosen[0] if chosen else None

    def directory(self) -> Path | None:
        item = self._chosen_item()
        if item is None:
            return None
        value = item.data(PATH_ROLE)
        return Path(value) if value else None

    def drives(self) -> list[Drive]:
        return list(self._drives)

    @property
    def loading(self) -> bool:
        return self._loading

    def refresh(self) -> None:
        """List the drives again, off the GUI thread."""
        if self._loading:
            return
        self._loading = True
        self.refresh_button.setEnabled(False)
        lister = self.list_drives
        ops.run(self, lambda _progress: lister(), on_done=self._listed,
                on_error=lambda _err: self._listed([]))

    def _listed(self, found: object) -> None:
        self._loading = False
        self.refresh_button.setEnabled(True)
        self._drives = list(found) if isinstance(found, list) else []
        self._fill()

    def _fill(self) -> None:
        chosen = self.directory()
        self.drive_list.blockSignals(True)
        self.drive_list.clear()
        for drive in self._drives:
            item = QListWidgetItem(theme.icon("export"), self._drive_text(drive))
            item.setData(PATH_ROLE, str(drive.path))
            item.setData(DRIVE_ROLE, drive)
            item.setToolTip(f"{drive.device} — {drive.path}")
            self.drive_list.addItem(item)
        if self._folder is not None:
            item = QListWidgetItem(theme.icon("open"),
                                   fmt(self.tr("Folder: %1"), str(self._folder)))
            item.setData(PATH_ROLE, str(self._folder))
            self.drive_list.addItem(item)
        self.empty_label.setText(
            "" if self._drives else self.tr("No stick found. Plug one in and press Refresh, "
                                            "or choose a folder."))
        self.empty_label.setVisible(not self._drives)
        self._select(chosen)
        self.drive_list.blockSignals(False)
        self.changed.emit(self.directory())

    def _select(self, wanted: Path | None) -> None:
        rows = [self.drive_list.item(i) for i in range(self.drive_list.count())]
        for item in rows:
            if wanted is not None and item.data(PATH_ROLE) == str(wanted):
                self.drive_list.setCurrentItem(item)
                return
        if len(self._drives) == 1 and self._folder is None:
            self.drive_list.setCurrentRow(0)  # one stick: the obvious choice
        else:
            self.drive_list.clearSelection()  # several: the person chooses, not the view

    def _drive_text(self, drive: Drive) -> str:
        name = drive.label or drive.device
        if drive.free_bytes is not None and drive.total_bytes:
            return fmt(self.tr("%1 (%2) — %3 free of %4"), name, str(drive.path),
                       data_size(drive.free_bytes), data_size(drive.total_bytes))
        return fmt(self.tr("%1 (%2)"), name, str(drive.path))

    def free_bytes(self) -> int | None:
        """The free space of the chosen drive, when it is one from the list and answered."""
        item = self._chosen_item()
        drive = item.data(DRIVE_ROLE) if item is not None else None
        return drive.free_bytes if isinstance(drive, Drive) else None

    # --- a folder ------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        start = str(self.directory() or Path.home())
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), start)
        if name:
            self.set_folder(Path(name))

    def set_folder(self, folder: Path) -> None:
        """Add `folder` to the list and select it (also what tests call)."""
        self._folder = folder
        self._fill()
        self._select(folder)
