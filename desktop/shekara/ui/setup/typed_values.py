"""What the setup wizard stores of what was typed, said before it is stored (issue 10).

A post code is kept in capitals with '-' between its parts, a login in small letters. The
wizard used to drop what did not fit without a word (a validator swallowed the key, a length
cap cut a paste); now everything typed stays in the field, and the line under it says either
what will be stored, when that differs from what was typed, or which characters cannot be.
"""

from __future__ import annotations

from dataclasses import dataclass

POST_CODE_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
LOGIN_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._-")


@dataclass(frozen=True)
class TypedValue:
    typed: str
    stored: str
    refused: tuple[str, ...]  # characters that cannot be stored, each once, as typed

    @property
    def changed(self) -> bool:
        return bool(self.typed.strip()) and not self.refused and self.stored != self.typed


def _refused(text: str, allowed: frozenset[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(c for c in text if c not in allowed))


def post_code_value(typed: str) -> TypedValue:
    """Capitals; spaces between parts become '-' ("kz nur zholy" → "KZ-NUR-ZHOLY")."""
    stored = "-".join(typed.upper().split())
    return TypedValue(typed, stored, _refused(stored, POST_CODE_CHARACTERS))


def login_value(typed: str) -> TypedValue:
    """Small letters, without the spaces around it ("Aigerim.S " → "aigerim.s")."""
    stored = typed.strip().lower()
    return TypedValue(typed, stored, _refused(stored, LOGIN_CHARACTERS))


def shown_characters(characters: tuple[str, ...], space: str) -> str:
    """The refused characters as a reader sees them: each in quotes, a space named."""
    return ", ".join(space if c == " " else f"'{c}'" for c in characters)
