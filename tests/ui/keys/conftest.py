"""The post/HQ world of tests/ui/export (its fixtures, imported here)."""

from tests.ui.export.conftest import linked, world

__all__ = ["linked", "world"]
