"""HQ: writing what the request register holds (Art. 8, 9, 14) — a new request of ours, our
answer to or refusal of the partner's request, a follow-up question, withdrawing our request.

Each form builds the same object the matching command reads from its FILE (`shekara request
add|answer|refuse`, `follow-up`, `withdraw`) and hands it to the same service, so the checks and
the refusals are the command's: a refused form stays open with what was typed. Prose is
written in the state language beside its Russian translation (Art. 14), as in the record
editor; a missing translation is the documents' hint, not a refusal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shekara.domain.request import REFUSAL_REASONS, REFUSAL_SCOPES
from shekara.errors import InputError
from shekara.reports.catalog import text as document_text
from shekara.services.session import Session
from shekara.ui.i18n import current_language, date_format, fmt
from shekara.ui.widgets.form_dialog import FormDialog

# The request's prose, in the order the printed request gives it.
REQUEST_PROSE = ("subject", "facts", "objects_and_documents", "reasons", "procedure")
SCOPE_CONFIRM = "request.legal_assistance"


class ProsePairs(QWidget):
    """Prose fields, each as written beside its Russian translation (Art. 14)."""

    def __init__(self, fields: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = tuple(fields)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.heading_text = QLabel()
        self.heading_ru = QLabel()
        grid.addWidget(self.heading_text, 0, 1)
        grid.addWidget(self.heading_ru, 0, 2)
        self.labels: dict[str, QLabel] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        self.russian: dict[str, QPlainTextEdit] = {}
        for row, name in enumerate(self.fields, start=1):
            label, text, ru = QLabel(), QPlainTextEdit(), QPlainTextEdit()
            for edit, suffix in ((text, ""), (ru, "Ru")):
                edit.setObjectName(f"{name}{suffix}")
                edit.setTabChangesFocus(True)
                edit.setMinimumHeight(64)
            label.setBuddy(text)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(label, row, 0)
            grid.addWidget(text, row, 1)
            grid.addWidget(ru, row, 2)
            self.labels[name], self.texts[name], self.russian[name] = label, text, ru

    def retranslate(self, labels: dict[str, str]) -> None:
        self.heading_text.setText("<b>" + self.tr("As written") + "</b>")
        self.heading_ru.setText("<b>" + self.tr("Russian translation (Art. 14)") + "</b>")
        for name in self.fields:
            self.labels[name].setText(labels[name])
            self.texts[name].setAccessibleName(labels[name].replace("&", ""))
            self.russian[name].setAccessibleName(
                fmt(self.tr("%1 in Russian"), labels[name].replace("&", "")))

    def values(self) -> dict[str, str]:
        return {name: self.texts[name].toPlainText() for name in self.fields}

    def with_translations(self, data: dict[str, Any]) -> dict[str, Any]:
        """`data` with `translations: {"ru": {field: text}}` of the fields translated, and
        without the key when none is (a request written in Russian needs none)."""
        russian = {name: self.russian[name].toPlainText() for name in self.fields
                   if self.russian[name].toPlainText().strip()}
        if russian:
            data["translations"] = {"ru": russian}
        return data


def _signer_fields(session: Session) -> tuple[QLineEdit, QLineEdit]:
    """Who signs, filled in from the officer's printed profile (Officers > Printed name)."""
    profile = session.officials.profile(session.vault.officer or "")
    name, position = QLineEdit(profile.values.get("full_name", "")), \
        QLineEdit(profile.values.get("position", ""))
    name.setObjectName("signedByName")
    position.setObjectName("signedByPosition")
    for edit in (name, position):
        edit.setMaxLength(200)
    return name, position


def _signer(name: QLineEdit, position: QLineEdit) -> dict[str, str] | None:
    if not name.text().strip() and not position.text().strip():
        return None
    return {"name": name.text(), "position": position.text()}


def _refill(combo: QComboBox, items: dict[str, str]) -> None:
    """The combo's items (code → text) in the language now, the chosen code kept."""
    chosen = combo.currentData()
    combo.clear()
    for code, text in items.items():
        combo.addItem(text, code)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))


def _day(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM-dd")


def _date_edit(name: str, *, until_today: bool) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate())
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())  # as the register shows dates
    if until_today:
        edit.setMaximumDate(QDate.currentDate())
    return edit


class NewRequestDialog(FormDialog):
    """Our request to the partner's central authority (Art. 8): stored as a draft, approved by
    a second supervisor, then it travels in the next letter.

    `incoming`: the partner's request that came on paper, typed in as it is written (the
    command's `request add --incoming`): from their authority to ours, their number and the day
    it arrived, signed by their official. One class for both, so every label is translated in
    one context (Qt's tr() of a subclass would look its inherited labels up under its own name)."""

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 incoming: bool = False) -> None:
        super().__init__(session, parent)
        self.incoming = incoming
        self.setObjectName("paperRequestDialog" if incoming else "newRequestDialog")
        self._scope_confirmed = False  # Art. 1.2, see _scope_answered
        ref, party = session.ref, session.vault.party
        self.to_combo, self.from_combo = QComboBox(), QComboBox()
        self.to_combo.setObjectName("toAuthority")
        self.from_combo.setObjectName("fromAuthority")
        lang = current_language()
        for combo, theirs in ((self.to_combo, not incoming), (self.from_combo, incoming)):
            for code, authority in sorted(ref.authorities.items()):
                if (authority.party != party) == theirs:
                    shown = authority.names.get(lang) or authority.names.get("en") or code
                    combo.addItem(f"{shown} ({code})", code)
        self.their_number = QLineEdit()
        self.their_number.setObjectName("theirNumber")
        self.their_number.setMaxLength(64)
        self.received_on = _date_edit("receivedOn", until_today=True)
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setMaxLength(100)
        self.dated_on = _date_edit("datedOn", until_today=True)
        self.deadline_check = QCheckBox()
        self.deadline_check.setObjectName("hasDeadline")
        self.deadline = _date_edit("deadline", until_today=False)
        self.deadline.setDate(QDate.currentDate().addDays(30))
        self.deadline.setEnabled(False)
        self.deadline_check.toggled.connect(self.deadline.setEnabled)
        self.urgent = QCheckBox()
        self.urgent.setObjectName("urgent")
        self.persons = QPlainTextEdit()
        self.persons.setObjectName("persons")
        self.persons.setTabChangesFocus(True)
        self.persons.setMaximumHeight(80)
        self.prose = ProsePairs(REQUEST_PROSE)
        self.signer_name, self.signer_position = _signer_fields(session)
        if incoming:  # their official signed it, not this officer
            self.signer_name.clear()
            self.signer_position.clear()
        self.form = QFormLayout()
        rows: list[QWidget] = [self.to_combo, self.from_combo, self.reference, self.dated_on,
                               self.deadline, self.urgent, self.persons, self.signer_name,
                               self.signer_position]
        if incoming:
            rows[:0] = [self.their_number, self.received_on]
        self.form_labels = [QLabel() for _ in rows]
        for label, widget in zip(self.form_labels, rows, strict=True):
            label.setBuddy(widget)
            if widget is self.deadline:
                line = QWidget()
                box = QGridLayout(line)
                box.setContentsMargins(0, 0, 0, 0)
                box.addWidget(self.deadline_check, 0, 0)
                box.addWidget(self.deadline, 0, 1)
                box.setColumnStretch(2, 1)
                self.form.addRow(label, line)
            else:
                self.form.addRow(label, widget)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(self.form)
        inner_layout.addWidget(self.prose)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(980, 760)

    def retranslate_ui(self) -> None:
        texts = [self.tr("&To:"), self.tr("&From:"), self.tr("Our &reference:"),
                 self.tr("&Dated:"), self.tr("Dead&line:"), self.tr("Ur&gent:"),
                 self.tr("&Persons (one per line):"), self.tr("Signed &by:"),
                 self.tr("Pos&ition:")]
        if self.incoming:
            self.setWindowTitle(self.tr("Request received from the partner on paper (Art. 8)"))
            texts[2] = self.tr("Their &reference:")
            texts[:0] = [self.tr("Partner's &number:"), self.tr("Recei&ved on:")]
            self.their_number.setPlaceholderText(self.tr(
                "the registration number their letter gives the request"))
        else:
            self.setWindowTitle(self.tr("New request to the partner (Art. 8)"))
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        self.deadline_check.setText(self.tr("answer by"))
        self.urgent.setText(self.tr("mark the request urgent"))
        self.persons.setPlaceholderText(self.tr("who the request is about, as far as known"))
        self.prose.retranslate({
            "subject": self.tr("&Subject:"), "facts": self.tr("F&acts:"),
            "objects_and_documents": self.tr("&Objects and documents:"),
            "reasons": self.tr("R&easons:"), "procedure": self.tr("What is as&ked:")})

    def data(self) -> dict[str, Any]:
        persons = [{"description": line.strip()}
                   for line in self.persons.toPlainText().splitlines() if line.strip()]
        data: dict[str, Any] = {
            "to_authority": self.to_combo.currentData(),
            "from_authority": self.from_combo.currentData(),
            "reference": self.reference.text(), "dated_on": _day(self.dated_on),
            **self.prose.values(), "persons": persons,
            "deadline": _day(self.deadline) if self.deadline_check.isChecked() else None,
            "attachments_list": [], "urgent": self.urgent.isChecked(),
            "signed_by": _signer(self.signer_name, self.signer_position)}
        return self.prose.with_translations(data)

    def work(self) -> Callable[[], object]:
        data, requests, confirmed = self.data(), self.session.requests, self._scope_confirmed
        if self.incoming:
            number, day = self.their_number.text(), _day(self.received_on)
            return lambda: requests.receive(data, their_number=number, received_on=day)
        return lambda: requests.add(data, confirm_scope=confirmed)

    def _failed(self, err: BaseException) -> None:
        if isinstance(err, InputError) and err.msgid == SCOPE_CONFIRM:
            self._idle()
            self._confirm_scope(err)
            return
        super()._failed(err)

    def _confirm_scope(self, err: InputError) -> None:
        """Art. 1.2: legal assistance in criminal cases and extradition go by the treaties."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Outside this Agreement?"),
                          self.tr("This request seems to ask for legal assistance in a criminal "
                                  "case or for extradition. Those go by the legal-assistance "
                                  "treaties, not by this Agreement (Art. 1.2).\n\nSave it only "
                                  "if it asks for neither."), parent=self)
        box.setObjectName("scopeConfirm")
        box.setDetailedText(str(err))
        save = box.addButton(self.tr("It asks for neither: &save"),
                             QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._scope_answered(box.clickedButton() is save))
        box.open()

    def _scope_answered(self, confirmed: bool) -> None:
        """Saved again as it is, confirmed for this save only (the next one asks again)."""
        if not confirmed:
            return
        self._scope_confirmed = True
        try:
            self.submit()
        finally:
            self._scope_confirmed = False


class AnswerDialog(FormDialog):
    """Our answer to the partner's request; a partial one leaves it open (Art. 8.6)."""

    def __init__(self, session: Session, request_id: str, number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("answerDialog")
        self.request_id, self.number = request_id, number
        self.prose = ProsePairs(("text",))
        self.records = QLineEdit()
        self.records.setObjectName("answerRecords")
        self.records_label = QLabel()
        self.records_label.setBuddy(self.records)
        self.partial = QCheckBox()
        self.partial.setObjectName("partialAnswer")
        form = QFormLayout()
        form.addRow(self.records_label, self.records)
        form.addRow("", self.partial)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prose, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(900, 460)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fmt(self.tr("Answer to request %1"), self.number))
        self.prose.retranslate({"text": self.tr("&Answer:")})
        self.records_label.setText(self.tr("&Linked records:"))
        self.records.setPlaceholderText(self.tr("record ids, separated by spaces (optional)"))
        self.partial.setText(self.tr("&Partial answer: more follows"))

    def data(self) -> dict[str, Any]:
        text = self.prose.values()["text"]
        data: dict[str, Any] = {"text": text, "records": self.records.text().replace(
            ",", " ").split(), "partial": self.partial.isChecked()}
        return self.prose.with_translations(data)

    def work(self) -> Callable[[], object]:
        data, requests, request_id = self.data(), self.session.requests, self.request_id
        return lambda: requests.answer(request_id, data)


class RefuseDialog(FormDialog):
    """Our Art. 9 refusal of the partner's request, in whole or in part, with its reasons."""

    def __init__(self, session: Session, request_id: str, number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("refuseDialog")
        self.request_id, self.number = request_id, number
        self.ground = QComboBox()
        self.ground.setObjectName("refusalGround")
        self.scope = QComboBox()
        self.scope.setObjectName("refusalScope")
        self.decided_on = _date_edit("decidedOn", until_today=True)
        self.prose = ProsePairs(("explanation",))
        self.signer_name, self.signer_position = _signer_fields(session)
        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(5)]
        for label, widget in zip(self.form_labels, (self.ground, self.scope, self.decided_on,
                                                    self.signer_name, self.signer_position),
                                 strict=True):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.prose, 1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(900, 520)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fmt(self.tr("Refuse request %1 (Art. 9)"), self.number))
        for label, text in zip(self.form_labels, (
                self.tr("&Ground (Art. 9):"), self.tr("&Refused:"), self.tr("&Decided on:"),
                self.tr("Signed &by:"), self.tr("Posi&tion:")), strict=True):
            label.setText(text)
        lang = current_language()  # the grounds worded as the printed notice words them
        _refill(self.ground, {code: document_text(f"refusal.reason.{code}", lang)
                              for code in REFUSAL_REASONS})
        scopes = {"whole": self.tr("the whole request"), "part": self.tr("part of the request")}
        _refill(self.scope, {code: scopes[code] for code in REFUSAL_SCOPES})
        self.prose.retranslate({"explanation": self.tr("R&easons:")})

    def data(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "reason_code": self.ground.currentData(), "scope": self.scope.currentData(),
            "explanation": self.prose.values()["explanation"],
            "decided_on": _day(self.decided_on),
            "signed_by": _signer(self.signer_name, self.signer_position)}
        return self.prose.with_translations(data)

    def work(self) -> Callable[[], object]:
        data, requests, request_id = self.data(), self.session.requests, self.request_id
        return lambda: requests.refuse(request_id, data)


class NoteDialog(FormDialog):
    """One short text: a follow-up question on a request, or why ours is withdrawn."""

    def __init__(self, session: Session, request_id: str, number: str, *, withdraw: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.withdraw = withdraw
        self.request_id, self.number = request_id, number
        self.setObjectName("withdrawDialog" if withdraw else "followUpDialog")
        # As written beside its Russian translation (Art. 14), as answers and refusals are.
        self.prose = ProsePairs(("note",))
        self.prose.labels["note"].setWordWrap(True)  # the withdrawal's question is long
        self.text = self.prose.texts["note"]
        layout = QVBoxLayout(self)
        layout.addWidget(self.prose, 1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(760, 340)

    def retranslate_ui(self) -> None:
        if self.withdraw:
            self.setWindowTitle(fmt(self.tr("Withdraw request %1"), self.number))
            label = self.tr("&Why is our request withdrawn? The reason is kept in the register "
                            "and the audit log.")
        else:
            self.setWindowTitle(fmt(self.tr("Follow-up question on request %1"), self.number))
            label = self.tr("&Question (kept in the request's thread):")
        self.prose.retranslate({"note": label})

    def work(self) -> Callable[[], object]:
        text, requests, request_id = self.text.toPlainText(), self.session.requests, \
            self.request_id
        russian = self.prose.russian["note"].toPlainText()
        if self.withdraw:
            return lambda: requests.withdraw(request_id, text, russian=russian)
        return lambda: requests.follow_up(request_id, text, russian=russian)
