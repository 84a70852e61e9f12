"""HQ: information received from the partner (Art. 10, issue 9 §5). The list of facts (state,
article, the partner's registration number), one fact opened read-only under the partner's
handling restrictions, and importing the partner's letters (file chooser → one outcome per
file). Received facts are kept apart from HQ's own records and are never sent on."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shekara.services.drives import removable_drives
from shekara.services.exchange_receive import ExchangeOutcome
from shekara.services.received import ShownFact
from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.errors import show_error
from shekara.ui.exchange.consent import ConsentDialog
from shekara.ui.exchange.preview import fact_lines, handling_lines, person_line
from shekara.ui.exchange.received_models import (
    FactColumn,
    LetterOutcomeTableModel,
    OutcomeColumn,
    ReceivedTableModel,
)
from shekara.ui.exchange.tables import table_view
from shekara.ui.exchange.texts import FACT_STATES, word
from shekara.ui.i18n import fmt, format_stamp
from shekara.ui.reports.opening import Shown, open_report
from shekara.ui.widgets.columns import set_column_widths
from shekara.ui.widgets.destination import DriveLister
from shekara.vault.received_store import ReceivedFact

BANNER_STYLE = ("background: #FDECEA; color: #8B0000; border: 2px solid #B00020; "
                "padding: 8px; font-weight: bold;")
LIST_LIMIT = 1000
OUTCOME_WIDTHS = {OutcomeColumn.FILE: 260, OutcomeColumn.LETTER: 150, OutcomeColumn.PACKET: 60,
                  OutcomeColumn.OUTCOME: 150}


class ReceivedDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 list_drives: DriveLister = removable_drives) -> None:
        super().__init__(parent)
        self.session = session
        self._list_drives = list_drives
        self._loading = False
        self._seq = 0  # a search answered after a newer one is dropped
        self.fact_dialog: ReceivedFactDialog | None = None
        self.import_dialog: LetterImportDialog | None = None
        self.setObjectName("receivedDialog")
        self.setWindowIcon(theme.icon("import"))
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.search_label = QLabel()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchReceived")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(200)
        self.search_edit.returnPressed.connect(self.reload)
        self.search_edit.textChanged.connect(lambda text: None if text.strip() else self.reload())
        self.search_label.setBuddy(self.search_edit)
        self.model = ReceivedTableModel(session.ref, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(ReceivedTableModel.SortRole)
        self.view = table_view("receivedTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(FactColumn.RECEIVED, Qt.SortOrder.DescendingOrder)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openReceived")
        self.open_button.setIcon(theme.icon("open"))
        self.open_button.clicked.connect(self.open_selected)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importLetters")
        self.import_button.setIcon(theme.icon("import"))
        self.import_button.clicked.connect(self.open_import)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshReceived")
        self.refresh_button.setIcon(theme.icon("refresh"))
        self.refresh_button.clicked.connect(self.reload)
        actions = QHBoxLayout()
        for button in (self.open_button, self.import_button, self.refresh_button):
            actions.addWidget(button)
        actions.addSpacing(12)
        actions.addWidget(self.search_label)
        actions.addWidget(self.search_edit, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(actions)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(1120, 560)
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Received information"))
        self.explain.setText(self.tr(
            "Facts the other Party's central authority sent, under its handling restrictions. "
            "They are kept apart from our own records and are never sent on."))
        self.view.setAccessibleName(self.tr("Received facts"))
        self.open_button.setText(self.tr("&Open"))
        self.import_button.setText(self.tr("&Import letters…"))
        self.refresh_button.setText(self.tr("&Refresh"))
        if self.model.rowCount() >= LIST_LIMIT:
            self.empty_label.setText(fmt(self.tr(
                "Only the newest %1 received facts are listed: search by a name or the "
                "partner's number to find older ones."), LIST_LIMIT))
        else:
            self.empty_label.setText(self.tr("Nothing received from the partner yet.")
                                     if not self.search_edit.text().strip()
                                     else self.tr("No received fact matches."))
        self.search_label.setText(self.tr("&Search:"))
        self.search_edit.setPlaceholderText(
            self.tr("name in any script, the partner's number… (Enter)"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @property
    def loading(self) -> bool:
        return self._loading

    def reload(self) -> ops.Operation:
        """The newest received facts, or those matching what is typed (across scripts, or a
        registration number)."""
        self._loading = True
        self._seq += 1
        seq = self._seq
        session = self.session
        text = self.search_edit.text().strip()

        def work(_progress: ops.Progress) -> list[ReceivedFact]:
            service = session.received
            return service.search(text, limit=LIST_LIMIT) if text else \
                service.heads(limit=LIST_LIMIT)

        return ops.run(self, work, session=session,
                       on_done=lambda rows: self._loaded(rows) if seq == self._seq else None,
                       on_error=self._failed)

    def _loaded(self, rows: object) -> None:
        self._loading = False
        self.model.set_rows(rows if isinstance(rows, list) else [])
        self.retranslate_ui()
        full = self.model.rowCount() >= LIST_LIMIT  # never cut silently (retranslate_ui)
        self.empty_label.setVisible(self.model.rowCount() == 0 or full)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        self._update_buttons()

    def _failed(self, err: BaseException) -> None:
        self._loading = False
        show_error(self, err)

    def selected_fact(self) -> ReceivedFact | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected_fact() is not None)

    def _activated(self, _index: QModelIndex) -> None:
        self.open_selected()

    def open_selected(self) -> ops.Operation | None:
        fact = self.selected_fact()
        if fact is None:
            return None
        session = self.session
        fact_id = fact.id

        def work(_progress: ops.Progress) -> ShownFact:
            return session.received.show(fact_id)  # audited

        return ops.run(self, work, session=session, on_done=self._show_fact,
                       on_error=self._failed_quietly)

    def _failed_quietly(self, err: BaseException) -> None:
        show_error(self, err)

    def _show_fact(self, shown: object) -> None:
        if not isinstance(shown, ShownFact):
            return
        dialog = ReceivedFactDialog(shown, self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.fact_dialog = dialog
        dialog.open()

    def open_import(self) -> LetterImportDialog:
        dialog = LetterImportDialog(self.session, self, list_drives=self._list_drives)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _outcomes: self.reload())
        self.import_dialog = dialog
        dialog.open()
        return dialog


class ReceivedFactDialog(QDialog):
    """One received fact, read-only, with the partner's handling restrictions on top."""

    def __init__(self, shown: ShownFact, session: Session,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown = shown
        self.session = session
        self.setObjectName("receivedFactDialog")
        self.banner = QLabel()
        self.banner.setObjectName("handlingBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.text = QPlainTextEdit()
        self.text.setObjectName("receivedFactText")
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.print_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("printReceived")
        self.print_button.clicked.connect(self.print_fact)
        self.print_button.setEnabled(shown.current.state != "destroyed")
        self.consent_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.consent_button.setObjectName("addConsent")
        self.consent_button.clicked.connect(self.add_consent)
        self.consent_dialog: ConsentDialog | None = None
        self._update_consent_button()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(760, 620)

    def retranslate_ui(self) -> None:
        fact = self.shown.current
        ref = self.session.ref
        self.setWindowTitle(fmt(self.tr("Received from %1: %2"), fact.partner,
                                fact.registration_number or fact.id[:8]))
        handling = fact.data.get("handling") or {}
        self.banner.setText("\n".join(
            [fmt(self.tr("Information of %1 — handle as it says:"), fact.partner),
             *handling_lines(handling, ref)]))
        self.banner.setAccessibleName(self.tr("The partner's handling restrictions"))
        self.text.setAccessibleName(self.tr("The received fact"))
        self.text.setPlainText("\n".join(self.lines()))
        self.print_button.setText(self.tr("&Print…"))
        self.consent_button.setText(self.tr("Record &consent…"))

    def lines(self) -> list[str]:
        fact = self.shown.current
        ref = self.session.ref
        lines = [fmt(self.tr("State: %1"), word(FACT_STATES, fact.state)),
                 fmt(self.tr("Partner's registration number: %1"),
                     fact.registration_number or "—"),
                 fmt(self.tr("Article: %1"), fact.article),
                 fmt(self.tr("Letter %1 (packet %2), received %3"), fact.letter_number,
                     fact.packet_seq, format_stamp(fact.received_at)),
                 fmt(self.tr("Version %1 of %2"), fact.version, max(self.shown.versions))]
        if fact.state == "destroyed":
            lines += ["", self.tr("Destroyed at the partner's request (Art. 10.3): only the "
                                  "trace that it was received is kept.")]
            return lines
        lines += ["", *fact_lines(fact.data, ref), ""]
        persons = list(fact.data.get("persons") or [])
        lines.append(self.tr("Persons (%n):", "", len(persons)))
        lines += ["  • " + person_line(p, ref) for p in persons]
        if fact.withheld_persons:
            lines.append(self.tr("The partner withheld %n person(s); ask for them by a "
                                 "request when needed (Art. 8).", "", fact.withheld_persons))
        if self.shown.consents:
            lines += ["", self.tr("Written consents to pass it on (Art. 10.2):")]
            for consent in self.shown.consents:
                lines.append("  • " + fmt(self.tr("%1 — to %2"), consent.registration_number,
                                          consent.third_party))
        return lines

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def consent_blocked_reason(self) -> str | None:
        if self.shown.current.state == "destroyed":
            return self.tr("Destroyed at the partner's request: there is nothing to pass on.")
        if self.session.vault.role != "supervisor":
            return self.tr("Only a supervisor records a consent.")
        return None

    def _update_consent_button(self) -> None:
        reason = self.consent_blocked_reason()
        self.consent_button.setEnabled(reason is None)
        self.consent_button.setToolTip(reason or "")

    def add_consent(self) -> ConsentDialog | None:
        """The partner's written consent to pass this fact on (Art. 10.2), as it came."""
        if self.consent_blocked_reason() is not None:
            return None
        fact = self.shown.current
        dialog = ConsentDialog(self.session, fact.id, fact.registration_number or fact.id[:8],
                               self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._consent_added)
        self.consent_dialog = dialog
        dialog.open()
        return dialog

    def _consent_added(self) -> None:
        self.shown = replace(self.shown, consents=self.session.received.consents(
            self.shown.current.id))
        self.retranslate_ui()

    def print_fact(self, *, on_shown: Shown | None = None) -> ops.Operation:
        """The fact on paper, under the partner's handling restrictions (audited)."""
        session = self.session
        fact = self.shown.current
        return open_report(self, session, lambda _reports: session.received.report(
            fact.id, fact.version), on_shown=on_shown)


class LetterImportDialog(QDialog):
    """The partner's letters (exchange packets) from files: one outcome row per file."""

    imported = Signal(object)  # the list of ExchangeOutcome of one run

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 list_drives: DriveLister = removable_drives) -> None:
        super().__init__(parent)
        self.session = session
        self._op: ops.Operation | None = None
        self._start: Path | None = None
        self.setObjectName("letterImportDialog")
        self.setWindowIcon(theme.icon("import"))
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.files_button = QPushButton()
        self.files_button.setObjectName("importLetterFiles")
        self.files_button.setIcon(theme.icon("import"))
        self.files_button.clicked.connect(self.choose_files)
        self.model = LetterOutcomeTableModel(self)
        self.view = table_view("letterOutcomeTable")
        self.view.setModel(self.model)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the number is at the end
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        set_column_widths(self.view, OUTCOME_WIDTHS)
        self.summary = QLabel()
        self.summary.setObjectName("letterImportSummary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.files_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(900, 440)
        ops.run(self, lambda _progress: list_drives(), on_done=self._drives_listed)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import the partner's letters"))
        self.explain.setText(self.tr(
            "Choose the partner's letter files (shekara-<partner>-exchange-<number>.shk). Each "
            "is checked (signature first), then imported, recognised as a duplicate, held "
            "until the letters before it arrive, quarantined as a fork, or refused with the "
            "reason."))
        self.files_button.setText(self.tr("Import &files…"))
        self.view.setAccessibleName(self.tr("Outcome per file"))
        self.model.retranslate()
        if self._op is None and self.model.rowCount():
            self._show_summary()  # in the new language too

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @property
    def busy(self) -> bool:
        return self._op is not None

    def _drives_listed(self, found: object) -> None:
        if isinstance(found, list) and found:
            self._start = found[0].path

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("The partner's letters"), str(self._start or Path.home()),
            self.tr("Shekara packets (*.shk);;All files (*)"))
        if names:
            self.import_files([Path(n) for n in sorted(names)])

    def import_files(self, paths: list[Path]) -> ops.Operation | None:
        if self._op is not None or not paths:
            return None
        self.files_button.setEnabled(False)
        self.summary.setText(self.tr("Importing…"))
        session = self.session

        def work(_progress: ops.Progress) -> list[ExchangeOutcome]:
            return session.partner.import_files(paths)

        self._op = ops.run(self, work, session=session, on_done=self._done,
                           on_error=self._failed)
        return self._op

    def _done(self, outcomes: object) -> None:
        self._op = None
        self.files_button.setEnabled(True)
        rows = [o for o in outcomes if isinstance(o, ExchangeOutcome)] \
            if isinstance(outcomes, list) else []
        self.model.append_rows(rows)
        self._show_summary()
        self.imported.emit(rows)

    def _show_summary(self) -> None:
        done = self.model.rows()
        count = {s: sum(1 for o in done if o.status == s)
                 for s in ("imported", "duplicate", "held", "fork", "refused")}
        self.summary.setText(fmt(self.tr("%n file(s): %1 imported, %2 duplicate, %3 held, "
                                         "%4 fork(s), %5 refused.", "", len(done)),
                                 count["imported"], count["duplicate"], count["held"],
                                 count["fork"], count["refused"]))

    def _failed(self, err: BaseException) -> None:
        self._op = None
        self.files_button.setEnabled(True)
        self.summary.setText("")
        show_error(self, err)
