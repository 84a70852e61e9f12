"""The review and print actions of the main window: approve, send back, withdraw, print the
incident report, and the summary, statistics, request and refusal documents, the check of a
printed document against the vault, and the record's history.

One set of QActions serves the menu bar, the review queue's buttons and context menu, the
record list's context menu and the toolbar of an opened record: each acts on the records of
the tab in front (`targets`), so a shortcut does the same thing wherever it is pressed.
Refusals (four-eyes, role, state) come from the services and show in the one error dialog.
"""

from __future__ import annotations

import inspect
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from shekara.errors import ShekaraError
from shekara.services.session import Session
from shekara.ui import theme
from shekara.ui.editors import RecordEditorPage
from shekara.ui.editors.context import ui_language
from shekara.ui.editors.dialogs import ask_text
from shekara.ui.errors import show_error
from shekara.ui.i18n import fmt
from shekara.ui.ops import locked
from shekara.ui.reports import (
    open_incident_report,
    open_refusal_report,
    open_request_report,
    open_summary_report,
)
from shekara.ui.reports.period_dialog import SummaryChoice, ask_summary, party_checkpoints
from shekara.ui.review.history import RecordHistoryDialog
from shekara.ui.review.text import translate


@dataclass(frozen=True)
class RecordTarget:
    """A record the actions would act on: a row selected, or the record opened."""

    id: str
    version: int
    state: str  # draft, approved, exported, acknowledged, withdrawn
    author: str
    unsaved: bool = False  # an opened record with changes not saved yet


Targets = Callable[[], Sequence[RecordTarget]]


class RecordActions(QObject):
    changed = Signal(list)  # ids of the records approved, sent back or withdrawn

    def __init__(self, parent: QWidget, session: Session, targets: Targets) -> None:
        super().__init__(parent)
        self.session = session
        # Weakly: the window owns these actions, and a cycle back to it would keep a locked
        # window's wrapper alive until the next garbage collection.
        self._targets = weakref.WeakMethod(targets) if inspect.ismethod(targets) else \
            (lambda: targets)
        self.supervisor = session.vault.role == "supervisor"
        # Replaced in tests; the real ones ask with modal dialogs and the shell's error box.
        self.ask_comment: Callable[[], str | None] = lambda: ask_text(
            self.window, translate("Review", "Send back to the author"),
            translate("Review", "What should the author change? (required)"))
        self.ask_withdraw_reason: Callable[[], str | None] = lambda: ask_text(
            self.window, translate("Review", "Withdraw the record"),
            translate("Review", "Why is this record withdrawn? It is kept, marked withdrawn, "
                      "and the withdrawal travels to HQ. (required)"))
        self.confirm_many: Callable[[int], bool] = self._confirm_many
        self.ask_summary: Callable[[], SummaryChoice | None] = lambda: ask_summary(
            self.window, party_checkpoints(session.ref, session.vault.party, ui_language()))
        self.choose: Callable[[str, list[str]], int | None] = self._choose
        self.report_error: Callable[[BaseException], object] = \
            lambda e: show_error(self.window, e)

        def action(name: str, icon: str | None, shortcut: str | None) -> QAction:
            act = QAction(parent)
            act.setObjectName(name)
            if icon:
                act.setIcon(theme.icon(icon))
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            parent.addAction(act)
            return act

        self.act_approve = action("actApproveDrafts", None, "Ctrl+Shift+A")
        self.act_send_back = action("actSendBack", None, "Ctrl+Shift+B")
        self.act_withdraw = action("actWithdraw", None, "Ctrl+Shift+W")
        self.act_print = action("actPrintIncident", None, "Ctrl+P")
        self.act_summary = action("actPrintSummary", None, None)
        self.act_request = action("actPrintRequest", None, None)
        self.act_refusal = action("actPrintRefusal", None, None)
        # Art. 3.1.2 counts without names, PDF or CSV (`shekara report statistics`).
        self.act_statistics = action("actStatistics", None, None)
        # Paper against the vault (`shekara report verify`): every printed QR caption names it.
        self.act_verify = action("actVerifyPaper", None, None)
        # Every version of the record in front, each compared with the one before (at a post
        # and at HQ, for every role: reading a record is everyone's).
        self.act_history = action("actRecordHistory", None, "Ctrl+Shift+H")
        self.histories: list[QDialog] = []  # open, one per record; they close with the window
        parent.installEventFilter(self)
        post = session.vault.mode == "post"  # HQ receives approved records: nothing to review
        for act in (self.act_approve, self.act_send_back):
            act.setVisible(self.supervisor and post)  # officers do not see what they may not do
        self.act_withdraw.setVisible(post)
        self.act_approve.triggered.connect(self.approve)
        self.act_send_back.triggered.connect(self.send_back)
        self.act_withdraw.triggered.connect(self.withdraw)
        self.act_print.triggered.connect(self.print_incident)
        self.act_summary.triggered.connect(self.print_summary)
        self.act_request.triggered.connect(self.print_request)
        self.act_refusal.triggered.connect(self.print_refusal)
        self.act_verify.triggered.connect(self.verify_paper)
        self.act_statistics.triggered.connect(self.open_statistics)
        self.act_history.triggered.connect(self.show_history)
        self.retranslate_ui()

    @property
    def window(self) -> QWidget:
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent

    def targets(self) -> Sequence[RecordTarget]:
        targets = self._targets()
        return targets() if targets is not None else []

    @property
    def review_actions(self) -> list[QAction]:
        return [self.act_approve, self.act_send_back, self.act_withdraw]

    @property
    def document_actions(self) -> list[QAction]:
        return [self.act_summary, self.act_statistics, self.act_request, self.act_refusal]

    def retranslate_ui(self) -> None:
        texts = {
            self.act_approve: translate("RecordActions", "&Approve"),
            self.act_send_back: translate("RecordActions", "&Send back…"),
            self.act_withdraw: translate("RecordActions", "&Withdraw…"),
            self.act_print: translate("RecordActions", "&Print incident report…"),
            self.act_summary: translate("RecordActions", "Period &summary…"),
            self.act_request: translate("RecordActions", "&Request (Art. 8)…"),
            self.act_refusal: translate("RecordActions", "Re&fusal notice (Art. 9)…"),
            self.act_verify: translate("RecordActions", "&Check a printed document…"),
            self.act_statistics: translate("RecordActions", "S&tatistics (counts, no names)…"),
            self.act_history: translate("RecordActions", "H&istory…"),
        }
        for act, text in texts.items():
            act.setText(text)
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            plain = text.replace("&", "").rstrip("…")
            act.setToolTip(f"{plain} ({keys})" if keys else plain)

    def update_enabled(self) -> None:
        """After a selection or tab change: what the records in front allow."""
        chosen = list(self.targets())
        drafts = bool(chosen) and all(t.state == "draft" for t in chosen)
        self.act_approve.setEnabled(self.act_approve.isVisible() and drafts)
        self.act_send_back.setEnabled(self.act_send_back.isVisible() and drafts and
                                      len(chosen) == 1)
        own_first_draft = len(chosen) == 1 and chosen[0].state == "draft" and \
            chosen[0].version == 1 and chosen[0].author == self.session.vault.officer
        self.act_withdraw.setEnabled(self.act_withdraw.isVisible() and len(chosen) == 1 and
                                     chosen[0].state != "withdrawn" and
                                     (self.supervisor or own_first_draft))
        self.act_print.setEnabled(len(chosen) == 1)
        self.act_history.setEnabled(len(chosen) == 1)

    # --- decisions --------------------------------------------------------------------------
    def _decided(self, ids: list[str], work: Callable[[], object]) -> bool:
        try:
            with locked(self.session):
                work()
        except ShekaraError as err:
            self.report_error(err)
            return False
        self.changed.emit(ids)
        self.update_enabled()
        return True

    def _unsaved(self, chosen: Sequence[RecordTarget]) -> bool:
        if any(t.unsaved for t in chosen):
            QMessageBox.information(self.window, translate("RecordActions", "Unsaved changes"),
                                    translate("RecordActions", "Save or discard the changes "
                                              "first: a decision is about the saved version."))
            return True
        return False

    def approve(self) -> bool:
        chosen = list(self.targets())
        if not chosen or self._unsaved(chosen):
            return False
        ids = [t.id for t in chosen]
        if len(ids) > 1 and not self.confirm_many(len(ids)):
            return False
        return self._decided(ids, lambda: self.session.review.approve_many(ids))

    def send_back(self) -> bool:
        chosen = list(self.targets())
        if len(chosen) != 1 or self._unsaved(chosen):
            return False
        comment = self.ask_comment()
        if not comment:
            return False
        return self._decided([chosen[0].id],
                             lambda: self.session.review.send_back(chosen[0].id, comment))

    def withdraw(self) -> bool:
        chosen = list(self.targets())
        if len(chosen) != 1 or self._unsaved(chosen):
            return False
        reason = self.ask_withdraw_reason()
        if not reason:
            return False
        return self._decided([chosen[0].id],
                             lambda: self.session.review.withdraw(chosen[0].id, reason))

    def _confirm_many(self, count: int) -> bool:
        answer = QMessageBox.question(
            self.window, translate("RecordActions", "Approve drafts"),
            fmt(translate("RecordActions", "Approve the %1 drafts selected? All are approved "
                          "together, or none if one of them may not be."), count))
        return answer == QMessageBox.StandardButton.Yes

    # --- history ----------------------------------------------------------------------------
    def show_history(self) -> QDialog | None:
        """The history of the one record in front: an opened record's own (its History…
        button's window), or for the row selected a window of its own, raised if it is open."""
        chosen = list(self.targets())
        if len(chosen) != 1:
            return None
        record_id = chosen[0].id
        for page in self.window.findChildren(RecordEditorPage):
            if page.record_id == record_id and page.isVisible():
                return page.history_button.open_history()
        for dialog in self.histories:
            if isinstance(dialog, RecordHistoryDialog) and dialog.record_id == record_id:
                dialog.raise_()
                dialog.activateWindow()
                return dialog
        dialog = RecordHistoryDialog(self.session, record_id, self.window)
        self.histories.append(dialog)
        dialog.finished.connect(lambda _result: self._history_closed(dialog))
        dialog.show()
        return dialog

    def _history_closed(self, dialog: QDialog) -> None:
        if dialog in self.histories:
            self.histories.remove(dialog)
        dialog.deleteLater()

    def close_histories(self) -> None:
        for dialog in list(self.histories):
            dialog.reject()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The window closes to lock the vault (or to quit): no version stays on screen.
        if watched is self.parent() and event.type() == QEvent.Type.Close:
            self.close_histories()
        return False

    # --- documents --------------------------------------------------------------------------
    def print_incident(self) -> object:
        """The incident report of the saved version of the record in front."""
        chosen = list(self.targets())
        if len(chosen) != 1:
            return None
        return open_incident_report(self.window, self.session, chosen[0].id, chosen[0].version)

    def print_summary(self) -> object:
        """The period summary of every crossing point, or of the one chosen."""
        choice = self.ask_summary()
        if choice is None:
            return None
        start, end, checkpoint = choice
        return open_summary_report(self.window, self.session, start, end, checkpoint)

    def _choose(self, title: str, items: list[str]) -> int | None:
        if not items:
            QMessageBox.information(self.window, title,
                                    translate("RecordActions", "There is nothing to print yet."))
            return None
        text, ok = QInputDialog.getItem(self.window, title, title, items, 0, False)
        return items.index(text) if ok and text in items else None

    def open_statistics(self) -> QWidget:
        from shekara.ui.reports.statistics_dialog import StatisticsDialog

        dialog = StatisticsDialog(self.session, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def verify_paper(self) -> QWidget:
        from shekara.ui.reports.verify_dialog import VerifyDocumentDialog

        dialog = VerifyDocumentDialog(self.session, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def print_request(self) -> object:
        with locked(self.session):
            requests = self.session.requests.list_requests(limit=500)
        labels = [f"{r.reference or r.id[:8]} · {r.dated_on} · {r.to_authority}"
                  for r in requests]
        chosen = self.choose(translate("RecordActions", "Which request?"), labels)
        if chosen is None:
            return None
        return open_request_report(self.window, self.session, requests[chosen].id)

    def print_refusal(self) -> object:
        with locked(self.session):
            refusals = [(r, refusal) for r in self.session.requests.list_requests(limit=500)
                        if r.refusals
                        for refusal in self.session.requests.show(r.id).refusals]
        labels = [f"{r.reference or r.id[:8]} · {refusal.created_at[:10]}"
                  for r, refusal in refusals]
        chosen = self.choose(translate("RecordActions", "Which refusal?"), labels)
        if chosen is None:
            return None
        return open_refusal_report(self.window, self.session, refusals[chosen][1].id)
