"""Fixtures for the report preview: a real KZ post vault with records long enough to need
several pages, opened as its supervisor (four-eyes off so the tests can approve)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from shekara.services.keys import create_own_keys
from shekara.services.session import Session
from shekara.vault.vault import Vault
from tests.cli.conftest import example_record
from tests.ui.editors.qtfix import keep_singletons_alive

keep_singletons_alive()

PASSPHRASE = "report-preview-pass"
LONG_NARRATIVE = "\n\n".join(
    f"{n}. Рентгенмен тексеру кезінде қосалқы дөңгелектен героин табылды; "
    "жүргізуші Žukauskas T. түсініктеме берді. " * 3 for n in range(1, 40))


@pytest.fixture
def made(tmp_path: Path) -> Iterator[tuple[Session, str]]:
    vault, recovery_key = Vault.create(tmp_path / "vault", mode="post", party="KZ",
                                       post_code="KZ-NUR-ZHOLY", officer="aigerim.s",
                                       passphrase=PASSPHRASE)
    with vault.transaction():
        vault.set_setting("four_eyes", "0")
    create_own_keys(vault)
    session = Session(vault)
    yield session, recovery_key
    session.close()


@pytest.fixture
def session(made: tuple[Session, str]) -> Session:
    return made[0]


@pytest.fixture
def long_record(session: Session) -> str:
    [record_id] = session.records.add([example_record(narrative=LONG_NARRATIVE)])
    return record_id
