"""An officer's printed profile (issue 11): the full name, rank and position the documents
print instead of a login, in the state language and, where it differs, in Russian. A supervisor
sets them for any officer here, as `shekara officer edit LOGIN --full-name … --rank …
--position … [--full-name-ru …]` does; the change is audited."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shekara.domain.officials import MAX_LENGTH, PROFILE_FIELDS
from shekara.services.session import Session
from shekara.ui import ops
from shekara.ui.errors import show_error
from shekara.ui.i18n import fmt


class ProfileDialog(QDialog):
    def __init__(self, session: Session, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.login = login
        self.busy = False
        self.setObjectName("profileDialog")
        profile = session.officials.profile(login)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.heading_state = QLabel()
        self.heading_ru = QLabel()
        self.labels: dict[str, QLabel] = {}
        self.edits: dict[str, QLineEdit] = {}
        grid = QGridLayout()
        grid.addWidget(self.heading_state, 0, 1)
        grid.addWidget(self.heading_ru, 0, 2)
        for row, field in enumerate(PROFILE_FIELDS, start=1):
            label = QLabel()
            grid.addWidget(label, row, 0)
            for column, name in ((1, field), (2, f"{field}_ru")):
                edit = QLineEdit(profile.values.get(name, ""))
                edit.setObjectName(name)
                edit.setMaxLength(MAX_LENGTH)
                grid.addWidget(edit, row, column)
                self.edits[name] = edit
            label.setBuddy(self.edits[field])
            self.labels[field] = label
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(760, self.sizeHint().height())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fmt(self.tr("Printed name of %1"), self.login))
        self.explain.setText(self.tr(
            "Documents print who signed them by name, rank and position, never by login. "
            "Write them as the documents should; the Russian column only where the Russian "
            "form differs."))
        self.heading_state.setText("<b>" + self.tr("As written") + "</b>")
        self.heading_ru.setText("<b>" + self.tr("In Russian") + "</b>")
        texts = {"full_name": self.tr("&Full name:"), "rank": self.tr("&Rank:"),
                 "position": self.tr("&Position:")}
        for field, label in self.labels.items():
            label.setText(texts[field])
            self.edits[field].setAccessibleName(texts[field].replace("&", "").rstrip(":"))
            self.edits[f"{field}_ru"].setAccessibleName(
                fmt(self.tr("%1 in Russian"), texts[field].replace("&", "").rstrip(":")))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def save(self) -> ops.Operation | None:
        if self.busy:
            return None
        changes: dict[str, str | None] = {name: edit.text() for name, edit in self.edits.items()}
        officials, login = self.session.officials, self.login
        self.busy = True
        self.buttons.setEnabled(False)
        return ops.run(self, lambda _progress: officials.set_profile(login, changes),
                       session=self.session, on_done=self._saved, on_error=self._failed)

    def _saved(self, _profile: object) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, err: BaseException) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        show_error(self, err)  # stays open with what was typed
