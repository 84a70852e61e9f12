"""A vault held open elsewhere is never replaced under it (vault/in_use.py).

Before: a window left open across `shekara rekey` (or a restore over its vault) went on writing
to the old, unlinked file; its record and its new officer were lost without a word, and the
officer's slot held the old master key. Now the replacement is refused while anyone else holds
the vault, an unlock waits its turn while a replacement runs, and a write to a file replaced
anyway (a file system without locks) is refused rather than lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from shekara.demo.samples import generate_records
from shekara.errors import StateError
from shekara.services.backups import restore
from shekara.services.session import Session
from shekara.vault import in_use, keyslots
from shekara.vault.connection import DB_FILE, file_identity
from shekara.vault.rekey import rekey
from shekara.vault.vault import Vault

SUPERVISOR, PASS = "sup.one", "correct horse battery 1"
OFFICER, OFFICER_PASS = "off.one", "correct horse battery 2"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def directory(tmp_path: Path) -> Path:
    vault, _ = Vault.create(tmp_path / "v", mode="post", party="KZ", post_code="KZ-TEST",
                            officer=SUPERVISOR, passphrase=PASS)
    vault.add_officer(OFFICER, "officer", OFFICER_PASS)
    vault.lock()
    return tmp_path / "v"


def record() -> dict[str, object]:
    return next(iter(generate_records(1)))


def files(directory: Path) -> tuple[tuple[int, int], bytes]:
    return file_identity(directory / DB_FILE), (directory / keyslots.SLOT_FILE).read_bytes()


def test_a_rekey_is_refused_while_a_window_holds_the_vault(directory: Path) -> None:
    window = Session(Vault.open(directory, OFFICER, OFFICER_PASS))
    command = Vault.open(directory, SUPERVISOR, PASS)
    before = files(directory)
    with pytest.raises(StateError) as refused:
        rekey(command, PASS)
    assert refused.value.msgid == "vault.in_use" and "another window" in str(refused.value)
    assert files(directory) == before  # nothing replaced, no new files beside it
    assert sorted(p.name for p in directory.iterdir()) == [
        "keyslots.json", "vault.db", "vault.db-shm", "vault.db-wal", "vault.lock"]
    # Both go on working: the window writes to the vault everyone opens.
    [added] = window.records.add([record()])
    window.vault.lock()
    command.lock()
    again = Vault.open(directory, SUPERVISOR, PASS)
    assert Session(again).records.show(added).current.data["kind"]
    # Once the window is locked, the same rekey goes ahead.
    result = rekey(again, PASS)
    assert result.officers_to_reset == [OFFICER]
    Vault.open(directory, SUPERVISOR, PASS).lock()


def test_an_unlock_waits_for_a_replacement_under_way(directory: Path) -> None:
    """Alone from its first step: an unlock meanwhile would have run the cleanup of an
    interrupted rekey and deleted the new file being written."""
    rekeying = Vault.open(directory, SUPERVISOR, PASS)
    rekeying.hold_alone()
    for opening in (lambda: Vault.open(directory, OFFICER, OFFICER_PASS),
                    lambda: Vault.open(directory, SUPERVISOR, "a wrong passphrase")):
        with pytest.raises(StateError) as busy:
            opening()
        assert busy.value.msgid == "vault.busy"
    rekeying.hold_shared()  # the replacement did not happen: others may open it again
    Vault.open(directory, OFFICER, OFFICER_PASS).lock()
    rekeying.lock()


def test_a_refused_rekey_lets_others_in_again(directory: Path) -> None:
    vault = Vault.open(directory, SUPERVISOR, PASS)
    with pytest.raises(Exception) as wrong:
        rekey(vault, "not the passphrase")
    assert getattr(wrong.value, "msgid", None) == "auth.login_failed"
    Vault.open(directory, OFFICER, OFFICER_PASS).lock()  # not busy
    vault.lock()


def test_a_restore_over_a_vault_held_open_is_refused(directory: Path, tmp_path: Path) -> None:
    with Session(Vault.open(directory, SUPERVISOR, PASS)) as session:
        backup = session.backups.write(tmp_path).path
    window = Vault.open(directory, OFFICER, OFFICER_PASS)
    before = files(directory)
    with pytest.raises(StateError) as refused:
        restore(backup, directory, SUPERVISOR, PASS, replace=True)
    assert refused.value.msgid == "vault.in_use"
    assert files(directory) == before
    assert not [p for p in directory.iterdir() if p.name.startswith(("replaced-", ".restore-"))]
    window.lock()
    restore(backup, directory, SUPERVISOR, PASS, replace=True)
    Vault.open(directory, SUPERVISOR, PASS).lock()
    assert [p for p in directory.iterdir() if p.name.startswith("replaced-")]


def test_without_locks_a_write_to_a_replaced_file_is_refused_not_lost(
        directory: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file system without locks (some network shares) guards nothing: the rekey goes
    ahead. The window's next change is refused, where it used to go to the unlinked file."""
    monkeypatch.setattr(in_use, "_open_lock_file", lambda _directory: None)
    window = Session(Vault.open(directory, SUPERVISOR, PASS))
    rekey(Vault.open(directory, SUPERVISOR, PASS), PASS)
    for change in (lambda: window.records.add([record()]),
                   lambda: window.vault.add_officer("new.one", "officer", "correct horse 3"),
                   lambda: window.vault.change_passphrase(SUPERVISOR, "correct horse 4")):
        with pytest.raises(StateError) as refused:
            change()
        assert refused.value.msgid == "vault.replaced"
        assert "nothing was written" in str(refused.value)
    window.vault.lock()
    # Nothing of it reached the vault, and its slots: the supervisor's passphrase is unchanged.
    vault = Vault.open(directory, SUPERVISOR, PASS)
    assert vault.conn.execute("SELECT count(*) FROM records").fetchone()[0] == 0
    assert [o.login for o in vault.officers()] == [OFFICER, SUPERVISOR]
    vault.lock()


HOLDER = """
import sys
from pathlib import Path
from tests.support.fast_kdf import install
install()
from shekara.vault.vault import Vault
vault = Vault.open(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
print("open", flush=True)
sys.stdin.read()
"""


def test_another_process_holds_it_until_it_ends_even_by_sigkill(directory: Path) -> None:
    """The real thing: a second process, and the operating system's locks dying with it."""
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(directory), OFFICER,
                              OFFICER_PASS], cwd=REPO, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, env=_env())
    try:
        assert child.stdout is not None and child.stdout.readline() == b"open\n"
        vault = Vault.open(directory, SUPERVISOR, PASS)
        with pytest.raises(StateError) as refused:
            rekey(vault, PASS)
        assert refused.value.msgid == "vault.in_use"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        rekey(vault, PASS)  # the kill ended its hold
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
    Vault.open(directory, SUPERVISOR, PASS).lock()


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": f"{REPO / 'desktop'}{os.pathsep}{REPO}"}
