"""HQ: what goes to the other Party (Art. 4, 6, 8.5, 10). The candidates (article, why,
version) go on the notice; the preview shows exactly the minimized record that will leave —
persons sent, persons withheld, persons included by hand with the reason; a second supervisor
approves (the one who added cannot, and is told why); the letter is written to a stick; the
letters sent can be written again."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shekara.services.drives import removable_drives
from shekara.services.exchange_send import Candidate, PreviewItem, SentLetter
from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.errors import error_text
from shekara.ui.exchange.preview import IncludePersonDialog, preview_text, withheld_persons
from shekara.ui.exchange.send_dialog import LetterDestinationDialog
from shekara.ui.exchange.share_models import (
    CandidatesTableModel,
    LettersTableModel,
    NoticeTableModel,
    ShareState,
    read_share,
)
from shekara.ui.i18n import fmt
from shekara.ui.reports.opening import Shown, open_report
from shekara.ui.theme import ERROR_STYLE
from shekara.ui.widgets.destination import DriveLister
from shekara.vault.exchange_store import Letter


def _table(name: str, model: Any, multi: bool = False) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _button(name: str, icon: str, slot: Any) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    button.setIcon(theme.icon(icon))
    button.clicked.connect(slot)
    return button


class ShareDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 list_drives: DriveLister = removable_drives) -> None:
        super().__init__(parent)
        self.session = session
        self._list_drives = list_drives
        self.supervisor = session.vault.role == "supervisor"
        self.state: ShareState | None = None
        self.error: BaseException | None = None
        self._loading = False
        self._stored: dict[tuple[str, int], Mapping[str, Any]] = {}
        self.include_dialog: IncludePersonDialog | None = None
        self.destination_dialog: LetterDestinationDialog | None = None
        self.setObjectName("shareDialog")
        self.setWindowIcon(theme.icon("export"))
        self.tabs = QTabWidget()
        # --- candidates and the notice ---
        self.candidates = CandidatesTableModel(self)
        self.candidates_box = QGroupBox()
        self.candidates_view = _table("candidatesTable", self.candidates, multi=True)
        self.candidates_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        self.add_button = _button("shareAdd", "new", self.add_selected)
        box = QVBoxLayout(self.candidates_box)
        box.addWidget(self.candidates_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        box.addLayout(row)
        self.notice = NoticeTableModel(self)
        self.notice_box = QGroupBox()
        self.notice_view = _table("noticeTable", self.notice)
        # Short columns only: a stretched last one got 100 px when the others filled the pane,
        # less than "Added by" needs in a long language; unstretched, it keeps its width.
        self.notice_view.horizontalHeader().setStretchLastSection(False)
        self.notice_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_preview())
        self.remove_button = _button("shareRemove", "clear", self.remove_selected)
        self.include_button = _button("shareInclude", "officers", self.ask_include)
        box = QVBoxLayout(self.notice_box)
        box.addWidget(self.notice_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addWidget(self.include_button)
        row.addStretch(1)
        box.addLayout(row)
        self.preview_box = QGroupBox()
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("sharePreview")
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        box = QVBoxLayout(self.preview_box)
        box.addWidget(self.preview)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.candidates_box)
        left.addWidget(self.notice_box)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.preview_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.approval = QLabel()
        self.approval.setObjectName("approvalState")
        self.approval.setWordWrap(True)
        self.approve_button = _button("shareApprove", "ok", self.approve)
        self.send_button = _button("shareSend", "export", self.ask_send)
        bottom = QHBoxLayout()
        bottom.addWidget(self.approval, 1)
        bottom.addWidget(self.approve_button)
        bottom.addWidget(self.send_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.tabs.addTab(page, "")
        # --- letters sent ---
        self.letters = LettersTableModel(self)
        self.letters_view = _table("lettersTable", self.letters)
        self.letters_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons())
        self.again_button = _button("writeAgain", "export", self.ask_write_again)
        self.notice_button = _button("printNotice", "open", lambda: self.print_notice())
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.letters_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.again_button)
        row.addWidget(self.notice_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.tabs.addTab(page, "")
        self.status = QLabel()
        self.status.setObjectName("shareStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        main = QVBoxLayout(self)
        main.addWidget(self.tabs, 1)
        main.addWidget(self.status)
        main.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(1240, 720)
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Share with the partner"))
        self.tabs.setTabText(0, self.tr("Candidates and the notice"))
        self.tabs.setTabText(1, self.tr("Letters sent"))
        self.candidates_box.setTitle(self.tr("Candidates: qualify and not sent, or changed "
                                             "since sent"))
        self.candidates_view.setAccessibleName(self.tr("Candidates"))
        self.notice_box.setTitle(self.tr("The notice being prepared"))
        self.notice_view.setAccessibleName(self.tr("The notice"))
        self.preview_box.setTitle(self.tr("What leaves (the selected item)"))
        self.preview.setAccessibleName(self.tr("What leaves"))
        self.add_button.setText(self.tr("&Add to the notice"))
        self.remove_button.setText(self.tr("Re&move from the notice"))
        self.include_button.setText(self.tr("&Include a person…"))
        self.approve_button.setText(self.tr("A&pprove the notice"))
        self.send_button.setText(self.tr("&Send to a stick…"))
        self.letters_view.setAccessibleName(self.tr("Letters sent"))
        self.again_button.setText(self.tr("&Write again…"))
        self.notice_button.setText(self.tr("&Print the covering letter…"))
        if not self.supervisor:
            for button in (self.add_button, self.remove_button, self.include_button,
                           self.approve_button, self.send_button, self.again_button):
                button.setToolTip(self.tr("Only a supervisor can do this"))
        for model in (self.candidates, self.notice, self.letters):
            model.retranslate()
        self._show_approval()
        self._show_preview()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- messages ------------------------------------------------------------------------------
    def say(self, text: str) -> None:
        self.error = None
        self.status.setStyleSheet("")
        self.status.setText(text)

    def fail(self, err: BaseException) -> None:
        self.error = err
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(error_text(err))

    # --- loading -------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._loading

    def reload(self) -> ops.Operation:
        self._loading = True
        session = self.session
        return ops.run(self, lambda _progress: read_share(session), session=session,
                       on_done=self._loaded, on_error=self._load_failed)

    def _loaded(self, state: object) -> None:
        self._loading = False
        if not isinstance(state, ShareState):
            return
        chosen = self.selected_item()
        self.state = state
        self.candidates.numbers = state.numbers
        self.candidates.set_rows(state.candidates)
        self.notice.set_rows(state.preview.items)
        self.letters.set_rows(state.letters)
        rows = [i.queued.record_id for i in state.preview.items]
        if rows:
            wanted = chosen.queued.record_id if chosen and chosen.queued.record_id in rows \
                else rows[0]
            self.notice_view.setCurrentIndex(self.notice.index(rows.index(wanted), 0))
        self._show_approval()
        self._show_preview()

    def _load_failed(self, err: BaseException) -> None:
        self._loading = False
        self.fail(err)

    # --- selection -----------------------------------------------------------------------------
    def selected_candidates(self) -> list[Candidate]:
        rows = {i.row() for i in self.candidates_view.selectionModel().selectedRows()}
        return [c for r in sorted(rows) if (c := self.candidates.row_at(r)) is not None]

    def select_candidates(self, record_ids: list[str]) -> None:
        view = self.candidates_view
        view.clearSelection()
        flag = view.selectionModel().SelectionFlag
        for row, candidate in enumerate(self.candidates.rows()):
            if candidate.record_id in record_ids:
                view.selectionModel().select(self.candidates.index(row, 0),
                                             flag.Select | flag.Rows)

    def selected_item(self) -> PreviewItem | None:
        index = self.notice_view.currentIndex()
        return self.notice.row_at(index.row()) if index.isValid() else None

    def selected_letter(self) -> Letter | None:
        index = self.letters_view.currentIndex()
        return self.letters.row_at(index.row()) if index.isValid() else None

    # --- the preview ---------------------------------------------------------------------------
    def _show_preview(self) -> None:
        item = self.selected_item()
        self._update_buttons()
        if item is None:
            empty = self.state is not None and not self.state.preview.items
            self.preview.setPlainText(self.tr("The notice is empty: add candidates to it.")
                                      if empty else "")
            return
        key = (item.queued.record_id, item.queued.version)
        if item.minimized is not None and key not in self._stored:
            self._load_stored(item)
        self.preview.setPlainText(preview_text(item, item.record_number, self._stored.get(key),
                                               self.session.ref))

    def _load_stored(self, item: PreviewItem) -> None:
        """The record as HQ holds it, for the persons who stay home (an audited view)."""
        session = self.session
        record_id, version = item.queued.record_id, item.queued.version

        def work(_progress: ops.Progress) -> Mapping[str, Any]:
            return session.records.show(record_id, version).current.data

        def done(data: object) -> None:
            if isinstance(data, Mapping):
                self._stored[(record_id, version)] = data
                chosen = self.selected_item()
                if chosen is not None and chosen.queued.record_id == record_id:
                    self._show_preview()

        self._stored[(record_id, version)] = {}  # asked once
        ops.run(self, work, session=session, on_done=done, on_error=self.fail)

    def stored_record(self, item: PreviewItem) -> Mapping[str, Any] | None:
        return self._stored.get((item.queued.record_id, item.queued.version)) or None

    # --- approval state ------------------------------------------------------------------------
    def approve_blocked_reason(self) -> str | None:
        """Why this officer cannot approve the notice now (None: they can)."""
        state = self.state
        if not self.supervisor:
            return self.tr("Only a supervisor can approve the notice.")
        if state is None:
            return ""
        preview = state.preview
        if preview.is_empty():
            return self.tr("The notice is empty.")
        if preview.approved_by:
            return fmt(self.tr("Approved by %1: ready to send."), preview.approved_by)
        adders = {i.queued.added_by for i in preview.items}
        if state.four_eyes and self.session.vault.officer in adders:
            return self.tr("You added items to this notice: another supervisor must approve "
                           "it (four-eyes rule).")
        return None

    def _show_approval(self) -> None:
        state = self.state
        if state is None:
            self.approval.setText("")
            return
        preview = state.preview
        parts = [self.tr("%n item(s) on the notice.", "", len(preview.items))]
        extra = preview.register_items()
        letters = len(preview.requests) + len(preview.answers) + len(preview.refusals)
        if letters:
            parts.append(self.tr("With %n request(s), answer(s) or refusal(s) from the register.",
                                 "", letters))
        if preview.follow_ups:  # Art. 8.6
            parts.append(self.tr("With %n follow-up question(s) on requests.", "",
                                 len(preview.follow_ups)))
        if preview.withdrawals:
            parts.append(self.tr("With %n withdrawal(s) of our requests.", "",
                                 len(preview.withdrawals)))
        if preview.approved_by:
            parts.append(fmt(self.tr("Approved by %1: ready to send."), preview.approved_by))
        elif preview.items or extra:
            parts.append(self.tr("Not approved yet."))
            reason = self.approve_blocked_reason()
            if reason:
                parts.append(reason)
        self.approval.setText(" ".join(parts))

    def _update_buttons(self) -> None:
        sup = self.supervisor
        item = self.selected_item()
        self.add_button.setEnabled(sup and bool(self.selected_candidates()))
        self.remove_button.setEnabled(sup and item is not None)
        self.include_button.setEnabled(sup and item is not None and item.minimized is not None
                                       and item.minimized.withheld > 0)
        self.approve_button.setEnabled(self.state is not None
                                       and self.approve_blocked_reason() is None)
        self.approve_button.setToolTip(self.approve_blocked_reason() or "")
        self.send_button.setEnabled(sup and self.state is not None)
        self.again_button.setEnabled(sup and self.selected_letter() is not None)
        self.notice_button.setEnabled(self.selected_letter() is not None)

    # --- actions -------------------------------------------------------------------------------
    def _act(self, work: Any, done_text: str) -> ops.Operation:
        session = self.session

        def done(_result: object) -> None:
            self.say(done_text)
            self.reload()

        return ops.run(self, lambda _progress: work(session), session=session, on_done=done,
                       on_error=self.fail)

    def add_selected(self) -> ops.Operation | None:
        ids = [c.record_id for c in self.selected_candidates()]
        if not ids:
            return None
        return self._act(lambda s: s.share.add(ids),
                         self.tr("%n record(s) put on the notice.", "", len(ids)))

    def remove_selected(self) -> ops.Operation | None:
        item = self.selected_item()
        if item is None:
            return None
        record_id = item.queued.record_id
        return self._act(lambda s: s.share.remove(record_id),
                         self.tr("Removed from the notice."))

    def ask_include(self) -> IncludePersonDialog | None:
        item = self.selected_item()
        if item is None:
            return None
        dialog = IncludePersonDialog(withheld_persons(item, self.stored_record(item),
                                                      self.session.ref), self)
        dialog.accepted.connect(lambda: self._include(item, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.include_dialog = dialog
        dialog.open()
        return dialog

    def _include(self, item: PreviewItem, dialog: IncludePersonDialog) -> ops.Operation | None:
        index, reason = dialog.person(), dialog.reason()
        if index is None or not reason:
            return None
        include = {**item.queued.include, index: reason}
        record_id = item.queued.record_id
        return self._act(lambda s: s.share.add([record_id], include=include),
                         self.tr("The person is included; the reason is kept in the register."))

    def approve(self) -> ops.Operation:
        return self._act(lambda s: s.share.approve(),
                         self.tr("The notice is approved: it can be sent."))

    def ask_send(self) -> LetterDestinationDialog:
        return self._ask_destination(None)

    def ask_write_again(self) -> LetterDestinationDialog | None:
        letter = self.selected_letter()
        return self._ask_destination(letter) if letter is not None else None

    def _ask_destination(self, letter: Letter | None) -> LetterDestinationDialog:
        dialog = LetterDestinationDialog(
            self, again=letter.registration_number if letter else None,
            list_drives=self._list_drives)
        seq = letter.seq if letter else None
        dialog.accepted.connect(lambda: self._write(seq, dialog.directory()))
        dialog.finished.connect(dialog.deleteLater)
        self.destination_dialog = dialog
        dialog.open()
        return dialog

    def _write(self, seq: int | None, directory: Path | None) -> ops.Operation | None:
        if directory is None:
            return None
        return self.send(directory) if seq is None else self.write_again(seq, directory)

    def send(self, directory: Path) -> ops.Operation:
        session = self.session

        def done(sent: object) -> None:
            if isinstance(sent, SentLetter):
                self.say(fmt(self.tr("Letter %1 is written: %2"), sent.registration_number,
                             str(sent.path)))
            self.reload()

        return ops.run(self, lambda _progress: session.share.send(directory), session=session,
                       on_done=done, on_error=self.fail)

    def print_notice(self, *, on_shown: Shown | None = None) -> ops.Operation | None:
        """The covering letter of the selected letter, as the partner got it (Art. 14)."""
        letter = self.selected_letter()
        if letter is None:
            return None
        session, number = self.session, letter.registration_number
        return open_report(self, session, lambda _reports: session.share.notice_report(number),
                           on_shown=on_shown)

    def write_again(self, seq: int, directory: Path) -> ops.Operation:
        session = self.session

        def done(path: object) -> None:
            self.say(fmt(self.tr("Written again: %1"), str(path)))
            self.reload()

        return ops.run(self, lambda _progress: session.share.write_again(seq, directory),
                       session=session, on_done=done, on_error=self.fail)
