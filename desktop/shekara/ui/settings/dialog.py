"""Settings: the language (this computer; switches every open screen at once), the idle lock
(the vault's; supervisors change it), four-eyes approval (shown; `shekara settings` changes it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
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
from shekara.ui.settings.vault_settings import (
    MAX_IDLE_MINUTES,
    MIN_IDLE_MINUTES,
    read_settings,
    set_idle_minutes,
)


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
        self.four_eyes_value = QLabel()
        self.four_eyes_value.setObjectName("fourEyesValue")
        self.four_eyes_note = QLabel()  # wrapped text stays out of the form: it sizes badly there
        self.four_eyes_note.setObjectName("fourEyesNote")
        self.four_eyes_note.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.language_label = QLabel()
        self.idle_label = QLabel()
        self.four_eyes_label = QLabel()
        self.language_label.setBuddy(self.language_combo)
        self.idle_label.setBuddy(self.idle_spin)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.idle_label, self.idle_spin)
        form.addRow(self.four_eyes_label, self.four_eyes_value)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.four_eyes_note)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        theme.fit_to_contents(self, 520)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language:"))
        self.idle_label.setText(self.tr("Lock when &idle after:"))
        self.idle_spin.setSuffix(self.tr(" min"))
        self.four_eyes_label.setText(self.tr("Four-eyes approval:"))
        self.four_eyes_value.setText(self.tr("on") if self._saved.four_eyes else self.tr("off"))
        self.four_eyes_note.setText(
            self.tr("Four-eyes approval is on: a supervisor cannot approve a version they wrote.")
            if self._saved.four_eyes else
            self.tr("Four-eyes approval is off: a supervisor may approve their own records."))
        supervisor = self.session.vault.role == "supervisor"
        self.note.setText(
            self.tr("The language applies to this computer at once. The idle lock applies to "
                    "everyone using this vault. Four-eyes approval is changed with the command "
                    "'shekara settings'.") if supervisor else
            self.tr("The language applies to this computer at once. Only a supervisor can "
                    "change the idle lock."))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.idle_spin.setAccessibleName(self.tr("Minutes without use before the vault locks"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _language_picked(self, index: int) -> None:
        lang = self.language_combo.itemData(index)
        if isinstance(lang, str) and lang != self.context.translations.language:
            self.context.set_language(lang)

    def save(self) -> None:
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
