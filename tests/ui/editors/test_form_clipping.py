"""Every kind's form, new and empty, in every language an officer uses: no label or button cut
off at the editor's usual size (the dialogs' check in tests/ui/test_catalogs.py, for the
forms). Not the stretched pseudo-language: its stacked accents need taller lines than any real
language here, and the form's labels keep the height of the field beside them on purpose (the
rows line up with their inputs)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from shekara.domain.codes import KIND_ARTICLE
from shekara.services.session import Session
from shekara.ui.context import UiContext
from shekara.ui.editors import RecordEditorPage
from tests.ui.test_catalogs import clipped


@pytest.mark.parametrize("lang", ["kk", "lt", "ru", "en"])
def test_no_form_cuts_a_label(qtbot: Any, officer: Session, ui_context: UiContext,
                              lang: str) -> None:
    ui_context.translations.set_language(lang)
    problems: dict[str, list[str]] = {}
    for kind in sorted(KIND_ARTICLE):
        page = RecordEditorPage(officer, None, kind)
        qtbot.addWidget(page)
        page.resize(1100, 900)
        page.show()
        QApplication.processEvents()
        qtbot.wait(30)
        if found := clipped(page):
            problems[kind] = found
        page.stop()
        page.close()
    assert not problems, problems
