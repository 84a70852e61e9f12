"""The committed test vectors (tests/packets/vectors/) get exactly the verdicts they promise,
and the tool that made them still makes the same keys and equally valid packets."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from shekara.errors import PacketError
from shekara.packets.container import decrypt_body, open_packet
from shekara.packets.enrollment import read_enrollment, read_hq_keys, read_rotation
from shekara.packets.keys import KeyRing, PrivateKeys, PublicKeys

VECTORS = Path(__file__).parent / "vectors"
TOOL = Path(__file__).resolve().parents[2] / "tools" / "make_packet_vectors.py"
READ_KEY_FILE = {"shekara-enrollment": read_enrollment, "shekara-hq-keys": read_hq_keys}


def public_keys(path: Path) -> PublicKeys:
    data = path.read_bytes()
    return READ_KEY_FILE[json.loads(data)["format"]](data)


def reader(directory: Path, spec: dict[str, Any]) -> tuple[KeyRing, PrivateKeys, str]:
    ring = KeyRing([public_keys(directory / f) for f in spec["trusted"]],
                   revoked=[public_keys(directory / f).key_id for f in spec["revoked"]])
    identity = PrivateKeys.from_private_json((directory / spec["identity"]).read_bytes())
    return ring, identity, spec["recipient_id"]


def check_packets(directory: Path) -> int:
    verdicts = json.loads((directory / "verdicts.json").read_text())
    readers = {name: reader(directory, spec) for name, spec in verdicts["readers"].items()}
    for case in verdicts["packets"]:
        ring, identity, recipient_id = readers[case["reader"]]
        data = (directory / case["file"]).read_bytes()
        if case["outcome"] == "refuse":
            with pytest.raises(PacketError) as caught:
                open_packet(data, ring, [identity], expect_kind=case["expect_kind"],
                            expect_recipient_id=recipient_id)
            assert caught.value.msgid == case["msgid"], (case["file"], caught.value)
            continue
        opened = open_packet(data, ring, [identity], expect_kind=case["expect_kind"],
                             expect_recipient_id=recipient_id)
        assert opened.packet_sha256 == case["packet_sha256"] == hashlib.sha256(data).hexdigest()
        assert opened.header.seq == case["seq"], case["file"]
        if case["expect_kind"] == "records":
            payload = opened.records
            assert (len(payload.records), len(payload.tombstones), len(payload.attachments)) \
                == (case["records"], case["tombstones"], case["attachments"]), case["file"]
        if case["expect_kind"] == "exchange":
            letter = opened.exchange
            assert opened.format_minor == (2 if "follow_ups" in case else 1), case["file"]
            assert (len(letter.follow_ups), len(letter.request_withdrawals)) == (
                case.get("follow_ups", 0), case.get("request_withdrawals", 0)), case["file"]
    return len(verdicts["packets"])


def check_key_files(directory: Path) -> int:
    verdicts = json.loads((directory / "verdicts.json").read_text())
    for case in verdicts["key_files"]:
        data = (directory / case["file"]).read_bytes()
        try:
            if case["type"] == "rotation":
                key = read_rotation(data, public_keys(directory / case["pinned"])).new
            else:
                key = READ_KEY_FILE[f"shekara-{case['type']}"](data)
        except PacketError as err:
            assert case["outcome"] == "refuse" and err.msgid == case["msgid"], (case, err)
            continue
        assert case["outcome"] == "accept", case
        assert key.fingerprint() == case["fingerprint"]
    return len(verdicts["key_files"])


def test_committed_vectors_get_their_verdicts() -> None:
    assert check_packets(VECTORS) >= 30
    assert check_key_files(VECTORS) >= 6


def test_committed_body_is_the_plaintext_of_the_valid_packet() -> None:
    verdicts = json.loads((VECTORS / "verdicts.json").read_text())
    case = next(c for c in verdicts["packets"] if c["file"] == "packets/valid-records-1.shk")
    body = (VECTORS / "packets" / "valid-records-1.body.bin").read_bytes()
    assert hashlib.sha256(body).hexdigest() == case["body_sha256_plain"]
    _, identity, _ = reader(VECTORS, verdicts["readers"]["hq"])
    data = (VECTORS / case["file"]).read_bytes()
    assert decrypt_body(data[case["body_offset"]:], [identity]) == body


@pytest.mark.skipif(shutil.which("age") is None, reason="the `age` command is not installed")
def test_age_decrypts_the_committed_packet_with_the_committed_identity() -> None:
    verdicts = json.loads((VECTORS / "verdicts.json").read_text())
    case = next(c for c in verdicts["packets"] if c["file"] == "packets/valid-records-1.shk")
    data = (VECTORS / case["file"]).read_bytes()
    result = subprocess.run(["age", "-d", "-i", str(VECTORS / "keys/hq-KZ.age-identity.txt")],
                            input=data[case["body_offset"]:], capture_output=True, check=True,
                            timeout=60)
    assert result.stdout == (VECTORS / "packets" / "valid-records-1.body.bin").read_bytes()


def test_every_vector_file_is_named_in_the_verdicts() -> None:
    verdicts = json.loads((VECTORS / "verdicts.json").read_text())
    named = {c["file"] for c in verdicts["packets"]}
    on_disk = {f"packets/{p.name}" for p in (VECTORS / "packets").glob("*.shk")}
    assert named == on_disk


def test_the_tool_makes_the_same_keys_and_valid_packets(tmp_path: Path) -> None:
    out = tmp_path / "vectors"
    subprocess.run([sys.executable, str(TOOL), "--out", str(out)], check=True, timeout=120,
                   capture_output=True)
    # Seeds and timestamps are fixed and Ed25519 signatures are deterministic: every key file,
    # signed ones included, comes out byte for byte the same.
    assert sorted(p.name for p in (out / "keys").iterdir()) == \
        sorted(p.name for p in (VECTORS / "keys").iterdir())
    for path in sorted((VECTORS / "keys").iterdir()):
        assert (out / "keys" / path.name).read_bytes() == path.read_bytes(), path.name
    assert check_packets(out) == check_packets(VECTORS)
    assert check_key_files(out) == check_key_files(VECTORS)


def test_the_tool_will_not_replace_a_folder_that_is_not_vectors(tmp_path: Path) -> None:
    (tmp_path / "precious.txt").write_text("keep me")
    result = subprocess.run([sys.executable, str(TOOL), "--out", str(tmp_path)], timeout=120,
                            capture_output=True, check=False)
    assert result.returncode != 0
    assert (tmp_path / "precious.txt").read_text() == "keep me"


# A 2 GiB file is not committed: `packet.too_large` is refused from the size alone, before a
# byte is parsed, and tests/packets/test_container.py checks it on a packet over the cap.
NOT_AS_A_FILE = {"packet.too_large"}


def section_6_refusals() -> set[str]:
    """Every message id the reading order of docs/packet-format.md §6 names."""
    spec = (Path(__file__).resolve().parents[2] / "docs" / "packet-format.md").read_text()
    table = spec.split("## 6. Reading: the order of checks", 1)[1].split("\n## ", 1)[0]
    found: set[str] = set()
    for line in table.splitlines():
        if line.startswith("| ") and line[2:3].isdigit():
            found.update(re.findall(r"`(packet\.[a-z_]+)`", line))
    return found


def test_every_check_of_the_reading_order_has_a_failing_vector() -> None:
    refusals = section_6_refusals()
    assert len(refusals) >= 20, "the spec's table was found"
    verdicts = json.loads((VECTORS / "verdicts.json").read_text())
    covered = {c["msgid"] for c in verdicts["packets"] if c["outcome"] == "refuse"}
    assert not refusals - covered - NOT_AS_A_FILE, sorted(refusals - covered - NOT_AS_A_FILE)
    key_ids = {c["msgid"] for c in verdicts["key_files"] if c["outcome"] == "refuse"}
    assert {"packet.empty_key_file", "packet.bad_key_file", "packet.wrong_key_file",
            "packet.bad_key_signature", "packet.rotation_wrong_key"} <= key_ids


def test_every_kind_has_a_valid_vector() -> None:
    verdicts = json.loads((VECTORS / "verdicts.json").read_text())
    accepted = {c["expect_kind"] for c in verdicts["packets"] if c["outcome"] == "accept"}
    assert accepted == {"records", "ack", "refdata", "exchange"}
