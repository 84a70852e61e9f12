"""requirements.lock pins everything pyproject.toml asks for at run time, plus PyInstaller."""

from __future__ import annotations

import re
import tomllib

import lock_requirements
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.packaging.conftest import PACKAGING, ROOT

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([0-9][0-9A-Za-z.+!-]*)( ; .+)?$")


def lock_pins() -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (PACKAGING / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        match = PIN.match(line)
        assert match, f"not an exact pin: {line!r}"
        name = canonicalize_name(match.group(1))
        assert name not in pins, f"pinned twice: {name}"
        pins[name] = match.group(2)
    return pins


def test_every_runtime_dependency_is_pinned_within_its_range() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [Requirement(text) for text in
              project["dependencies"] + project["optional-dependencies"]["pdf"]]
    pins = lock_pins()
    for req in wanted:
        name = canonicalize_name(req.name)
        assert name in pins, (f"{req.name} is a dependency in pyproject.toml but not in "
                              "packaging/requirements.lock: refresh the lock (packaging/README.md)")
        assert req.specifier.contains(pins[name], prereleases=True), (
            f"the lock pins {name}=={pins[name]}, outside {req}")


def test_pyinstaller_and_the_transitive_pieces_are_pinned() -> None:
    pins = lock_pins()
    for name in ("pyinstaller", "pyinstaller-hooks-contrib", "altgraph", "shiboken6", "cffi",
                 "argon2-cffi-bindings", "pefile", "pywin32-ctypes"):
        assert name in pins, name


def test_test_tools_stay_out_of_the_lock() -> None:
    pins = lock_pins()
    for name in ("pytest", "pytest-qt", "hypothesis", "ruff", "mypy", "pypdf"):
        assert name not in pins


def test_the_lock_header_says_how_it_was_made() -> None:
    text = (PACKAGING / "requirements.lock").read_text(encoding="utf-8")
    assert text.startswith(lock_requirements.HEADER)


def test_lock_text_writes_windows_helpers_once_with_their_marker() -> None:
    text = lock_requirements.lock_text({"pefile": "1", "segno": "1.6.6"})
    assert "segno==1.6.6" in text.splitlines()
    assert [line for line in text.splitlines() if line.startswith("pefile")] == [
        'pefile==2024.8.26 ; sys_platform == "win32"']


def test_pin_reader_refuses_a_range() -> None:
    assert PIN.match("segno==1.6.6")
    assert not PIN.match("segno>=1.6")
