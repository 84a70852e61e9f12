"""Reference data by signed packet: HQ issues a newer version, the post takes it and uses it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from shekara.paths import resources_dir
from tests.cli.conftest import Shekara, border_record
from tests.cli.packet_world import HQ_CODE, POST_CODE, World

NEW_CHECKPOINT = "KZ-TEST-NEW-ROAD"


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
          capsys: pytest.CaptureFixture[str]) -> World:
    return World(tmp_path, monkeypatch, capsys)


def reference_folder(root: Path, version: int) -> Path:
    """The shipped reference data with a new crossing point, as version `version`."""
    folder = root / f"reference-v{version}"
    shutil.copytree(resources_dir() / "reference", folder)
    meta = json.loads((folder / "meta.json").read_text())
    meta.update(version=version, issued_by=HQ_CODE)
    (folder / "meta.json").write_text(json.dumps(meta))
    checkpoints = json.loads((folder / "checkpoints.json").read_text())
    checkpoints.append({"code": NEW_CHECKPOINT, "party": "KZ", "type": "road",
                        "neighbour": "KGZ", "names": {lang: "New road" for lang in
                                                      ("kk", "lt", "ru", "en")},
                        "status": "open", "confidence": "confirmed", "note": ""})
    (folder / "checkpoints.json").write_text(json.dumps(checkpoints))
    return folder


def at_new_checkpoint() -> dict[str, object]:
    record = border_record("Сүлейменов", "Нұрлан", "LTU")
    record["place"] = {"checkpoint": NEW_CHECKPOINT, "description": "", "lat": None,
                       "lon": None}
    return record


def test_newer_reference_data_travels_and_is_used(world: World) -> None:
    world.post.refused("record", "add", "-", stdin=json.dumps(at_new_checkpoint()).encode(),
                       code=2)  # unknown checkpoint before the update
    sent = world.hq.ok("hq", "refdata", "--to", str(world.stick), "--from",
                       str(reference_folder(world.root, 5)), "--json").json()
    assert [(s["post"], s["kind"], s["seq"]) for s in sent] == [(POST_CODE, "refdata", 1)]
    taken = world.post.ok("refdata", "import", sent[0]["path"], "--json").json()
    assert taken == {"version": 5, "previous": 2, "imported": True}  # shipped: version 2
    assert "already in force" in world.post.ok("refdata", "import", sent[0]["path"]).out
    # the post validates with it now, and so does HQ (which kept what it issued)
    (record_id,) = world.add_approved(at_new_checkpoint())
    code, outcomes = world.hq_import(world.export())
    assert code == 0 and outcomes[0]["records"] == 1
    assert world.hq_records()[record_id]["checkpoint"] == NEW_CHECKPOINT
    assert "refdata.import" in {e["action"] for e in
                                world.post.ok("audit", "list", "--json").json()}


def test_reference_data_that_is_not_newer_is_refused(world: World) -> None:
    current = world.hq.ok("hq", "refdata", "--to", str(world.stick), "--json").json()
    result = world.post.refused("refdata", "import", current[0]["path"], code=6)
    assert "already in force" in result.err
    world.hq.ok("hq", "refdata", "--to", str(world.stick), "--from",
                str(reference_folder(world.root, 4)))
    (world.root / "old").mkdir()
    older = reference_folder(world.root / "old", 3)
    world.hq.refused("hq", "refdata", "--to", str(world.stick), "--from", str(older), code=6)


def test_refdata_for_another_post_or_tampered_is_refused(world: World, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    other = Shekara(tmp_path / "other", monkeypatch, capsys)
    other.ok("init", "--mode", "post", "--party", "KZ", "--post", "KZ-OTHER", "--officer",
             "aigerim.s")
    other.ok("keys", "enrollment", "--out", str(tmp_path / "other.json"))
    world.hq.ok("hq", "enroll", str(tmp_path / "other.json"))
    sent = world.hq.ok("hq", "refdata", "--to", str(world.stick), "--post", "KZ-OTHER",
                       "--from", str(reference_folder(world.root, 6)), "--json").json()
    world.post.refused("refdata", "import", sent[0]["path"], code=8)
    mine = world.hq.ok("hq", "refdata", "--to", str(world.stick), "--post", POST_CODE,
                       "--json").json()[0]["path"]
    data = bytearray(Path(mine).read_bytes())
    data[-5] ^= 1
    (tmp_path / "bad.shk").write_bytes(bytes(data))
    world.post.refused("refdata", "import", str(tmp_path / "bad.shk"), code=8)
    world.post.refused("refdata", "import", str(world.root / "nowhere.shk"), code=2)
    world.post.ok("refdata", "import", mine)
    assert world.post.ok("refdata", "import", mine, "--json").json()["imported"] is False


def test_records_are_found_by_the_names_newer_reference_data_gives(world: World) -> None:
    """The search index holds the names of countries, crossing points and substances in force
    when each record was written. Reference data that renames one flags the index: the next
    command makes it again (with its progress on stderr), and the old record is
    found by the new name — once; the command after it rebuilds nothing."""
    (record_id,) = world.add_approved(border_record("Сүлейменов", "Нұрлан", "LTU"))
    assert world.post.ok("search", "Zorgland", "--json").json() == []
    folder = reference_folder(world.root, 5)
    countries = json.loads((folder / "countries.json").read_text())
    countries["LTU"]["names"]["en"] = "Zorgland"
    (folder / "countries.json").write_text(json.dumps(countries))
    sent = world.hq.ok("hq", "refdata", "--to", str(world.stick), "--from", str(folder),
                       "--json").json()
    world.post.ok("refdata", "import", sent[0]["path"])
    found = world.post.ok("search", "Zorgland", "--json")
    assert [hit["id"] for hit in found.json()] == [record_id]
    assert "Rebuilding the search index: 1 of 1 records, done." in found.err
    again = world.post.ok("search", "Zorgland", "--json")
    assert [hit["id"] for hit in again.json()] == [record_id] and again.err == ""
