"""The unlock screen: officer login and passphrase, a plain answer when it is wrong, and a
growing wait between wrong tries (the wait is shown, counting down).

Unlocking derives the officer's key with Argon2id (~0.5 s), so it runs off the GUI thread. The
screen keeps no passphrase after a try, right or wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from shekara.errors import AuthError
from shekara.languages import LANGUAGES
from shekara.services.session import Session, open_session
from shekara.ui import ops, theme
from shekara.ui.context import UiContext
from shekara.ui.errors import error_sentence
from shekara.ui.i18n import fmt
from shekara.ui.theme import ERROR_STYLE

Opener = Callable[[Path, str, str], Session]
MAX_WAIT_SECONDS = 30


def open_for_the_window(directory: Path, officer: str, passphrase: str) -> Session:
    """The window runs a schema step's rebuilds itself, with progress, once unlocked (ui/app)."""
    return open_session(directory, officer, passphrase, rebuild_on_open=False)


def wait_after(failures: int) -> int:
    """Seconds to wait after `failures` wrong tries in a row: 1, 2, 4, 8, 16, then 30."""
    if failures <= 0:
        return 0
    return min(MAX_WAIT_SECONDS, 2 ** (failures - 1))  # type: ignore[no-any-return]


class UnlockWindow(QWidget):
    unlocked = Signal(object)  # the open Session

    def __init__(self, context: UiContext, *, opener: Opener = open_for_the_window,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._opener = opener
        self._failures = 0
        self._wait_left = 0
        self._busy = False
        self._preparing = False
        self._waiting_for_demo = False  # Unlock pressed while the demo vault is being made
        self._lock_reason = ""
        # The refusal itself, not its sentence: after a language switch it is said again in
        # the new language ("No officer …" stayed English, issue 10).
        self._error: BaseException | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self.setObjectName("unlockWindow")
        self.setWindowIcon(theme.app_icon())
        self._build()
        self.retranslate_ui()
        self._update_state()

    # --- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        emblem = QLabel()
        emblem.setPixmap(theme.app_icon().pixmap(64, 64))
        self.title_label = QLabel()
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.8)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.subtitle_label = QLabel()
        self.subtitle_label.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(emblem)
        titles = QVBoxLayout()
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header.addLayout(titles, 1)

        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setStyleSheet("color: #555555;")

        self.demo_label = QLabel()
        self.demo_label.setObjectName("demoBanner")
        self.demo_label.setWordWrap(True)
        self.demo_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.demo_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_label.setStyleSheet("QLabel#demoBanner { background: #FFF4CE; color: #3B2F00;"
                                      " padding: 8px; border: 1px solid #E0C45C; }")
        self.demo_label.hide()

        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("loginEdit")
        self.login_edit.setMaxLength(32)
        self.pass_edit = QLineEdit()
        self.pass_edit.setObjectName("passphraseEdit")
        self.pass_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass_edit.setMaxLength(1024)
        self.login_label = QLabel()
        self.pass_label = QLabel()
        self.login_label.setBuddy(self.login_edit)
        self.pass_label.setBuddy(self.pass_edit)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.login_label, self.login_edit)
        form.addRow(self.pass_label, self.pass_edit)

        self.message_label = QLabel()
        self.message_label.setObjectName("unlockMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.wait_label = QLabel()
        self.wait_label.setObjectName("waitLabel")
        self.wait_label.setWordWrap(True)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(8)
        self.busy_bar.hide()

        self.language_label = QLabel()
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        for language in LANGUAGES.values():
            self.language_combo.addItem(language.native_name, language.code)
        self._select_language(self.context.translations.language)
        self.language_combo.currentIndexChanged.connect(self._language_picked)
        self.language_label.setBuddy(self.language_combo)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.unlock_button.clicked.connect(self.attempt)
        # A damaged or lost vault comes back from a backup before anything is unlocked.
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreFromBackup")
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.open_restore)
        self.restore_dialog: QDialog | None = None
        # A forgotten passphrase, with the recovery sheet from the safe (the sheet names it).
        self.recover_button = QPushButton()
        self.recover_button.setObjectName("recoverWithKey")
        self.recover_button.setAutoDefault(False)
        self.recover_button.clicked.connect(self.open_recover)
        self.recover_dialog: QDialog | None = None
        bottom = QHBoxLayout()
        bottom.addWidget(self.language_label)
        bottom.addWidget(self.language_combo)
        bottom.addStretch(1)
        bottom.addWidget(self.unlock_button)
        rescue = QHBoxLayout()  # its own row: the unlock row stays as wide as it was
        rescue.addWidget(self.restore_button)
        rescue.addWidget(self.recover_button)
        rescue.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.demo_label)
        layout.addLayout(form)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.message_label)
        layout.addWidget(self.wait_label)
        layout.addStretch(1)
        layout.addLayout(bottom)
        layout.addLayout(rescue)
        self.setMinimumWidth(460)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        self.login_edit.textChanged.connect(self._update_state)
        self.pass_edit.textChanged.connect(self._update_state)
        self.login_edit.returnPressed.connect(self.pass_edit.setFocus)
        self.pass_edit.returnPressed.connect(self.attempt)
        self.setTabOrder(self.login_edit, self.pass_edit)
        self.setTabOrder(self.pass_edit, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.language_combo)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Shekara — unlock"))
        self.title_label.setText("Shekara")
        self.subtitle_label.setText(self.tr("Border records vault. Unlock it to continue."))
        self.folder_label.setText(fmt(self.tr("Vault folder: %1"), str(self.context.vault_dir)))
        self.login_label.setText(self.tr("&Officer:"))
        self.pass_label.setText(self.tr("&Passphrase:"))
        self.login_edit.setPlaceholderText(self.tr("your login, e.g. aigerim.s"))
        self.login_edit.setAccessibleName(self.tr("Officer login"))
        self.pass_edit.setAccessibleName(self.tr("Passphrase"))
        self.language_label.setText(self.tr("&Language:"))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.restore_button.setText(self.tr("&Restore from a backup…"))
        self.restore_button.setVisible(self.context.demo is None)
        self.recover_button.setText(self.tr("Recovery &key…"))
        self.recover_button.setToolTip(self.tr("Set a forgotten passphrase with the recovery "
                                               "key from the post's safe"))
        self.recover_button.setVisible(self.context.demo is None)
        demo = self.context.demo
        if demo is not None:
            rows = [fmt(self.tr("%1 (%2)"), login, self._role_label(role))
                    for login, role in demo.officers]
            self.demo_label.setText(fmt(
                self.tr("Demo vault with sample records (post %1), in a temporary folder that "
                        "is deleted when Shekara closes.\nOfficers: %2\nPassphrase for all: %3"),
                demo.post_code, ", ".join(rows), demo.passphrase))
        if self._error is not None and not self._busy:
            self.message_label.setText(error_sentence(self._error))
        if self._preparing:
            self.message_label.setText(
                self.tr("Unlocking as soon as the demo vault is ready…")
                if self._waiting_for_demo else "")
            self.wait_label.setText(self.tr("Preparing the demo vault…"))
        elif self._lock_reason:
            self.wait_label.setText(self._lock_reason_text())
        self._show_wait()

    def open_restore(self) -> QDialog:
        """The backup comes back into this vault folder; then the officer unlocks it."""
        from shekara.ui.backup.dialogs import RestoreDialog

        dialog = RestoreDialog(self.context.vault_dir, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self.show_restored)
        self.restore_dialog = dialog
        dialog.open()
        return dialog

    def open_recover(self) -> QDialog:
        """The recovery key sets an officer's passphrase; then that officer unlocks here."""
        from shekara.ui.unlock.recover_dialog import RecoverPassphraseDialog

        dialog = RecoverPassphraseDialog(self.context.vault_dir, self.login_edit.text().strip(),
                                         self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recovered.connect(self.show_recovered)
        self.recover_dialog = dialog
        dialog.open()
        return dialog

    def show_recovered(self, login: str) -> None:
        self._error = None
        self._failures = 0
        self.login_edit.setText(login)
        self.pass_edit.clear()
        self.message_label.setStyleSheet("")
        self.message_label.setText(fmt(self.tr("The passphrase of %1 was set. Unlock with it "
                                               "now."), login))
        self.pass_edit.setFocus()

    def show_restored(self, restored: object) -> None:
        """Say what a restored vault needs (from here or from the setup wizard)."""
        from shekara.services.backups import Restored
        from shekara.ui.backup.dialogs import restored_text

        if not isinstance(restored, Restored):
            return
        self._error = None
        self.message_label.setStyleSheet("")
        self.message_label.setText(restored_text(restored))
        self.pass_edit.setFocus()

    def _role_label(self, role: str) -> str:
        if role == "supervisor":
            return self.tr("supervisor")
        return self.tr("officer")

    def _lock_reason_text(self) -> str:
        texts = {
            "idle": self.tr("The vault was locked after a time without use."),
            "shortcut": self.tr("The vault was locked."),
            "desktop": self.tr("The vault was locked because the computer was locked."),
            "refdata": self.tr("The vault was locked so that the new reference data is used: "
                               "unlock it to go on."),
            # Admin > New master key… (ui/maintenance/rekey_dialog.py) listed these officers.
            "rekey": fmt(self.tr("The vault has a new master key: unlock it with your "
                                 "passphrase. Each officer listed on the new-key screen needs a "
                                 "new passphrase: set it with \"%1\" and the new recovery key."),
                         self.tr("Recovery &key…").replace("&", "").rstrip("…")),
        }
        return texts.get(self._lock_reason, "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- state -----------------------------------------------------------------------------
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

    @property
    def preparing(self) -> bool:
        """The demo vault is still being made."""
        return self._preparing

    def set_demo_preparing(self, preparing: bool, *, made: bool = True) -> None:
        """While the demo vault is being made, the screen already takes the login and the
        passphrase (issue 10: usable at once, not after the seconds the vault takes); an Unlock
        pressed meanwhile waits, then goes through once the vault is `made` (or is dropped
        when making it failed)."""
        waiting = self._waiting_for_demo and not preparing
        self._preparing = preparing
        if not preparing:
            self._waiting_for_demo = False
            self.wait_label.clear()
        if waiting:
            self._busy = False
            self.message_label.clear()
        self.busy_bar.setVisible(preparing or self._busy)
        self.retranslate_ui()
        self._update_state()
        if waiting and made:
            self.attempt()

    def show_demo(self) -> None:
        """Show the demo's officers and passphrase, and fill in its first supervisor (unless
        a login was typed while the vault was being made)."""
        demo = self.context.demo
        self.demo_label.setVisible(demo is not None)
        if demo is not None and not self.login_edit.text().strip():
            self.login_edit.setText(demo.officers[0][0])
        self.retranslate_ui()
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """The window was sized before the demo's banner appeared: grow (never shrink) so its
        last line, the passphrase, is not cut off (issue 10)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        wanted = self.sizeHint()
        if wanted.height() > self.height() or wanted.width() > self.width():
            self.resize(max(self.width(), wanted.width()), max(self.height(), wanted.height()))

    def after_lock(self, login: str, reason: str) -> None:
        """Back from a lock: the same officer filled in, the passphrase empty, why it locked."""
        self._lock_reason = reason
        self.pass_edit.clear()
        self._error = None
        self.message_label.clear()
        if login:
            self.login_edit.setText(login)
        self.retranslate_ui()
        self._update_state()
        self.pass_edit.setFocus() if self.login_edit.text() else self.login_edit.setFocus()

    @property
    def failures(self) -> int:
        return self._failures

    @property
    def waiting_seconds(self) -> int:
        return self._wait_left

    def _update_state(self) -> None:
        ready = (not self._busy and self._wait_left == 0
                 and bool(self.login_edit.text().strip()) and bool(self.pass_edit.text()))
        self.unlock_button.setEnabled(ready)
        editable = not self._busy
        self.login_edit.setEnabled(editable)
        self.pass_edit.setEnabled(editable and self._wait_left == 0)

    # --- unlocking -------------------------------------------------------------------------
    def attempt(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        if self._preparing:  # the demo vault is not made yet: this try waits for it
            self._waiting_for_demo = True
            self._busy = True
            self.message_label.setStyleSheet("")
            self.busy_bar.show()
            self.retranslate_ui()
            self._update_state()
            return
        login = self.login_edit.text().strip()
        passphrase = self.pass_edit.text()
        directory = self.context.vault_dir
        self._busy = True
        self._lock_reason = ""
        self._error = None
        self.message_label.setText(self.tr("Unlocking…"))
        self.message_label.setStyleSheet("")
        self.busy_bar.show()
        self._update_state()
        opener = self._opener
        ops.run(self, lambda _progress: opener(directory, login, passphrase),
                on_done=self._opened, on_error=self._refused)

    def _opened(self, session: object) -> None:
        self._busy = False
        self._failures = 0
        self.busy_bar.hide()
        self.pass_edit.clear()
        self.message_label.clear()
        self.wait_label.clear()
        self._update_state()
        self.unlocked.emit(session)

    def _refused(self, err: BaseException) -> None:
        self._busy = False
        self.busy_bar.hide()
        self.pass_edit.clear()
        self.message_label.setStyleSheet(ERROR_STYLE)
        self._error = err
        self.message_label.setText(error_sentence(err))
        if isinstance(err, AuthError):
            self._failures += 1
            self._wait_left = wait_after(self._failures)
            if self._wait_left:
                self._tick.start()
        self._show_wait()
        self._update_state()
        self.pass_edit.setFocus()

    def _count_down(self) -> None:
        self._wait_left = max(0, self._wait_left - 1)
        if self._wait_left == 0:
            self._tick.stop()
        self._show_wait()
        self._update_state()
        if self._wait_left == 0:
            self.pass_edit.setFocus()

    def _show_wait(self) -> None:
        if self._wait_left > 0:
            self.wait_label.setText(self.tr("Wait %n second(s) before the next try.", "",
                                            self._wait_left))
        elif not self._preparing and not self._lock_reason:
            self.wait_label.clear()
