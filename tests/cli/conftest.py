"""Drive the real `shekara` command against a real vault folder.

`run(...)` calls the command's own `main()` in this process (fast: hundreds of calls per test
run) with its own environment, standard input and captured output; `run_process(...)` starts the
installed `shekara` entry point as a separate process, for what only a process shows (exit codes,
no traceback, nothing printed beyond one line).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from shekara.cli import main
from tests.support.fast_kdf import child_env
from tests.support.fast_kdf import command as fast_kdf_command

SUPERVISOR = "aigerim.s"
SUPERVISOR_PASS = "Шекара-сенім-2026"
SECOND = "tomas.z"
SECOND_PASS = "pasienio-kontrole-77"
OFFICER = "nurlan.k"
OFFICER_PASS = "officer-pass-phrase-1"
PASSWORDS = {SUPERVISOR: SUPERVISOR_PASS, SECOND: SECOND_PASS, OFFICER: OFFICER_PASS}


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    @property
    def lines(self) -> list[str]:
        return [line for line in self.out.splitlines() if line]


class Shekara:
    def __init__(self, vault: Path, monkeypatch: pytest.MonkeyPatch,
                 capsys: pytest.CaptureFixture[str]) -> None:
        self.vault = vault
        self.monkeypatch = monkeypatch
        self.capsys = capsys

    def __call__(self, *args: str, officer: str | None = SUPERVISOR,
                 passphrase: str | None = None, env: dict[str, str] | None = None,
                 stdin: bytes = b"") -> Result:
        values = {"SHEKARA_VAULT": str(self.vault)}
        if officer is not None:
            values["SHEKARA_OFFICER"] = officer
            values["SHEKARA_PASSPHRASE"] = passphrase or PASSWORDS.get(officer, "")
        values.update(env or {})
        with self.monkeypatch.context() as mp:
            for key in ("SHEKARA_OFFICER", "SHEKARA_PASSPHRASE", "SHEKARA_NEW_PASSPHRASE",
                        "SHEKARA_RECOVERY_KEY"):
                mp.delenv(key, raising=False)
            for key, value in values.items():
                mp.setenv(key, value)
            mp.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
            self.capsys.readouterr()
            code = main(list(args))
            captured = self.capsys.readouterr()
        return Result(code, captured.out, captured.err)

    def ok(self, *args: str, **kw: Any) -> Result:
        result = self(*args, **kw)
        assert result.code == 0, f"shekara {' '.join(args)} failed: {result.err}"
        return result

    def refused(self, *args: str, code: int | None = None, **kw: Any) -> Result:
        """A refusal: non-zero, exactly one line on stderr, nothing on stdout, no traceback."""
        result = self(*args, **kw)
        assert result.code != 0, f"expected a refusal, got: {result.out}"
        if code is not None:
            assert result.code == code, result.err
        assert result.err.count("\n") == 1 and result.err.startswith("shekara: error: "), result.err
        assert "Traceback" not in result.err
        return result

    def add(self, *records: dict[str, Any], officer: str = OFFICER) -> list[str]:
        payload = json.dumps(list(records), ensure_ascii=False).encode()
        return self.ok("record", "add", "-", officer=officer, stdin=payload).lines


def run_process(vault: Path, *args: str, env: dict[str, str] | None = None,
                stdin: bytes = b"") -> Result:
    full_env = child_env({k: v for k, v in os.environ.items() if not k.startswith("SHEKARA_")})
    full_env.update({"SHEKARA_VAULT": str(vault)})
    full_env.update(env or {})
    proc = subprocess.run(fast_kdf_command(*args), input=stdin, capture_output=True,
                          env=full_env, timeout=120, check=False)
    return Result(proc.returncode, proc.stdout.decode(), proc.stderr.decode())


@pytest.fixture
def shekara(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
            capsys: pytest.CaptureFixture[str]) -> Iterator[Shekara]:
    """A fresh KZ post vault with a supervisor, a second supervisor and an officer."""
    cli = Shekara(tmp_path / "vault", monkeypatch, capsys)
    cli.ok("init", "--mode", "post", "--party", "KZ", "--post", "KZ-NUR-ZHOLY",
           "--officer", SUPERVISOR)
    cli.ok("officer", "add", SECOND, "--role", "supervisor",
           env={"SHEKARA_NEW_PASSPHRASE": SECOND_PASS})
    cli.ok("officer", "add", OFFICER, "--role", "officer",
           env={"SHEKARA_NEW_PASSPHRASE": OFFICER_PASS})
    yield cli


def example_record(**changes: Any) -> dict[str, Any]:
    """The contraband example of records.md (with an LTU courier: it qualifies for a KZ post)."""
    record: dict[str, Any] = {
        "kind": "contraband_detention",
        "occurred_at": "2026-11-20T14:30:00+05:00",
        "place": {"checkpoint": None, "description": "Road crossing, lane 3", "lat": None,
                  "lon": None},
        "narrative": "Heroin found in the spare tyre during an X-ray check.",
        "persons": [{
            "role": "courier", "surname": "Žukauskas", "given_names": "Tomas", "patronymic": "",
            "birth_date": "1988-04-02", "sex": "M", "citizenship": ["LTU"],
            "documents": [{"type": "passport", "number": "12345678", "issuing_state": "LTU",
                           "issued_on": None, "expires_on": "2030-01-01"}]}],
        "items": [{"category": "narcotic_drug", "substance": "heroin",
                   "description": "4 packages", "quantity": 1.85, "unit": "kg",
                   "serial_number": None, "markings": "tiger stamp"}],
        "concealment": {"method": "vehicle_natural_cavity", "description": "spare tyre"},
        "detection": "xray",
        "conveyance": {"mode": "road", "identifier": "ABC123", "country": "LTU"},
        "route": [{"country": "AFG", "place": "", "mode": "road", "date": None},
                  {"country": "KAZ", "place": "", "mode": "road", "date": None},
                  {"country": "LTU", "place": "Vilnius", "mode": "road", "date": None}],
        "outcome": "criminal_case",
        "case_number": "2026-0117",
        "handling": {"confidential": True, "third_party": "consent_required", "note": ""},
        "links": [],
        "attachments": [],
    }
    record.update(changes)
    return record


def border_record(surname: str, given: str, citizenship: str, **changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "kind": "border_violation",
        "occurred_at": "2026-10-02",
        "place": {"checkpoint": None, "description": "Green border, sector 14", "lat": 43.2,
                  "lon": 76.9},
        "narrative": "Crossed on foot at night, detained by the patrol.",
        "persons": [{"role": "violator", "surname": surname, "given_names": given,
                     "patronymic": "", "birth_date": "1990", "sex": "M",
                     "citizenship": [citizenship], "documents": []}],
        "direction": "entry", "section": "green", "method": "on_foot", "detected_by": "patrol",
        "outcome": "detained", "case_number": "",
    }
    record.update(changes)
    return record
