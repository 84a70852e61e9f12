"""Validation issues shown beside the field they are about, in the UI language.

`validate_record` reports `(path, msgid, english_text)`. The English text is the template of
`MESSAGES[msgid]` with its parameters filled in; the parameters are recovered from it by
matching the template, the template is translated (context "validation", the English template
as source text, as the catalogs hold it) and the parameters are put back. MRZ messages carry
English fragments as parameters (the field and the position), translated here too.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from shekara.domain.validation import MESSAGES

Issue = tuple[str, str, str]

# The parameters the MRZ reader puts in its messages (domain/mrz.py), for the catalogs.
_MRZ_FIELDS = (  # listed for lupdate; translated with the English fragment as source
    QT_TRANSLATE_NOOP("mrz", "document number"),
    QT_TRANSLATE_NOOP("mrz", "birth date"),
    QT_TRANSLATE_NOOP("mrz", "expiry date"),
    QT_TRANSLATE_NOOP("mrz", "personal number"),
    QT_TRANSLATE_NOOP("mrz", "composite"),
    QT_TRANSLATE_NOOP("mrz", "citizenship"),
    QT_TRANSLATE_NOOP("mrz", "sex"),
    QT_TRANSLATE_NOOP("mrz", "issuing state"),
    QT_TRANSLATE_NOOP("mrz", "document expiry date"),
    QT_TRANSLATE_NOOP("mrz", "name"),
    QT_TRANSLATE_NOOP("mrz", "document code"),
    QT_TRANSLATE_NOOP("mrz", "nationality"),
    QT_TRANSLATE_NOOP("mrz", "line count"),
    QT_TRANSLATE_NOOP("mrz", "the mrz field"),
)
_WHERE = re.compile(r"line (\d), positions? (\d+)(?:-(\d+))?(?: \((.+)\))?")


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = ""
    for index, part in enumerate(parts):
        regex += re.escape(part) if index % 2 == 0 else f"(?P<{part}>.+?)"
    return re.compile(regex + r"\Z", re.S)


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _translate_where(where: str) -> str:
    """"line 2, positions 1-9 (document number)" in the UI language."""
    match = _WHERE.fullmatch(where)
    if match is None:
        if where.startswith("line ") and where[5:].isdigit():
            return _tr("mrz", "line %1").replace("%1", where[5:])
        return _tr("mrz", where)
    line, start, end, label = match.groups()
    if end:
        text = _tr("mrz", "line %1, positions %2-%3").replace("%1", line).replace(
            "%2", start).replace("%3", end)
    else:
        text = _tr("mrz", "line %1, position %2").replace("%1", line).replace("%2", start)
    if label:
        text += " (" + _tr("mrz", label) + ")"
    return text


def _translate_param(name: str, value: str) -> str:
    if name == "field":
        return _tr("mrz", value)
    if name == "where":
        return _translate_where(value)
    return value


def translate_issue(msgid: str, english: str) -> str:
    """The message of one issue in the UI language (English when the catalog lacks it)."""
    template = MESSAGES.get(msgid)
    if template is None:
        return english
    match = _pattern(template).match(english)
    params = match.groupdict() if match else {}
    text = _tr("validation", template)
    for name, value in params.items():
        text = text.replace("{" + name + "}", _translate_param(name, value))
    return text


def nearest_path(path: str, known: set[str] | dict[str, object]) -> str:
    """The path itself if it has a place to show its message, else its nearest ancestor that
    has one (`persons[0].citizenship[1]` → `persons[0].citizenship` → `persons[0]` → ``)."""
    current = path
    while current and current not in known:
        cut = max(current.rfind("."), current.rfind("["))
        current = current[:cut] if cut > 0 else ""
    return current


# Strings used above with a variable argument, listed for the catalogs.
_CATALOG = (
    QT_TRANSLATE_NOOP("mrz", "line %1"),
    QT_TRANSLATE_NOOP("mrz", "line %1, positions %2-%3"),
    QT_TRANSLATE_NOOP("mrz", "line %1, position %2"),
)
