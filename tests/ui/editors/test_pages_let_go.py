"""Pages a test lets go of while they are shown stay until the test's clean-up.

`qtbot.addWidget` keeps only a weak reference, and a page's lambdas hold it in a reference
cycle: such a page is freed by Python's cyclic garbage collector, whenever allocations add up.
Freed in the middle of event processing, shown, with the focus in one of its fields, it took
the worker down: Qt told that field it lost the focus when the page's Python half was torn
down already ("Slot 'FieldCell::' not found"), or activated a window whose focus went to a
deleted widget (a segfault in pytest-qt's event processing). How many objects the earlier
tests had made decided when the collector ran, so it happened in a shuffled order only.
tests/ui/conftest.py keeps the collector off during a test
(`_no_garbage_collection_during_a_test`) and on again once the test's windows are deleted,
hidden first.
"""

from __future__ import annotations

import gc
from typing import Any

from PySide6.QtWidgets import QApplication

from shekara.services.session import Session
from shekara.ui.editors.tab_order import focus_leaves
from tests.ui.editors.test_attachments_keyboard_language import open_page


def test_pages_let_go_of_while_shown_wait_for_the_clean_up(qtbot: Any,
                                                           officer: Session) -> None:
    """test_every_input_has_an_accessible_name's steps, with the collector set to run at
    nearly every allocation: with it on during the test, this crashed every time."""
    assert not gc.isenabled()
    thresholds = gc.get_threshold()
    gc.set_threshold(1, 2, 2)
    try:
        for kind in ("border_violation", "contraband_detention", "forged_document",
                     "drug_intel"):
            page = open_page(qtbot, officer, kind=kind)  # let go of at the next one
            assert page.form is not None
            if kind == "contraband_detention":
                page.form.sections[2].editor("route").add_button.click()  # type: ignore[attr-defined]
            assert all(w.accessibleName() or getattr(w, "text", lambda: "")()
                       for w in focus_leaves(page))
        QApplication.processEvents()  # the pages' activations, the focus moving between them
    finally:
        gc.set_threshold(*thresholds)
