"""A record's registration number travels with it from the post to HQ (issue 11; packet-format
§7.1, optional since 1.1): HQ shows it, finds the record by it and prints it; a packet without
it (format 1.0) still imports; a malformed one refuses the packet."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from shekara.packets.payload import encode_records
from tests.cli.packet_world import POST_CODE, RECORDS, World
from tests.cli.test_packets_refusals import _signed_raw_body, refuse

NUMBER = re.compile(rf"^{POST_CODE}/\d{{4}}/\d{{6}}$")


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
          capsys: pytest.CaptureFixture[str]) -> World:
    return World(tmp_path, monkeypatch, capsys)


def test_hq_shows_finds_and_prints_the_posts_number(world: World, tmp_path: Path) -> None:
    (record_id,) = world.add_approved(RECORDS[0])
    number = world.post.ok("record", "show", record_id, "--json").json()["registration_number"]
    assert NUMBER.match(number)
    world.hq_import(world.export())
    assert world.hq.ok("record", "show", record_id, "--json").json()[
        "registration_number"] == number
    found = world.hq.ok("search", number, "--json").json()
    assert [hit["id"] for hit in found] == [record_id]
    out = tmp_path / "incident.pdf"
    world.hq.ok("report", "incident", record_id, "--lang", "ru", "--out", str(out))
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True).stdout
    assert number in text.decode()


def test_a_packet_without_numbers_still_imports(world: World) -> None:
    shown = world.post.ok("record", "show", world.add_approved(RECORDS[1])[0], "--json").json()
    shown.pop("registration_number")
    path = world.root / "old.shk"
    path.write_bytes(_signed_raw_body(world, encode_records([shown])))
    code, outcome = world.hq_import(path)
    assert code == 0 and outcome[0]["status"] == "imported"
    assert world.hq.ok("record", "show", shown["id"], "--json").json()[
        "registration_number"] is None


def test_a_malformed_number_refuses_the_packet(world: World) -> None:
    shown = world.post.ok("record", "show", world.add_approved(RECORDS[1])[0], "--json").json()
    shown["registration_number"] = "not/a/number"
    refuse(world, _signed_raw_body(world, encode_records([shown])), logged=True,
           reason="packet.bad_record")
