"""Fixtures: the post/HQ world (tests/ui/export/world.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import shekara.ui  # noqa: F401 - the refcount guard, before any Qt call
from tests.ui.export.world import World


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    made = World(tmp_path)
    yield made
    made.close()


@pytest.fixture
def linked(world: World) -> World:
    return world.link()
