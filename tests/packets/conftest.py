"""Fixtures for the packet tests: a key ring that trusts the test post and HQ."""

from __future__ import annotations

import pytest

from shekara.packets.keys import KeyRing

from .builders import HQ, OTHER_HQ, OTHER_POST, POST


@pytest.fixture
def hq_ring() -> KeyRing:
    """What HQ trusts: its enrolled posts."""
    return KeyRing([POST.public, OTHER_POST.public])


@pytest.fixture
def post_ring() -> KeyRing:
    """What a post trusts: its pinned HQ key (and, harmlessly, another HQ it also knows)."""
    return KeyRing([HQ.public, OTHER_HQ.public])
