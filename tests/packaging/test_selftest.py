"""`shekara --self-test` from the source tree (the frozen bundle runs it in .ci/run).

Vaults use the fast test KDF (tests/conftest.py), so a whole run takes about a second."""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from shekara.demo import selftest
from shekara.services.records import RecordService
from shekara.vault.vault import Vault
from tests.support.fast_kdf import child_env
from tests.support.fast_kdf import command as fast_kdf_command

STEP_NAMES = [name for name, _ in selftest.STEPS]


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The self-test's temporary folder goes here, so a test can see that it was removed."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    yield tmp_path


def run_selftest() -> tuple[int, list[str]]:
    out = io.StringIO()
    code = selftest.run(out)
    return code, out.getvalue().splitlines()


def test_every_step_passes_and_the_folder_is_removed(scratch: Path) -> None:
    code, lines = run_selftest()
    assert code == 0, lines
    assert lines == [f"ok: {name}" for name in STEP_NAMES] + [
        "ok: clean up", f"self-test passed ({len(STEP_NAMES) + 1} steps)"]
    assert list(scratch.iterdir()) == []


def test_the_steps_are_the_whole_life_of_a_record() -> None:
    assert STEP_NAMES == ["create", "unlock", "add", "search", "approve", "keys", "export",
                          "hq import", "ack", "ack import", "report", "audit", "lock"]


def test_the_command_line_flag_runs_it_in_its_own_process(tmp_path: Path) -> None:
    env = {**child_env(), "TMPDIR": str(tmp_path)}
    done = subprocess.run(fast_kdf_command("--self-test"), env=env,
                          capture_output=True, text=True, timeout=240, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[0] == "ok: create"
    assert done.stdout.splitlines()[-1].startswith("self-test passed")
    assert done.stderr == ""
    assert list(tmp_path.iterdir()) == []


def test_a_failing_check_names_its_step_and_stops(scratch: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RecordService, "search", lambda self, text, *a, **k: [])
    code, lines = run_selftest()
    assert code == 1
    assert lines == ["ok: create", "ok: unlock", "ok: add",
                     "FAILED: search: a record was not found by a name in it"]
    assert list(scratch.iterdir()) == []


def test_four_eyes_not_enforced_is_a_failure(scratch: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    real = Vault.setting
    monkeypatch.setattr(Vault, "setting", lambda self, key, default="": (
        "0" if key == "four_eyes" else real(self, key, default)))
    code, lines = run_selftest()
    assert code == 1
    assert lines[-1] == ("FAILED: approve: the four-eyes rule let the author approve their own "
                         "record")


def test_a_missing_service_is_not_available_never_skipped(
        scratch: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "shekara.services.hq", None)  # import raises ImportError
    code, lines = run_selftest()
    assert code == 1
    assert lines[-2:] == ["ok: export", "FAILED: hq import: not available in this build"]
    assert list(scratch.iterdir()) == []


def test_a_refusal_from_a_service_is_reported_as_its_message(
        scratch: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from shekara.errors import StateError

    def refuse(*args: object, **kwargs: object) -> None:
        raise StateError("test.refused", "the stick is write-protected")

    monkeypatch.setattr("shekara.services.export.export", refuse)
    code, lines = run_selftest()
    assert code == 1
    assert lines[-1] == "FAILED: export: the stick is write-protected"


def test_an_unexpected_error_is_one_line_naming_the_step(
        scratch: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> bytes:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr("shekara.services.reports.render_incident", broken)
    code, lines = run_selftest()
    assert code == 1
    assert lines[-1] == "FAILED: report: ZeroDivisionError: division by zero"
    assert list(scratch.iterdir()) == []


@pytest.mark.parametrize(("pdf", "problem"), [
    (b"<html>not a pdf</html>" * 100, "does not start with a PDF header"),
    (b"%PDF-1.4\n" + b"x" * 2000, "no PDF end-of-file marker"),
    (b"%PDF-1.4\n%%EOF\n", "too small"),
])
def test_the_report_check_refuses_what_is_not_a_whole_pdf(pdf: bytes, problem: str) -> None:
    with pytest.raises(selftest.StepFailed, match=problem):
        selftest._check_pdf(pdf)

