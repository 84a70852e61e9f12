"""The export wizard's notice for a vault restored from a backup and not yet acknowledged by HQ.

`services.export.export` refuses such a vault until HQ's acknowledgement is imported: packets
may have gone out after the backup was made, and the next one would repeat their numbers (a
fork at HQ). The notice says so on the contents page, before anything is written: what
happened, the safe way (HQ's acknowledgement imported from here, with a button, or through
Post > Import acknowledgement…), and for a supervisor a deliberate
second way, a tick that HQ has confirmed it received nothing after the backup (the service's
`after_restore`). The tick is off by default; an officer who is not a supervisor sees it
greyed out with whom to ask. The service stays the judge: the tick only passes the flag on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QPushButton, QVBoxLayout, QWidget

from shekara.services.export import RestoreNotice
from shekara.ui.i18n import fmt, format_stamp
from shekara.ui.widgets.labels import selectable_label


class RestoredPanel(QFrame):
    """Shown by `show_notice(notice, supervisor)`; hidden while there is no notice."""

    confirmed_changed = Signal(bool)  # the supervisor's tick
    import_requested = Signal()  # the safe way, without leaving the wizard

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoredPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#restoredPanel { background: #fff8e1; }")
        self.notice: RestoreNotice | None = None
        self.supervisor = False
        self.headline = selectable_label("restoredHeadline")
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.facts = selectable_label("restoredFacts")
        self.risk = selectable_label("restoredRisk")
        self.safe_way = selectable_label("restoredSafeWay")
        self.import_button = QPushButton()
        self.import_button.setObjectName("importAckFromExport")
        self.import_button.clicked.connect(self.import_requested.emit)
        self.confirm = QCheckBox()
        self.confirm.setObjectName("exportAfterRestore")
        self.confirm.toggled.connect(self.confirmed_changed.emit)
        self.confirm_hint = selectable_label("restoredConfirmHint")
        layout = QVBoxLayout(self)
        for label in (self.headline, self.facts, self.risk, self.safe_way):
            layout.addWidget(label)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.confirm)
        layout.addWidget(self.confirm_hint)
        self.hide()
        self.retranslate_ui()

    @property
    def confirmed(self) -> bool:
        return self.notice is not None and self.supervisor and self.confirm.isChecked()

    def show_notice(self, notice: RestoreNotice | None, supervisor: bool) -> None:
        """Show `notice` (None hides the panel). The tick starts off every time it is shown:
        a supervisor decides again after going back and forth."""
        self.notice = notice
        self.supervisor = supervisor
        self.confirm.setChecked(False)
        self.confirm.setEnabled(notice is not None and supervisor)
        self.setVisible(notice is not None)
        self._show()

    def retranslate_ui(self) -> None:
        self.headline.setText(self.tr("This vault was restored from a backup, and HQ's "
                                      "acknowledgement has not been imported since"))
        self.risk.setText(self.tr(
            "Packets exported after the backup are at HQ but not in this vault: the next packet "
            "would repeat their numbers, and HQ would set it aside as a fork instead of "
            "importing it."))
        self.safe_way.setText(self.tr(
            "The safe way: import HQ's newest acknowledgement (the button below, or Post > "
            "Import acknowledgement… in the main window), then export."))
        self.import_button.setText(self.tr("&Import HQ's acknowledgement…"))
        self.confirm.setText(self.tr("HQ has &confirmed it received nothing newer — export "
                                     "anyway"))
        self.confirm.setAccessibleDescription(self.tr(
            "Off: the export waits for HQ's acknowledgement"))
        self._show()

    def _show(self) -> None:
        notice = self.notice
        if notice is None:
            self.facts.clear()
            self.confirm_hint.clear()
            return
        if notice.restored_at and notice.backup_made_at:
            facts = fmt(self.tr("Restored on %1 from a backup made on %2."),
                        format_stamp(notice.restored_at), format_stamp(notice.backup_made_at))
        else:
            facts = self.tr("Restored from a backup.")
        if notice.last_packet:
            facts += " " + fmt(self.tr("The last packet this vault knows it sent is number %1."),
                               notice.last_packet)
        else:
            facts += " " + self.tr("This vault knows of no packet sent from this post.")
        self.facts.setText(facts)
        if self.supervisor and notice.last_packet:
            self.confirm_hint.setText(fmt(self.tr(
                "Tick only once HQ has confirmed, by telephone or in writing, that it has "
                "received no packet from this post after packet %1. The audit log records the "
                "tick with the export."), notice.last_packet))
        elif self.supervisor:
            self.confirm_hint.setText(self.tr(
                "Tick only once HQ has confirmed, by telephone or in writing, that it has "
                "received no packet from this post. The audit log records the tick with the "
                "export."))
        else:
            self.confirm_hint.setText(self.tr(
                "Only a supervisor may export or tick this: ask your post's shift supervisor."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
