"""The installation's names printed on documents (issue 11), in Admin > Settings….

The authority's and the unit's full names, in the state language and in Russian, are the
letterhead of every document an official signs and sends. They are vault settings like the idle
lock and four-eyes approval — `shekara settings set authority_name|unit_name[_ru] TEXT` on the
command line — so they sit in the same dialog, editable by supervisors and shown read-only to
officers. Saving runs through `OfficialsService.set_names`, the command's way too.

A refused value stays in its field, with the reason written under it: the fields have no
maximum length, because a line edit cuts a longer paste silently; the service refuses it instead.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from shekara.errors import InputError
from shekara.messages import Message
from shekara.services.officials import InstallationNames, check_names
from shekara.services.session import Session
from shekara.ui.i18n import fmt
from shekara.ui.messages import translated
from shekara.ui.ops import locked
from shekara.ui.theme import ERROR_STYLE

# The order on screen: each name in the state language, then its Russian form.
FIELDS = ("authority_name", "authority_name_ru", "unit_name", "unit_name_ru")


class PrintedNamesBox(QGroupBox):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("printedNames")
        self.editable = session.vault.role == "supervisor"
        self.party = session.vault.party
        with locked(session):
            self.saved: InstallationNames = session.officials.names()
        self.explain = QLabel()
        self.explain.setObjectName("printedNamesNote")
        self.explain.setWordWrap(True)
        self.labels: dict[str, QLabel] = {}
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self._refusals: dict[str, Message] = {}  # kept to translate again on a language change
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for key in FIELDS:
            label, edit, error = QLabel(), QLineEdit(self.saved.values.get(key, "")), QLabel()
            edit.setObjectName(key)
            if not self.editable:
                # Read-only, not disabled: an officer can still read and copy the names; the
                # window's colour behind them says they cannot be typed in.
                edit.setReadOnly(True)
                palette = edit.palette()
                palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
                edit.setPalette(palette)
            edit.textEdited.connect(lambda _text, k=key: self._clear_refusal(k))
            label.setBuddy(edit)
            error.setObjectName(f"{key}_error")
            error.setWordWrap(True)
            # As wide as the field above it (a form grows only Expanding fields): a wrapped
            # label would otherwise break the reason at its own preferred width.
            error.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            error.setStyleSheet(ERROR_STYLE)
            self.form.addRow(label, edit)
            self.form.addRow("", error)
            self.form.setRowVisible(error, False)
            self.labels[key], self.edits[key], self.errors[key] = label, edit, error
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(self.form)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Names printed on documents"))
        self.explain.setText(self.tr(
            "The letterhead of the documents an official signs and sends: incident reports, "
            "requests, refusals, letters, summaries and statistics. A Russian form left empty "
            "prints the one above it."))
        state = self.tr("in Kazakh") if self.party == "KZ" else self.tr("in Lithuanian")
        texts = {"authority_name": fmt(self.tr("&Authority (%1):"), state),
                 "authority_name_ru": self.tr("Au&thority (in Russian):"),
                 "unit_name": fmt(self.tr("&Unit (%1):"), state),
                 "unit_name_ru": self.tr("U&nit (in Russian):")}
        for key, text in texts.items():
            self.labels[key].setText(text)
            self.edits[key].setAccessibleName(self.field_name(key))
        for key, refusal in self._refusals.items():
            self._show_refusal(key, refusal)

    def field_name(self, key: str) -> str:
        """The field as its label names it, without the mnemonic and the colon."""
        return self.labels[key].text().replace("&", "").rstrip(": ")

    # --- values and refusals ----------------------------------------------------------------
    def changes(self) -> dict[str, str]:
        """The fields edited since the dialog opened: only those are checked and written, so
        a name changed meanwhile from the command line is not put back, and one stored before
        today's rules does not stop the other settings from being saved."""
        if not self.editable:
            return {}
        return {key: edit.text() for key, edit in self.edits.items()
                if edit.text() != self.saved.values.get(key, "")}

    def check(self) -> bool:
        """Whether every change may be saved; each refused one is shown under its field, and
        the first focused (nothing is written either way)."""
        refused: list[str] = []
        for key, text in self.changes().items():
            try:
                check_names({key: text})
            except InputError as err:
                if self.show_refusal(err, focus=not refused):
                    refused.append(key)
        return not refused

    def save(self) -> None:
        """Write what changed through the service (supervisors); raises what it refuses."""
        changes = self.changes()
        if changes:
            with locked(self.session):
                self.saved = self.session.officials.set_names(changes)

    def show_refusal(self, err: BaseException, *, focus: bool = True) -> bool:
        """Show a refusal that names one of the fields under it; False for any other error."""
        key = err.params.get("key") if isinstance(err, InputError) else None
        if not isinstance(err, InputError) or key not in self.edits:
            return False
        self._refusals[key] = err.message
        self._show_refusal(key, err.message)
        if focus:
            self.edits[key].setFocus()
        return True

    def _show_refusal(self, key: str, refusal: Message) -> None:
        # The message names the field by its label, in the window's language.
        text = translated(Message(refusal.msgid, refusal.template,
                                  {**refusal.params, "field": self.field_name(key)}))
        text = text[:1].upper() + text[1:]
        self.errors[key].setText(text)
        self.edits[key].setAccessibleDescription(text)
        self.form.setRowVisible(self.errors[key], True)

    def _clear_refusal(self, key: str) -> None:
        if self._refusals.pop(key, None) is not None:
            self.errors[key].clear()
            self.edits[key].setAccessibleDescription("")
            self.form.setRowVisible(self.errors[key], False)

    def refusals(self) -> Mapping[str, str]:
        """key → the reason shown under the field (what a test or a screen reader reads)."""
        return {key: self.errors[key].text() for key in self._refusals}
