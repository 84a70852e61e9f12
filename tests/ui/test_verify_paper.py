"""Documents > Check a printed document…: paper against a real vault, as `shekara report verify`
does, with the verdict said in the officer's language."""

from __future__ import annotations

from typing import Any

import pytest

from shekara.reports.catalog import CATALOG
from shekara.reports.qr import VersionRef
from shekara.services.session import Session
from shekara.ui.context import UiContext
from shekara.ui.main.window import MainWindow
from shekara.ui.reports.verify_dialog import VerifyDocumentDialog
from tests.ui.conftest import SUPERVISOR, VaultFixture
from tests.ui.test_catalogs import clipped


def _record(vault: VaultFixture) -> tuple[str, str]:
    """An approved record of the officer's: its id and the QR text of version 1."""
    [record_id] = vault.add_samples(1)
    session = vault.session(SUPERVISOR)
    session.records.approve(record_id)
    first = session.records.show(record_id).current
    return record_id, VersionRef("record", record_id, 1, first.content_hash).text()


def _check(qtbot: Any, dialog: VerifyDocumentDialog, text: str) -> None:
    dialog.text_edit.setText(text)
    assert dialog.check_button.isEnabled()
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.verdict is not None or dialog._error is not None,
                    timeout=20000)
    qtbot.wait(20)
    assert not clipped(dialog)  # the dialog grows to the verdict's lines


def _dialog(qtbot: Any, session: Session) -> VerifyDocumentDialog:
    dialog = VerifyDocumentDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_current_then_a_superseded_then_a_changed_paper(qtbot: Any,
                                                         vault: VaultFixture) -> None:
    record_id, printed = _record(vault)
    session = vault.session(SUPERVISOR)
    dialog = _dialog(qtbot, session)
    _check(qtbot, dialog, printed.lower())  # typed from paper, in any case
    assert dialog.verdict is not None and dialog.verdict.match == "current"
    assert dialog.headline.text() == "The paper matches the vault."
    assert "#1B5E20" in dialog.headline.styleSheet()
    assert "Document: Incident report" in dialog.detail.text()
    assert f"{record_id}, version 1 on the paper" in dialog.detail.text()
    assert "It is the version in force (Approved)." in dialog.detail.text()

    data = session.records.show(record_id).current.data
    session.records.amend(record_id, {**data, "narrative": "Corrected after the shift."},
                          "a typo in the narrative")
    _check(qtbot, dialog, printed)
    assert dialog.verdict is not None and dialog.verdict.match == "superseded"
    assert "an earlier version" in dialog.headline.text()
    assert "The version in force is 2 (Draft): print it again." in dialog.detail.text()

    changed = printed[:-1] + ("0" if printed[-1] != "0" else "1")  # a changed hash
    _check(qtbot, dialog, changed)
    assert dialog.verdict is not None and dialog.verdict.match == "none"
    assert dialog.headline.text() == "Nothing in this vault matches the paper."
    assert "#B00020" in dialog.headline.styleSheet()
    assert "This vault holds it, but no version with this content." in dialog.detail.text()
    assert "Do not rely on it." in dialog.detail.text()

    dialog.text_edit.setText(printed + " ")  # editing drops the verdict about the old text
    assert dialog.verdict is None and dialog.headline.text() == ""


@pytest.mark.parametrize("lang", ["kk", "lt", "ru"])
def test_each_verdict_is_said_whole_in_the_officers_language(
        qtbot: Any, ui_context: UiContext, vault: VaultFixture, lang: str) -> None:
    ui_context.translations.set_language(lang)
    record_id, printed = _record(vault)
    session = vault.session(SUPERVISOR)
    dialog = _dialog(qtbot, session)
    headlines = []
    for text in (printed, printed[:-1] + ("0" if printed[-1] != "0" else "1")):
        _check(qtbot, dialog, text)  # and nothing of it cut off
        headlines.append(dialog.headline.text())
        assert record_id in dialog.detail.text()
    assert len(set(headlines)) == 2
    assert not {"The paper matches the vault.",
                "Nothing in this vault matches the paper."} & set(headlines)


def test_a_record_of_another_vault_is_not_found(qtbot: Any, vault: VaultFixture) -> None:
    session = vault.session(SUPERVISOR)
    dialog = _dialog(qtbot, session)
    stranger = VersionRef("record", "0b8e6c1a-1111-4222-8333-944455556666", 1, "ab" * 32)
    _check(qtbot, dialog, stranger.text())
    assert dialog.verdict is not None and dialog.verdict.match == "none"
    assert "This vault holds nothing with this id." in dialog.detail.text()


def test_text_that_is_not_ours_is_refused_in_red(qtbot: Any, vault: VaultFixture) -> None:
    dialog = _dialog(qtbot, vault.session(SUPERVISOR))
    _check(qtbot, dialog, "SHK2:R:something")
    assert dialog.verdict is None
    assert dialog.headline.text().startswith("Not a Shekara QR text")
    assert "#B00020" in dialog.headline.styleSheet()
    dialog.text_edit.clear()
    assert not dialog.check_button.isEnabled()  # nothing to check


def test_the_documents_menu_opens_it(qtbot: Any, ui_context: UiContext,
                                     vault: VaultFixture) -> None:
    session = vault.session(SUPERVISOR)
    window = MainWindow(session, ui_context)
    qtbot.addWidget(window)
    action = window.record_actions.act_verify
    assert action in window.menu_documents.actions()
    assert action.isEnabled()  # no record needs to be selected
    action.trigger()
    [dialog] = window.findChildren(VerifyDocumentDialog)
    assert dialog.isVisible() and dialog.focusWidget() is dialog.text_edit
    dialog.close()


@pytest.mark.parametrize("lang", ["kk", "lt", "ru", "en"])
def test_every_printed_caption_names_the_menu_item_as_the_window_shows_it(
        qtbot: Any, ui_context: UiContext, vault: VaultFixture, lang: str) -> None:
    """The caption beside every QR code sends the reader to this screen in the same words."""
    ui_context.translations.set_language(lang)
    window = MainWindow(vault.session(SUPERVISOR), ui_context)
    qtbot.addWidget(window)
    path = (window.menu_documents.title().replace("&", "") + " > "
            + window.record_actions.act_verify.text().replace("&", ""))
    assert path in CATALOG["qr.caption"][lang]
    assert "shekara report verify" in CATALOG["qr.caption"][lang]
