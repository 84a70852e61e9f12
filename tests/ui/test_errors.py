"""The one place errors are shown: translated by message id, parameters filled, no details of
internal errors."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from shekara.errors import AuthError, StateError, ValidationError
from shekara.ui import i18n
from shekara.ui.context import UiContext
from shekara.ui.errors import error_sentence, error_text, show_error, translate_issue


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
    err = ValidationError([("persons[0].surname", "validation.too_long",
                            "is longer than 200 characters"),
                           ("occurred_at", "validation.future_date", "is in the future")])
    text = error_text(err)
    assert "persons[0].surname: is longer than 200 characters" in text
    assert "occurred_at: is in the future" in text


def test_a_long_list_of_issues_is_cut(ui_context: UiContext) -> None:
    issues = [(f"persons[{i}].role", "validation.required", "is required") for i in range(20)]
    text = error_text(ValidationError(issues))
    assert text.count("is required") == 12 and "8 more" in text


def test_issue_parameters_survive_translation(ui_context: UiContext) -> None:
    ui_context.translations.set_language(i18n.PSEUDO)
    text = translate_issue("validation.too_long", "is longer than 200 characters")
    assert "200" in text and text != "is longer than 200 characters"
    assert translate_issue("validation.no_such", "whatever") == "whatever"


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
