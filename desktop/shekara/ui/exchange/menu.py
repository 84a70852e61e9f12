"""The Exchange menu of the main window at HQ: the screens of the exchange with the other
Party's central authority. Every officer opens them (lists are read-only for officers); what
only a supervisor may do is disabled inside each screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from shekara.ui import theme
from shekara.ui.exchange.disclosures import DisclosuresDialog
from shekara.ui.exchange.held_letters import PartnerHeldDialog
from shekara.ui.exchange.partner_keys import PartnerKeysDialog
from shekara.ui.exchange.received import ReceivedDialog
from shekara.ui.exchange.requests import RequestRegisterDialog
from shekara.ui.exchange.share import ShareDialog

SCREENS: tuple[tuple[str, str, type[QDialog]], ...] = (
    ("actShare", "export", ShareDialog),
    ("actReceived", "import", ReceivedDialog),
    ("actPartnerHeld", "warning", PartnerHeldDialog),
    ("actRequests", "audit", RequestRegisterDialog),
    ("actDisclosures", "audit", DisclosuresDialog),
    ("actPartnerKeys", "about", PartnerKeysDialog),
)


class ExchangeMenu(QObject):
    """Built by the main window in HQ mode; `open_screen(cls)` is the window's opener (one
    screen of each kind at a time)."""

    def __init__(self, parent: QWidget, open_screen: Callable[[type], QDialog]) -> None:
        super().__init__(parent)
        self.menu = QMenu(parent)
        self.menu.setObjectName("exchangeMenu")
        self.actions: dict[str, QAction] = {}
        for name, icon, screen in SCREENS:
            action = QAction(theme.icon(icon), "", parent)
            action.setObjectName(name)
            action.triggered.connect(lambda _c=False, cls=screen: open_screen(cls))
            parent.addAction(action)
            self.actions[name] = action
            if name == "actPartnerKeys":
                self.menu.addSeparator()
            self.menu.addAction(action)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("E&xchange"))
        texts = {
            "actShare": self.tr("&Share with the partner…"),
            "actReceived": self.tr("&Received information…"),
            "actPartnerHeld": self.tr("&Held and quarantined letters…"),
            "actRequests": self.tr("Request re&gister…"),
            "actDisclosures": self.tr("&Disclosure register…"),
            "actPartnerKeys": self.tr("&Partner keys…"),
        }
        for name, text in texts.items():
            action = self.actions[name]
            action.setText(text)
            action.setToolTip(text.replace("&", "").rstrip("…"))
