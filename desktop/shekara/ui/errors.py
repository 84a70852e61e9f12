"""The one place the desktop application shows errors.

Services raise `ShekaraError(msgid, english_template, **params)`. The template (with `{name}`
placeholders) is the translation key in the "errors" context: its translation keeps the same
`{name}` placeholders (a test checks it) and is filled with the parameters here. Validation issues
arrive already formatted in English; `translate_issue` recovers their parameters from the
template of their msgid (`shekara.domain.validation.MESSAGES`) and translates the template in the
"validation" context, as the editors do.

`tools/build_translations.py` writes every template it finds in the package into
`error_catalog.py`, so lupdate sees them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from shekara.domain.validation import MESSAGES as ISSUE_TEMPLATES
from shekara.errors import ShekaraError, ValidationError
from shekara.ui.i18n import fmt

_FIELD = re.compile(r"\{([a-z_]+)\}")
MAX_ISSUES_SHOWN = 12


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def fill_template(template: str, params: dict[str, Any], fallback: str) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return fallback


@lru_cache(maxsize=256)
def _template_pattern(template: str) -> re.Pattern[str]:
    parts: list[str] = []
    pos = 0
    for match in _FIELD.finditer(template):
        parts.append(re.escape(template[pos:match.start()]))
        parts.append(f"(?P<{match.group(1)}>.+?)")
        pos = match.end()
    parts.append(re.escape(template[pos:]))
    return re.compile("^" + "".join(parts) + "$", re.DOTALL)


def translate_issue(msgid: str, english: str) -> str:
    """One validation issue in the UI language (English when its template is unknown).

    The editors translate issues the same way (context "validation", the template as source);
    when their module is there, theirs is used, since it also translates MRZ positions."""
    try:
        from shekara.ui.editors.issues import translate_issue as editors_translate
    except ImportError:
        pass
    else:
        return str(editors_translate(msgid, english))
    template = ISSUE_TEMPLATES.get(msgid)
    if template is None:
        return english
    match = _template_pattern(template).match(english)
    if match is None:
        return english
    return fill_template(QCoreApplication.translate("validation", template), match.groupdict(),
                         english)


def error_sentence(err: BaseException) -> str:
    """`error_text` as a sentence on its own (the templates are written lower-case, to follow
    "shekara: error: " on the command line)."""
    text = error_text(err)
    return text[:1].upper() + text[1:]


def error_text(err: BaseException) -> str:
    if isinstance(err, ValidationError):
        lines = [f"{path or '—'}: {translate_issue(msgid, text)}"
                 for path, msgid, text in err.issues[:MAX_ISSUES_SHOWN]]
        more = len(err.issues) - MAX_ISSUES_SHOWN
        if more > 0:
            lines.append(QCoreApplication.translate("errors", "…and %n more problem(s)", "",
                                                    more))
        head = QCoreApplication.translate("errors", "The record cannot be saved as it is:")
        return "\n".join([head, *lines])
    if isinstance(err, ShekaraError):
        return fill_template(_tr(err.template), err.params, err.text())
    if type(err).__name__ in ("DatabaseError", "OperationalError"):
        return QCoreApplication.translate(
            "errors", "The vault cannot be read or written: it may be damaged or the disk full.")
    # A bug: say which kind, never the details (they could hold personal data).
    return fmt(QCoreApplication.translate(
        "errors", "Shekara hit an internal error (%1). What was saved is safe in the vault; "
        "try again, and tell your supervisor if it happens again."), type(err).__name__)


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
