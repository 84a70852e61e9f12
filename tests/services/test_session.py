"""One way to call a use case: the session exposes every service, bound to its vault."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from shekara.services.session import Session
from shekara.vault.vault import Vault

SERVICES = ("records", "reports", "review", "drafts", "requests", "officials", "export", "acks",
            "hq", "keys", "retention", "attachments", "refdata")


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    vault, _ = Vault.create(tmp_path / "v", mode="post", party="KZ", post_code="KZ-1",
                            officer="a.b", passphrase="long-enough-pass")
    with Session(vault) as session:
        yield session


@pytest.mark.parametrize("name", SERVICES)
def test_every_service_is_a_property_bound_to_the_session_vault(session: Session,
                                                                name: str) -> None:
    service = getattr(session, name)
    assert service.vault is session.vault
    assert type(service).__name__.endswith("Service")


def test_a_bound_service_calls_through_to_the_vault(session: Session) -> None:
    created = session.keys.create_own_keys()
    assert session.keys.own_keys().public.fingerprint() == created.public.fingerprint()
    assert session.export.preview().new_records == 0
    assert session.export.outbox() == []
    assert session.reports.context("en").post_code == "KZ-1"
