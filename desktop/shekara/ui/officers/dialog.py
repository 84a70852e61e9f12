"""Officers (supervisors only): the list, add one, remove one, change one's own passphrase.

Adding an officer derives a key from the new passphrase with Argon2id (~0.5 s): it runs off the
GUI thread. Removing is quick. The vault enforces the rules (supervisors only, never yourself,
never the last supervisor); its refusals appear through ui/errors.py.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.errors import show_error
from shekara.ui.i18n import current_language, fmt
from shekara.ui.officers.model import OfficerTableModel
from shekara.ui.widgets.labels import align_label_columns
from shekara.ui.widgets.strength_meter import PassphrasePair
from shekara.vault.vault import LOGIN_PATTERN, Officer


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask yes/no (tests replace this function)."""
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class AddOfficerDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("addOfficerDialog")
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("newOfficerLogin")
        self.login_edit.setMaxLength(32)
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("newOfficerRole")
        self.pair = PassphrasePair()
        self.problem = QLabel()
        self.problem.setObjectName("addOfficerProblem")
        self.problem.setWordWrap(True)
        self.login_label = QLabel()
        self.role_label = QLabel()
        self.login_label.setBuddy(self.login_edit)
        self.role_label.setBuddy(self.role_combo)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.login_label, self.login_edit)
        form.addRow(self.role_label, self.role_combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pair)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.login_edit.textChanged.connect(self._changed)
        self.pair.changed.connect(self._changed)
        self.retranslate_ui()
        theme.fit_to_contents(self, 520)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Add an officer"))
        self.login_label.setText(self.tr("&Login:"))
        self.role_label.setText(self.tr("R&ole:"))
        self.login_edit.setAccessibleName(self.tr("New officer's login"))
        self.role_combo.setAccessibleName(self.tr("New officer's role"))
        lang = current_language()
        current = self.role_combo.currentData()
        self.role_combo.clear()
        for role in ("officer", "supervisor"):
            self.role_combo.addItem(self.session.ref.label("officer_role", role, lang), role)
        self.role_combo.setCurrentIndex(max(self.role_combo.findData(current), 0))
        self.pair.retranslate_ui()  # its labels first: then the columns are measured
        align_label_columns(self.login_label, self.role_label, self.pair.first_label,
                            self.pair.second_label, self.pair.strength_label)
        self._changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _changed(self) -> None:
        login_ok = bool(LOGIN_PATTERN.match(self.login_edit.text().strip()))
        problem = "" if login_ok else self.tr(
            "A login is 2 to 32 small Latin letters, digits, '.', '_' or '-', starting with a "
            "letter.")
        self.problem.setText(problem or self.pair.problem())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(login_ok and self.pair.acceptable())

    def values(self) -> tuple[str, str, str]:
        role = self.role_combo.currentData()
        return (self.login_edit.text().strip(), role if isinstance(role, str) else "officer",
                self.pair.passphrase())


class OfficersDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("officersDialog")
        self.model = OfficerTableModel(session.ref, self)
        self.view = QTableView()
        self.view.setObjectName("officerTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addOfficer")
        self.add_button.clicked.connect(self.add_officer)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeOfficer")
        self.remove_button.clicked.connect(self.remove_selected)
        self.profile_button = QPushButton()
        self.profile_button.setObjectName("editProfile")
        self.profile_button.clicked.connect(self.edit_profile)
        self.passphrase_button = QPushButton()
        self.passphrase_button.setObjectName("changeOwnPassphrase")
        self.passphrase_button.clicked.connect(self.change_own_passphrase)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)
        self.status = QLabel()
        self.status.setObjectName("officersStatus")
        self.status.setWordWrap(True)
        side = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.profile_button,
                       self.passphrase_button):
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.view, 1)
        middle.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(middle)
        layout.addWidget(self.status)
        layout.addWidget(self.close_buttons)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.retranslate_ui()
        self.refresh()
        self.resize(820, 400)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Officers"))
        self.add_button.setText(self.tr("&Add…"))
        self.remove_button.setText(self.tr("&Remove…"))
        self.passphrase_button.setText(self.tr("Change &my passphrase…"))
        self.profile_button.setText(self.tr("Printed &name…"))
        self.profile_button.setToolTip(self.tr(
            "The full name, rank and position documents print for the selected officer "
            "(a supervisor sets them)"))
        self.view.setAccessibleName(self.tr("Officers"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def refresh(self) -> None:
        try:
            with ops.locked(self.session):
                officers = self.session.vault.officers()
        except Exception as err:
            show_error(self, err)
            return
        self.model.set_rows(officers)
        self._selection_changed()

    def selected(self) -> Officer | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected()
        self.remove_button.setEnabled(chosen is not None
                                      and chosen.login != self.session.vault.officer)
        self.profile_button.setEnabled(chosen is not None
                                       and self.session.vault.role == "supervisor")

    def add_officer(self) -> AddOfficerDialog:
        dialog = AddOfficerDialog(self.session, self)
        dialog.accepted.connect(lambda: self._add(*dialog.values()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _add(self, login: str, role: str, passphrase: str) -> None:
        vault = self.session.vault
        self.add_button.setEnabled(False)
        self.status.setText(self.tr("Adding the officer…"))
        ops.run(self, lambda _progress: vault.add_officer(login, role, passphrase),
                session=self.session, on_done=self._added, on_error=self._add_failed)

    def _added(self, officer: Officer) -> None:
        self.add_button.setEnabled(True)
        self.status.setText(fmt(self.tr("Officer %1 added."), officer.login))
        self.refresh()

    def _add_failed(self, err: BaseException) -> None:
        self.add_button.setEnabled(True)
        self.status.clear()
        show_error(self, err)

    def remove_selected(self) -> None:
        officer = self.selected()
        if officer is None:
            return
        question = fmt(self.tr("Remove officer %1? Their passphrase will no longer open the "
                               "vault. What they recorded stays."), officer.login)
        if not confirm(self, self.tr("Remove an officer"), question):
            return
        try:
            with ops.locked(self.session):
                self.session.vault.remove_officer(officer.login)
        except Exception as err:
            show_error(self, err)
            return
        self.status.setText(fmt(self.tr("Officer %1 removed."), officer.login))
        self.refresh()

    def edit_profile(self) -> QDialog | None:
        from shekara.ui.officers.profile import ProfileDialog

        officer = self.selected()
        if officer is None:
            return None
        dialog = ProfileDialog(self.session, officer.login, self)
        dialog.accepted.connect(lambda login=officer.login: self.status.setText(
            fmt(self.tr("Printed name of %1 saved."), login)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def change_own_passphrase(self) -> QDialog:
        from shekara.ui.officers.passphrase import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.session, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
