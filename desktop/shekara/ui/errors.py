"""The one place the desktop application shows errors.

Services raise `ShekaraError(msgid, english_template, **params)`; the error carries them as a
`Message` (`err.message`), translated here in the "errors" context (its translation keeps the
same `{name}` placeholders; a test checks it). A `ValidationError` lists its issues, each
translated by its own message id (`shekara.ui.messages`).

`tools/build_translations.py` lists every template it finds in the package for lupdate.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from shekara.errors import ShekaraError, ValidationError
from shekara.ui.i18n import fmt
from shekara.ui.messages import translated

MAX_ISSUES_SHOWN = 12


def error_sentence(err: BaseException) -> str:
    """`error_text` as a sentence on its own (the templates are written lower-case, to follow
    "shekara: error: " on the command line)."""
    text = error_text(err)
    return text[:1].upper() + text[1:]


def error_text(err: BaseException) -> str:
    if isinstance(err, ValidationError):
        lines = [f"{issue.path or '—'}: {translated(issue.message)}"
                 for issue in err.issues[:MAX_ISSUES_SHOWN]]
        more = len(err.issues) - MAX_ISSUES_SHOWN
        if more > 0:
            lines.append(QCoreApplication.translate("errors", "…and %n more problem(s)", "",
                                                    more))
        return "\n".join([_heading(err.subject), *lines])
    if isinstance(err, ShekaraError):
        return translated(err.message, "errors")
    if type(err).__name__ in ("DatabaseError", "OperationalError"):
        return QCoreApplication.translate(
            "errors", "The vault cannot be read or written: it may be damaged or the disk full.")
    # A bug: say which kind, never the details (they could hold personal data).
    return fmt(QCoreApplication.translate(
        "errors", "Shekara hit an internal error (%1). What was saved is safe in the vault; "
        "try again, and tell your supervisor if it happens again."), type(err).__name__)


def _heading(subject: str) -> str:
    """What could not be saved, above its issues (a request's form is not a record)."""
    if subject == "request":
        return QCoreApplication.translate("errors", "The request cannot be saved as it is:")
    if subject == "answer":
        return QCoreApplication.translate("errors", "The answer cannot be saved as it is:")
    if subject == "refusal":
        return QCoreApplication.translate("errors", "The refusal cannot be saved as it is:")
    return QCoreApplication.translate("errors", "The record cannot be saved as it is:")


def error_title(err: BaseException) -> str:
    if isinstance(err, ShekaraError):
        return QCoreApplication.translate("errors", "Shekara: not done")
    return QCoreApplication.translate("errors", "Shekara: internal error")


def show_error(parent: QWidget | None, err: BaseException) -> QMessageBox:
    """Show `err` in a window-modal message box (non-blocking) and return the box."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if isinstance(err, ShekaraError)
                else QMessageBox.Icon.Critical)
    box.setWindowTitle(error_title(err))
    box.setText(error_sentence(err))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setObjectName("errorBox")
    box.setAccessibleName(box.windowTitle())
    box.open()
    return box
