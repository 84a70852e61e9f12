"""The application icon at the usual sizes, the Windows .ico, and the Linux menu entry."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.packaging.conftest import PACKAGING, ROOT

ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk (the first chunk, by the format's rule)."""
    assert data[:8] == PNG_SIGNATURE, "not a PNG"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def ico_entries(data: bytes) -> list[tuple[int, int, bytes]]:
    """(width, height, image bytes) per entry of an ICO file; 0 in the directory means 256."""
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1), "not an icon file"
    out = []
    for index in range(count):
        w, h, _, _, _, _, size, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index: 22 + 16 * index])
        assert offset + size <= len(data), "an entry points past the end of the file"
        out.append((w or 256, h or 256, data[offset:offset + size]))
    return out


@pytest.mark.parametrize("size", SIZES)
def test_png_icon_at_each_size(size: int) -> None:
    data = (ICONS / f"shekara-{size}.png").read_bytes()
    assert png_size(data) == (size, size)


def test_ico_holds_every_size_as_a_png() -> None:
    entries = ico_entries((ICONS / "shekara.ico").read_bytes())
    assert sorted(w for w, _, _ in entries) == sorted(SIZES)
    for width, height, image in entries:
        assert png_size(image) == (width, height)


def test_svg_master_is_square_and_drawn_here() -> None:
    root = ET.parse(ICONS / "shekara.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"
    # Our own drawing: plain shapes, no embedded bitmaps or links to other files.
    for element in root.iter():
        assert not element.tag.endswith("image")
        assert not any(key.endswith("href") for key in element.attrib)


def test_ico_reader_rejects_what_is_not_an_icon() -> None:
    with pytest.raises(AssertionError):
        ico_entries((ICONS / "shekara-16.png").read_bytes())
    with pytest.raises(AssertionError):
        png_size((ICONS / "shekara.ico").read_bytes())


def test_the_icon_writer_makes_the_directory_windows_reads() -> None:
    import make_icons

    pngs = {size: (ICONS / f"shekara-{size}.png").read_bytes() for size in (16, 256)}
    entries = ico_entries(make_icons.ico_bytes(pngs))
    assert [(w, h) for w, h, _ in entries] == [(16, 16), (256, 256)]
    assert [image for _, _, image in entries] == [pngs[16], pngs[256]]


# --- the menu entry ------------------------------------------------------------------------------
def read_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    assert parser.sections() == ["Desktop Entry"]
    return dict(parser["Desktop Entry"])


def test_desktop_entry_starts_the_program_with_its_icon() -> None:
    entry = read_entry(PACKAGING / "shekara.desktop")
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Shekara"
    assert entry["Exec"] == "shekara"
    assert entry["Icon"] == "shekara"
    assert entry["Terminal"] == "false"
    categories = entry["Categories"].split(";")
    assert categories[-1] == "" and "Office" in categories
    for lang in ("kk", "lt", "ru"):
        assert entry[f"Comment[{lang}]"].strip()


def test_desktop_entry_reader_refuses_a_second_group(tmp_path: Path) -> None:
    bad = tmp_path / "bad.desktop"
    bad.write_text((PACKAGING / "shekara.desktop").read_text(encoding="utf-8")
                   + "\n[Desktop Action x]\nName=x\n", encoding="utf-8")
    with pytest.raises(AssertionError):
        read_entry(bad)


VALIDATOR = shutil.which("desktop-file-validate")


@pytest.mark.skipif(VALIDATOR is None, reason="desktop-file-validate (Debian package "
                    "desktop-file-utils) is not installed")
def test_desktop_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    assert VALIDATOR is not None
    ok = subprocess.run([VALIDATOR, str(PACKAGING / "shekara.desktop")],
                        capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0 and not ok.stdout.strip(), ok.stdout + ok.stderr
    broken = tmp_path / "broken.desktop"
    broken.write_text("[Desktop Entry]\nName=Shekara\n", encoding="utf-8")  # no Type, no Exec
    refused = subprocess.run([VALIDATOR, str(broken)], capture_output=True, text=True,
                             timeout=60)
    assert refused.returncode != 0
