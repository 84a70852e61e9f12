"""HQ's posts overview: one row per post (imported through, gaps, held, forks, refusals, audit
chain breaks, key state) and the selected post's details, with the actions an analyst takes
next — import packets, write the post's acknowledgement, look at (and discard) its held and
quarantined packets."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shekara.services.drives import removable_drives
from shekara.services.hq import PostStream
from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.errors import show_error
from shekara.ui.hq.posts_model import PostsTableModel, current_key_state, open_refusals
from shekara.ui.hq.work import Overview, read_overview
from shekara.ui.hq.wrapping_header import WrappingHeader
from shekara.ui.i18n import fmt, format_stamp
from shekara.ui.messages import translated
from shekara.ui.widgets.destination import DriveLister
from shekara.ui.widgets.key_states import key_state_text
from shekara.ui.widgets.reasons import ranges, reason_text


class PostsOverviewDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 list_drives: DriveLister = removable_drives) -> None:
        super().__init__(parent)
        self.session = session
        self._list_drives = list_drives
        self._loading = False
        self.enrolled: list[str] = []
        self.setObjectName("postsOverviewDialog")
        self.setWindowIcon(theme.icon("audit"))
        self.model = PostsTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(PostsTableModel.SortRole)
        self.caption = QLabel()
        self.view = QTableView()
        self.view.setObjectName("postsTable")
        self.view.setHorizontalHeader(WrappingHeader(self.view, max_width=96))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.caption.setBuddy(self.view)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_details(current))
        self.details = QPlainTextEdit()
        self.details.setObjectName("postDetails")
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshPosts")
        self.refresh_button.setIcon(theme.icon("refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.import_button = QPushButton()
        self.import_button.setObjectName("openImport")
        self.import_button.setIcon(theme.icon("import"))
        self.import_button.clicked.connect(self.open_import)
        self.ack_button = QPushButton()
        self.ack_button.setObjectName("openWriteAck")
        self.ack_button.setIcon(theme.icon("export"))
        self.ack_button.clicked.connect(self.open_write_ack)
        self.held_button = QPushButton()
        self.held_button.setObjectName("openHeld")
        self.held_button.setIcon(theme.icon("warning"))
        self.held_button.setEnabled(False)
        self.held_button.clicked.connect(self.open_held)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        for button in (self.refresh_button, self.import_button, self.ack_button,
                       self.held_button):
            actions.addWidget(button)
        actions.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.caption)
        top_layout.addWidget(self.view, 1)
        top_layout.addWidget(self.empty_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(1180, 640)
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Posts overview"))
        self.caption.setText(self.tr("&Posts and their packets:"))
        self.view.setAccessibleName(self.tr("Posts"))
        self.details.setAccessibleName(self.tr("Details of the selected post"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.import_button.setText(self.tr("&Import packets…"))
        self.ack_button.setText(self.tr("&Write acknowledgement…"))
        self.held_button.setText(self.tr("&Held and quarantined packets…"))
        self.model.retranslate()
        self._show_empty()
        self._show_details(self.view.currentIndex())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- loading -------------------------------------------------------------------------------
    def refresh(self) -> ops.Operation | None:
        if self._loading:
            return None
        self._loading = True
        self.refresh_button.setEnabled(False)
        session = self.session
        return ops.run(self, lambda _progress: read_overview(session), session=session,
                       on_done=self._loaded, on_error=self._failed)

    @property
    def loading(self) -> bool:
        return self._loading

    def _loaded(self, overview: object) -> None:
        self._loading = False
        self.refresh_button.setEnabled(True)
        if not isinstance(overview, Overview):
            return
        chosen = self.selected_post()
        self.enrolled = overview.enrolled
        self.model.set_rows(overview.streams)
        self._show_empty()
        self.select_post(chosen or (overview.streams[0].post if overview.streams else None))

    def _failed(self, err: BaseException) -> None:
        self._loading = False
        self.refresh_button.setEnabled(True)
        show_error(self, err)

    def _show_empty(self) -> None:
        empty = self.model.rowCount() == 0 and not self._loading
        self.empty_label.setVisible(empty)
        self.empty_label.setText(self.tr("No post is enrolled and no packet was imported yet. "
                                         "Enroll the posts first (Admin > Keys and "
                                         "fingerprints), then import their packets."))

    # --- selection and details ------------------------------------------------------------------
    def selected_post(self) -> str | None:
        stream = self._stream_at(self.view.currentIndex())
        return stream.post if stream is not None else None

    def select_post(self, post: str | None) -> None:
        row = self.model.row_of(post) if post else -1
        if row < 0:
            self._show_details(QModelIndex())
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.setCurrentIndex(index)
        self._show_details(index)

    def _stream_at(self, index: QModelIndex) -> PostStream | None:
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _show_details(self, index: QModelIndex) -> None:
        stream = self._stream_at(index)
        self.ack_button.setEnabled(stream is not None and stream.post in self.enrolled)
        self.held_button.setEnabled(stream is not None and bool(stream.held or stream.forks))
        self.details.setPlainText("\n".join(self.details_lines(stream)) if stream else "")

    def details_lines(self, stream: PostStream) -> list[str]:
        lines = [fmt(self.tr("Post %1"), stream.post),
                 self.tr("%n record(s) from this post are held at HQ.", "", stream.records)]
        if stream.imported_through:
            lines.append(fmt(self.tr("Every packet up to number %1 is imported (last import "
                                     "%2)."), stream.imported_through,
                             format_stamp(stream.last_import_at) or "—"))
        else:
            lines.append(self.tr("No packet imported yet."))
        if stream.gaps:
            lines.append(fmt(self.tr("Missing packets (gaps): %1 — the next acknowledgement "
                                     "asks for them."), ranges(stream.gaps)))
        if stream.held:
            lines.append(fmt(self.tr("Held until the missing ones arrive: %1."),
                             ranges(stream.held)))
        for fork in stream.forks:
            # A fork quarantined before schema step 21 has only its English: shown as it is.
            why = stream.fork_reasons.get(str(fork.get("sha256")))
            lines.append(fmt(self.tr("Fork quarantined: packet %1 (%2). Two writers for one "
                                     "post? Check the post's laptop and backups."),
                             fork.get("seq"),
                             translated(why) if why else fork.get("reason") or "—"))
        for refusal in stream.refusals:
            state = (self.tr("made good by a later import") if refusal.get("resolved")
                     else self.tr("open"))
            lines.append(fmt(self.tr("Refused: packet %1 — %2 (%3, %4)."),
                             refusal.get("seq") or "?", reason_text(str(refusal.get("reason"))),
                             format_stamp(refusal.get("at")), state))
        for n, broken in enumerate(stream.audit_breaks):
            # A break recorded before the post event kept its message has only its English.
            reasons = stream.audit_break_reasons
            why = reasons[n] if n < len(reasons) else None
            lines.append(fmt(self.tr("Audit chain break at packet %1: %2 (%3)."),
                             broken.get("seq"),
                             translated(why) if why else broken.get("reason") or "—",
                             format_stamp(broken.get("at"))))
        if not (stream.gaps or stream.held or stream.forks or open_refusals(stream)
                or stream.audit_breaks):
            lines.append(self.tr("No gaps, held packets, forks, refusals or audit breaks."))
        lines.append("")
        lines.append(fmt(self.tr("Key: %1"), key_state_text(current_key_state(stream))))
        for key in stream.keys:
            text = fmt(self.tr("%1 — %2"), key.get("fingerprint"),
                       key_state_text(str(key.get("state"))))
            if key.get("last_seq"):
                text += " " + fmt(self.tr("(valid up to packet %1)"), key.get("last_seq"))
            lines.append("  " + text)
        return lines

    # --- actions -------------------------------------------------------------------------------
    def open_import(self) -> QDialog:
        from shekara.ui.hq.import_dialog import HqImportDialog

        dialog = HqImportDialog(self.session, self, list_drives=self._list_drives)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _outcomes: self.refresh())
        dialog.open()
        return dialog

    def open_write_ack(self) -> QDialog:
        from shekara.ui.hq.ack_dialog import WriteAckDialog

        dialog = WriteAckDialog(self.session, self, post=self.selected_post(),
                                list_drives=self._list_drives)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_held(self) -> QDialog:
        """The selected post's held and quarantined packets; a discard refreshes the rows."""
        from shekara.ui.hq.held import HqHeldDialog

        dialog = HqHeldDialog(self.session, self, post=self.selected_post())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.refresh)
        dialog.open()
        return dialog
