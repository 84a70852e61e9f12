"""Admin > Check the vault…: what `shekara check --derived` does, in the window (issue 10: a
message naming the command names this screen too).

First SQLCipher's and SQLite's checks of every page (vault/maintenance.check), then the walk
that recomputes the derived data from the records and verifies the audit chain
(services/derived_check.py). The verdict is said per table in words, with at most the few
record ids the service names — never record content. When derived data disagrees, Repair
flags the rebuilds (`flag_repairs`, audited `vault.repair`), runs them in the rebuild dialog
of the unlock (ui/unlock/rebuild_dialog.py) and checks again.

The work runs on the thread pool under the session lock (ui/ops.py) — the derived walk is one
read snapshot on the shared connection, so it holds the lock from its first batch to its
last (seconds at a post, minutes at a large HQ). The dialog is window-modal for that reason:
the window behind it would wait for the lock at its next vault call. Cancel stops the walk at
its next batch (the page check is one SQLite statement and ends first); the check only reads,
so a stopped check leaves the vault as it was.

Neither check nor repair needs a supervisor, as on the command line: the check only reads and
names no content; a repair makes derived data again from the records — it changes no record
version and no audit entry, and it is audited — and a search index that misses records is a
danger on any shift, not one a lone officer should have to leave until a supervisor comes.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shekara.services import derived_check
from shekara.services.derived_check import DerivedReport, TableVerdict
from shekara.services.session import Session
from shekara.ui import ops
from shekara.ui.errors import show_error
from shekara.ui.i18n import fmt
from shekara.ui.messages import translated
from shekara.ui.unlock.rebuild_dialog import RebuildDialog, run_rebuilds
from shekara.ui.widgets.labels import fit_to_wrapped_text
from shekara.vault.maintenance import check

WIDTH = 620
GOOD, BAD = "color: #1B5E20;", "color: #B00020; font-weight: bold;"
PAGES, DERIVED = "pages", "derived"  # the step a progress report is about


@dataclass(frozen=True)
class CheckResult:
    problems: list[str]  # the page check's findings; the derived walk runs only without any
    report: DerivedReport | None


def run_check(session: Session, progress: ops.Progress) -> CheckResult:
    """The worker's part: pages, then the derived data (as `shekara check --derived`)."""
    progress.report(0, 0, PAGES)
    problems = check(session.vault.conn)
    progress.check()
    if problems:
        return CheckResult(problems, None)

    def walked(done: int, total: int) -> None:
        progress.check()  # Cancelled leaves the walk's read snapshot: nothing was written
        progress.report(done, total, DERIVED)

    return CheckResult([], session.derived.run(walked))


def _words(text: str) -> str:
    """A control's text as a sentence names it: no accelerator, no ellipsis."""
    return text.replace("&", "").rstrip("…").strip()


class CheckVaultDialog(QDialog):
    repaired = Signal()  # derived data was made again: lists and counts read it anew

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("checkVaultDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)  # module docstring
        self.operation: ops.Operation | None = None
        self.outcome: CheckResult | None = None
        self.stopped = False  # the last check was cancelled
        self.rebuild_dialog: RebuildDialog | None = None  # while a repair's rebuilds run
        self._step = ""
        self._done = self._total = 0
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.step_label = QLabel()
        self.step_label.setObjectName("checkStep")
        bold = QFont(self.step_label.font())
        bold.setBold(True)
        self.step_label.setFont(bold)
        self.bar = QProgressBar()
        self.bar.setObjectName("checkProgress")
        self.bar.setTextVisible(False)
        self.count_label = QLabel()
        self.count_label.setObjectName("checkCount")
        self.verdict = QLabel()
        self.verdict.setObjectName("checkVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice = QLabel()
        self.advice.setObjectName("checkAdvice")
        self.advice.setWordWrap(True)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.start_button = QPushButton()
        self.start_button.setObjectName("startCheck")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.repair_button = QPushButton()
        self.repair_button.setObjectName("repairVault")
        self.repair_button.clicked.connect(self.repair)
        self.close_button = QPushButton()  # Cancel while a check runs, Close otherwise
        self.close_button.setObjectName("closeCheck")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.repair_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.explain)
        for widget in (self.step_label, self.bar, self.count_label, self.verdict, self.advice):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(WIDTH, 300)
        self.retranslate_ui()

    # --- texts ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Check the vault"))
        self.explain.setText(self.tr(
            "Checks every page of the vault, then makes again from the records what the vault "
            "keeps beside them (the record list, the counts, the search index) and compares, "
            "and verifies the audit chain. It only reads. On a large vault it takes minutes; "
            "the window waits meanwhile."))
        self.start_button.setText(self.tr("Check &again") if self.outcome or self.stopped
                                  else self.tr("&Start the check"))
        self.repair_button.setText(self.tr("&Repair"))
        self.close_button.setText(self.tr("&Cancel") if self.running else self.tr("&Close"))
        self._show_progress()
        self._show_result()
        fit_to_wrapped_text(self, WIDTH)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @property
    def running(self) -> bool:
        return self.operation is not None

    def _show_progress(self) -> None:
        running = self.running
        for widget in (self.step_label, self.bar, self.count_label):
            widget.setVisible(running)
        self.start_button.setEnabled(not running)
        self.repair_button.setVisible(self._repairable() and not running)
        if not running:
            return
        if self._step == DERIVED:
            step = translated(derived_check.TITLE)
            self.count_label.setText(fmt(self.tr("%1 of %Ln record(s)", "", self._total),
                                         QLocale().toString(self._done)))
        else:
            step = self.tr("Checking every page of the vault…")
            self.count_label.clear()
        if self.operation is not None and self.operation.is_cancelled:
            step = self.tr("Stopping the check…")
        self.step_label.setText(step)
        self.bar.setAccessibleName(step)

    def _repairable(self) -> bool:
        """Derived data disagrees and the audit chain is intact (a broken chain is evidence:
        so is the derived data of a vault changed behind Shekara's back — it is kept)."""
        report = self.outcome.report if self.outcome else None
        return report is not None and report.audit.ok and bool(report.repairs)

    def _show_result(self) -> None:
        if self.running or (self.outcome is None and not self.stopped):
            self.verdict.clear()
            self.advice.clear()
            return
        if self.outcome is None:
            self.verdict.clear()
            self._advise(self.tr("The check was stopped before it ended. Nothing was "
                                 "changed."), "")
            return
        restore = _words(QCoreApplication.translate("UnlockWindow", "&Restore from a backup…"))
        aside = _words(QCoreApplication.translate("RestoreDialog",
                                                  "Put the &vault that is there now aside"))
        report = self.outcome.report
        if report is None:
            self.verdict.setText(html.escape(fmt(self.tr(
                "The page check found: %1"), self.outcome.problems[0][:200])))
            self._advise(fmt(self.tr(
                "The vault is damaged: some of its pages fail their check. This cannot be "
                "repaired here. Lock the vault and bring back the newest backup (%1 on the "
                "unlock screen, with \"%2\" ticked, so that this vault is kept)."),
                restore, aside), BAD)
            return
        self.verdict.setText(self._verdict_html(report))
        if not report.audit.ok:
            self._advise(fmt(self.tr(
                "The audit chain is broken. It cannot be repaired: it is evidence, and so is "
                "the rest of this vault as it is now. Do not change it; tell your supervisor. "
                "To compare, lock the vault and bring back the newest backup (%1 on the unlock "
                "screen, with \"%2\" ticked, so that this vault is kept)."), restore, aside),
                BAD)
        elif report.repairs:
            self._advise(self.tr(
                "Some derived data disagrees with the records. Repair makes it again from the "
                "records; it changes no record and no audit entry, and it is written in the "
                "audit log. It cannot be stopped part-way; then the vault is checked again."),
                BAD)
        else:
            self._advise(self.tr("Everything agrees with the records, and the audit chain is "
                                 "intact."), GOOD)

    def _advise(self, text: str, style: str) -> None:
        self.advice.setStyleSheet(style)
        self.advice.setText(text)

    def _verdict_html(self, report: DerivedReport) -> str:
        # (line, whether it is a finding): what disagrees is in bold, to be found at a glance
        lines = [(self._table_line(verdict), not verdict.ok) for verdict in report.tables]
        chain = report.audit
        if chain.ok:
            lines.append((self.tr("the audit chain: intact, %Ln entries", "", chain.entries),
                          False))
        else:
            lines.append((fmt(self.tr("the audit chain: broken at entry %1 (%2)"),
                              chain.broken_at or "?",
                              translated(chain.reason) if chain.reason else ""), True))
        head = self.tr("%Ln record(s) checked against their newest versions:", "",
                       report.records)
        items = "".join(f"<li><b>{html.escape(line)}</b></li>" if finding
                        else f"<li>{html.escape(line)}</li>" for line, finding in lines)
        return (html.escape(head) + "<ul style='margin-left: 0px; -qt-list-indent: 1;'>"
                + items + "</ul>")

    def _table_line(self, verdict: TableVerdict) -> str:
        title = translated(verdict.table.title)
        if verdict.ok:
            return fmt(self.tr("%1: agrees"), title)
        parts = []
        if verdict.disagree:
            parts.append(self.tr("%Ln record(s) disagree", "", verdict.disagree))
        if verdict.stray:
            parts.append(self.tr("%Ln entr(ies) of no record", "", verdict.stray))
        line = fmt(self.tr("%1: %2"), title, ", ".join(parts))
        if verdict.sample:  # ids only, as the command prints them: enough to look one up
            line += " " + fmt(self.tr("(for example %1)"), ", ".join(verdict.sample))
        return line

    # --- the check --------------------------------------------------------------------------
    def start(self) -> ops.Operation | None:
        if self.running:
            return None
        self.outcome, self.stopped = None, False
        self._step, self._done, self._total = PAGES, 0, 0
        self.bar.setRange(0, 0)  # the page check says nothing of its progress
        session = self.session
        self.operation = ops.run(self, lambda progress: run_check(session, progress),
                                 session=session, on_done=self._checked,
                                 on_error=self._failed, on_progress=self._progressed)
        self.retranslate_ui()
        self.bar.setFocus()  # a screen reader follows the work
        return self.operation

    def _progressed(self, done: int, total: int, step: str) -> None:
        self._step, self._done, self._total = step, done, total
        if step == DERIVED:
            self.bar.setRange(0, max(total, 1))
            self.bar.setValue(min(done, total) if total > 0 else 1)
        self._show_progress()

    def _checked(self, result: object) -> None:
        self.operation = None
        if isinstance(result, CheckResult):
            self.outcome = result
        self.retranslate_ui()
        self.start_button.setFocus()

    def _failed(self, err: BaseException) -> None:
        self.operation = None
        self.stopped = isinstance(err, ops.Cancelled)
        self.retranslate_ui()
        if not self.stopped:
            show_error(self, err)

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
            self._show_progress()

    def reject(self) -> None:
        """Cancel (Escape, the window's close) stops a running check first; the next press
        closes. A lock of the vault closes at once: the running check then stops itself."""
        if self.running and not (self.operation and self.operation.is_cancelled):
            self.cancel()
            return
        super().reject()

    # --- the repair -------------------------------------------------------------------------
    def repair(self) -> None:
        report = self.outcome.report if self.outcome else None
        if self.running or report is None or not self._repairable():
            return
        session = self.session
        try:
            with ops.locked(session):
                session.derived.flag_repairs(report)  # audited: vault.repair
                pending = session.rebuilds.pending()
        except Exception as err:  # shown, as every vault call's error is
            show_error(self, err)
            return
        self.outcome = None
        self.repair_button.hide()
        # The flags stay set if the rebuilds do not end (Shekara closed, the vault locked):
        # they run again at the next unlock, as the rebuild dialog says.
        self.rebuild_dialog = run_rebuilds(self, session, pending, on_done=self._repaired,
                                           on_error=self._repair_failed)

    def _repaired(self) -> None:
        self.rebuild_dialog = None
        self.repaired.emit()
        self.start()

    def _repair_failed(self, err: BaseException) -> None:
        self.rebuild_dialog = None
        self.repaired.emit()  # what was done before the failure is there
        self.retranslate_ui()
        if not isinstance(err, ops.Cancelled):
            show_error(self, err)
