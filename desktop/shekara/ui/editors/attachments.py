"""Attachments of a record: photos and scans, stored in the vault (services/attachments.py).

Thumbnails are made in memory from the vault's bytes (QPixmap.loadFromData) and never written
anywhere: design decision 1 (no thumbnails or temp files outside the vault). A file can only be
attached to a stored draft (the service refuses anything else), so the page tells this editor
when it may offer the button and why not otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shekara.ui.editors.fields import FieldEditor, translate
from shekara.ui.editors.forms import MessageLabel

THUMBNAIL_SIZE = 96
MAX_THUMBNAIL_SOURCE = 40 * 1024 * 1024  # larger images are listed without a picture

Attach = Callable[[Path], "dict[str, Any] | None"]
LoadBytes = Callable[[str], "bytes | None"]


def thumbnail(data: bytes, size: int = THUMBNAIL_SIZE) -> QPixmap | None:
    """A scaled picture of image bytes, in memory only; None when they are no image."""
    if len(data) > MAX_THUMBNAIL_SOURCE:
        return None
    pixmap = QPixmap()
    if not pixmap.loadFromData(data):
        return None
    return pixmap.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)


class _AttachmentRow(QFrame):
    def __init__(self, owner: AttachmentsEditor, item: dict[str, Any]) -> None:
        super().__init__(owner)
        self.item = item
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.picture = QLabel(self)
        self.picture.setFixedSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setFrameShape(QFrame.Shape.StyledPanel)
        layout.addWidget(self.picture)
        name = str(item.get("name") or "")
        size = item.get("size")
        shown_size = QLocale().formattedDataSize(int(size)) if isinstance(size, int) else ""
        self.caption = QLabel(f"{name}\n{item.get('media_type') or ''} · {shown_size}", self)
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption, 1)
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.remove.setAccessibleName(translate("RecordEditor", "Remove attachment") +
                                      f": {name}")
        self.remove.setToolTip(translate("RecordEditor", "Remove attachment"))
        layout.addWidget(self.remove)
        self.remove.clicked.connect(lambda: owner.remove_row(self))

    def show_picture(self, pixmap: QPixmap | None) -> None:
        if pixmap is None:
            self.picture.setText(translate("RecordEditor", "no preview"))
        else:
            self.picture.setPixmap(pixmap)


class AttachmentsEditor(FieldEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attach: Attach | None = None
        self.load_bytes: LoadBytes | None = None
        # Tests replace this; the real one asks with Qt's file dialog.
        self.choose_files: Callable[[], list[str]] = self._ask_for_files
        self.rows: list[_AttachmentRow] = []
        self._pictures: dict[str, QPixmap | None] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.message = MessageLabel(self)
        layout.addWidget(self.message)
        self.column = QVBoxLayout()
        layout.addLayout(self.column)
        row = QHBoxLayout()
        self.add_button = QPushButton(translate("RecordEditor", "+ Add photo or scan…"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.setAccessibleName(translate("RecordEditor", "Add photo or scan"))
        row.addWidget(self.add_button)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        row.addWidget(self.hint, 1)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add_files)
        self.set_enabled_reason(None)

    # --- what the page decides ------------------------------------------------------------
    def set_enabled_reason(self, reason: str | None) -> None:
        """None: files can be attached now; else the reason they cannot (shown beside)."""
        self.add_button.setEnabled(reason is None and self.attach is not None)
        self.hint.setText(reason or "")
        self.hint.setVisible(bool(reason))

    # --- value ------------------------------------------------------------------------------
    def value(self) -> Any:
        return [dict(row.item) for row in self.rows]

    def set_value(self, value: Any) -> None:
        for row in self.rows:
            self.column.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for item in value if isinstance(value, list) else []:
            if isinstance(item, dict):
                self._add_row(item)

    def _add_row(self, item: dict[str, Any]) -> _AttachmentRow:
        row = _AttachmentRow(self, item)
        self.rows.append(row)
        self.column.addWidget(row)
        row.show_picture(self._picture(str(item.get("sha256") or ""),
                                       str(item.get("media_type") or "")))
        return row

    def _picture(self, sha256: str, media_type: str) -> QPixmap | None:
        if self.load_bytes is None or not media_type.startswith("image/"):
            return None
        if sha256 not in self._pictures:
            data = self.load_bytes(sha256)
            self._pictures[sha256] = thumbnail(data) if data else None
        return self._pictures[sha256]

    def remove_row(self, row: _AttachmentRow) -> None:
        index = self.rows.index(row)
        self.rows.remove(row)
        self.column.removeWidget(row)
        row.deleteLater()
        self.changed.emit()
        self.editing_finished.emit()
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].remove.setFocus()
        else:
            self.add_button.setFocus()

    # --- adding -----------------------------------------------------------------------------
    def _ask_for_files(self) -> list[str]:
        names, _ = QFileDialog.getOpenFileNames(
            self, translate("RecordEditor", "Add photos or scans"), "",
            translate("RecordEditor", "Images and scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;"
                      "All files (*)"))
        return list(names)

    def add_files(self) -> None:
        if self.attach is None:
            return
        for name in self.choose_files():
            item = self.attach(Path(name))
            if item is not None:
                self._add_row(item)
                self.changed.emit()
        self.editing_finished.emit()

    def focus_target(self) -> QWidget:
        return self.add_button

    def issue_targets(self, path: str) -> dict[str, Any]:
        return {}

    def field_labels(self, path: str) -> dict[str, str]:
        return {f"{path}[{index}]": translate("RecordEditor", "Attachment %1")
                .replace("%1", str(index + 1)) for index in range(len(self.rows))}

    def forget_pictures(self) -> None:
        """Drop the in-memory thumbnails (on lock, with the rest of the screen)."""
        self._pictures.clear()
        for row in self.rows:
            row.picture.clear()
