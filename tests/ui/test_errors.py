"""The one place errors are shown: translated by message id, parameters filled, no details of
internal errors."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QMessageBox, QWidget

from shekara.errors import AuthError, StateError, ValidationError
from shekara.messages import Issue, Message
from shekara.ui import i18n
from shekara.ui.context import UiContext
from shekara.ui.errors import error_sentence, error_text, show_error
from shekara.ui.messages import translated


def test_english_text_is_the_template_filled() -> None:
    err = StateError("record.withdrawn", "record {id} is withdrawn", id="abc")
    assert error_text(err) == "record abc is withdrawn"
    assert error_sentence(err) == "Record abc is withdrawn"


def test_translation_goes_through_the_errors_context(ui_context: UiContext, qtbot: Any) -> None:
    ui_context.translations.set_language(i18n.PSEUDO)
    text = error_text(AuthError("auth.wrong_secret", "wrong passphrase or recovery key"))
    assert text.startswith("[") and "ŵŕóńĝ" in text
    text = error_text(StateError("record.withdrawn", "record {id} is withdrawn", id="ABC-1"))
    assert "ABC-1" in text and "{id}" not in text  # the placeholder survived translation


def test_validation_issues_are_listed_with_their_paths() -> None:
    err = ValidationError([
        Issue("persons[0].surname", Message("validation.too_long",
                                            "is longer than {limit} characters", {"limit": 200})),
        Issue("occurred_at", Message("validation.future_date", "is in the future"))])
    text = error_text(err)
    assert "persons[0].surname: is longer than 200 characters" in text
    assert "occurred_at: is in the future" in text


def test_a_long_list_of_issues_is_cut(ui_context: UiContext) -> None:
    issues = [Issue(f"persons[{i}].role", Message("validation.required", "is required"))
              for i in range(20)]
    text = error_text(ValidationError(issues))
    assert text.count("is required") == 12 and "8 more" in text


def test_issue_parameters_survive_translation(ui_context: UiContext) -> None:
    ui_context.translations.set_language(i18n.PSEUDO)
    text = translated(Message("validation.too_long", "is longer than {limit} characters",
                              {"limit": 200}))
    assert "200" in text and text != "is longer than 200 characters"
    ui_context.translations.set_language("ru")
    assert translated(Message("validation.no_such", "whatever")) == "whatever"  # not in a catalog


def test_a_translation_that_lost_a_placeholder_falls_back_to_english(qtbot: Any) -> None:
    class Broken(QTranslator):
        def translate(self, context: str, source: str, disambiguation: str | None = None,
                      n: int = -1) -> str:
            return "слишком длинно: {lmit}" if source.startswith("is longer") else ""

    broken = Broken()
    QCoreApplication.installTranslator(broken)
    try:
        assert translated(Message("validation.too_long", "is longer than {limit} characters",
                                  {"limit": 200})) == "is longer than 200 characters"
    finally:
        QCoreApplication.removeTranslator(broken)


def test_internal_errors_show_only_their_kind() -> None:
    text = error_text(KeyError("Žukauskas Tomas"))
    assert "KeyError" in text and "Žukauskas" not in text


def test_show_error_opens_a_box_without_blocking(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = show_error(parent, StateError("vault.locked", "the vault is locked"))
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "The vault is locked"
    assert box.icon() == QMessageBox.Icon.Warning
    box.accept()
    internal = show_error(parent, RuntimeError("boom"))
    assert internal.icon() == QMessageBox.Icon.Critical
    internal.accept()


def test_an_mrz_issue_is_translated_part_by_part(ui_context: UiContext, catalogs: Any) -> None:
    from shekara.domain.mrz import parse_mrz

    line1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
    line2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
    with pytest.raises(ValidationError) as caught:
        parse_mrz(f"{line1}\n{line2[:19]}9{line2[20:]}")  # the birth date's check digit 2 → 9
    [issue] = caught.value.issues
    assert issue.text() == "MRZ check digit of the birth date should be 2 (line 2, position 20)"
    ui_context.translations.set_language("ru")
    assert translated(issue.message) == \
        "контрольная цифра MRZ (дата рождения) должна быть 2 (строка 2, позиция 20)"
    ui_context.translations.set_language("lt")
    assert translated(issue.message) == \
        "MRZ kontrolinis skaitmuo (gimimo data) turėtų būti 2 (2 eilutė, 20 pozicija)"


def test_what_a_value_must_be_is_translated_too(ui_context: UiContext, catalogs: Any) -> None:
    from datetime import datetime

    from shekara.domain.reference import load_default
    from shekara.domain.validation import validate_record

    with pytest.raises(ValidationError) as caught:
        validate_record({"kind": "border_violation", "occurred_at": "2026-11-20",
                         "narrative": 7}, load_default(), now=datetime.now().astimezone())
    issue = next(i for i in caught.value.issues if i.path == "narrative")
    assert issue.text() == "must be text"
    ui_context.translations.set_language("ru")
    assert translated(issue.message) == "должно быть текстом"
    assert "narrative: должно быть текстом" in error_text(caught.value)


@pytest.mark.parametrize(("subject", "heading"), [
    ("record", "The record cannot be saved as it is:"),
    ("request", "The request cannot be saved as it is:"),
    ("answer", "The answer cannot be saved as it is:"),
    ("refusal", "The refusal cannot be saved as it is:"),
])
def test_the_heading_names_what_was_not_saved(subject: str, heading: str) -> None:
    err = ValidationError([Issue("deadline", Message("request.deadline_past", "is past"))],
                          subject=subject)
    assert error_text(err).split("\n") == [heading, "deadline: is past"]
