"""The record editor page: one record of any kind, new or stored, with autosave.

What it promises the officer:
- every field of records.md, with messages at the field as soon as something is wrong
  (validation runs a moment after typing stops; "required" waits until the field was visited
  or a save was tried, so a fresh form is not a wall of red);
- what is typed is never lost: every AUTOSAVE_MS and whenever a field is left, the form as it is
  (valid or not) goes to the vault's autosave; on opening, an autosave is offered back;
- Ctrl+S saves for real (a new record is added; a draft is changed in place; an approved record
  gets version n+1 with a required reason), Esc closes and asks about unsaved changes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shekara.domain.codes import ART6_KINDS, KIND_ARTICLE
from shekara.domain.validation import validate_record
from shekara.errors import ShekaraError, ValidationError
from shekara.services.drafts import DraftService
from shekara.services.session import Session
from shekara.ui.editors.banners import NoticeBanner, RestoreBanner, StatusStrip, autosave_title
from shekara.ui.editors.context import EditorContext, ui_language
from shekara.ui.editors.dialogs import ask_correction_reason, ask_unsaved
from shekara.ui.editors.fields import translate
from shekara.ui.editors.forms import ListEditor
from shekara.ui.editors.history_button import HistoryButton
from shekara.ui.editors.issues import Issue, issue_text, nearest_path
from shekara.ui.editors.record_form import RecordForm
from shekara.ui.editors.record_info import RecordInfo
from shekara.ui.editors.tab_order import chain_tab_order
from shekara.ui.errors import error_sentence, show_error
from shekara.ui.i18n import fmt
from shekara.ui.ops import locked
from shekara.ui.widgets.kind_chooser import KindChooser
from shekara.ui.widgets.wheel_guard import install_wheel_guard
from shekara.vault.autosave import Autosave
from shekara.vault.records import StoredVersion

AUTOSAVE_MS = 3000
VALIDATE_MS = 400
# Messages that only say something is missing: shown once the field was visited or a save tried.
MISSING = frozenset({"validation.required", "validation.no_name", "validation.no_person",
                     "validation.no_topic"})


class RecordEditorPage(QWidget):
    closed = Signal()
    saved = Signal(str)
    autosaved = Signal()  # after each autosave that wrote something

    def __init__(self, session: Session, record_id: str | None, kind: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        if app is not None:  # before any field is polished, so none takes focus from the wheel
            install_wheel_guard(app)
        self.session = session
        self.drafts = session.drafts
        self.ctx = EditorContext(session.ref, ui_language(), session.vault.party)
        self.record_id = record_id
        self.head: StoredVersion | None = None
        self.kind = kind
        self.key = DraftService.new_key()
        self.form: RecordForm | None = None
        self.show_all_issues = False
        self.issues: list[Issue] = []
        self._shown: dict[int, list[str]] = {}  # the messages shown, by id() of their place
        self._baseline: Any = None
        self._last_autosaved: Any = None
        self._has_autosave = False
        self._retranslating = False
        self._stopped = False
        self._qualifies: bool | None = None
        # Replaced in tests; the real ones ask with modal dialogs.
        self.ask_reason: Callable[[], str | None] = lambda: ask_correction_reason(self)
        self.ask_unsaved: Callable[[], str] = lambda: ask_unsaved(self)
        self.report_error: Callable[[BaseException], object] = lambda e: show_error(self, e)

        self._build_frame()
        if record_id is not None:
            with locked(session):
                shown = session.records.show(record_id)
            self.head = shown.current
            self.kind = self.head.kind
            self._qualifies = shown.qualifies
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(AUTOSAVE_MS)
        self._autosave_timer.timeout.connect(self.autosave)
        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATE_MS)
        self._validate_timer.timeout.connect(self._validate_while_typing)
        if self.kind is None:
            self._show_kind_chooser()
        else:
            self._build_form(self.kind, self.head.data if self.head else None)
        self._offer_autosaves()
        self._autosave_timer.start()

    # --- building ---------------------------------------------------------------------------
    def _build_frame(self) -> None:
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setObjectName("editorTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        info_row = QHBoxLayout()
        self.info = RecordInfo(self)
        info_row.addWidget(self.info, 1)
        self.history_button = HistoryButton(self.session, self)
        info_row.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(info_row)
        self.restore_banner = RestoreBanner(self)
        self.restore_banner.restore.connect(self.restore_autosave)
        self.restore_banner.discard.connect(self.discard_autosave)
        layout.addWidget(self.restore_banner)
        self.review_notice = NoticeBanner(self)
        layout.addWidget(self.review_notice)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields
        layout.addWidget(self.scroll_area, 1)
        # Below the form, its height always reserved: showing or clearing problems never moves
        # a field (the officer's next click lands where they aimed).
        self.problems = StatusStrip(self)
        layout.addWidget(self.problems)
        buttons = QHBoxLayout()
        self.legend = QLabel(self)
        buttons.addWidget(self.legend)
        buttons.addStretch(1)
        self.save_button = QPushButton(self)
        self.close_button = QPushButton(self)
        for button in (self.save_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self._translate_frame()
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.request_close)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close.activated.connect(self.request_close)

    def _translate_frame(self) -> None:
        self.legend.setText(translate("RecordEditor", "* required"))
        self.save_button.setText(translate("RecordEditor", "Save"))
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.close_button.setText(translate("RecordEditor", "Close"))
        self.close_button.setToolTip("Esc")
        self.history_button.retranslate()

    def _show_kind_chooser(self) -> None:
        chooser = KindChooser(self.session.ref, self)
        chooser.chosen.connect(self._start_kind)
        self._focus_out_of(self.scroll_area.widget())
        self.scroll_area.setWidget(chooser)
        self.save_button.setEnabled(False)
        self.title.setText(translate("RecordEditor", "New record: what happened?"))
        self.info.hide()
        self.history_button.show_for(None)
        self.legend.hide()

    def _start_kind(self, kind: str) -> None:
        self.kind = kind
        self._build_form(kind, None)

    def _build_form(self, kind: str, data: dict[str, Any] | None) -> None:
        self._focus_out_of(self.scroll_area.widget())
        form = RecordForm(self.ctx, kind)
        if data is not None:
            form.set_value(data)
        elif kind in ART6_KINDS:
            form.persons.add_entry()  # Art. 6 records are about someone: start with one person
        self.form = form
        self.kind = kind
        self.scroll_area.setWidget(form)
        form.changed.connect(self._on_changed)
        form.editing_finished.connect(self.autosave)
        form.editing_finished.connect(self.validate)  # a field left: say what is wrong in it
        self._shown = {}
        for entries in form.findChildren(ListEditor):
            entries.structure_changed.connect(self._on_structure)
        self._setup_attachments(form)
        self._baseline = form.value()
        self._last_autosaved = self._baseline
        self.save_button.setEnabled(not self.read_only)
        form.setEnabled(not self.read_only)
        self.legend.show()
        self._retitle()
        self._show_review_notice()
        self._refresh_tab_order()
        if data is not None:
            self.validate()

    @staticmethod
    def _focus_out_of(replaced: QWidget | None) -> None:
        """The scroll area deletes the form (or kind chooser) it replaces at once: a language
        change, a restored autosave. A field of it holding the focus heard in the middle of
        that deletion that it lost the focus, and its `editing_finished` ran `FieldCell._touch`
        on a cell whose C++ object was being destroyed: Python code on a deleted object,
        PySide6's way to a crash. Taken away first, the focus leaves while the form is whole."""
        focus = QApplication.focusWidget()
        if replaced is not None and focus is not None and replaced.isAncestorOf(focus):
            focus.clearFocus()

    def _on_structure(self) -> None:
        # New list entries bring their own signals and inputs: hook and order them.
        QTimer.singleShot(0, self, self._rehook)

    def _rehook(self) -> None:
        if self.form is None:
            return
        for entries in self.form.findChildren(ListEditor):
            if not entries.property("hooked"):
                entries.setProperty("hooked", True)
                entries.structure_changed.connect(self._on_structure)
        self._refresh_tab_order()

    def _refresh_tab_order(self) -> None:
        if self.form is not None:
            chain_tab_order([self.history_button, self.restore_banner, self.form,
                             self.save_button, self.close_button])

    @property
    def read_only(self) -> bool:
        return self.head is not None and self.head.state == "withdrawn"

    @property
    def is_correction(self) -> bool:
        """Saving makes a new version (the head is approved, exported or acknowledged)."""
        return self.head is not None and self.head.state not in ("draft", "withdrawn")

    def _retitle(self) -> None:
        if self.kind is None:
            return
        label = self.ctx.ref.label("kind", self.kind, self.ctx.lang)
        article = KIND_ARTICLE[self.kind]
        if self.record_id is None:
            self.title.setText(fmt(translate("RecordEditor", "New record: %1 (Art. %2)"),
                                   label, article))
            self.info.hide()
            self.history_button.show_for(None)
        else:
            self.title.setText(fmt(translate("RecordEditor", "%1 (Art. %2)"), label, article))
            self.info.show_record(self.head, self.ctx, qualifies=self._qualifies)
            self.history_button.show_for(self.record_id)
        if self.read_only:
            self.problems.show_text(translate("RecordEditor", "This record is withdrawn: it "
                                              "can be read, not changed."), "warning")
        elif self.is_correction:
            self.review_notice.show_text(translate(
                "RecordEditor", "This record is approved. Saving makes a correction: a new "
                "version, with your reason; the approved version is kept."), "info")

    def _show_review_notice(self) -> None:
        if self.record_id is None or self.head is None or self.head.state != "draft":
            return
        try:
            with locked(self.session):
                note = self.session.review.sent_back(
                    self.record_id)
        except ShekaraError:
            return  # a notice is a courtesy: never fail to open the record over it
        if note is not None:
            self.review_notice.show_text(fmt(translate(
                "RecordEditor", "Sent back by %1: %2"), note.by, note.comment), "warning")

    # --- attachments ------------------------------------------------------------------------
    def _setup_attachments(self, form: RecordForm) -> None:
        editor = form.attachments
        editor.load_bytes = self._attachment_bytes
        editor.attach = self._attach_file
        editor.set_value(form.value().get("attachments"))
        if self.record_id is None:
            editor.set_enabled_reason(translate(
                "RecordEditor", "Photos and scans can be added once the record is saved "
                "(Ctrl+S)."))
        elif self.head is not None and self.head.state != "draft":
            editor.set_enabled_reason(translate(
                "RecordEditor", "Save the correction first; then add photos and scans to it."))
        else:
            editor.set_enabled_reason(None)

    def _attachment_bytes(self, sha256: str) -> bytes | None:
        from shekara.vault import attachment_store  # a read of the vault's own bytes, no SQL here

        with locked(self.session):
            found = attachment_store.attachments(self.session.vault.conn, [sha256])
        return found[0].data if found else None

    def _attach_file(self, path: Path) -> dict[str, Any] | None:
        from shekara.services import attachments

        if self.record_id is None:
            return None
        try:
            with locked(self.session):
                done = attachments.attach(self.session.vault, self.session.ref, self.record_id,
                                          path)
        except ShekaraError as err:
            self.report_error(err)
            return None
        return {"name": path.name, "media_type": done.media_type, "sha256": done.sha256,
                "size": done.size}

    # --- validation -------------------------------------------------------------------------
    def _on_changed(self) -> None:
        self._validate_timer.start()

    def _validate_while_typing(self) -> None:
        self.validate(typing=True)

    def validate(self, *, typing: bool = False) -> list[Issue]:
        """Check the form and show its messages. While the officer is `typing`, the field they
        are in gets no new message (half a date or a country's first letters are not wrong
        yet); one that no longer applies goes at once. Leaving the field shows them all."""
        if self.form is None:
            return []
        try:
            validate_record(self.form.value(), self.ctx.ref, now=datetime.now().astimezone(),
                            on_add=False)
            issues: list[Issue] = []
        except ValidationError as err:
            issues = list(err.issues)
        self.show_issues(issues, typing=typing)
        return issues

    def show_issues(self, issues: list[Issue], *, typing: bool = False) -> None:
        """Put each message at its field (or the nearest part of the form that has a place)."""
        assert self.form is not None
        self.issues = issues
        targets = self.form.issue_targets("")
        messages: dict[int, list[str]] = defaultdict(list)
        by_id = {id(target): target for target in targets.values()}
        general: list[str] = []
        shown = 0
        focus = QApplication.focusWidget() if typing else None
        for issue in issues:
            path, msgid = issue.path, issue.msgid
            place = nearest_path(path, targets)
            target = targets.get(place)
            if msgid in MISSING and not self.show_all_issues and not (
                    target is not None and target.touched):
                continue
            text = issue_text(issue)
            if focus is not None and target is not None and \
                    (target is focus or target.isAncestorOf(focus)) and \
                    text not in self._shown.get(id(target), []):
                continue  # the officer is typing there: it waits until they leave
            shown += 1
            if target is None:
                general.append(f"{path}: {text}" if path else text)
            else:
                messages[id(target)].append(text)
        with self._field_in_place():
            for key, target in by_id.items():
                target.set_messages(messages.get(key, []))
        self._shown = {key: list(found) for key, found in messages.items()}
        if self.read_only:
            return
        if shown:
            text = translate("RecordEditor", "%n problem(s) to fix before the record can be"
                             " saved", "", shown)
            self.problems.show_text("\n".join([text, *general]), "error")
        else:
            self.problems.show_text("")

    @contextmanager
    def _field_in_place(self) -> Iterator[None]:
        """Messages appearing or going under fields above the one the officer is in change the
        form's height above it: scroll by as much, so that field (and the pointer's next target
        below it) stays where it is on screen (issue 10)."""
        focus = QApplication.focusWidget()
        viewport = self.scroll_area.viewport()
        if self.form is None or focus is None or not self.form.isAncestorOf(focus):
            yield
            return
        before = focus.mapTo(viewport, QPoint(0, 0)).y()
        yield
        for _ in range(4):  # nested layouts settle one level per round; no painting meanwhile
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        moved = focus.mapTo(viewport, QPoint(0, 0)).y() - before
        if moved:
            bar = self.scroll_area.verticalScrollBar()
            bar.setValue(bar.value() + moved)

    def focus_first_problem(self) -> None:
        if self.form is None or not self.issues:
            return
        targets = self.form.issue_targets("")
        for path, _message in self.issues:
            target = targets.get(nearest_path(path, targets))
            if target is not None:
                target.focus_first()
                widget = QApplication.focusWidget()
                if widget is not None:
                    self.scroll_area.ensureWidgetVisible(widget)
                return

    # --- autosave ---------------------------------------------------------------------------
    def autosave(self) -> bool:
        """Write the form as it is to the vault's autosave, if it changed since the last one."""
        if self.form is None or self.read_only or self.session.vault.is_locked:
            return False
        data = self.form.value()
        if data == self._last_autosaved:
            return False
        try:
            with locked(self.session):
                self.drafts.save(self.key, data, kind=self.kind, record_id=self.record_id,
                                 base_version=self.head.version if self.head else None)
        except ShekaraError as err:
            self.problems.show_text(error_sentence(err), "error")
            return False
        self._last_autosaved = data
        self._has_autosave = True
        self.autosaved.emit()
        return True

    def flush_autosave(self) -> None:
        """For the shell, before it locks the vault: keep what was typed since the last tick."""
        self.autosave()

    def _offer_autosaves(self) -> None:
        with locked(self.session):
            pending = self.drafts.pending()
        if self.record_id is not None:
            mine = [p for p in pending if p.record_id == self.record_id]
            text = translate("RecordEditor", "Typing on this record was autosaved and not "
                             "saved. Restore it?")
        else:
            mine = [p for p in pending if p.record_id is None]
            text = translate("RecordEditor", "You have new records that were autosaved and "
                             "not saved. Continue one?")
        if self.read_only:
            mine = []
        self.restore_banner.offer(mine, lambda a: autosave_title(a, self.ctx.ref,
                                                                 self.ctx.lang), text)

    def restore_autosave(self, item: Autosave) -> None:
        kind = item.kind or (self.head.kind if self.head else None) or str(
            item.data.get("kind") or "")
        if kind not in KIND_ARTICLE:
            return
        baseline = self._baseline if self.form is not None and self.kind == kind else None
        self._build_form(kind, item.data)
        if baseline is not None:
            self._baseline = baseline  # restored typing is unsaved: closing asks about it
        elif self.record_id is None:
            self._baseline = None
        self.key = item.key
        self._last_autosaved = self.form.value() if self.form else None
        self._has_autosave = True
        self.restore_banner.remove(item)
        self.restore_banner.hide()
        if self.head is not None and item.base_version not in (None, self.head.version):
            self.review_notice.show_text(fmt(translate(
                "RecordEditor", "The restored typing was made on version %1; the record is now "
                "at version %2. Check it before saving."), item.base_version,
                self.head.version), "warning")

    def discard_autosave(self, item: Autosave) -> None:
        with locked(self.session):
            self.drafts.discard(item.key)
        self.restore_banner.remove(item)

    # --- saving and closing -----------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self.form is not None and not self.read_only and \
            self.form.value() != self._baseline

    def save(self) -> bool:
        if self.form is None or self.read_only:
            return False
        data = self.form.value()
        reason = None
        if self.is_correction:
            reason = self.ask_reason()
            if not reason:
                return False
        try:
            with locked(self.session):
                record_id, version = self.drafts.commit(self.key, data,
                                                        record_id=self.record_id, reason=reason)
                shown = self.session.records.show(record_id)
        except ValidationError as err:
            self.show_all_issues = True
            self.show_issues(list(err.issues))
            self.focus_first_problem()
            return False
        except ShekaraError as err:
            self.report_error(err)
            return False
        self.record_id = record_id
        self.head = shown.current
        self._qualifies = shown.qualifies
        self.key = DraftService.new_key()  # the committed autosave is gone
        self._baseline = data
        self._last_autosaved = data
        self._has_autosave = False
        self._setup_attachments(self.form)
        self.review_notice.show_text("")
        self._retitle()
        self._refresh_tab_order()  # a new record's History… button is shown now
        self.history_button.reload()
        self.problems.show_text(fmt(translate("RecordEditor", "Saved: version %1 (draft)."),
                                    version), "info")
        self.saved.emit(record_id)
        return True

    def request_close(self) -> bool:
        if self.is_dirty():
            answer = self.ask_unsaved()
            if answer == "cancel":
                return False
            if answer == "save" and not self.save():
                return False
            if answer == "discard" and self._has_autosave:
                with locked(self.session):
                    self.drafts.discard(self.key)
                self._has_autosave = False
        self.stop()
        self.closed.emit()
        return True

    def stop(self) -> None:
        """Stop the timers (the page is closing, or the vault is being locked)."""
        self._stopped = True
        self._autosave_timer.stop()
        self._validate_timer.stop()
        self.history_button.close_history()

    # --- language ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._retranslating:
            # Qt sends one event per translator swapped: rebuild once, after the last.
            self._retranslating = True
            QTimer.singleShot(0, self, self.retranslate_ui)
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Rebuild the form in the new language, keeping what was typed: every label, code list
        and country name comes back translated, with nothing to forget."""
        self._retranslating = False
        if self._stopped or self.session.vault.is_locked:
            return  # closing or locked: nothing to show again, nothing to read
        self.ctx = EditorContext(self.ctx.ref, ui_language(), self.ctx.party)
        self._translate_frame()
        if self.form is None:
            if self.kind is None:
                self._show_kind_chooser()
            return
        data = self.form.value()
        baseline, last = self._baseline, self._last_autosaved
        self._build_form(self.form.kind, data)
        self._baseline, self._last_autosaved = baseline, last
