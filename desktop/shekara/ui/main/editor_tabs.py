"""Record editors in the main window's tabs.

The editors (`shekara.ui.editors.RecordEditorPage(session, record_id, kind, parent)`, a QWidget
with signals `closed()` and `saved(str)`) are imported when first needed: a build without them
still shows the list, and says so instead of opening anything.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from shekara.services.session import Session
from shekara.ui.i18n import current_language, fmt

TITLE_CHARS = 28
# What an editor page offers to keep what was typed before a lock closes it, and to stop its
# timers (RecordEditorPage: flush_autosave, stop).
AUTOSAVE_METHODS = ("flush_autosave", "autosave")
STOP_METHOD = "stop"


def editor_class() -> Any:
    """The editor page class, or None when the editors are not part of this build."""
    try:
        from shekara.ui.editors import RecordEditorPage
    except ImportError:
        return None
    return RecordEditorPage


class EditorTabs(QObject):
    saved = Signal(str)
    unavailable = Signal()

    def __init__(self, tabs: QTabWidget, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tabs = tabs
        self._session = session
        self._record_of: dict[int, str | None] = {}  # id(page) -> record id (None: new)

    def pages(self) -> list[QWidget]:
        return [page for i in range(1, self._tabs.count())
                if (page := self._tabs.widget(i)) is not None]

    def open_new(self, kind: str) -> QWidget | None:
        label = self._session.ref.label("kind", kind, current_language())
        return self._open(None, kind, fmt(QCoreApplication.translate("EditorTabs", "New: %1"),
                                          label))

    def open_record(self, record_id: str, kind: str, title: str) -> QWidget | None:
        for page in self.pages():
            if self._record_of.get(id(page)) == record_id:
                self._tabs.setCurrentWidget(page)
                return page
        return self._open(record_id, kind, title or record_id[:8])

    def _open(self, record_id: str | None, kind: str, title: str) -> QWidget | None:
        page_class = editor_class()
        if page_class is None:
            self.unavailable.emit()
            window = self._tabs.window()
            status = getattr(window, "statusBar", None)
            if callable(status):
                status().showMessage(QCoreApplication.translate(
                    "EditorTabs", "The record editors are not part of this build."), 5000)
            return None
        page: QWidget = page_class(self._session, record_id, kind, self._tabs)
        self._record_of[id(page)] = record_id
        shown = title if len(title) <= TITLE_CHARS else title[:TITLE_CHARS - 1] + "…"
        index = self._tabs.addTab(page, shown)
        self._tabs.setTabToolTip(index, title)
        self._tabs.setCurrentIndex(index)
        page.closed.connect(lambda p=page: self._remove(p))  # type: ignore[attr-defined]
        page.saved.connect(lambda rid, p=page: self._saved(p, rid))  # type: ignore[attr-defined]
        return page

    def _saved(self, page: QWidget, record_id: str) -> None:
        self._record_of[id(page)] = record_id
        self.saved.emit(record_id)

    def _remove(self, page: QWidget) -> None:
        index = self._tabs.indexOf(page)
        if index > 0:
            self._tabs.removeTab(index)
        self._record_of.pop(id(page), None)
        page.deleteLater()

    def close_tab(self, index: int) -> None:
        """The tab's close button: the page decides (it may autosave), else it just goes."""
        page = self._tabs.widget(index)
        if page is None or index == 0:
            return
        request = getattr(page, "request_close", None)
        if callable(request):
            request()
        else:
            _autosave(page)
            self._remove(page)

    def close_all(self, *, autosave: bool) -> None:
        for page in self.pages():
            if autosave:
                _autosave(page)
            self._remove(page)


def _autosave(page: QWidget) -> None:
    for name in AUTOSAVE_METHODS:
        method = getattr(page, name, None)
        if callable(method):
            method()
            break
    stop = getattr(page, STOP_METHOD, None)
    if callable(stop):
        stop()
