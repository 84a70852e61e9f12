"""Writing to the request register in the window (issue 9 §6, §8): a new request of ours (with
the Art. 1.2 confirmation), approving it, our answer to and refusal of the partner's request,
a follow-up question, withdrawing ours, and each refusal path — on two real HQ vaults, the
answer and the refusal then travelling to the partner in a real letter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox, QPushButton

from shekara.ui.context import UiContext
from shekara.ui.exchange.request_forms import (
    AnswerDialog,
    NewRequestDialog,
    NoteDialog,
    RefuseDialog,
)
from shekara.ui.exchange.requests import RequestDialog, RequestRegisterDialog
from tests.ui.exchange.world import OFFICER, SECOND, Exchange, request_data

WAIT = 20000


def register(qtbot: Any, parties: Exchange, party: str = "LT",
             login: str | None = None) -> RequestRegisterDialog:
    session = parties.as_(party, login) if login else parties.side(party)
    dialog = RequestRegisterDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    return dialog


def select(dialog: RequestRegisterDialog, request_id: str) -> None:
    for row, entry in enumerate(dialog.model.rows()):
        if entry.request.id == request_id:
            dialog.view.setCurrentIndex(dialog.proxy.mapFromSource(dialog.model.index(row, 0)))
            return
    raise AssertionError(f"{request_id} is not listed")


def error_box(qtbot: Any, parent: Any) -> QMessageBox:
    qtbot.waitUntil(lambda: any(b.isVisible() for b in parent.findChildren(
        QMessageBox, "errorBox")), timeout=WAIT)
    return next(b for b in parent.findChildren(QMessageBox, "errorBox") if b.isVisible())


def submit(qtbot: Any, form: Any) -> None:
    form.buttons.button(form.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not form.busy, timeout=WAIT)


def fill_request(form: NewRequestDialog, facts: str = "Курьер ұсталды.") -> None:
    form.reference.setText("18-2/501")
    for name, text in (("subject", "Героин контрабандасы"), ("facts", facts),
                       ("reasons", "Арнаны анықтау."), ("procedure", "Тұлғаны тексеру.")):
        form.prose.texts[name].setPlainText(text)
    form.prose.russian["subject"].setPlainText("Контрабанда героина")
    form.persons.setPlainText("Белгісіз жүргізуші\n\n  ")
    form.deadline_check.setChecked(True)
    form.deadline.setDate(QDate.currentDate().addDays(20))


def test_new_request_from_the_form_then_approved_by_a_second_supervisor(
        qtbot: Any, linked: Exchange) -> None:
    dialog = register(qtbot, linked, "KZ")
    assert dialog.action_buttons["new"].isEnabled()
    form = dialog.new_request()
    assert isinstance(form, NewRequestDialog)
    # the signer comes from the officer's printed profile; the authorities from reference data
    assert form.signer_name.text() == "Сүлейменов Бауыржан"
    assert form.to_combo.currentData().startswith("LT-")
    assert form.from_combo.currentData().startswith("KZ-")
    fill_request(form)
    submit(qtbot, form)
    qtbot.waitUntil(lambda: not dialog.loading and dialog.model.rowCount() == 1, timeout=WAIT)
    [entry] = dialog.model.rows()
    stored = linked.kz.requests.get(entry.request.id)
    assert stored.status == "draft" and stored.direction == "out"
    assert stored.data["persons"] == [{"record_id": None, "description": "Белгісіз жүргізуші"}]
    assert stored.data["translations"] == {"ru": {"subject": "Контрабанда героина"}}
    assert stored.data["deadline"] == QDate.currentDate().addDays(20).toString("yyyy-MM-dd")
    assert "Saved as a draft" in dialog.status_line.text()

    second = register(qtbot, linked, "KZ", SECOND)
    select(second, entry.request.id)
    assert second.approve_button.isEnabled()
    second.approve_selected()
    qtbot.waitUntil(lambda: linked.kz.requests.get(entry.request.id).status == "approved",
                    timeout=WAIT)


def test_a_request_that_looks_like_extradition_is_saved_only_when_confirmed(
        qtbot: Any, linked: Exchange) -> None:
    dialog = register(qtbot, linked, "KZ")
    for confirm in (False, True):
        form = dialog.new_request()
        assert isinstance(form, NewRequestDialog)
        fill_request(form, facts="Тұлғаны экстрадициялау / Экстрадиция лица.")
        form.buttons.button(form.buttons.StandardButton.Ok).click()
        qtbot.waitUntil(lambda f=form: f.findChild(QMessageBox, "scopeConfirm") is not None,
                        timeout=WAIT)
        box = form.findChild(QMessageBox, "scopeConfirm")
        assert "Art. 1.2" in box.text()
        if confirm:
            save = next(b for b in box.buttons() if "save" in b.text())
            save.click()
            # the register says so once the save is done in its worker and the form closed
            # (the vault is closed after the test: never under a running save)
            qtbot.waitUntil(lambda: "Saved as a draft" in dialog.status_line.text(),
                            timeout=WAIT)
        else:
            box.button(QMessageBox.StandardButton.Cancel).click()
            assert form.isVisible()  # nothing typed is lost
            assert linked.kz.requests.list_requests() == []
            form.reject()
    [stored] = linked.kz.requests.list_requests()
    assert stored.status == "draft"


def test_an_incomplete_request_is_refused_and_the_form_keeps_what_was_typed(
        qtbot: Any, linked: Exchange) -> None:
    dialog = register(qtbot, linked, "KZ")
    form = dialog.new_request()
    assert isinstance(form, NewRequestDialog)
    form.prose.texts["facts"].setPlainText("Курьер ұсталды.")
    submit(qtbot, form)
    box = error_box(qtbot, form)
    assert "subject" in box.text().lower() or "required" in box.text().lower()
    assert form.isVisible() and form.prose.texts["facts"].toPlainText() == "Курьер ұсталды."
    assert linked.kz.requests.list_requests() == []


def test_a_refused_request_is_explained_in_the_windows_language(
        qtbot: Any, linked: Exchange, english: UiContext) -> None:
    """The request's own refusals (domain/request.py) reach the window translated, not in
    English: a Russian window says in Russian why the form is refused (a deadline before the
    request's date; its message is one only requests send)."""
    english.translations.set_language("ru")
    dialog = register(qtbot, linked, "KZ")
    form = dialog.new_request()
    assert isinstance(form, NewRequestDialog)
    fill_request(form)
    form.deadline.setDate(QDate.currentDate().addDays(-1))
    submit(qtbot, form)
    text = error_box(qtbot, form).text()
    assert "deadline: раньше даты запроса" in text, text
    # headed as a request's refusal, not a record's
    assert text.startswith("Запрос нельзя сохранить в таком виде:"), text
    assert "before the date" not in text
    assert linked.kz.requests.list_requests() == []


def answer_form(qtbot: Any, linked: Exchange,
                request_id: str) -> tuple[RequestRegisterDialog, AnswerDialog]:
    """HQ-LT's register with the partner's request selected, and its answer form open."""
    dialog = register(qtbot, linked, "LT")
    select(dialog, request_id)
    form = dialog.answer_selected()
    assert isinstance(form, AnswerDialog)
    return dialog, form


def test_answer_the_partners_request_and_it_travels_in_the_next_letter(
        qtbot: Any, linked: Exchange) -> None:
    request_id = linked.lt_request_by_letter()
    number = linked.lt.requests.get(request_id).their_number
    assert number and number.startswith("HQ-KZ/")
    dialog = register(qtbot, linked, "LT")
    select(dialog, request_id)
    for name in ("answer", "refuse", "follow_up"):
        assert dialog.action_buttons[name].isEnabled(), name
    assert not dialog.action_buttons["withdraw"].isEnabled()  # not ours
    assert "our own" in dialog.action_buttons["withdraw"].toolTip()
    form = dialog.answer_selected()
    assert isinstance(form, AnswerDialog)
    assert number in form.windowTitle()
    form.prose.texts["text"].setPlainText("Tikrinama / Проверяется.")
    form.prose.russian["text"].setPlainText("Проверяется.")
    form.partial.setChecked(True)
    submit(qtbot, form)
    qtbot.waitUntil(lambda: linked.lt.requests.get(request_id).status == "partly_answered",
                    timeout=WAIT)
    shown = linked.lt.requests.show(request_id)
    [answer] = [m for m in shown.thread if m.kind == "answer"]
    assert answer.data["translations"] == {"ru": {"text": "Проверяется."}}
    assert answer.data["partial"] is True
    letter = linked.as_("LT", SECOND).share.preview()
    assert letter.answers == [answer.id]
    assert dialog.status_line.text() == "Answer saved: it goes with the next letter to the partner."


def test_an_answer_to_a_request_received_on_paper_stays_out_of_the_letter(
        qtbot: Any, linked: Exchange) -> None:
    """Registered by hand from paper: the partner's system never saw its id, so the answer is
    kept and the screen says it goes on paper; the request's view says how it came."""
    request_id = linked.lt_request()
    dialog, form = answer_form(qtbot, linked, request_id)
    form.prose.texts["text"].setPlainText("Tikrinama / Проверяется.")
    form.prose.russian["text"].setPlainText("Проверяется.")
    submit(qtbot, form)
    qtbot.waitUntil(lambda: linked.lt.requests.get(request_id).status == "answered",
                    timeout=WAIT)
    assert "came on paper" in dialog.status_line.text()
    assert "send it to the partner on paper" in dialog.status_line.text()
    assert linked.as_("LT", SECOND).share.preview().answers == []
    view = RequestDialog(linked.lt.requests.show(request_id))
    qtbot.addWidget(view)
    assert any(line.startswith("Received on paper:") for line in view.lines())
    by_letter = RequestDialog(linked.lt.requests.show(linked.lt_request_by_letter()))
    qtbot.addWidget(by_letter)
    assert any(line.startswith("Received in a letter:") for line in by_letter.lines())
    assert not any("The same request" in line for line in by_letter.lines())


def test_a_request_registered_twice_names_the_copy_to_answer(qtbot: Any,
                                                             linked: Exchange) -> None:
    """Typed in from paper under the number the letter then brings too: each copy's view names
    the other, and which one can be answered in a letter."""
    paper_copy, letter_copy = linked.lt_request_on_paper_then_by_letter()
    views = {}
    for request_id in (letter_copy, paper_copy):
        views[request_id] = RequestDialog(linked.lt.requests.show(request_id))
        qtbot.addWidget(views[request_id])
    [on_letter] = [line for line in views[letter_copy].lines() if "The same request" in line]
    assert "registered from paper" in on_letter and paper_copy[:8] in on_letter
    [on_paper] = [line for line in views[paper_copy].lines() if "The same request" in line]
    assert "came in a letter" in on_paper and letter_copy[:8] in on_paper


def test_an_answer_linking_an_unknown_record_is_refused(qtbot: Any, linked: Exchange) -> None:
    request_id = linked.lt_request()
    _dialog, form = answer_form(qtbot, linked, request_id)
    form.prose.texts["text"].setPlainText("Žr. įrašą.")
    form.records.setText("00000000-0000-4000-8000-000000000000")
    submit(qtbot, form)
    error_box(qtbot, form)
    assert form.isVisible()
    assert linked.lt.requests.get(request_id).status == "received"


def test_refuse_the_partners_request_with_a_ground(qtbot: Any, linked: Exchange) -> None:
    request_id = linked.lt_request()
    dialog = register(qtbot, linked, "LT")
    select(dialog, request_id)
    form = dialog.refuse_selected()
    assert isinstance(form, RefuseDialog)
    # the grounds read as the printed notice words them, one per Art. 9 ground
    assert form.ground.count() == 5
    form.ground.setCurrentIndex(form.ground.findData("national_law"))
    form.scope.setCurrentIndex(form.scope.findData("part"))
    form.prose.texts["explanation"].setPlainText("Prieštarauja įstatymui.")
    submit(qtbot, form)
    qtbot.waitUntil(lambda: linked.lt.requests.get(request_id).status == "partly_refused",
                    timeout=WAIT)
    [refusal] = linked.lt.requests.show(request_id).refusals
    assert refusal.data["reason_code"] == "national_law"
    assert refusal.data["signed_by"] == {"name": "Rūta Jankauskienė",
                                         "position": "Басқарма бастығы"}
    assert refusal.registration_number and refusal.registration_number.startswith("HQ-LT/")


def test_a_refusal_without_reasons_is_refused(qtbot: Any, linked: Exchange) -> None:
    request_id = linked.lt_request()
    dialog = register(qtbot, linked, "LT")
    select(dialog, request_id)
    form = dialog.refuse_selected()
    assert isinstance(form, RefuseDialog)
    submit(qtbot, form)
    error_box(qtbot, form)
    assert linked.lt.requests.get(request_id).status == "received"


def test_follow_up_and_withdraw(qtbot: Any, linked: Exchange) -> None:
    ours = linked.lt.requests.add(_lt_request())
    dialog = register(qtbot, linked, "LT")
    select(dialog, ours.id)
    # a draft: no follow-up yet; a supervisor may withdraw it
    assert not dialog.action_buttons["follow_up"].isEnabled()
    assert not dialog.action_buttons["answer"].isEnabled()
    empty = dialog.withdraw_selected()
    assert empty is not None
    submit(qtbot, empty)
    error_box(qtbot, empty)  # a reason is required
    assert linked.lt.requests.get(ours.id).status == "draft"
    empty.reject()
    form = dialog.withdraw_selected()
    assert isinstance(form, NoteDialog)
    form.text.setPlainText("Klausimas išspręstas.")
    form.prose.russian["note"].setPlainText("Вопрос решён.")  # Art. 14, beside it
    submit(qtbot, form)
    qtbot.waitUntil(lambda: linked.lt.requests.get(ours.id).status == "withdrawn",
                    timeout=WAIT)
    [withdrawal] = linked.lt.requests.show(ours.id).thread
    assert withdrawal.data == {"reason": "Klausimas išspręstas.",
                               "translations": {"ru": {"reason": "Вопрос решён."}}}

    incoming = linked.lt_request()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    dialog.reload()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    select(dialog, incoming)
    question = dialog.follow_up_selected()
    assert isinstance(question, NoteDialog)
    question.text.setPlainText("Nurodykite datą.")  # no translation given: none is kept
    submit(qtbot, question)
    qtbot.waitUntil(lambda: any(m.kind == "question" for m in
                                linked.lt.requests.show(incoming).thread), timeout=WAIT)
    [asked] = [m for m in linked.lt.requests.show(incoming).thread if m.kind == "question"]
    assert asked.data == {"text": "Nurodykite datą."}


def test_an_officer_cannot_withdraw(qtbot: Any, linked: Exchange) -> None:
    ours = linked.lt.requests.add(_lt_request())
    dialog = register(qtbot, linked, "LT", OFFICER)
    select(dialog, ours.id)
    button: QPushButton = dialog.action_buttons["withdraw"]
    assert not button.isEnabled()
    assert "supervisor" in button.toolTip()
    assert dialog.withdraw_selected() is None


def test_forms_use_the_keyboard(qtbot: Any, linked: Exchange) -> None:
    dialog = register(qtbot, linked, "KZ")
    form = dialog.new_request()
    assert isinstance(form, NewRequestDialog)
    for label in form.form_labels:
        assert "&" in label.text() and label.buddy() is not None
    for name, text_edit in form.prose.texts.items():
        assert text_edit.tabChangesFocus(), name
        assert form.prose.labels[name].buddy() is text_edit
    form.reject()


def _lt_request() -> dict[str, Any]:
    return request_data(to_authority="KZ-KNB-PS", from_authority="LT-VSAT")
