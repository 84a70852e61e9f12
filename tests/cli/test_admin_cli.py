"""init, officers, passphrases, recovery, audit, backup/restore and check — real vault files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import sqlcipher3

from shekara.vault.keyslots import SLOT_FILE
from tests.cli.conftest import (
    OFFICER,
    OFFICER_PASS,
    SECOND,
    SUPERVISOR,
    SUPERVISOR_PASS,
    Shekara,
    example_record,
    run_process,
)


def test_init_json_and_recovery_key_shown_once(tmp_path: Path, monkeypatch, capsys) -> None:
    cli = Shekara(tmp_path / "v", monkeypatch, capsys)
    out = cli.ok("init", "--mode", "hq", "--party", "LT", "--post", "LT-HQ", "--officer",
                 "rasa.j", "--json", officer="rasa.j", passphrase="ilgas-slaptazodis").json()
    assert out["mode"] == "hq" and out["party"] == "LT" and out["post"] == "LT-HQ"
    assert re.fullmatch(r"([A-Z2-7]{5}-){12}[A-Z2-7]{5}", out["recovery_key"])
    assert out["recovery_key"] not in (tmp_path / "v" / SLOT_FILE).read_text()
    cli.refused("init", "--mode", "post", "--party", "LT", "--post", "LT-X", "--officer",
                "rasa.j", officer="rasa.j", passphrase="ilgas-slaptazodis", code=6)


def test_init_refusals(tmp_path: Path, monkeypatch, capsys) -> None:
    cli = Shekara(tmp_path / "v", monkeypatch, capsys)
    base = ["init", "--mode", "post", "--party", "KZ", "--post", "KZ-1"]
    cli.refused(*base, "--officer", "Bad Login", officer="x", passphrase="long-enough-pass")
    cli.refused(*base, "--officer", "ok.login", officer="x", passphrase="short")
    cli.refused("init", "--mode", "post", "--party", "RU", "--post", "KZ-1", "--officer", "a.b")
    cli.refused("init", "--mode", "post", "--party", "KZ", "--post", "bad code!", "--officer",
                "a.b", officer="a.b", passphrase="long-enough-pass")
    assert not (tmp_path / "v" / "vault.db").exists()


def test_wrong_passphrase_unknown_officer_missing_vault(shekara: Shekara, tmp_path) -> None:
    err = shekara.refused("record", "list", passphrase="not-the-passphrase", code=3).err
    assert "wrong officer name or passphrase" in err
    # An unknown login gets the very same line: logins cannot be enumerated.
    assert shekara.refused("record", "list", officer="nobody", passphrase="whatever-long",
                           code=3).err == err
    shekara.refused("record", "list", officer=None, code=3)  # no officer at all
    shekara.refused("record", "list", env={"SHEKARA_VAULT": str(tmp_path / "none")}, code=7)


def test_officers_add_list_remove(shekara: Shekara) -> None:
    listed = shekara.ok("officer", "list", "--json").json()
    assert {o["login"]: o["role"] for o in listed} == {SUPERVISOR: "supervisor",
                                                      SECOND: "supervisor", OFFICER: "officer"}
    shekara.refused("officer", "add", "new.one", officer=OFFICER,
                    env={"SHEKARA_NEW_PASSPHRASE": "long-enough-pass"}, code=4)
    shekara.refused("officer", "add", OFFICER, env={"SHEKARA_NEW_PASSPHRASE": "long-enough-pass"},
                    code=6)
    shekara.refused("officer", "add", "weak.one", env={"SHEKARA_NEW_PASSPHRASE": "short"}, code=2)
    shekara.refused("officer", "remove", SUPERVISOR, code=6)  # yourself
    slots_before = json.loads((shekara.vault / SLOT_FILE).read_text())["slots"]
    shekara.ok("officer", "remove", OFFICER)
    slots_after = json.loads((shekara.vault / SLOT_FILE).read_text())["slots"]
    assert len(slots_after) == len(slots_before) - 1
    shekara.refused("record", "list", officer=OFFICER, code=3)
    shekara.refused("officer", "remove", OFFICER, code=3)


def test_slot_file_does_not_name_officers(shekara: Shekara) -> None:
    text = (shekara.vault / SLOT_FILE).read_text()
    for login in (SUPERVISOR, SECOND, OFFICER):
        assert login not in text


def test_change_own_passphrase(shekara: Shekara) -> None:
    shekara.ok("officer", "passwd", officer=OFFICER,
               env={"SHEKARA_NEW_PASSPHRASE": "a-brand-new-passphrase"})
    shekara.refused("record", "list", officer=OFFICER, passphrase=OFFICER_PASS, code=3)
    shekara.ok("record", "list", officer=OFFICER, passphrase="a-brand-new-passphrase")


def test_passphrase_file_option(shekara: Shekara, tmp_path: Path) -> None:
    f = tmp_path / "pass.txt"
    f.write_text(SUPERVISOR_PASS + "\n", encoding="utf-8")
    shekara.ok("record", "list", "--passphrase-file", str(f), passphrase="wrong-in-env-var")
    shekara.refused("record", "list", "--passphrase-file", str(tmp_path / "missing"), code=2)


def test_recover_with_the_recovery_key(tmp_path: Path, monkeypatch, capsys) -> None:
    cli = Shekara(tmp_path / "v", monkeypatch, capsys)
    key = cli.ok("init", "--mode", "post", "--party", "KZ", "--post", "KZ-1", "--officer",
                 "a.b", "--json", officer="a.b", passphrase="forgotten-pass").json()["recovery_key"]
    cli.ok("recover", "a.b", officer=None,
           env={"SHEKARA_RECOVERY_KEY": key.lower(), "SHEKARA_NEW_PASSPHRASE": "remembered-now"})
    cli.ok("record", "list", officer="a.b", passphrase="remembered-now")
    wrong = "AAAA-" * 12 + "AAAA"
    cli.refused("recover", "a.b", officer=None, code=3,
                env={"SHEKARA_RECOVERY_KEY": wrong, "SHEKARA_NEW_PASSPHRASE": "whatever-long"})
    cli.refused("recover", "a.b", officer=None, code=3,
                env={"SHEKARA_RECOVERY_KEY": "not a key", "SHEKARA_NEW_PASSPHRASE": "x" * 12})
    entries = cli.ok("audit", "list", "--json", officer="a.b",
                     passphrase="remembered-now").json()
    assert [e["action"] for e in entries if e["officer"] == "recovery"] == ["officer.passphrase"]


def test_audit_chain_records_every_action(shekara: Shekara) -> None:
    [rid] = shekara.add(example_record())
    shekara.ok("record", "show", rid)
    shekara.ok("record", "approve", rid, officer=SUPERVISOR)
    entries = shekara.ok("audit", "list", "--record", rid, "--json").json()
    assert [e["action"] for e in entries] == ["record.create", "record.view", "record.approve"]
    assert [e["officer"] for e in entries] == [OFFICER, SUPERVISOR, SUPERVISOR]
    assert all(e["version"] == 1 for e in entries)
    verdict = shekara.ok("audit", "verify", "--json").json()
    assert verdict["ok"] and verdict["entries"] >= 6


def test_audit_log_refuses_update_and_delete_and_verify_catches_tampering(
        shekara: Shekara) -> None:
    from shekara.vault.vault import Vault

    shekara.add(example_record())
    vault = Vault.open(shekara.vault, SUPERVISOR, SUPERVISOR_PASS)
    try:
        for sql in ("UPDATE audit SET officer = 'x' WHERE seq = 1", "DELETE FROM audit"):
            try:
                vault.conn.execute(sql)
            except sqlcipher3.IntegrityError as exc:
                assert "append-only" in str(exc)
            else:
                raise AssertionError(f"{sql} was allowed")
        # Someone with the key who drops the triggers and edits an entry is still caught.
        vault.conn.execute("DROP TRIGGER audit_no_update")
        vault.conn.execute("UPDATE audit SET officer = 'mallory' WHERE seq = 2")
    finally:
        vault.lock()
    err = shekara.refused("audit", "verify", code=7).err
    assert "entry 2 was altered" in err


def test_backup_and_restore(shekara: Shekara, tmp_path: Path) -> None:
    [rid] = shekara.add(example_record())
    stick = tmp_path / "stick"
    stick.mkdir()
    out = shekara.ok("backup", "--to", str(stick), "--json").json()
    backup = Path(out["path"])
    assert backup.exists() and out["records"] == 1
    assert b"\xc5\xbdukauskas" not in backup.read_bytes()  # "Žukauskas" in UTF-8
    # restore into a new folder
    other = tmp_path / "restored"
    shekara.ok("restore", str(backup), env={"SHEKARA_VAULT": str(other)})
    shown = shekara.ok("record", "show", rid, "--json",
                       env={"SHEKARA_VAULT": str(other)}).json()
    assert shown["persons"][0]["surname"] == "Žukauskas"
    # over an existing vault: refused, then kept aside with --replace
    shekara.refused("restore", str(backup), code=6)
    shekara.add(example_record())
    shekara.ok("restore", str(backup), "--replace")
    assert len(shekara.ok("record", "list", "--json").json()) == 1
    assert list(shekara.vault.glob("replaced-*/vault.db"))
    shekara.ok("audit", "verify")


def test_restore_refusals(shekara: Shekara, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    backup = Path(shekara.ok("backup", "--to", str(stick), "--json").json()["path"])
    target = {"SHEKARA_VAULT": str(tmp_path / "elsewhere")}
    shekara.refused("restore", str(backup), passphrase="not-the-passphrase", env=target, code=3)
    damaged = tmp_path / "damaged.shkbak"
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    shekara.refused("restore", str(damaged), env=target, code=7)
    junk = tmp_path / "junk.shkbak"
    junk.write_bytes(b"not a tar")
    shekara.refused("restore", str(junk), env=target, code=7)
    shekara.refused("restore", str(tmp_path / "missing.shkbak"), env=target, code=2)
    shekara.refused("backup", "--to", str(tmp_path / "no-such-dir"), code=2)
    assert not (tmp_path / "elsewhere" / "vault.db").exists()


def test_check_detects_a_damaged_vault(shekara: Shekara) -> None:
    shekara.add(*[example_record() for _ in range(30)])
    assert shekara.ok("check").out.strip() == "vault intact"
    db = shekara.vault / "vault.db"
    data = bytearray(db.read_bytes())
    # damage a page in the middle (not the header, so the key still opens the file)
    data[3 * 4096 + 100] ^= 0x55
    db.write_bytes(bytes(data))
    shekara.refused("check", code=7)


def test_garbage_file_is_not_a_vault(shekara: Shekara) -> None:
    (shekara.vault / "vault.db").write_bytes(b"\0" * 8192)
    shekara.refused("record", "list", code=7)


def test_real_process_exit_codes_and_no_traceback(shekara: Shekara) -> None:
    result = run_process(shekara.vault, "record", "list", "--json",
                         env={"SHEKARA_OFFICER": SUPERVISOR, "SHEKARA_PASSPHRASE": "wrong-pass"})
    assert result.code == 3 and result.err.count("\n") == 1 and "Traceback" not in result.err
    result = run_process(shekara.vault, "record", "list", "--json",
                         env={"SHEKARA_OFFICER": SUPERVISOR, "SHEKARA_PASSPHRASE": SUPERVISOR_PASS})
    assert result.code == 0 and json.loads(result.out) == []
    result = run_process(shekara.vault, "no-such-command")
    assert result.code == 2 and result.err.count("\n") == 1
    assert run_process(shekara.vault, "--version").out.startswith("shekara ")


def test_every_command_has_help(shekara: Shekara) -> None:
    for args in (["--help"], ["record", "--help"], ["record", "add", "--help"],
                 ["search", "--help"], ["audit", "verify", "--help"], ["backup", "--help"],
                 ["retention", "purge", "--help"], ["officer", "add", "--help"]):
        try:
            shekara(*args)
        except SystemExit as exit_:
            assert exit_.code == 0
        else:
            raise AssertionError(f"{args} did not print help")
        assert "usage: shekara" in shekara.capsys.readouterr().out


def test_the_command_switches_off_core_dumps(tmp_path: Path) -> None:
    """A crash must not write memory (names, keys) to a core file."""
    import subprocess
    import sys

    code = ("import resource; from shekara.cli import main; main(['record', 'list']); "
            "print(resource.getrlimit(resource.RLIMIT_CORE))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={"SHEKARA_VAULT": str(tmp_path / "none"), "PATH": "/usr/bin"},
                          check=False)
    assert proc.stdout.strip() == "(0, 0)", proc.stderr
