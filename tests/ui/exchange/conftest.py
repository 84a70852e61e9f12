"""Fixtures: two HQs enrolled as each other's partner (tests/ui/exchange/world.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import shekara.ui  # noqa: F401 - the refcount guard, before any Qt call
from shekara.ui.context import UiContext
from tests.ui.exchange.world import Exchange


@pytest.fixture(autouse=True)
def english(ui_context: UiContext, catalogs: Path) -> UiContext:
    return ui_context


@pytest.fixture
def parties(tmp_path: Path) -> Iterator[Exchange]:
    made = Exchange(tmp_path)
    yield made
    made.close()


@pytest.fixture
def linked(parties: Exchange) -> Exchange:
    return parties.link()
