"""The officers' side of the window's plaintext scan (tests/ui/test_window_plaintext_scan.py):
the real application — `AppController` on the platform's default vault folder and preferences
file, as `shekara` starts it — driven through one shift.

Run as `python -m tests.ui.window_shift_child STICK OUT HQ` (HQ: an empty folder for HQ's side)
with HOME, XDG_*, TMPDIR redirected and QT_QPA_PLATFORM=offscreen. It talks to the test on
stdout, one JSON object a line:
- {"scan": LABEL}: a moment worth a look at the disk (a report open in the preview, say);
  the child then waits for one line on stdin, so nothing changes while the test scans;
- {"dialog": …}: what a file dialog proposed (its title, folder and file name) before the
  officer answered it;
- {"recovery_key": …}: the key the setup wizard showed once (never to be on disk either);
- {"step": …}: progress, for the test's failure message; {"done": true} at the end.

File dialogs are Qt's own (the offscreen platform has no native ones), answered by a timer the
way an officer would: go to a folder, choose a file there or keep the proposed name, accept. The
dialog object lives and dies as in the application, so what Qt keeps of it is on disk as it
would be. Only QPrintDialog.exec is replaced ("Print to file" into OUT), as in
tests/ui/reports/test_print_pdf.py.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QWizard

import shekara.ui  # noqa: F401 - its refcount guard before any Qt call
from tests.support.fast_kdf import install

install()  # the test suite's KDF policy, in this child process too

SUPERVISOR, SUPERVISOR_PASS = "aigerim.s", "Шекара-сенім-2026"
OFFICER, OFFICER_PASS = "nurlan.k", "officer-pass-phrase-1"
POST = "KZ-NUR-ZHOLY"

# The people of this shift, a narrative phrase and a document number: what must never be
# readable on disk. The test imports them.
LT_SURNAME, LT_GIVEN = "Žvirblytė", "Gintarė"
LT_BIRTH_PLACE = "Rokiškis"
KZ_SURNAME, KZ_GIVEN, KZ_PATRONYMIC = "Төлеубаев", "Ерғали", "Серікұлы"
LT_PHRASE = "raudoname lagamine po sėdyne"
KZ_PHRASE = "қызыл чемоданның түбінде"
KZ_DOCUMENT = "N7654321"
NEEDLES = [LT_SURNAME, LT_GIVEN, LT_BIRTH_PLACE, KZ_SURNAME, KZ_GIVEN, KZ_PATRONYMIC,
           LT_PHRASE, KZ_PHRASE, KZ_DOCUMENT]
# The officer keeps the documents of this case in a folder named after the person (their own
# choice, and the output they asked for): what the program remembers of the folder is the leak.
CASE_FOLDER = f"{LT_SURNAME} {LT_GIVEN} byla"
ATTACHED = f"{LT_SURNAME} pasas.png"
WAIT = 30.0


def say(**message: Any) -> None:
    print(json.dumps(message, ensure_ascii=False), flush=True)


def scan_point(label: str) -> None:
    say(scan=label)
    sys.stdin.readline()  # the test has scanned


def wait_until(condition: Callable[[], object], what: str, timeout: float = WAIT) -> None:
    """Run the event loop (which releases the GIL for the workers) until `condition`."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()


def settle(ms: int = 100) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class FileDialogAnswers:
    """Answers the next file dialogs that open, in order: the folder to go to and the file to
    choose there (None: the name a save dialog proposed, which the officer accepts)."""

    def __init__(self) -> None:
        self.pending: list[tuple[Path, str | None]] = []
        self.timer = QTimer()
        self.timer.setInterval(30)
        self.timer.timeout.connect(self._look)

    def expect(self, folder: Path, name: str | None = None) -> None:
        self.pending.append((folder, name))
        self.timer.start()

    def _look(self) -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QFileDialog) and w.isVisible()]
        if not dialogs or not self.pending:
            return
        dialog = dialogs[0]
        folder, name = self.pending.pop(0)
        proposed = [Path(p).name for p in dialog.selectedFiles()]
        saves = dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
        say(dialog={"title": dialog.windowTitle(), "folder": dialog.directory().absolutePath(),
                    "proposed": proposed, "saves_to": str(folder / proposed[0]) if saves else None})
        dialog.setDirectory(str(folder))  # the officer browses to the folder
        if dialog.fileMode() != QFileDialog.FileMode.Directory:
            # Typed into the file name box (selectFile leaves a focused box alone).
            edit = dialog.findChild(QLineEdit, "fileNameEdit")
            assert isinstance(edit, QLineEdit)
            edit.setText(name or proposed[0])
        dialog.accept()
        if dialog.isVisible():  # refused (a name it did not take): fail, never hang in it
            say(step=f"the file dialog kept {dialog.selectedFiles()}")
            dialog.reject()
        if not self.pending:
            self.timer.stop()


def print_to_file(target: Path) -> None:
    """The print dialog's answer: "Print to file" into `target` (the officer's choice)."""

    def choose(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return int(QDialog.DialogCode.Accepted)

    QPrintDialog.exec = choose  # type: ignore[method-assign]


def write_hq_keys(folder: Path) -> Path:
    """HQ's public keys file, as it arrives at a new post on HQ's stick (made through the
    services: HQ is not what this test is about)."""
    from shekara.services import keys
    from shekara.vault.vault import Vault

    hq, _ = Vault.create(folder / "vault", mode="hq", party="KZ", post_code="HQ-KZ",
                         officer="hq.sup", passphrase="hq-pass-phrase-1")
    keys.create_own_keys(hq)
    path = folder / "hq-keys.json"
    path.write_bytes(keys.hq_keys_file(hq))
    hq.lock()
    return path


def border_record(checkpoint: str) -> dict[str, Any]:
    from tests.ui.editors.records import full_records

    record = full_records(checkpoint)["border_violation"]
    person = {**record["persons"][0], "surname": LT_SURNAME, "given_names": LT_GIVEN,
              "patronymic": "", "latin_name": "ZVIRBLYTE GINTARE", "citizenship": ["LTU"],
              "birth_place": LT_BIRTH_PLACE, "documents": []}
    return {**record, "narrative": f"Sulaikyta naktį; daiktai {LT_PHRASE}.",
            "persons": [person], "links": []}


def contraband_record(checkpoint: str) -> dict[str, Any]:
    from tests.ui.editors.records import full_records

    record = full_records(checkpoint)["contraband_detention"]
    person = {**record["persons"][0], "surname": KZ_SURNAME, "given_names": KZ_GIVEN,
              "patronymic": KZ_PATRONYMIC, "latin_name": "TOLEUBAEV ERGALI",
              "citizenship": ["KAZ"], "birth_place": "Алматы", "mrz": "",
              "documents": [{"type": "passport", "number": KZ_DOCUMENT, "issuing_state": "KAZ",
                             "issued_on": "2020-01-15", "expires_on": "2030-01-14"}]}
    return {**record, "occurred_at": "2026-11-20T14:30:00+05:00", "links": [],
            "narrative": f"Героин {KZ_PHRASE} табылды.", "persons": [person]}


def main() -> None:
    from shekara.paths import default_vault_dir
    from shekara.ui.app import AppController, build_context, create_application
    from shekara.ui.export.wizard import PAGE_CONTENTS, PAGE_DONE, ExportWizard
    from shekara.ui.ops import session_lock
    from shekara.ui.reports.preview import ReportPreviewDialog
    from tests.ui.editors.filling import fill

    stick, out = Path(sys.argv[1]), Path(sys.argv[2])
    case_folder = out / CASE_FOLDER
    case_folder.mkdir()
    hq_keys = write_hq_keys(Path(sys.argv[3]))
    vault_dir = default_vault_dir()  # under XDG_DATA_HOME: the sandbox

    app = create_application([sys.argv[0]])
    controller = AppController(app, build_context(app, vault_dir))
    controller.start()  # no vault yet: the setup wizard
    answers = FileDialogAnswers()
    wizard = controller.setup_wizard
    wizard.installation.post_radio.setChecked(True)
    party = wizard.installation.party_combo
    party.setCurrentIndex(party.findData("KZ"))
    wizard.installation.code_edit.setText(POST)
    wizard.next()
    wizard.supervisor.login_edit.setText(SUPERVISOR)
    wizard.supervisor.pair.first.setText(SUPERVISOR_PASS)
    wizard.supervisor.pair.second.setText(SUPERVISOR_PASS)
    assert wizard.supervisor.isComplete(), wizard.supervisor.problem.text()
    wizard.next()  # the commit: the vault is made off the GUI thread
    wait_until(wizard.recovery.key_label.isVisible, "the recovery key")
    say(recovery_key=wizard.recovery.key_label.text().replace("\n", "-"))  # a secret, too
    scan_point("the recovery key on the screen")
    wizard.recovery.saved_check.setChecked(True)
    wizard.next()
    answers.expect(hq_keys.parent, hq_keys.name)  # Import HQ's keys file…: Qt's open dialog
    wizard.hq_keys.choose_button.click()
    wait_until(lambda: wizard.hq_keys.fingerprint, "HQ's keys imported")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_until(lambda: controller.main_window is not None, "the supervisor's window")
    say(step="vault made in the setup wizard", vault=str(vault_dir))
    session = controller.session
    assert session is not None
    with session_lock(session):  # Admin > Officers is not what this test is about
        session.vault.add_officer(OFFICER, "officer", OFFICER_PASS)
    controller.main_window.act_lock.trigger()
    wait_until(lambda: controller.main_window is None, "the lock")

    def unlock(login: str, passphrase: str) -> Any:
        window = controller.unlock_window
        wait_until(window.isVisible, "the unlock screen")
        window.login_edit.setText(login)
        window.pass_edit.setText(passphrase)
        window.unlock_button.click()
        wait_until(lambda: controller.main_window is not None, f"{login}'s main window")
        say(step=f"unlocked as {login}")
        return controller.main_window

    def search(main: Any, text: str, count: int) -> None:
        if main.search_edit.text():  # back to the whole list first: then the hits are new
            main.search_edit.clear()
            wait_until(lambda: not main.model.searching, "the whole list")
        main.search_edit.setText(text)
        wait_until(lambda: main.model.searching and main.model.total == count
                   and main.model.rowCount() == count, f"{count} hit(s) for {text}")
        main.view.setCurrentIndex(main.model.index(0, 0))

    def preview() -> ReportPreviewDialog:
        def shown() -> list[ReportPreviewDialog]:
            return [d for d in app.allWidgets()
                    if isinstance(d, ReportPreviewDialog) and d.isVisible()]

        wait_until(shown, "the report preview")
        dialog = shown()[0]
        wait_until(lambda: dialog.document.status() == QPdfDocument.Status.Ready,
                   "the report's pages")
        return dialog

    # --- the officer: a record through the form, one through the services, search, print ---
    main = unlock(OFFICER, OFFICER_PASS)
    session = controller.session
    assert session is not None
    checkpoint = next(code for code, cp in sorted(session.ref.checkpoints.items())
                      if cp.party == "KZ")
    page = main.editors.open_new("border_violation")
    fill(page.form, border_record(checkpoint))
    assert page.save(), page.issues
    say(step="record typed and saved")
    photo = QImage(64, 48, QImage.Format.Format_RGB32)  # the officer's scan of her passport
    photo.fill(0x336699)
    assert photo.save(str(case_folder / ATTACHED))
    answers.expect(case_folder, ATTACHED)  # + Add photo or scan…: Qt's open dialog
    page.form.attachments.add_button.click()
    assert len(page.form.attachments.rows) == 1
    assert page.save(), page.issues
    say(step="scan attached")
    main.editors.close_tab(main.tabs.indexOf(page))
    with session_lock(session):
        session.records.add([contraband_record(checkpoint)])
    main.refresh()

    search(main, "Zvirblyte", 1)  # Latin letters on a Lithuanian name: the search folds them
    main.open_selected()
    wait_until(lambda: main.tabs.count() == 2, "the record's tab")
    opened = main.tabs.widget(1)
    assert not opened.form.attachments.rows[0].picture.pixmap().isNull()  # its thumbnail
    say(step="record opened")
    print_to_file(case_folder / "printed-incident.pdf")
    main.record_actions.act_print.trigger()
    incident = preview()
    scan_point("incident report in the preview")
    assert incident.print_with_dialog() > 0
    answers.expect(case_folder)  # Save as PDF…: the proposed name, in the case folder
    assert incident.save_with_dialog() is not None
    incident.close()
    say(step="incident report printed and saved")
    main.editors.close_tab(1)
    search(main, "Toleubaev", 1)  # Latin letters on a Kazakh Cyrillic name
    main.act_lock.trigger()
    wait_until(lambda: controller.main_window is None, "the lock")
    scan_point("locked after the officer's work")

    # --- the supervisor: approve, export a packet to a folder, the transmittal sheet ---
    main = unlock(SUPERVISOR, SUPERVISOR_PASS)
    wait_until(lambda: main.model.total == 2, "the two records")
    for name in ("Жвирблите", "Төлеубаев"):  # Cyrillic on a Latin name, and as written
        search(main, name, 1)
        assert main.approve_selected()
    main.search_edit.clear()
    export = main.open_packet_screen(ExportWizard)
    answers.expect(stick)  # Choose another folder…: a stick mounted where the system puts it
    export.destination_page.chooser.folder_button.click()
    wait_until(lambda: export.state.directory() == stick, "the stick chosen")
    export.next()
    assert export.currentId() == PAGE_CONTENTS
    wait_until(lambda: export.contents_page.contents is not None, "the packet's contents")
    export.next()
    wait_until(lambda: export.currentId() == PAGE_DONE, "the packet written")
    say(step="packet exported", packets=[p.name for p in stick.iterdir()])
    export.done_page.print_button.click()
    sheet = preview()
    scan_point("transmittal sheet in the preview")
    answers.expect(case_folder)
    assert sheet.save_with_dialog() is not None
    sheet.close()
    export.accept()

    # --- a setting, the language, lock, quit ---
    settings = main.open_settings()
    settings.idle_spin.setValue(settings.idle_spin.value() + 2)
    settings.language_combo.setCurrentIndex(settings.language_combo.findData("lt"))
    settings.save()
    main.act_zoom_in.trigger()
    say(step="settings changed")
    main.act_lock.trigger()
    wait_until(lambda: controller.main_window is None, "the lock")
    main = unlock(SUPERVISOR, SUPERVISOR_PASS)
    main.act_quit.trigger()  # closing the window quits: the shell locks and shuts down
    wait_until(lambda: controller.session is None, "the vault closed on quit")
    settle()
    controller.shutdown()
    app.quit()
    settle()
    say(done=True)


if __name__ == "__main__":
    main()
