"""Each kind's editor keeps every field: fill it through its widgets, save with Ctrl+S, and the
vault holds exactly what was typed."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt

from shekara.demo.samples import generate_records
from shekara.domain.codes import CODE_LISTS
from shekara.domain.validation import validate_record
from shekara.services.session import Session
from shekara.ui.editors import RecordEditorPage
from shekara.ui.editors.context import EditorContext
from shekara.ui.editors.record_form import RecordForm
from tests.ui.editors.filling import fill, press
from tests.ui.editors.records import full_records


def _kz_checkpoint(session: Session) -> str:
    return next(code for code, cp in sorted(session.ref.checkpoints.items()) if cp.party == "KZ")


def _expected(session: Session, record: dict[str, Any], page: RecordEditorPage) -> dict[str, Any]:
    assert page.form is not None
    moment = page.form.sections[0].editor("occurred_at")
    typed = {**record, "occurred_at": f"{record['occurred_at']}:00{moment.offset}"}  # type: ignore[attr-defined]
    return validate_record(typed, session.ref, now=datetime.now().astimezone())


@pytest.mark.parametrize("kind", CODE_LISTS["kind"])
def test_every_field_typed_is_what_the_vault_keeps(qtbot: Any, officer: Session,
                                                    kind: str) -> None:
    record = full_records(_kz_checkpoint(officer))[kind]
    page = RecordEditorPage(officer, None, kind)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    saved: list[str] = []
    page.saved.connect(saved.append)
    assert page.form is not None
    fill(page.form, record)
    page.form.focus_target().setFocus()
    press(page.form.focus_target(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved, page.issues
    shown = officer.records.show(saved[0])
    assert shown.current.version == 1 and shown.current.state == "draft"
    assert shown.current.data == _expected(officer, record, page)
    assert not page.is_dirty()


def test_a_stored_record_opens_with_every_field(qtbot: Any, officer: Session) -> None:
    record = full_records(_kz_checkpoint(officer))["contraband_detention"]
    record = {**record, "occurred_at": "2026-11-20T14:30:00+05:00"}
    [record_id] = officer.records.add([record])
    page = RecordEditorPage(officer, record_id, None)
    qtbot.addWidget(page)
    assert page.kind == "contraband_detention" and page.form is not None
    stored = officer.records.show(record_id).current.data
    assert page.form.value() == stored
    assert not page.is_dirty()


def test_sample_records_of_every_kind_survive_the_form(qtbot: Any, officer: Session) -> None:
    """Two hundred realistic records (every optional field set in some) load into the form
    and come out unchanged."""
    ctx = EditorContext(officer.ref, "lt", "KZ")
    now = datetime.now().astimezone()
    forms: dict[str, RecordForm] = {}
    for record in generate_records(200, party="KZ", today=date.today()):
        form = forms.get(record["kind"])
        if form is None:
            form = forms[record["kind"]] = RecordForm(ctx, record["kind"])
            qtbot.addWidget(form)
        expected = validate_record(record, officer.ref, now=now)
        form.set_value(expected)
        assert validate_record(form.value(), officer.ref, now=now) == expected
    assert set(forms) == set(CODE_LISTS["kind"])
