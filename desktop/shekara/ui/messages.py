"""A `Message` in the UI language: the one place the desktop application translates what the
inner layers say (errors, validation issues, import outcomes).

The English template is the source text in the catalogs; its translation keeps the same `{name}`
placeholders (tests/ui/test_catalogs.py checks it) and is filled with the parameters here. A
parameter that is a `Message` itself is translated first. Which catalog context holds a template
follows from its message id (`context_of`); `tools/build_translations.py` uses the same rule
when it lists the templates for lupdate.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from shekara.messages import Message, fill

# Message ids of the problems found in a record, a request or a refusal, and of the parts of
# MRZ messages; every other id is an error's or an outcome's.
ISSUE_PREFIXES = ("validation.", "request.", "refusal.")
PART_PREFIX = "mrz."


def context_of(msgid: str) -> str:
    if msgid.startswith(PART_PREFIX):
        return "mrz"
    if msgid.startswith(ISSUE_PREFIXES):
        return "validation"
    return "errors"


def translated(message: Message, context: str | None = None) -> str:
    """`message` in the UI language (English where the catalog has no translation)."""
    params = {name: translated(value) if isinstance(value, Message) else value
              for name, value in message.params.items()}
    text = QCoreApplication.translate(context or context_of(message.msgid), message.template)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        # A translation that lost or misspelt a placeholder: the English says it right.
        return fill(message.template, params)


def param(message: Message, name: str) -> Any:
    """The parameter `name` of `message` or of a message among its parameters (the MRZ line a
    message is about sits in its `where`); None when there is none."""
    if name in message.params:
        return message.params[name]
    for value in message.params.values():
        if isinstance(value, Message):
            found = param(value, name)
            if found is not None:
                return found
    return None
