"""Attachments with in-memory thumbnails; Tab order; Kazakh and Lithuanian typing; switching
the UI language with an editor open."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

from shekara.services.session import Session
from shekara.ui.editors import RecordEditorPage
from shekara.ui.editors.fields import TextInput
from shekara.ui.editors.forms import FieldCell
from shekara.ui.editors.tab_order import focus_leaves
from shekara.ui.i18n import Translations
from tests.cli.conftest import border_record
from tests.ui.editors.filling import fill, press, type_text


def open_page(qtbot: Any, session: Session, record_id: str | None = None,
              kind: str | None = "border_violation") -> RecordEditorPage:
    page = RecordEditorPage(session, record_id, kind)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    page.activateWindow()
    return page


def png_bytes() -> bytes:
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def _files(folder: str) -> set[str]:
    return {os.path.join(root, name) for root, _dirs, names in os.walk(folder)
            for name in names}


def test_a_photo_is_stored_in_the_vault_and_previewed_in_memory(
        qtbot: Any, officer: Session, tmp_path: Path, vault_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    photo = tmp_path / "passport-page.png"
    photo.write_bytes(png_bytes())
    temp = tmp_path / "temp"  # this test's own temporary folder, for Python and for Qt
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    [record_id] = officer.records.add([border_record("Žukauskas", "Tomas", "LTU")])
    before = _files(str(temp)) | _files(str(vault_dir))
    page = open_page(qtbot, officer, record_id, None)
    assert page.form is not None
    files = page.form.attachments
    assert files.add_button.isEnabled()
    files.choose_files = lambda: [str(photo)]
    files.add_button.click()
    [item] = page.form.value()["attachments"]
    assert item["name"] == "passport-page.png" and item["media_type"] == "image/png"
    assert item["size"] == photo.stat().st_size
    [row] = files.rows
    pixmap = row.picture.pixmap()
    assert not pixmap.isNull() and max(pixmap.width(), pixmap.height()) == 96
    assert page.save()
    assert officer.records.show(record_id).current.data["attachments"] == [item]
    reopened = open_page(qtbot, officer, record_id, None)
    assert reopened.form is not None
    assert not reopened.form.attachments.rows[0].picture.pixmap().isNull()
    # Thumbnails live in memory: no file appeared anywhere but the vault's own database.
    after = _files(str(temp)) | _files(str(vault_dir))
    new = {path for path in after - before if not Path(path).name.startswith("vault.db")}
    assert new == set()


def test_removing_an_attachment_and_a_refused_file(qtbot: Any, officer: Session,
                                                   tmp_path: Path) -> None:
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    [record_id] = officer.records.add([border_record("Petrov", "Ivan", "LTU")])
    page = open_page(qtbot, officer, record_id, None)
    assert page.form is not None
    errors: list[BaseException] = []
    page.report_error = errors.append
    page.form.attachments.choose_files = lambda: [str(empty)]
    page.form.attachments.add_button.click()
    assert [getattr(e, "msgid", "") for e in errors] == ["attach.empty"]
    assert page.form.value()["attachments"] == []


def test_tab_visits_the_fields_in_reading_order(qtbot: Any, officer: Session) -> None:
    page = open_page(qtbot, officer)
    assert page.form is not None
    page.form.persons.add_button.click()  # a second person, added after everything else
    QApplication.processEvents()
    QApplication.processEvents()
    start = page.form.sections[0].editor("occurred_at").focus_target()
    start.setFocus()
    visited: list[QWidget] = [start]
    for _ in range(400):
        press(visited[-1], Qt.Key.Key_Tab)
        current = QApplication.focusWidget()
        assert current is not None
        if current is page.save_button:
            break
        visited.append(current)
    else:
        raise AssertionError("Tab never reached the Save button")
    person_one = page.form.persons.entries[0].editor
    person_two = page.form.persons.entries[1].editor
    order = [visited.index(w) for w in (
        page.form.sections[0].editor("narrative").focus_target(),
        person_one.editor("surname").focus_target(),
        person_one.editor("documents").focus_target(),
        person_two.editor("surname").focus_target(),
        page.form.sections[2].editor("outcome").focus_target(),
        page.form.sections[3].editor("handling").focus_target())]
    assert order == sorted(order)
    assert {w for w in focus_leaves(page.form) if w.isEnabled()} <= set(visited)


def test_every_input_has_an_accessible_name(qtbot: Any, officer: Session) -> None:
    for kind in ("border_violation", "contraband_detention", "forged_document", "drug_intel"):
        page = open_page(qtbot, officer, kind=kind)
        assert page.form is not None
        if kind == "contraband_detention":
            page.form.sections[2].editor("route").add_button.click()  # type: ignore[attr-defined]
        unnamed = [type(w).__name__ for w in focus_leaves(page)
                   if not (w.accessibleName() or getattr(w, "text", lambda: "")())]
        assert unnamed == [], kind


def test_kazakh_and_lithuanian_letters_typed_as_keys(qtbot: Any, officer: Session) -> None:
    page = open_page(qtbot, officer)
    assert page.form is not None
    record = border_record("", "", "KAZ")
    fill(page.form, record)
    person = page.form.persons.entries[0].editor
    surname = person.editor("surname")
    assert isinstance(surname, TextInput)
    surname.edit.setFocus()
    type_text(surname.edit, "Сәрсенбайұлы-Žemaitė")
    type_text(page.form.sections[0].editor("narrative").focus_target(),
              "\nҚұрғақ өзен арнасы; ąčęėįšųūž ĄČĘĖĮŠŲŪŽ")
    assert page.save(), page.issues
    assert page.record_id is not None
    data = officer.records.show(page.record_id).current.data
    assert data["persons"][0]["surname"] == "Сәрсенбайұлы-Žemaitė"
    assert data["narrative"].endswith("Құрғақ өзен арнасы; ąčęėįšųūž ĄČĘĖĮŠŲŪŽ")


def test_switching_language_keeps_the_typing(qtbot: Any, officer: Session) -> None:
    app = QApplication.instance()
    assert app is not None
    translations = Translations(app)  # type: ignore[arg-type]
    page = open_page(qtbot, officer)
    assert page.form is not None
    record = border_record("Сүлейменов", "Нұрлан", "LTU")
    fill(page.form, record)
    typed = page.form.value()
    try:
        translations.set_language("kk")
        qtbot.waitUntil(lambda: page.ctx.lang == "kk", timeout=2000)
        assert page.form.value() == typed
        outcome = page.form.sections[2].editor("outcome")
        assert outcome.combo.currentText() == officer.ref.label(  # type: ignore[attr-defined]
            "outcome", "detained", "kk")
        country = page.form.persons.entries[0].editor.editor("citizenship").entries[0]
        assert country.editor.combo.currentText() == "Литва (LTU)"  # type: ignore[attr-defined]
    finally:
        translations.set_language("en")


def test_the_field_in_use_is_left_before_a_language_change_deletes_its_form(
        qtbot: Any, officer: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    """The new language rebuilds the form, deleting the old one. The field the officer is in
    must hear that it was left while its form is whole: heard in the middle of the deletion,
    its `editing_finished` reached a FieldCell already half destroyed (Python code run on a
    deleted object, PySide6's way to a crash)."""
    whole: list[bool] = []
    touch = FieldCell._touch

    def touch_whole(cell: FieldCell) -> None:
        whole.append(shiboken6.isValid(cell))
        touch(cell)

    monkeypatch.setattr(FieldCell, "_touch", touch_whole)
    app = QApplication.instance()
    assert app is not None
    translations = Translations(app)  # type: ignore[arg-type]
    page = open_page(qtbot, officer)
    assert page.form is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=2000)
    case_number = page.form.sections[2].editor("case_number").focus_target()
    case_number.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is case_number, timeout=2000)
    whole.clear()
    try:
        translations.set_language("kk")
        qtbot.waitUntil(lambda: page.ctx.lang == "kk", timeout=2000)
    finally:
        translations.set_language("en")
    assert whole == [True]
