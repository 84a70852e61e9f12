"""After a shift in the window, no name, narrative or document number is readable in any file on
disk — the window's counterpart of tests/cli/test_plaintext_scan.py.

The real application runs in a child process (tests/ui/window_shift_child.py) with HOME, the
XDG folders, TMPDIR and XDG_RUNTIME_DIR inside the test's folder, so every file it or Qt writes
(Qt's own settings, the preferences, print spool files, caches, the vault) lands where the test
can read it. The child stops at a few moments (a report open in the preview, the vault locked)
so that files that live only while a screen is open are seen too, and once more after it quit.

The shift: setup in the wizard (the recovery key shown once becomes a needle too; HQ's keys
file imported through Qt's open dialog); the officer unlocks, types a record into the editor,
attaches a scan through the open dialog, adds a second record through the services, searches
in Latin letters for a Lithuanian and a Kazakh name, opens the record (its thumbnail), prints
the incident report to a file and saves it through Qt's save dialog, locks; the supervisor
approves both, exports a packet to a folder chosen in the dialog, saves the transmittal sheet,
changes the idle lock, the language and the zoom, locks, unlocks and quits.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from tests.support.fast_kdf import child_env
from tests.support.plaintext_scan import Hit, find_documents, find_plaintext, text_forms
from tests.ui.window_shift_child import (
    ATTACHED,
    CASE_FOLDER,
    KZ_PHRASE,
    LT_PHRASE,
    LT_SURNAME,
    NEEDLES,
)

ROOT = Path(__file__).resolve().parents[2]


def _sandbox(root: Path) -> tuple[dict[str, str], Path]:
    home = root / "home"
    folders = {"XDG_CONFIG_HOME": home / ".config", "XDG_DATA_HOME": home / ".local" / "share",
               "XDG_CACHE_HOME": home / ".cache", "XDG_STATE_HOME": home / ".local" / "state",
               "TMPDIR": root / "tmp", "XDG_RUNTIME_DIR": root / "run"}
    for folder in folders.values():
        folder.mkdir(parents=True)
    folders["XDG_RUNTIME_DIR"].chmod(0o700)  # as Qt demands of it
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("SHEKARA_", "XDG_", "QT_"))}
    env.update({name: str(path) for name, path in folders.items()})
    env.update({"HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
                "XDG_CONFIG_DIRS": str(root / "etc-xdg"), "XDG_DATA_DIRS": "/usr/share"})
    return child_env(env), home


def _in_words(text: str) -> list[str]:
    """The needles a text shown in a file dialog holds (its suggested name, its folder)."""
    return [n for n in NEEDLES if any(form.lower() in text.lower() for form in text_forms(n))]


def test_a_shift_in_the_window_leaves_no_plaintext(tmp_path: Path) -> None:
    env, home = _sandbox(tmp_path)
    stick, out, hq = tmp_path / "stick", tmp_path / "out", tmp_path / "hq"
    for folder in (stick, out, hq):
        folder.mkdir()
    case = out / CASE_FOLDER
    # The child's stderr (Qt's warnings, a traceback) goes to an unnamed file outside the
    # sandbox: a pipe nobody reads while the test scans could fill up and stop the child.
    stderr = tempfile.TemporaryFile()
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.window_shift_child", str(stick), str(out), str(hq)],
        cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr,
        text=True)
    assert child.stdin is not None and child.stdout is not None
    hits: dict[str, list[Hit]] = {}
    dialogs: list[dict[str, Any]] = []
    steps: list[str] = []
    done = False

    def output() -> list[Path]:
        """What the officer asked for, in plaintext on purpose: the documents they saved (under
        the names the dialogs proposed, checked below) or printed to a file, the folder they
        chose for them and the scan they attached from there (the names are theirs). Nothing
        else in that folder is exempt, and the packet on the stick is not: it is encrypted."""
        saved = [Path(d["saves_to"]) for d in dialogs if d["saves_to"]]
        return [case, case / ATTACHED, case / "printed-incident.pdf", *saved]

    needles = list(NEEDLES)

    def scan() -> list[Hit]:
        return [*find_plaintext(tmp_path, needles, skip=output()),
                *find_documents(tmp_path, skip=output())]

    # A child stuck for good (a modal dialog nobody answers) is ended, so the test fails
    # instead of hanging; the limit is far beyond a run's few seconds, not a speed goal.
    watchdog = threading.Timer(300, child.kill)
    watchdog.start()
    try:
        for line in child.stdout:
            if not line.startswith("{"):
                continue  # not ours (a library's chatter)
            message = json.loads(line)
            if "scan" in message:
                hits[message["scan"]] = scan()
                child.stdin.write("scanned\n")
                child.stdin.flush()
            elif "recovery_key" in message:  # shown once by the wizard, written down on paper
                key = message["recovery_key"]
                needles.extend([key, key.replace("-", "")])
            elif "dialog" in message:
                dialogs.append(message["dialog"])
            elif "step" in message:
                steps.append(message["step"])
            elif message.get("done"):
                done = True
        child.wait(timeout=60)
    finally:
        watchdog.cancel()
        if child.poll() is None:
            child.kill()
            child.wait()
    stderr.seek(0)
    errors = stderr.read().decode(errors="replace")
    stderr.close()
    assert done and child.returncode == 0, f"the shift stopped after {steps}:\n{errors}"
    hits["after quitting"] = scan()

    # The run did what it says: a packet on the stick, the documents the officer saved.
    assert [p.suffix for p in stick.iterdir()] == [".shk"]
    assert len(output()) == 5 and all(p.is_file() for p in output()[1:])
    assert list(home.rglob("vault.db")), "the vault is in the platform's data folder"
    assert len(dialogs) == 5 and len(needles) == len(NEEDLES) + 2
    # What Qt writes of its file dialogs is in the sandbox, so it was scanned: the file that
    # kept the case folder's name before ui/widgets/file_dialog_memory.py.
    assert (home / ".config" / "QtProject.conf").is_file()
    # The officer's own report holds the names the scan looks for (in its text, which the
    # byte scan cannot read: that is why any other PDF on disk counts as a leak).
    saved = PdfReader(output()[3])
    assert LT_SURNAME in "".join(page.extract_text() for page in saved.pages)

    found = {label: [str(h) for h in found] for label, found in hits.items() if found}
    assert not found, f"personal data in plaintext on disk: {found}"
    suggested = [d for d in dialogs for name in d["proposed"] if _in_words(name)]
    assert not suggested, f"a file dialog proposed a name with personal data: {suggested}"


def test_the_scan_finds_what_was_planted(tmp_path: Path) -> None:
    """The checking functions themselves: each form a program could write a name in is found,
    in a file's bytes or its name; only the exact paths exempted are passed over."""
    home = tmp_path / "home"
    (home / ".config").mkdir(parents=True)
    (home / ".cache" / "thumbnails").mkdir(parents=True)
    planted = {
        home / ".config" / "QtProject.conf":  # Qt's file dialog, a folder in a URL
            b"lastVisited=file:///home/o/%C5%BDvirblyt%C4%97%20Gintar%C4%97%20byla\n",
        home / "log.txt": "Saved report for Төлеубаев Ерғали".encode("utf-16-le"),
        home / "index.tmp": b"\x00\x01zvirblite gintare\x00",  # the search index's keys
        home / "passport.txt": b"TOLEUBAEV ERGALI N7654321",  # as a passport writes them
        home / "narrative.txt": LT_PHRASE.upper().encode("utf-8"),
        home / "Zvirblyte.tmp": b"nothing inside",  # a temporary file named after her
    }
    for path, data in planted.items():
        path.write_bytes(data)
    (home / ".cache" / "thumbnails" / "a.png").write_bytes(b"\x89PNG\r\n\x1a\nrest")
    (tmp_path / "printout.pdf").write_bytes(b"%PDF-1.4 compressed")
    chosen = tmp_path / CASE_FOLDER
    chosen.mkdir()
    (chosen / "report.pdf").write_bytes(f"%PDF {LT_SURNAME}".encode())
    (chosen / "stray.tmp").write_bytes(KZ_PHRASE.encode("utf-8"))
    (tmp_path / "harmless.txt").write_bytes(b"Shekara KZ-NUR-ZHOLY incident-d133e9ec-v1-kk.pdf")

    output = [chosen, chosen / "report.pdf"]
    found = {(h.path.name, h.needle) for h in find_plaintext(tmp_path, NEEDLES, skip=output)}
    assert found == {("QtProject.conf", "Žvirblytė"), ("QtProject.conf", "Gintarė"),
                     ("log.txt", "Төлеубаев"), ("log.txt", "Ерғали"),
                     ("index.tmp", "Žvirblytė"), ("index.tmp", "Gintarė"),
                     ("passport.txt", "Төлеубаев"), ("passport.txt", "Ерғали"),
                     ("passport.txt", "N7654321"), ("narrative.txt", LT_PHRASE),
                     ("Zvirblyte.tmp", "Žvirblytė"), ("stray.tmp", KZ_PHRASE)}
    documents = {h.path.name for h in find_documents(tmp_path, skip=output)}
    assert documents == {"a.png", "printout.pdf"}
    # Without the exemption the officer's own folder and report are reported too.
    unexempt = {h.path.name for h in find_plaintext(tmp_path, NEEDLES)}
    assert {CASE_FOLDER, "report.pdf"} <= unexempt
