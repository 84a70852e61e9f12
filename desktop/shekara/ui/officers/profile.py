"""An officer's printed profile (issue 11): the full name, rank and position the documents
print instead of a login, in the state language and, where it differs, in Russian. A supervisor
sets them for any officer here, as `shekara officer edit LOGIN --full-name … --rank …
--position … [--full-name-ru …]` does; the change is audited."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shekara.domain.officials import MAX_LENGTH, PROFILE_FIELDS
from shekara.errors import InputError
from shekara.services.session import Session
from shekara.ui.i18n import fmt
from shekara.ui.widgets.form_dialog import FormDialog


class ProfileDialog(FormDialog):
    def __init__(self, session: Session, login: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, accept_button=QDialogButtonBox.StandardButton.Save)
        self.login = login
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

    def work(self) -> Callable[[], object]:
        changes: dict[str, str | None] = {name: edit.text() for name, edit in self.edits.items()}
        officials, login = self.session.officials, self.login
        return lambda: officials.set_profile(login, changes)

    def _failed(self, err: BaseException) -> None:
        # The service names a refused field by its key ("full_name_ru holds a control or
        # invisible character"): the box names it as the form does, in the window's language,
        # and the cursor goes to it.
        if isinstance(err, InputError) and type(err) is InputError:
            field = err.params.get("field")
            if isinstance(field, str) and field in self.edits:
                edit = self.edits[field]
                err = InputError(err.msgid, err.template,
                                 **{**err.params, "field": edit.accessibleName()})
                edit.setFocus()
        super()._failed(err)
