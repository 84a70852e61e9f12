"""The Exchange menu: in the main window at HQ (after the HQ menu, with keyboard access), for
every officer; never at a post."""

from __future__ import annotations

from typing import Any

from shekara.ui.context import UiContext
from shekara.ui.exchange.disclosures import DisclosuresDialog
from shekara.ui.exchange.held_letters import PartnerHeldDialog
from shekara.ui.exchange.partner_keys import PartnerKeysDialog
from shekara.ui.exchange.received import ReceivedDialog
from shekara.ui.exchange.requests import RequestRegisterDialog
from shekara.ui.exchange.share import ShareDialog
from shekara.ui.main.window import MainWindow
from tests.ui.exchange.world import OFFICER, Exchange

SCREENS = {"actShare": ShareDialog, "actReceived": ReceivedDialog,
           "actPartnerHeld": PartnerHeldDialog, "actRequests": RequestRegisterDialog,
           "actDisclosures": DisclosuresDialog,
           "actPartnerKeys": PartnerKeysDialog}


def test_the_exchange_menu_at_hq(qtbot: Any, ui_context: UiContext, linked: Exchange) -> None:
    window = MainWindow(linked.as_("KZ", OFFICER), ui_context)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("E&xchange") == titles.index("H&Q") + 1
    menu = window.exchange_menu
    assert menu is not None
    texts = [a.text() for a in menu.menu.actions() if not a.isSeparator()]
    assert texts == ["&Share with the partner…", "&Received information…",
                     "&Held and quarantined letters…", "Request re&gister…",
                     "&Disclosure register…", "&Partner keys…"]
    for name, screen in SCREENS.items():
        action = menu.actions[name]
        assert action.isEnabled()  # officers read the lists
        action.trigger()
        opened = [d for d in window.open_dialogs() if isinstance(d, screen)]
        assert len(opened) == 1
        qtbot.waitUntil(lambda d=opened[0]: not d.loading, timeout=20000)
    share = next(d for d in window.open_dialogs() if isinstance(d, ShareDialog))
    assert not share.add_button.isEnabled() and not share.send_button.isEnabled()
    window.clear_for_lock()
    assert window.open_dialogs() == []


def test_no_exchange_menu_at_a_post(qtbot: Any, ui_context: UiContext, vault: Any) -> None:
    window = MainWindow(vault.session(), ui_context)
    qtbot.addWidget(window)
    assert window.exchange_menu is None
    assert "E&xchange" not in [a.text() for a in window.menuBar().actions()]


def test_the_menu_follows_the_language(qtbot: Any, ui_context: UiContext,
                                       linked: Exchange) -> None:
    window = MainWindow(linked.kz, ui_context)
    qtbot.addWidget(window)
    ui_context.translations.set_language("lt")
    qtbot.wait(20)
    menu = window.exchange_menu
    assert menu is not None
    assert menu.menu.title() == "&Keitimasis"
    assert menu.actions["actShare"].text() == "&Perduoti partneriui…"
    dialog = window.open_packet_screen(ShareDialog)
    assert dialog.windowTitle() == "Perdavimas partneriui"
    qtbot.waitUntil(lambda: not dialog.loading, timeout=20000)
