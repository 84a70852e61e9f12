"""A stick that fills up, is pulled out, or a process that dies mid-export: never a file under
the final name that is not the whole verified packet, never a record marked exported that did
not leave, and a retry that works — with the same bytes when the packet may already exist."""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from shekara import fileio
from shekara.packets import writer
from shekara.packets.payload import Attachment
from shekara.services import export
from shekara.vault import outbox_files
from tests.cli.conftest import PASSWORDS, SUPERVISOR
from tests.cli.packet_world import POST_CODE, RECORDS, World
from tests.support.fast_kdf import child_env

NAME = f"shekara-{POST_CODE}-records-000001.shk"


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
          capsys: pytest.CaptureFixture[str]) -> World:
    return World(tmp_path, monkeypatch, capsys)


class FailingFile(io.RawIOBase):
    """A real file that fails once `limit` bytes are written (a full or pulled stick); with
    `error=None` it goes silent instead (accepts nothing more)."""

    def __init__(self, path: Path, limit: int, error: int | None = errno.EIO) -> None:
        self._file = open(path, "xb", buffering=0)
        self.limit, self.error, self.written = limit, error, 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        room = self.limit - self.written
        if room <= 0:
            if self.error is None:
                return 0
            raise OSError(self.error, os.strerror(self.error))
        count = self._file.write(bytes(data[:room])) or 0
        self.written += count
        return count

    def fileno(self) -> int:
        return self._file.fileno()

    def close(self) -> None:
        self._file.close()
        super().close()


def assert_nothing_exported(world: World, stick: Path) -> None:
    # The outbox's copy beside the vault is gone too; looked at first, since the next command
    # to open the vault would sweep an orphan away and hide a failure that left one.
    kept = outbox_files.folder(world.post.vault)
    assert not kept.exists() or [p.name for p in kept.iterdir()] == []
    assert not (stick / NAME).exists()
    assert [p.name for p in stick.iterdir()] == []  # no temporary file left either
    assert set(world.statuses().values()) == {"approved"}
    assert world.post.ok("outbox", "--json").json() == []


def retry_and_deliver(world: World, stick: Path) -> None:
    """The retry writes packet 1, and HQ takes it and the next one in order (the chain was
    restored exactly: no fork, no gap)."""
    path = world.export(stick)
    assert path.name == NAME
    world.add_approved(RECORDS[2])
    second = world.export(stick)
    code, outcomes = world.hq_import(path, second)
    assert code == 0 and [o["status"] for o in outcomes] == ["imported", "imported"]


def failing_after(limit_of: Callable[[int], int], error: int | None) -> object:
    """A stand-in for export's `write_atomically` that hands the real one (through its
    `opener` hook) a file failing after `limit_of(packet size)` bytes."""
    real = writer.write_atomically

    def write(directory: Path, name: str, data: bytes, **kwargs: object) -> Path:
        limit = limit_of(len(data))
        return real(directory, name, data,
                    opener=lambda path: FailingFile(path, limit, error))

    return write


SWEEP = [lambda n: 0, lambda n: 1, lambda n: 8, lambda n: 46, lambda n: 200,
         *[lambda n, k=k: n * k // 10 for k in range(1, 10)], lambda n: n - 65,
         lambda n: n - 1]


def test_a_writer_failing_after_n_bytes(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    world.add_approved(RECORDS[0], RECORDS[1])
    for limit_of in SWEEP:
        for error in (errno.EIO, errno.ENOSPC, None):
            with monkeypatch.context() as mp:
                mp.setattr(export, "write_atomically", failing_after(limit_of, error))
                result = world.post.refused("export", "--to", str(world.stick), code=8)
            assert "nothing was kept" in result.err, result.err
            if error == errno.ENOSPC:
                assert "stick is full" in result.err
            assert_nothing_exported(world, world.stick)
    retry_and_deliver(world, world.stick)


def test_a_stick_that_stores_bytes_wrong(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    class Corrupting(FailingFile):
        def write(self, data: bytes) -> int:  # type: ignore[override]
            chunk = bytearray(data)
            chunk[len(chunk) // 2] ^= 0x10
            return self._file.write(bytes(chunk)) or 0

    world.add_approved(RECORDS[0], RECORDS[1])
    with monkeypatch.context() as mp:
        mp.setattr(fileio, "_open_new", lambda path: Corrupting(path, 0))
        result = world.post.refused("export", "--to", str(world.stick), code=8)
    assert "differs from what was written" in result.err
    assert_nothing_exported(world, world.stick)
    retry_and_deliver(world, world.stick)


def test_verification_failure_after_the_rename_removes_the_file(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    world.add_approved(RECORDS[0], RECORDS[1])
    with monkeypatch.context() as mp:
        mp.setattr(export, "decrypt_body", lambda *args, **kwargs: b"something else")
        result = world.post.refused("export", "--to", str(world.stick), code=8)
    assert "differs from what was meant" in result.err
    assert_nothing_exported(world, world.stick)
    retry_and_deliver(world, world.stick)


def test_attachment_bytes_under_the_wrong_hash_are_refused(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """The export hashes each attachment once, in its check of the decrypted body (guarantee:
    every attachment in the packet matches its SHA-256). An encoder that put two attachments'
    bytes under each other's hash (same sizes: only the hashes tell) is refused, nothing kept."""
    (record_id,) = world.post.add(RECORDS[0])
    for fill in (b"A", b"B"):
        photo = world.root / f"photo-{fill.decode()}.jpg"
        photo.write_bytes(fill * 70_000)
        world.post.ok("record", "attach", record_id, str(photo))
    world.post.ok("record", "approve", record_id, officer="tomas.z")
    real = export.encode_records

    def swapping(records: Any, tombstones: Any, attachments: list[Attachment]) -> bytes:
        first, second, *rest = attachments
        return real(records, tombstones, [replace(first, data=second.data),
                                          replace(second, data=first.data), *rest])

    with monkeypatch.context() as mp:
        mp.setattr(export, "encode_records", swapping)
        result = world.post.refused("export", "--to", str(world.stick), code=8)
    assert "does not match its SHA-256" in result.err, result.err
    assert_nothing_exported(world, world.stick)
    path = world.export(world.stick)  # the real encoder: the same packet number, accepted
    assert path.name == NAME
    code, outcomes = world.hq_import(path)
    assert code == 0 and [o["status"] for o in outcomes] == ["imported"]


def test_a_foreign_file_under_the_final_name_is_not_overwritten(world: World) -> None:
    world.add_approved(RECORDS[0], RECORDS[1])
    (world.stick / NAME).write_bytes(b"someone else's packet")
    result = world.post.refused("export", "--to", str(world.stick), code=8)
    assert "already in that folder" in result.err
    assert (world.stick / NAME).read_bytes() == b"someone else's packet"
    assert set(world.statuses().values()) == {"approved"}
    (world.stick / NAME).unlink()
    retry_and_deliver(world, world.stick)


def test_a_missing_stick(world: World) -> None:
    world.add_approved(RECORDS[0])
    result = world.post.refused("export", "--to", str(world.root / "unplugged"), code=8)
    assert "is the stick plugged in" in result.err
    assert set(world.statuses().values()) == {"approved"}


@pytest.mark.skipif(os.geteuid() != 0 and not os.environ.get("CI"),
                    reason="mounting a small tmpfs needs root")
def test_enospc_on_a_real_full_file_system(world: World, tmp_path: Path) -> None:
    stick = tmp_path / "small-stick"
    stick.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(stick)], check=True)
    try:
        (record_id,) = world.post.add(RECORDS[0])
        photo = tmp_path / "photo.jpg"
        photo.write_bytes(os.urandom(200_000))  # the packet cannot fit in 64 KiB
        world.post.ok("record", "attach", record_id, str(photo))
        world.post.ok("record", "approve", record_id, officer="tomas.z")
        result = world.post.refused("export", "--to", str(stick), code=8)
        assert "the stick is full" in result.err
        assert_nothing_exported(world, stick)
    finally:
        subprocess.run(["umount", str(stick)], check=True)
    path = world.export(stick)  # the same folder, now on the big disk
    assert path.name == NAME
    assert world.hq_import(path)[0] == 0


# --- a process that dies between the two transactions ---------------------------------------
def test_interrupted_export_is_finished_with_the_same_bytes(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    world.add_approved(RECORDS[0], RECORDS[1])
    seen: list[bytes] = []

    def interrupted(vault: object, packet: bytes, *rest: object) -> None:
        seen.append(packet)
        raise KeyboardInterrupt

    with monkeypatch.context() as mp:
        mp.setattr(export, "_verify", interrupted)
        assert world.post("export", "--to", str(world.stick)).code == 130
    assert world.post.ok("outbox", "--json").json()[0]["state"] == "writing"
    assert set(world.statuses().values()) == {"exported"}  # tx1 committed
    world.add_approved(RECORDS[2])  # approved meanwhile: waits for the next packet
    result = world.post.ok("export", "--to", str(world.stick), "--json")
    assert result.json()["resumed"] and result.json()["waiting"] == 1
    assert (world.stick / NAME).read_bytes() == seen[0]
    assert world.post.ok("outbox", "--json").json()[0]["state"] == "written"
    second = world.export()
    code, outcomes = world.hq_import(world.stick / NAME, second)
    assert code == 0 and [o["records"] for o in outcomes] == [2, 1]


def _killed_export(world: World, stick: Path, *, after_write: bool) -> int:
    """Run `shekara export` in a real process that SIGKILLs itself between tx1 and tx2."""
    script = f"""
import os, signal, sys
from shekara.services import export
real = export.write_atomically
def dying(*args, **kwargs):
    if {after_write}:
        real(*args, **kwargs)
    os.kill(os.getpid(), signal.SIGKILL)
export.write_atomically = dying
from shekara.cli import main
from tests.support.fast_kdf import install
install()
sys.exit(main(["export", "--to", sys.argv[1]]))
"""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SHEKARA_")}
    env.update({"SHEKARA_VAULT": str(world.post.vault), "SHEKARA_OFFICER": SUPERVISOR,
                "SHEKARA_PASSPHRASE": PASSWORDS[SUPERVISOR]})
    env = child_env(env)
    proc = subprocess.run([sys.executable, "-c", script, str(stick)], env=env, timeout=120,
                          capture_output=True, check=False)
    return proc.returncode


@pytest.mark.parametrize("after_write", [False, True])
def test_killed_between_tx1_and_tx2_the_retry_writes_the_same_bytes(
        world: World, after_write: bool) -> None:
    world.add_approved(RECORDS[0], RECORDS[1])
    assert _killed_export(world, world.stick, after_write=after_write) == -9
    outbox = world.post.ok("outbox", "--json").json()
    assert [(e["seq"], e["state"]) for e in outbox] == [(1, "writing")]
    assert (world.stick / NAME).exists() == after_write
    retried = world.post.ok("export", "--to", str(world.stick), "--json").json()
    assert retried["resumed"] and retried["seq"] == 1
    assert retried["sha256"] == outbox[0]["sha256"]
    assert world.post.ok("outbox", "--json").json()[0]["state"] == "written"
    assert world.hq_import(world.stick / NAME)[1][0]["status"] == "imported"
    world.post.ok("ack", "import", str(world.ack()))
    assert set(world.statuses().values()) == {"acknowledged"}
