"""The main window's actions, menu bar, toolbar and the record list's context menu, and their
words.

Apart from the window (ui/main/window.py) because it is one long list that changes on its own
— a new screen is an action, its place in a menu and its text — while the window's logic
stays. The functions set their actions and menus as attributes of the window (declared there),
where tests, the first-steps panel and the command-to-screen table
(tests/ui/test_command_screens.py) reach them by name and object name. They hold the window
only while they run: nothing here keeps a reference that would outlive a locked window.

The texts are in the catalog context "MainWindow", the window that shows them, as they were
when this code was the window's own `self.tr`: hence `_tr("MainWindow", …)` with the context
written out (lupdate reads a literal context only; tests/ui/test_catalogs.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

from shekara.ui import theme
from shekara.ui.export import AckImportDialog, ExportWizard, OutboxDialog, RefdataImportDialog
from shekara.ui.hq.ack_dialog import WriteAckDialog
from shekara.ui.hq.held import HqHeldDialog
from shekara.ui.hq.import_dialog import HqImportDialog
from shekara.ui.hq.overview import PostsOverviewDialog
from shekara.ui.hq.refdata_dialog import HqRefdataDialog
from shekara.ui.keys.hq_keys import HqKeysDialog
from shekara.ui.keys.post_keys import PostKeysDialog

if TYPE_CHECKING:
    from shekara.ui.main.window import MainWindow

_tr = QCoreApplication.translate  # a literal context: the window that shows the text


def _action(window: MainWindow, name: str, icon: str | None = None,
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
    action = QAction(window)
    action.setObjectName(name)
    if icon:
        action.setIcon(theme.icon(icon))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    window.addAction(action)  # shortcuts work even while the menu bar is hidden
    return action


def build_actions(window: MainWindow) -> None:
    supervisor = window.vault.role == "supervisor"

    def a(name: str, icon: str | None = None,
          shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        return _action(window, name, icon, shortcut)

    window.act_new = a("actNew", "new", QKeySequence.StandardKey.New)
    window.act_new.triggered.connect(window.new_record)
    window.act_passphrase = a("actPassphrase")
    window.act_passphrase.triggered.connect(window.change_own_passphrase)
    window.act_lock = a("actLock", "lock", "Ctrl+L")
    window.act_lock.triggered.connect(lambda: window.lock_requested.emit("shortcut"))
    window.act_quit = a("actQuit", "quit", QKeySequence.StandardKey.Quit)
    window.act_quit.setShortcut(QKeySequence("Ctrl+Q"))
    window.act_quit.triggered.connect(window.close)
    window.act_open = a("actOpen", "open")
    window.act_open.triggered.connect(window.open_selected)
    window.act_find = a("actFind", "search", QKeySequence.StandardKey.Find)
    window.act_find.triggered.connect(window.focus_search)
    window.act_refresh = a("actRefresh", "refresh", QKeySequence.StandardKey.Refresh)
    window.act_refresh.setShortcut(QKeySequence("F5"))
    window.act_refresh.triggered.connect(window.refresh)
    window.act_clear = a("actClearFilters", "clear", "Ctrl+Shift+R")
    window.act_clear.triggered.connect(window.clear_filters)
    # The review queue (supervisors): drafts waiting, approve / send back / withdraw.
    window.act_review = a("actReview", "audit", "Ctrl+Shift+D")
    window.act_review.setEnabled(supervisor)
    window.act_review.triggered.connect(lambda: window.open_review_queue())
    window.act_approve = a("actApprove")
    window.act_approve.triggered.connect(window.approve_selected)
    window.post_actions = [a("actExport", "export"), a("actImportAck", "import"),
                           a("actImportRefdata", "import")]
    # Writing packets and taking reference data are a supervisor's (the services refuse an
    # officer): the menu says so before the screen would (issue 10).
    window.post_actions[0].setEnabled(supervisor)
    window.post_actions[2].setEnabled(supervisor)
    # Post > Outbox: every officer sees what HQ has not acknowledged (as `shekara outbox`);
    # writing a packet again is a supervisor's, said inside (as `export --resend`).
    window.act_outbox = a("actOutbox", "export")
    window.act_outbox.setEnabled(window.vault.mode != "hq")
    window.act_outbox.triggered.connect(lambda: window.open_packet_screen(OutboxDialog))
    # Held and quarantined packets: every officer sees the list; only a supervisor's
    # Discard… is enabled inside (as the command, which refuses an officer).
    window.hq_actions = [a("actHqImport", "import"), a("actHqAck", "export"),
                         a("actHqPosts", "audit"), a("actHqHeld", "warning"),
                         a("actHqRefdata", "export")]
    window.hq_actions[4].setEnabled(supervisor)  # sending reference data, as the command
    # The menu slots of the Post / HQ menu and the screens that fill them.
    screens: tuple[type[QDialog], ...] = (ExportWizard, AckImportDialog,
                                          RefdataImportDialog, HqImportDialog,
                                          WriteAckDialog, PostsOverviewDialog,
                                          HqHeldDialog, HqRefdataDialog)
    for action, screen in zip((*window.post_actions, *window.hq_actions), screens, strict=True):
        action.triggered.connect(lambda _c=False, cls=screen: window.open_packet_screen(cls))
    # Post / HQ > Inspect a packet file… (ui/inspect/): any packet off a stick, nothing
    # imported, for every role — in the menu of the other screens that take a packet file.
    window.act_inspect = a("actInspectPacket", "search")
    window.act_inspect.triggered.connect(window.open_packet_inspect)
    # Demo > Let the demo HQ acknowledge (only a demo post: ui/export/demo_hq.py).
    window.act_demo_hq = a("actDemoHq", "import")
    window.act_demo_hq.triggered.connect(window.open_demo_hq)
    # Admin > Keys and fingerprints: the post's or HQ's key screen.
    keys_screen = HqKeysDialog if window.vault.mode == "hq" else PostKeysDialog
    window.act_keys = a("actKeys", "about")
    window.act_keys.triggered.connect(
        lambda _c=False, cls=keys_screen: window.open_packet_screen(cls))
    window.act_officers = a("actOfficers", "officers")
    window.act_officers.setEnabled(supervisor)
    window.act_officers.triggered.connect(window.open_officers)
    window.act_backup = a("actBackup", "export")
    window.act_backup.triggered.connect(window.open_backup)
    window.act_settings = a("actSettings", "settings")
    window.act_settings.triggered.connect(window.open_settings)
    window.act_audit = a("actAudit", "audit")
    window.act_audit.setEnabled(supervisor)
    window.act_audit.triggered.connect(window.open_audit)
    # Admin > Check the vault…: for every role, as `shekara check --derived [--repair]`:
    # the check only reads; the repair changes no record and no audit entry (why, in
    # ui/maintenance/check_dialog.py).
    window.act_check = a("actCheckVault")
    window.act_check.triggered.connect(window.open_check)
    # Admin > Retention… (posts): records due for review or purge, a supervisor's duty.
    window.act_retention = a("actRetention")
    window.act_retention.setEnabled(supervisor)
    window.act_retention.triggered.connect(window.open_retention)
    # Admin > New master key… (supervisors): `shekara rekey` (ui/maintenance/rekey_dialog.py).
    window.act_rekey = a("actRekey")
    window.act_rekey.setEnabled(supervisor)
    window.act_rekey.triggered.connect(window.open_rekey)
    # Admin > New recovery key… (supervisors): `shekara recovery-key new`
    # (ui/maintenance/recovery_key_dialog.py): the same master key, only a new recovery key.
    window.act_recovery_key = a("actNewRecoveryKey")
    window.act_recovery_key.setEnabled(supervisor)
    window.act_recovery_key.triggered.connect(window.open_new_recovery_key)
    window.act_zoom_in = a("actZoomIn", None, QKeySequence.StandardKey.ZoomIn)
    window.act_zoom_in.triggered.connect(lambda: window.zoom(1.1))
    window.act_zoom_out = a("actZoomOut", None, QKeySequence.StandardKey.ZoomOut)
    window.act_zoom_out.triggered.connect(lambda: window.zoom(1 / 1.1))
    window.act_zoom_reset = a("actZoomReset", None, "Ctrl+0")
    window.act_zoom_reset.triggered.connect(lambda: window.zoom(0))
    window.act_guide = a("actGuide", "help", QKeySequence.StandardKey.HelpContents)
    window.act_guide.triggered.connect(window.open_guide)
    window.act_about = a("actAbout", "about")
    window.act_about.triggered.connect(window.open_about)


def build_menus(window: MainWindow) -> None:
    """The menu bar and the toolbar, of the actions above and the record actions
    (ui/main/record_actions.py, made in between)."""
    records = window.record_actions
    bar = window.menuBar()
    window.menu_file = QMenu(window)
    window.menu_file.addActions([window.act_new, window.act_passphrase])
    window.menu_file.addSeparator()
    window.menu_file.addActions([window.act_lock, window.act_quit])
    window.menu_records = QMenu(window)
    window.menu_records.addActions([window.act_open, window.act_find, window.act_refresh,
                                    window.act_clear])
    window.menu_records.addSeparator()
    window.menu_records.addAction(window.act_review)
    window.menu_records.addActions(records.review_actions)
    window.menu_records.addSeparator()
    window.menu_records.addActions([records.act_print, records.act_history])
    window.menu_documents = QMenu(window)
    window.menu_documents.setObjectName("documentsMenu")
    window.menu_documents.addAction(records.act_print)
    window.menu_documents.addSeparator()
    window.menu_documents.addActions(records.document_actions)
    window.menu_documents.addSeparator()  # reading paper back, not printing it
    window.menu_documents.addAction(records.act_verify)
    window.menu_post = QMenu(window)
    window.menu_post.setObjectName("postMenu")
    export, *post_imports = window.post_actions
    window.menu_post.addActions(window.hq_actions if window.vault.mode == "hq"
                                else [export, window.act_outbox, *post_imports])
    window.menu_post.addSeparator()  # looking at a file, not sending or taking one
    window.menu_post.addAction(window.act_inspect)
    window.exchange_menu = None  # HQ: the exchange with the other Party (ui/exchange/menu.py)
    if window.vault.mode == "hq":
        from shekara.ui.exchange.menu import ExchangeMenu

        window.exchange_menu = ExchangeMenu(window, window.open_packet_screen)
    window.menu_admin = QMenu(window)
    window.menu_admin.addActions([window.act_officers, window.act_settings, window.act_audit,
                                  window.act_keys, window.act_backup, window.act_check,
                                  window.act_rekey, window.act_recovery_key])
    if window.vault.mode != "hq":  # a post's duty (its records, its retention periods)
        window.menu_admin.addAction(window.act_retention)
    window.menu_view = QMenu(window)
    window.menu_view.addActions([window.act_zoom_in, window.act_zoom_out,
                                 window.act_zoom_reset])
    window.menu_help = QMenu(window)
    window.menu_help.addActions([window.act_guide, window.act_about])
    window.menu_demo = QMenu(window)
    window.menu_demo.addAction(window.act_demo_hq)
    # Object names: tests and the command-to-screen table (tests/ui/test_command_screens.py)
    # find menus by them.
    named = {"fileMenu": window.menu_file, "recordsMenu": window.menu_records,
             "documentsMenu": window.menu_documents, "postMenu": window.menu_post,
             "adminMenu": window.menu_admin, "viewMenu": window.menu_view,
             "demoMenu": window.menu_demo, "helpMenu": window.menu_help}
    for name, menu in named.items():
        menu.setObjectName(name)
    menus = list(named.values())
    if window.demo_hq() is None:  # the Demo menu: a demo post's window only
        menus.remove(window.menu_demo)
        window.act_demo_hq.setEnabled(False)
    for menu in menus:
        bar.addMenu(menu)
        if menu is window.menu_post and window.exchange_menu is not None:
            bar.addMenu(window.exchange_menu.menu)
    toolbar = window.addToolBar("main")
    toolbar.setObjectName("mainToolBar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([window.act_new, window.act_refresh, window.act_lock])
    window.toolbar = toolbar


def list_menu(window: MainWindow, position: QPoint) -> None:
    """The record list's context menu, for the row under the pointer (selected by then)."""
    item = window.selected_record()
    if item is None:
        return
    supervisor = window.vault.role == "supervisor"
    records = window.record_actions
    menu = QMenu(window.view)
    menu.addAction(window.act_open)
    review = menu.addAction(_tr("MainWindow", "Re&view…"))
    review.setEnabled(supervisor and item.status == "draft")
    review.triggered.connect(lambda: window.open_review_queue(item.id))
    menu.addAction(window.act_approve)
    window.act_approve.setEnabled(supervisor and item.status == "draft")
    menu.addActions([records.act_send_back, records.act_withdraw])
    menu.addSeparator()
    menu.addActions([records.act_print, records.act_history])
    menu.popup(window.view.viewport().mapToGlobal(position))


def retranslate_menus(window: MainWindow) -> None:
    """Menu titles, action texts (their tooltips without "&" and "…"), the status tip of what
    only a supervisor opens, and the toolbar's title."""
    hq = window.vault.mode == "hq"
    window.menu_file.setTitle(_tr("MainWindow", "&File"))
    window.menu_records.setTitle(_tr("MainWindow", "&Records"))
    window.menu_documents.setTitle(_tr("MainWindow", "&Documents"))
    window.menu_post.setTitle(_tr("MainWindow", "H&Q") if hq else _tr("MainWindow", "&Post"))
    window.menu_admin.setTitle(_tr("MainWindow", "&Admin"))
    window.menu_view.setTitle(_tr("MainWindow", "&View"))
    window.menu_help.setTitle(_tr("MainWindow", "&Help"))
    window.menu_demo.setTitle(_tr("MainWindow", "De&mo"))
    if window.exchange_menu is not None:
        window.exchange_menu.retranslate()
    post, hq_actions = window.post_actions, window.hq_actions
    texts = {
        window.act_new: _tr("MainWindow", "&New record…"),
        window.act_passphrase: _tr("MainWindow", "Change my &passphrase…"),
        window.act_lock: _tr("MainWindow", "&Lock"),
        window.act_quit: _tr("MainWindow", "&Quit"),
        window.act_open: _tr("MainWindow", "&Open record"),
        window.act_find: _tr("MainWindow", "&Find…"),
        window.act_refresh: _tr("MainWindow", "&Refresh"),
        window.act_clear: _tr("MainWindow", "&Clear filters"),
        window.act_review: _tr("MainWindow", "Re&view drafts…"),
        window.act_approve: _tr("MainWindow", "&Approve"),
        post[0]: _tr("MainWindow", "&Export packet to a stick…"),
        window.act_outbox: _tr("MainWindow", "Packets in the &outbox…"),
        post[1]: _tr("MainWindow", "&Import acknowledgement…"),
        post[2]: _tr("MainWindow", "Import &reference data from HQ…"),
        hq_actions[0]: _tr("MainWindow", "&Import packets…"),
        hq_actions[1]: _tr("MainWindow", "&Write acknowledgement…"),
        hq_actions[2]: _tr("MainWindow", "&Posts overview…"),
        hq_actions[3]: _tr("MainWindow", "&Held and quarantined packets…"),
        hq_actions[4]: _tr("MainWindow", "Send &reference data to the posts…"),
        window.act_inspect: _tr("MainWindow", "Inspect a packet &file…"),
        window.act_keys: _tr("MainWindow", "&Keys and fingerprints…"),
        window.act_officers: _tr("MainWindow", "&Officers…"),
        window.act_settings: _tr("MainWindow", "&Settings…"),
        window.act_backup: _tr("MainWindow", "&Back up the vault…"),
        window.act_audit: _tr("MainWindow", "&Audit log…"),
        window.act_check: _tr("MainWindow", "&Check the vault…"),
        window.act_retention: _tr("MainWindow", "Re&tention…"),
        window.act_rekey: _tr("MainWindow", "New &master key…"),
        window.act_recovery_key: _tr("MainWindow", "New &recovery key…"),
        window.act_zoom_in: _tr("MainWindow", "Zoom &in"),
        window.act_zoom_out: _tr("MainWindow", "Zoom &out"),
        window.act_zoom_reset: _tr("MainWindow", "&Normal size"),
        window.act_guide: _tr("MainWindow", "&User guide"),
        window.act_about: _tr("MainWindow", "&About Shekara"),
        window.act_demo_hq: _tr("MainWindow", "Let the demo &HQ acknowledge a folder…"),
    }
    for action, text in texts.items():
        action.setText(text)
        action.setToolTip(text.replace("&", "").rstrip("…"))
    if window.vault.role != "supervisor":
        for action in (window.act_officers, window.act_audit, window.act_review,
                       window.act_retention, post[0], post[2], hq_actions[4],
                       window.act_rekey, window.act_recovery_key):
            action.setStatusTip(_tr("MainWindow", "Only a supervisor can open this"))
    window.toolbar.setWindowTitle(_tr("MainWindow", "Main toolbar"))
