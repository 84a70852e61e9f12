"""Every refusal of issue 3's "Bad input" list, through `shekara hq import` and `ack import`:
one clear line, a non-zero exit, HQ's vault unchanged (its refusal log aside) — and the refusal
logged only when the packet's signature verified, since only then is its post known."""

from __future__ import annotations

import hashlib
import os
import struct
import sys
from pathlib import Path

import pytest

from shekara.packets.container import PREAMBLE, AuditHead, parse_preamble, seal
from shekara.packets.keys import PrivateKeys
from shekara.packets.payload import BODY_MAGIC, encode_records
from tests.cli.conftest import Shekara, run_process
from tests.cli.packet_world import HQ_CODE, POST_CODE, RECORDS, World


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
          capsys: pytest.CaptureFixture[str]) -> World:
    return World(tmp_path, monkeypatch, capsys)



@pytest.fixture
def exported(world: World) -> bytes:
    world.add_approved(*RECORDS)
    return world.export().read_bytes()


def refuse(world: World, data: bytes, *, logged: bool, reason: str | None = None,
           name: str = "bad.shk") -> str:
    """Import `data`; demand a refusal that leaves HQ unchanged; return the error line."""
    path = world.root / name
    path.write_bytes(data)
    before = world.hq_snapshot()
    refusals = _refusals(world)
    result = world.hq.refused("hq", "import", str(path), code=8)
    assert f"{name}: refused: " in result.err
    assert world.hq_snapshot() == before
    after = _refusals(world)
    if logged:
        assert len(after) == len(refusals) + 1, result.err
        if reason:
            assert after[-1]["reason"] == reason
    else:
        assert after == refusals, result.err
    return result.err


def _refusals(world: World) -> list[dict[str, object]]:
    return [r for s in world.hq.ok("hq", "status", "--json").json() for r in s["refusals"]]


def test_a_bit_flipped_in_each_part_is_refused(world: World, exported: bytes) -> None:
    """One flip in each part of the file, through `hq import`. Every byte, flipped two ways, is
    refused by the check guarding its part in tests/packets/test_tamper.py, in-process at the
    container level: a CLI import per byte only repeated that, slowly."""
    pre = parse_preamble(exported)
    magic, major, minor, key_id, header_length = 0, 8, 9, 10, PREAMBLE.size - 1
    positions = [magic, major, minor, key_id, header_length, pre.header_offset,
                 (pre.header_offset + pre.signature_offset) // 2, pre.signature_offset,
                 pre.body_offset - 1, pre.body_offset, (pre.body_offset + len(exported)) // 2,
                 len(exported) - 1]
    for pos in positions:
        flipped = bytearray(exported)
        flipped[pos] ^= 0x01
        # A flip in the body breaks only the body's signed hash: the signature still verifies,
        # so the post is known and the refusal is logged (once: the log is keyed by hash).
        in_body = pos >= pre.body_offset
        refuse(world, bytes(flipped), logged=in_body,
               reason="packet.body_hash" if in_body else None)


@pytest.mark.parametrize("cut", [1, 5, 8, 45, 46, 100, -65, -1])
def test_truncation_is_refused(world: World, exported: bytes, cut: int) -> None:
    length = cut if cut > 0 else len(exported) + cut
    err = refuse(world, exported[:length], logged=cut < 0)
    assert "cut short" in err or "not a Shekara packet" in err or "altered" in err


def test_appended_bytes_are_refused(world: World, exported: bytes) -> None:
    err = refuse(world, exported + b"\0", logged=True, reason="packet.body_length")
    assert "bytes were added" in err


def test_an_empty_file_is_refused(world: World) -> None:
    assert "empty" in refuse(world, b"", logged=False)


def test_a_missing_file_is_refused(world: World) -> None:
    result = world.hq.refused("hq", "import", str(world.root / "nowhere.shk"), code=8)
    assert "cannot read nowhere.shk" in result.err


@pytest.mark.parametrize("offset, value, words", [(0, ord("X"), "not a Shekara packet"),
                                                  (8, 2, "format 2.0 is not supported"),
                                                  (8, 0, "format 0.0 is not supported")])
def test_wrong_magic_or_version_is_refused(world: World, exported: bytes, offset: int,
                                           value: int, words: str) -> None:
    bad = bytearray(exported)
    bad[offset] = value
    assert words in refuse(world, bytes(bad), logged=False)


def _hq_public(world: World) -> PrivateKeys:
    return world.private_keys("hq")


def test_unenrolled_key_claiming_an_enrolled_code_is_refused(world: World) -> None:
    stranger = PrivateKeys.generate(POST_CODE, "KZ", "post")
    shown = world.post.ok("record", "show", world.add_approved(RECORDS[0])[0], "--json").json()
    packet = seal("records", encode_records([shown]), signer=stranger,
                  recipients=[_hq_public(world).public.age_recipient], recipient_id=HQ_CODE,
                  seq=1, prev_hash=None, audit_head=AuditHead(1, "00" * 32))
    assert "unknown or revoked key" in refuse(world, packet, logged=False)


def test_revoked_key_is_refused(world: World, exported: bytes) -> None:
    world.hq.ok("hq", "revoke", POST_CODE)
    assert "revoked key" in refuse(world, exported, logged=True, reason="packet.revoked_key")
    assert "[revoked]" in world.hq.ok("hq", "status").out


def test_packet_for_another_hq_is_refused(world: World, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    other = Shekara(tmp_path / "hq2", monkeypatch, capsys)
    other.ok("init", "--mode", "hq", "--party", "KZ", "--post", "HQ-KZ2", "--officer",
             "aigerim.s")
    world.enroll_both_ways(other, name="hq2")  # the post now sends to HQ-KZ2 …
    world.add_approved(RECORDS[0])
    packet = world.export().read_bytes()
    # … and HQ-KZ (where the post is enrolled too) must not take it
    err = refuse(world, packet, logged=True, reason="packet.wrong_recipient")
    assert "this packet is for HQ-KZ2, not for HQ-KZ" in err


def _signed_raw_body(world: World, body: bytes) -> bytes:
    post = world.private_keys("post")
    return seal("records", body, signer=post, recipients=[_hq_public(world).public.age_recipient],
                recipient_id=HQ_CODE, seq=1, prev_hash=None, audit_head=AuditHead(1, "00" * 32))


def test_over_deep_payload_is_refused(world: World) -> None:
    deep = b"[" * 200 + b"]" * 200
    manifest = b'{"kind":"records","records":[' + deep + b'],"tombstones":[],"attachments":[]}'
    body = BODY_MAGIC + struct.pack(">I", len(manifest)) + manifest
    refuse(world, _signed_raw_body(world, body), logged=True, reason="packet.bad_body")


def test_over_size_manifest_is_refused(world: World) -> None:
    body = BODY_MAGIC + struct.pack(">I", 2**31) + b"{}"
    refuse(world, _signed_raw_body(world, body), logged=True, reason="packet.bad_body")


def test_a_record_breaking_the_data_dictionary_is_refused(world: World) -> None:
    shown = world.post.ok("record", "show", world.add_approved(RECORDS[1])[0], "--json").json()
    shown["persons"][0]["citizenship"] = ["ZZZ"]
    err = refuse(world, _signed_raw_body(world, encode_records([shown])), logged=True,
                 reason="packet.invalid_record")
    assert "persons[0].citizenship[0]" in err


def test_a_record_with_a_bidi_override_in_a_name_is_refused(world: World) -> None:
    shown = world.post.ok("record", "show", world.add_approved(RECORDS[1])[0], "--json").json()
    shown["persons"][0]["surname"] = "\u202e" + shown["persons"][0]["surname"]
    err = refuse(world, _signed_raw_body(world, encode_records([shown])), logged=True,
                 reason="packet.invalid_record")
    assert "persons[0].surname [validation.bidi_control]" in err


def test_a_record_with_a_400_digit_quantity_is_refused(world: World) -> None:
    shown = world.post.ok("record", "show", world.add_approved(RECORDS[0])[0], "--json").json()
    shown["items"][0]["quantity"] = 10**400  # encode_records writes it; the reader must not
    refuse(world, _signed_raw_body(world, encode_records([shown])), logged=True,
           reason="packet.bad_body")


def test_a_record_whose_content_hash_lies_is_refused(world: World) -> None:
    shown = world.post.ok("record", "show", world.add_approved(RECORDS[1])[0], "--json").json()
    shown["content_hash"] = "0" * 64
    refuse(world, _signed_raw_body(world, encode_records([shown])), logged=True,
           reason="packet.content_hash")


def test_refusal_line_from_a_real_process(world: World, exported: bytes,
                                          tmp_path: Path) -> None:
    """One line, exit 8, no traceback, and nothing decrypted left in the temporary folder."""
    bad = bytearray(exported)
    bad[-10] ^= 0xFF
    path = tmp_path / "bad.shk"
    path.write_bytes(bytes(bad))
    temp = tmp_path / "tmp"
    temp.mkdir()
    result = run_process(world.hq.vault, "hq", "import", str(path), env={
        "SHEKARA_OFFICER": "aigerim.s", "SHEKARA_PASSPHRASE": "Шекара-сенім-2026",
        "TMPDIR": str(temp)})
    assert result.code == 8 and result.out == ""
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert list(temp.iterdir()) == []


# --- acknowledgements ----------------------------------------------------------------------------
def test_tampered_or_foreign_ack_is_refused(world: World, exported: bytes,
                                            tmp_path: Path) -> None:
    world.hq_import(world.stick / f"shekara-{POST_CODE}-records-000001.shk")
    ack = world.ack().read_bytes()
    statuses = world.statuses()
    pre = parse_preamble(ack)
    for pos in (3, 20, pre.header_offset + 5, pre.signature_offset + 2, len(ack) - 3):
        bad = bytearray(ack)
        bad[pos] ^= 0x04
        path = tmp_path / "ack.shk"
        path.write_bytes(bytes(bad))
        world.post.refused("ack", "import", str(path), code=8)
    for cut in (0, 10, len(ack) - 1):
        (tmp_path / "cut.shk").write_bytes(ack[:cut])
        world.post.refused("ack", "import", str(tmp_path / "cut.shk"), code=8)
    # an ack signed by a key that is not the pinned HQ's
    forger = PrivateKeys.generate(HQ_CODE, "KZ", "hq")
    from shekara.packets.payload import AckPayload, encode_ack

    post = world.private_keys("post")
    fake = seal("ack", encode_ack(AckPayload(POST_CODE, [], [], [], 0, [], [])),
                signer=forger, recipients=[post.public.age_recipient], recipient_id=POST_CODE,
                seq=99, prev_hash="0" * 64)
    (tmp_path / "fake.shk").write_bytes(fake)
    assert "unknown or revoked key" in world.post.refused("ack", "import",
                                                          str(tmp_path / "fake.shk")).err
    # a records packet is not an ack
    records_packet = world.stick / f"shekara-{POST_CODE}-records-000001.shk"
    world.post.refused("ack", "import", str(records_packet), code=8)
    assert world.statuses() == statuses
    world.post.ok("ack", "import",
                  str(world.stick / f"shekara-{HQ_CODE}-ack-{POST_CODE}-000001.shk"))
    assert set(world.statuses().values()) == {"acknowledged"}


def test_ack_for_another_post_is_refused(world: World, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    other = Shekara(tmp_path / "post2", monkeypatch, capsys)
    other.ok("init", "--mode", "post", "--party", "KZ", "--post", "KZ-OTHER", "--officer",
             "aigerim.s")
    other.ok("keys", "enrollment", "--out", str(tmp_path / "other.json"))
    world.hq.ok("hq", "enroll", str(tmp_path / "other.json"))
    ack = world.hq.ok("hq", "ack", "--post", "KZ-OTHER", "--to", str(world.stick)).lines[0]
    result = world.post.refused("ack", "import", ack, code=8)
    assert "for KZ-OTHER, not for" in result.err or "not encrypted" in result.err


def test_hq_import_at_a_post_and_export_at_hq_are_refused(world: World) -> None:
    world.post.refused("hq", "status", code=6)
    world.hq.refused("export", "--to", str(world.stick), code=6)


def test_many_files_one_line_each(world: World, exported: bytes) -> None:
    good = world.stick / f"shekara-{POST_CODE}-records-000001.shk"
    bad = world.root / "bad.shk"
    bad.write_bytes(exported[:100])
    result = world.hq("hq", "import", str(good), str(bad), str(good))
    assert result.code == 8
    assert result.out.count("\n") == 2 and "imported 3" in result.out
    assert "duplicate" in result.out
    assert result.err.count("\n") == 1 and result.err.startswith("shekara: error: bad.shk")


FUZZED_IMPORTS = 60


@pytest.mark.slow
def test_the_fuzzed_bytes_never_crash_the_import(world: World, exported: bytes) -> None:
    """Random bytes, random splices of a real packet: always a clean refusal (60 inputs through
    the whole import; the reader alone takes 2,000 fuzzed inputs in tests/packets/test_fuzz.py)."""
    rng = __import__("random").Random(7)
    pre = parse_preamble(exported)
    for i in range(FUZZED_IMPORTS):
        choice = i % 4
        if choice == 0:
            data = os.urandom(rng.randrange(0, 400))
        elif choice == 1:
            data = exported[:pre.body_offset] + os.urandom(rng.randrange(0, 200))
        elif choice == 2:
            data = PREAMBLE.pack(b"SHKPKT\r\n", 1, 0, os.urandom(32),
                                 rng.randrange(0, 500)) + os.urandom(rng.randrange(0, 600))
        else:
            cut = rng.randrange(len(exported))
            data = exported[:cut] + os.urandom(3) + exported[cut + 3:]
        if hashlib.sha256(data).digest() == hashlib.sha256(exported).digest():
            continue
        path = world.root / "fuzz.shk"
        path.write_bytes(data)
        result = world.hq("hq", "import", str(path))
        assert result.code == 8, result.out
        assert result.err.count("\n") == 1 and "internal error" not in result.err, result.err
    assert world.hq_snapshot()[0] == 0
    print("fuzzed inputs:", FUZZED_IMPORTS, file=sys.stderr)
