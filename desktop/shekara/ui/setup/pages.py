"""The setup wizard's first two pages: the installation, and its first supervisor."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from shekara.domain.reference import load_default
from shekara.languages import LANGUAGES
from shekara.ui.context import UiContext
from shekara.ui.i18n import current_language, fmt
from shekara.ui.setup.typed_values import (
    TypedValue,
    login_value,
    post_code_value,
    shown_characters,
)
from shekara.ui.widgets.labels import align_label_columns
from shekara.ui.widgets.strength_meter import PassphrasePair
from shekara.vault.vault import LOGIN_PATTERN, POST_CODE_PATTERN

# Long enough that a paste is never cut short without a word: the check says what is too long.
TYPED_MAX = 128


def stored_line() -> QLabel:
    """The line under a typed value that says what will be stored, or what cannot be."""
    label = QLabel()
    label.setWordWrap(True)
    label.hide()
    return label


def show_stored(label: QLabel, value: TypedValue, *, stored_as: str, refused: str,
                space: str) -> None:
    """`stored_as` ("Will be stored as: %1") when the value is stored otherwise than typed,
    `refused` (with %1) when some characters cannot be stored; nothing otherwise."""
    if value.refused:
        label.setText(fmt(refused, shown_characters(value.refused, space)))
        label.setStyleSheet("color: #b00020;")
    elif value.changed:
        label.setText(fmt(stored_as, value.stored))
        label.setStyleSheet("color: #0d47a1;")
    else:
        label.setText("")
    label.setVisible(bool(label.text()))


class InstallationPage(QWizardPage):
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        self._ref = load_default()
        self.setObjectName("installationPage")
        # The language comes first (issue 10): a C-locale machine starts the wizard in English,
        # and an officer who reads only Kazakh or Lithuanian must be able to change it before
        # reading anything else. The choice is remembered for this computer.
        self.language_label = QLabel()
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("setupLanguageCombo")
        for language in LANGUAGES.values():
            self.language_combo.addItem(language.native_name, language.code)
        self._select_language(context.translations.language)
        self.language_combo.currentIndexChanged.connect(self._language_picked)
        self.language_label.setBuddy(self.language_combo)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.post_radio = QRadioButton()
        self.post_radio.setObjectName("modePost")
        self.hq_radio = QRadioButton()
        self.hq_radio.setObjectName("modeHq")
        self.post_radio.setChecked(True)
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.post_radio)
        self.mode_group.addButton(self.hq_radio)
        modes = QHBoxLayout()
        modes.addWidget(self.post_radio)
        modes.addWidget(self.hq_radio)
        modes.addStretch(1)
        self.party_combo = QComboBox()
        self.party_combo.setObjectName("partyCombo")
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("postCodeEdit")
        self.code_edit.setMaxLength(TYPED_MAX)
        self.code_hint = QLabel()  # one line: wrapped text in a form row gets too little room
        self.code_stored = stored_line()
        self.code_stored.setObjectName("postCodeStored")
        # The other Party's prefix on a post code is almost always a slip (a Lithuanian code
        # for a Kazakh post): said at once, in words, before the vault is made.
        self.code_warning = QLabel()
        self.code_warning.setObjectName("postCodeWarning")
        self.code_warning.setWordWrap(True)
        self.code_warning.setStyleSheet("color: #b00020;")
        self.code_edit.textChanged.connect(self._check_code)
        self.party_combo.currentIndexChanged.connect(self._check_code)
        self.post_radio.toggled.connect(self._check_code)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.mode_label = QLabel()
        self.party_label = QLabel()
        self.code_label = QLabel()
        self.party_label.setBuddy(self.party_combo)
        self.code_label.setBuddy(self.code_edit)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.mode_label, modes)
        form.addRow(self.party_label, self.party_combo)
        form.addRow(self.code_label, self.code_edit)
        form.addRow("", self.code_hint)
        form.addRow("", self.code_stored)
        form.addRow("", self.code_warning)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.folder_label)
        self.code_edit.textChanged.connect(self.completeChanged)
        self.retranslate_ui()

    def _select_language(self, lang: str) -> None:
        index = self.language_combo.findData(lang)
        if index >= 0:
            self.language_combo.blockSignals(True)
            self.language_combo.setCurrentIndex(index)
            self.language_combo.blockSignals(False)

    def _language_picked(self, index: int) -> None:
        lang = self.language_combo.itemData(index)
        if isinstance(lang, str):
            self.context.set_language(lang)

    def code_mismatch(self) -> str | None:
        """The other Party's code prefix on this Party's post code, or None."""
        code, party = self.post_code().upper(), self.party()
        other = "LT" if party == "KZ" else "KZ"
        return other if self.mode() == "post" and code.startswith(other + "-") else None

    def _check_code(self, *_args: object) -> None:
        show_stored(self.code_stored, post_code_value(self.code_edit.text()),
                    stored_as=self.tr("Will be stored as: %1"),
                    refused=self.tr("Not allowed in a post code: %1. Use Latin letters, digits "
                                    "and '-'."), space=self.tr("a space"))
        other = self.code_mismatch()
        self.code_warning.setText("" if other is None else fmt(self.tr(
            "A code starting with %1- is the other Party's: check the Party and the code HQ "
            "gave you."), other))
        self.code_warning.setVisible(other is not None)

    def retranslate_ui(self) -> None:
        lang = current_language()
        self.setTitle(self.tr("This installation"))
        self.setSubTitle(self.tr("Shekara keeps its records in an encrypted vault on this "
                                 "computer. Tell it where it works."))
        self.intro.setText(self.tr("A post records facts and sends them to HQ on a stick; HQ "
                                   "receives the packets of many posts. This cannot be changed "
                                   "later."))
        self.language_label.setText(self.tr("&Language:"))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self._select_language(lang)
        self.mode_label.setText(self.tr("Mode:"))
        self.post_radio.setText(self.tr("&Post (border or customs post)"))
        self.hq_radio.setText(self.tr("&HQ (central competent authority)"))
        self.party_label.setText(self.tr("P&arty:"))
        self.code_label.setText(self.tr("Post &code:"))
        self.code_edit.setPlaceholderText(self.tr("e.g. KZ-NUR-ZHOLY"))
        self.code_hint.setText(self.tr("Capital Latin letters, digits and '-', 2 to 32 "
                                       "characters, as HQ assigned it."))
        self.party_combo.setAccessibleName(self.tr("Party"))
        self.code_edit.setAccessibleName(self.tr("Post code"))
        self.folder_label.setText(fmt(self.tr("The vault will be created in %1"),
                                      str(self.context.vault_dir)))
        current = self.party_combo.currentData()
        self.party_combo.clear()
        for party in ("KZ", "LT"):
            self.party_combo.addItem(self._ref.label("party", party, lang), party)
        index = self.party_combo.findData(current) if current else 0
        self.party_combo.setCurrentIndex(max(index, 0))
        self._check_code()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def isComplete(self) -> bool:
        return bool(POST_CODE_PATTERN.match(self.post_code()))

    def mode(self) -> str:
        return "hq" if self.hq_radio.isChecked() else "post"

    def party(self) -> str:
        value = self.party_combo.currentData()
        return value if isinstance(value, str) else "KZ"

    def post_code(self) -> str:
        """The code as it will be stored (the line under the field shows it)."""
        return post_code_value(self.code_edit.text()).stored


class SupervisorPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("supervisorPage")
        self.setCommitPage(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("supervisorLogin")
        self.login_edit.setMaxLength(TYPED_MAX)
        self.login_stored = stored_line()
        self.login_stored.setObjectName("loginStored")
        self.login_label = QLabel()
        self.login_label.setBuddy(self.login_edit)
        self.pair = PassphrasePair()
        self.problem = QLabel()
        self.problem.setObjectName("passphraseProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #8A4B00;")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.login_label, self.login_edit)
        form.addRow("", self.login_stored)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.pair)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.login_edit.textChanged.connect(self._changed)
        self.pair.changed.connect(self._changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("The first supervisor"))
        self.setSubTitle(self.tr("The supervisor approves records, manages officers and keeps "
                                 "the vault's recovery key."))
        self.intro.setText(self.tr("Choose a login (small Latin letters, digits, '.', '_' or "
                                   "'-') and a passphrase. A sentence of several words is easy "
                                   "to remember and hard to guess."))
        self.login_label.setText(self.tr("&Login:"))
        self.login_edit.setPlaceholderText(self.tr("e.g. aigerim.s"))
        self.login_edit.setAccessibleName(self.tr("Supervisor login"))
        self.pair.retranslate_ui()  # its labels first: then the columns are measured
        align_label_columns(self.login_label, self.pair.first_label, self.pair.second_label,
                            self.pair.strength_label)
        self._changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _changed(self) -> None:
        typed = login_value(self.login_edit.text())
        show_stored(self.login_stored, typed, stored_as=self.tr("Will be stored as: %1"),
                    refused=self.tr("Not allowed in a login: %1. Use small Latin letters, "
                                    "digits, '.', '_' or '-'."), space=self.tr("a space"))
        if typed.refused:
            self.problem.setText("")  # the line under the login says it
        elif not LOGIN_PATTERN.match(typed.stored):
            self.problem.setText(self.tr("Choose a login of 2 to 32 characters, starting with "
                                         "a letter."))
        else:
            self.problem.setText(self.pair.problem())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(LOGIN_PATTERN.match(self.login())) and self.pair.acceptable()

    def login(self) -> str:
        """The login as it will be stored (the line under the field shows it)."""
        return login_value(self.login_edit.text()).stored

    def passphrase(self) -> str:
        return self.pair.passphrase()

    def forget_passphrase(self) -> None:
        self.pair.clear()
