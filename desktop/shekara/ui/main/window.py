"""The main window: the record list with its filters and search, editors in tabs, the menus.

The window owns everything that shows vault data while the vault is open; `clear_for_lock`
lets the editors autosave, closes them and every dialog, and empties the list, before the
controller closes the session (ui/app.py).

Its actions, menus and toolbar, with their texts, are made by ui/main/menus.py, set on the
window as attributes (declared below); the dialogs it opens over itself, one of each kind at a
time, by ui/main/screens.py, to which its `open_…` methods hand over; the Records tab (search,
filters, the list and its columns) is ui/main/record_list.py, whose widgets the window keeps
under their names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QToolBar,
    QWidget,
)

from shekara.errors import ShekaraError
from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.context import UiContext
from shekara.ui.editors import RecordEditorPage
from shekara.ui.errors import show_error
from shekara.ui.i18n import current_language, fmt
from shekara.ui.main import editor_tabs, menus
from shekara.ui.main.record_actions import RecordActions, RecordTarget
from shekara.ui.main.record_list import RecordListPage
from shekara.ui.main.record_model import RecordTableModel
from shekara.ui.main.screens import WindowScreens
from shekara.ui.main.source import SessionRecordSource
from shekara.ui.review.queue import ReviewQueuePage
from shekara.vault.records import ListedRecord, RecordFilter

if TYPE_CHECKING:
    from shekara.demo.hq import DemoHq
    from shekara.ui.exchange.menu import ExchangeMenu


class MainWindow(QMainWindow):
    lock_requested = Signal(str)  # reason: "shortcut"
    quit_requested = Signal()
    idle_minutes_changed = Signal(int)  # a supervisor changed the idle lock in the settings

    # Made by ui/main/menus.py (tests and the first-steps panel reach them here).
    act_new: QAction
    act_passphrase: QAction
    act_lock: QAction
    act_quit: QAction
    act_open: QAction
    act_find: QAction
    act_refresh: QAction
    act_clear: QAction
    act_review: QAction
    act_approve: QAction
    post_actions: list[QAction]  # Post menu: export, import acknowledgement, reference data
    act_outbox: QAction  # Post menu, after Export: the outbox (a post's window only)
    hq_actions: list[QAction]  # HQ menu: import, acknowledge, posts, held, reference data
    act_inspect: QAction  # both: Inspect a packet file…, under the Post or HQ menu's own
    act_demo_hq: QAction
    act_keys: QAction
    act_officers: QAction
    act_backup: QAction
    act_settings: QAction
    act_audit: QAction
    act_check: QAction
    act_retention: QAction
    act_rekey: QAction
    act_recovery_key: QAction  # Admin > New recovery key…, after New master key…
    act_zoom_in: QAction
    act_zoom_out: QAction
    act_zoom_reset: QAction
    act_guide: QAction
    act_about: QAction
    menu_file: QMenu
    menu_records: QMenu
    menu_documents: QMenu
    menu_post: QMenu
    menu_admin: QMenu
    menu_view: QMenu
    menu_help: QMenu
    menu_demo: QMenu
    exchange_menu: ExchangeMenu | None  # HQ only
    toolbar: QToolBar

    def __init__(self, session: Session, context: UiContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.context = context
        self.vault = session.vault
        self.setObjectName("mainWindow")
        self.setWindowIcon(theme.app_icon())
        self.screens = WindowScreens(self)  # the dialogs open over the window
        self._closing_for_lock = False
        self.model = RecordTableModel(session.ref, self)
        menus.build_actions(self)
        # Approve / send back / withdraw / print for the record(s) in front (list or editor).
        self.record_actions = RecordActions(self, self.session, self.current_targets)
        self.record_actions.changed.connect(self._decided)
        menus.build_menus(self)
        self._build_central()
        self._build_status()
        self.retranslate_ui()
        self.model.set_source(SessionRecordSource(session))
        self.model.modelReset.connect(self._update_status)
        self.model.counted.connect(self.records_page.update_first_steps)
        self.model.modelReset.connect(self.records_page.update_first_steps)
        self.model.modelReset.connect(self.records_page.fit_columns)
        self.model.rowsInserted.connect(self._update_status)
        self.model.counted.connect(self._update_status)
        self.model.loaded.connect(self.records_page.page_loaded)
        self.model.failed.connect(lambda err: show_error(self, err))
        self._update_status()
        self.record_actions.update_enabled()
        self.resize(1280, 780)

    def _build_central(self) -> None:
        # The Records tab (ui/main/record_list.py); its widgets keep their names on the window.
        page = self.records_page = RecordListPage(self.session, self.model)
        self.search_label, self.search_edit = page.search_label, page.search_edit
        self.filter_bar, self.view = page.filter_bar, page.view
        self.first_steps, self.first_steps_text = page.first_steps, page.first_steps_text
        self.first_steps_officers = page.first_steps_officers
        self.first_steps_keys = page.first_steps_keys
        self.first_steps_officers.clicked.connect(self.open_officers)
        self.first_steps_keys.clicked.connect(self.act_keys.trigger)
        self.view.activated.connect(self._row_activated)
        self.view.doubleClicked.connect(self._row_activated)
        self.view.customContextMenuRequested.connect(self._list_menu)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.addTab(page, theme.icon("search"), "")
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabCloseRequested.connect(self._close_tab)
        self.setCentralWidget(self.tabs)
        self.view.selectionModel().currentRowChanged.connect(
            lambda *_: self.record_actions.update_enabled())
        self.tabs.currentChanged.connect(lambda _i: self.record_actions.update_enabled())
        self.editors = editor_tabs.EditorTabs(
            self.tabs, self.session, self,
            toolbar_actions=[*self.record_actions.review_actions, self.record_actions.act_print])
        self.editors.saved.connect(self._record_saved)
        self.setTabOrder(self.search_edit, self.filter_bar)
        self.setTabOrder(self.filter_bar, self.view)

    def _build_status(self) -> None:
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.who_label = QLabel()
        self.who_label.setObjectName("whoLabel")
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.who_label)

    def retranslate_ui(self) -> None:
        lang = current_language()
        ref = self.session.ref
        demo = " " + self.tr("[demo]") if self.context.demo is not None else ""
        self.setWindowTitle(fmt(self.tr("Shekara — %1 — %2"), self.vault.post_code,
                                self.vault.officer) + demo)
        menus.retranslate_menus(self)
        self.records_page.retranslate_ui()
        self.tabs.setTabText(0, self.tr("Records"))
        queue = self.review_queue()
        if queue is not None:
            self.tabs.setTabText(self.tabs.indexOf(queue), self.tr("Review"))
            queue.retranslate_ui()
        role = ref.label("officer_role", self.vault.role, lang)
        mode = ref.label("mode", self.vault.mode, lang)
        self.who_label.setText(fmt(self.tr("%1 (%2) · %3 %4"), self.vault.officer, role, mode,
                                   self.vault.post_code))
        self.model.retranslate()
        self.record_actions.retranslate_ui()
        self.editors.retranslate()
        self.records_page.fixed_column_widths()
        self.records_page.fit_columns()
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- list, filters, search (ui/main/record_list.py) ------------------------------------
    def _update_status(self) -> None:
        if self.vault.is_locked:
            self.count_label.clear()
            return
        self.count_label.setText(self.records_page.count_text())

    @property
    def last_search_ms(self) -> float:
        return self.records_page.last_search_ms

    @property
    def last_filter_ms(self) -> float:
        return self.records_page.last_filter_ms

    def current_filter(self) -> RecordFilter:
        return self.records_page.current_filter()

    def apply_filters(self) -> None:
        self.records_page.apply_filters()

    def clear_filters(self) -> None:
        self.records_page.clear_filters()

    def run_search(self) -> None:
        self.records_page.run_search()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.records_page.fit_columns()

    def refresh(self) -> None:
        self.records_page.reload()
        self.record_actions.update_enabled()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # --- records ---------------------------------------------------------------------------
    def selected_record(self) -> ListedRecord | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _row_activated(self, index: QModelIndex) -> None:
        item = self.model.row_at(index.row())
        if item is not None:
            self.editors.open_record(item.id, item.kind, item.title)

    def open_selected(self) -> None:
        item = self.selected_record()
        if item is not None:
            self.editors.open_record(item.id, item.kind, item.title)

    def current_targets(self) -> list[RecordTarget]:
        """The records the review and print actions act on: those of the tab in front."""
        page = self.tabs.currentWidget()
        if page is self.records_page:
            item = self.selected_record()
            return [RecordTarget(item.id, item.version, item.status, item.created_by)] \
                if item is not None else []
        if isinstance(page, ReviewQueuePage):
            return [RecordTarget(q.record.id, q.record.version, q.record.status,
                                 q.record.created_by) for q in page.selected()]
        if isinstance(page, RecordEditorPage) and page.record_id and page.head is not None:
            return [RecordTarget(page.record_id, page.head.version, page.head.state,
                                 page.head.created_by, unsaved=page.is_dirty())]
        return []

    def _decided(self, ids: list[str]) -> None:
        """Approved, sent back or withdrawn: the list, the queue and the open records follow."""
        self.editors.reload_records(ids)
        queue = self.review_queue()
        if queue is not None:
            queue.reload()
        self.refresh()

    def _record_saved(self, record_id: str) -> None:
        self.refresh()

    def _close_tab(self, index: int) -> None:
        if isinstance(self.tabs.widget(index), ReviewQueuePage):
            self.close_review_queue()
        elif index > 0:
            self.editors.close_tab(index)

    # --- review (supervisors) --------------------------------------------------------------
    def review_queue(self) -> ReviewQueuePage | None:
        for index in range(1, self.tabs.count()):
            page = self.tabs.widget(index)
            if isinstance(page, ReviewQueuePage):
                return page
        return None

    def open_review_queue(self, record_id: str | None = None) -> ReviewQueuePage | None:
        """The queue in its own tab (one at a time); `record_id` (or the record of the editor
        tab in front) is selected in it."""
        if self.vault.role != "supervisor":
            return None
        current = self.tabs.currentWidget()
        if record_id is None and isinstance(current, RecordEditorPage):
            record_id = current.record_id
        queue = self.review_queue()
        if queue is None:
            queue = ReviewQueuePage(self.session, self.tabs)
            queue.changed.connect(self.refresh)
            queue.open_record.connect(
                lambda rid, kind, title: self.editors.open_record(rid, kind, title))
            queue.closed.connect(self.close_review_queue)
            index = self.tabs.addTab(queue, theme.icon("audit"), self.tr("Review"))
        else:
            queue.reload()
            index = self.tabs.indexOf(queue)
        self.tabs.setCurrentIndex(index)
        if record_id is not None:
            queue.select_record(record_id)
        queue.table.setFocus()
        return queue

    def close_review_queue(self) -> None:
        queue = self.review_queue()
        if queue is not None:
            self.tabs.removeTab(self.tabs.indexOf(queue))
            queue.deleteLater()
            self.tabs.setCurrentIndex(0)

    def approve_selected(self) -> bool:
        item = self.selected_record()
        if item is None:
            return False
        try:
            with ops.locked(self.session):
                self.session.review.approve(item.id)
        except ShekaraError as err:
            show_error(self, err)
            return False
        self.refresh()
        return True

    def _list_menu(self, position: Any) -> None:
        menus.list_menu(self, position)

    # --- screens (ui/main/screens.py) ------------------------------------------------------
    def new_record(self) -> None:
        self.screens.new_record()

    def open_dialogs(self) -> list[QDialog]:
        return self.screens.dialogs()

    def _find_dialog(self, kind: type) -> Any:
        return self.screens.find(kind)

    def change_own_passphrase(self) -> QDialog:
        return self.screens.change_own_passphrase()

    def open_officers(self) -> QDialog | None:
        return self.screens.open_officers()

    def open_backup(self) -> QDialog:
        return self.screens.open_backup()

    def open_settings(self) -> QDialog:
        return self.screens.open_settings()

    def open_audit(self) -> QDialog | None:
        return self.screens.open_audit()

    def open_check(self) -> QDialog:
        return self.screens.open_check()

    def open_retention(self) -> QDialog | None:
        return self.screens.open_retention()

    def open_rekey(self) -> QDialog | None:
        return self.screens.open_rekey()

    def open_new_recovery_key(self) -> QDialog | None:
        return self.screens.open_new_recovery_key()

    def open_packet_screen(self, screen: type) -> QDialog:
        return self.screens.open_packet_screen(screen)

    def open_packet_inspect(self) -> QDialog:
        return self.screens.open_packet_inspect()

    def demo_hq(self) -> DemoHq | None:
        """The demo's HQ, in a demo post's window; None everywhere else."""
        demo = self.context.demo
        return demo.hq if demo is not None and self.vault.mode == "post" else None

    def open_demo_hq(self) -> QDialog | None:
        return self.screens.open_demo_hq()

    def import_demo_ack(self, path: object) -> QDialog:
        return self.screens.import_demo_ack(path)

    def open_guide(self) -> QDialog:
        return self.screens.open_guide()

    def open_about(self) -> QDialog:
        return self.screens.open_about()

    # --- View > Zoom -----------------------------------------------------------------------
    def zoom(self, factor: float) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        scale = 1.0 if factor == 0 else self.context.prefs.font_scale * factor
        self.context.prefs.font_scale = theme.set_font_scale(app, scale)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)

    # --- locking and closing ---------------------------------------------------------------
    def clear_for_lock(self) -> None:
        """Editors autosave and close, dialogs close, the list and the search are emptied."""
        self.records_page.drop_search()  # a search still running is dropped when it answers
        self.editors.close_all(autosave=True)
        self.close_review_queue()
        self.screens.close_all()
        self.model.clear()
        self.records_page.clear()
        self.count_label.clear()

    def close_for_lock(self) -> None:
        self._closing_for_lock = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_for_lock:
            self.editors.close_all(autosave=True)
            self.quit_requested.emit()
        super().closeEvent(event)
