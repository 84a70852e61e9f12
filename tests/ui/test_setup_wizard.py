"""First run: the wizard creates the vault and its keys, shows the recovery key once, and
(at a post) imports HQ's keys."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QWizard

from shekara.services import keys
from shekara.services.session import Session, open_session
from shekara.ui.context import UiContext
from shekara.ui.setup.wizard import PAGE_HQ_KEYS, PAGE_RECOVERY, PAGE_SUPERVISOR, SetupWizard
from shekara.ui.widgets.strength import estimate
from shekara.vault.keyslots import parse_recovery_key
from shekara.vault.vault import Vault


def _fill_first_pages(qtbot: Any, wizard: SetupWizard, *, mode: str = "post") -> None:
    page = wizard.installation
    (page.hq_radio if mode == "hq" else page.post_radio).setChecked(True)
    page.party_combo.setCurrentIndex(page.party_combo.findData("LT"))
    assert not page.isComplete()
    qtbot.keyClicks(page.code_edit, "lt vil-01")  # typed as it came: said how it is stored
    assert page.code_edit.text() == "lt vil-01" and page.isComplete()
    assert page.code_stored.text() == "Will be stored as: LT-VIL-01"
    wizard.next()
    assert wizard.currentId() == PAGE_SUPERVISOR
    sup = wizard.supervisor
    assert not sup.isComplete()
    sup.login_edit.setText("rasa.p")
    sup.pair.first.setText("short")
    assert not sup.isComplete() and "at least" in sup.problem.text()
    sup.pair.first.setText("password1234")
    sup.pair.second.setText("password1234")
    assert not sup.isComplete() and "too easy" in sup.problem.text()
    sup.pair.first.setText("Vilniaus pasienio punktas septyni")
    sup.pair.second.setText("Vilniaus pasienio punktas septyn")
    assert not sup.isComplete() and "not the same" in sup.problem.text()
    sup.pair.second.setText("Vilniaus pasienio punktas septyni")
    assert sup.isComplete() and sup.problem.text() == ""
    assert wizard.button(QWizard.WizardButton.CommitButton).isVisible()


@pytest.fixture
def wizard(qtbot: Any, ui_context: UiContext) -> SetupWizard:
    wiz = SetupWizard(ui_context)
    qtbot.addWidget(wiz)
    wiz.show()
    return wiz


def test_the_wizard_creates_a_post_vault(qtbot: Any, wizard: SetupWizard,
                                         ui_context: UiContext, tmp_path: Path) -> None:
    _fill_first_pages(qtbot, wizard)
    wizard.next()  # commit: creation starts off the GUI thread
    assert wizard.currentId() == PAGE_RECOVERY
    page = wizard.recovery
    qtbot.waitUntil(lambda: page.key_label.isVisible(), timeout=20000)
    recovery = page.key_label.text().replace("\n", "-")
    parse_recovery_key(recovery)  # a well-formed recovery key is shown
    assert not page.isComplete()  # until "written down" is ticked
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    page.saved_check.setChecked(True)
    assert page.isComplete()
    assert page.print_button.isEnabled()  # the reports' renderer exists
    session = wizard.state.session
    assert isinstance(session, Session)
    vault = session.vault
    assert (vault.mode, vault.party, vault.post_code, vault.officer, vault.role) == \
        ("post", "LT", "LT-VIL-01", "rasa.p", "supervisor")
    assert keys.own_keys(vault).public.fingerprint()
    # The recovery key opens the vault.
    Vault.open_with_recovery(ui_context.vault_dir, recovery).lock()
    wizard.next()
    assert wizard.currentId() == PAGE_HQ_KEYS
    with qtbot.waitSignal(wizard.vault_ready, timeout=5000) as blocker:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert blocker.args[0] is session
    assert page.key_label.text() == ""  # the key is not kept on screen
    session.close()
    open_session(ui_context.vault_dir, "rasa.p", "Vilniaus pasienio punktas septyni").close()


def test_an_hq_vault_skips_the_hq_keys_page(qtbot: Any, wizard: SetupWizard) -> None:
    _fill_first_pages(qtbot, wizard, mode="hq")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.recovery.key_label.isVisible(), timeout=20000)
    wizard.recovery.saved_check.setChecked(True)
    assert wizard.nextId() == -1
    with qtbot.waitSignal(wizard.vault_ready, timeout=5000) as blocker:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    session = blocker.args[0]
    assert session.vault.mode == "hq"
    session.close()


def test_creation_failure_is_shown_and_can_be_retried(qtbot: Any, wizard: SetupWizard,
                                                      ui_context: UiContext) -> None:
    ui_context.vault_dir.mkdir(parents=True)
    (ui_context.vault_dir / "vault.db").write_bytes(b"somebody else's vault")
    _fill_first_pages(qtbot, wizard)
    wizard.next()
    page = wizard.recovery
    qtbot.waitUntil(lambda: page.retry_button.isVisible(), timeout=20000)
    assert "already exists" in page.status.text()
    assert not page.isComplete() and wizard.state.session is None
    (ui_context.vault_dir / "vault.db").unlink()
    page.retry_button.click()
    qtbot.waitUntil(lambda: page.key_label.isVisible(), timeout=20000)
    assert wizard.state.session is not None
    wizard.state.session.close()
    wizard.state.session = None


def test_the_wizard_cannot_be_cancelled_once_the_vault_exists(qtbot: Any,
                                                              wizard: SetupWizard) -> None:
    _fill_first_pages(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.state.session is not None, timeout=20000)
    wizard.reject()
    assert wizard.isVisible()
    assert wizard.state.session is not None
    wizard.state.session.close()
    wizard.state.session = None


def test_hq_keys_import_refusal_is_shown(qtbot: Any, wizard: SetupWizard, tmp_path: Path,
                                         ui_context: UiContext, catalogs: Path) -> None:
    _fill_first_pages(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.state.session is not None, timeout=20000)
    wizard.recovery.saved_check.setChecked(True)
    wizard.next()
    bogus = tmp_path / "hq-keys.json"
    bogus.write_text('{"format": "not-a-key-file"}')
    wizard.hq_keys.import_file(bogus)
    qtbot.waitUntil(lambda: bool(wizard.hq_keys.result_label.text()), timeout=5000)
    assert wizard.hq_keys.fingerprint == ""
    english = wizard.hq_keys.result_label.text()
    ui_context.translations.set_language("ru")  # said again in the language chosen after it
    qtbot.waitUntil(lambda: wizard.hq_keys.result_label.text() not in ("", english),
                    timeout=3000)
    assert re.search("[а-яё]", wizard.hq_keys.result_label.text())
    assert wizard.state.session is not None
    wizard.state.session.close()
    wizard.state.session = None


def test_hq_keys_are_pinned_from_hqs_file(qtbot: Any, wizard: SetupWizard,
                                          tmp_path: Path) -> None:
    hq_dir = tmp_path / "hq"
    hq, _ = Vault.create(hq_dir, mode="hq", party="LT", post_code="LT-HQ", officer="hq.boss",
                         passphrase="headquarters passphrase 1")
    keys.create_own_keys(hq)
    key_file = tmp_path / "hq-keys.json"
    key_file.write_bytes(keys.hq_keys_file(hq))
    fingerprint = keys.own_keys(hq).public.fingerprint()
    hq.lock()
    _fill_first_pages(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.state.session is not None, timeout=20000)
    wizard.recovery.saved_check.setChecked(True)
    wizard.next()
    wizard.hq_keys.import_file(key_file)
    qtbot.waitUntil(lambda: bool(wizard.hq_keys.fingerprint), timeout=5000)
    assert wizard.hq_keys.fingerprint == fingerprint
    assert fingerprint in wizard.hq_keys.result_label.text()
    assert wizard.state.session is not None
    assert keys.pinned_hq(wizard.state.session.vault).fingerprint() == fingerprint
    wizard.state.session.close()
    wizard.state.session = None


@pytest.mark.parametrize("weak", ["password123", "qwertyuiop12", "aaaaaaaaaaaa", "2026202620",
                                  "abcdefghij12", "shekara2026"])
def test_weak_passphrases_score_low(weak: str) -> None:
    assert estimate(weak).score < 2


@pytest.mark.parametrize("strong", ["Vilniaus pasienio punktas septyni", "Шекара-сенім-2026",
                                    "kelesi kuni tang atqanda", "s8#Kd!02pQz-Lm"])
def test_good_passphrases_score_high(strong: str) -> None:
    assert estimate(strong).score >= 3


def test_a_short_passphrase_never_scores_well() -> None:
    assert estimate("Zq8#x!").score <= 1
    assert "too_short" in estimate("Zq8#x!").hints
    assert estimate("").score == 0


def test_the_first_page_offers_the_language_and_remembers_it(qtbot: Any, wizard: SetupWizard,
                                                             ui_context: UiContext,
                                                             catalogs: Path) -> None:
    page = wizard.installation
    combo = page.language_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["kk", "lt", "ru", "en"]
    assert page.language_label.buddy() is combo  # Alt+L reaches it from the keyboard
    combo.setCurrentIndex(combo.findData("lt"))
    assert ui_context.prefs.language == "lt" and ui_context.translations.language == "lt"
    qtbot.waitUntil(lambda: page.title() == "Šis įdiegimas", timeout=3000)  # at once
    assert wizard.windowTitle() == "Shekara — pirmasis paleidimas"
    assert combo.currentData() == "lt"
    combo.setCurrentIndex(combo.findData("kk"))
    qtbot.waitUntil(lambda: page.title() == "Осы орнату", timeout=3000)
    assert ui_context.prefs.language == "kk"


def test_the_other_partys_code_prefix_is_said_at_once(wizard: SetupWizard) -> None:
    page = wizard.installation
    page.party_combo.setCurrentIndex(page.party_combo.findData("KZ"))
    page.code_edit.setText("LT-MEDININKAI")
    assert page.code_mismatch() == "LT" and page.code_warning.isVisibleTo(page)
    assert "LT-" in page.code_warning.text()
    page.party_combo.setCurrentIndex(page.party_combo.findData("LT"))
    assert page.code_mismatch() is None and not page.code_warning.isVisibleTo(page)
    page.code_edit.setText("KZ-NUR-ZHOLY")
    assert page.code_mismatch() == "KZ"
    page.hq_radio.setChecked(True)  # an HQ's code is its own business
    assert page.code_mismatch() is None


def test_the_recovery_sheet_is_never_written_to_a_file_without_a_plain_yes(
        qtbot: Any, wizard: SetupWizard, tmp_path: Path) -> None:
    """Issue 10: the print dialog does not start on "Print to File", and a file chosen anyway
    is written only after the warning is answered Yes (the key would lie unencrypted)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    _fill_first_pages(qtbot, wizard)
    wizard.next()
    page = wizard.recovery
    qtbot.waitUntil(lambda: page.key_label.isVisible(), timeout=20000)
    target = tmp_path / "recovery.pdf"
    seen: list[QPrinter] = []
    asked: list[bool] = []

    def to_a_file(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        seen.append(printer)
        assert not printer.outputFileName()  # not preset to a file
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return int(QDialog.DialogCode.Accepted)

    page.run_print_dialog = to_a_file
    page.confirm_print_to_file = lambda _parent: asked.append(True) or False
    page.print_button.click()
    assert seen and asked == [True] and not target.exists()

    page.confirm_print_to_file = lambda _parent: True
    page.print_button.click()
    assert target.exists() and target.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(("typed", "stored", "line"), [
    ("KZ-NUR-ZHOLY", "KZ-NUR-ZHOLY", ""),  # as typed: nothing to say
    ("kz-nur-zholy", "KZ-NUR-ZHOLY", "Will be stored as: KZ-NUR-ZHOLY"),
    (" KZ NUR  ZHOLY ", "KZ-NUR-ZHOLY", "Will be stored as: KZ-NUR-ZHOLY"),
    ("КZ-NUR", None, "Not allowed in a post code: 'К'. Use Latin letters, digits and '-'."),
    ("KZ_NUR.1", None, "Not allowed in a post code: '_', '.'. Use Latin letters, digits "
     "and '-'."),
])
def test_a_post_code_is_stored_as_shown_and_nothing_is_dropped(
        qtbot: Any, wizard: SetupWizard, typed: str, stored: str | None, line: str) -> None:
    """Every character typed stays in the field (a validator used to swallow a space, a '_' or
    a Cyrillic К without a word); the line under it says what will be stored, or what cannot."""
    page = wizard.installation
    page.code_edit.setFocus()
    qtbot.keyClicks(page.code_edit, typed.replace("К", ""))  # keyClicks takes ASCII only
    if "К" in typed:
        page.code_edit.setText(typed)  # a Russian-layout К, as typed or pasted
    assert page.code_edit.text() == typed
    assert page.code_stored.text() == line
    assert page.code_stored.isVisibleTo(page) == bool(line)
    assert page.isComplete() == (stored is not None)
    if stored is not None:
        assert page.post_code() == stored


def test_a_long_paste_is_not_cut_short(wizard: SetupWizard) -> None:
    page = wizard.installation
    page.code_edit.setText("KZ-" + "A" * 40)
    assert len(page.code_edit.text()) == 43  # kept whole: the hint says 2 to 32
    assert not page.isComplete()


@pytest.mark.parametrize(("typed", "stored", "line"), [
    ("rasa.p", "rasa.p", ""),
    ("Rasa.P ", "rasa.p", "Will be stored as: rasa.p"),
    ("rasa p", None, "Not allowed in a login: a space. Use small Latin letters, digits, '.', "
     "'_' or '-'."),
    ("расa", None, "Not allowed in a login: 'р', 'а', 'с'. Use small Latin letters, digits, '.', "
     "'_' or '-'."),
])
def test_the_supervisors_login_is_stored_as_shown(qtbot: Any, wizard: SetupWizard, typed: str,
                                                  stored: str | None, line: str) -> None:
    sup = wizard.supervisor
    sup.pair.first.setText("Vilniaus pasienio punktas septyni")
    sup.pair.second.setText("Vilniaus pasienio punktas septyni")
    sup.login_edit.setText(typed)
    assert sup.login_edit.text() == typed
    assert sup.login_stored.text() == line
    assert sup.isComplete() == (stored is not None)
    if stored is not None:
        assert sup.login() == stored


def test_the_stored_line_follows_the_language(qtbot: Any, wizard: SetupWizard,
                                              ui_context: UiContext, catalogs: Path) -> None:
    page = wizard.installation
    page.code_edit.setText("kz-nur")
    expected = {"kk": "Былай сақталады: KZ-NUR", "lt": "Bus išsaugota taip: KZ-NUR",
                "ru": "Будет сохранено как: KZ-NUR"}
    for lang, text in expected.items():
        ui_context.translations.set_language(lang)
        qtbot.waitUntil(lambda text=text: page.code_stored.text() == text, timeout=3000)
