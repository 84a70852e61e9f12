"""Issue 12, "Export targets": every odd place to write to is one clean refusal, through the real
command, and nothing is marked sent — for `export --to`, `hq ack --to`, `backup --to`,
`keys enrollment --out` and `report … --out`."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.cli.packet_world import HQ_CODE, POST_CODE, RECORDS, World


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
          capsys: pytest.CaptureFixture[str]) -> World:
    world = World(tmp_path, monkeypatch, capsys)
    world.add_approved(RECORDS[0])
    return world


# --- the odd targets: each makes a folder argument (or a file argument) out of tmp_path --------
def _file(root: Path) -> str:
    (root / "plain.txt").write_text("x")
    return str(root / "plain.txt")


def _fifo(root: Path) -> str:
    os.mkfifo(root / "pipe")
    return str(root / "pipe")


def _loop(root: Path) -> str:
    (root / "a").symlink_to(root / "b")
    (root / "b").symlink_to(root / "a")
    return str(root / "a")


def _long_name(root: Path) -> str:
    return str(root / ("n" * 300))


def _long_path(root: Path) -> str:
    return str(root / "/".join(["d" * 200] * 30))


def _through_a_file(root: Path) -> str:
    return str(Path(_file(root)) / "inside")


def _dangling_folder(root: Path) -> str:
    (root / "gone").symlink_to(root / "nowhere")
    return str(root / "gone")


ODD_FOLDERS: dict[str, tuple[Callable[[Path], str], str]] = {
    "empty": (lambda root: "", "needs a path"),
    "blank": (lambda root: "  ", "needs a path"),
    "a file": (_file, "not a folder"),
    "a fifo": (_fifo, "not a folder"),
    "a symlink loop": (_loop, "loop of symbolic links"),
    "a name too long": (_long_name, "too long"),
    "a path too long": (_long_path, "too long"),
    "through a file": (_through_a_file, "is a file, not a folder"),
    "a dangling symlink": (_dangling_folder, "does not exist"),
}


def _nothing_sent(world: World) -> None:
    assert world.post.ok("outbox", "--json").json() == []
    assert set(world.statuses().values()) == {"approved"}
    assert world.hq.ok("audit", "verify", "--json").json()["ok"] is True


@pytest.mark.parametrize("odd", list(ODD_FOLDERS))
def test_export_to_an_odd_folder_is_refused_and_nothing_is_sent(world: World, tmp_path: Path,
                                                                odd: str) -> None:
    make, words = ODD_FOLDERS[odd]
    cwd_before = set(Path.cwd().iterdir())
    result = world.post.refused("export", "--to", make(tmp_path))
    assert words in result.err
    assert set(Path.cwd().iterdir()) == cwd_before  # "" never meant "here"
    _nothing_sent(world)
    assert world.export().name == f"shekara-{POST_CODE}-records-000001.shk"  # still number 1


@pytest.mark.parametrize("odd", list(ODD_FOLDERS))
def test_hq_ack_to_an_odd_folder_is_refused_and_no_number_is_spent(world: World,
                                                                   tmp_path: Path,
                                                                   odd: str) -> None:
    make, words = ODD_FOLDERS[odd]
    result = world.hq.refused("hq", "ack", "--post", POST_CODE, "--to", make(tmp_path))
    assert words in result.err
    assert world.ack().name == f"shekara-{HQ_CODE}-ack-{POST_CODE}-000001.shk"


@pytest.mark.parametrize("odd", list(ODD_FOLDERS))
def test_backup_to_an_odd_folder_is_refused(world: World, tmp_path: Path, odd: str) -> None:
    make, words = ODD_FOLDERS[odd]
    result = world.post.refused("backup", "--to", make(tmp_path), code=2)
    assert words in result.err or (odd == "a dangling symlink" and "no folder" in result.err)
    assert not list(tmp_path.rglob("*.shkbak"))


@pytest.mark.parametrize("odd", list(ODD_FOLDERS))
def test_enrollment_out_in_an_odd_folder_is_refused(world: World, tmp_path: Path,
                                                    odd: str) -> None:
    make, words = ODD_FOLDERS[odd]
    folder = make(tmp_path)
    target = str(Path(folder) / "e.json") if folder.strip() else folder
    result = world.post.refused("keys", "enrollment", "--out", target)
    assert words.replace("does not exist", "") in result.err or "needs a path" in result.err


@pytest.mark.parametrize("odd", list(ODD_FOLDERS))
def test_report_out_in_an_odd_folder_is_refused(world: World, tmp_path: Path, odd: str) -> None:
    make, _ = ODD_FOLDERS[odd]
    record_id = next(iter(world.statuses()))
    folder = make(tmp_path)
    target = str(Path(folder) / "r.pdf") if folder.strip() else folder
    world.post.refused("report", "incident", record_id, "--out", target, code=2)
    assert not list(tmp_path.rglob("*.pdf"))


# --- odd things at the final name ----------------------------------------------------------------
def test_a_dangling_symlink_at_the_packet_name_is_not_replaced(world: World) -> None:
    """Before: the rename replaced it although the docs say nothing existing is replaced."""
    final = world.stick / f"shekara-{POST_CODE}-records-000001.shk"
    final.symlink_to(world.root / "elsewhere.shk")
    result = world.post.refused("export", "--to", str(world.stick))
    assert "already in that folder" in result.err
    assert final.is_symlink() and not (world.root / "elsewhere.shk").exists()
    _nothing_sent(world)


def test_a_fifo_at_the_ack_name_is_not_touched(world: World) -> None:
    os.mkfifo(world.stick / f"shekara-{HQ_CODE}-ack-{POST_CODE}-000001.shk")
    world.hq.refused("hq", "ack", "--post", POST_CODE, "--to", str(world.stick))
    stick2 = world.root / "stick2"
    stick2.mkdir()
    assert world.ack(stick2).name == f"shekara-{HQ_CODE}-ack-{POST_CODE}-000001.shk"


@pytest.mark.parametrize("kind", ["dangling symlink", "fifo", "folder"])
def test_odd_things_at_the_enrollment_name_are_refused(world: World, tmp_path: Path,
                                                       kind: str) -> None:
    target = tmp_path / "enrol.json"
    if kind == "dangling symlink":
        target.symlink_to(tmp_path / "nowhere.json")
    elif kind == "fifo":
        os.mkfifo(target)
    else:
        target.mkdir()
    world.post.refused("keys", "enrollment", "--out", str(target))
    assert not (tmp_path / "nowhere.json").exists()


@pytest.mark.parametrize("kind", ["dangling symlink", "fifo", "folder"])
def test_odd_things_at_the_report_name_are_refused(world: World, tmp_path: Path,
                                                   kind: str) -> None:
    record_id = next(iter(world.statuses()))
    target = tmp_path / "r.pdf"
    if kind == "dangling symlink":
        target.symlink_to(tmp_path / "nowhere.pdf")
    elif kind == "fifo":
        os.mkfifo(target)
    else:
        target.mkdir()
    world.post.refused("report", "incident", record_id, "--out", str(target), code=2)
    assert not (tmp_path / "nowhere.pdf").exists()


def test_a_report_may_still_replace_its_own_earlier_file(world: World, tmp_path: Path) -> None:
    record_id = next(iter(world.statuses()))
    target = tmp_path / "r.pdf"
    target.write_bytes(b"old")
    world.post.ok("report", "incident", record_id, "--out", str(target))
    assert target.read_bytes().startswith(b"%PDF")


# --- permissions and read-only file systems -----------------------------------------------------
@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root may write into any folder")
def test_a_folder_without_write_permission_is_refused(world: World, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    try:
        assert "may not write" in world.post.refused("export", "--to", str(locked)).err
        assert "may not write" in world.post.refused("backup", "--to", str(locked)).err
        _nothing_sent(world)
    finally:
        locked.chmod(0o700)


@contextlib.contextmanager
def read_only_mount(where: Path) -> Iterator[Path]:
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "shekara-test", str(where)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("cannot mount a read-only file system here")
    try:
        yield where
    finally:
        subprocess.run(["umount", str(where)], check=False)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0,
                    reason="mounting a read-only file system needs root")
def test_a_read_only_file_system_is_refused(world: World, tmp_path: Path) -> None:
    with read_only_mount(tmp_path / "ro") as ro:
        for args in (["export", "--to", str(ro)], ["backup", "--to", str(ro)],
                     ["keys", "enrollment", "--out", str(ro / "e.json")]):
            assert "read-only" in world.post.refused(*args).err
        assert "read-only" in world.hq.refused("hq", "ack", "--post", POST_CODE, "--to",
                                               str(ro)).err
    _nothing_sent(world)
