"""Settings: the language (this computer; switches every open screen at once), the idle lock,
four-eyes approval and the names printed on documents (the vault's; supervisors change them,
audited, as `shekara settings set`). Switching four-eyes approval off asks first: it is for a
post that truly has one supervisor, and lets a supervisor approve what they wrote. The names are
checked before anything is saved, so a refused name leaves every setting as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shekara.languages import LANGUAGES
from shekara.services.session import Session
from shekara.ui import theme
from shekara.ui.context import UiContext
from shekara.ui.errors import show_error
from shekara.ui.settings.printed_names import PrintedNamesBox
from shekara.ui.settings.vault_settings import (
    MAX_IDLE_MINUTES,
    MIN_IDLE_MINUTES,
    read_settings,
    set_four_eyes,
    set_idle_minutes,
)
from shekara.ui.widgets.confirm import ask_first


class SettingsDialog(QDialog):
    idle_minutes_changed = Signal(int)

    def __init__(self, session: Session, context: UiContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.context = context
        self.setObjectName("settingsDialog")
        self._saved = read_settings(session)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("settingsLanguage")
        for language in LANGUAGES.values():
            self.language_combo.addItem(language.native_name, language.code)
        self.language_combo.setCurrentIndex(
            max(self.language_combo.findData(context.translations.language), 0))
        self.language_combo.currentIndexChanged.connect(self._language_picked)
        self.idle_spin = QSpinBox()
        self.idle_spin.setObjectName("idleMinutes")
        self.idle_spin.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle_spin.setValue(self._saved.idle_lock_minutes)
        self.idle_spin.setEnabled(session.vault.role == "supervisor")
        self.four_eyes_check = QCheckBox()
        self.four_eyes_check.setObjectName("fourEyesCheck")
        self.four_eyes_check.setChecked(self._saved.four_eyes)
        self.four_eyes_check.setEnabled(session.vault.role == "supervisor")
        self.four_eyes_check.toggled.connect(self._show_four_eyes)
        self.four_eyes_note = QLabel()  # wrapped text stays out of the form: it sizes badly there
        self.four_eyes_note.setObjectName("fourEyesNote")
        self.four_eyes_note.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.names_box = PrintedNamesBox(session)
        self.language_label = QLabel()
        self.idle_label = QLabel()
        self.four_eyes_label = QLabel()
        self.language_label.setBuddy(self.language_combo)
        self.idle_label.setBuddy(self.idle_spin)
        self.four_eyes_label.setBuddy(self.four_eyes_check)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.idle_label, self.idle_spin)
        form.addRow(self.four_eyes_label, self.four_eyes_check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.four_eyes_note)
        layout.addWidget(self.note)
        layout.addWidget(self.names_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        theme.fit_to_contents(self, 640)  # the names are long: a line edit shows ~60 letters

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language:"))
        self.idle_label.setText(self.tr("Lock when &idle after:"))
        self.idle_spin.setSuffix(self.tr(" min"))
        self.four_eyes_label.setText(self.tr("&Four-eyes approval:"))
        self.four_eyes_check.setText(self.tr("on"))
        self._show_four_eyes()
        supervisor = self.session.vault.role == "supervisor"
        self.note.setText(
            self.tr("The language applies to this computer at once. The idle lock, four-eyes "
                    "approval and the names printed on documents apply to everyone using this "
                    "vault.") if supervisor else
            self.tr("The language applies to this computer at once. Only a supervisor can "
                    "change the idle lock, four-eyes approval and the names printed on "
                    "documents."))
        self.names_box.retranslate_ui()
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.idle_spin.setAccessibleName(self.tr("Minutes without use before the vault locks"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _show_four_eyes(self) -> None:
        self.four_eyes_note.setText(
            self.tr("Four-eyes approval is on: a supervisor cannot approve a version they wrote.")
            if self.four_eyes_check.isChecked() else
            self.tr("Four-eyes approval is off: a supervisor may approve their own records."))
        self.four_eyes_check.setAccessibleName(self.four_eyes_note.text())

    def _language_picked(self, index: int) -> None:
        lang = self.language_combo.itemData(index)
        if isinstance(lang, str) and lang != self.context.translations.language:
            self.context.set_language(lang)

    def save(self) -> None:
        """Save; a refused name is shown under its field and nothing is saved; switching
        four-eyes approval off asks first (default No), then saves."""
        if not self.names_box.check():
            return
        switching_off = (self.four_eyes_check.isEnabled() and self._saved.four_eyes
                         and not self.four_eyes_check.isChecked())
        if switching_off:
            self.confirm_box = ask_first(
                self, "fourEyesOffQuestion", title=self.tr("Switch four-eyes approval off?"),
                text=self.tr("Switch four-eyes approval off for everyone using this vault?"),
                informative=self.tr(
                    "Only where this vault truly has one supervisor: each supervisor may then "
                    "approve what they wrote themselves. The change is written in the audit "
                    "log. Switch it on again as soon as there is a second supervisor."),
                yes_text=self.tr("Switch &off"), on_yes=self._save)
            return
        self._save()

    def _save(self) -> None:
        try:
            self.names_box.save()
        except Exception as err:
            if not self.names_box.show_refusal(err):
                show_error(self, err)
            return
        four_eyes = self.four_eyes_check.isChecked()
        if self.four_eyes_check.isEnabled() and four_eyes != self._saved.four_eyes:
            try:
                set_four_eyes(self.session, four_eyes)
            except Exception as err:
                show_error(self, err)
                return
            self._saved = read_settings(self.session)
        minutes = self.idle_spin.value()
        if self.idle_spin.isEnabled() and minutes != self._saved.idle_lock_minutes:
            try:
                set_idle_minutes(self.session, minutes)
            except Exception as err:
                show_error(self, err)
                return
            self._saved = read_settings(self.session)
            self.idle_minutes_changed.emit(minutes)
        self.accept()
