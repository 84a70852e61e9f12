"""The recovery key as the screens that make one show it, once: the setup wizard's last page
but one (ui/setup/recovery.py), Admin > New master key… (ui/maintenance/rekey_dialog.py) and
Admin > New recovery key… (ui/maintenance/recovery_key_dialog.py).

One look everywhere, so that a supervisor who saw it once knows it again: large monospace
letters, black on white in a dark frame, in lines of five groups that never break inside a
group, selectable (to copy it by hand, group by group, nothing puts it on the clipboard).
`RecoveryKeyPanel` adds what the two Admin screens show under it — the screen's own note in
bold, and the tick "I have printed it or written it down" that their Close waits for.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from shekara.errors import AuthError
from shekara.ui import theme


def wrong_passphrase(err: BaseException) -> bool:
    """A passphrase typed again that did not open the officer's slot: said beside the field.
    The back-off after failed tries (auth.wait) is not: it says how long to wait, in a box."""
    return isinstance(err, AuthError) and err.msgid != "auth.wait"


def key_lines(recovery_key: str, per_line: int = 5) -> str:
    """The key in lines of a few groups, so it never breaks inside a group."""
    groups = recovery_key.split("-")
    return "\n".join("-".join(groups[i:i + per_line]) for i in range(0, len(groups), per_line))


def framed_key_label(object_name: str) -> QLabel:
    """An empty label that shows a recovery key (set its text with `key_lines`)."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setFont(theme.monospace_font(15))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet(f"QLabel#{object_name} {{ border: 2px solid #1F2A44; padding: 12px;"
                        " background: white; color: black; }")
    return label


class RecoveryKeyPanel(QWidget):
    """The key, the screen's note (`set_note`) and the tick; `saved_toggled` says when the
    tick changes. `show_key` fills it, `forget` empties it (every way out of the screen)."""

    saved_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key_label = framed_key_label("newRecoveryKey")
        self.note = QLabel()
        self.note.setObjectName("newRecoveryKeyNote")
        self.note.setWordWrap(True)
        bold = QFont(self.note.font())
        bold.setBold(True)
        self.note.setFont(bold)
        self.saved_check = QCheckBox()
        self.saved_check.setObjectName("newKeySaved")
        self.saved_check.toggled.connect(self.saved_toggled)
        self.body = QVBoxLayout(self)  # a screen may add its own lines before the tick
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(10)
        for widget in (self.key_label, self.note, self.saved_check):
            self.body.addWidget(widget)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        # A literal context (lupdate reads no other): the panel's, whichever screen shows it.
        self.saved_check.setText(QCoreApplication.translate(
            "RecoveryKeyPanel", "I have printed it or &written it down"))
        self.key_label.setAccessibleName(QCoreApplication.translate("RecoveryKeyPanel",
                                                                    "New recovery key"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def add_before_tick(self, widget: QWidget) -> None:
        self.body.insertWidget(self.body.indexOf(self.saved_check), widget)

    def set_note(self, text: str) -> None:
        self.note.setText(text)

    def show_key(self, recovery_key: str) -> None:
        self.saved_check.setChecked(False)
        self.key_label.setText(key_lines(recovery_key))

    def shown_key(self) -> str:
        """The key as shown, in one line (tests; "" once forgotten)."""
        return self.key_label.text().replace("\n", "-")

    def is_saved(self) -> bool:
        return self.saved_check.isChecked()

    def forget(self) -> None:
        self.key_label.clear()


ASK = "ask"  # a KeyMakingDialog's first stage: nothing made yet


class KeyMakingDialog(QDialog):
    """Escape and the window's own close button of a dialog that makes a key and shows it once
    (Admin > New master key…, Admin > New recovery key…). While it still asks (its `stage` is
    ASK) they close it as any dialog. Once the work runs or the key is shown, they do what
    its Close does, which waits for the tick: a stray Escape never throws the key away. A lock
    of the window closes it anyway (`_closed`, set by the dialog's `done`)."""

    stage: str
    close_button: QPushButton
    _closed: bool

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.stage != ASK:
            if self.close_button.isEnabled():
                self.accept()
            return  # running, or the key not yet on paper
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.stage != ASK and not self._closed:
            event.ignore()
            if self.close_button.isEnabled():
                self.accept()
            return
        super().closeEvent(event)
