"""The demo vault of `shekara --demo`: a post with three officers and a few hundred sample records.

Everything goes through the same services a real post uses, so the demo shows real states:
the officer writes every record (drafts), the second supervisor approves most of them
(four-eyes: the writer never approves), some approved records are corrected (a new version with
a reason, approved again by the first supervisor) and a few are withdrawn. The passphrase is
public (`samples.DEMO_PASSPHRASE`): a demo vault lives in a temporary folder and holds only
generated people.

Beside it the demo has an HQ whose keys the post trusts (`demo/hq.py`), so export, the
transmittal sheet and HQ's acknowledgement can be tried in the window.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from shekara.demo.hq import DemoHq, plan_demo_hq, trust_demo_hq
from shekara.demo.officials import set_demo_officials
from shekara.demo.samples import DEMO_OFFICERS, DEMO_PASSPHRASE, generate_records
from shekara.domain.reference import ReferenceData, load_default
from shekara.errors import InputError
from shekara.services import keys
from shekara.services.session import Session
from shekara.vault import keyslots
from shekara.vault.vault import Vault

DEMO_RECORDS = 300
DEMO_POSTS = {"KZ": "KZ-DEMO", "LT": "LT-DEMO"}
APPROVED_SHARE = 0.6
AMENDED_SHARE = 0.12  # of the approved ones
WITHDRAWN_COUNT = 6
# Free-text reasons, as an officer at the post would write them.
AMEND_REASONS = {
    "KZ": ("Төлқұжат деректері тексерілгеннен кейін түзетілді",
           "Уақыты мен орны нақтыланды", "Исправлено после проверки паспорта"),
    "LT": ("Pataisyta patikrinus paso duomenis", "Patikslintas laikas ir vieta",
           "Исправлено после проверки паспорта"),
}
AMEND_ADDITIONS = {"KZ": "Куәгерлердің түсініктемелері алынды.",
                   "LT": "Gauti liudytojų paaiškinimai."}
WITHDRAW_REASONS = {"KZ": "Қайталанған жазба", "LT": "Pasikartojantis įrašas"}

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoVault:
    directory: Path
    party: str
    post_code: str
    officers: tuple[tuple[str, str], ...]  # (login, role), the first one a supervisor
    passphrase: str
    records: int
    hq: DemoHq | None = field(default=None, repr=False)  # the demo HQ the post trusts


def make_demo_folder() -> Path:
    """A fresh temporary folder for a demo vault (remove it with `remove_demo_folder`)."""
    return Path(tempfile.mkdtemp(prefix="shekara-demo-")) / "vault"


def remove_demo_folder(directory: Path) -> None:
    if directory.parent.name.startswith("shekara-demo-"):
        shutil.rmtree(directory.parent, ignore_errors=True)


def create_demo_vault(directory: Path, *, party: str = "KZ", count: int = DEMO_RECORDS,
                      seed: int = 2026, today: date | None = None,
                      ref: ReferenceData | None = None,
                      progress: Progress | None = None) -> DemoVault:
    """Create the demo vault in `directory` (which must not hold a vault yet).

    Its slots get keyslots.DEMO's parameters: the passphrase is public, and the first window
    of `shekara --demo` must not wait for a calibration and five full-strength derivations."""
    if party not in DEMO_POSTS:
        raise InputError("demo.bad_party", "unknown Party {party}: use KZ or LT", party=party)
    with keyslots.demo_slots():
        return _create(directory, party, count, seed, today, ref, progress)


def _create(directory: Path, party: str, count: int, seed: int, today: date | None,
            ref: ReferenceData | None, progress: Progress | None) -> DemoVault:
    ref = ref or load_default()
    report = progress or (lambda done, total: None)
    (supervisor, _), (officer, _), (second, _) = DEMO_OFFICERS[:3]
    total_steps = count * 2 + 4
    vault, _recovery = Vault.create(directory, mode="post", party=party,
                                    post_code=DEMO_POSTS[party], officer=supervisor,
                                    passphrase=DEMO_PASSPHRASE)
    hq = plan_demo_hq(directory, party, DEMO_PASSPHRASE)
    with Session(vault, ref) as boss:
        keys.create_own_keys(vault)
        trust_demo_hq(vault, hq)  # the export wizard needs HQ's keys before it counts
        for login, role in DEMO_OFFICERS[1:]:
            vault.add_officer(login, role, DEMO_PASSPHRASE)
        set_demo_officials(vault, party)
        report(2, total_steps)
        with Session(Vault.open(directory, officer, DEMO_PASSPHRASE), ref) as writer:
            records = list(generate_records(count, seed=seed, party=party, today=today,
                                            ref=ref))
            ids: list[str] = []
            for start in range(0, len(records), 50):
                ids += writer.records.add(records[start:start + 50])
                report(3 + start + 50, total_steps)
        rng = random.Random(f"shekara-demo/{seed}/{party}")  # noqa: S311 - sample data, not secrets
        order = list(ids)
        rng.shuffle(order)
        approved = order[:int(len(order) * APPROVED_SHARE)]
        withdrawn = order[len(approved):len(approved) + WITHDRAWN_COUNT]
        amended = approved[:int(len(approved) * AMENDED_SHARE)]
        with Session(Vault.open(directory, second, DEMO_PASSPHRASE), ref) as checker:
            for index, record_id in enumerate(approved):
                checker.records.approve(record_id)
                if index % 20 == 0:
                    report(3 + count + index, total_steps)
            for record_id in amended:
                shown = checker.records.show(record_id)
                data = _corrected(shown.current.data, party)
                checker.records.amend(record_id, data, rng.choice(AMEND_REASONS[party]))
        for record_id in amended[::2]:
            # Half the corrections are approved again (by the other supervisor); the rest wait.
            boss.records.approve(record_id)
        for record_id in withdrawn:
            boss.records.withdraw(record_id, WITHDRAW_REASONS[party])
        report(total_steps, total_steps)
    return DemoVault(directory, party, DEMO_POSTS[party], tuple(DEMO_OFFICERS), DEMO_PASSPHRASE,
                     len(ids), hq)


def _corrected(data: dict[str, object], party: str) -> dict[str, object]:
    """A plausible correction: a sentence added to the narrative after a check."""
    fixed = dict(data)
    narrative = str(fixed.get("narrative") or "").strip()
    fixed["narrative"] = (narrative + " " + AMEND_ADDITIONS[party]).strip()
    return fixed
