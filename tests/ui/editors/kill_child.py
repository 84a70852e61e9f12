"""The officer's side of the kill test: open an editor on a real vault and type steadily,
saying on stdout how much had been typed at each autosave, until the parent kills us.

Run as `python -m tests.ui.editors.kill_child VAULT_DIR` (QT_QPA_PLATFORM=offscreen)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import shekara.ui  # noqa: F401 - its refcount guard before any Qt call
from shekara.ui.editors import RecordEditorPage
from tests.support.fast_kdf import install
from tests.ui.editors.conftest import OFFICER, open_as
from tests.ui.editors.filling import type_text

install()  # the test suite's KDF policy, in this child process too

TEXT = ("Түнде сағат екіде патруль өзен жағасында екі адамды байқады. "
        "Pasieniečiai juos sulaikė prie Neries upės. ") * 20
KEY_INTERVAL_MS = 40


def main() -> None:
    app = QApplication(sys.argv[:1])
    session = open_as(Path(sys.argv[1]), OFFICER)
    page = RecordEditorPage(session, None, "border_violation")
    page.show()
    assert page.form is not None
    narrative = page.form.sections[0].editor("narrative").focus_target()
    narrative.setFocus()
    typed = 0

    def key() -> None:
        nonlocal typed
        if typed < len(TEXT):
            type_text(narrative, TEXT[typed])
            typed += 1

    def report() -> None:
        print(f"AUTOSAVED {typed}", flush=True)

    page.autosaved.connect(report)
    timer = QTimer()
    timer.timeout.connect(key)
    timer.start(KEY_INTERVAL_MS)
    print("READY", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
