"""The audit log table: a lazy model over `shekara.vault.audit.entries(...)`, in chain order.

Pages of `PAGE_SIZE` entries are read as the view scrolls; a page shorter than that is the end.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)

from shekara.ui.i18n import format_stamp
from shekara.ui.widgets.table_model import AnyIndex, RowTableModel
from shekara.vault.audit import AuditEntry

PAGE_SIZE = 500


@dataclass(frozen=True)
class AuditFilter:
    action: str | None = None
    officer: str | None = None
    record_id: str | None = None
    since: str | None = None  # UTC ISO timestamps, as the log stores them
    until: str | None = None


# (filter, limit, offset) -> entries
AuditReader = Callable[[AuditFilter, int, int], list[AuditEntry]]


class Column(IntEnum):
    SEQ = 0
    AT = 1
    OFFICER = 2
    ACTION = 3
    RECORD = 4
    VERSION = 5
    DETAIL = 6


HEADERS = {
    Column.SEQ: QT_TRANSLATE_NOOP("AuditTableModel", "No."),
    Column.AT: QT_TRANSLATE_NOOP("AuditTableModel", "When"),
    Column.OFFICER: QT_TRANSLATE_NOOP("AuditTableModel", "Officer"),
    Column.ACTION: QT_TRANSLATE_NOOP("AuditTableModel", "Action"),
    Column.RECORD: QT_TRANSLATE_NOOP("AuditTableModel", "Record"),
    Column.VERSION: QT_TRANSLATE_NOOP("AuditTableModel", "Version"),
    Column.DETAIL: QT_TRANSLATE_NOOP("AuditTableModel", "Details"),
}

ACTION_LABELS = {
    "vault.create": QT_TRANSLATE_NOOP("AuditActions", "Vault created"),
    "vault.unlock": QT_TRANSLATE_NOOP("AuditActions", "Vault unlocked"),
    "vault.unlock_failed": QT_TRANSLATE_NOOP("AuditActions", "Unlock refused"),
    "vault.recover": QT_TRANSLATE_NOOP("AuditActions", "Opened with the recovery key"),
    "vault.rekey": QT_TRANSLATE_NOOP("AuditActions", "Vault re-keyed"),
    "vault.recovery_key": QT_TRANSLATE_NOOP("AuditActions", "New recovery key made"),
    "vault.repair": QT_TRANSLATE_NOOP("AuditActions", "Derived data repaired"),
    "officer.add": QT_TRANSLATE_NOOP("AuditActions", "Officer added"),
    "officer.remove": QT_TRANSLATE_NOOP("AuditActions", "Officer removed"),
    "officer.passphrase": QT_TRANSLATE_NOOP("AuditActions", "Passphrase changed"),
    "officer.edit": QT_TRANSLATE_NOOP("AuditActions", "Officer's name, rank or position changed"),
    "record.create": QT_TRANSLATE_NOOP("AuditActions", "Record created"),
    "record.change": QT_TRANSLATE_NOOP("AuditActions", "Draft changed"),
    "record.approve": QT_TRANSLATE_NOOP("AuditActions", "Record approved"),
    "record.amend": QT_TRANSLATE_NOOP("AuditActions", "Record corrected"),
    "record.withdraw": QT_TRANSLATE_NOOP("AuditActions", "Record withdrawn"),
    "record.view": QT_TRANSLATE_NOOP("AuditActions", "Record viewed"),
    "record.search": QT_TRANSLATE_NOOP("AuditActions", "Records searched"),
    "record.review": QT_TRANSLATE_NOOP("AuditActions", "Retention reviewed"),
    "export": QT_TRANSLATE_NOOP("AuditActions", "Packet exported"),
    "ack.import": QT_TRANSLATE_NOOP("AuditActions", "Acknowledgement imported"),
    "print": QT_TRANSLATE_NOOP("AuditActions", "Document printed"),
    "retention.purge": QT_TRANSLATE_NOOP("AuditActions", "Records purged"),
    "backup": QT_TRANSLATE_NOOP("AuditActions", "Backup written"),
    "restore": QT_TRANSLATE_NOOP("AuditActions", "Backup restored"),
    "keys.import": QT_TRANSLATE_NOOP("AuditActions", "HQ keys imported"),
    "keys.rotate": QT_TRANSLATE_NOOP("AuditActions", "Keys rotated"),
    "hq.import": QT_TRANSLATE_NOOP("AuditActions", "Packet imported"),
    "hq.ack": QT_TRANSLATE_NOOP("AuditActions", "Acknowledgement written"),
    "hq.enroll": QT_TRANSLATE_NOOP("AuditActions", "Post enrolled"),
    "hq.revoke": QT_TRANSLATE_NOOP("AuditActions", "Post keys revoked"),
    "partner.enroll": QT_TRANSLATE_NOOP("AuditActions", "Partner keys trusted"),
    "partner.revoke": QT_TRANSLATE_NOOP("AuditActions", "Partner keys revoked"),
    "hq.held_discard": QT_TRANSLATE_NOOP("AuditActions", "Held packet discarded"),
    "refdata.import": QT_TRANSLATE_NOOP("AuditActions", "Reference data imported"),
    "request.create": QT_TRANSLATE_NOOP("AuditActions", "Request created"),
    "request.refusal": QT_TRANSLATE_NOOP("AuditActions", "Request refused"),
    "request.approve": QT_TRANSLATE_NOOP("AuditActions", "Request approved"),
    "request.answer": QT_TRANSLATE_NOOP("AuditActions", "Request answered"),
    "request.follow_up": QT_TRANSLATE_NOOP("AuditActions", "Follow-up question on a request"),
    "request.withdraw": QT_TRANSLATE_NOOP("AuditActions", "Request withdrawn"),
    "request.duplicate": QT_TRANSLATE_NOOP("AuditActions", "Paper copy of a request closed"),
    "settings.change": QT_TRANSLATE_NOOP("AuditActions", "Setting changed"),
    "partner.import": QT_TRANSLATE_NOOP("AuditActions", "Partner's letter imported"),
    "received.view": QT_TRANSLATE_NOOP("AuditActions", "Received information viewed"),
    "consent.add": QT_TRANSLATE_NOOP("AuditActions", "Third-party consent recorded"),
    "share.add": QT_TRANSLATE_NOOP("AuditActions", "Put on the notice to the partner"),
    "share.remove": QT_TRANSLATE_NOOP("AuditActions", "Taken off the notice to the partner"),
    "share.approve": QT_TRANSLATE_NOOP("AuditActions", "Notice to the partner approved"),
    "exchange.send": QT_TRANSLATE_NOOP("AuditActions", "Letter sent to the partner"),
    "exchange.write": QT_TRANSLATE_NOOP("AuditActions", "Letter to the partner written"),
}


def action_label(action: str) -> str:
    source = ACTION_LABELS.get(action)
    return QCoreApplication.translate("AuditActions", str(source)) if source else action


def detail_text(detail: dict[str, Any]) -> str:
    parts = []
    for key, value in sorted(detail.items()):
        shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        parts.append(f"{key}={shown}")
    return ", ".join(parts)


class AuditTableModel(RowTableModel[AuditEntry, Column]):
    columns = Column
    headers = HEADERS
    context = "AuditTableModel"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader: AuditReader | None = None
        self._filter = AuditFilter()
        self._more = False

    def set_reader(self, reader: AuditReader | None) -> None:
        self._reader = reader
        self.set_filter(self._filter)

    def set_filter(self, flt: AuditFilter) -> None:
        rows = self._reader(flt, PAGE_SIZE, 0) if self._reader is not None else []
        self._filter = flt
        self._more = len(rows) == PAGE_SIZE
        self.set_rows(rows)  # nothing is read during the reset (views may ask)

    @property
    def filter(self) -> AuditFilter:
        return self._filter

    def clear(self) -> None:
        self._reader = None
        self._more = False
        super().clear()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and self._reader is not None

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._reader is None:
            return
        more = self._reader(self._filter, PAGE_SIZE, len(self._rows))
        self._more = len(more) == PAGE_SIZE
        self.append_rows(more)

    def sort_value(self, entry: AuditEntry, column: Column) -> Any:
        return {Column.SEQ: entry.seq, Column.AT: entry.at, Column.OFFICER: entry.officer,
                Column.ACTION: entry.action, Column.RECORD: entry.record_id or "",
                Column.VERSION: entry.version or 0,
                Column.DETAIL: detail_text(entry.detail)}[column]

    def display(self, entry: AuditEntry, column: Column) -> str:
        return {Column.SEQ: str(entry.seq), Column.AT: format_stamp(entry.at),
                Column.OFFICER: entry.officer, Column.ACTION: action_label(entry.action),
                Column.RECORD: entry.record_id or "",
                Column.VERSION: "" if entry.version is None else str(entry.version),
                Column.DETAIL: detail_text(entry.detail)}[column]

    def role_data(self, entry: AuditEntry, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.ACTION:
            return entry.action
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.DETAIL:
            return detail_text(entry.detail)
        return None
