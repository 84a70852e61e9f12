"""The request register (both directions, status, due date, overdue highlighted, a request opened
with its thread) and the disclosure register (filters by day and record) on real vaults."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt

from shekara.ui.exchange.disclosures import DisclosuresDialog
from shekara.ui.exchange.register_models import (
    OVERDUE,
    DisclosureColumn,
    DisclosuresTableModel,
    RequestColumn,
    RequestsTableModel,
)
from shekara.ui.exchange.requests import RequestRegisterDialog
from tests.ui.exchange.world import OFFICER, Exchange, border_record, person, request_data

WAIT = 20000


def cell(model: Any, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return model.data(model.index(row, column), role)


def register(qtbot: Any, parties: Exchange, login: str | None = None) -> RequestRegisterDialog:
    session = parties.as_("LT", login) if login else parties.lt
    dialog = RequestRegisterDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    return dialog


def test_both_directions_with_due_dates_and_overdue(qtbot: Any, qtmodeltester: Any,
                                                    linked: Exchange) -> None:
    old = (date.today() - timedelta(days=45)).isoformat()
    late = linked.lt.requests.receive(request_data(dated_on=old, deadline=None),
                                      their_number="HQ-KZ/2026/000031", received_on=old)
    fresh = linked.lt.requests.receive(request_data(deadline=None),
                                       their_number="HQ-KZ/2026/000032")
    ours = linked.lt.requests.add(request_data(to_authority="KZ-KNB-PS",
                                               from_authority="LT-VSAT"))
    linked.lt.requests.follow_up(fresh.id, "Nurodykite datą / Уточните дату.")
    dialog = register(qtbot, linked)
    assert dialog.model.rowCount() == 3
    rows = {e.request.id: i for i, e in enumerate(dialog.model.rows())}
    model = dialog.model
    assert cell(model, rows[late.id], RequestColumn.DIRECTION) == "the partner's to us"
    assert cell(model, rows[late.id], RequestColumn.STATUS) == "received"
    assert cell(model, rows[late.id], RequestColumn.THEIR_NUMBER) == "HQ-KZ/2026/000031"
    assert cell(model, rows[late.id], RequestColumn.OVERDUE) == "OVERDUE"
    assert cell(model, rows[late.id], RequestColumn.DUE,
                Qt.ItemDataRole.ForegroundRole).color() == OVERDUE
    assert cell(model, rows[fresh.id], RequestColumn.OVERDUE) == ""
    assert cell(model, rows[ours.id], RequestColumn.DIRECTION) == "ours to the partner"
    assert cell(model, rows[ours.id], RequestColumn.STATUS) == "draft"
    assert dialog.count_label.text().startswith("3 request")
    assert "1 overdue" in dialog.count_label.text()
    qtmodeltester.check(model)

    dialog.set_filters(overdue=True)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    assert [e.request.id for e in dialog.model.rows()] == [late.id]
    dialog.set_filters(direction="out")
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    assert [e.request.id for e in dialog.model.rows()] == [ours.id]

    dialog.set_filters(direction="in", status="received")
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    for row, entry in enumerate(dialog.model.rows()):
        if entry.request.id == fresh.id:
            dialog.view.setCurrentIndex(dialog.proxy.mapFromSource(dialog.model.index(row, 0)))
    dialog.open_selected()
    qtbot.waitUntil(lambda: dialog.request_dialog is not None, timeout=WAIT)
    shown = dialog.request_dialog
    assert shown is not None
    text = shown.text.toPlainText()
    assert "Partner's number: HQ-KZ/2026/000032" in text
    # the authorities by name, as the printed request names them, with their codes
    ref = linked.lt.ref
    for code in ("KZ-KNB-PS", "LT-VSAT"):
        assert f"{ref.authorities[code].names['en']} ({code})" in text, code
    assert "Thread:" in text and "Nurodykite datą" in text and "follow-up question" in text
    assert "OVERDUE" not in shown.headline.text()


def test_an_officer_reads_the_register(qtbot: Any, linked: Exchange) -> None:
    linked.lt_request()
    dialog = register(qtbot, linked, OFFICER)
    assert dialog.model.rowCount() == 1 and dialog.open_button.isEnabled()


def test_the_disclosure_register_with_filters(qtbot: Any, qtmodeltester: Any,
                                              linked: Exchange) -> None:
    first, _home = linked.sample()
    [second] = linked.approved(border_record(person("Kazlauskas", "Jonas", "violator", "LTU")))
    linked.kz.share.add([first], include={1: "The witness identified the guide"})
    linked.as_("KZ", "tomas.z").share.approve()
    sent = linked.as_("KZ", "tomas.z").share.send(linked.stick)
    linked.send([second])
    dialog = DisclosuresDialog(linked.kz)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    model = dialog.model
    assert model.rowCount() == 2
    rows = {d.record_id: i for i, d in enumerate(model.rows())}
    assert cell(model, rows[first], DisclosureColumn.PERSONS).startswith("2 (1 by hand")
    assert "The witness identified the guide" in cell(model, rows[first],
                                                      DisclosureColumn.PERSONS,
                                                      Qt.ItemDataRole.ToolTipRole)
    assert cell(model, rows[first], DisclosureColumn.LETTER) == sent.registration_number
    assert cell(model, rows[first], DisclosureColumn.ARTICLE) == "6.1.1"
    assert cell(model, rows[first], DisclosureColumn.ACTION) == "fact"
    assert cell(model, rows[first], DisclosureColumn.SHA256,
                Qt.ItemDataRole.ToolTipRole) == sent.sha256
    qtmodeltester.check(model)

    dialog.record_edit.setText(first[:8])
    assert [d.record_id for d in model.rows()] == [first]
    number = linked.kz.records.registration_number(second)
    assert number is not None
    dialog.record_edit.setText(number)
    assert [d.record_id for d in model.rows()] == [second]
    dialog.record_edit.clear()
    assert model.rowCount() == 2
    yesterday = QDate.currentDate().addDays(-1)
    dialog.to_edit.setDate(yesterday)  # nothing was sent before today
    qtbot.waitUntil(lambda: not dialog.loading and model.rowCount() == 0, timeout=WAIT)
    assert dialog.count_label.text().startswith("0 disclosure")


def test_models_are_sound_empty(qtmodeltester: Any) -> None:
    qtmodeltester.check(RequestsTableModel())
    qtmodeltester.check(DisclosuresTableModel())


def test_a_second_supervisor_approves_our_draft(qtbot: Any, linked: Exchange) -> None:
    ours = linked.lt.requests.add(request_data(to_authority="KZ-KNB-PS",
                                               from_authority="LT-VSAT"))
    writer = register(qtbot, linked)
    writer.view.setCurrentIndex(writer.proxy.index(0, 0))
    assert not writer.approve_button.isEnabled()
    assert "another supervisor must approve" in writer.approve_button.toolTip()
    assert writer.approve_selected() is None
    officer = register(qtbot, linked, OFFICER)
    officer.view.setCurrentIndex(officer.proxy.index(0, 0))
    assert not officer.approve_button.isEnabled()

    second = register(qtbot, linked, "tomas.z")
    second.view.setCurrentIndex(second.proxy.index(0, 0))
    assert second.approve_button.isEnabled()
    second.approve_selected()
    qtbot.waitUntil(lambda: bool(second.status_line.text()) and not second.loading,
                    timeout=WAIT)
    assert cell(second.model, 0, RequestColumn.STATUS) == "approved"
    assert cell(second.model, 0, RequestColumn.OUR_NUMBER).startswith("HQ-LT/")
    assert linked.lt.requests.get(ours.id).status == "approved"


def test_a_register_cut_at_its_limit_says_so(qtbot: Any, linked: Exchange,
                                             monkeypatch: Any) -> None:
    from shekara.ui.exchange import requests as requests_module

    linked.lt_request()
    linked.lt.requests.receive(request_data(), their_number="HQ-KZ/2026/000778")
    monkeypatch.setattr(requests_module, "LIST_LIMIT", 1)
    dialog = register(qtbot, linked)
    assert dialog.model.rowCount() == 1
    assert "only the newest 1 are listed" in dialog.count_label.text()
