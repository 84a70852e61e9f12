"""The installation's printed names through `OfficialsService.set_names`, the one way the
window (Admin > Settings…) and `shekara settings set` change them: checked, supervisors only,
all or nothing, one audited transaction, and what a document prints afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from shekara.errors import InputError, PermissionDenied
from shekara.services.officials import NAME_SETTINGS, check_names
from shekara.services.session import Session
from shekara.vault import audit
from shekara.vault.vault import Vault
from tests.cli.conftest import example_record
from tests.reports.pdfcheck import flat, text

NAMES = {"authority_name": "Valstybės sienos apsaugos tarnyba",
         "authority_name_ru": "Служба охраны государственной границы",
         "unit_name": "Medininkų užkarda",
         "unit_name_ru": "Застава «Мядининкай»"}
OFFICER, OFFICER_PASS = "rasa.p", "officer-passphrase-22"


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    vault, _ = Vault.create(tmp_path / "v", mode="post", party="LT", post_code="LT-MED-01",
                            officer="tomas.k", passphrase="supervisor-passphrase-1")
    vault.add_officer(OFFICER, "officer", OFFICER_PASS)
    vault.lock()
    return tmp_path / "v"


@pytest.fixture
def supervisor(vault_dir: Path) -> Iterator[Session]:
    with Session(Vault.open(vault_dir, "tomas.k", "supervisor-passphrase-1")) as session:
        yield session


def changes(session: Session) -> list[dict[str, object]]:
    return [e.detail for e in audit.entries(session.vault.conn, action="settings.change")]


def test_a_supervisor_sets_the_names_in_one_audited_transaction(supervisor: Session) -> None:
    names = supervisor.officials.set_names(NAMES)
    assert names.values == NAMES and supervisor.officials.names().values == NAMES
    assert changes(supervisor) == [NAMES]
    # Only what differs is written and logged; None leaves a name; "" clears it.
    supervisor.officials.set_names({**NAMES, "unit_name": "  Medininkų  užkarda ",
                                    "authority_name": None, "unit_name_ru": ""})
    assert supervisor.officials.names().values == {
        **NAMES, "unit_name": "Medininkų  užkarda", "unit_name_ru": ""}
    assert changes(supervisor)[1:] == [{"unit_name": "Medininkų  užkarda", "unit_name_ru": ""}]
    supervisor.officials.set_names(supervisor.officials.names().values)
    assert len(changes(supervisor)) == 2  # nothing changed: nothing logged


def test_a_document_printed_afterwards_carries_them(supervisor: Session) -> None:
    [record_id] = supervisor.records.add([example_record()])
    supervisor.officials.set_names(NAMES)
    words = flat(text(supervisor.reports.incident(record_id, lang="lt").pdf))
    for value in NAMES.values():  # Lithuanian with its Russian translation (Art. 14)
        assert flat(value) in words, value


def test_an_officer_is_refused_and_nothing_is_written(vault_dir: Path) -> None:
    with Session(Vault.open(vault_dir, OFFICER, OFFICER_PASS)) as officer:
        with pytest.raises(PermissionDenied):
            officer.officials.set_names({"unit_name": "Medininkų užkarda"})
        assert officer.officials.names().values == dict.fromkeys(NAME_SETTINGS, "")
        assert changes(officer) == []


@pytest.mark.parametrize(("bad", "msgid"), [
    ("užkarda\x1b", "officials.bad_character"),  # a control character
    ("užkarda\n2", "officials.bad_character"),  # one line only
    ("\u202eadrakžu", "officials.bad_character"),  # reorders what is shown
    ("už\u200bkarda", "officials.bad_character"),  # invisible
    ("u" * 201, "officials.too_long"),
    ("   ", "officials.nothing_visible"),  # spaces alone: "" is how a name is cleared
    ("\u00a0\u2003", "officials.nothing_visible"),  # other spaces alone
    ("\u0301", "officials.nothing_visible"),  # a combining mark alone
])
def test_a_bad_value_refuses_the_whole_change(supervisor: Session, bad: str, msgid: str) -> None:
    with pytest.raises(InputError) as refused:
        supervisor.officials.set_names({"authority_name": NAMES["authority_name"],
                                        "unit_name_ru": bad})
    assert refused.value.msgid == msgid and refused.value.params["key"] == "unit_name_ru"
    assert str(refused.value).startswith("the name ")  # the command line's words
    assert supervisor.officials.names().values == dict.fromkeys(NAME_SETTINGS, "")
    assert changes(supervisor) == []


def test_two_hundred_characters_are_enough() -> None:
    assert check_names({"unit_name": "u" * 200}) == {"unit_name": "u" * 200}


def test_a_key_that_is_not_a_printed_name_is_a_programming_error(supervisor: Session) -> None:
    with pytest.raises(ValueError, match="four_eyes"):
        supervisor.officials.set_names({"four_eyes": "0"})
    assert changes(supervisor) == []
