"""What the setup wizard's pages share. The wizard makes one `SetupState` and hands it to the
pages that need it; a page never reaches into the wizard for it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from shekara.services.session import Session
from shekara.ui.context import UiContext


@dataclass
class SetupState:
    context: UiContext
    # The first two pages' answers (mode, party, post_code, officer, passphrase), taken when
    # the vault is about to be created.
    settings: dict[str, Any] = field(default_factory=dict)
    session: Session | None = None  # the new vault, open, once created
    recovery_key: str = ""  # shown once, forgotten when the wizard ends
