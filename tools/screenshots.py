"""Screenshots of the desktop application's shell in Kazakh, Lithuanian, Russian and English,
from real windows over a real demo vault (a temporary folder, removed afterwards):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [docs/screenshots]

Writes <screen>-<lang>.png for the unlock screen (and the rebuilds after an update), the setup
wizard's pages, the main window (list, filters, search, an editor tab), officers, settings, the
audit log, about and the guide, the vault check over a copy of the demo vault whose derived
data was damaged (`--check`: that screen alone), Admin > Retention… over a copy whose
records were made old (`--retention`: that screen alone), Admin > New master key… before and
after re-keying a copy of it (`--rekey`: that screen alone), Admin > New recovery key… before
and after replacing the key of a copy (`--recovery-key`: that screen alone), Admin > Settings…
with the names printed on documents (`--settings`: that screen alone), and the screens
that read paper or
give it (`--paper`: those alone): the unlock screen's Recovery key…, Documents > Check a printed
document… with a verdict, and Documents > Statistics….
The editors' and the review's own screenshots come from tests/ui/editors/screenshots.py; the
export, the imports, the outbox, Inspect a packet file…, HQ's import screens and the key screens
from tests/ui/export/screenshots.py (run on their own: `-m tests.ui.export.screenshots`). The
HQ exchange screens (share, received information, the registers, partner keys) are shot over two
HQ vaults that enrolled each other, by tests/ui/exchange/screenshots.py, which this runs too.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

import shekara.ui  # noqa: E402,F401 - the refcount guard before any Qt call
from shekara.demo.samples import DEMO_PASSPHRASE  # noqa: E402
from shekara.demo.vault import create_demo_vault  # noqa: E402
from shekara.services.session import Session, open_session  # noqa: E402
from shekara.ui import app as shell  # noqa: E402
from shekara.ui.context import UiContext  # noqa: E402
from shekara.ui.settings.store import UiPreferences  # noqa: E402

LANGUAGES = ("kk", "lt", "ru", "en")  # ru and en over the Kazakh demo post (issue 10)
REVIEW_LANGUAGES = LANGUAGES  # the review queue and the print preview
EXCHANGE_LANGUAGES = ("kk", "lt")  # an HQ of each Party in its state language


def spin(ms: int = 150, until: Callable[[], bool] | None = None, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)
    start = time.monotonic()

    def check() -> None:
        done = until() if until else (time.monotonic() - start) * 1000 >= ms
        if done or time.monotonic() > deadline:
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()


def shoot(widget: QWidget, out: Path, name: str, lang: str) -> None:
    widget.show()
    spin(150)
    path = out / f"{name}-{lang}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def verdict_given(dialog: Any) -> Callable[[], bool]:
    return lambda: dialog.verdict is not None


ONLY = ("--review", "--check", "--retention", "--paper", "--rekey", "--recovery-key",
        "--settings")


def main() -> int:
    # The options are read by hand (below); anything else, --help included, must not fall
    # through to a run that rewrites every screenshot in docs/.
    if {"-h", "--help"} & set(sys.argv[1:]):
        print(__doc__)
        return 0
    unknown = [a for a in sys.argv[1:] if a.startswith("-") and a not in ONLY]
    if unknown:
        print(f"unknown option {unknown[0]}; see --help", file=sys.stderr)
        return 2
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0]) if args else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = shell.create_application(["shekara"])
    work = Path(tempfile.mkdtemp(prefix="shekara-shots-"))
    os.environ["SHEKARA_UI_CONFIG"] = str(work / "ui.ini")
    demo = create_demo_vault(work / "demo" / "vault")
    context = shell.build_context(app, demo.directory, UiPreferences(work / "ui.ini"))
    context.demo = demo
    only_review = "--review" in sys.argv  # python tools/screenshots.py [out] [--review]
    only_check = "--check" in sys.argv  # … [--check]: the vault check's screenshots alone
    only_retention = "--retention" in sys.argv  # … [--retention]: the retention screen's
    only_paper = "--paper" in sys.argv  # … [--paper]: recovery key, check paper, statistics
    only_rekey = "--rekey" in sys.argv  # … [--rekey]: the new master key's
    only_recovery_key = "--recovery-key" in sys.argv  # … [--recovery-key]: the new recovery key's
    only_settings = "--settings" in sys.argv  # … [--settings]: Admin > Settings… alone
    sys.path.insert(0, str(ROOT))  # the HQ world of the exchange screens lives with the tests
    from tests.ui.exchange.screenshots import exchange_shots

    try:
        one_screen = (only_check or only_retention or only_paper or only_rekey
                      or only_recovery_key or only_settings)
        for lang in LANGUAGES if one_screen else ():
            context.set_language(lang)
            spin(100)
            if only_check:
                shoot_check(context, work, out, lang)
            if only_retention:
                shoot_retention(context, work, out, lang)
            if only_paper:
                shoot_paper(context, out, lang)
            if only_rekey:
                shoot_rekey(context, work, out, lang)
            if only_recovery_key:
                shoot_recovery_key(context, work, out, lang)
            if only_settings:
                shoot_settings(context, out, lang)
        alone = only_review or one_screen
        for lang in () if alone else LANGUAGES:
            context.set_language(lang)
            spin(100)
            shoot_all(app, context, work, out, lang)
            shoot_check(context, work, out, lang)
            shoot_retention(context, work, out, lang)
            shoot_paper(context, out, lang)
            shoot_rekey(context, work, out, lang)
            shoot_recovery_key(context, work, out, lang)
            if lang in EXCHANGE_LANGUAGES:
                exchange_shots(out, lang)  # HQ mode
        for lang in () if one_screen else REVIEW_LANGUAGES:
            context.set_language(lang)
            spin(100)
            shoot_review(context, out, lang)
    finally:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    return 0


def shoot_all(app: QApplication, context: UiContext, work: Path, out: Path, lang: str) -> None:
    from shekara.ui.about.dialog import AboutDialog
    from shekara.ui.about.guide import GuideDialog
    from shekara.ui.audit.dialog import AuditDialog
    from shekara.ui.main.window import MainWindow
    from shekara.ui.officers.dialog import AddOfficerDialog, OfficersDialog
    from shekara.ui.settings.dialog import SettingsDialog
    from shekara.ui.setup.wizard import SetupWizard
    from shekara.ui.unlock.window import UnlockWindow
    from shekara.ui.widgets.kind_chooser import NewRecordDialog

    unlock = UnlockWindow(context)
    unlock.show_demo()
    unlock.resize(520, unlock.sizeHint().height())
    shoot(unlock, out, "unlock", lang)
    unlock.pass_edit.setText("not the passphrase")
    unlock.attempt()
    spin(until=lambda: unlock.failures > 0)
    shoot(unlock, out, "unlock-wrong", lang)
    unlock.close()
    shoot_rebuilds(out, lang)

    setup_context = UiContext(context.translations, context.prefs, work / f"new-{lang}" / "vault")
    wizard = SetupWizard(setup_context)
    wizard.installation.code_edit.setText("LT-VIL-01" if lang == "lt" else "KZ-NUR-ZHOLY")
    wizard.installation.party_combo.setCurrentIndex(1 if lang == "lt" else 0)
    shoot(wizard, out, "setup-installation", lang)
    wizard.next()
    wizard.supervisor.login_edit.setText("rasa.p" if lang == "lt" else "aigerim.s")
    wizard.supervisor.pair.first.setText("kelesi kuni tang atqanda 7")
    wizard.supervisor.pair.second.setText("kelesi kuni tang atqanda 7")
    shoot(wizard, out, "setup-supervisor", lang)
    wizard.next()
    spin(until=lambda: wizard.state.session is not None)
    shoot(wizard, out, "setup-recovery", lang)
    wizard.recovery.saved_check.setChecked(True)
    wizard.next()
    shoot(wizard, out, "setup-hq-keys", lang)
    session_made = wizard.state.session
    wizard.state.session = None
    if session_made is not None:
        session_made.close()
    wizard.close()

    session: Session = open_session(context.vault_dir, "demo.supervisor", DEMO_PASSPHRASE)
    window = MainWindow(session, context)
    window.resize(1360, 800)
    window.show()
    spin(until=lambda: window.model.total is not None and window.model.rowCount() > 0)
    shoot(window, out, "main", lang)
    combo = window.filter_bar.kind_combo
    combo.setCurrentIndex(combo.findData("contraband_detention"))
    window.filter_bar.qualifies_check.setChecked(True)
    spin(until=lambda: not window.model.busy and window.model.total is not None)
    shoot(window, out, "main-filtered", lang)
    window.clear_filters()
    window.search_edit.setText("abish" if lang == "lt" else "Әбішев")
    spin(until=lambda: window.model.searching)
    shoot(window, out, "main-search", lang)
    window.search_edit.clear()
    spin(until=lambda: not window.model.searching and not window.model.busy)
    chooser = NewRecordDialog(session.ref, window)  # File > New: the chooser in its dialog
    shoot(chooser, out, "new-record-kind", lang)
    chooser.close()
    window.view.setCurrentIndex(window.model.index(0, 0))
    window.open_selected()
    spin(300)
    if window.editors.pages():
        shoot(window, out, "main-editor-tab", lang)
    officers = OfficersDialog(session, window)
    shoot(officers, out, "officers", lang)
    add = AddOfficerDialog(session, window)
    add.login_edit.setText("dana.m")
    add.pair.first.setText("qwerty2026")
    shoot(add, out, "officer-add", lang)
    dialogs: list[tuple[QWidget, str]] = [(SettingsDialog(session, context, window), "settings"),
                                          (AuditDialog(session, window), "audit"),
                                          (AboutDialog(session, window), "about"),
                                          (GuideDialog(window), "guide")]
    for dialog, name in dialogs:
        if isinstance(dialog, AuditDialog):
            dialog.from_edit.setDate(dialog.from_edit.minimumDate())
            dialog.apply_filters()
            dialog.verify_chain()
            spin(until=verdict_given(dialog))
        shoot(dialog, out, name, lang)
        dialog.close()
    window.clear_for_lock()
    window.close_for_lock()
    session.close()
    app.processEvents()


def shoot_settings(context: UiContext, out: Path, lang: str) -> None:
    """Admin > Settings… as the demo's supervisor sees it (the shot shoot_all takes too)."""
    from shekara.ui.settings.dialog import SettingsDialog

    session: Session = open_session(context.vault_dir, "demo.supervisor", DEMO_PASSPHRASE)
    try:
        dialog = SettingsDialog(session, context)
        shoot(dialog, out, "settings", lang)
        dialog.close()
    finally:
        session.close()


def shoot_paper(context: UiContext, out: Path, lang: str) -> None:
    """The recovery key typed in part, a printed incident report checked against the demo
    vault (it matches), and the statistics of this year."""
    from shekara.reports.qr import VersionRef
    from shekara.ui.reports.statistics_dialog import StatisticsDialog
    from shekara.ui.reports.verify_dialog import VerifyDocumentDialog
    from shekara.ui.unlock.recover_dialog import RecoverPassphraseDialog

    recover = RecoverPassphraseDialog(context.vault_dir, "demo.officer")
    recover.key_edit.setText("AB3DE-FG7HJ-KLM2N-")
    shoot(recover, out, "unlock-recovery-key", lang)
    recover.close()
    session: Session = open_session(context.vault_dir, "demo.supervisor", DEMO_PASSPHRASE)
    try:
        [first] = session.records.list_records(limit=1)
        current = session.records.show(first.id).current
        check = VerifyDocumentDialog(session)
        check.show()
        check.text_edit.setText(VersionRef("record", first.id, current.version,
                                           current.content_hash).text())
        check.check()
        spin(until=lambda: check.verdict is not None)
        shoot(check, out, "check-paper", lang)
        check.close()
        statistics = StatisticsDialog(session)
        shoot(statistics, out, "statistics", lang)
        statistics.close()
    finally:
        session.close()


def shoot_rebuilds(out: Path, lang: str) -> None:
    """After an update that flagged both rebuilds, at an HQ of a million records."""
    from shekara.services.rebuilds import REBUILDS, PendingRebuild
    from shekara.ui.unlock.rebuild_dialog import RebuildDialog

    dialog = RebuildDialog([PendingRebuild(kind, 1_000_000) for kind in REBUILDS])
    dialog.show_progress(120_000, 1_000_000, "0")
    shoot(dialog, out, "unlock-rebuilds", lang)
    dialog.finish()


def shoot_check(context: UiContext, work: Path, out: Path, lang: str) -> None:
    """Admin > Check the vault… with its verdict over a copy of the demo vault whose search
    index lost entries and whose counts are off: the tables named, Repair offered."""
    from tests.ui.check_screenshots import damaged_copy

    from shekara.ui.maintenance.check_dialog import CheckVaultDialog

    folder = damaged_copy(context.vault_dir, work / f"check-{lang}" / "vault",
                          "demo.supervisor", DEMO_PASSPHRASE)
    session: Session = open_session(folder, "demo.supervisor", DEMO_PASSPHRASE)
    try:
        dialog = CheckVaultDialog(session)
        dialog.show()
        dialog.start()
        spin(until=lambda: not dialog.running, timeout=120)
        shoot(dialog, out, "check-vault", lang)
        dialog.close()
    finally:
        session.close()


def shoot_retention(context: UiContext, work: Path, out: Path, lang: str) -> None:
    """Admin > Retention… over a copy of the demo vault with records made old: each state in
    words, two to be purged."""
    from tests.ui.retention_screenshots import aged_copy

    from shekara.ui.retention.dialog import RetentionDialog

    folder = aged_copy(context.vault_dir, work / f"retention-{lang}" / "vault",
                       "demo.supervisor", DEMO_PASSPHRASE)
    session: Session = open_session(folder, "demo.supervisor", DEMO_PASSPHRASE)
    try:
        dialog = RetentionDialog(session)
        dialog.show()
        spin(until=lambda: not dialog.loading, timeout=60)
        spin(200)
        shoot(dialog, out, "retention", lang)
        dialog.close()
    finally:
        session.close()


def shoot_rekey(context: UiContext, work: Path, out: Path, lang: str) -> None:
    """Admin > New master key… over a copy of the demo vault: what follows and who will need a
    new passphrase, then the new recovery key (of the copy, deleted afterwards)."""
    import shutil

    from shekara.ui.maintenance.rekey_dialog import RekeyDialog

    folder = work / f"rekey-{lang}" / "vault"
    shutil.copytree(context.vault_dir, folder)
    session: Session = open_session(folder, "demo.supervisor", DEMO_PASSPHRASE)
    dialog = RekeyDialog(session)
    try:
        shoot(dialog, out, "rekey-ask", lang)
        dialog.passphrase.setText(DEMO_PASSPHRASE)
        dialog.start()
        spin(until=lambda: dialog.operation is None, timeout=120)
        dialog.saved_check.setChecked(True)
        shoot(dialog, out, "rekey-key", lang)
    finally:
        dialog.reject()  # closes the session the sheet would have used
        session.close()


def shoot_recovery_key(context: UiContext, work: Path, out: Path, lang: str) -> None:
    """Admin > New recovery key… over a copy of the demo vault: what it changes and what it
    keeps, then the new key (of the copy, deleted afterwards) ticked as on paper."""
    import shutil

    from shekara.ui.maintenance.recovery_key_dialog import NewRecoveryKeyDialog

    folder = work / f"recovery-key-{lang}" / "vault"
    shutil.copytree(context.vault_dir, folder)
    session: Session = open_session(folder, "demo.supervisor", DEMO_PASSPHRASE)
    dialog = NewRecoveryKeyDialog(session)
    try:
        dialog.passphrase.setText(DEMO_PASSPHRASE)
        shoot(dialog, out, "recovery-key-ask", lang)
        dialog.start()
        spin(until=lambda: dialog.operation is None, timeout=60)
        dialog.key_panel.saved_check.setChecked(True)
        shoot(dialog, out, "recovery-key-new", lang)
    finally:
        dialog.reject()
        session.close()


def shoot_review(context: UiContext, out: Path, lang: str) -> None:
    """The supervisor's review queue with a draft selected, and an incident report's preview."""
    from shekara.ui.main.window import MainWindow
    from shekara.ui.reports import ReportPreviewDialog

    session: Session = open_session(context.vault_dir, "demo.supervisor", DEMO_PASSPHRASE)
    window = MainWindow(session, context)
    window.resize(1360, 800)
    window.show()
    queue = window.open_review_queue()
    if queue is not None and queue.model.rowCount():
        queue.table.selectRow(0)
        spin(300)
    shoot(window, out, "review-queue", lang)
    window.record_actions.print_incident()
    spin(until=lambda: window.findChild(ReportPreviewDialog) is not None)
    preview = window.findChild(ReportPreviewDialog)
    if preview is not None:
        spin(500)
        shoot(preview, out, "print-preview", lang)
        preview.close()
    window.clear_for_lock()
    window.close_for_lock()
    session.close()


if __name__ == "__main__":
    raise SystemExit(main())
