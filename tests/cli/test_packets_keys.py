"""Keys through the command: showing, pinning HQ, enrolling posts, rotation and revocation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shekara.packets.container import AuditHead, seal
from shekara.packets.keys import PrivateKeys
from shekara.packets.payload import encode_records
from shekara.services.keys import RETIRED_PREFIX
from shekara.vault import peer_key_store
from shekara.vault.vault import Vault
from tests.cli.conftest import OFFICER, PASSWORDS, SUPERVISOR, Shekara
from tests.cli.packet_world import HQ_CODE, POST_CODE, RECORDS, World


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
          capsys: pytest.CaptureFixture[str]) -> World:
    return World(tmp_path, monkeypatch, capsys)


def _vault(path: Path) -> Vault:
    return Vault.open(path, SUPERVISOR, PASSWORDS[SUPERVISOR])


def test_keys_show_at_the_post_and_at_hq(world: World) -> None:
    post = world.post.ok("keys", "show", "--json").json()
    central = world.hq.ok("keys", "show", "--json").json()
    assert post["own"]["role"] == "post" and post["own"]["code"] == POST_CODE
    assert [h["fingerprint"] for h in post["hq"]] == [central["own"]["fingerprint"]]
    assert [(p["code"], p["fingerprint"], p["state"]) for p in central["posts"]] == [
        (POST_CODE, post["own"]["fingerprint"], "active")]
    assert central["own"]["fingerprint"] in world.post.ok("keys", "show").out
    # the fingerprint `init` printed is the one `keys show` gives
    assert len(post["own"]["fingerprint"].split()) == 10


def test_init_prints_the_fingerprint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    cli = Shekara(tmp_path / "v", monkeypatch, capsys)
    made = cli.ok("init", "--mode", "post", "--party", "LT", "--post", "LT-VILNIUS",
                  "--officer", SUPERVISOR, "--json").json()
    assert made["fingerprint"] == cli.ok("keys", "show", "--json").json()["own"]["fingerprint"]
    cli.refused("keys", "create", code=6)
    assert "not imported yet" in cli.ok("keys", "show").out
    cli.refused("export", "--to", str(tmp_path), code=6)  # no HQ key pinned


def test_import_hq_refusals(world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                            capsys: pytest.CaptureFixture[str]) -> None:
    keys_file = world.root / "hq-keys.json"
    assert "already known" in world.post.ok("keys", "import-hq", str(keys_file)).out
    world.post.refused("keys", "import-hq", str(keys_file), officer=OFFICER, code=4)
    world.post.refused("keys", "import-hq", str(world.root / "hq-enrollment.json"), code=8)
    lt = Shekara(tmp_path / "lt-hq", monkeypatch, capsys)
    lt.ok("init", "--mode", "hq", "--party", "LT", "--post", "HQ-LT", "--officer", SUPERVISOR)
    lt.ok("hq", "keys", "export", "--out", str(tmp_path / "lt.json"))
    assert "LT's HQ" in world.post.refused("keys", "import-hq", str(tmp_path / "lt.json"),
                                           code=8).err
    other = Shekara(tmp_path / "hq2", monkeypatch, capsys)
    other.ok("init", "--mode", "hq", "--party", "KZ", "--post", "HQ-KZ2", "--officer",
             SUPERVISOR)
    other.ok("hq", "keys", "export", "--out", str(tmp_path / "hq2.json"))
    world.post.refused("keys", "import-hq", str(tmp_path / "hq2.json"), code=6)
    world.post.ok("keys", "import-hq", str(tmp_path / "hq2.json"), "--replace")
    pinned = world.post.ok("keys", "show", "--json").json()["hq"]
    assert [(h["code"], h["state"]) for h in pinned] == [("HQ-KZ", "revoked"),
                                                        ("HQ-KZ2", "active")]
    tampered = json.loads(keys_file.read_text())
    tampered["key"]["code"] = "HQ-KZ9"
    (tmp_path / "tampered.json").write_text(json.dumps(tampered))
    world.post.refused("keys", "import-hq", str(tmp_path / "tampered.json"), code=8)
    (tmp_path / "empty.json").write_bytes(b"")
    world.post.refused("keys", "import-hq", str(tmp_path / "empty.json"), code=8)
    world.hq.refused("keys", "import-hq", str(keys_file), code=6)  # HQ pins no HQ


def test_enroll_refusals(world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                         capsys: pytest.CaptureFixture[str]) -> None:
    enrollment = world.root / "hq-enrollment.json"
    assert "already known" in world.hq.ok("hq", "enroll", str(enrollment)).out
    twin = Shekara(tmp_path / "twin", monkeypatch, capsys)  # same code, other keys
    twin.ok("init", "--mode", "post", "--party", "KZ", "--post", POST_CODE, "--officer",
            SUPERVISOR)
    twin.ok("keys", "enrollment", "--out", str(tmp_path / "twin.json"))
    result = world.hq.refused("hq", "enroll", str(tmp_path / "twin.json"), code=6)
    assert "rotation statement" in result.err
    lt = Shekara(tmp_path / "lt", monkeypatch, capsys)
    lt.ok("init", "--mode", "post", "--party", "LT", "--post", "LT-VILNIUS", "--officer",
          SUPERVISOR)
    lt.ok("keys", "enrollment", "--out", str(tmp_path / "lt.json"))
    world.hq.refused("hq", "enroll", str(tmp_path / "lt.json"), code=8)
    doc = json.loads(enrollment.read_text())
    doc["key"]["signing_public"] = "00" * 32
    (tmp_path / "bad.json").write_text(json.dumps(doc))
    world.hq.refused("hq", "enroll", str(tmp_path / "bad.json"), code=8)
    world.hq.refused("hq", "enroll", str(world.root / "hq-keys.json"), code=8)
    world.post.refused("hq", "enroll", str(enrollment), code=6)  # a post enrolls nobody
    world.post.refused("keys", "enrollment", "--out", str(enrollment), code=6)  # exists


def test_revoke_then_enroll_afresh_on_paper(world: World, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    world.hq.refused("hq", "revoke", "KZ-NOBODY", code=5)
    world.post.refused("hq", "revoke", POST_CODE, code=6)
    world.hq.ok("hq", "revoke", POST_CODE)
    world.hq.refused("hq", "revoke", POST_CODE, code=5)
    world.hq.refused("hq", "ack", "--post", POST_CODE, "--to", str(world.stick), code=5)
    # the revoked key cannot come back
    world.hq.refused("hq", "enroll", str(world.root / "hq-enrollment.json"), code=6)
    # a new installation of the post (new keys, confirmed on paper) can be enrolled
    fresh = Shekara(tmp_path / "fresh", monkeypatch, capsys)
    fresh.ok("init", "--mode", "post", "--party", "KZ", "--post", POST_CODE, "--officer",
             SUPERVISOR)
    fresh.ok("keys", "enrollment", "--out", str(tmp_path / "fresh.json"))
    assert "enrolled post" in world.hq.ok("hq", "enroll", str(tmp_path / "fresh.json")).out


def test_rotation_end_to_end(world: World, tmp_path: Path) -> None:
    world.add_approved(RECORDS[0])
    before_rotation = world.export()  # signed by the old key, delivered late
    world.hq_import(before_rotation)
    old_ack = world.ack()  # encrypted to the old key
    out = tmp_path / "rotation"
    out.mkdir()
    made = world.post.ok("keys", "rotate", "--out", str(out), "--json").json()
    assert made["old_fingerprint"] != made["fingerprint"]
    world.post.refused("keys", "rotate", "--out", str(out), "--rewrite", code=6)  # files exist
    again = tmp_path / "again"
    again.mkdir()
    rewritten = world.post.ok("keys", "rotate", "--out", str(again), "--rewrite", "--json").json()
    assert Path(rewritten["rotation"]).read_bytes() == Path(made["rotation"]).read_bytes()
    # the ack HQ made before it knew the new key still opens (the old identity is retired,
    # not thrown away)
    assert world.post.ok("ack", "import", str(old_ack), "--json").json()["acknowledged"] == 1

    world.add_approved(RECORDS[1])
    after_rotation = world.export()  # packet 2, signed by the new key
    code, outcomes = world.hq_import(after_rotation)
    assert code == 8 and outcomes[0]["reason"] == "packet.unknown_key"
    # the new enrollment file alone is refused: the post already has an active key
    world.hq.refused("hq", "enroll", made["enrollment"], code=6)
    applied = world.hq.ok("hq", "enroll", made["rotation"], "--json").json()
    assert applied["outcome"] == "rotated" and applied["fingerprint"] == made["fingerprint"]
    assert world.hq.ok("hq", "enroll", made["rotation"], "--json").json()["outcome"] == "already"
    code, outcomes = world.hq_import(after_rotation)
    assert code == 0 and outcomes[0]["status"] == "imported"
    states = [k["state"] for k in world.hq.ok("hq", "status", "--json").json()[0]["keys"]]
    assert sorted(states) == ["active", "rotated"]

    # the old key may not sign past the sequence number its rotation named
    old = _retired_keys(world.post.vault)
    hq_keys = world.private_keys("hq")
    shown = world.post.ok("record", "show", world.add_approved(RECORDS[2])[0], "--json").json()
    forged = seal("records", encode_records([shown]), signer=old,
                  recipients=[hq_keys.public.age_recipient], recipient_id=HQ_CODE, seq=3,
                  prev_hash="0" * 64, audit_head=AuditHead(99, "00" * 32))
    (tmp_path / "forged.shk").write_bytes(forged)
    code, outcomes = world.hq_import(tmp_path / "forged.shk")
    assert code == 8 and outcomes[0]["reason"] == "packet.old_key"

    world.hq_import(world.export())
    taken = world.post.ok("ack", "import", str(world.ack()), "--json").json()
    assert taken["newer"] and taken["imported_through"] == 3
    assert set(world.statuses().values()) == {"acknowledged"}


def _retired_keys(vault_dir: Path) -> PrivateKeys:
    vault = _vault(vault_dir)
    try:
        (name,) = peer_key_store.secret_names(vault.conn, RETIRED_PREFIX)
        raw = vault.secret(name)
        assert raw is not None
        return PrivateKeys.from_private_json(raw)
    finally:
        vault.lock()


def test_a_rotation_signed_by_a_revoked_key_is_refused(world: World, tmp_path: Path) -> None:
    out = tmp_path / "rotation"
    out.mkdir()
    made = world.post.ok("keys", "rotate", "--out", str(out), "--json").json()
    world.hq.ok("hq", "revoke", POST_CODE)
    assert "enroll the new key on paper" in world.hq.refused("hq", "enroll", made["rotation"],
                                                             code=6).err
    world.hq.ok("hq", "enroll", made["enrollment"])  # after revocation, paper enrollment


def test_rotation_waits_for_an_interrupted_export(world: World,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from shekara.services import export

    world.add_approved(RECORDS[0])

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as mp:
        mp.setattr(export, "_verify", interrupted)
        assert world.post("export", "--to", str(world.stick)).code == 130
    world.post.refused("keys", "rotate", "--out", str(world.stick), code=6)
    world.export()


def test_rotation_files_not_written_say_the_keys_are_rotated(world: World, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    """The stick is pulled between the rotation and the files: the keys ARE rotated, the
    refusal says so and how to write the files again; --rewrite writes them, HQ takes them."""
    from shekara.services import keys

    before = world.post.ok("keys", "show", "--json").json()["own"]["fingerprint"]
    pulled = tmp_path / "pulled"
    pulled.mkdir()
    real_rotate = keys.rotate

    def rotate_then_pull_the_stick(vault: Vault) -> keys.RotationFiles:
        files = real_rotate(vault)
        pulled.rmdir()
        return files

    with monkeypatch.context() as mp:
        mp.setattr(keys, "rotate", rotate_then_pull_the_stick)
        err = world.post.refused("keys", "rotate", "--out", str(pulled), code=2).err
    assert err.startswith("shekara: error: the folder for shekara-KZ-NUR-ZHOLY-")
    assert "; the keys are rotated: write the files again with 'shekara keys rotate " \
           "--rewrite --out DIR'" in err
    after = world.post.ok("keys", "show", "--json").json()["own"]["fingerprint"]
    assert after != before
    again = tmp_path / "again"
    again.mkdir()
    written = world.post.ok("keys", "rotate", "--out", str(again), "--rewrite").out.splitlines()
    assert written[2:] == [f"old fingerprint: {before}", f"new fingerprint: {after}"]
    assert written[0].endswith(".rotation.json") and written[1].endswith(".enrollment.json")
    applied = world.hq.ok("hq", "enroll", written[0], "--json").json()
    assert (applied["outcome"], applied["fingerprint"]) == ("rotated", after)
    # A missing folder is refused before anything rotates.
    world.post.refused("keys", "rotate", "--out", str(pulled), code=2)
    assert world.post.ok("keys", "show", "--json").json()["own"]["fingerprint"] == after
    # A vault that never rotated has nothing to write again.
    world.hq.refused("hq", "keys", "rotate", "--out", str(again), "--rewrite", code=6)
