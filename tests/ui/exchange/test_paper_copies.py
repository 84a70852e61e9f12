"""A request of the partner's that came on paper is typed in from the window (New request… >
The partner's, received on paper…); once it has come in a letter too, the paper copy is closed
from its view (Close paper copy…): status duplicate, its thread kept, the letter's copy the one
to answer. Real vaults of both HQs, a real letter on a real stick, the real register and view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QMessageBox

from shekara.ui.exchange.request_forms import NewRequestDialog
from shekara.ui.exchange.requests import RequestDialog, RequestRegisterDialog
from tests.ui.exchange.test_request_forms import (
    WAIT,
    error_box,
    fill_request,
    register,
    select,
    submit,
)
from tests.ui.exchange.world import Exchange


def open_view(qtbot: Any, dialog: RequestRegisterDialog, request_id: str) -> RequestDialog:
    select(dialog, request_id)
    dialog.request_dialog = None
    dialog.open_selected()
    qtbot.waitUntil(lambda: dialog.request_dialog is not None
                    and dialog.request_dialog.isVisible(), timeout=WAIT)
    view = dialog.request_dialog
    assert view is not None
    return view


def answer(box: QMessageBox, button: QMessageBox.StandardButton) -> None:
    box.button(button).click()


def test_the_paper_copy_is_closed_from_its_view(qtbot: Any, linked: Exchange) -> None:
    paper_copy, letter_copy = linked.lt_request_on_paper_then_by_letter()
    dialog = register(qtbot, linked, "LT")
    letter_view = open_view(qtbot, dialog, letter_copy)
    assert letter_view.close_copy_button is None  # the copy to answer stays open
    letter_view.reject()

    view = open_view(qtbot, dialog, paper_copy)
    button = view.close_copy_button
    assert button is not None and button.text() == "Close paper cop&y…"
    assert any("came in a letter" in line and letter_copy[:8] in line for line in view.lines())
    button.click()
    box = view.confirm_box
    assert box is not None and box.isVisible()
    assert box.defaultButton() == box.button(QMessageBox.StandardButton.No)
    answer(box, QMessageBox.StandardButton.No)  # asked, and No changes nothing
    assert view.isVisible()
    assert linked.lt.requests.get(paper_copy).status == "received"

    button.click()
    box = view.confirm_box
    assert box is not None
    results: list[int] = []
    view.finished.connect(results.append)
    answer(box, QMessageBox.StandardButton.Yes)
    assert results == [QDialog.DialogCode.Accepted]  # the view closed: it showed the old state
    # Read the vault only once the register's worker is done with the session's connection.
    qtbot.waitUntil(lambda: "closed as a duplicate" in dialog.status_line.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    assert linked.lt.requests.get(paper_copy).status == "duplicate"
    statuses = {e.request.id: e.request.status for e in dialog.model.rows()}
    assert statuses[paper_copy] == "duplicate" and statuses[letter_copy] == "received"
    shown = linked.lt.requests.show(paper_copy)
    assert [entry.request.id for entry in dialog.model.rows() if entry.overdue] == []
    assert shown.twins == [(letter_copy, "letter")]
    closed = open_view(qtbot, dialog, paper_copy)
    assert closed.close_copy_button is None  # closed once; the view says its new status
    assert "duplicate" in closed.headline.text()


def test_a_paper_request_the_letter_never_brought_has_no_close_button(
        qtbot: Any, linked: Exchange) -> None:
    on_paper = linked.lt_request()  # typed in from paper; no letter carries it
    dialog = register(qtbot, linked, "LT")
    view = open_view(qtbot, dialog, on_paper)
    assert view.close_copy_button is None
    assert view.ask_close_copy() is None
    assert linked.lt.requests.get(on_paper).status == "received"


def paper_form(qtbot: Any, dialog: RequestRegisterDialog) -> NewRequestDialog:
    """New request… > The partner's, received on paper…: the menu's own action."""
    assert dialog.action_buttons["new"].menu() is dialog.new_menu
    dialog.act_new_paper.trigger()
    form = dialog.form
    assert isinstance(form, NewRequestDialog) and form.incoming
    qtbot.waitUntil(form.isVisible, timeout=WAIT)
    return form


def test_a_request_received_on_paper_is_typed_in_from_the_window(
        qtbot: Any, linked: Exchange) -> None:
    """The form of `request add --incoming`: their authority to ours, their number, the day it
    arrived, their signer; refused without a number (nothing stored, nothing typed lost) and
    refused for a number a letter already brought."""
    dialog = register(qtbot, linked, "LT")
    form = paper_form(qtbot, dialog)
    assert form.windowTitle() == "Request received from the partner on paper (Art. 8)"
    assert form.from_combo.currentData().startswith("KZ-")  # theirs
    assert form.to_combo.currentData().startswith("LT-")  # ours
    assert form.signer_name.text() == ""  # their official signed it, not this officer
    fill_request(form)
    form.signer_name.setText("А. Сүлейменов")
    form.signer_position.setText("Департамент бастығы")
    submit(qtbot, form)
    box = error_box(qtbot, form)
    assert "registration number" in box.text()  # no partner's number
    box.accept()
    assert form.isVisible() and form.reference.text() == "18-2/501"
    assert linked.lt.requests.list_requests() == []

    form.their_number.setText("HQ-KZ/2026/000321")
    form.received_on.setDate(QDate.currentDate().addDays(-2))
    submit(qtbot, form)
    qtbot.waitUntil(lambda: "Registered as received on paper" in dialog.status_line.text(),
                    timeout=WAIT)
    [stored] = linked.lt.requests.list_requests()
    request = linked.lt.requests.get(stored.id)
    assert (request.direction, request.status, request.received_in) == ("in", "received",
                                                                         "paper")
    assert request.their_number == "HQ-KZ/2026/000321"
    assert request.received_on == QDate.currentDate().addDays(-2).toString("yyyy-MM-dd")
    assert request.data["from_authority"].startswith("KZ-")
    assert request.data["signed_by"] == {"name": "А. Сүлейменов",
                                         "position": "Департамент бастығы"}

    letter_copy = linked.lt_request_by_letter()
    number = linked.lt.requests.get(letter_copy).their_number
    form = paper_form(qtbot, dialog)
    fill_request(form)
    form.signer_name.setText("А. Сүлейменов")
    form.signer_position.setText("Департамент бастығы")
    form.their_number.setText(number or "")
    submit(qtbot, form)
    box = error_box(qtbot, form)
    assert "already in the register" in box.text() and letter_copy in box.text()
    assert len(linked.lt.requests.list_requests()) == 2
