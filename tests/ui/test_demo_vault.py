"""`shekara --demo`: a demo vault in a temporary folder with records in every state."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from shekara.demo import vault as demo
from shekara.demo.samples import DEMO_OFFICERS, DEMO_PASSPHRASE
from shekara.errors import InputError
from shekara.services.session import open_session
from shekara.ui.app import AppController
from shekara.ui.context import UiContext
from shekara.vault import audit


def test_demo_vault_has_records_in_every_state(tmp_path: Path) -> None:
    steps: list[tuple[int, int]] = []
    info = demo.create_demo_vault(tmp_path / "vault", count=120,
                                  progress=lambda d, t: steps.append((d, t)))
    assert info.records == 120 and info.passphrase == DEMO_PASSPHRASE
    assert steps and steps[-1][0] == steps[-1][1]
    with open_session(info.directory, DEMO_OFFICERS[0][0], DEMO_PASSPHRASE) as session:
        listed = session.records.list_records(limit=1000)
        statuses = Counter(r.status for r in listed)
        assert statuses["approved"] > 0 and statuses["draft"] > 0
        assert statuses["withdrawn"] == demo.WITHDRAWN_COUNT
        assert any(r.version == 2 for r in listed)  # corrections
        assert {r.kind for r in listed} == {"border_violation", "contraband_detention",
                                            "forged_document", "drug_intel"}
        assert {r.created_by for r in listed} == {"demo.officer"}
        approvals = audit.entries(session.vault.conn, action="record.approve")
        assert {e.officer for e in approvals} == {"demo.second", "demo.supervisor"}
        assert audit.verify(session.vault.conn).ok
        assert {o.login for o in session.vault.officers()} == {o for o, _ in DEMO_OFFICERS}


def test_demo_folder_is_temporary_and_removed(tmp_path: Path) -> None:
    folder = demo.make_demo_folder()
    assert folder.parent.name.startswith("shekara-demo-") and folder.parent.exists()
    demo.remove_demo_folder(folder)
    assert not folder.parent.exists()
    keep = tmp_path / "not-a-demo" / "vault"
    keep.mkdir(parents=True)
    demo.remove_demo_folder(keep)  # only demo folders are ever removed
    assert keep.exists()


def test_unknown_party_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        demo.create_demo_vault(tmp_path / "v", party="XX")


def test_demo_mode_prepares_the_vault_and_shows_the_passphrase(qtbot: Any, qapp: Any,
                                                               ui_context: UiContext) -> None:
    ui_context.vault_dir = demo.make_demo_folder()
    controller = AppController(qapp, ui_context, demo=True)
    qtbot.addWidget(controller.unlock_window)
    controller.start()
    window = controller.unlock_window
    # Usable at once (issue 10): the banner says whom and what to type while the vault is made.
    assert window.isVisible() and window.preparing and window.login_edit.isEnabled()
    assert window.demo_label.isVisible() and DEMO_PASSPHRASE in window.demo_label.text()
    assert window.login_edit.text() == DEMO_OFFICERS[0][0]
    window.pass_edit.setText(DEMO_PASSPHRASE)
    assert window.preparing  # no event handled yet: the vault's worker cannot have answered
    with qtbot.waitSignal(controller.unlocked, timeout=60000):
        window.unlock_button.click()  # pressed before the vault is made: it waits for it
    main = controller.main_window
    qtbot.addWidget(main)
    assert "[demo]" in main.windowTitle()
    qtbot.waitUntil(lambda: main.model.total == 300, timeout=10000)
    folder = ui_context.vault_dir.parent
    controller.shutdown()
    assert not folder.exists()
