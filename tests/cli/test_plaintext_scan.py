"""After a full scripted run, no name or narrative is readable in any file Shekara touched."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from tests.cli.conftest import border_record, example_record
from tests.support.fast_kdf import child_env
from tests.support.fast_kdf import command as fast_kdf_command
from tests.support.plaintext_scan import find_documents, find_plaintext

NEEDLES = ["Žukauskas", "Жукаускас", "Сүлейменов", "Jankauskaitė", "spare tyre",
           "Нұрлан", "Vilnius"]


def test_full_run_leaves_no_plaintext(tmp_path: Path) -> None:
    home = tmp_path / "home"
    dirs = {name: home / name for name in ("data", "config", "cache", "tmp", "state")}
    for d in dirs.values():
        d.mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SHEKARA_")}
    env.update({"HOME": str(home), "XDG_DATA_HOME": str(dirs["data"]),
                "XDG_CONFIG_HOME": str(dirs["config"]), "XDG_CACHE_HOME": str(dirs["cache"]),
                "XDG_STATE_HOME": str(dirs["state"]), "TMPDIR": str(dirs["tmp"]),
                "SHEKARA_OFFICER": "scan.sup",
                "SHEKARA_PASSPHRASE": "scan-test-passphrase"})
    env = child_env(env)

    def run(*args: str, stdin: bytes = b"", **extra: str) -> str:
        proc = subprocess.run(fast_kdf_command(*args), input=stdin, capture_output=True,
                              check=False,
                              env={**env, **extra}, timeout=120)
        assert proc.returncode == 0, proc.stderr.decode()
        return proc.stdout.decode()

    run("init", "--mode", "post", "--party", "KZ", "--post", "KZ-SCAN", "--officer", "scan.sup")
    run("officer", "add", "scan.two", "--role", "supervisor",
        SHEKARA_NEW_PASSPHRASE="second-scan-passphrase")
    records = [example_record(), border_record("Сүлейменов", "Нұрлан", "LTU"),
               border_record("Jankauskaitė", "Rūta", "KAZ")]
    ids = run("record", "add", "-", stdin=json.dumps(records).encode()).split()
    run("search", "Žukauskas")
    run("search", "Suleimenov")
    run("record", "show", ids[0], "--json")
    run("record", "approve", ids[0], SHEKARA_OFFICER="scan.two",
        SHEKARA_PASSPHRASE="second-scan-passphrase")
    amended = example_record(narrative="Heroin found in the spare tyre; corrected weight.")
    run("record", "amend", ids[0], "-", "--reason", "weight", stdin=json.dumps(amended).encode())
    backups = dirs["data"] / "backups"
    backups.mkdir()
    run("backup", "--to", str(backups))
    run("record", "list")

    vault_files = list((dirs["data"]).rglob("vault.db"))
    assert vault_files, "the vault went to the platform's user data folder"
    assert sum(1 for p in home.rglob("*") if p.is_file()) >= 3
    # Each needle in every form a program could write it (tests/support/plaintext_scan.py:
    # UTF-8, UTF-16, cases, without diacritics, the search index's keys, in a URL), in each
    # file's bytes and name; and no PDF or picture at all, whose text a byte search cannot see.
    found = [*find_plaintext(home, NEEDLES), *find_documents(home)]
    assert not found, f"personal data in plaintext: {[str(hit) for hit in found]}"
