"""Autosave (on leaving a field and on the timer), the offer to restore it, saving for real
(add, change in place, correction with a reason) and closing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from shekara.services.drafts import DraftService
from shekara.services.session import Session
from shekara.ui.editors import RecordEditorPage
from shekara.ui.editors.fields import ProseInput
from shekara.ui.widgets.kind_chooser import KindChooser
from tests.cli.conftest import border_record
from tests.ui.editors.conftest import SUPERVISOR, open_as
from tests.ui.editors.filling import fill, press, type_text


def drafts_of(session: Session) -> DraftService:
    return DraftService(session.vault, session.records)


def open_page(qtbot: Any, session: Session, record_id: str | None = None,
              kind: str | None = "border_violation") -> RecordEditorPage:
    page = RecordEditorPage(session, record_id, kind)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    return page


def narrative(page: RecordEditorPage) -> ProseInput:
    assert page.form is not None
    editor = page.form.sections[0].editor("narrative")
    assert isinstance(editor, ProseInput)
    return editor


def test_leaving_a_field_autosaves_what_was_typed(qtbot: Any, officer: Session) -> None:
    page = open_page(qtbot, officer)
    text = narrative(page)
    text.edit.setFocus()
    type_text(text.edit, "Түнде өзен арқылы өтті")
    assert drafts_of(officer).pending() == []
    press(text.edit, Qt.Key.Key_Tab)  # to the next field: focus out
    [saved] = drafts_of(officer).pending()
    assert saved.data["narrative"] == "Түнде өзен арқылы өтті"
    assert saved.kind == "border_violation" and saved.record_id is None


def test_the_timer_autosaves_without_leaving_the_field(qtbot: Any, officer: Session) -> None:
    page = open_page(qtbot, officer)
    text = narrative(page)
    text.edit.setFocus()
    type_text(text.edit, "Pasienietis pastebėjo")
    with qtbot.waitSignal(page.autosaved, timeout=5000):
        pass
    [saved] = drafts_of(officer).pending()
    assert saved.data["narrative"] == "Pasienietis pastebėjo"


def test_an_untouched_editor_writes_no_autosave(qtbot: Any, officer: Session) -> None:
    page = open_page(qtbot, officer)
    assert page.autosave() is False
    assert drafts_of(officer).pending() == []


def test_a_new_editor_offers_the_autosave_back(qtbot: Any, officer: Session) -> None:
    first = open_page(qtbot, officer)
    fill(narrative(first), "Жаяу өтті")
    assert first.autosave()
    first.stop()
    again = open_page(qtbot, officer, kind="drug_intel")
    assert not again.restore_banner.isHidden()
    assert "Жаяу өтті" in again.restore_banner.label.text()
    again.restore_banner.restore_button.click()
    assert again.kind == "border_violation"  # the restored typing brings its kind
    assert narrative(again).value() == "Жаяу өтті"
    assert again.is_dirty()
    fill(again.form.persons.entries[0].editor, border_record("Иванов", "Иван", "LTU")[  # type: ignore[union-attr]
        "persons"][0])
    fill(again.form.sections[0].editor("occurred_at"), "2026-10-02")  # type: ignore[union-attr]
    assert again.save(), again.issues
    assert drafts_of(officer).pending() == []  # the autosave became the record


def test_discarding_an_offered_autosave(qtbot: Any, officer: Session) -> None:
    first = open_page(qtbot, officer)
    fill(narrative(first), "черновик")
    first.autosave()
    first.stop()
    again = open_page(qtbot, officer)
    again.restore_banner.discard_button.click()
    assert again.restore_banner.isHidden()
    assert drafts_of(officer).pending() == []


def test_another_officers_autosave_is_not_offered(qtbot: Any, officer: Session,
                                                  vault_dir: Path) -> None:
    first = open_page(qtbot, officer)
    fill(narrative(first), "менікі")
    first.autosave()
    first.stop()
    other = open_as(vault_dir, SUPERVISOR)
    try:
        page = open_page(qtbot, other)
        assert page.restore_banner.isHidden()
    finally:
        other.close()


def test_saving_adds_then_changes_the_draft_in_place(qtbot: Any, officer: Session) -> None:
    page = open_page(qtbot, officer)
    assert page.form is not None and not page.form.attachments.add_button.isEnabled()
    fill(page.form, border_record("Žukauskas", "Tomas", "LTU"))  # type: ignore[arg-type]
    assert page.save(), page.issues
    assert page.record_id is not None
    record_id = page.record_id
    fill(narrative(page), "Pataisytas pasakojimas")
    assert page.autosave()
    assert page.save()
    shown = officer.records.show(record_id)
    assert [v.version for v in shown.versions] == [1]
    assert shown.current.data["narrative"] == "Pataisytas pasakojimas"
    assert drafts_of(officer).pending() == []
    assert page.form is not None and page.form.attachments.add_button.isEnabled()


def test_correcting_an_approved_record_needs_a_reason(qtbot: Any, officer: Session,
                                                      vault_dir: Path) -> None:
    [record_id] = officer.records.add([border_record("Žukauskas", "Tomas", "LTU")])
    boss = open_as(vault_dir, SUPERVISOR)
    boss.records.approve(record_id)
    boss.close()
    page = open_page(qtbot, officer, record_id, None)
    assert page.is_correction
    assert "Saving makes a correction" in page.review_notice.text()
    fill(narrative(page), "Nauja versija")
    page.ask_reason = lambda: None  # the officer cancels the reason dialog
    assert page.save() is False
    assert officer.records.show(record_id).current.version == 1
    page.ask_reason = lambda: "Neteisinga data"
    assert page.save()
    shown = officer.records.show(record_id)
    assert shown.current.version == 2 and shown.current.state == "draft"
    assert shown.current.reason == "Neteisinga data"
    assert shown.current.data["narrative"] == "Nauja versija"
    assert shown.versions[0].data["narrative"] != "Nauja versija"
    assert not page.is_correction  # the next save changes draft version 2 in place


def test_a_withdrawn_record_opens_read_only(qtbot: Any, officer: Session) -> None:
    [record_id] = officer.records.add([border_record("Petrov", "Ivan", "LTU")])
    officer.records.withdraw(record_id, "Įrašas per klaidą")
    page = open_page(qtbot, officer, record_id, None)
    assert page.read_only and not page.save_button.isEnabled()
    assert page.form is not None and not page.form.isEnabled()
    assert page.save() is False and page.autosave() is False


@pytest.mark.parametrize("answer", ["cancel", "discard", "save"])
def test_escape_asks_about_unsaved_changes(qtbot: Any, officer: Session, answer: str) -> None:
    page = open_page(qtbot, officer)
    closed: list[bool] = []
    page.closed.connect(lambda: closed.append(True))
    fill(page.form, border_record("Сейткали", "Айдос", "LTU"))  # type: ignore[arg-type]
    page.autosave()
    asked: list[bool] = []
    page.ask_unsaved = lambda: asked.append(True) or answer  # type: ignore[func-returns-value]
    field = narrative(page).edit
    field.setFocus()
    press(field, Qt.Key.Key_Escape)
    assert asked == [True]
    assert closed == ([] if answer == "cancel" else [True])
    pending = drafts_of(officer).pending()
    stored = officer.records.list_records()
    if answer == "cancel":
        assert len(pending) == 1 and stored == []
    elif answer == "discard":
        assert pending == [] and stored == []
    else:
        assert pending == [] and len(stored) == 1


def test_escape_closes_an_unchanged_editor_without_asking(qtbot: Any, officer: Session) -> None:
    page = open_page(qtbot, officer)
    page.ask_unsaved = lambda: pytest.fail("nothing to ask about")  # type: ignore[assignment]
    with qtbot.waitSignal(page.closed, timeout=1000):
        press(narrative(page).edit, Qt.Key.Key_Escape)


def test_without_a_kind_the_editor_asks_for_one(qtbot: Any, officer: Session) -> None:
    page = open_page(qtbot, officer, kind=None)
    assert page.form is None and not page.save_button.isEnabled()
    chooser = page.scroll_area.widget()
    assert isinstance(chooser, KindChooser)
    chooser.choose("drug_intel")
    assert page.kind == "drug_intel" and page.form is not None
    assert page.save_button.isEnabled()
