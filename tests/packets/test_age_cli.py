"""The standard `age` tool (Debian's package) decrypts a packet's body with HQ's identity,
using exactly the command that docs/packet-format.md and `describe` give."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from shekara.packets.inspect import age_command, describe
from shekara.packets.keys import PrivateKeys
from shekara.packets.payload import Attachment, decode_records, encode_records

from .builders import HQ, OTHER_HQ, POST, record, records_packet

pytestmark = pytest.mark.skipif(
    shutil.which("age") is None,
    reason="the `age` command is not installed (apt-get install age); CI installs it")


def body_and_packet() -> tuple[bytes, bytes]:
    body = encode_records([record(0), record(1)], [],
                          [Attachment.of("image/jpeg", bytes(range(256)) * 64)])
    return body, records_packet(body=body)


@pytest.mark.parametrize("who", [HQ, POST])
def test_documented_command_decrypts_the_body(tmp_path: Path, who: PrivateKeys) -> None:
    body, packet = body_and_packet()
    (tmp_path / "packet.shk").write_bytes(packet)
    identity = tmp_path / "identity.txt"
    identity.write_text(who.age_secret + "\n")
    command = age_command(describe(packet)["body_offset"], shlex.quote(str(tmp_path /
                                                                       "packet.shk")),
                          shlex.quote(str(identity)))
    subprocess.run(command, shell=True, check=True, cwd=tmp_path, timeout=60)
    decrypted = (tmp_path / "body.bin").read_bytes()
    assert decrypted == body
    assert decode_records(decrypted).records == [record(0), record(1)]


def test_age_decrypts_a_body_of_several_chunks(tmp_path: Path) -> None:
    """The seal streams the body through pyrage's encrypt_io: a body of several 64 KiB age
    chunks, the last one partial, comes back whole through the standard tool."""
    body = encode_records([record(0)], [],
                          [Attachment.of("image/jpeg", os.urandom(3 * 64 * 1024 + 77))])
    packet = records_packet(body=body)
    identity = tmp_path / "identity.txt"
    identity.write_text(HQ.age_secret + "\n")
    result = subprocess.run(["age", "-d", "-i", str(identity)],
                            input=packet[describe(packet)["body_offset"]:],
                            capture_output=True, timeout=60, check=True)
    assert result.stdout == body


def test_age_refuses_a_foreign_identity(tmp_path: Path) -> None:
    _, packet = body_and_packet()
    identity = tmp_path / "identity.txt"
    identity.write_text(OTHER_HQ.age_secret + "\n")
    result = subprocess.run(["age", "-d", "-i", str(identity)],
                            input=packet[describe(packet)["body_offset"]:],
                            capture_output=True, timeout=60, check=False)
    assert result.returncode != 0 and result.stdout == b""


def test_the_shell_lines_in_the_spec_decrypt_the_body(tmp_path: Path) -> None:
    """docs/packet-format.md section 8 gives two shell lines; run them as written."""
    spec = (Path(__file__).resolve().parents[2] / "docs" / "packet-format.md").read_text()
    section = spec[spec.index("## 8. Decrypting"):spec.index("## 9.")]
    script = section.split("```sh\n", 1)[1].split("```", 1)[0]
    assert "age -d -i identity.txt" in script
    body, packet = body_and_packet()
    (tmp_path / "PACKET.shk").write_bytes(packet)
    (tmp_path / "identity.txt").write_text(f"# test only\n{HQ.age_secret}\n")
    subprocess.run(["sh", "-e", "-c", script], check=True, cwd=tmp_path, timeout=60)
    assert (tmp_path / "body.bin").read_bytes() == body
