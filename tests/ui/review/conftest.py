"""The review tests use the editors' vault fixtures (a KZ post, two supervisors, an officer)."""

from __future__ import annotations

from tests.ui.editors.conftest import officer, supervisor, vault_dir  # noqa: F401
