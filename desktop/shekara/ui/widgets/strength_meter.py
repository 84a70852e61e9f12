"""Passphrase fields shared by the setup wizard and the officers screens: the passphrase twice,
a strength bar with a word for it, and hints on what makes it weak."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from shekara.ui.widgets.strength import MIN_LENGTH, estimate

MIN_SCORE = 2
BAR_COLOURS = ("#C62828", "#EF6C00", "#F9A825", "#7CB342", "#2E7D32")


class PassphrasePair(QWidget):
    """Passphrase, repeat, strength. `acceptable()` when long, strong enough and equal."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit()
        self.first.setObjectName("newPassphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setMaxLength(1024)
        self.second = QLineEdit()
        self.second.setObjectName("repeatPassphrase")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setMaxLength(1024)
        self.bar = QProgressBar()
        self.bar.setObjectName("strengthBar")
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.verdict = QLabel()
        self.verdict.setObjectName("strengthVerdict")
        self.hints = QLabel()
        self.hints.setObjectName("strengthHints")
        self.first_label = QLabel()
        self.second_label = QLabel()
        self.strength_label = QLabel()
        self.first_label.setBuddy(self.first)
        self.second_label.setBuddy(self.second)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.first_label, self.first)
        form.addRow(self.second_label, self.second)
        form.addRow(self.strength_label, self.bar)
        # The verdict and hints sit under the form, one hint a line: wrapped text inside a form
        # layout gets too little height when it appears while typing.
        self.hints.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addWidget(self.hints)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.retranslate_ui()
        self._update()

    def retranslate_ui(self) -> None:
        self.first_label.setText(self.tr("&Passphrase:"))
        self.second_label.setText(self.tr("&Repeat it:"))
        self.strength_label.setText(self.tr("Strength:"))
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.first.setPlaceholderText(self.tr("a sentence only you know, 10 characters or more"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def passphrase(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def acceptable(self) -> bool:
        text = self.first.text()
        return (len(text) >= MIN_LENGTH and estimate(text).score >= MIN_SCORE
                and text == self.second.text())

    def problem(self) -> str:
        """What stops the passphrase from being accepted, in a sentence ("" when nothing)."""
        text = self.first.text()
        if not text:
            return self.tr("Choose a passphrase.")
        if len(text) < MIN_LENGTH:
            return self.tr("The passphrase needs at least %n character(s).", "", MIN_LENGTH)
        if estimate(text).score < MIN_SCORE:
            return self.tr("The passphrase is too easy to guess.")
        if text != self.second.text():
            return self.tr("The two passphrases are not the same.")
        return ""

    def _update(self) -> None:
        text = self.first.text()
        strength = estimate(text)
        score = strength.score if text else 0
        self.bar.setValue(score if text else 0)
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {BAR_COLOURS[score]}; }}")
        words = (self.tr("very weak"), self.tr("weak"), self.tr("fair"), self.tr("strong"),
                 self.tr("very strong"))
        self.verdict.setText(words[score] if text else "")
        texts = {
            "too_short": self.tr("Use at least %n character(s).", "", MIN_LENGTH),
            "common_word": self.tr("Avoid common words and place names on their own."),
            "keyboard": self.tr("Avoid keyboard rows such as qwerty."),
            "sequence": self.tr("Avoid runs such as abc or 1234."),
            "repeat": self.tr("Avoid repeated characters."),
            "year": self.tr("Avoid years and dates."),
            "one_class": self.tr("Longer is better: add words, digits or other characters."),
        }
        shown = [texts[h] for h in strength.hints if h in texts] if text else []
        self.hints.setText("\n".join(shown[:3]))
        self.changed.emit()
