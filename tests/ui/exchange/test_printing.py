"""Printing from the exchange screens: a received fact under the partner's restrictions, the
covering letter of a letter sent, and the disclosure register of a period — each previewed, and
logged as every report is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtPdf import QPdfDocument

from shekara.ui.exchange.disclosures import DisclosuresDialog
from shekara.ui.exchange.received import ReceivedDialog
from shekara.ui.exchange.share import ShareDialog
from shekara.ui.reports.preview import ReportPreviewDialog
from shekara.vault import audit
from tests.ui.exchange.world import Exchange

WAIT = 20000


def preview(qtbot: Any, start: Any) -> ReportPreviewDialog:
    found: list[ReportPreviewDialog] = []
    start(found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=WAIT)
    dialog = found[0]
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready, timeout=WAIT)
    return dialog


def test_print_what_was_sent_and_received(qtbot: Any, linked: Exchange, tmp_path: Path) -> None:
    lithuanian, _home = linked.sample()
    sent = linked.send([lithuanian])
    assert sent.path is not None
    linked.lt_imports(sent.path)

    share = ShareDialog(linked.kz, list_drives=linked.drives)
    qtbot.addWidget(share)
    qtbot.waitUntil(lambda: share.state is not None and not share.loading, timeout=WAIT)
    share.letters_view.setCurrentIndex(share.letters.index(0, 0))
    assert share.notice_button.isEnabled()
    letter = preview(qtbot, lambda shown: share.print_notice(on_shown=shown))
    assert letter.page_count() >= 1
    assert letter.windowTitle().startswith("Covering letter to the partner")

    register = DisclosuresDialog(linked.kz)
    qtbot.addWidget(register)
    qtbot.waitUntil(lambda: not register.loading, timeout=WAIT)
    paper = preview(qtbot, lambda shown: register.print_register(on_shown=shown))
    assert paper.page_count() >= 1

    received = ReceivedDialog(linked.lt, list_drives=linked.drives)
    qtbot.addWidget(received)
    qtbot.waitUntil(lambda: received.model.rowCount() == 1 and not received.loading,
                    timeout=WAIT)
    received.open_selected()
    qtbot.waitUntil(lambda: received.fact_dialog is not None, timeout=WAIT)
    fact = received.fact_dialog
    assert fact is not None and fact.print_button.isEnabled()
    printed = preview(qtbot, lambda shown: fact.print_fact(on_shown=shown))
    assert printed.page_count() >= 1
    assert printed.save_to(tmp_path / "received.pdf") == tmp_path / "received.pdf"
    prints = [e.detail for e in audit.entries(linked.lt.vault.conn, action="print")]
    assert prints and prints[-1]["document"] == "received"
