"""HQ: the request register (Art. 8, 9), both directions in one list with status, due date and
the overdue ones highlighted; a request opened read-only with its refusals and its thread of
follow-up questions and answers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shekara.domain.reference import ReferenceData
from shekara.domain.request_register import ANSWERABLE, WITHDRAWABLE
from shekara.services.requests import RegisterEntry, ShownRequest
from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.errors import show_error
from shekara.ui.exchange.register_models import RequestColumn, RequestsTableModel, format_day
from shekara.ui.exchange.request_forms import (
    AnswerDialog,
    NewRequestDialog,
    NoteDialog,
    RefuseDialog,
)
from shekara.ui.exchange.tables import table_view
from shekara.ui.exchange.texts import (
    DIRECTIONS,
    MESSAGE_KINDS,
    REQUEST_STATUSES,
    word,
)
from shekara.ui.i18n import current_language, fmt, format_stamp
from shekara.ui.widgets.confirm import ask_first

LIST_LIMIT = 1000
FIELDS = ("subject", "facts", "objects_and_documents", "reasons", "procedure")


class RequestRegisterDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._loading = False
        self.request_dialog: RequestDialog | None = None
        self.form: QDialog | None = None  # the form opened last (new, answer, refuse, note)
        self.setObjectName("requestRegisterDialog")
        self.setWindowIcon(theme.icon("audit"))
        self.direction_label = QLabel()
        self.direction_combo = QComboBox()
        self.direction_combo.setObjectName("directionFilter")
        self.direction_label.setBuddy(self.direction_combo)
        self.status_label = QLabel()
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusFilter")
        self.status_label.setBuddy(self.status_combo)
        self.overdue_check = QCheckBox()
        self.overdue_check.setObjectName("overdueOnly")
        for widget in (self.direction_combo, self.status_combo):
            widget.currentIndexChanged.connect(lambda _i: self.reload())
        self.overdue_check.toggled.connect(lambda _on: self.reload())
        self.model = RequestsTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(RequestsTableModel.SortRole)
        self.view = table_view("requestsTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(RequestColumn.DATED, Qt.SortOrder.DescendingOrder)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        self.count_label = QLabel()
        self.count_label.setObjectName("requestCount")
        self.open_button = QPushButton()
        self.open_button.setObjectName("openRequest")
        self.open_button.setIcon(theme.icon("open"))
        self.open_button.clicked.connect(self.open_selected)
        self.approve_button = QPushButton()
        self.approve_button.setObjectName("approveRequest")
        self.approve_button.setIcon(theme.icon("ok"))
        self.approve_button.clicked.connect(self.approve_selected)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.action_buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for name, icon, slot in (("new", "new", self.new_request),
                                 ("answer", "ok", self.answer_selected),
                                 ("refuse", "warning", self.refuse_selected),
                                 ("follow_up", "", self.follow_up_selected),
                                 ("withdraw", "clear", self.withdraw_selected)):
            button = QPushButton()
            button.setObjectName(f"request_{name}")
            if icon:
                button.setIcon(theme.icon(icon))
            if name == "new":  # ours to the partner, or theirs that came on paper
                self.new_menu = QMenu(button)
                self.new_menu.setObjectName("newRequestMenu")
                self.act_new_ours = self.new_menu.addAction("", self.new_request)
                self.act_new_paper = self.new_menu.addAction("", self.new_paper_request)
                button.setMenu(self.new_menu)
            else:
                button.clicked.connect(lambda _checked=False, s=slot: s())
            actions.addWidget(button)
            self.action_buttons[name] = button
        actions.addStretch(1)
        self.status_line = QLabel()
        self.status_line.setObjectName("requestStatusLine")
        self.status_line.setWordWrap(True)
        filters = QHBoxLayout()
        filters.addWidget(self.direction_label)
        filters.addWidget(self.direction_combo)
        filters.addWidget(self.status_label)
        filters.addWidget(self.status_combo)
        filters.addWidget(self.overdue_check)
        filters.addStretch(1)
        filters.addWidget(self.open_button)
        filters.addWidget(self.approve_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addWidget(self.count_label)
        layout.addWidget(self.status_line)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(1120, 560)
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Request register"))
        self.direction_label.setText(self.tr("&Direction:"))
        self.status_label.setText(self.tr("S&tatus:"))
        self.overdue_check.setText(self.tr("&Overdue only"))
        self.open_button.setText(self.tr("O&pen"))
        self.approve_button.setText(self.tr("&Approve our draft"))
        self.act_new_ours.setText(self.tr("&Ours, to the partner…"))
        self.act_new_paper.setText(self.tr("The partner's, received on &paper…"))
        for name, text in (("new", self.tr("&New request…")), ("answer", self.tr("An&swer…")),
                           ("refuse", self.tr("Re&fuse…")),
                           ("follow_up", self.tr("Follow-&up question…")),
                           ("withdraw", self.tr("&Withdraw ours…"))):
            self.action_buttons[name].setText(text)
        if not self.session.vault.is_locked:  # the tooltips say why, in the new language
            self._update_buttons()
        self.view.setAccessibleName(self.tr("Requests"))
        self._fill_combo(self.direction_combo, DIRECTIONS)
        self._fill_combo(self.status_combo, REQUEST_STATUSES)
        self.model.retranslate()
        self._show_count()

    def _fill_combo(self, combo: QComboBox, table: dict[str, object]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("all"), None)
        for code in table:
            combo.addItem(word(table, code), code)
        index = combo.findData(chosen)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @property
    def loading(self) -> bool:
        return self._loading

    def set_filters(self, *, direction: str | None = None, status: str | None = None,
                    overdue: bool = False) -> None:
        for combo, value in ((self.direction_combo, direction), (self.status_combo, status)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self.overdue_check.blockSignals(True)
        self.overdue_check.setChecked(overdue)
        self.overdue_check.blockSignals(False)
        self.reload()

    def reload(self) -> ops.Operation:
        self._loading = True
        session = self.session
        direction = self.direction_combo.currentData()
        status = self.status_combo.currentData()
        overdue = self.overdue_check.isChecked()

        def work(_progress: ops.Progress) -> list[RegisterEntry]:
            return session.requests.register(direction=direction, status=status,
                                             overdue=overdue, limit=LIST_LIMIT)

        return ops.run(self, work, session=session, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, rows: object) -> None:
        self._loading = False
        self.model.set_rows(rows if isinstance(rows, list) else [])
        if self.model.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        self._update_buttons()
        self._show_count()

    def _failed(self, err: BaseException) -> None:
        self._loading = False
        show_error(self, err)

    def approve_blocked_reason(self) -> str | None:
        """Why this officer cannot approve the selected request (None: they can)."""
        entry = self.selected_entry()
        if entry is None or entry.request.direction != "out" \
                or entry.request.status != "draft":
            return self.tr("Only our own draft requests are approved.")
        vault = self.session.vault
        if vault.role != "supervisor":
            return self.tr("Only a supervisor can approve a request.")
        if vault.setting("four_eyes", "1") == "1" and entry.request.created_by == vault.officer:
            return self.tr("You wrote this request: another supervisor must approve it "
                           "(four-eyes rule).")
        return None

    def action_blocked_reason(self, action: str) -> str | None:
        """Why `action` (new, answer, refuse, follow_up, withdraw) cannot be taken on the
        selected request now (None: it can); the button says it as its tooltip."""
        if action == "new":
            return None
        entry = self.selected_entry()
        if entry is None:
            return self.tr("Select a request first.")
        request = entry.request
        if action in ("answer", "refuse"):
            if request.direction != "in" or request.status not in ANSWERABLE:
                return self.tr("Only a request the partner sent us, not yet answered or "
                               "refused, is answered or refused here.")
        elif action == "follow_up":
            if request.status in ("withdrawn", "draft", "approved"):
                return self.tr("Follow-up questions are for requests that were sent or "
                               "received.")
        elif action == "withdraw":
            if request.direction != "out" or request.status not in WITHDRAWABLE:
                return self.tr("Only our own request, not yet answered or refused, can be "
                               "withdrawn.")
            if self.session.vault.role != "supervisor":
                return self.tr("Only a supervisor can withdraw a request.")
        return None

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected_entry() is not None)
        reason = self.approve_blocked_reason()
        self.approve_button.setEnabled(reason is None)
        self.approve_button.setToolTip(reason or "")
        for name, button in self.action_buttons.items():
            blocked = self.action_blocked_reason(name)
            button.setEnabled(blocked is None)
            button.setToolTip(blocked or "")

    def _open_form(self, form: QDialog, done_text: str) -> QDialog:
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.accepted.connect(lambda: self._form_done(done_text))
        self.form = form
        form.open()
        return form

    def _form_done(self, text: str) -> None:
        self.status_line.setText(text)
        self.reload()

    def _number(self, entry: RegisterEntry) -> str:
        request = entry.request
        return request.registration_number or request.their_number or request.id[:8]

    def new_request(self) -> QDialog:
        return self._open_form(NewRequestDialog(self.session, self), self.tr(
            "Saved as a draft: a second supervisor approves it, then it goes with the next "
            "letter to the partner."))

    def new_paper_request(self) -> QDialog:
        """The partner's request that came on paper, typed in as written."""
        return self._open_form(NewRequestDialog(self.session, self, incoming=True), self.tr(
            "Registered as received on paper: what answers it goes on paper too."))

    def _on_selected(self, action: str, make: Any, done_text: str) -> QDialog | None:
        entry = self.selected_entry()
        if entry is None or self.action_blocked_reason(action) is not None:
            return None
        return self._open_form(make(entry.request.id, self._number(entry)), done_text)

    def _on_paper(self) -> bool:
        """The selected request is the partner's and was registered from paper: what answers
        it does not go in a letter (the partner's system never saw its id)."""
        entry = self.selected_entry()
        return entry is not None and entry.request.received_in == "paper"

    def answer_selected(self) -> QDialog | None:
        return self._on_selected("answer", lambda rid, number: AnswerDialog(
            self.session, rid, number, self), self.tr(
            "Answer saved. The request came on paper, so the answer does not go in a letter: "
            "send it to the partner on paper.") if self._on_paper() else self.tr(
            "Answer saved: it goes with the next letter to the partner."))

    def refuse_selected(self) -> QDialog | None:
        return self._on_selected("refuse", lambda rid, number: RefuseDialog(
            self.session, rid, number, self), self.tr(
            "Refusal recorded with its number. The request came on paper, so the refusal does "
            "not go in a letter: print it (Documents > Refusal notice) and send it on paper.")
            if self._on_paper() else self.tr(
            "Refusal recorded with its number: it goes with the next letter to the partner; "
            "Documents > Refusal notice prints it."))

    def follow_up_selected(self) -> QDialog | None:
        return self._on_selected("follow_up", lambda rid, number: NoteDialog(
            self.session, rid, number, withdraw=False, parent=self), self.tr(
            "Question kept in the request's thread. The request came on paper, so the question "
            "does not go in a letter: ask it on paper.") if self._on_paper() else self.tr(
            "Question kept in the request's thread."))

    def withdraw_selected(self) -> QDialog | None:
        return self._on_selected("withdraw", lambda rid, number: NoteDialog(
            self.session, rid, number, withdraw=True, parent=self), self.tr(
            "Our request is withdrawn."))

    def close_copy(self, request_id: str) -> ops.Operation:
        """Close a paper copy whose request came in a letter too: status duplicate, its thread
        kept (audited `request.duplicate`)."""
        session = self.session

        def done(_result: object) -> None:
            self.status_line.setText(self.tr("The paper copy is closed as a duplicate: answer "
                                             "the copy that came in the letter."))
            self.reload()

        return ops.run(self, lambda _progress: session.requests.close_paper_copy(request_id),
                       session=session, on_done=done, on_error=self._failed)

    def approve_selected(self) -> ops.Operation | None:
        """A second supervisor approves our draft: it gets its number and travels in the next
        letter to the partner."""
        entry = self.selected_entry()
        if entry is None or self.approve_blocked_reason() is not None:
            return None
        session = self.session
        request_id = entry.request.id

        def done(_stored: object) -> None:
            self.status_line.setText(self.tr("Approved: the request goes with the next letter "
                                             "to the partner."))
            self.reload()

        return ops.run(self, lambda _progress: session.requests.approve(request_id),
                       session=session, on_done=done, on_error=self._failed)

    def _show_count(self) -> None:
        rows = self.model.rows()
        late = sum(1 for r in rows if r.overdue)
        text = self.tr("%n request(s)", "", len(rows))
        if late:
            text += " · " + self.tr("%n overdue", "", late)
        if len(rows) >= LIST_LIMIT:  # never cut silently: say so, and how to reach the rest
            text += " · " + fmt(self.tr("only the newest %1 are listed: filter by direction, "
                                        "status or overdue to find the others"), LIST_LIMIT)
        self.count_label.setText(text)

    def selected_entry(self) -> RegisterEntry | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _activated(self, _index: QModelIndex) -> None:
        self.open_selected()

    def open_selected(self) -> ops.Operation | None:
        entry = self.selected_entry()
        if entry is None:
            return None
        session = self.session
        request_id = entry.request.id

        def work(_progress: ops.Progress) -> ShownRequest:
            return session.requests.show(request_id)  # audited

        return ops.run(self, work, session=session, on_done=self._show_request,
                       on_error=self._failed)

    def _show_request(self, shown: object) -> None:
        if not isinstance(shown, ShownRequest):
            return
        dialog = RequestDialog(shown, self, ref=self.session.ref, close_copy=self.close_copy)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.request_dialog = dialog
        dialog.open()


class RequestDialog(QDialog):
    """One request, read-only: the register line, the request, refusals, the thread."""

    def __init__(self, shown: ShownRequest, parent: QWidget | None = None, *,
                 ref: ReferenceData | None = None,
                 close_copy: Callable[[str], object] | None = None) -> None:
        super().__init__(parent)
        self.shown = shown
        self.ref = ref
        self._close_copy = close_copy
        self.confirm_box: QMessageBox | None = None  # the last question asked (tests answer it)
        self.setObjectName("requestDialog")
        self.headline = QLabel()
        self.headline.setObjectName("requestHeadline")
        self.headline.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("requestText")
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        # A paper copy whose request came in a letter too can be closed from its view, where
        # the line naming the letter's copy is (shekara request close-paper-copy).
        self.close_copy_button: QPushButton | None = None
        if close_copy is not None and self.closable_copy():
            self.close_copy_button = self.buttons.addButton(
                "", QDialogButtonBox.ButtonRole.ActionRole)
            self.close_copy_button.setObjectName("closePaperCopy")
            self.close_copy_button.clicked.connect(self.ask_close_copy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(760, 640)

    def retranslate_ui(self) -> None:
        current = self.shown.current
        number = current.registration_number or current.their_number or current.id[:8]
        self.setWindowTitle(fmt(self.tr("Request %1"), number))
        head = fmt(self.tr("%1 — %2 — due %3"), word(DIRECTIONS, current.direction),
                   word(REQUEST_STATUSES, current.status), format_day(current.due_on))
        if self.shown.overdue:
            head += " — " + self.tr("OVERDUE")
            self.headline.setStyleSheet("color: #B00020; font-weight: bold;")
        self.headline.setText(head)
        self.text.setAccessibleName(self.tr("The request and its thread"))
        self.text.setPlainText("\n".join(self.lines()))
        if self.close_copy_button is not None:
            self.close_copy_button.setText(self.tr("Close paper cop&y…"))

    def closable_copy(self) -> bool:
        """A request of the partner's typed in from paper, still open, whose request has come
        in a letter too (the service checks the same again when it closes it)."""
        current = self.shown.current
        return (current.direction == "in" and current.received_in == "paper"
                and current.status in ANSWERABLE
                and any(how == "letter" for _twin, how in self.shown.twins))

    def ask_close_copy(self) -> QMessageBox | None:
        """Asked first, since it cannot be undone; Yes closes the copy and this view."""
        if self._close_copy is None or not self.closable_copy():
            return None
        current = self.shown.current
        self.confirm_box = ask_first(
            self, "closeCopyConfirm", title=self.tr("Close paper copy"),
            text=fmt(self.tr("Close the paper copy of request %1 as a duplicate?"),
                     current.their_number or current.id[:8]),
            informative=self.tr(
                "It was typed in from paper, and the same request has since come in a letter. "
                "Its thread is kept; from now on answer the copy that came in the letter."),
            yes_text=self.tr("&Close copy"), on_yes=self._closed_copy,
            icon=QMessageBox.Icon.Question)
        return self.confirm_box

    def _closed_copy(self) -> None:
        if self._close_copy is not None:
            self._close_copy(self.shown.current.id)  # the register runs it and reloads
        self.accept()  # what this view shows is no longer the register's state

    def lines(self) -> list[str]:
        current = self.shown.current
        data: dict[str, Any] = current.data
        lines = [fmt(self.tr("Our number: %1"), current.registration_number or "—"),
                 fmt(self.tr("Partner's number: %1"), current.their_number or "—")]
        if current.received_in == "paper":
            lines.append(self.tr("Received on paper: its answers, refusals and questions do not "
                                 "go in letters (the partner's system does not know this "
                                 "request); they go on paper."))
        elif current.received_in == "letter":
            lines.append(self.tr("Received in a letter: its answers, refusals and questions go "
                                 "with the next letter."))
        for twin, how in self.shown.twins:
            lines.append(fmt(self.tr("The same request was also registered from paper (%1): "
                                     "answer this copy, which the partner's system knows.")
                             if how == "paper" else
                             self.tr("The same request also came in a letter (%1): answer that "
                                     "copy, so the answer can go in a letter."), twin[:8]))
        lines += [fmt(self.tr("From %1 to %2, reference %3, dated %4"),
                      self.authority(data.get("from_authority")),
                      self.authority(data.get("to_authority")),
                      data.get("reference", ""), format_day(data.get("dated_on"))),
                  ""]
        labels = {"subject": self.tr("Subject: %1"), "facts": self.tr("Facts: %1"),
                  "objects_and_documents": self.tr("Objects and documents: %1"),
                  "reasons": self.tr("Reasons: %1"), "procedure": self.tr("What is asked: %1")}
        for key in FIELDS:
            if data.get(key):
                lines.append(fmt(labels[key], data[key]))
        persons = data.get("persons") or []
        if persons:
            lines.append(self.tr("Persons (%n):", "", len(persons)))
            for person in persons:
                lines.append("  • " + ", ".join(f"{v}" for v in person.values() if v))
        for refusal in self.shown.refusals:
            lines += ["", fmt(self.tr("Refusal (%1): %2 — %3"),
                              word(DIRECTIONS, refusal.direction),
                              refusal.data.get("reason_code", ""),
                              refusal.data.get("explanation", ""))]
        if self.shown.thread:
            lines += ["", self.tr("Thread:")]
        for message in self.shown.thread:
            text = (message.data.get("text") or message.data.get("question")
                    or message.data.get("reason") or "")
            lines.append(fmt(self.tr("%1 · %2 · %3: %4"), format_stamp(message.created_at),
                             word(DIRECTIONS, message.direction),
                             word(MESSAGE_KINDS, message.kind), text))
        return lines

    def authority(self, code: object) -> str:
        """An authority by its name in the UI language (its code after it), as the printed
        request names it; a code the reference data does not know is shown as it is."""
        text = str(code or "")
        found = self.ref.authorities.get(text) if self.ref is not None else None
        if found is None:
            return text
        name = found.names.get(current_language()) or found.names.get("en") or text
        return f"{name} ({text})"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
