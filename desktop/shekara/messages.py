"""A message for a person, kept as (message id, English template, parameters) until it is shown.

Inner layers never format a message into English for the user interface to parse back: they
build a `Message` and pass it on. The command line prints `str(message)` (the English); the
desktop application translates the template by its id and fills in the parameters there
(`shekara.ui.messages.translated`). A parameter may itself be a `Message` (the MRZ says "line
2, positions 1-9" and "document number" that way), so each part is translated too.

Parameters never carry personal data (names, narratives): messages can end up in logs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, NamedTuple

Params = Mapping[str, Any]


@dataclass(frozen=True)
class Message:
    """One sentence or phrase: `str()` is its English."""

    msgid: str
    template: str  # English, with {name} placeholders; the translation key in the catalogs
    params: Params = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        # Frozen all the way down: a shared message cannot be changed by whoever shows it.
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    def __str__(self) -> str:
        return fill(self.template, self.params)

    def __hash__(self) -> int:
        return hash((self.msgid, self.template, tuple(sorted(self.params.items(), key=str))))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self.msgid, self.template, dict(self.params)) == \
            (other.msgid, other.template, dict(other.params))


def message(msgid: str, template: str, **params: Any) -> Message:
    """`Message(msgid, template, params)` with the parameters as keywords."""
    return Message(msgid, template, params)


def fill(template: str, params: Params) -> str:
    """The template with its placeholders filled (each parameter by its `str`); the bare
    template if the parameters do not fit it (a translation that lost a placeholder)."""
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def kept_message(table: Mapping[str, str], msgid: object, params: object) -> Message | None:
    """A message the vault keeps as its id and parameters, with its template from `table` (the
    template is never stored: it is the catalogs' source text and lives in the program, so a
    sentence reworded later still finds its translation). None when the row keeps none (it was
    written before), or an id `table` does not hold, or parameters its template does not take:
    the caller shows the English the row keeps then, never a half-filled sentence."""
    if not isinstance(msgid, str) or not isinstance(params, Mapping) or msgid not in table:
        return None
    template = table[msgid]
    try:
        template.format(**params)
    except (KeyError, IndexError, ValueError, TypeError):
        return None
    return Message(msgid, template, params)


class Issue(NamedTuple):
    """One problem found in a record or request: where (a path such as
    `persons[0].citizenship[1]`, "" for the whole) and what."""

    path: str
    message: Message

    @property
    def msgid(self) -> str:
        return self.message.msgid

    def text(self) -> str:
        """The English, as the command line prints it."""
        return str(self.message)
