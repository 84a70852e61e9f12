"""`shekara report transmittal FILE` reads the packet file a chunk at a time and never holds it
(services/transmittal.py): the same output, --json and audit entry at the post and at HQ, and
each refusal of the file with the exit status and the one line it had — an unreadable or
over-size file refused before the vault is opened (a wrong passphrase does not come first),
a file cut short or of another kind once it is."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from shekara.packets.container import MAX_PACKET_BYTES, parse_preamble
from tests.cli.conftest import border_record, example_record
from tests.cli.packet_world import World


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
          capsys: pytest.CaptureFixture[str]) -> World:
    return World(tmp_path, monkeypatch, capsys)


def test_the_sheet_s_output_and_json(world: World, tmp_path: Path) -> None:
    world.add_approved(example_record(), border_record("Сүлейменов", "Нұрлан", "LTU"))
    packet = world.export()
    out = tmp_path / "sheet.pdf"
    written = world.post.ok("report", "transmittal", str(packet), "--out", str(out), "--json")
    assert written.json() == {"path": str(out), "document": "transmittal", "lang": "kk",
                              "id": None, "version": None, "bytes": out.stat().st_size}
    assert written.err == ""
    world.hq_import(packet)
    assert world.hq.ok("report", "transmittal", str(packet), "--out",
                       str(tmp_path / "hq.pdf")).lines == [str(tmp_path / "hq.pdf")]
    [entry] = [e for e in world.hq.ok("audit", "list", "--json").json()
               if e["action"] == "print"]
    assert entry["detail"] == {"document": "transmittal", "lang": "kk", "output": "pdf",
                               "post": "KZ-NUR-ZHOLY", "seq": 1, "records": 2,
                               "sha256": hashlib.sha256(packet.read_bytes()).hexdigest()}


def test_each_refusal_of_the_file(world: World, tmp_path: Path) -> None:
    world.add_approved()
    data = world.export().read_bytes()
    out = tmp_path / "x.pdf"

    def refused(path: Path, code: int, **kw: str) -> str:
        return world.post.refused("report", "transmittal", str(path), "--out", str(out),
                                  code=code, **kw).err

    cut = tmp_path / "cut.shk"
    cut.write_bytes(data[:parse_preamble(data).body_offset - 1])
    assert "the packet is cut short" in refused(cut, 8)
    cut.write_bytes(data[:-1])
    assert "was cut short or bytes were added" in refused(cut, 8)
    huge = tmp_path / "huge.shk"
    with open(huge, "wb") as fh:  # sparse: its length only
        fh.truncate(MAX_PACKET_BYTES + 1)
    assert f"larger than {MAX_PACKET_BYTES} bytes" in refused(huge, 8)
    assert f"larger than {MAX_PACKET_BYTES} bytes" in refused(huge, 8,
                                                              passphrase="not the passphrase")
    missing = tmp_path / "missing.shk"
    assert refused(missing, 2) == refused(missing, 2, passphrase="not the passphrase")
    assert "cannot read missing.shk" in refused(missing, 2)
    assert "cannot read" in refused(tmp_path, 2)  # a folder
    # Read before the vault opens, checked once it is: a wrong passphrase comes first.
    assert refused(cut, 3, passphrase="not the passphrase") != refused(cut, 8)
    ack = world.ack()
    assert "a transmittal sheet is for a records packet; this is a ack packet" in refused(ack, 8)
    assert not out.exists()
