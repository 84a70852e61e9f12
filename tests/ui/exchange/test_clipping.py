"""The exchange screens in every language (and the stretched pseudo-language): no label or
button is cut, and no screen needs more width than the narrowest laptop at a post."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from shekara.ui import i18n
from shekara.ui.context import UiContext
from shekara.ui.exchange.disclosures import DisclosuresDialog
from shekara.ui.exchange.held_letters import PartnerHeldDialog
from shekara.ui.exchange.partner_keys import PartnerKeysDialog
from shekara.ui.exchange.preview import IncludePersonDialog
from shekara.ui.exchange.received import LetterImportDialog, ReceivedDialog
from shekara.ui.exchange.request_forms import NewRequestDialog
from shekara.ui.exchange.requests import RequestRegisterDialog
from shekara.ui.exchange.send_dialog import LetterDestinationDialog
from shekara.ui.exchange.share import ShareDialog
from tests.ui.exchange.world import Exchange
from tests.ui.test_catalogs import settled_problems


@pytest.mark.parametrize("lang", [i18n.PSEUDO, "kk", "lt", "ru"])
def test_no_exchange_screen_clips_its_labels(qtbot: Any, ui_context: UiContext,
                                              linked: Exchange, lang: str) -> None:
    ui_context.translations.set_language(lang)
    linked.sample()
    session = linked.kz
    screens: dict[str, QWidget] = {
        "share": ShareDialog(session, list_drives=linked.drives),
        "received": ReceivedDialog(session, list_drives=linked.drives),
        "import": LetterImportDialog(session, list_drives=linked.drives),
        "requests": RequestRegisterDialog(session),
        "disclosures": DisclosuresDialog(session),
        "partner keys": PartnerKeysDialog(session, list_drives=linked.drives),
        "held letters": PartnerHeldDialog(session),
        "include": IncludePersonDialog([(0, "Ахметов Серік — witness, citizenship KAZ")]),
        "destination": LetterDestinationDialog(list_drives=linked.drives),
        "new request": NewRequestDialog(session),
        "request received on paper": NewRequestDialog(session, incoming=True),
    }
    problems: dict[str, list[str]] = {}
    for name, widget in screens.items():
        qtbot.addWidget(widget)
        if found := settled_problems(qtbot, widget):
            problems[name] = found
    assert not problems, problems
