"""One root for every error Shekara raises on purpose.

Every error meant for a person carries a stable message id (``msgid``) that the GUI translates,
an English template (what the command line prints) and named parameters for the placeholders.
Lower layers raise; exactly one place in the CLI and one in the GUI show errors.
Parameters must never carry personal data (names, narratives): messages can end up in logs.
"""

from __future__ import annotations

from typing import Any

from shekara.messages import Issue, Message


class ShekaraError(Exception):
    """A refusal a person can act on. ``str(err)`` is one line of English; ``err.message`` is
    the same as a `Message`, for a front end to translate."""

    exit_code = 1

    def __init__(self, msgid: str, template: str, **params: Any) -> None:
        self.message = Message(msgid, template, params)
        super().__init__(self.text())

    @property
    def msgid(self) -> str:
        return self.message.msgid

    @property
    def template(self) -> str:
        return self.message.template

    @property
    def params(self) -> dict[str, Any]:
        return dict(self.message.params)

    def text(self) -> str:
        return str(self.message)


class InputError(ShekaraError):
    """Malformed input: bad JSON, over caps, unreadable file."""

    exit_code = 2


class ValidationError(InputError):
    """A record (or part of one) breaks the data dictionary.

    ``issues`` lists every problem found as an `Issue` (path, message); the message of the
    exception is the first one, with a count of the rest, so the command line stays one line.
    """

    def __init__(self, issues: list[Issue], *, subject: str = "record") -> None:
        self.issues = issues
        # what could not be saved ("record", "request", "answer", "refusal"): the window's
        # heading above the issues names it
        self.subject = subject
        first = issues[0]
        more = f" (and {len(issues) - 1} more)" if len(issues) > 1 else ""
        super().__init__(first.msgid, "{path}: {reason}{more}", path=first.path or "record",
                         reason=first.message, more=more)


class AuthError(ShekaraError):
    """Wrong passphrase, unknown officer, wrong recovery key."""

    exit_code = 3


class PermissionDenied(ShekaraError):
    """The officer is known but their role does not allow the action."""

    exit_code = 4


class NotFound(ShekaraError):
    exit_code = 5


class StateError(ShekaraError):
    """The action does not fit the current state (approve an approved record, …)."""

    exit_code = 6


class VaultError(ShekaraError):
    """The vault is missing, damaged, too new, or the disk refused a write."""

    exit_code = 7


class PacketError(ShekaraError):
    """A packet or acknowledgement is refused."""

    exit_code = 8
