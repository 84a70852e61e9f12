"""Art. 14 in the editor (issue 11): each free text beside its Russian translation, saved into
`translations.ru` nested as in the record; rows follow the fields that hold text; a missing
translation is a hint, never a reason not to save; a stored translation opens in its row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from shekara.services.session import Session
from shekara.ui.editors import RecordEditorPage
from shekara.ui.editors.translation_pair import TranslationColumns
from tests.cli.conftest import example_record
from tests.ui.editors.filling import press


def open_page(qtbot: Any, session: Session, record_id: str) -> RecordEditorPage:
    page = RecordEditorPage(session, record_id, None)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    return page


def columns(page: RecordEditorPage) -> TranslationColumns:
    assert page.form is not None
    return page.form.translations  # type: ignore[attr-defined, no-any-return]


def test_rows_follow_the_free_texts_and_translations_are_saved(qtbot: Any,
                                                              officer: Session) -> None:
    record = example_record(occurred_at="2026-11-20T14:30:00+05:00")
    [record_id] = officer.records.add([record])
    page = open_page(qtbot, officer, record_id)
    russian = columns(page)
    assert set(russian.rows) == {"narrative", "place.description", "items[0].description",
                                 "concealment.description"}
    assert "4" in russian.hint.text()  # four translations missing: a hint only
    _label, source, editor = russian.rows["narrative"]
    assert source.toPlainText() == record["narrative"] and source.isReadOnly()
    editor.set_value("Героин найден в запасном колесе при рентгеновском досмотре.")
    _label, _source, item = russian.rows["items[0].description"]
    item.set_value("4 упаковки")
    saved: list[str] = []
    page.saved.connect(saved.append)
    assert page.form is not None
    page.form.focus_target().setFocus()
    press(page.form.focus_target(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # an approved record would ask for a correction's reason; a draft just saves
    assert saved, page.issues
    stored = officer.records.show(record_id).current.data
    assert stored["translations"] == {"ru": {
        "narrative": "Героин найден в запасном колесе при рентгеновском досмотре.",
        "items": [{"description": "4 упаковки"}]}}

    again = open_page(qtbot, officer, record_id)
    assert columns(again).rows["narrative"][2].value().startswith("Героин")
    assert columns(again).rows["items[0].description"][2].value() == "4 упаковки"


def test_a_field_emptied_loses_its_row_and_its_translation(qtbot: Any,
                                                          officer: Session) -> None:
    [record_id] = officer.records.add([example_record()])
    page = open_page(qtbot, officer, record_id)
    russian = columns(page)
    russian.rows["concealment.description"][2].set_value("запасное колесо")
    assert page.form is not None
    concealment = page.form.sections[2].editor("concealment")
    concealment.set_value({"method": "vehicle_natural_cavity", "description": ""})
    page.form._follow_texts()  # what a keystroke in the field does
    assert "concealment.description" not in russian.rows
    assert "concealment" not in (page.form.value().get("translations") or {}).get("ru", {})


def test_written_in_russian_needs_no_translations(qtbot: Any, officer: Session) -> None:
    [record_id] = officer.records.add([example_record()])
    page = open_page(qtbot, officer, record_id)
    assert page.form is not None
    assert "translations" not in page.form.value()  # nothing typed: the key stays absent
