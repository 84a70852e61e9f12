"""Received information on real vaults: the partner's letter imported through the screen
(imported, then duplicate; a damaged file refused), the list of received facts (state, article,
the partner's number) and one fact opened read-only under the partner's restrictions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from shekara.ui.exchange.received import ReceivedDialog
from shekara.ui.exchange.received_models import (
    FactColumn,
    LetterOutcomeTableModel,
    OutcomeColumn,
    ReceivedTableModel,
)
from shekara.vault import audit
from tests.ui.exchange.world import OFFICER, Exchange

WAIT = 20000


def open_received(qtbot: Any, parties: Exchange, login: str | None = None) -> ReceivedDialog:
    session = parties.as_("LT", login) if login else parties.lt
    dialog = ReceivedDialog(session, list_drives=parties.drives)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    return dialog


def cell(model: Any, row: int, column: int) -> str:
    return str(model.data(model.index(row, column)))


def test_import_a_letter_then_open_the_fact(qtbot: Any, qtmodeltester: Any,
                                            linked: Exchange, tmp_path: Path) -> None:
    lithuanian, _home = linked.sample()
    sent = linked.send([lithuanian])
    assert sent.path is not None
    dialog = open_received(qtbot, linked)
    assert dialog.model.rowCount() == 0 and dialog.empty_label.isVisibleTo(dialog)

    importer = dialog.open_import()
    damaged = tmp_path / "shekara-HQ-KZ-exchange-000009.shk"
    damaged.write_bytes(b"not a packet")
    with qtbot.waitSignal(importer.imported, timeout=WAIT):
        importer.import_files([sent.path, damaged])
    assert cell(importer.model, 0, OutcomeColumn.OUTCOME) == "imported"
    assert cell(importer.model, 0, OutcomeColumn.LETTER) == sent.registration_number
    assert cell(importer.model, 0, OutcomeColumn.DETAILS).startswith("1 fact")
    assert cell(importer.model, 1, OutcomeColumn.OUTCOME) == "refused"
    assert cell(importer.model, 1, OutcomeColumn.DETAILS) == "not a Shekara packet"
    with qtbot.waitSignal(importer.imported, timeout=WAIT):
        importer.import_files([sent.path])
    assert cell(importer.model, 2, OutcomeColumn.OUTCOME) == "duplicate"
    assert importer.summary.text().startswith("3 file")
    qtmodeltester.check(importer.model)

    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and not dialog.loading, timeout=WAIT)
    row = [cell(dialog.model, 0, c) for c in range(len(FactColumn))]
    assert row[FactColumn.STATE] == "current"
    assert row[FactColumn.ARTICLE] == "6.1.1"
    assert row[FactColumn.NUMBER].startswith("HQ-KZ/")
    assert row[FactColumn.LETTER] == sent.registration_number
    assert row[FactColumn.TITLE] == "Žukauskas Tomas"
    qtmodeltester.check(dialog.model)

    dialog.open_selected()
    qtbot.waitUntil(lambda: dialog.fact_dialog is not None, timeout=WAIT)
    fact = dialog.fact_dialog
    assert fact is not None
    banner = fact.banner.text()
    assert "Information of HQ-KZ" in banner and "CONFIDENTIAL (Art. 10.1)" in banner
    assert "Third party only with written consent (Art. 10.2)" in banner
    text = fact.text.toPlainText()
    assert "Žukauskas Tomas" in text and "Ахметов" not in text  # the witness stayed home
    assert "The partner withheld 1 person" in text
    assert fact.text.isReadOnly()
    assert audit.entries(linked.lt.vault.conn, action="received.view")  # an audited view
    fact.close()

    # A written consent to pass it on (Art. 10.2) shows with the fact.
    letter = tmp_path / "consent.txt"
    letter.write_text("Sutinkame perduoti Europolui.", encoding="utf-8")
    linked.lt.received.add_consent(
        lithuanian, registration_number="HQ-KZ/2026/000555", third_party="Europol",
        document=letter)
    dialog.fact_dialog = None
    dialog.open_selected()
    qtbot.waitUntil(lambda: dialog.fact_dialog is not None, timeout=WAIT)
    assert dialog.fact_dialog is not None
    assert "HQ-KZ/2026/000555 — to Europol" in dialog.fact_dialog.text.toPlainText()


def test_an_officer_reads_the_list(qtbot: Any, linked: Exchange) -> None:
    lithuanian, _home = linked.sample()
    sent = linked.send([lithuanian])
    assert sent.path is not None
    linked.lt_imports(sent.path)
    dialog = open_received(qtbot, linked, OFFICER)
    assert dialog.model.rowCount() == 1 and dialog.open_button.isEnabled()


def test_models_are_sound_empty(qtmodeltester: Any, linked: Exchange) -> None:
    qtmodeltester.check(ReceivedTableModel(linked.lt.ref))
    qtmodeltester.check(LetterOutcomeTableModel())


def test_search_across_scripts_and_by_number(qtbot: Any, linked: Exchange) -> None:
    lithuanian, _home = linked.sample()
    sent = linked.send([lithuanian])
    assert sent.path is not None
    linked.lt_imports(sent.path)
    dialog = open_received(qtbot, linked)
    assert dialog.model.rowCount() == 1
    for typed, found in (("Жукаускас", 1), ("Zukauskas", 1), ("Kazlauskas", 0),
                         (sent.registration_number, 1)):
        dialog.search_edit.setText(typed)
        dialog.reload()
        qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
        assert dialog.model.rowCount() == found, typed
        if not found:
            assert dialog.empty_label.text() == "No received fact matches."
    dialog.search_edit.clear()  # back to the list
    qtbot.waitUntil(lambda: not dialog.loading and dialog.model.rowCount() == 1, timeout=WAIT)


def opened_fact(qtbot: Any, linked: Exchange, login: str | None = None) -> Any:
    lithuanian, _home = linked.sample()
    sent = linked.send([lithuanian])
    assert sent.path is not None
    linked.lt_imports(sent.path)
    dialog = open_received(qtbot, linked, login)
    dialog.open_selected()
    qtbot.waitUntil(lambda: dialog.fact_dialog is not None, timeout=WAIT)
    return dialog.fact_dialog


def test_record_a_consent_from_the_opened_fact(qtbot: Any, linked: Exchange,
                                               tmp_path: Path) -> None:
    fact = opened_fact(qtbot, linked)
    assert fact.consent_button.isEnabled()
    form = fact.add_consent()
    assert form is not None
    ok = form.buttons.button(form.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # no letter chosen yet
    letter = tmp_path / "consent.txt"
    letter.write_text("Sutinkame perduoti Europolui.", encoding="utf-8")
    form.registration.setText("hq-kz/2026/000555")
    form.third_party.setText("  Europol  ")
    form.purpose.setText("Analizei")
    form.document.setText(str(letter))
    assert ok.isEnabled()
    ok.click()
    qtbot.waitUntil(lambda: "HQ-KZ/2026/000555 — to Europol" in fact.text.toPlainText(),
                    timeout=WAIT)
    [consent] = linked.lt.received.consents(fact.shown.current.id)
    assert (consent.registration_number, consent.third_party) == ("HQ-KZ/2026/000555",
                                                                  "Europol")
    assert audit.entries(linked.lt.vault.conn, action="consent.add")


def test_a_consent_with_a_bad_number_or_no_letter_is_refused(qtbot: Any, linked: Exchange,
                                                             tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    fact = opened_fact(qtbot, linked)
    form = fact.add_consent()
    assert form is not None
    ok = form.buttons.button(form.buttons.StandardButton.Ok)
    for number, document in (("not a number", tmp_path / "consent.txt"),
                             ("HQ-KZ/2026/000555", tmp_path / "missing.pdf")):
        (tmp_path / "consent.txt").write_text("Sutinkame.", encoding="utf-8")
        form.registration.setText(number)
        form.third_party.setText("Europol")
        form.document.setText(str(document))
        ok.click()
        qtbot.waitUntil(lambda: not form.busy and any(
            b.isVisible() for b in form.findChildren(QMessageBox, "errorBox")), timeout=WAIT)
        for box in form.findChildren(QMessageBox, "errorBox"):
            box.close()
        assert form.isVisible()
    assert linked.lt.received.consents() == []


def test_an_officer_cannot_record_a_consent(qtbot: Any, linked: Exchange) -> None:
    fact = opened_fact(qtbot, linked, OFFICER)
    assert not fact.consent_button.isEnabled()
    assert "supervisor" in fact.consent_button.toolTip()
    assert fact.add_consent() is None


def test_a_list_cut_at_its_limit_says_so(qtbot: Any, linked: Exchange,
                                         monkeypatch: Any) -> None:
    from shekara.ui.exchange import received as received_module
    from tests.ui.exchange.world import border_record, person

    lithuanian, _home = linked.sample()
    [other] = linked.approved(border_record(person("Kazlauskas", "Jonas", "violator", "LTU")))
    sent = linked.send([lithuanian, other])
    assert sent.path is not None
    linked.lt_imports(sent.path)
    monkeypatch.setattr(received_module, "LIST_LIMIT", 1)
    dialog = open_received(qtbot, linked)
    assert dialog.model.rowCount() == 1
    assert dialog.empty_label.isVisibleTo(dialog)
    assert "Only the newest 1 received facts" in dialog.empty_label.text()
