"""The post/HQ world of tests/ui/export (its fixtures, imported here)."""

from tests.ui.export.conftest import english, linked, world

__all__ = ["english", "linked", "world"]
