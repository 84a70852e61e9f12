"""A slot or counter write killed before its rename leaves its temporary file in the vault's
folder (fileio.write_atomically cleans up on every error, but not after SIGKILL or a power
cut). The next unlock removes those that are old enough to be no running write's; nothing
else in the folder is touched."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from shekara import fileio
from shekara.vault import keyslots
from shekara.vault.vault import STALE_TEMPORARY_SECONDS, Vault

SUPERVISOR, PASS = "sup.one", "correct horse battery 1"
ROOT = Path(__file__).resolve().parents[2]

# A child that writes the slot file through the real atomic writer and is killed (SIGKILL, by
# itself) after the first bytes reach the temporary file, before its rename.
KILLED_WRITE = """
import os, signal, sys
from pathlib import Path
from shekara import fileio
class Dying:
    def __init__(self, path):
        self.file = open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")
    def write(self, data):
        self.file.write(bytes(data[:10])); self.file.flush()
        os.kill(os.getpid(), signal.SIGKILL)
    def flush(self): pass
    def fileno(self): return self.file.fileno()
    def __enter__(self): return self
    def __exit__(self, *exc): self.file.close()
target = Path(sys.argv[1])
fileio.write_atomically(target, target.read_bytes(), replace=True, opener=Dying)
"""


@pytest.fixture
def directory(tmp_path: Path) -> Path:
    vault, _ = Vault.create(tmp_path / "v", mode="post", party="KZ", post_code="KZ-TEST",
                            officer=SUPERVISOR, passphrase=PASS)
    vault.lock()
    return tmp_path / "v"


def killed_write(target: Path) -> Path:
    """The temporary file a SIGKILLed write of `target` left behind."""
    before = set(target.parent.iterdir())
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop")}
    run = subprocess.run([sys.executable, "-c", KILLED_WRITE, str(target)], env=env,
                         capture_output=True, check=False)
    assert run.returncode == -signal.SIGKILL, run.stderr.decode()
    (left,) = set(target.parent.iterdir()) - before
    return left


def age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_the_next_unlock_removes_a_killed_writes_old_temporary_file(directory: Path) -> None:
    slots = directory / keyslots.SLOT_FILE
    whole = slots.read_bytes()
    old, recent = killed_write(slots), killed_write(slots)
    assert old.name.startswith(f".{keyslots.SLOT_FILE}.") and old.name.endswith(".tmp")
    assert slots.read_bytes() == whole  # the kill came before the rename
    age(old, STALE_TEMPORARY_SECONDS + 60)
    age(recent, STALE_TEMPORARY_SECONDS - 60)  # could still be another window's write
    # Names that only look alike are someone else's: never touched.
    others = [directory / ".notes.tmp", directory / f".{keyslots.SLOT_FILE}.XYZXYZXYZXYZ.tmp",
              directory / "keyslots.json.0123456789ab.tmp"]
    for other in others:
        other.write_bytes(b"x")
        age(other, STALE_TEMPORARY_SECONDS * 10)
    Vault.open(directory, SUPERVISOR, PASS).lock()
    assert not old.exists()
    assert recent.exists() and all(other.exists() for other in others)
    assert slots.read_bytes() == whole


def test_only_temporary_names_old_enough_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "file.json"
    stale = fileio.temp_name(target)
    fresh = fileio.temp_name(target)
    kept = [tmp_path / "file.json", tmp_path / ".file.json.tmp"]
    for path in (stale, fresh, *kept):
        path.write_bytes(b"x")
        age(path, 120)
    age(fresh, 10)
    (tmp_path / ".dir.0123456789ab.tmp").mkdir()  # a folder by that name is not a write's
    age(tmp_path / ".dir.0123456789ab.tmp", 120)
    assert fileio.remove_stale_temporaries(tmp_path, 60) == 1
    assert not stale.exists() and fresh.exists() and all(p.exists() for p in kept)
    assert (tmp_path / ".dir.0123456789ab.tmp").is_dir()
    assert fileio.remove_stale_temporaries(tmp_path / "missing", 60) == 0
