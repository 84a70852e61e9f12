"""The supervisor's review of one record: read it (for a correction, side by side with the
version before and the reason), then approve it, send it back to its author with a comment,
or withdraw it with a reason.

Refusals (the four-eyes rule, a role that may not, a record no longer a draft) come from the
services and are shown by the shell's one error dialog, translated.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from shekara.domain.codes import KIND_ARTICLE
from shekara.errors import ShekaraError
from shekara.services.session import Session
from shekara.ui.editors.context import EditorContext, ui_language
from shekara.ui.editors.dialogs import ask_text
from shekara.ui.errors import show_error
from shekara.ui.i18n import fmt, format_stamp
from shekara.ui.ops import locked
from shekara.ui.review.diff_view import VersionDiffView
from shekara.ui.review.field_names import FieldWords
from shekara.ui.review.field_values import short_id
from shekara.ui.review.text import translate
from shekara.vault.records import StoredVersion


def linked_record(session: Session, record_id: str, lang: str) -> str:
    """A linked record as the list shows it: its journal number, kind and title ("" when this
    vault does not hold it: the diff then shows its id short)."""
    listed = session.records.listed(record_id)
    number = session.records.registration_number(record_id)
    if listed is None:
        return number or ""
    parts = [number or short_id(record_id), session.ref.label("kind", listed.kind, lang),
             listed.title]
    return " · ".join(part for part in parts if part)


def field_words(session: Session, lang: str, kind: str,
                versions: list[dict[str, Any]]) -> FieldWords:
    """How the comparison names the fields and values of `versions` (the review's and the
    history's), with the records they link to read once, under the session lock."""
    ctx = EditorContext(session.ref, lang, session.vault.party)
    ids = {link for data in versions for link in data.get("links") or [] if isinstance(link, str)}
    with locked(session):
        links = {record_id: linked_record(session, record_id, lang) for record_id in sorted(ids)}
    return FieldWords(ctx, kind, versions, links)


class ReviewPage(QWidget):
    closed = Signal()
    changed = Signal(str)  # the record was approved, sent back or withdrawn

    def __init__(self, session: Session, record_id: str, parent: QWidget | None = None, *,
                 embedded: bool = False) -> None:
        """`embedded`: read only, below the review queue, whose actions decide."""
        super().__init__(parent)
        self.session = session
        self.record_id = record_id
        self.service = session.review
        self.lang = ui_language()
        self.head: StoredVersion | None = None
        # Replaced in tests; the real ones ask with modal dialogs and the shell's error box.
        self.ask_comment: Callable[[], str | None] = lambda: ask_text(
            self, translate("Review", "Send back to the author"),
            translate("Review", "What should the author change? (required)"))
        self.ask_withdraw_reason: Callable[[], str | None] = lambda: ask_text(
            self, translate("Review", "Withdraw the record"),
            translate("Review", "Why is this record withdrawn? It is kept, marked withdrawn, "
                      "and the withdrawal travels to HQ. (required)"))
        self.report_error: Callable[[BaseException], object] = lambda e: show_error(self, e)

        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setObjectName("reviewNotice")
        self.notice.setStyleSheet("background: #fff8e1; padding: 6px; border-radius: 3px;")
        layout.addWidget(self.notice)
        self.diff = VersionDiffView(self)
        self.diff.status_label = lambda code: session.ref.label("status", code, self.lang)
        self.diff.field_words = self._field_words
        layout.addWidget(self.diff, 1)
        buttons = QHBoxLayout()
        self.approve_button = QPushButton(translate("Review", "Appr&ove"), self)
        self.send_back_button = QPushButton(translate("Review", "&Send back…"), self)
        self.withdraw_button = QPushButton(translate("Review", "&Withdraw…"), self)
        self.close_button = QPushButton(translate("Review", "Close"), self)
        self.close_button.setToolTip("Esc")
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.send_back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.withdraw_button)
        buttons.addWidget(self.close_button)
        for button in (self.approve_button, self.send_back_button, self.withdraw_button,
                       self.close_button):
            button.setAutoDefault(False)
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        layout.addLayout(buttons)
        if embedded:
            layout.setContentsMargins(0, 0, 0, 0)
            for button in (self.approve_button, self.send_back_button, self.withdraw_button,
                           self.close_button):
                button.hide()
        self.approve_button.clicked.connect(self.approve)
        self.send_back_button.clicked.connect(self.send_back)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.close_button.clicked.connect(self.close_page)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_page)
        self.reload()

    # --- showing ----------------------------------------------------------------------------
    def reload(self) -> None:
        with locked(self.session):
            shown = self.session.records.show(self.record_id)
            note = self.service.sent_back(self.record_id)
        head = self.head = shown.current
        ref = self.session.ref
        kind = ref.label("kind", head.kind, self.lang)
        self.title.setText(fmt(translate("Review", "%1 (Art. %2)"), kind, KIND_ARTICLE[head.kind]))
        status = ref.label("status", head.status, self.lang)
        parts = [fmt(translate("Review", "Version %1 · %2"), head.version, status),
                 fmt(translate("Review", "written by %1, %2"), head.created_by,
                     format_stamp(head.updated_at or head.created_at))]
        if head.approved_by:
            parts.append(fmt(translate("Review", "approved by %1"), head.approved_by))
        parts.append(translate("Review", "qualifies for exchange") if shown.qualifies
                     else translate("Review", "does not qualify for exchange"))
        self.summary.setText(" · ".join(parts))
        if note is not None:
            self.notice.setText(fmt(translate("Review", "Sent back by %1 (%2): %3"), note.by,
                                    format_stamp(note.at), note.comment))
        elif head.version > 1 and head.state == "draft":
            self.notice.setText(translate("Review", "A correction: the changes against the "
                                          "approved version are highlighted."))
        else:
            self.notice.setText("")
        self.notice.setVisible(bool(self.notice.text()))
        self.diff.set_versions(shown.versions, new=head.version)
        is_draft = head.state == "draft"
        supervisor = self.session.vault.role == "supervisor"
        self.approve_button.setEnabled(is_draft and supervisor)
        self.send_back_button.setEnabled(is_draft and supervisor)
        self.withdraw_button.setEnabled(head.state != "withdrawn")

    def _field_words(self, kind: str, versions: list[dict[str, Any]]) -> FieldWords:
        return field_words(self.session, self.lang, kind, versions)

    # --- decisions --------------------------------------------------------------------------
    def _do(self, action: Callable[[], object]) -> bool:
        try:
            with locked(self.session):
                action()
        except ShekaraError as err:
            self.report_error(err)
            return False
        self.reload()
        self.changed.emit(self.record_id)
        return True

    def approve(self) -> bool:
        return self._do(lambda: self.service.approve(self.record_id))

    def send_back(self) -> bool:
        comment = self.ask_comment()
        if not comment:
            return False
        return self._do(lambda: self.service.send_back(self.record_id, comment))

    def withdraw(self) -> bool:
        reason = self.ask_withdraw_reason()
        if not reason:
            return False
        return self._do(lambda: self.service.withdraw(self.record_id, reason))

    def close_page(self) -> None:
        self.closed.emit()
