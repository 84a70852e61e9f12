"""`shekara --self-test`: the whole life of a record, end to end, in a throw-away folder.

Made for the installed program (the PyInstaller bundle) on a post's laptop or in CI: it proves
that the pieces a bundle can lose (SQLCipher, Argon2, age, Ed25519, reportlab and its fonts,
the reference data) are there and work together. A post vault and an HQ vault are created in a
temporary folder; sample records are added, searched, approved by a second supervisor, exported
as a packet, imported at HQ, acknowledged, and the acknowledgement taken back at the post; an
incident report is rendered in memory. Then both vaults are locked and the folder removed.

One line per step on standard output (`ok: unlock`); the first failing step stops the run with
`FAILED: <step>: <reason>` and a non-zero result. A step whose service this build lacks fails as
"not available in this build" — never skipped, never faked.

Only generated sample records are used, and they live only in the encrypted vaults and
packets; the rendered report never touches the disk.
"""

from __future__ import annotations

import contextlib
import secrets
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from shekara.errors import AuthError, PermissionDenied, ShekaraError

PARTY = "KZ"
POST_CODE = "KZ-SELFTEST"
HQ_CODE = "KZ-SELFTEST-HQ"
AUTHOR = "selftest.author"  # supervisor who adds the records
APPROVER = "selftest.approver"  # the second supervisor (four-eyes)
HQ_OFFICER = "selftest.hq"
RECORD_COUNT = 3
SAMPLE_SEED = 6


class StepFailed(Exception):
    """A check inside a step did not hold: the message says which."""


class NotAvailable(Exception):
    """A service this step needs is not part of this build."""


@dataclass
class _State:
    """What the steps hand on to each other. Passphrases are random, used once."""

    root: Path
    passphrases: dict[str, str] = field(default_factory=dict)
    post: Any = None  # services.session.Session of the post, while unlocked
    hq: Any = None  # services.session.Session of HQ, while unlocked
    record_ids: list[str] = field(default_factory=list)
    records: list[dict[str, Any]] = field(default_factory=list)
    packet: Path | None = None
    ack: Path | None = None

    @property
    def post_dir(self) -> Path:
        return self.root / "post-vault"

    @property
    def hq_dir(self) -> Path:
        return self.root / "hq-vault"

    @property
    def stick(self) -> Path:
        return self.root / "stick"


def _check(condition: bool, what: str) -> None:
    if not condition:
        raise StepFailed(what)


def _passphrase(state: _State, login: str) -> str:
    return state.passphrases.setdefault(login, "selftest-" + secrets.token_urlsafe(18))


def _open(directory: Path, login: str, passphrase: str) -> Any:
    from shekara.services.session import open_session

    return open_session(directory, login, passphrase)


def _lock(session: Any) -> None:
    if session is not None:
        with contextlib.suppress(ShekaraError):
            session.close()


# --- the steps -----------------------------------------------------------------------------------
def step_create(state: _State) -> None:
    """A post vault with two supervisors, and an HQ vault."""
    from shekara.vault.vault import Vault

    post, _ = Vault.create(state.post_dir, mode="post", party=PARTY, post_code=POST_CODE,
                           officer=AUTHOR, passphrase=_passphrase(state, AUTHOR))
    try:
        post.add_officer(APPROVER, "supervisor", _passphrase(state, APPROVER))
    finally:
        post.lock()
    hq, _ = Vault.create(state.hq_dir, mode="hq", party=PARTY, post_code=HQ_CODE,
                         officer=HQ_OFFICER, passphrase=_passphrase(state, HQ_OFFICER))
    hq.lock()
    state.stick.mkdir()


def step_unlock(state: _State) -> None:
    """A wrong passphrase is refused; the right one opens the vault."""
    try:
        _lock(_open(state.post_dir, AUTHOR, "not-" + _passphrase(state, AUTHOR)))
    except AuthError:
        pass
    else:
        raise StepFailed("a wrong passphrase opened the vault")
    state.post = _open(state.post_dir, AUTHOR, _passphrase(state, AUTHOR))


def step_add(state: _State) -> None:
    from shekara.demo.samples import generate_records

    state.records = list(generate_records(RECORD_COUNT, seed=SAMPLE_SEED, party=PARTY,
                                          ref=state.post.ref))
    state.record_ids = state.post.records.add(state.records)
    _check(len(state.record_ids) == RECORD_COUNT, "the vault did not return one id per record")
    _check(state.post.records.count() == RECORD_COUNT, "the vault does not hold every record")


def step_search(state: _State) -> None:
    """Each record is found by the first name recorded in it (or by its document/place)."""
    from shekara.domain.records import person_display_name

    searched = 0
    for record_id, record in zip(state.record_ids, state.records, strict=True):
        names = [person_display_name(p) for p in record.get("persons") or []]
        names = [n for n in names if n]
        if not names:
            continue
        found = state.post.records.search(names[0])
        _check(record_id in [r.id for r in found], "a record was not found by a name in it")
        searched += 1
    _check(searched > 0, "no sample record names a person")
    _check(not state.post.records.search("Zzyzx Qwqwqw"), "a search for nonsense found records")


def step_approve(state: _State) -> None:
    """The author may not approve their own record (four-eyes); a second supervisor does."""
    try:
        state.post.records.approve(state.record_ids[0])
    except PermissionDenied:
        pass
    else:
        raise StepFailed("the four-eyes rule let the author approve their own record")
    _lock(state.post)
    state.post = _open(state.post_dir, APPROVER, _passphrase(state, APPROVER))
    for record_id in state.record_ids:
        approved = state.post.records.approve(record_id)
        _check(approved.state == "approved", "an approved version is not in state approved")


def step_keys(state: _State) -> None:
    """Both make their packet keys; the post's enrollment file goes to HQ, and HQ's public keys
    come back and are pinned."""
    keys = _services("keys")
    state.hq = _open(state.hq_dir, HQ_OFFICER, _passphrase(state, HQ_OFFICER))
    for session in (state.post, state.hq):
        _ensure_own_keys(keys, session.vault)
    enrolled = keys.enroll(state.hq.vault, keys.enrollment_file(state.post.vault))
    _check(enrolled.outcome == "enrolled", f"HQ did not enroll the post ({enrolled.outcome})")
    pinned = keys.import_hq_keys(state.post.vault, keys.hq_keys_file(state.hq.vault))
    _check(pinned.outcome == "pinned", f"the post did not pin HQ's keys ({pinned.outcome})")


def _ensure_own_keys(keys: Any, vault: Any) -> None:
    """Make the vault's packet keys unless creating the vault already did."""
    try:
        keys.own_keys(vault)
    except ShekaraError:
        keys.create_own_keys(vault)


def step_export(state: _State) -> None:
    export = _services("export")
    result = export.export(state.post.vault, state.stick)
    _check(result.records == RECORD_COUNT, "the packet does not carry every approved record")
    _check(result.path.is_file(), "the packet file is not on the stick")
    state.packet = result.path


def step_hq_import(state: _State) -> None:
    hq = _services("hq")
    assert state.packet is not None
    outcomes = hq.import_files(state.hq.vault, state.hq.ref, [state.packet])
    _check(len(outcomes) == 1, "HQ did not report on the packet")
    outcome = outcomes[0]
    _check(outcome.status == "imported" and outcome.ok,
           f"HQ did not import the packet: {outcome.status} {outcome.msgid}")
    _check(outcome.records == RECORD_COUNT, "HQ did not import every record")


def step_ack(state: _State) -> None:
    acks = _services("acks")
    sent, ack = acks.write_ack(state.hq.vault, POST_CODE, state.stick)
    _check(len(ack.acks) == RECORD_COUNT, "the acknowledgement does not list every record")
    _check(sent.path.is_file(), "the acknowledgement is not on the stick")
    state.ack = sent.path


def step_ack_import(state: _State) -> None:
    acks = _services("acks")
    assert state.ack is not None
    result = acks.import_ack(state.post.vault, state.ack.read_bytes())
    _check(result.newer, "the post took the acknowledgement as an old one")
    _check(result.acknowledged == RECORD_COUNT, "the post did not mark every record delivered")


def step_report(state: _State) -> None:
    """An incident report as the program prints one (Kazakh with Russian), rendered in memory:
    a PDF with its header and end marker. Nothing is saved or printed, so nothing is logged."""
    reports = _services("reports")
    service = reports.ReportService(state.post.vault, state.post.ref)
    report = service.incident(state.record_ids[0], lang="kk")
    _check(report.document == "incident" and report.record_id == state.record_ids[0],
           "the report is not the incident report of the record asked for")
    _check_pdf(report.pdf)


def _check_pdf(pdf: bytes) -> None:
    _check(pdf.startswith(b"%PDF-1."), "the report does not start with a PDF header")
    _check(b"%%EOF" in pdf[-64:], "the report has no PDF end-of-file marker")
    _check(len(pdf) > 1000, "the report is too small to hold a page")


def step_audit(state: _State) -> None:
    from shekara.vault import audit

    for session in (state.post, state.hq):
        verdict = audit.verify(session.vault.conn)
        _check(verdict.ok, f"the audit chain of {session.vault.post_code} is broken")


def step_lock(state: _State) -> None:
    from shekara.errors import StateError

    for session in (state.post, state.hq):
        session.close()
        try:
            _ = session.vault.conn
        except StateError:
            continue
        raise StepFailed("a locked vault still answers")
    state.post = state.hq = None


def _services(name: str) -> Any:
    """A service module by name, or NotAvailable when this build lacks it."""
    import importlib

    try:
        return importlib.import_module(f"shekara.services.{name}")
    except ImportError as exc:
        raise NotAvailable from exc


STEPS: list[tuple[str, Callable[[_State], None]]] = [
    ("create", step_create),
    ("unlock", step_unlock),
    ("add", step_add),
    ("search", step_search),
    ("approve", step_approve),
    ("keys", step_keys),
    ("export", step_export),
    ("hq import", step_hq_import),
    ("ack", step_ack),
    ("ack import", step_ack_import),
    ("report", step_report),
    ("audit", step_audit),
    ("lock", step_lock),
]


def _reason(exc: BaseException) -> str:
    if isinstance(exc, NotAvailable):
        return "not available in this build"
    if isinstance(exc, ShekaraError):
        return exc.text()
    if isinstance(exc, StepFailed):
        return str(exc)
    # Only sample data is in play, so the message is safe to show; it names the bug.
    return f"{type(exc).__name__}: {exc}"[:300]


def run(out: TextIO | None = None) -> int:
    """Run every step; 0 when all passed, 1 at the first failure (named on `out`)."""
    stream = out if out is not None else sys.stdout
    root = Path(tempfile.mkdtemp(prefix="shekara-selftest-"))
    state = _State(root)
    failed: str | None = None
    try:
        for name, step in STEPS:
            try:
                step(state)
            except Exception as exc:  # every failure is reported as the step's, not a traceback
                failed = name
                print(f"FAILED: {name}: {_reason(exc)}", file=stream, flush=True)
                break
            print(f"ok: {name}", file=stream, flush=True)
    finally:
        _lock(state.post)
        _lock(state.hq)
        shutil.rmtree(root, ignore_errors=True)
    if failed is None:
        if root.exists():
            print(f"FAILED: clean up: {root} could not be removed", file=stream, flush=True)
            return 1
        print("ok: clean up", file=stream, flush=True)
        print(f"self-test passed ({len(STEPS) + 1} steps)", file=stream, flush=True)
        return 0
    return 1
