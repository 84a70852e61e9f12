"""The read-only part of a stored record (records.md: retention and lifecycle): id, version,
status, who made and approved it and when, how long it is kept, and whether it qualifies for
exchange under the Agreement."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from shekara.ui.editors.context import EditorContext
from shekara.ui.editors.fields import translate
from shekara.ui.i18n import fmt, format_stamp
from shekara.vault.records import StoredVersion


class RecordInfo(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordInfo")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_record(self, head: StoredVersion | None, ctx: EditorContext, *,
                    qualifies: bool | None) -> None:
        if head is None:
            self.hide()
            return
        t = translate
        status = ctx.ref.label("status", head.status, ctx.lang)
        parts = [
            fmt(t("RecordEditor", "Version %1 · %2"), head.version, status),
            fmt(t("RecordEditor", "Created by %1, %2"), head.created_by,
                format_stamp(head.created_at)),
        ]
        if head.approved_by:
            parts.append(fmt(t("RecordEditor", "Approved by %1, %2"), head.approved_by,
                             format_stamp(head.approved_at)))
        if head.retain_until:
            parts.append(fmt(t("RecordEditor", "Kept until %1, next review %2"),
                             head.retain_until, head.review_on or "—"))
        if qualifies is not None:
            parts.append(t("RecordEditor", "Qualifies for exchange under the Agreement")
                         if qualifies else
                         t("RecordEditor", "Does not qualify for exchange under the Agreement"))
        lines = [" · ".join(parts), fmt(t("RecordEditor", "Record %1"), head.id)]
        if head.reason:
            lines.append(fmt(t("RecordEditor", "Reason: %1"), head.reason))
        self.setText("\n".join(lines))
        self.setAccessibleName(self.text())
        self.show()
