"""Fixtures: the post/HQ world (tests/ui/export/world.py), linked; English with its catalog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import shekara.ui  # noqa: F401 - the refcount guard, before any Qt call
from shekara.ui.context import UiContext
from tests.ui.export.world import World


@pytest.fixture(autouse=True)
def english(ui_context: UiContext, catalogs: Path) -> UiContext:
    return ui_context


@pytest.fixture
def linked(tmp_path: Path) -> Iterator[World]:
    made = World(tmp_path).link()
    yield made
    made.close()
