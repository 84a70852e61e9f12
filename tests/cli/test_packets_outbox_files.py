"""Issue 13: the outbox keeps each packet as a file beside the vault, named by the SHA-256 its
row holds. A file altered or missing is refused (never resent), an export killed before its row
committed leaves no file behind after the next start, acknowledged packets' files go, backups
carry the files, and vaults whose rows still hold their packet keep working."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from shekara.vault import outbox_files
from shekara.vault.vault import Vault
from tests.cli.conftest import PASSWORDS, SUPERVISOR
from tests.cli.packet_world import POST_CODE, RECORDS, World
from tests.support.fast_kdf import child_env

NAME = f"shekara-{POST_CODE}-records-000001.shk"


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
          capsys: pytest.CaptureFixture[str]) -> World:
    return World(tmp_path, monkeypatch, capsys)


def outbox_folder(world: World) -> Path:
    return outbox_files.folder(world.post.vault)


def kept_files(world: World) -> list[str]:
    folder = outbox_folder(world)
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def only_entry(world: World) -> dict[str, object]:
    (entry,) = world.post.ok("outbox", "--json").json()
    return dict(entry)


def resend_to(world: World, name: str) -> list[str]:
    stick = world.root / name
    stick.mkdir()
    return ["export", "--resend", "1", "--to", str(stick)]


def test_the_packet_is_a_file_named_by_its_hash_and_resent_byte_for_byte(world: World) -> None:
    world.add_approved(RECORDS[0], RECORDS[1])
    packet = world.export()
    sha = only_entry(world)["sha256"]
    assert kept_files(world) == [f"{sha}.shk"]
    kept = outbox_folder(world) / f"{sha}.shk"
    assert kept.read_bytes() == packet.read_bytes()
    assert kept.stat().st_mode & 0o077 == 0  # private to the vault's owner
    again = Path(world.post.ok(*resend_to(world, "again")).lines[0])
    assert again.read_bytes() == packet.read_bytes()
    with Vault.open(world.post.vault, SUPERVISOR, PASSWORDS[SUPERVISOR]) as vault:
        held = vault.conn.execute("SELECT length(packet) FROM outbox").fetchone()[0]
    assert held == 0  # the encrypted bytes live in the file, not in SQLCipher


def test_an_altered_outbox_file_is_refused_not_resent(world: World) -> None:
    world.add_approved(RECORDS[0])
    world.export()
    kept = outbox_folder(world) / f"{only_entry(world)['sha256']}.shk"
    data = bytearray(kept.read_bytes())
    data[-1] ^= 1
    kept.write_bytes(bytes(data))
    args = resend_to(world, "again")
    refused = world.post.refused(*args)
    assert "outbox copy of packet 1 differs from what was written" in refused.err
    assert list(Path(args[-1]).iterdir()) == []  # nothing written to the stick


def test_a_missing_outbox_file_is_refused_clearly(world: World) -> None:
    world.add_approved(RECORDS[0])
    world.export()
    (outbox_folder(world) / f"{only_entry(world)['sha256']}.shk").unlink()
    args = resend_to(world, "again")
    refused = world.post.refused(*args)
    assert "outbox copy of packet 1 is missing" in refused.err
    assert list(Path(args[-1]).iterdir()) == []


def _export_killed_before_the_row_commits(world: World) -> int:
    """A real `shekara export` that SIGKILLs itself after writing the outbox file, before
    the transaction adding its row commits."""
    script = """
import os, signal, sys
from shekara.vault import outbox_store
def dying(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)
outbox_store.add_outbox = dying
from shekara.cli import main
from tests.support.fast_kdf import install
install()
sys.exit(main(["export", "--to", sys.argv[1]]))
"""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SHEKARA_")}
    env.update({"SHEKARA_VAULT": str(world.post.vault), "SHEKARA_OFFICER": SUPERVISOR,
                "SHEKARA_PASSPHRASE": PASSWORDS[SUPERVISOR]})
    proc = subprocess.run([sys.executable, "-c", script, str(world.stick)],
                          env=child_env(env), timeout=120, capture_output=True, check=False)
    return proc.returncode


def test_an_orphan_file_of_a_killed_export_is_removed_at_the_next_start(world: World) -> None:
    world.add_approved(RECORDS[0])
    assert _export_killed_before_the_row_commits(world) == -9
    orphans = kept_files(world)
    assert len(orphans) == 1  # written and fsynced; its row never committed
    assert world.post.ok("outbox", "--json").json() == []
    assert kept_files(world) == []  # the next start removed it
    assert set(world.statuses().values()) == {"approved"}  # nothing was marked exported
    packet = world.export()
    assert packet.name == NAME
    assert kept_files(world) == [f"{only_entry(world)['sha256']}.shk"]
    assert world.hq_import(packet)[1][0]["status"] == "imported"


def test_an_acknowledged_packet_s_file_goes_with_its_row(world: World) -> None:
    world.add_approved(RECORDS[0])
    assert world.hq_import(world.export())[1][0]["status"] == "imported"
    assert len(kept_files(world)) == 1
    taken = world.post.ok("ack", "import", str(world.ack()), "--json").json()
    assert taken["outbox_dropped"] == 1
    assert kept_files(world) == []


def test_a_backup_carries_the_outbox_files_and_a_restore_brings_them_back(
        world: World) -> None:
    world.add_approved(RECORDS[0])
    packet = world.export()
    folder = world.root / "backups"
    folder.mkdir()
    backup = world.post.ok("backup", "--to", str(folder), "--json").json()["path"]
    (outbox_folder(world) / kept_files(world)[0]).unlink()  # the laptop's disk died
    world.post.ok("restore", backup, "--replace")
    again = Path(world.post.ok(*resend_to(world, "again")).lines[0])
    assert again.read_bytes() == packet.read_bytes()


def test_a_damaged_outbox_member_of_a_backup_is_refused(world: World) -> None:
    world.add_approved(RECORDS[0])
    world.export()
    folder = world.root / "backups"
    folder.mkdir()
    backup = Path(world.post.ok("backup", "--to", str(folder), "--json").json()["path"])
    data = bytearray(backup.read_bytes())
    at = data.find(b"SHKPKT\r\n")  # the outbox member: a packet starts with its magic
    assert at > 0
    data[at + 200] ^= 1
    backup.write_bytes(bytes(data))
    refused = world.post.refused("restore", str(backup), "--replace")
    assert "damaged" in refused.err


def test_an_older_vault_whose_rows_hold_the_packet_keeps_working(world: World) -> None:
    world.add_approved(RECORDS[0])
    packet = world.export()
    sha = only_entry(world)["sha256"]
    with Vault.open(world.post.vault, SUPERVISOR, PASSWORDS[SUPERVISOR]) as vault:
        vault.conn.execute("UPDATE outbox SET packet = ?", (packet.read_bytes(),))
    (outbox_folder(world) / f"{sha}.shk").unlink()  # as before issue 13: no outbox file
    again = Path(world.post.ok(*resend_to(world, "again")).lines[0])
    assert again.read_bytes() == packet.read_bytes()
    assert world.hq_import(packet)[0] == 0
    world.post.ok("ack", "import", str(world.ack()))
    assert world.post.ok("outbox", "--json").json() == []
