"""Right after unlock: the rebuilds a schema step flagged (services/rebuilds.py), shown with
what is rebuilt, why and how far, before the main window opens. The repair of Admin > Check
the vault… (ui/maintenance/check_dialog.py) runs its rebuilds in this dialog too.

The work runs on the thread pool under the session lock (ui/ops.py), as every vault call does,
so locking or quitting waits for the batch in hand instead of closing the vault under it.
It cannot be cancelled: each rebuild is one transaction, so stopping would throw away what
was done, and the vault is not fit to use before it ends (a search would miss records, an
export would pick records by the old rule). Quitting Shekara still stops it safely — the
transaction rolls back, the flag stays — and the dialog says that it then runs again at the
next unlock.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QElapsedTimer, QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from shekara.services.rebuilds import PendingRebuild
from shekara.services.session import Session
from shekara.ui import ops
from shekara.ui.i18n import fmt
from shekara.ui.messages import translated
from shekara.ui.widgets.labels import fit_to_wrapped_text

WIDTH = 560


class RebuildDialog(QDialog):
    """Not closable by the officer: it closes itself when the work ends (`finish`)."""

    def __init__(self, pending: Sequence[PendingRebuild], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rebuildDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.pending = list(pending)
        self._step = 0
        self._done = 0
        self._finished = False
        self.explain = QLabel()
        self.explain.setObjectName("rebuildExplain")
        self.explain.setWordWrap(True)
        self.items = QLabel()
        self.items.setObjectName("rebuildItems")
        self.items.setWordWrap(True)
        self.items.setTextFormat(Qt.TextFormat.RichText)
        self.step_label = QLabel()
        self.step_label.setObjectName("rebuildStep")
        bold = QFont(self.step_label.font())
        bold.setBold(True)
        self.step_label.setFont(bold)
        self.bar = QProgressBar()
        self.bar.setObjectName("rebuildProgress")
        self.bar.setTextVisible(False)
        # The only widget: it takes the focus, so a screen reader reads where the work is.
        self.bar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.count_label = QLabel()
        self.count_label.setObjectName("rebuildCount")
        # The search index's own merges can hold the count still for seconds (10 s measured
        # at 200,000 records): a clock that moves says the program is not hung.
        self.elapsed_label = QLabel()
        self.elapsed_label.setObjectName("rebuildElapsed")
        self._started = QElapsedTimer()
        self._started.start()
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._show_elapsed)
        self._clock.start()
        self.note = QLabel()
        self.note.setObjectName("rebuildNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.explain)
        layout.addWidget(self.items)
        where = QVBoxLayout()  # the step, its bar and its count read as one
        where.setSpacing(4)
        counts = QHBoxLayout()
        counts.addWidget(self.count_label)
        counts.addStretch(1)
        counts.addWidget(self.elapsed_label)
        for widget in (self.step_label, self.bar):
            where.addWidget(widget)
        where.addLayout(counts)
        layout.addLayout(where)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.resize(WIDTH, self.height())
        self.retranslate_ui()
        self.resize(WIDTH, self.minimumHeight())
        self.bar.setFocus()

    def retranslate_ui(self) -> None:
        # A repair (Admin > Check the vault…, or one interrupted and finished at the unlock)
        # says so: its items give the check as their reason, not a new version of Shekara.
        if self.pending and all(item.for_repair for item in self.pending):
            self.setWindowTitle(self.tr("Repairing the vault"))
            self.explain.setText(self.tr("Shekara makes this data again from the records:"))
        else:
            self.setWindowTitle(self.tr("Updating the vault"))
            self.explain.setText(self.tr(
                "This version of Shekara derives some data from the records in a new way. "
                "Before the vault opens, it brings that data up to date, once:"))
        self.items.setText("<ul style='margin-left: 0px; -qt-list-indent: 1;'>" + "".join(
            "<li><b>{}</b><br>{}</li>".format(
                html.escape(fmt(self.tr("%1 (%Ln record(s))", "", item.total),
                                translated(item.title))),
                html.escape(translated(item.reason)))
            for item in self.pending) + "</ul>")
        self.note.setText(self.tr(
            "It cannot be stopped part-way; on a large vault it takes several minutes. The "
            "records appear when it is done. If Shekara is closed before then, it runs again "
            "at the next unlock."))
        self._show_step()
        self._show_elapsed()
        fit_to_wrapped_text(self, WIDTH)

    def _show_step(self) -> None:
        if not self.pending:
            return
        rebuild = self.pending[self._step]
        title = translated(rebuild.title)
        if len(self.pending) > 1:
            title = fmt(self.tr("%1 (step %2 of %3)"), title, self._step + 1, len(self.pending))
        self.step_label.setText(title)
        count = fmt(self.tr("%1 of %Ln record(s)", "", rebuild.total),
                    QLocale().toString(self._done))
        self.count_label.setText(count)
        self.bar.setAccessibleName(title)
        self.bar.setAccessibleDescription(count)

    def _show_elapsed(self) -> None:
        seconds = self._started.elapsed() // 1000
        self.elapsed_label.setText(fmt(self.tr("Time so far: %1"),
                                       f"{seconds // 60}:{seconds % 60:02d}"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_progress(self, done: int, total: int, step: str) -> None:
        """A report from the worker: `step` is the index of the rebuild in `pending`."""
        self._step = min(int(step or 0), max(len(self.pending) - 1, 0))
        self._done = done
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total) if total > 0 else 1)
        self._show_step()

    @property
    def step(self) -> int:
        return self._step

    @property
    def records_done(self) -> int:
        return self._done

    # --- it stays until the work ends ---------------------------------------------------------
    def reject(self) -> None:
        """Escape and the window's close do nothing (QDialog's close asks `reject`): the work
        cannot be stopped part-way (module docstring)."""
        if self._finished:
            super().reject()

    def finish(self) -> None:
        self._finished = True
        self._clock.stop()
        self.accept()
        self.deleteLater()


def run_rebuilds(parent: QWidget, session: Session, pending: Sequence[PendingRebuild], *,
                 on_done: Callable[[], None],
                 on_error: Callable[[BaseException], None]) -> RebuildDialog:
    """Show the dialog and run `pending` in a worker; the dialog closes itself before
    `on_done` or `on_error` is called. Cancelling the operation (quitting) rolls the rebuild
    in hand back at its next batch."""
    dialog = RebuildDialog(pending, parent)
    rebuilds = list(pending)

    def work(progress: ops.Progress) -> None:
        for index, rebuild in enumerate(rebuilds):
            def report(done: int, total: int, step: str = str(index)) -> None:
                progress.check()
                progress.report(done, total, step)

            session.rebuilds.run(rebuild, report)

    def succeeded(_result: object) -> None:
        dialog.finish()
        on_done()

    def failed(err: BaseException) -> None:
        dialog.finish()
        on_error(err)

    dialog.show()
    ops.run(dialog, work, session=session, on_done=succeeded, on_error=failed,
            on_progress=dialog.show_progress)
    return dialog
