"""Record editors (ui/editors/page.py `RecordEditorPage`) in the main window's tabs.

Each page gets a toolbar with the window's review and print actions (they act on the record
in front); a tab's title follows the record (a new one's "New: …" becomes its summary when
saved) and the language."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget, QToolBar

from shekara.services.session import Session
from shekara.ui.editors import RecordEditorPage
from shekara.ui.i18n import current_language, fmt

TITLE_CHARS = 28


class EditorTabs(QObject):
    saved = Signal(str)

    def __init__(self, tabs: QTabWidget, session: Session, parent: QObject | None = None, *,
                 toolbar_actions: Sequence[QAction] = ()) -> None:
        super().__init__(parent)
        self._tabs = tabs
        self._session = session
        self._toolbar_actions = list(toolbar_actions)
        self._record_of: dict[int, str | None] = {}  # id(page) -> record id (None: new)

    def pages(self) -> list[RecordEditorPage]:
        return [page for i in range(1, self._tabs.count())
                if isinstance(page := self._tabs.widget(i), RecordEditorPage)]

    def open_new(self, kind: str) -> RecordEditorPage | None:
        return self._open(None, kind, self._new_title(kind))

    def _new_title(self, kind: str) -> str:
        label = self._session.ref.label("kind", kind, current_language())
        return fmt(QCoreApplication.translate("EditorTabs", "New: %1"), label)

    def retranslate(self) -> None:
        """After a language switch: a new record's tab says "New: <kind>" in the new language
        (a saved record's tab shows its persons' names, which no language changes)."""
        for page in self.pages():
            if self._record_of.get(id(page)) is None and page.kind is not None:
                self._set_title(page, self._new_title(page.kind))

    def open_record(self, record_id: str, kind: str, title: str) -> RecordEditorPage | None:
        for page in self.pages():
            if self._record_of.get(id(page)) == record_id:
                self._tabs.setCurrentWidget(page)
                return page
        return self._open(record_id, kind, title or record_id[:8])

    def _open(self, record_id: str | None, kind: str, title: str) -> RecordEditorPage | None:
        page = RecordEditorPage(self._session, record_id, kind, self._tabs)
        self._record_of[id(page)] = record_id
        if self._toolbar_actions:
            bar = QToolBar(page)
            bar.setObjectName("recordToolBar")
            bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addActions(self._toolbar_actions)
            layout = page.layout()
            if layout is not None:
                layout.insertWidget(0, bar)  # type: ignore[attr-defined]
        index = self._tabs.addTab(page, "")
        self._set_title(page, title)
        self._tabs.setCurrentIndex(index)
        page.closed.connect(lambda p=page: self._remove(p))
        page.saved.connect(lambda rid, p=page: self._saved(p, rid))
        return page

    def _set_title(self, page: RecordEditorPage, title: str) -> None:
        index = self._tabs.indexOf(page)
        shown = title if len(title) <= TITLE_CHARS else title[:TITLE_CHARS - 1] + "…"
        self._tabs.setTabText(index, shown)
        self._tabs.setTabToolTip(index, title)

    def _saved(self, page: RecordEditorPage, record_id: str) -> None:
        self._record_of[id(page)] = record_id
        if page.form is not None:  # "New: …" becomes the record's own title (issue 10)
            title = self._session.records.title_of(page.form.value())
            self._set_title(page, title or record_id[:8])
        self.saved.emit(record_id)

    def reload_records(self, record_ids: Sequence[str]) -> None:
        """Open again the records a decision changed (approved, sent back, withdrawn), so the
        page shows the new state; a page with unsaved changes is left as it is."""
        for page in self.pages():
            record_id = self._record_of.get(id(page))
            if record_id not in record_ids or page.is_dirty() or page.kind is None:
                continue
            index = self._tabs.indexOf(page)
            current = self._tabs.currentWidget() is page
            title, tip = self._tabs.tabText(index), self._tabs.tabToolTip(index)
            page.stop()
            self._remove(page)
            fresh = self._open(record_id, page.kind, tip or title)
            if fresh is not None:
                self._tabs.tabBar().moveTab(self._tabs.indexOf(fresh), index)
                if current:
                    self._tabs.setCurrentWidget(fresh)

    def _remove(self, page: RecordEditorPage) -> None:
        index = self._tabs.indexOf(page)
        if index > 0:
            self._tabs.removeTab(index)
        self._record_of.pop(id(page), None)
        page.deleteLater()

    def close_tab(self, index: int) -> None:
        """The tab's close button."""
        page = self._tabs.widget(index)
        if isinstance(page, RecordEditorPage) and index > 0:
            page.request_close()  # the page decides (it may ask, save or autosave)

    def close_all(self, *, autosave: bool) -> None:
        for page in self.pages():
            if autosave:
                page.flush_autosave()
            page.stop()
            self._remove(page)
