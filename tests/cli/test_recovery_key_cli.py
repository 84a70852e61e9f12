"""`shekara recovery-key new`: the key printed once as `init` prints it (and under
"recovery_key" with --json), the old key refused and the new one accepted by `recover` and
`report recovery`, every officer still unlocking, the audit entry, the sheet with
--recovery-sheet; each refusal with its exit code and nothing changed; and nothing of the key
written anywhere but the output."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

from shekara.vault import keyslots
from tests.cli.conftest import (
    OFFICER,
    OFFICER_PASS,
    SECOND,
    SUPERVISOR,
    SUPERVISOR_PASS,
    Shekara,
    example_record,
)
from tests.support.fast_kdf import child_env
from tests.support.fast_kdf import command as fast_kdf_command

KEY = re.compile(r"([A-Z2-7]{5}-){12}[A-Z2-7]{5}")


def slot_file(shekara: Shekara) -> str:
    return hashlib.sha256((shekara.vault / keyslots.SLOT_FILE).read_bytes()).hexdigest()


def first_key(shekara: Shekara) -> str:
    """The recovery key `init` printed is not kept by the fixture: make one known first."""
    return str(shekara.ok("recovery-key", "new", "--json").json()["recovery_key"])


def recover_env(key: str, new: str = "officer-after-new-key-1") -> dict[str, str]:
    return {"SHEKARA_RECOVERY_KEY": key, "SHEKARA_NEW_PASSPHRASE": new}


def test_it_prints_the_new_key_once_and_the_old_one_stops_working(shekara: Shekara) -> None:
    ids = shekara.add(example_record())
    old = first_key(shekara)
    result = shekara.ok("recovery-key", "new")
    assert result.lines[0] == ("the vault has a new recovery key: the old one and its sheet "
                               "open nothing any more; destroy the old sheet")
    assert result.lines[1] == "new recovery key (shown once; keep it on paper in the post's safe):"
    new = result.lines[2].strip()
    assert KEY.fullmatch(new) and result.out.count(new) == 1 and new != old
    assert result.lines[3] == "print its sheet: shekara report recovery --out FILE.pdf"
    assert result.err == ""

    refused = shekara.refused("recover", OFFICER, env=recover_env(old), officer=None, code=3)
    assert refused.err == "shekara: error: wrong passphrase or recovery key\n"
    shekara.ok("recover", OFFICER, env=recover_env(new), officer=None)
    shekara.ok("record", "list", officer=OFFICER, passphrase="officer-after-new-key-1")
    # Nothing was encrypted again: every other officer unlocks as before, the records are there.
    assert [r["id"] for r in shekara.ok("record", "list", "--json", officer=SECOND).json()] == ids
    shekara.ok("check")
    entries = shekara.ok("audit", "list", "--action", "vault.recovery_key", "--json").json()
    assert [(e["officer"], e["detail"]) for e in entries] == [(SUPERVISOR, {}), (SUPERVISOR, {})]
    shekara.ok("audit", "verify")


def test_the_sheet_check_passes_with_the_new_key_only(shekara: Shekara, tmp_path: Path) -> None:
    old = first_key(shekara)
    new = shekara.ok("recovery-key", "new", "--json").json()["recovery_key"]
    shekara.ok("report", "recovery", "--out", str(tmp_path / "new.pdf"),
               env={"SHEKARA_RECOVERY_KEY": new})
    err = shekara.refused("report", "recovery", "--out", str(tmp_path / "old.pdf"),
                          env={"SHEKARA_RECOVERY_KEY": old}, code=3).err
    assert "this recovery key does not open this vault: no sheet was printed" in err
    assert not (tmp_path / "old.pdf").exists()


def test_json_has_the_key_as_init_and_rekey_give_it(shekara: Shekara) -> None:
    out = shekara.ok("recovery-key", "new", "--json").json()
    assert set(out) == {"recovery_key", "recovery_sheet"} and out["recovery_sheet"] is None
    assert KEY.fullmatch(out["recovery_key"])
    shekara.ok("recover", SECOND, env=recover_env(out["recovery_key"], "second-after-new-key"),
               officer=None)


def test_recovery_sheet_is_written_with_the_new_key(shekara: Shekara, tmp_path: Path) -> None:
    sheet = tmp_path / "recovery.pdf"
    result = shekara.ok("recovery-key", "new", "--recovery-sheet", str(sheet), "--lang", "ru")
    new = result.lines[2].strip()
    assert result.lines[3] == f"recovery sheet: {sheet}"
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(sheet.read_bytes())).pages)
    assert all(group in text for group in new.split("-"))
    [printed] = shekara.ok("audit", "list", "--action", "print", "--json").json()
    assert printed["detail"]["document"] == "recovery"
    out = shekara.ok("recovery-key", "new", "--json", "--recovery-sheet",
                     str(tmp_path / "again.pdf")).json()
    assert out["recovery_sheet"] == str(tmp_path / "again.pdf")


def test_refusals_change_nothing(shekara: Shekara, tmp_path: Path) -> None:
    old = first_key(shekara)
    before = slot_file(shekara)
    err = shekara.refused("recovery-key", "new", officer=OFFICER, code=4).err
    assert err == "shekara: error: only a supervisor may do this\n"
    err = shekara.refused("recovery-key", "new", passphrase="not-the-passphrase", code=3).err
    assert err == "shekara: error: wrong officer name or passphrase\n"
    shekara.refused("recovery-key", "new", officer=None, code=3)  # no officer, no passphrase
    # The sheet's place is checked before anything changes (a report may replace an earlier
    # file of its name, as `init --recovery-sheet` does; never a folder).
    shekara.refused("recovery-key", "new", "--recovery-sheet", str(tmp_path), code=2)
    shekara.refused("recovery-key", "new", "--recovery-sheet",
                    str(tmp_path / "no-such-folder" / "s.pdf"), code=2)
    shekara.refused("recovery-key", "new", env={"SHEKARA_VAULT": str(tmp_path / "none")},
                    code=7)
    shekara.refused("recovery-key", code=2)  # the action is required
    assert slot_file(shekara) == before
    shekara.ok("recover", OFFICER, env=recover_env(old), officer=None)  # the old key works
    assert shekara.ok("audit", "list", "--action", "vault.recovery_key", "--json").json()[1:] == []


def test_help_names_what_it_keeps_and_how_it_differs_from_rekey(shekara: Shekara) -> None:
    for args in (["recovery-key", "--help"], ["recovery-key", "new", "--help"]):
        try:
            shekara(*args)
        except SystemExit as stop:
            assert stop.code == 0
        else:
            raise AssertionError(f"{args} did not print help")
        out = shekara.capsys.readouterr().out
        assert out.startswith("usage: shekara recovery-key")
    assert "every officer's passphrase stay as they are" in " ".join(out.split())
    assert "'shekara rekey'" in out and "--recovery-sheet PDF" in out


def test_nothing_of_the_key_is_written_anywhere(tmp_path: Path) -> None:
    """A real process with its own home, data, cache and temp folders: after `recovery-key
    new` (and a failed try), no file anywhere holds the key in any form."""
    home = tmp_path / "home"
    folders = {name: home / name for name in ("data", "config", "cache", "tmp", "state")}
    for folder in folders.values():
        folder.mkdir(parents=True)
    vault = folders["data"] / "vault"
    env = child_env({k: v for k, v in os.environ.items() if not k.startswith("SHEKARA_")})
    env.update({"HOME": str(home), "XDG_DATA_HOME": str(folders["data"]),
                "XDG_CONFIG_HOME": str(folders["config"]),
                "XDG_CACHE_HOME": str(folders["cache"]), "XDG_STATE_HOME": str(folders["state"]),
                "TMPDIR": str(folders["tmp"]), "SHEKARA_VAULT": str(vault),
                "SHEKARA_OFFICER": SUPERVISOR, "SHEKARA_PASSPHRASE": SUPERVISOR_PASS})

    def run(*args: str, **extra: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(fast_kdf_command(*args), capture_output=True, check=False,
                              env={**env, **extra}, timeout=120)

    assert run("init", "--mode", "post", "--party", "KZ", "--post", "KZ-SCAN", "--officer",
               SUPERVISOR).returncode == 0
    assert run("officer", "add", OFFICER, SHEKARA_NEW_PASSPHRASE=OFFICER_PASS).returncode == 0
    assert run("recovery-key", "new", SHEKARA_PASSPHRASE="wrong-passphrase").returncode == 3
    made = run("recovery-key", "new")
    assert made.returncode == 0, made.stderr
    [key] = [found.group(0) for found in KEY.finditer(made.stdout.decode())]
    raw = keyslots.parse_recovery_key(key)
    forms = [key.encode(), key.replace("-", "").encode(), key.lower().encode(), raw,
             raw.hex().encode(), key.encode("utf-16-le")]
    scanned = 0
    for path in home.rglob("*"):
        if path.is_file():
            blob = path.read_bytes()
            scanned += 1
            assert not any(form in blob for form in forms), f"the key is in {path}"
    assert scanned >= 2
    assert sorted(p.name for p in vault.iterdir()) == ["keyslots.json", "vault.db",
                                                       "vault.lock"]  # vault/in_use.py: empty
    assert not any(folders["tmp"].iterdir())
    assert run("recover", OFFICER, SHEKARA_RECOVERY_KEY=key,
               SHEKARA_NEW_PASSPHRASE="after-the-new-key-1").returncode == 0
