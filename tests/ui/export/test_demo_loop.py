"""The demo's whole loop in the window (issue 10): open the demo, export to a folder, print the
transmittal sheet, let the demo HQ acknowledge, take the acknowledgement back through Post >
Import acknowledgement, and see the exported records as acknowledged. Real demo vaults in
tmp_path, real packets, real signatures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from shekara.demo.hq import HQ_FOLDER
from shekara.demo.samples import DEMO_OFFICERS, DEMO_PASSPHRASE
from shekara.ui.app import AppController
from shekara.ui.context import UiContext
from shekara.ui.export import AckImportDialog, ExportWizard
from shekara.ui.export.demo_hq import DemoHqDialog
from shekara.ui.export.wizard import PAGE_CONTENTS, PAGE_DONE
from shekara.ui.main.window import MainWindow
from shekara.ui.reports.preview import ReportPreviewDialog

WAIT = 60000


@pytest.fixture
def demo_window(qtbot: Any, qapp: Any, ui_context: UiContext,
                tmp_path: Path) -> Iterator[tuple[AppController, MainWindow]]:
    """`shekara --demo` as the shell runs it, its folder in tmp_path, unlocked as the demo's
    first supervisor."""
    ui_context.vault_dir = tmp_path / "shekara-demo-test" / "vault"
    controller = AppController(qapp, ui_context, demo=True)
    qtbot.addWidget(controller.unlock_window)
    controller.start()
    qtbot.waitUntil(lambda: ui_context.demo is not None, timeout=WAIT)
    window = controller.unlock_window
    assert window.login_edit.text() == DEMO_OFFICERS[0][0]
    window.pass_edit.setText(DEMO_PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=WAIT):
        window.unlock_button.click()
    main = controller.main_window
    qtbot.addWidget(main)
    qtbot.waitUntil(lambda: main.model.total == 300, timeout=WAIT)
    yield controller, main
    controller.shutdown()
    assert not (tmp_path / "shekara-demo-test").exists()  # the demo HQ goes with the demo


def statuses(main: MainWindow) -> dict[str, int]:
    counted: dict[str, int] = {}
    for record in main.session.records.list_records(limit=1000):
        counted[record.status] = counted.get(record.status, 0) + 1
    return counted


def show_only(qtbot: Any, main: MainWindow, status: str) -> int:
    """Filter the window's list by `status` (the status filter); how many rows it shows."""
    combo = main.filter_bar.status_combo
    combo.setCurrentIndex(combo.findData(status))
    qtbot.waitUntil(lambda: main.model.filter.statuses == (status,)
                    and not main.model.busy and main.model.total is not None, timeout=WAIT)
    return int(main.model.total or 0)


def test_export_transmittal_and_ack_round_trip_in_the_demo_window(
        qtbot: Any, demo_window: tuple[AppController, MainWindow], tmp_path: Path) -> None:
    controller, main = demo_window
    assert main.menu_demo.menuAction().isVisible() and main.act_demo_hq.isEnabled()
    before = statuses(main)
    assert before["approved"] > 0 and "exported" not in before
    stick = tmp_path / "stick"
    stick.mkdir()

    # Post > Export packet to a stick: the demo post trusts the demo HQ, so it goes through.
    main.post_actions[0].trigger()
    wizard = main._find_dialog(ExportWizard)
    assert isinstance(wizard, ExportWizard)
    chooser = wizard.destination_page.chooser
    qtbot.waitUntil(lambda: not chooser.loading, timeout=WAIT)
    chooser.set_folder(stick)
    wizard.next()
    assert wizard.currentId() == PAGE_CONTENTS
    qtbot.waitUntil(lambda: wizard.contents_page.contents is not None, timeout=WAIT)
    assert wizard.contents_page.isComplete(), wizard.contents_page.note.text()
    with qtbot.waitSignal(wizard.exported, timeout=WAIT) as exported:
        wizard.next()
    result = exported.args[0]
    assert wizard.currentId() == PAGE_DONE and result.path.parent == stick
    exported_count = statuses(main)["exported"]  # records; the packet counts versions
    assert 0 < exported_count <= result.records

    # The transmittal sheet opens from the same page.
    done = wizard.done_page
    done.print_button.click()
    qtbot.waitUntil(lambda: bool(wizard.findChildren(ReportPreviewDialog)), timeout=WAIT)
    [preview] = wizard.findChildren(ReportPreviewDialog)
    assert preview.isVisible()
    preview.close()

    # The demo HQ takes the folder as HQ would and writes its acknowledgement there.
    panel = done.demo_panel
    assert panel is not None and panel.isVisibleTo(done) and not panel.import_button.isVisible()
    with qtbot.waitSignal(panel.acknowledged, timeout=WAIT) as acknowledged:
        panel.ack_button.click()
    demo_ack = acknowledged.args[0]
    assert [o.status for o in demo_ack.outcomes] == ["imported"]
    assert demo_ack.ack_path.parent == stick and demo_ack.ack_path.exists()
    assert (tmp_path / "shekara-demo-test" / HQ_FOLDER).is_dir()  # made on first use
    text = panel.status.text()
    assert result.path.name in text and "imported" in text and str(demo_ack.ack_path) in text
    assert "Post > Import acknowledgement" in text
    assert statuses(main)["exported"] == exported_count  # nothing taken yet at the post

    # "Import the acknowledgement…" opens the ordinary screen, its chooser on that folder.
    assert panel.import_button.isVisibleTo(panel)
    panel.import_button.click()
    dialog = main._find_dialog(AckImportDialog)
    assert isinstance(dialog, AckImportDialog) and dialog.isVisible()
    assert dialog.start_folder() == str(stick)
    with qtbot.waitSignal(dialog.imported, timeout=WAIT):
        dialog.import_file(demo_ack.ack_path)
    assert dialog.headline.text() == "Acknowledgement 1 from HQ is taken."
    assert f"{result.records} record versions newly marked" in dialog.details.text()
    wizard.close()
    dialog.close()

    # The window shows them acknowledged.
    after = statuses(main)
    assert after["acknowledged"] == exported_count and "exported" not in after
    assert show_only(qtbot, main, "acknowledged") == exported_count
    assert show_only(qtbot, main, "exported") == 0
    assert controller.main_window is main


def test_the_demo_menu_refuses_a_folder_without_packets_then_acknowledges(
        qtbot: Any, demo_window: tuple[AppController, MainWindow], tmp_path: Path) -> None:
    _controller, main = demo_window
    main.act_demo_hq.trigger()
    dialog = main._find_dialog(DemoHqDialog)
    assert isinstance(dialog, DemoHqDialog) and dialog.isVisible()
    panel = dialog.panel
    empty = tmp_path / "empty"
    empty.mkdir()
    op = panel.acknowledge(empty)
    assert op is not None
    qtbot.waitUntil(lambda: not panel.busy, timeout=WAIT)
    assert panel.error is not None and panel.result is None
    assert panel.status.text() == (
        "the folder empty holds no packet of post KZ-DEMO: export one there first (Post > "
        "Export packet to a stick)")
    assert not panel.import_button.isVisibleTo(panel)
    assert list(empty.iterdir()) == []  # nothing written
    assert not (tmp_path / "shekara-demo-test" / HQ_FOLDER).exists()  # and no HQ made

    # A packet written there by the export service: the same action takes it.
    packet = main.session.export.export(empty)
    with qtbot.waitSignal(panel.acknowledged, timeout=WAIT) as acknowledged:
        panel.acknowledge(empty)
    assert [o.seq for o in acknowledged.args[0].outcomes] == [packet.seq]
    with qtbot.waitSignal(main.findChild(type(dialog)).import_requested, timeout=WAIT):
        panel.import_button.click()
    ack_dialog = main._find_dialog(AckImportDialog)
    assert isinstance(ack_dialog, AckImportDialog)
    assert ack_dialog.start_folder() == str(empty)


def test_no_demo_menu_outside_the_demo(qtbot: Any, ui_context: UiContext, vault: Any) -> None:
    main = MainWindow(vault.session(), ui_context)
    qtbot.addWidget(main)
    assert main.demo_hq() is None and not main.act_demo_hq.isEnabled()
    assert main.menu_demo not in [a.menu() for a in main.menuBar().actions()]
    main.post_actions[0].trigger()
    wizard = main._find_dialog(ExportWizard)
    assert isinstance(wizard, ExportWizard) and wizard.done_page.demo_panel is None
    wizard.close()
